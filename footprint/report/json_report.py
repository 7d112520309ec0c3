"""The ``footprint.report/1`` JSON document of CONTRACT.md."""

from __future__ import annotations

from typing import TextIO

import orjson

from footprint.pipeline import ScanResult
from footprint.registry import reporters


def dumps(result: ScanResult) -> str:
    return orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def write_json(result: ScanResult, out: TextIO) -> None:
    out.write(dumps(result))


reporters.register("json")(write_json)
