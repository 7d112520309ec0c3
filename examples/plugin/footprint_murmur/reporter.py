"""``--format signals-csv``: one CSV row per signal, for a spreadsheet.

Columns: ``record`` (``signal``, ``problem`` or ``warning``), ``id``, ``reveals``,
``kind``, ``confidence``, ``severity``, ``platform``, ``account``, ``visibility``,
``file``, ``item``, ``field``, ``date``, ``why``, ``evidence``. The scan's problems and
warnings come after the signals, one row each (in ``why``), so a spreadsheet never
shows a partial scan as a complete one.

Every cell that a spreadsheet would run as a formula (starting ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) is written with a leading ``'``: text from an export
is data, never a formula.
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from footprint.pipeline import ScanResult

COLUMNS = (
    "record",
    "id",
    "reveals",
    "kind",
    "confidence",
    "severity",
    "platform",
    "account",
    "visibility",
    "file",
    "item",
    "field",
    "date",
    "why",
    "evidence",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A value as a CSV cell no spreadsheet will evaluate."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_signals_csv(result: ScanResult, out: TextIO) -> None:
    """Write the scan's signals, problems and warnings to ``out``."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for sig in result.signals:
        src = sig.source
        row = {
            "record": "signal",
            "id": sig.id,
            "reveals": sig.reveals,
            "kind": sig.kind,
            "confidence": f"{sig.confidence:.2f}",
            "severity": sig.severity,
            "platform": sig.platform,
            "account": sig.account,
            "visibility": sig.visibility,
            "file": src.file,
            "item": src.item,
            "field": src.field,
            "date": src.date,
            "why": sig.why,
            "evidence": sig.evidence,
        }
        writer.writerow([cell(row[c]) for c in COLUMNS])
    for record, lines in (("problem", result.all_problems()), ("warning", result.warnings)):
        for line in lines:
            writer.writerow([cell({"record": record, "why": line}.get(c)) for c in COLUMNS])
