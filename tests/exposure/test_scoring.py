"""The exposure score: noisy-OR per target, the overall weighting, tiers, and flow
between linked accounts. The worked example is the one in docs/scoring.md."""

from __future__ import annotations

import pytest

from footprint.exposure.scoring import combine, overall, score_signals, tier
from footprint.model import Ref
from footprint.signals import Signal


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
    return Signal(
        kind=kind,
        reveals=reveals,
        platform=platform,
        visibility=visibility,
        source=Ref(platform, "f", item, field, visibility),  # type: ignore[arg-type]
        matched="m",
        why="w",
        evidence="e",
        confidence=confidence,
        rule="r",
        account=account,
        target=target or reveals,
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


def test_linked_account_inherits_exposure() -> None:
    signals = [
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
    exp = score_signals(signals)
    x = next(a for a in exp.by_account if a.platform == "x")
    assert x.own_score < 25
    assert x.by_target["employer"] == round(100 * 0.9 * 0.95)
    assert x.score > 50


def test_overall_weights() -> None:
    assert overall({"employer": 1.0}) == pytest.approx(1.0)
    assert overall({"identity": 1.0}) == pytest.approx(0.1)
    assert overall({"sector": 1.0, "role": 1.0}) == pytest.approx(1 - 0.5 * 0.6)
