"""The shared format readers: JS-wrapped arrays, CSV headers and encodings, mojibake, dates."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from footprint.errors import ParseError
from footprint.exports import dates
from footprint.exports.archive import open_export
from footprint.exports.readers import fix_mojibake, fix_text, iter_csv, iter_js_array, load_js


def _member(tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    return open_export(path).members[0]


PRETTY_WRAPPED = b"""window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1",
      "full_text" : "first }, { not a boundary",
      "entities" : {
        "urls" : [
          {
            "url" : "https://t.co/a"
          },
          {
            "url" : "https://t.co/b"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "2",
      "full_text" : "second"
    }
  }
]"""

PRETTY_FLAT = b"""window.YTD.following.part0 = [ {
  "following" : {
    "accountId" : "547842573"
  }
}, {
  "following" : {
    "accountId" : "12158"
  }
} ]"""

MINIFIED = b'window.YTD.tweets.part0 = [{"tweet":{"id_str":"1"}},{"tweet":{"id_str":"2"}}]'

ODD_LAYOUT = b"""window.YTD.tweets.part0 = [
  {"tweet" : {"id_str" : "1", "x": [
  {"a": 1}
  ]}
  },
  {"tweet" : {"id_str" : "2"}}
]"""


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PRETTY_WRAPPED, ["1", "2"]),
        (MINIFIED, ["1", "2"]),
        (ODD_LAYOUT, ["1", "2"]),
    ],
)
def test_js_array_layouts(tmp_path: Path, data: bytes, expected: list[str]) -> None:
    items = list(iter_js_array(_member(tmp_path, "tweets.js", data)))
    assert [i["tweet"]["id_str"] for i in items] == expected


def test_js_array_keeps_text_that_looks_like_a_boundary(tmp_path: Path) -> None:
    (first, _) = iter_js_array(_member(tmp_path, "tweets.js", PRETTY_WRAPPED))
    assert first["tweet"]["full_text"] == "first }, { not a boundary"
    assert len(first["tweet"]["entities"]["urls"]) == 2


def test_js_array_flat_layout_and_empty(tmp_path: Path) -> None:
    items = list(iter_js_array(_member(tmp_path, "following.js", PRETTY_FLAT)))
    assert [i["following"]["accountId"] for i in items] == ["547842573", "12158"]
    assert list(iter_js_array(_member(tmp_path, "e.js", b"window.YTD.x.part0 = [ ]"))) == []
    assert list(iter_js_array(_member(tmp_path, "f.js", b"window.YTD.x.part0 = []"))) == []


def test_js_array_truncated_keeps_earlier_elements(tmp_path: Path) -> None:
    cut = PRETTY_WRAPPED[: PRETTY_WRAPPED.index(b'"second"')]
    member = _member(tmp_path, "tweets.js", cut)
    got: list[str] = []
    with pytest.raises(ParseError):
        for item in iter_js_array(member):
            got.append(item["tweet"]["id_str"])
    assert got == ["1"]


def test_load_js_object(tmp_path: Path) -> None:
    member = _member(tmp_path, "m.js", b'window.__THAR_CONFIG = {"userInfo": {"userName": "a"}};\n')
    assert load_js(member) == {"userInfo": {"userName": "a"}}


def test_csv_preamble_and_header_by_content(tmp_path: Path) -> None:
    data = (
        b'Notes:\n"When exporting your connection data, you may notice..."\n\n'
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        b"Alex,Example,https://www.linkedin.com/in/x,,Acme,Engineer,22 Dec 2025\n"
    )
    rows = list(iter_csv(_member(tmp_path, "Connections.csv", data), lambda h: "First Name" in h))
    assert rows == [
        {
            "First Name": "Alex",
            "Last Name": "Example",
            "URL": "https://www.linkedin.com/in/x",
            "Email Address": "",
            "Company": "Acme",
            "Position": "Engineer",
            "Connected On": "22 Dec 2025",
        }
    ]


def test_csv_utf16_tab_separated(tmp_path: Path) -> None:
    text = '"Date"\t"ShareCommentary"\n"2018/04/11 10:00:00 UTC"\t"Croeso i Gymru ✓"\n'
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    rows = list(iter_csv(_member(tmp_path, "Shares.csv", data)))
    assert rows == [{"Date": "2018/04/11 10:00:00 UTC", "ShareCommentary": "Croeso i Gymru ✓"}]


def test_csv_bad_encoding_is_a_parse_error(tmp_path: Path) -> None:
    data = b"Name\nfine\n" + b"bad \xff\xfe\xfa byte\n"
    with pytest.raises(ParseError, match="not valid utf-8"):
        list(iter_csv(_member(tmp_path, "Skills.csv", data)))


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("K\u00c3\u00b8benhavn", "København"),
        ("\u00f0\u009f\u0091\u008d", "👍"),
        ("plain ascii", "plain ascii"),
        ("café", "café"),  # real Latin-1 text is not valid UTF-8 bytes: left alone
        ("Ynys Môn ✓", "Ynys Môn ✓"),  # a character above U+00FF: was never escaped
    ],
)
def test_fix_text(raw: str, fixed: str) -> None:
    assert fix_text(raw) == fixed


def test_fix_mojibake_recursive() -> None:
    assert fix_mojibake({"n\u00c3\u00a9": ["K\u00c3\u00b8benhavn", 1, None]}) == {
        "né": ["København", 1, None]
    }


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2015-02-28 20:00:07 +0000", "2015-02-28T20:00:07Z"),
        ("2023-01-15 12:34:56 UTC", "2023-01-15T12:34:56Z"),
        ("2018/04/11 10:00:00 UTC", "2018-04-11T10:00:00Z"),
        ("Tue Jun 20 12:25:51 UTC 2023", "2023-06-20T12:25:51Z"),
        ("22 Dec 2025", "2025-12-22T00:00:00Z"),
        ("4/11/18, 9:05 AM", "2018-04-11T09:05:00Z"),
        ("Mar 2019", "2019-03"),
        ("2025-03-05T03:06:28.212Z", "2025-03-05T03:06:28Z"),
        (1600000000, "2020-09-13T12:26:40Z"),
        (0, None),
        ("N/A", None),
        ("not a date", None),
    ],
)
def test_parse_any(value: object, iso: str | None) -> None:
    assert dates.parse_any(value) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("Sat Feb 18 19:45:15 +0000 2023", "2023-02-18T19:45:15Z"),
        ("Sat Feb 18 21:45:15 +0200 2023", "2023-02-18T19:45:15Z"),
        ("", None),
    ],
)
def test_from_twitter(value: str, iso: str | None) -> None:
    assert dates.from_twitter(value) == iso
