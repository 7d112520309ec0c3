"""The HTML report, read as a parser reads it: self-contained, its policy matching its own
style and script, the report data in once, and every export string inert text."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from footprint.pipeline import ScanResult, scan
from footprint.report.html_report import json_block, render_html
from tests.personas import ORGS, export_paths, scan_persona
from tests.report.hostile import BIO, PAYLOADS, hostile_export


class Page(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: dict[str, list[str]] = {"style": [], "script": []}
        self._in: str | None = None
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.blocks:
            self._in = tag
            self.blocks[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.blocks[self._in][-1] += data
        else:
            self.text.append(data)

    def attrs(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


@pytest.fixture(scope="module")
def officer() -> ScanResult:
    return scan_persona("police-officer", ORGS["police-officer"])


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> ScanResult:
    folder = hostile_export(tmp_path_factory.mktemp("hostile") / "twitter-2024")
    return scan([folder], org="south-wales-police")


def test_the_page_is_self_contained_and_its_policy_allows_only_its_own(
    officer: ScanResult,
) -> None:
    page = Page(render_html(officer))
    (meta,) = [a for a in page.attrs("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    policy = dict(part.partition(" ")[::2] for part in str(meta["content"]).split("; "))
    assert policy["default-src"] == "'none'"
    for d in ("connect-src", "img-src", "font-src", "frame-src", "object-src", "base-uri"):
        assert policy[d] == "'none'"
    (style,) = page.blocks["style"]
    _data, code = page.blocks["script"]
    assert policy["style-src"] == _hash(style)
    assert policy["script-src"] == _hash(code)
    # Nothing on the page names anything to fetch.
    assert not page.attrs("link") and not page.attrs("img") and not page.attrs("iframe")
    assert not any("src" in a for _, a in page.tags)
    assert "url(" not in style and "@import" not in style
    assert all(str(a.get("href", "")).startswith(("#", "https://")) for a in page.attrs("a"))
    scripts = page.attrs("script")
    assert scripts[0].get("type") == "application/json" and "type" not in scripts[1]


def test_the_report_data_goes_in_once_and_reads_back(officer: ScanResult) -> None:
    text = render_html(officer)
    page = Page(text)
    data = page.blocks["script"][0]
    assert json.loads(data) == json.loads(json.dumps(officer.to_dict()))
    assert text.count('type="application/json"') == 1


def test_json_block_cannot_end_its_script_element() -> None:
    block = str(json_block({"bio": "</script><script>alert(1)</script><!-- & -->"}))
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["bio"] == "</script><script>alert(1)</script><!-- & -->"


def test_the_first_screen_says_score_tier_and_headline(officer: ScanResult) -> None:
    page = Page(render_html(officer))
    words = " ".join(" ".join(page.text).split())
    assert "100/100" in words.replace(" /", "/")
    assert "Critical exposure" in words
    assert "Anyone who looks can tell that South Wales Police is your employer." in words
    assert "The plan below brings the score from 100 to 43 in 29 steps." in words
    assert "🖤💙🖤" in words  # emoji are evidence and are shown as they are


def test_hostile_export_strings_are_text(hostile: ScanResult) -> None:
    text = render_html(hostile)
    for payload in PAYLOADS:
        assert payload not in text
    page = Page(text)
    shown = " ".join(page.text)
    assert "<script>window.__pwned=2</script>" in shown  # as words on the page
    assert '<img src=x onerror="window.__pwned=1">' in shown
    assert "\\u202egpj.exe" in shown and "\u202e" not in text
    assert not [a for _, a in page.tags if any(k.startswith("on") for k in a)]
    assert not [a for a in page.attrs("a") if "javascript" in str(a.get("href", "")).lower()]
    assert [t for t, _ in page.tags].count("script") == 2
    assert BIO.split(" <script>")[0] in shown


def test_welsh_page_says_its_language(officer: ScanResult) -> None:
    page = Page(render_html(officer, "cy"))
    (html,) = page.attrs("html")
    assert html["lang"] == "cy"


def test_a_scan_that_read_nothing_still_renders(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("nothing")
    result = scan([junk])
    words = " ".join(Page(render_html(result)).text)
    assert "Nothing in these paths could be read, so there is no score." in words
    assert "no export footprint recognises" in words  # the problem is named


def test_high_risk_guidance_has_its_own_section() -> None:
    result = scan(export_paths("police-officer"), org="south-wales-police", high_risk=True)
    words = " ".join(" ".join(Page(render_html(result)).text).split())
    assert "For staff at high risk" in words
    assert "Welsh Government social media policy" in words


def test_every_section_has_a_heading_in_order(officer: ScanResult) -> None:
    text = render_html(officer)
    ids = re.findall(r'<section id="([a-z]+)"', text)
    assert ids == ["summary", "picture", "plan", "signals", "checks", "unread", "about"]
    assert text.count("<h1>") == 1


def test_warnings_are_shown_in_english(tmp_path: Path) -> None:
    profile = tmp_path / "org.toml"
    profile.write_text('id = "acme"\nname = "Acme"\ncolour = "blue"\n', encoding="utf-8")
    result = scan(export_paths("careful"), org=str(profile))
    assert result.warnings
    page = Page(render_html(result, "cy"))
    words = " ".join(page.text)
    assert "Rhybuddion" in words and result.warnings[0] in words
    assert {"class": "problems", "lang": "en"} in page.attrs("ul")
