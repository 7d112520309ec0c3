"""The HTML report in a real browser (headless Chromium over the DevTools protocol).

Each report is opened from a file, as a person opens an attachment. The tests read what
the page shows (score, tier, headline, top signals, plan steps), and check that the
console has no errors, that no request leaves the page, that hostile payloads did not
run, that the text meets WCAG AA contrast in light and dark schemes, that the plan's
checklist works from the keyboard, and that the page prints. Screenshots go to a
temporary folder (``FOOTPRINT_SCREENSHOTS=DIR`` keeps them).

Without Chromium the tests skip; CI sets ``FOOTPRINT_REQUIRE_BROWSER=1`` (``.ci/run``),
which turns a missing browser into a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from footprint.pipeline import scan
from footprint.report.html_report import render_html
from tests.personas import ORGS, scan_persona
from tests.report.cdp import Browser, Page, find_browser
from tests.report.hostile import hostile_export

REQUIRED = os.environ.get("FOOTPRINT_REQUIRE_BROWSER") == "1"

# Text and background colours of every visible text element, and the WCAG contrast
# ratio between them (large text needs 3:1, the rest 4.5:1).
CONTRAST = r"""
(() => {
  function rgb(s) {
    const m = s.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  }
  function lum(c) {
    const f = v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  }
  function bg(el) {
    for (let e = el; e; e = e.parentElement) {
      if (e instanceof SVGElement && e.tagName === 'text') {
        const rect = e.parentElement.querySelector('rect');
        if (rect) { const c = rgb(getComputedStyle(rect).fill); if (c) return c; }
        continue;
      }
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return rgb(getComputedStyle(document.body).backgroundColor);
  }
  const bad = [];
  let checked = 0;
  const all = document.querySelectorAll('body *');
  for (const el of all) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || st.display === 'none') continue;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || el.closest('.visually-hidden')) continue;
    if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') continue;
    const fg = rgb(el instanceof SVGElement ? st.fill : st.color);
    const back = bg(el);
    if (!fg || !back) continue;
    const l1 = lum(fg), l2 = lum(back);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(st.fontSize), weight = parseInt(st.fontWeight, 10);
    const large = size >= 24 || (size >= 18.66 && weight >= 700);
    checked += 1;
    if (ratio < (large ? 3 : 4.5)) {
      const what = el.textContent.trim().slice(0, 40);
      bad.push(el.tagName + '.' + el.className + ' "' + what + '" ' + ratio.toFixed(2));
    }
  }
  return {checked, bad: bad.slice(0, 20)};
})()
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    exe = find_browser()
    if exe is None:
        if REQUIRED:
            pytest.fail("FOOTPRINT_REQUIRE_BROWSER=1 but no chromium was found on PATH")
        pytest.skip("no chromium on PATH (install it to run the browser tests)")
    b = Browser(exe, tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield b
    finally:
        b.close()


@pytest.fixture(scope="module")
def page(browser: Browser) -> Page:
    return browser.page()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    keep = os.environ.get("FOOTPRINT_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        return Path(keep)
    return tmp_path_factory.mktemp("screenshots")


def _open(page: Page, html: str, path: Path) -> str:
    path.write_text(html, encoding="utf-8")
    page.media()
    page.load(path)
    text: str = page.js("document.body.innerText")
    return text


def _assert_quiet(page: Page, path: Path) -> None:
    assert page.requests() == [path.resolve().as_uri()], "the page asked for something"
    assert page.errors() == []


PERSONAS = ["police-officer", "pseudonymous", "careful", "civil-servant"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_persona_report_shows_score_tier_signals_and_plan(
    page: Page, shots: Path, tmp_path: Path, persona: str
) -> None:
    result = scan_persona(persona, ORGS[persona])
    path = tmp_path / f"{persona}.html"
    text = _open(page, render_html(result), path)
    _assert_quiet(page, path)
    e = result.exposure
    assert e is not None
    flat = " ".join(text.split())
    assert f"{e.score}/100" in flat.replace(" /", "/")
    assert {"low": "Low", "medium": "Medium", "high": "High", "critical": "Critical"}[
        e.tier
    ] + " exposure" in flat
    if result.signals:
        top = " ".join(result.signals[0].evidence.split())
        assert top[:40] in flat
    first = next((s for s in result.plan if s.kind == "exposure"), None)
    if first is not None:
        assert page.js("document.querySelector('.step label').innerText").strip()
    assert page.js("document.querySelectorAll('svg.picture rect').length") >= 1
    page.screenshot(shots / f"{persona}.png")


def test_hostile_payloads_stay_text(page: Page, shots: Path, tmp_path: Path) -> None:
    folder = hostile_export(tmp_path / "twitter-hostile")
    result = scan([folder], org="south-wales-police")
    path = tmp_path / "hostile.html"
    text = _open(page, render_html(result), path)
    _assert_quiet(page, path)
    assert page.js("typeof window.__pwned") == "undefined"
    injected = page.js(
        "document.querySelectorAll('[onerror],[onload],a[href^=\"javascript\"],img,iframe').length"
    )
    assert injected == 0
    assert page.js("document.scripts.length") == 2  # the data block and footprint's own
    assert "<script>window.__pwned=2</script>" in text
    assert "\\u202egpj.exe" in text
    page.screenshot(shots / "hostile.png")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_meets_wcag_aa_contrast(page: Page, shots: Path, tmp_path: Path, scheme: str) -> None:
    result = scan_persona("police-officer", ORGS["police-officer"])
    path = tmp_path / "contrast.html"
    path.write_text(render_html(result), encoding="utf-8")
    page.load(path)
    page.media(scheme=scheme)
    page.js("document.querySelectorAll('details').forEach(d => d.open = true)")
    audit = page.js(CONTRAST)
    assert audit["checked"] > 200
    assert audit["bad"] == []
    page.js("window.scrollTo(0, 0)")
    page.screenshot(shots / f"police-officer-{scheme}.png")
    page.media()


def test_keyboard_reaches_the_page_and_ticks_the_plan(page: Page, tmp_path: Path) -> None:
    result = scan_persona("police-officer", ORGS["police-officer"])
    path = tmp_path / "keys.html"
    _open(page, render_html(result), path)
    page.key("Tab", "Tab", 9)
    assert page.js("document.activeElement.className") == "skip"
    page.js("document.querySelector('.step-check').focus()")
    page.key(" ", "Space", 32)
    assert page.js("document.querySelector('.step-check').checked") is True
    total = len(result.plan)
    assert page.js("document.getElementById('ticked').textContent") == f"1 of {total} steps ticked"
    # The label names the checkbox for a screen reader.
    label = page.js(
        "document.querySelector('label[for=' + document.querySelector('.step-check').id + ']')"
        ".innerText"
    )
    assert label.startswith("1.")


def test_the_page_prints_with_everything_unfolded(page: Page, tmp_path: Path) -> None:
    result = scan_persona("police-officer", ORGS["police-officer"])
    path = tmp_path / "print.html"
    _open(page, render_html(result), path)
    page.js("window.dispatchEvent(new Event('beforeprint'))")
    assert page.js("[...document.querySelectorAll('details')].every(d => d.open)") is True
    page.media(media="print")
    assert page.js("getComputedStyle(document.getElementById('print')).display") == "none"
    assert page.js("getComputedStyle(document.querySelector('nav')).display") == "none"
    assert page.pdf()[:5] == b"%PDF-"
    page.media()
    page.js("window.dispatchEvent(new Event('afterprint'))")
    assert page.js("[...document.querySelectorAll('details')].some(d => d.open)") is False
    _assert_quiet(page, path)


def test_the_welsh_report_in_the_browser(page: Page, shots: Path, tmp_path: Path) -> None:
    result = scan_persona("welsh-gov-policy-officer", ORGS["welsh-gov-policy-officer"])
    path = tmp_path / "cy.html"
    text = _open(page, render_html(result, "cy"), path)
    _assert_quiet(page, path)
    assert page.js("document.documentElement.lang") == "cy"
    assert "Eich amlygiad" in text
    page.screenshot(shots / "welsh-gov-policy-officer-cy.png")
