"""The Welsh catalogue: complete, compiled, faithful to its placeholders, and used: a Welsh
report holds no English fixed string. The JSON report stays English."""

from __future__ import annotations

import gettext
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from footprint.cli import main
from footprint.report.html_report import render_html
from footprint.report.i18n import choose_language, language_from_env, runtime_messages
from footprint.report.md_report import render_md
from tests.personas import ORGS, export_paths, scan_persona

REPO = Path(__file__).resolve().parents[2]
LOCALE = REPO / "footprint" / "locale"
PO = LOCALE / "cy" / "LC_MESSAGES" / "footprint.po"
MO = LOCALE / "cy" / "LC_MESSAGES" / "footprint.mo"
UPDATE = "see footprint/report/i18n.py for the pybabel commands that update the catalogue"


def _catalog() -> Catalog:
    with PO.open("rb") as fp:
        return read_po(fp, locale="cy")


def _extracted() -> set[tuple[str | None, str]]:
    """Every message the code and templates hold now, extracted as babel.cfg says."""
    with (REPO / "babel.cfg").open(encoding="utf-8") as fp:
        method_map, options_map = parse_mapping_cfg(fp)
    found = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(REPO), method_map, options_map
    ):
        msgid = message[0] if isinstance(message, tuple) else message
        found.add((context, msgid))
    return found


def test_the_catalogue_translates_every_message_and_no_stale_one() -> None:
    cat = _catalog()
    have = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id) for m in cat if m.id}
    wanted = _extracted()
    assert wanted, "nothing extracted: babel.cfg is wrong"
    assert not wanted - have, f"not in footprint.po ({UPDATE}): {sorted(wanted - have)[:10]}"
    assert not have - wanted, f"stale in footprint.po ({UPDATE}): {sorted(have - wanted)[:10]}"
    untranslated = [m.id for m in cat if m.id and not all(_forms(m.string))]
    assert not untranslated, untranslated[:10]
    assert not [m.id for m in cat if m.id and m.fuzzy]


def _forms(string: str | tuple[str, ...]) -> tuple[str, ...]:
    return string if isinstance(string, tuple) else (string,)


def test_translations_keep_their_placeholders() -> None:
    for m in _catalog():
        if not m.id:
            continue
        ids = _forms(m.id)
        wanted = set(re.findall(r"\{[a-z_]+\}", ids[-1]))
        for form in _forms(m.string):
            got = set(re.findall(r"\{[a-z_]+\}", form))
            # A form for one item may leave out {n}; nothing else may be lost or invented.
            assert got <= wanted and wanted - got <= {"{n}"}, (m.id, form)


def test_the_compiled_catalogue_matches_the_po_file() -> None:
    with MO.open("rb") as fp:
        compiled = gettext.GNUTranslations(fp)
    cat = _catalog()
    for m in cat:
        if not m.id:
            continue
        if isinstance(m.id, tuple):
            for n in (0, 1, 2, 3, 6, 7):
                assert (
                    compiled.npgettext(m.context, *m.id, n)
                    if m.context
                    else compiled.ngettext(*m.id, n) in _forms(m.string)
                )
        elif m.context:
            assert compiled.pgettext(m.context, m.id) == m.string, m.id
        else:
            assert compiled.gettext(m.id) == m.string, m.id
    assert compiled.info()["plural-forms"].startswith("nplurals=6;")


def test_runtime_texts_of_other_stages_are_in_the_catalogue() -> None:
    cat = _catalog()
    for text in runtime_messages():
        assert cat.get(text) is not None, text


