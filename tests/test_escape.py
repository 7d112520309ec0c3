"""Text from an export, made safe for the terminal, JSON, CSV and XML: every control
that would act is shown instead, and what people write (emoji, flags) is left alone."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from footprint.escape import csv_cell, json_text, terminal, xml_text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b]0;owned\x07", "\\x1b]0;owned\\x07"),  # retitles the terminal
        ("\x1b[2J\x1b[H", "\\x1b[2J\\x1b[H"),  # clears it
        ("\x9b31m", "\\x9b31m"),  # C1 CSI
        ("\x7f", "\\x7f"),
        ("gpj.\u202eexe", "gpj.\\u202eexe"),  # right-to-left override
        ("\u2066a\u2069 \u200f \u061c", "\\u2066a\\u2069 \\u200f \\u061c"),
        ("two\nlines\r\tand", "two\\nlines\\r\\tand"),
        ("a\u2028b", "a\\u2028b"),
        ("lone \ud800", "lone \\ud800"),
        # What people write stays as it is.
        ("Proud to serve 🖤💙🖤", "Proud to serve 🖤💙🖤"),
        ("Elin 🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f", None),
        ("👨\u200d👩\u200d👧 Siân, Caerdydd", None),
        ("plain text", None),
    ],
)
def test_terminal(raw: str, shown: str | None) -> None:
    assert terminal(raw) == (raw if shown is None else shown)


@pytest.mark.parametrize(
    ("raw", "cell"),
    [
        ("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
        ("+44 7700 900123", "'+44 7700 900123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\uff1d1+1", "'\uff1d1+1"),  # a full-width '='
        ("2023-02-18T19:45:15Z", None),
        ("https://x.com/jo/status/1", None),
        ("Delete 2 posts on X", None),
        ("", None),
    ],
)
def test_csv_cell(raw: str, cell: str | None) -> None:
    assert csv_cell(raw) == (raw if cell is None else cell)


def test_xml_text_keeps_what_xml_allows() -> None:
    raw = "a\x01b\x0bc\ufffed\ttab\nline é 🖤"
    safe = xml_text(raw)
    assert safe == "a\\x01b\\x0bc\\ufffed\ttab\nline é 🖤"
    ET.fromstring(f"<t>{safe}</t>")  # parses
    with pytest.raises(ET.ParseError):
        ET.fromstring(f"<t>{raw}</t>")


def test_json_text_is_the_same_value() -> None:
    doc = json.dumps({"e": "a\u202eb\u2028c\x85d"}, ensure_ascii=False)
    safe = json_text(doc)
    assert "\u202e" not in safe and "\x85" not in safe and "\\u202e" in safe
    assert json.loads(safe) == json.loads(doc)
