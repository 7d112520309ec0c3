"""The plan on the example personas: strongest evidence first, every score_after equal to
a re-score without that evidence, the right target, deterministic; posture; manifests."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from typing import Any

import pytest

from footprint.exposure.graph import weight
from footprint.exposure.plan import Step, _Planner, candidate_actions, make_plan
from footprint.exposure.posture import PostureCollector
from footprint.exposure.scoring import Ledger, score_signals
from footprint.pipeline import Reading, ScanOptions, ScanResult, SourceSummary, assess, scan
from footprint.report.text_report import write_text
from footprint.signals import Signal, merge
from tests.exposure.people import person, signal, tweets_and_shares
from tests.personas import ORGS, export_paths, scan_persona


def scanned(persona: str, high_risk: bool = False) -> ScanResult:
    return scan_persona(persona, ORGS[persona], high_risk)


def replay(result: ScanResult) -> list[tuple[int, int]]:
    """(recorded score_after, a re-score with the steps so far applied) per exposure step."""
    remaining: list[Signal] = list(result.signals)
    out = []
    for step in result.plan:
        if step.kind != "exposure":
            continue
        ids = set(step.signals)
        if step.effect == "hide":
            remaining = [
                replace(s, visibility="connections") if s.id in ids else s for s in remaining
            ]
        else:
            remaining = [s for s in remaining if s.id not in ids]
        out.append((step.score_after, score_signals(remaining, result.account_tuples()).score))
    return out


@pytest.mark.parametrize(
    "persona",
    [
        "police-officer",
        "pseudonymous",
        "welsh-gov-policy-officer",
        "civil-servant",
        "mp-caseworker",
    ],
)
def test_score_after_is_a_rescore_without_the_evidence(persona: str) -> None:
    result = scanned(persona)
    pairs = replay(result)
    assert pairs, "a plan for an exposed persona"
    assert all(recorded == rescored for recorded, rescored in pairs), pairs
    scores = [r for r, _ in pairs]
    assert scores == sorted(scores, reverse=True)  # never goes up


@pytest.mark.parametrize("persona", ["police-officer", "pseudonymous", "civil-servant"])
def test_first_steps_address_the_strongest_evidence(persona: str) -> None:
    result = scanned(persona)
    employer = [s for s in result.signals if s.reveals == "employer"]
    strongest = max(weight(s) for s in employer)
    first = [s for s in result.plan[:3]]
    ids = {i for step in first for i in step.signals}
    best = {s.id for s in employer if weight(s) == strongest}
    assert ids & best


def test_target_below_50_and_25_for_high_risk() -> None:
    normal = scanned("police-officer")
    high = scanned("police-officer", high_risk=True)
    last = [s for s in normal.plan if s.kind == "exposure"][-1]
    last_high = [s for s in high.plan if s.kind == "exposure"][-1]
    assert last.score_after < 50 and last_high.score_after < 25
    assert len([s for s in high.plan if s.kind == "exposure"]) > len(
        [s for s in normal.plan if s.kind == "exposure"]
    )
    assert high.guidance and not normal.guidance
    assert high.to_dict()["options"]["high_risk"] is True


def test_careful_persona_scores_low_and_needs_no_exposure_steps() -> None:
    result = scanned("careful")
    assert result.exposure is not None and result.exposure.tier == "low"
    assert [s for s in result.plan if s.kind == "exposure"] == []
    assert any(s.action == "turn_on_2fa" for s in result.plan)  # security steps remain


def test_plan_is_deterministic() -> None:
    paths = export_paths("pseudonymous")
    a = scan(paths, ScanOptions(org="dyfed-powys-police")).to_dict()["plan"]
    b = scan(paths, ScanOptions(org="dyfed-powys-police")).to_dict()["plan"]
    assert a == b


def test_steps_carry_instructions_signals_and_guidance() -> None:
    for step in scanned("police-officer").plan:
        d = step.to_dict()
        assert {"action", "platform", "signals", "instructions", "score_after"} <= set(d)
        assert d["instructions"] and d["guidance"].split(":")[0].endswith((".md", ".txt"))
        if step.kind == "exposure":
            assert step.signals


def test_pseudonymous_account_is_exposed_through_its_link() -> None:
    exposure = scanned("pseudonymous").exposure
    assert exposure is not None
    x = next(a for a in exposure.by_account if a.platform == "x")
    mastodon = next(a for a in exposure.by_account if a.platform == "mastodon")
    assert mastodon.own_score < 25 < mastodon.score
    assert x.score > x.own_score


def test_posture_checks() -> None:
    checks = {(c.check, c.platform): c for c in scanned("police-officer").posture}
    assert checks[("two_factor", "x")].status == "unknown"
    assert checks[("work_email_on_personal_account", "linkedin")].status == "not_met"
    assert checks[("work_email_on_personal_account", "x")].status == "met"
    for name in (
        "mail_forwarding",
        "password_three_random_words",
        "devices_locked",
        "incident_recovery_plan",
        "official_account_access",
        "personal_email_on_official_account",
    ):
        assert checks[(name, None)].status == "unknown"
        assert checks[(name, None)].guidance


def test_connected_apps_from_a_real_x_archive() -> None:
    from tests.conftest import real_path

    folder = real_path("twitter", "dogsheep__twitter-to-sqlite", "tests", "zip_contents")
    result = scan([folder])
    (apps,) = [c for c in result.posture if c.check == "third_party_apps"]
    assert apps.status == "not_met" and "BBC Sounds" in apps.detail
    assert any(s.action == "remove_apps" for s in result.plan)


def test_advice_to_separate_accounts_only_when_the_employer_shows() -> None:
    police = [s for s in scanned("police-officer").plan if s.action == "separate_accounts"]
    assert len(police) == 1 and police[0].kind == "advice" and "linkedin" in police[0].instructions
    assert not [s for s in scanned("careful").plan if s.action == "separate_accounts"]


def planned(signals: list[Signal], high_risk: bool = False) -> ScanResult:
    """The plan for made-up signals, through the same stage 4 as a scan (``assess``)."""
    reading = Reading()
    for platform in sorted({s.platform for s in signals}):
        reading.sources.append(SourceSummary(platform, platform, {}, (), 1))
    options = ScanOptions(high_risk=high_risk)
    return assess(reading, merge(signals), PostureCollector(), None, options)


@pytest.mark.parametrize(
    ("shape", "high_risk"),
    [
        (lambda: tweets_and_shares(60, 60), False),  # the case: score 100, no steps
        (lambda: tweets_and_shares(60, 60), True),
        (lambda: tweets_and_shares(2000, 0, confidence=0.95), False),
        (lambda: tweets_and_shares(0, 400, confidence=0.5), True),
        (lambda: person(3000, seed=1), False),
        (lambda: person(1500, seed=2), True),
        (lambda: person(80, seed=3), True),
    ],
)
def test_the_most_exposed_get_a_plan_to_the_target(shape: Any, high_risk: bool) -> None:
    result = planned(shape(), high_risk)
    assert result.exposure is not None and result.exposure.score >= 75
    steps = [s for s in result.plan if s.kind == "exposure"]
    assert steps, "a plan for the most exposed"
    assert steps[-1].score_after < (25 if high_risk else 50)
    pairs = replay(result)
    assert all(recorded == rescored for recorded, rescored in pairs), pairs
    scores = [r for r, _ in pairs]
    assert scores == sorted(scores, reverse=True)
    # Every step takes something away, even while the score reads 100.
    assert all(s.removes.startswith(("Removes ", "Hides ")) for s in steps)


def test_a_saturated_score_still_ranks_steps_by_what_they_remove() -> None:
    # 60 posts naming the force on X, 5 on LinkedIn: deleting the 60 comes first.
    result = planned(tweets_and_shares(60, 5))
    first = result.plan[0]
    assert first.platform == "x" and first.action in ("delete_posts", "make_private")
    assert first.score_after == 100
    assert "of the 65 items that give away your employer (South Wales Police)" in first.removes
    assert first.still is not None and "5 items give away your employer" in first.still


def test_step_texts_say_what_remains_only_while_the_score_is_high() -> None:
    result = planned(person(600, seed=4))
    steps = [s for s in result.plan if s.kind == "exposure"]
    for step in steps:
        assert (step.still is not None) == (step.score_after >= 50), step
        if step.still is not None:
            assert f"still {step.score_after}:" in step.still


def test_the_ledger_kept_by_the_plan_equals_a_fresh_one() -> None:
    signals = merge(person(1500, seed=5))
    rng = random.Random(5)
    ledger = Ledger(signals)
    remaining = {s.id: s for s in signals}
    for _ in range(40):
        chosen = rng.sample(sorted(remaining), 25)
        if rng.random() < 0.5:
            ledger.apply(dict.fromkeys(chosen))
            for sid in chosen:
                del remaining[sid]
        else:
            hidden = {sid: replace(remaining[sid], visibility="connections") for sid in chosen}
            ledger.apply({sid: weight(s) for sid, s in hidden.items()})
            remaining.update(hidden)
        assert ledger.masses() == Ledger(remaining.values()).masses()


def test_candidate_masses_match_a_rescore() -> None:
    signals = merge(person(400, seed=6))
    ledger = Ledger(signals)
    before = ledger.masses()
    for act in candidate_actions(signals):
        if act.hides:
            continue
        delta = ledger.delta(dict.fromkeys(act.signals))
        after = Ledger([s for s in signals if s.id not in set(act.signals)]).masses()
        for t in before:
            assert before[t] + delta.get(t, 0.0) == pytest.approx(after[t], abs=1e-9)


def test_making_an_account_private_says_what_stays_public() -> None:
    bio = signal("x", None, "employer", 0.9, item_kind="profile", field="bio")
    signals = [*tweets_and_shares(40, 0), bio]
    result = planned(signals)
    (private,) = [s for s in result.plan if s.action == "make_private"]
    assert bio.id not in private.signals
    assert "bio" in private.instructions and "stay public" in private.instructions
    assert private.removes.startswith("Hides 40 of the 41 items")
    assert private.removes.endswith("from everyone but the people you have approved.")
    # Hidden evidence counts at the weight of connections (0.5), as a re-scan finds it.
    pairs = replay(result)
    assert all(recorded == rescored for recorded, rescored in pairs), pairs
    first = result.plan[0]
    assert first.action == "make_private" and first.score_after == 100
    hidden = [replace(s, visibility="connections") for s in result.signals]
    assert score_signals([*hidden[:-1], result.signals[-1]]).score == 100


def test_a_plan_that_cannot_reach_the_target_says_so() -> None:
    steps, _ = make_plan(merge(tweets_and_shares(10, 10)), max_steps=1)
    assert steps[-1].score_after >= 50
    assert steps[-1].still is not None and "stops after 1 step" in steps[-1].still


def test_police_officer_plan_reads_what_each_step_removes() -> None:
    result = scanned("police-officer")
    text = io.StringIO()
    write_text(result, text)
    assert "-> 100" not in text.getvalue()
    steps = [s for s in result.plan if s.kind == "exposure"]
    assert all(s.removes for s in steps)
    saturated = [s for s in steps if s.score_after == 100]
    assert saturated and all(s.still and "still 100" in s.still for s in saturated)


def test_step_to_dict_keys() -> None:
    step = Step(
        action="delete_posts",
        platform="x",
        title="Delete 2 posts on X",
        signals=("a", "b"),
        instructions="Delete each post listed.",
        score_after=40,
        effort=0.7,
        guidance="g.md: point",
        kind="exposure",
        effect="remove",
        removes="Removes 2 of the 3 items that give away your employer.",
        still=None,
        manifest="x-delete-posts.csv",
    )
    assert step.to_dict() == {
        "action": "delete_posts",
        "platform": "x",
        "signals": ["a", "b"],
        "instructions": "Delete each post listed.",
        "score_after": 40,
        "title": "Delete 2 posts on X",
        "effort": 0.7,
        "kind": "exposure",
        "effect": "remove",
        "guidance": "g.md: point",
        "removes": "Removes 2 of the 3 items that give away your employer.",
        "still": None,
        "manifest": "x-delete-posts.csv",
    }


def test_what_lowers_the_score_comes_before_what_only_removes_evidence() -> None:
    # Twenty posts give away the line of work (a mass of 46: saturated at its weight,
    # so deleting them changes nothing yet); one weak post names the employer.
    sector = [signal("x", str(i), "sector", 0.9, target="UK policing") for i in range(20)]
    employer = signal("facebook", "99", "employer", 0.5)
    result = planned([*sector, employer])
    first = result.plan[0]
    assert first.platform == "facebook" and first.signals == (employer.id,)
    assert first.score_after < result.exposure.score  # type: ignore[union-attr]


def test_removes_names_the_biggest_change_first_and_the_commonest_targets() -> None:
    bio = [
        signal("x", None, "sector", 0.9, item_kind="profile", field="bio", target="UK policing"),
        signal("x", None, "personal", 0.3, item_kind="profile", field="bio", target=None),
    ]
    (step,) = [s for s in planned(bio).plan if s.action == "edit_profile"]
    assert step.removes == (
        "Removes the only item that gives away your line of work (UK policing); and the only "
        "item that gives away your personal details."
    )
    places = [
        signal("x", "7", "location", 0.9, kind="place", target="Cardiff"),
        *[
            signal("x", str(10 + i), "location", 0.9, kind="place", target="Bay Station")
            for i in range(3)
        ],
    ]
    (step,) = [s for s in planned(places).plan if s.action == "remove_location"]
    assert "your whereabouts (Bay Station / Cardiff)" in step.removes


def test_hiding_counts_the_evidence_at_the_weight_of_connections() -> None:
    signals = merge(tweets_and_shares(5, 0, confidence=0.6))
    planner = _Planner(signals, 50)
    (private,) = [a for a in candidate_actions(signals) if a.hides]
    assert planner.changes(private) == {s.id: 0.3 for s in signals}
    delete = next(a for a in candidate_actions(signals) if not a.hides)
    assert planner.changes(delete) == dict.fromkeys(delete.signals)
