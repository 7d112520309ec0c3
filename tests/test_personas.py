"""The example personas end to end: each signal a careful human would see is found with
the right ``reveals``, and the deliberate negatives (the homonym traps each persona's
README lists) reveal nothing.

The expectations below are the rows of each persona's README table ("What a careful
human would see") that footprint finds today; rows it does not find yet are listed in
the closing notes of the issue, not silently dropped from the READMEs.
"""

from __future__ import annotations

import re

import pytest

from footprint.pipeline import ScanResult
from tests.personas import ORGS, PERSONAS, scan_persona

scanned = scan_persona


def keys(result: ScanResult) -> set[tuple[str, str, str]]:
    return {
        (s.platform, s.source.item if s.source.item is not None else s.source.field, s.reveals)
        for s in result.signals
    }


EXPECTED: dict[str, list[tuple[str, str, str]]] = {
    "police-officer": [
        ("x", "bio", "sector"),
        ("x", "1566849139701139087", "sector"),
        ("x", "1567047951453746948", "sector"),
        ("x", "1571615045198938633", "employer"),
        ("x", "1586474961441944121", "location"),
        ("x", "1594469389499054316", "sector"),
        ("x", "1616763790972150832", "employer"),
        ("x", "1616763790972150832", "role"),
        ("x", "1626870384594934159", "sector"),
        ("x", "1654765445408032440", "personal"),
        ("x", "1682875667322100518", "sector"),
        ("x", "1721222094332045249", "role"),
        ("x", "1739254666219283406", "sector"),
        ("x", "1708814084128984846", "sector"),
        ("x", "1627276813204498838", "sector"),
        ("x", "1190000000000000101", "employer"),
        ("x", "1190000000000000202", "sector"),
        ("x", "email", "identity"),
        ("linkedin", "headline", "employer"),
        ("linkedin", "headline", "role"),
        ("linkedin", "birthday", "personal"),
        ("linkedin", "location", "location"),
        ("linkedin", "email", "employer"),
        ("linkedin", "connections", "employer"),
        ("linkedin", "connections", "sector"),
        ("linkedin", "South Wales Police", "employer"),
        ("linkedin", "Police Federation of England and Wales", "sector"),
        ("facebook", "birthday", "personal"),
        ("facebook", "location", "location"),
        ("facebook", "family", "personal"),
        ("facebook", "phone", "personal"),
        ("facebook", "South Wales Police Federation Members", "employer"),
        ("facebook", "Thin Blue Line UK", "sector"),
        ("facebook", "South Wales Police", "employer"),
        ("facebook", "1693685640", "employer"),
        ("facebook", "1686984060", "location"),
        ("facebook", "1677790800", "sector"),
        ("facebook", "1673255700", "personal"),
    ],
    "welsh-gov-policy-officer": [
        ("x", "1434932157919339455", "employer"),
        ("x", "1434932157919339455", "sector"),
        ("x", "1434932660749196129", "employer"),
        ("x", "1434932660749196129", "sector"),
        ("x", "1439877490473368243", "employer"),
        ("x", "1443911071712187745", "employer"),
        ("x", "1486043692389669092", "sector"),
        ("x", "1518934166080863084", "employer"),
        ("x", "1526895376089263492", "employer"),
        ("x", "1486307934534339328", "sector"),
        (
            "mastodon",
            "https://mastodon.example/users/elinrhys/statuses/109460599665779937",
            "employer",
        ),
        (
            "mastodon",
            "https://mastodon.example/users/elinrhys/statuses/109789367557105024",
            "sector",
        ),
    ],
    "civil-servant": [
        ("linkedin", "headline", "employer"),
        ("linkedin", "headline", "role"),
        ("linkedin", "birthday", "personal"),
        ("linkedin", "email", "employer"),
        ("linkedin", "connections", "employer"),
        (
            "linkedin",
            "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6377421324786476249",
            "sector",
        ),
        (
            "linkedin",
            "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6358600937465469739",
            "employer",
        ),
        (
            "linkedin",
            "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6285884781221136124",
            "sector",
        ),
        (
            "linkedin",
            "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6265086178781750838",
            "employer",
        ),
        (
            "linkedin",
            "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6265086178781750838",
            "role",
        ),
        ("instagram", "bio", "sector"),
        ("instagram", "birthday", "personal"),
        ("instagram", "1707335310", "location"),
        ("instagram", "1689351600", "sector"),
        ("instagram", "1696363200", "personal"),
    ],
    "mp-caseworker": [
        ("x", "1598243001296315565", "role"),
        ("x", "1635547560238028143", "personal"),
        ("x", "1698974247418016933", "role"),
        ("x", "1699447365944320790", "personal"),
        ("x", "1630900692907525606", "sector"),
        ("facebook", "birthday", "personal"),
        ("facebook", "family", "personal"),
        ("facebook", "location", "location"),
        ("facebook", "1630659900", "personal"),
    ],
    "pseudonymous": [
        ("x", "email", "identity"),
        ("x", "handle", "identity"),
        ("x", "1632116203976814718", "identity"),
        ("x", "1591506110865210611", "identity"),
        ("x", "1697580060530396698", "employer"),
        ("linkedin", "headline", "employer"),
        ("linkedin", "headline", "role"),
        ("linkedin", "website", "identity"),
        ("linkedin", "birthday", "personal"),
        ("linkedin", "email", "employer"),
        ("linkedin", "connections", "employer"),
        ("linkedin", "Dyfed-Powys Police", "employer"),
        ("mastodon", "handle", "identity"),
    ],
}


@pytest.mark.parametrize("persona", sorted(EXPECTED))
def test_persona_signals(persona: str) -> None:
    result = scanned(persona, ORGS[persona])
    missing = [k for k in EXPECTED[persona] if k not in keys(result)]
    assert missing == []
    assert result.exit_code == 0, result.all_problems()


def _negatives(persona: str) -> list[tuple[str, str]]:
    text = (PERSONAS / persona / "README.md").read_text(encoding="utf-8")
    if "must NOT be flagged" not in text:
        return []
    table = text.split("must NOT be flagged")[1].split("\n## ")[0]
    out = []
    for line in table.splitlines():
        if re.match(r"^\| \d", line):
            cells = [c.strip() for c in line.strip("|").split("|")]
            out.append((cells[1], cells[3].strip("`")))
    return out


NEGATIVE_CASES = [(p, n) for p in ORGS for n in _negatives(p)]


@pytest.mark.parametrize(("persona", "negative"), NEGATIVE_CASES)
def test_persona_negatives(persona: str, negative: tuple[str, str]) -> None:
    plat, item = negative
    result = scanned(persona, ORGS[persona])
    bad = [
        (s.kind, s.matched, s.why)
        for s in result.signals
        if s.platform == plat
        and s.source.item == item
        and s.reveals in ("employer", "sector", "role", "location")
    ]
    assert bad == []


@pytest.mark.parametrize(
    "org", ["uk-police", "uk-civil-service", "welsh-government", "uk-parliament", None]
)
def test_careful_persona_reveals_no_employer(org: str | None) -> None:
    result = scanned("careful", org)
    # Only the links between its own two accounts (same handle, same e-mail) remain.
    assert {s.reveals for s in result.signals} <= {"identity"}


def test_every_negative_table_was_read() -> None:
    assert len(NEGATIVE_CASES) >= 40
