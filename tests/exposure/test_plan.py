"""The plan on the example personas: strongest evidence first, every score_after equal to
a re-score without that evidence, the right target, deterministic; posture; manifests."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from footprint.exposure.graph import weight
from footprint.exposure.scoring import score_signals
from footprint.pipeline import ScanOptions, ScanResult, scan
from footprint.report.manifests import manifests
from footprint.signals import Signal
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


def test_deletion_manifests() -> None:
    result = scanned("police-officer", high_risk=True)
    files = manifests(result)
    assert set(files) >= {"x", "facebook"}
    rows = list(csv.DictReader(io.StringIO(files["x"])))
    assert rows and set(rows[0]) == {"id", "date", "url", "kind", "step"}
    assert all(r["id"].isdigit() for r in rows)
    kinds = {r["kind"] for r in rows}
    assert "like" in kinds and kinds <= {"post", "reply", "like", "repost", "comment", "share"}


def test_advice_to_separate_accounts_only_when_the_employer_shows() -> None:
    police = [s for s in scanned("police-officer").plan if s.action == "separate_accounts"]
    assert len(police) == 1 and police[0].kind == "advice" and "linkedin" in police[0].instructions
    assert not [s for s in scanned("careful").plan if s.action == "separate_accounts"]
