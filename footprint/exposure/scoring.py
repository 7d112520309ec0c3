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

The sums are done in **log space**: each piece of evidence adds its *mass*
``-log(1 - p)`` (``p`` held below 1, :data:`P_MAX`), a target's mass is the sum, and
``P = 1 - exp(-mass)``. In plain floating point ``1 - product(1 - p)`` reaches exactly
1.0 after a few dozen strong pieces of evidence, and then removing any one of them
changes nothing: the plan for the most exposed people would be empty. The mass keeps
counting every piece, so the plan can still tell what each step removes. Masses are
added with ``math.fsum`` (correctly rounded, whatever the order), so a score computed
afresh and one kept up to date by the plan agree to the last bit.

Tiers (CONTRACT.md): low < 25 <= medium < 50 <= high < 75 <= critical.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from footprint.exposure.graph import AccountIndex, account_node, weight
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
# No single piece of evidence makes a target certain: a confidence of 1.0 on a public
# item still leaves a little doubt, and its mass stays finite (-log(1e-4) = 9.2).
P_MAX = 0.9999

EvidenceKey = tuple[str, str, str]  # (platform, account or "?", item or "field:<field>")


def tier(score: int) -> str:
    if score < 25:
        return "low"
    if score < 50:
        return "medium"
    if score < 75:
        return "high"
    return "critical"


def mass(p: float) -> float:
    """The evidence mass of one probability: ``-log(1 - p)``, with ``p`` in [0, P_MAX]."""
    return -math.log1p(-min(max(p, 0.0), P_MAX))


def probability(m: float) -> float:
    """The probability a mass stands for: ``1 - exp(-m)``."""
    return -math.expm1(-m)


def combine(probabilities: Iterable[float]) -> float:
    """Noisy-OR: the chance at least one of independent pieces of evidence gives it away.

    In probability space, for people and tests; the score itself adds masses.
    """
    miss = 1.0
    for p in probabilities:
        miss *= 1.0 - min(max(p, 0.0), 1.0)
    return 1.0 - miss


def weighted_mass(target: str, m: float) -> float:
    """The mass target ``target`` adds to the overall score: ``-log(1 - w x P)``.

    With the weight 1.0 (employer) that is ``m`` itself, however large; with a smaller
    weight it is bounded by ``-log(1 - w)``.
    """
    w = WEIGHTS.get(target, 0.0)
    if w >= 1.0:
        return m
    return -math.log((1.0 - w) + w * math.exp(-m))


def overall_mass(masses: Mapping[str, float]) -> float:
    return math.fsum(weighted_mass(t, masses.get(t, 0.0)) for t in TARGETS)


def overall(by_target: Mapping[str, float]) -> float:
    """The overall probability from per-target probabilities (step 4)."""
    return combine(WEIGHTS[t] * by_target.get(t, 0.0) for t in TARGETS)


def percent(p: float) -> int:
    return round(100 * p)


def evidence_key(signal: Signal) -> EvidenceKey:
    where = signal.source.item if signal.source.item is not None else "field:" + signal.source.field
    return (signal.platform, signal.account or "?", where)


