"""The ``footprint.report/1`` JSON document of CONTRACT.md."""

from __future__ import annotations

import json
from typing import TextIO

import orjson

from footprint.escape import json_text
from footprint.pipeline import ScanResult
from footprint.registry import reporters


def dumps(result: ScanResult) -> str:
    data = result.to_dict()
    try:
        text = orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
    except orjson.JSONEncodeError:
        # A lone surrogate from a broken export (orjson refuses it): the standard
        # library writes it as an escape, and the document stays valid JSON.
        text = json.dumps(data, indent=2, ensure_ascii=True)
    # Direction overrides and C1 controls as escapes: the same JSON value, but a
    # terminal showing the file cannot be steered by them.
    return json_text(text) + "\n"


def write_json(result: ScanResult, out: TextIO) -> None:
    out.write(dumps(result))


reporters.register("json")(write_json)
