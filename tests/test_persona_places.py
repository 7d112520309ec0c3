"""The Strava, YouTube and WhatsApp personas end to end: the commuting officer's employer is
found from what Strava and YouTube hold (a commute to the premises, comments naming the
force), and her careful counterpart stays low.

WhatsApp is read by the chats work of issue 12: its assertions (the "Response Team B"
group flagged against the guidance) join these when it lands. Until then the WhatsApp
folders are left out where the exit status is checked.
"""

from __future__ import annotations

from functools import cache

import pytest

from footprint.pipeline import ScanOptions, ScanResult, scan
from tests.personas import ORGS, export_paths, scan_persona


@cache
def without_whatsapp(persona: str) -> ScanResult:
    paths = [p for p in export_paths(persona) if not p.name.startswith("whatsapp")]
    return scan(paths, ScanOptions(org=ORGS[persona]))


def keys(result: ScanResult) -> set[tuple[str, str, str, str]]:
    return {
        (s.platform, s.kind, s.source.item or s.source.field, s.reveals) for s in result.signals
    }


def test_commuting_officer_employer_found() -> None:
    result = without_whatsapp("commuting-officer")
    assert result.exit_code == 0, result.all_problems()
    found = keys(result)
    # The commute to Cardiff Bay Police Station: the workplace, and the employer.
    assert ("strava", "routine", "location", "location") in found
    assert ("strava", "routine", "location", "employer") in found
    assert ("strava", "routine", "location", "personal") in found  # the home area
    commute = next(s for s in result.signals if s.kind == "routine" and s.reveals == "employer")
    assert commute.target == "South Wales Police" and commute.visibility == "public"
    assert "marked commutes" in commute.why and "Cardiff Bay Police Station" in commute.why
    # Each commute's point at the station is its own piece of evidence (64 rides).
    at_station = [
        s
        for s in result.signals
        if s.platform == "strava" and s.kind == "place" and s.target == "Cardiff Bay Police Station"
    ]
    assert len(at_station) == 64
    # The comments name the force; the force's channel is among the subscriptions.
    youtube = {(s.kind, s.reveals) for s in result.signals if s.platform == "youtube"}
    assert {("mention", "employer"), ("group", "employer")} <= youtube
    assert result.exposure is not None and result.exposure.tier == "critical"
    assert result.exposure.by_target["employer"] >= 90


def test_commuting_officer_without_premises_still_has_a_workplace() -> None:
    paths = [p for p in export_paths("commuting-officer") if not p.name.startswith("whatsapp")]
    result = scan(paths, ScanOptions(org=None))
    work = [s for s in result.signals if s.kind == "routine" and s.reveals == "location"]
    assert [s.matched for s in work] == ["likely workplace"]
    assert work[0].evidence == "around 51.465, -3.170"


@pytest.mark.parametrize("whatsapp", [False, True])
def test_careful_commuter_stays_low(whatsapp: bool) -> None:
    result = (
        scan_persona("careful-commuter", ORGS["careful-commuter"])
        if whatsapp
        else without_whatsapp("careful-commuter")
    )
    assert result.exposure is not None and result.exposure.tier == "low"
    assert not [s for s in result.signals if s.reveals in ("employer", "sector", "role")]
    assert not [s for s in result.signals if s.kind == "routine"]


def test_commuting_officer_plan_hides_the_commute() -> None:
    result = without_whatsapp("commuting-officer")
    routine = {s.id for s in result.signals if s.kind == "routine"}
    steps = [step for step in result.plan if routine & set(step.signals)]
    assert steps, "the plan addresses the commute"
    # Hiding where activities start and end, never "leave a group".
    assert {(step.platform, step.action) for step in steps} <= {
        ("strava", "edit_profile"),
        ("strava", "remove_location"),
        ("strava", "make_private"),
    }
    assert "Only You" in steps[0].instructions
