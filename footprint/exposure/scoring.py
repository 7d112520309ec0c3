"""The exposure score: how likely each kind of thing is to be learned, and overall.

The model (``docs/scoring.md`` has a worked example):

1. Each signal counts with probability ``p = confidence x visibility weight``
   (public 1.0, unknown 0.7, connections-only 0.5, private 0.15: private items count
   only for what a platform or a breach could expose).
2. One piece of evidence (a post, a bio, a group, a connection list) counts once per
   kind of target: the strongest of its signals.
3. Pieces of evidence are treated as independent: for each target kind (employer,
   sector, role, location, identity, personal), ``P = 1 - product(1 - p)`` over them
   (noisy-OR). Ten weak hints add up; one strong one is enough.
4. The overall score is ``100 x (1 - product(1 - w x P))`` over target kinds, with
   weights for how much each matters to someone targeted for their employer: employer
   1.0, location 0.5, sector 0.5, role 0.4, personal 0.3, identity 0.1 (linking two
   accounts matters through what the other account reveals, which step 5 counts).
5. Per account, what a linked account reveals flows in: ``P_a = 1 - (1 - P_a_own) x
   product over linked b of (1 - link x P_b_own)``. A pseudonymous account that says
   nothing itself but links to a LinkedIn page naming the employer is scored as exposed.

Tiers (CONTRACT.md): low < 25 <= medium < 50 <= high < 75 <= critical.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from footprint.exposure.graph import build_graph
from footprint.signals import Signal

TARGETS = ("employer", "sector", "role", "location", "identity", "personal")
WEIGHTS = {
    "employer": 1.0,
    "location": 0.5,
    "sector": 0.5,
    "role": 0.4,
    "personal": 0.3,
    "identity": 0.1,
}
MODEL = "noisy-or/1"


def tier(score: int) -> str:
    if score < 25:
        return "low"
    if score < 50:
        return "medium"
    if score < 75:
        return "high"
    return "critical"


def combine(probabilities: Iterable[float]) -> float:
    """Noisy-OR: the chance at least one of independent pieces of evidence gives it away."""
    miss = 1.0
    for p in probabilities:
        miss *= 1.0 - min(max(p, 0.0), 1.0)
    return 1.0 - miss


def overall(by_target: dict[str, float]) -> float:
    return combine(WEIGHTS[t] * by_target.get(t, 0.0) for t in TARGETS)


@dataclass(frozen=True, slots=True)
class AccountExposure:
    platform: str
    account: str
    score: int
    by_target: dict[str, int]
    own_score: int  # before what linked accounts reveal flowed in

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "account": self.account,
            "score": self.score,
            "own_score": self.own_score,
            "by_target": self.by_target,
        }


@dataclass(frozen=True, slots=True)
class Exposure:
    score: int
    tier: str
    by_target: dict[str, int]
    by_account: tuple[AccountExposure, ...] = ()
    probabilities: tuple[tuple[str, float], ...] = ()  # unrounded, for planning

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "tier": self.tier,
            "by_target": self.by_target,
            "model": MODEL,
            "by_account": [a.to_dict() for a in self.by_account],
        }


def _pct(p: float) -> int:
    return round(100 * p)


def score_graph(g: nx.MultiDiGraph) -> Exposure:
    # Strongest p per (evidence node, target kind).
    per_evidence: dict[str, dict[str, float]] = defaultdict(dict)
    for u, v, data in g.edges(data=True):
        if data.get("kind") == "reveals":
            kind = g.nodes[v]["reveals"]
            best = per_evidence[u]
            if data["p"] > best.get(kind, 0.0):
                best[kind] = data["p"]
    # Subject: every piece of evidence of every account.
    subject = {t: combine(ev.get(t, 0.0) for ev in per_evidence.values()) for t in TARGETS}
    # Accounts: their own evidence, then what linked accounts reveal.
    own: dict[str, dict[str, float]] = {}
    for node, data in g.nodes(data=True):
        if data.get("kind") != "account":
            continue
        evs = [v for _, v, d in g.out_edges(node, data=True) if d.get("kind") == "posted"]
        own[node] = {t: combine(per_evidence.get(e, {}).get(t, 0.0) for e in evs) for t in TARGETS}
    accounts = []
    for node, probs in own.items():
        data = g.nodes[node]
        if not data.get("scanned", True):
            continue
        links = [
            (v, d["p"]) for _, v, d in g.out_edges(node, data=True) if d.get("kind") == "links"
        ]
        # The account's own evidence and, as further independent chances, each link
        # times what the linked account reveals.
        flowed = {
            t: combine([probs[t], *(p * own.get(v, {}).get(t, 0.0) for v, p in links)])
            for t in TARGETS
        }
        accounts.append(
            AccountExposure(
                platform=data.get("platform", ""),
                account=data.get("handle") or data.get("name") or "?",
                score=_pct(overall(flowed)),
                by_target={t: _pct(flowed[t]) for t in TARGETS},
                own_score=_pct(overall(probs)),
            )
        )
    accounts.sort(key=lambda a: (-a.score, a.platform, a.account))
    score = _pct(overall(subject))
    return Exposure(
        score=score,
        tier=tier(score),
        by_target={t: _pct(subject[t]) for t in TARGETS},
        by_account=tuple(accounts),
        probabilities=tuple((t, subject[t]) for t in TARGETS),
    )


def score_signals(
    signals: Iterable[Signal], accounts: Iterable[tuple[str, str | None, str | None]] = ()
) -> Exposure:
    """Build the graph of ``signals`` and score it."""
    return score_graph(build_graph(signals, accounts))
