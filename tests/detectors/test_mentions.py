"""Mentions of the organisation in text: positives, and the homonym traps."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from footprint.signals import Signal
from tests.detectors.conftest import field, post

Detect = Callable[..., list[Signal]]


@pytest.mark.parametrize(
    ("text", "matched", "reveals"),
    [
        ("Proud to work for Northshire Police", "Northshire Police", "employer"),
        ("northshire constabulary open day tomorrow", "Northshire Constabulary", "employer"),
        ("Diwrnod da gyda Heddlu Gogledd", "Heddlu Gogledd", "employer"),
        ("NSP shift done, great colleagues", "NSP", "employer"),
        ("first shift as a PC today", "PC", "role"),
        ("Back in custody all week as a DS", "DS", "role"),
        ("Detective Constable, Northshire", "Detective Constable", "role"),
        (
            "Great night at the Northshire Police Federation dinner",
            "Northshire Police Federation",
            "employer",
        ),
        ("thanks @NShirePolice for the help", "NShirePolice", "employer"),
    ],
)
def test_mentions_found(detect: Detect, text: str, matched: str, reveals: str) -> None:
    sigs = detect(post(text), only=["mentions"])
    assert (matched, reveals) in {(s.matched, s.reveals) for s in sigs}
    for s in sigs:
        assert s.evidence and len(s.evidence) <= 125
        assert s.why


@pytest.mark.parametrize(
    "text",
    [
        "met my sister for lunch",
        "Met Office says rain all week",
        "bought a gaming PC at PC World",
        "NSP is my favourite band",  # ambiguous alias without work context
        "nsp shift done",  # ambiguous terms match only as written
        "my new pc is fast",
        "the DS Smith box arrived",  # 'DS' with no work context
        "Northshire is lovely in spring",  # the county is not the force
        "policies at the gym changed",
        "working from my home office",
    ],
)
def test_mentions_not_found(detect: Detect, text: str) -> None:
    assert detect(post(text), only=["mentions"]) == []


def test_context_lowers_confidence(detect: Detect) -> None:
    own = detect(post("I am a Detective Constable"), only=["mentions"])[0]
    dad = detect(post("my dad was a Detective Constable"), only=["mentions"])[0]
    assert dad.confidence < own.confidence
    assert "someone else" in dad.why


def test_like_counts_less_than_own_post(detect: Detect) -> None:
    own = detect(post("Northshire Police are recruiting"), only=["mentions"])[0]
    liked = detect(post("Northshire Police are recruiting", kind="like"), only=["mentions"])[0]
    assert liked.confidence < own.confidence


def test_bio_and_handle(detect: Detect) -> None:
    sigs = detect(
        field("bio", "Detective Constable at Northshire Police. Views my own"),
        field("handle", "PC_Jones_NSP"),
        only=["mentions"],
    )
    got = {(s.source.field, s.matched) for s in sigs}
    assert ("bio", "Northshire Police") in got
    assert ("bio", "Detective Constable") in got
    # In a handle, 'PC' and 'NSP' have no work context: nothing from the handle alone.
    assert not any(s.source.field == "handle" for s in sigs)


def test_no_profile_no_mentions(detect: Detect) -> None:
    assert (
        detect(post("Proud to work for Northshire Police"), profile=None, only=["mentions"]) == []
    )


def test_signal_id_is_stable(detect: Detect) -> None:
    a = detect(post("Northshire Police", item="42"), only=["mentions"])[0]
    b = detect(post("Northshire Police today", item="42"), only=["mentions"])[0]
    assert a.id == b.id
    c = detect(post("Northshire Police", item="43"), only=["mentions"])[0]
    assert c.id != a.id
