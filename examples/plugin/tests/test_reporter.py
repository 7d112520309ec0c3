"""The signals-csv reporter: one row per signal, then problems and warnings; no formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from footprint import scan
from footprint.testing import write_export

from footprint_murmur.reporter import COLUMNS, cell, write_signals_csv

PROFILE = """
id = "testshire"
name = "Testshire Council"
aliases = ["Testshire Council"]
"""


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        ("a = b", "a = b"),
        (None, ""),
        (0.5, "0.5"),
    ],
)
def test_cells_are_never_formulas(value: object, written: str) -> None:
    assert cell(value) == written


def test_rows_for_signals_problems_and_warnings(tmp_path: Path) -> None:
    # A built-in platform, so this test does not need the plugin installed.
    export = write_export(
        tmp_path / "x",
        {
            "data/account.js": 'window.YTD.account.part0 = [{"account": {"username": "sam"}}]',
            "data/profile.js": (
                'window.YTD.profile.part0 = [ { "profile" : { "description" : '
                '{ "bio" : "=cmd|calc Testshire Council" } } } ]'
            ),
            "data/tweets.js": "window.YTD.tweets.part0 = [ {",
        },
    )
    (tmp_path / "org.toml").write_text(PROFILE, encoding="utf-8")
    result = scan([export], org=str(tmp_path / "org.toml"), detectors=("mentions",))
    out = io.StringIO()
    write_signals_csv(result, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(COLUMNS)
    signals = [r for r in rows if r["record"] == "signal"]
    (sig,) = signals
    assert (sig["platform"], sig["reveals"], sig["field"]) == ("x", "employer", "bio")
    assert sig["evidence"].startswith("'=cmd|calc")
    problems = [r["why"] for r in rows if r["record"] == "problem"]
    assert len(problems) == 1 and "data/tweets.js" in problems[0]
    assert [r["record"] for r in rows] == ["signal", "problem"]
