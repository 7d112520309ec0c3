"""The contract's rule on third parties, over every example persona: no connection's,
friend's, partner's or family member's name is copied into a signal's evidence or
matched text (counts and relations are fine; the person's own words stay theirs)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from footprint.detectors.personal import _status
from footprint.model import Connection, ProfileField
from footprint.platforms.ingest import load
from footprint.signals import Signal
from tests.personas import ORGS, export_paths, scan_persona


def _partners(value: object) -> set[str]:
    """Every ``partner`` named in a JSON document (Facebook's relationship)."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "partner" and isinstance(inner, str):
                found.add(inner)
            found |= _partners(inner)
    elif isinstance(value, list):
        for inner in value:
            found |= _partners(inner)
    return found


def third_parties(persona: str) -> set[str]:
    """Full names of the people around the persona, read from its exports."""
    names: set[str] = set()
    for folder in export_paths(persona):
        for loaded in load(folder):
            for item in loaded.items:
                if isinstance(item, Connection) and item.name:
                    names.add(item.name)
                elif isinstance(item, ProfileField) and item.field == "family":
                    names.add(item.value.split(" (")[0])
        for path in folder.rglob("*.json"):
            names |= _partners(json.loads(Path(path).read_text(encoding="utf-8")))
    # Full names only: a single word ("Carys") may be the person's own words.
    return {n for n in names if len(n.split()) >= 2}


def leaks(signals: tuple[Signal, ...], names: set[str]) -> list[tuple[str, str]]:
    out = []
    for s in signals:
        for name in names:
            for text in (s.evidence, s.matched):
                if name.casefold() in text.casefold():
                    out.append((name, text))
    return out


@pytest.mark.parametrize("persona", sorted(ORGS))
def test_no_third_party_name_in_evidence(persona: str) -> None:
    names = third_parties(persona)
    result = scan_persona(persona, ORGS[persona])
    assert not leaks(result.signals, names)


def test_the_check_sees_a_leak() -> None:
    names = third_parties("police-officer")
    assert "Ffion Morrow" in names  # the partner, and family members
    result = scan_persona("police-officer", ORGS["police-officer"])
    forged = replace(result.signals[0], evidence="Married (Ffion Morrow)")
    assert leaks((forged,), names)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("Married (Ffion Morrow)", "Married"),
        ("In a relationship (Jo Bloggs)", "In a relationship"),
        ("It’s complicated", "It’s complicated"),
        ("Single", "Single"),
        ("Ffion Morrow", "relationship listed"),  # a name alone: not shown
        ("Jo Bloggs (partner)", "relationship listed"),
    ],
)
def test_relationship_evidence_keeps_the_status_only(value: str, shown: str) -> None:
    assert _status(value) == shown
