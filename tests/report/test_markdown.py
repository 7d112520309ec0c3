"""The Markdown report: the same content, and export text that cannot break it."""

from __future__ import annotations

import re

import pytest

from footprint.pipeline import scan
from footprint.report.md_report import md, render_md
from tests.personas import ORGS, scan_persona
from tests.report.hostile import hostile_export


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain words", "plain words"),
        ("a | b", "a \\| b"),
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("*bold* _it_ `code` ~strike~", "\\*bold\\* \\_it\\_ \\`code\\` \\~strike\\~"),
        ("[me](javascript:alert(1))", "\\[me\\](javascript:alert(1))"),
        ("#thinblueline", "\\#thinblueline"),
        ("back\\slash", "back\\\\slash"),
        ("&amp; &#60; & plain", "&amp;amp; &amp;\\#60; & plain"),
        ("two words", "two words"),
        ("\u202egpj.exe", "\\\\u202egpj.exe"),  # shown as its escape, the backslash escaped
        ("🖤💙🖤 Settings > Privacy", "🖤💙🖤 Settings > Privacy"),
    ],
)
def test_md_escapes_what_markdown_would_read(raw: str, expected: str) -> None:
    assert md(raw) == expected


def _table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("| ")]


def _cells(row: str) -> int:
    return len(re.split(r"(?<!\\)\|", row)) - 2


def test_a_persona_in_markdown() -> None:
    text = render_md(scan_persona("police-officer", ORGS["police-officer"]))
    assert text.startswith("# What your exports reveal about where you work\n")
    assert "**100 out of 100: Critical exposure**" in text
    assert "**Anyone who looks can tell that South Wales Police is your employer.**" in text
    assert "- [ ] **1. Facebook: remove the job “Police Constable at South Wales Police”**" in text
    assert "🖤💙🖤" in text
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Your exposure",
        "## The picture",
        "## Your plan",
        "## What gives you away",
        "## Security checks",
        "## What the scan could not read",
        "## About this report",
    ]


def test_hostile_text_keeps_every_table_row_whole(tmp_path: pytest.TempPathFactory) -> None:
    folder = hostile_export(tmp_path / "twitter-hostile")  # type: ignore[operator]
    text = render_md(scan([folder], org="south-wales-police"))
    rows = _table_rows(text)
    assert rows
    for row in rows:
        header = 2 if "Score |" in row or row.startswith("| What your") else 4
        assert _cells(row) in (header, 2, 4)
    evidence_rows = [r for r in rows if "pwned" in r]
    assert evidence_rows and all(_cells(r) == 4 for r in evidence_rows)
    assert "<script" not in text and "<img" not in text and "<svg" not in text
    assert not re.search(r"(?<!\\)\]\(javascript:", text)  # no link: its brackets are escaped
    assert "\u202e" not in text