class _Text(HTMLParser):
    """The words a reader sees, without the data block, without text the page marks as
    English (problems, which CONTRACT.md keeps English) or as not to be translated (the
    evidence), and, with ``data=False``, without names and paths from the exports
    (``<bdi>``)."""

    def __init__(self, data: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip: list[str] = []
        self._hidden = ("script", "style") if data else ("script", "style", "bdi")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        english = a.get("lang") == "en" and tag != "html"  # the page's own language aside
        hidden = tag in self._hidden or english or a.get("translate") == "no"
        if hidden or (self._skip and tag == self._skip[-1]):
            self._skip.append(tag)
        for name in ("aria-label", "title", "data-template"):
            if a.get(name) and not self._skip:
                self.parts.append(str(a[name]))

    def handle_endtag(self, tag: str) -> None:
        if self._skip and tag == self._skip[-1]:
            self._skip.pop()

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.parts.append(" ".join(data.split()))


def _english_fixed_strings() -> list[str]:
    """msgids a Welsh page must not show: those whose Welsh differs, long enough not to
    be a name, and not a menu label the Welsh text quotes as the platform shows it."""
    cat = _catalog()
    welsh = " ".join(" ".join(_forms(m.string)) for m in cat if m.id)
    out = []
    for m in cat:
        if not m.id or isinstance(m.id, tuple) or m.string == m.id:
            continue
        head = m.id.split("{")[0].strip()
        if len(head) >= 12 and " " in head and head not in welsh:
            out.append(head)
    return out


@pytest.mark.parametrize("persona", ["welsh-gov-policy-officer", "police-officer", "pseudonymous"])
def test_a_welsh_report_holds_no_english_fixed_string(persona: str) -> None:
    result = scan_persona(persona, ORGS[persona])
    parser = _Text()
    parser.feed(render_html(result, "cy"))
    html_text = " ".join(" ".join(parser.parts).split())
    md_text = " ".join(render_md(result, "cy").split()).replace("\\", "")
    # The person's own words (and detectors' excerpts) are evidence, shown as they are.
    for sig in result.signals:
        evidence = " ".join(sig.evidence.split())
        html_text = html_text.replace(evidence, "")
        md_text = md_text.replace(evidence, "")
    english = _english_fixed_strings()
    assert len(english) > 200
    for text in (html_text, md_text):
        leaked = [s for s in english if s in text]
        assert not leaked, leaked[:5]
    assert "Eich amlygiad" in html_text and "## Eich amlygiad" in render_md(result, "cy")


@pytest.mark.parametrize("persona", sorted(ORGS))
def test_no_text_of_the_english_page_is_left_as_it_is_in_the_welsh_one(persona: str) -> None:
    """Catches English written into a template without ``_()``: apart from names and
    numbers, no text node of the English page appears unchanged in the Welsh one."""
    result = scan_persona(persona, ORGS[persona])
    pages = []
    for lang in ("en", "cy"):
        parser = _Text(data=False)
        parser.feed(render_html(result, lang))
        pages.append(set(parser.parts))
    # Menu paths the Welsh catalogue keeps as the platform shows them are the same text.
    kept = {m.string for m in _catalog() if m.id and m.string == m.id}
    same = [
        t for t in pages[0] & pages[1] if len(re.findall(r"[A-Za-z]{3,}", t)) >= 2 and t not in kept
    ]
    assert not same, same[:10]


def test_the_json_report_stays_english_whatever_the_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    paths = [str(p) for p in export_paths("careful")]
    out = io.StringIO()
    main(
        ["scan", *paths, "--org", "uk-police", "--quiet", "--lang", "cy", "--format", "json"],
        stdout=out,
        stderr=io.StringIO(),
    )
    report = json.loads(out.getvalue())
    assert report["exposure"]["tier"] in ("low", "medium", "high", "critical")
    assert all(c["status"] in ("met", "not_met", "unknown") for c in report["posture"])
    assert "Dim" not in out.getvalue() and "Eich" not in out.getvalue()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGUAGE": "cy"}, "cy"),
        ({"LANGUAGE": "fr:cy:en"}, "cy"),
        ({"LANG": "cy_GB.UTF-8"}, "cy"),
        ({"LC_ALL": "cy_GB", "LANG": "en_GB.UTF-8"}, "cy"),
        ({"LANGUAGE": "en", "LANG": "cy_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, None),
        ({}, None),
    ],
)
def test_language_from_the_environment(env: dict[str, str], expected: str | None) -> None:
    assert language_from_env(env) == expected


def test_the_flag_wins_over_the_environment() -> None:
    assert choose_language("en", {"LANG": "cy_GB.UTF-8"}) == "en"
    assert choose_language(None, {"LANG": "cy_GB.UTF-8"}) == "cy"
    assert choose_language(None, {}) == "en"
    with pytest.raises(ValueError, match="footprint speaks en, cy"):
        choose_language("fr", {})
