"""The exposure score: noisy-OR per target, the overall weighting, tiers, and flow
between linked accounts. The worked example is the one in docs/scoring.md."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from footprint.exposure.scoring import combine, overall, score_signals, tier
from footprint.signals import Signal
from tests.exposure.people import signal


def sig(
    item: str | None,
    reveals: str,
    confidence: float,
    visibility: str = "public",
    platform: str = "x",
    account: str = "jo",
    kind: str = "mention",
    field: str = "text",
    target: str | None = None,
) -> Signal:
    return signal(
        platform,
        item,
        reveals,
        confidence,
        visibility,
        kind=kind,
        item_kind=None,
        field=field,
        target=target or reveals,
        account=account,
    )


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (0, "low"),
        (24, "low"),
        (25, "medium"),
        (49, "medium"),
        (50, "high"),
        (74, "high"),
        (75, "critical"),
        (100, "critical"),
    ],
)
def test_tiers(score: int, expected: str) -> None:
    assert tier(score) == expected


def test_noisy_or() -> None:
    assert combine([]) == 0.0
    assert combine([0.5, 0.5]) == pytest.approx(0.75)
    assert combine([1.0, 0.2]) == pytest.approx(1.0)
    assert combine([1.5]) == 1.0 and combine([-0.5, 0.5]) == 0.5  # held to [0, 1]


def test_worked_example_from_the_docs() -> None:
    signals = [
        sig("1", "employer", 0.85),  # a public post naming the force
        sig(None, "employer", 0.95, visibility="private", field="email", kind="email_domain"),
        sig("2", "sector", 0.7),  # #thinblueline in a public post
        sig("3", "sector", 0.6, visibility="private"),  # a liked post (private)
        sig(None, "location", 0.6, visibility="unknown", field="location", kind="place"),
    ]
    exp = score_signals(signals)
    # employer: 1 - (1 - 0.85)(1 - 0.95 x 0.15) = 0.8714
    assert exp.by_target["employer"] == 87
    # sector: 1 - (1 - 0.7)(1 - 0.6 x 0.15) = 0.727
    assert exp.by_target["sector"] == 73
    # location: 0.6 x 0.7 = 0.42
    assert exp.by_target["location"] == 42
    # overall: 1 - (1 - 0.8714)(1 - 0.5 x 0.727)(1 - 0.5 x 0.42) = 0.9354
    assert exp.score == 94 and exp.tier == "critical"
    # Deleting the public post, then removing the work address (the docs' next lines).
    assert score_signals(signals[1:]).score == 57
    assert score_signals(signals[2:]).score == 50


def test_one_piece_of_evidence_counts_once_per_target() -> None:
    twice = [
        sig("1", "employer", 0.6, kind="mention"),
        sig("1", "employer", 0.6, kind="link_domain"),
    ]
    once = [sig("1", "employer", 0.6)]
    assert score_signals(twice).by_target == score_signals(once).by_target


def test_private_counts_less_than_public() -> None:
    public = score_signals([sig("1", "employer", 0.9)])
    private = score_signals([sig("1", "employer", 0.9, visibility="private")])
    assert private.score < public.score


def test_identity_alone_scores_low() -> None:
    exp = score_signals(
        [sig(None, "identity", 0.8, kind="cross_account", field="handle", target="instagram:jo")]
    )
    assert exp.by_target["identity"] == 80 and exp.score < 25


def linked_pair() -> list[Signal]:
    """A LinkedIn position naming the employer, and an X account whose website links it."""
    return [
        sig("p1", "employer", 0.95, platform="linkedin", account="jo-li"),
        sig(
            None,
            "identity",
            0.9,
            platform="x",
            account="quietwalker",
            kind="cross_account",
            field="website",
            target="linkedin:jo-li",
        ),
    ]


def test_linked_account_inherits_exposure() -> None:
    signals = linked_pair()
    exp = score_signals(signals)
    x = next(a for a in exp.by_account if a.platform == "x")
    assert x.own_score < 25
    assert x.by_target["employer"] == round(100 * 0.9 * 0.95)
    assert x.score > 50


def test_overall_weights() -> None:
    assert overall({"employer": 1.0}) == pytest.approx(1.0)
    assert overall({"identity": 1.0}) == pytest.approx(0.1)
    assert overall({"sector": 1.0, "role": 1.0}) == pytest.approx(1 - 0.5 * 0.6)


def test_exposure_to_dict() -> None:
    signals = linked_pair()
    exp = score_signals(signals)
    d = exp.to_dict()
    assert set(d) == {"score", "tier", "by_target", "model", "by_account"}
    assert (d["score"], d["tier"], d["model"]) == (exp.score, exp.tier, "noisy-or/1")
    assert d["by_target"] == exp.by_target and set(d["by_target"]) == {
        "employer",
        "sector",
        "role",
        "location",
        "identity",
        "personal",
    }
    x = next(a for a in d["by_account"] if a["platform"] == "x")
    assert x == {
        "platform": "x",
        "account": "quietwalker",
        "score": x["score"],
        "own_score": x["own_score"],
        "by_target": x["by_target"],
    }
    assert x["by_target"]["employer"] == round(100 * 0.9 * 0.95)
    assert x["own_score"] < 25 < x["score"]


def test_accounts_named_scanned_and_ordered() -> None:
    linkedin = sig("p1", "employer", 0.95, platform="linkedin", account="jo-li")
    to_linkedin = sig(
        None,
        "identity",
        0.9,
        account="quietwalker",
        kind="cross_account",
        field="website",
        target="linkedin:jo-li",
    )
    weaker = replace(to_linkedin, confidence=0.4, source=replace(to_linkedin.source, field="x"))
    to_elsewhere = sig(
        None,
        "identity",
        0.5,
        account="quietwalker",
        kind="cross_account",
        field="bio",
        target="instagram:someone_else",  # not scanned: no score of its own
    )
    accounts = [
        ("linkedin", "jo-li", "Jo Li"),
        ("x", "quietwalker", "QW"),
        ("mastodon", None, "Jo M"),
    ]
    exp = score_signals([linkedin, to_linkedin, weaker, to_elsewhere], accounts)
    # X's own identity: the two links' fields (0.9 and 0.4) and the bio's (0.5).
    x_identity = 1 - (1 - 0.9) * (1 - 0.4) * (1 - 0.5)
    x_own = round(100 * 0.1 * x_identity)
    # The strongest link (0.9) carries LinkedIn's employer (0.95) to X.
    x_employer = 0.9 * 0.95
    li_identity = 0.9  # the link counts both ways
    x_score = round(100 * (1 - (1 - x_employer) * (1 - 0.1 * x_identity)))
    li_score = round(100 * (1 - (1 - 0.95) * (1 - 0.1 * li_identity)))
    by = [(a.platform, a.account, a.score, a.own_score) for a in exp.by_account]
    assert by == [
        ("linkedin", "jo-li", li_score, 95),
        ("x", "quietwalker", x_score, x_own),
        ("mastodon", "Jo M", 0, 0),
    ]
    x = next(a for a in exp.by_account if a.platform == "x")
    assert x.by_target["employer"] == round(100 * x_employer)
    # The subject's unrounded figures, for the plan and for people checking the maths.
    probs = dict(exp.probabilities)
    assert list(probs) == ["employer", "sector", "role", "location", "identity", "personal"]
    assert probs["employer"] == pytest.approx(0.95)
    assert exp.mass == pytest.approx(-math.log(1 - overall(probs)))


def test_two_profile_fields_are_two_pieces_of_evidence() -> None:
    bio = sig(None, "employer", 0.5, field="bio")
    location = sig(None, "employer", 0.5, field="location")
    assert score_signals([bio, location]).by_target["employer"] == 75
    assert score_signals([bio]).by_target["employer"] == 50
