"""What the human formats show: export text made safe to lay out, groups with caps, the
plan with what each step deals with, checks grouped across platforms."""

from __future__ import annotations

from dataclasses import replace

import pytest

from footprint.report.view import FOLDED, SHOWN, build_view, https_url, shown
from footprint.report.words import Words
from tests.personas import ORGS, scan_persona


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain words", "plain words"),
        ("two\nlines\ttab", "two\\nlines\\ttab"),
        ("bell\x07 and escape\x1b[31m", "bell\\x07 and escape\\x1b[31m"),
        ("\u202egpj.exe", "\\u202egpj.exe"),
        ("a\u2066b\u2069c", "a\\u2066b\\u2069c"),
        ("🖤💙🖤", "🖤💙🖤"),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),  # joiners kept: one emoji
        (
            "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
            "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
        ),  # the Welsh flag
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),  # escaped by each format
    ],
)
def test_shown_keeps_text_as_it_reads(raw: str, expected: str) -> None:
    assert shown(raw) == expected


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://twitter.com/a/status/1", "https://twitter.com/a/status/1"),
        ("HTTPS://example.org/x", "HTTPS://example.org/x"),
        ("http://example.org/", None),
        ("javascript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ('https://example.org/"onmouseover="x', None),
        ("https://a.example/\u202e", "https://a.example/\\u202e"),
        (None, None),
        ("", None),
    ],
)
def test_only_plain_https_addresses_become_links(url: str | None, link: str | None) -> None:
    assert https_url(url) == link


def test_view_of_a_persona() -> None:
    result = scan_persona("police-officer", ORGS["police-officer"])
    v = build_view(result, Words("en"))
    assert v.score == result.exposure.score and v.tier == result.exposure.tier  # type: ignore[union-attr]
    assert v.headline == "Anyone who looks can tell that South Wales Police is your employer."
    assert v.subject == "Dafydd Morrow"
    assert [g.reveals for g in v.groups][:2] == ["employer", "sector"]
    assert sum(g.count for g in v.groups) == len(result.signals)
    # Platforms in a group come strongest first.
    employer = v.groups[0]
    firsts = [pg.shown[0].confidence for pg in employer.platforms]
    assert firsts == sorted(firsts, key=lambda c: -float(c.split("(")[1].rstrip(")")))
    # Each exposure step lists the evidence it deals with; security steps none.
    assert all(s.items for s in v.steps if s.kind == "exposure")
    assert not any(s.items for s in v.steps if s.kind != "exposure")
    # 2FA is unknown on three platforms: one entry naming all three, each with its fix.
    (two_factor,) = [c for c in v.checks if c.name == "Two-factor authentication"]
    assert two_factor.platforms == ("X", "Facebook", "LinkedIn")
    assert [p for p, _ in two_factor.fixes] == ["X", "Facebook", "LinkedIn"]
    # Checks needing action come first.
    assert v.checks[0].status == "not_met"


def test_a_large_group_shows_a_few_folds_some_and_counts_the_rest() -> None:
    result = scan_persona("police-officer", ORGS["police-officer"])
    base = next(s for s in result.signals if s.platform == "x" and s.reveals == "sector")
    many = tuple(
        replace(base, source=replace(base.source, item=str(10**9 + i))) for i in range(400)
    )
    v = build_view(replace(result, signals=many), Words("en"))
    (group,) = v.groups
    (pg,) = group.platforms
    assert len(pg.shown) == SHOWN and len(pg.folded) == FOLDED
    assert pg.more == 400 - SHOWN - FOLDED
    assert group.count == 400