class Ledger:
    """The evidence of one person, kept as masses, and changed as a plan's steps apply.

    Per piece of evidence it holds each signal's ``p`` (by target kind) and the mass of
    the strongest; per target kind, the sum. :meth:`delta` says what removing or hiding
    some signals would change without changing anything, :meth:`apply` does it; both
    touch only the evidence those signals are on.
    """

    def __init__(self, signals: Iterable[Signal]) -> None:
        self.where: dict[str, tuple[EvidenceKey, str]] = {}  # signal id -> (evidence, target)
        self.p: dict[str, float] = {}  # signal id -> p
        # evidence -> target -> signal id -> p
        self.on: dict[EvidenceKey, dict[str, dict[str, float]]] = {}
        self.mass: dict[EvidenceKey, dict[str, float]] = {}  # evidence -> target -> mass
        for s in signals:
            key = evidence_key(s)
            p = weight(s)
            old = self.where.get(s.id)
            if old is not None and self.p[s.id] >= p:
                continue  # merged signals share an id: the stronger counts
            self.where[s.id] = (key, s.reveals)
            self.p[s.id] = p
            self.on.setdefault(key, {}).setdefault(s.reveals, {})[s.id] = p
        # Per target kind: the exact sum of the masses as Shewchuk partials (what
        # math.fsum keeps), so that a step changes it exactly in a few operations, and
        # how many pieces of evidence count.
        self._partials: dict[str, list[float]] = {t: [] for t in TARGETS}
        self.count: dict[str, int] = dict.fromkeys(TARGETS, 0)
        for key, by_target in self.on.items():
            self.mass[key] = {}
            for t, ps in by_target.items():
                m = mass(max(ps.values()))
                self.mass[key][t] = m
                self._add(t, m)
                self.count[t] = self.count.get(t, 0) + (m > 0.0)

    def _add(self, target: str, x: float) -> None:
        """Add ``x`` to the target's partials without rounding (Shewchuk's grow-expansion,
        as in math.fsum)."""
        partials = self._partials.setdefault(target, [])
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo:
                partials[i] = lo
                i += 1
            x = hi
        partials[i:] = [x]

    def __contains__(self, signal_id: object) -> bool:
        return signal_id in self.where

    def masses(self) -> dict[str, float]:
        """Per target kind, the sum of the evidence masses (exactly rounded, whatever
        the order they were added and taken away in)."""
        return {t: math.fsum(self._partials.get(t, ())) for t in TARGETS}

    def _after(self, changes: Mapping[str, float | None]) -> dict[tuple[EvidenceKey, str], float]:
        """The new mass of each (evidence, target) that ``changes`` (id -> new p, or None
        to remove) would touch."""
        touched: dict[tuple[EvidenceKey, str], None] = {}
        for sid in changes:
            if sid in self.where:
                touched[self.where[sid]] = None
        out = {}
        for key, t in touched:
            best = 0.0
            for sid, p in self.on[key][t].items():
                if sid in changes:
                    new = changes[sid]
                    if new is None:
                        continue
                    p = new
                best = max(best, p)
            out[(key, t)] = mass(best) if best > 0.0 else 0.0
        return out

    def delta(self, changes: Mapping[str, float | None]) -> dict[str, float]:
        """Per target kind, how the mass would change (negative: less exposed)."""
        out: dict[str, float] = defaultdict(float)
        for (key, t), m in self._after(changes).items():
            out[t] += m - self.mass[key][t]
        return dict(out)

    def apply(self, changes: Mapping[str, float | None]) -> None:
        for (key, t), m in self._after(changes).items():
            old = self.mass[key][t]
            if m != old:
                self._add(t, m)
                self._add(t, -old)
                self.count[t] += (m > 0.0) - (old > 0.0)
            self.mass[key][t] = m
        for sid, new in changes.items():
            if sid not in self.where:
                continue
            key, t = self.where[sid]
            if new is None:
                del self.where[sid], self.p[sid], self.on[key][t][sid]
            else:
                self.p[sid] = new
                self.on[key][t][sid] = new

    def evidence_of(self, signal_id: str) -> EvidenceKey | None:
        found = self.where.get(signal_id)
        return found[0] if found is not None else None


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
    probabilities: tuple[tuple[str, float], ...] = ()  # unrounded, per target kind
    mass: float = 0.0  # the overall mass: -log(1 - score/100), unrounded and unbounded

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "tier": self.tier,
            "by_target": self.by_target,
            "model": MODEL,
            "by_account": [a.to_dict() for a in self.by_account],
        }


def score_of(masses: Mapping[str, float]) -> tuple[int, float]:
    """The overall score (0-100) and the overall mass, from per-target masses."""
    total = overall_mass(masses)
    return percent(probability(total)), total


def score_signals(
    signals: Iterable[Signal], accounts: Iterable[tuple[str, str | None, str | None]] = ()
) -> Exposure:
    """Score ``signals``: the person's exposure, and each account's.

    ``accounts`` are the subject's accounts as (platform, handle, display name).
    """
    sigs = list(signals)
    ledger = Ledger(sigs)
    subject = ledger.masses()
    score, total = score_of(subject)

    index = AccountIndex()
    for platform, handle, name in accounts:
        index.add(platform, handle, name)
    for s in sigs:
        index.add(s.platform, s.account)
    # Each account's own evidence.
    per_account: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for (platform, account, _), by_target in ledger.mass.items():
        node = account_node(platform, None if account == "?" else account)
        for t, m in by_target.items():
            per_account[node][t].append(m)
    own = {
        node: {t: math.fsum(per_account[node].get(t, ())) for t in TARGETS}
        for node in index.nodes
    }
    # Links between accounts, the strongest p per pair, both ways.
    links: dict[str, dict[str, float]] = defaultdict(dict)
    for s in sigs:
        if s.reveals != "identity":
            continue
        here = account_node(s.platform, s.account)
        other = index.linked(s)
        if other is None or other == here:
            continue
        p = weight(s)
        for a, b in ((here, other), (other, here)):
            if p > links[a].get(b, 0.0):
                links[a][b] = p
    out = []
    for node, data in index.nodes.items():
        if not data.get("scanned", True):
            continue
        mine = own.get(node, {})
        # The account's own evidence and, as further independent chances, each link
        # times what the linked account reveals on its own.
        flowed = {
            t: math.fsum(
                [
                    mine.get(t, 0.0),
                    *(
                        mass(p * probability(own.get(b, {}).get(t, 0.0)))
                        for b, p in sorted(links.get(node, {}).items())
                    ),
                ]
            )
            for t in TARGETS
        }
        out.append(
            AccountExposure(
                platform=data.get("platform", ""),
                account=data.get("handle") or data.get("name") or "?",
                score=score_of(flowed)[0],
                by_target={t: percent(probability(flowed[t])) for t in TARGETS},
                own_score=score_of(mine)[0],
            )
        )
    out.sort(key=lambda a: (-a.score, a.platform, a.account))
    return Exposure(
        score=score,
        tier=tier(score),
        by_target={t: percent(probability(subject[t])) for t in TARGETS},
        by_account=tuple(out),
        probabilities=tuple((t, probability(subject[t])) for t in TARGETS),
        mass=total,
    )
