"""Signals: one piece of evidence that reveals something, and why.

A :class:`Signal` is what a detector reports. Its ``id`` depends only on (platform,
account, item or field, kind, reveals), as CONTRACT.md fixes, so the same evidence gets
the same id when a newer export is scanned; hits on the same tuple merge into one signal
with the highest confidence.

Confidence (how sure footprint is that the evidence means what it says) and severity
(how much it matters if it does: public evidence naming the employer is worse than a
private like hinting at the sector) are kept apart.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any

from footprint.model import Ref

REVEALS = ("employer", "sector", "role", "location", "identity", "personal")
EVIDENCE_MAX = 120
_WORD = re.compile(r"\S+")

_SEVERITY_BY_REVEALS = {
    "employer": 3,
    "identity": 2,  # matters through what the linked account reveals
    "location": 2,
    "role": 2,
    "sector": 2,
    "personal": 1,
}
_VISIBILITY_WEIGHT = {"public": 1.0, "unknown": 0.8, "connections": 0.6, "private": 0.3}


def excerpt(text: str, start: int = 0, end: int | None = None, width: int = EVIDENCE_MAX) -> str:
    """A short excerpt of ``text`` around ``[start, end)``, on one line.

    Reports show the person's own words, but never a whole post: ``width`` characters
    around the match (a match longer than that is shown whole, with 10 characters on
    each side), with an ellipsis where it was cut. Runs of whitespace become one space,
    and the span is followed exactly through that, so the match is always shown.
    """
    if end is None:
        end = start
    parts: list[str] = []
    pos = 0  # where the next word starts in the one-line text
    s: int | None = None
    e: int | None = None
    for m in _WORD.finditer(text):
        if parts:
            pos += 1
        a, b = m.span()
        if s is None and start < b:
            s = pos + max(0, start - a)
        if e is None and end <= b:
            e = pos + max(0, end - a)
        parts.append(m.group())
        pos += b - a
    flat = " ".join(parts)
    if len(flat) <= width:
        return flat
    s = len(flat) if s is None else s
    e = max(s, len(flat) if e is None else e)
    half = max((width - (e - s)) // 2, 10)
    lo = max(0, s - half)
    hi = min(len(flat), max(e + half, lo + width))
    lo = max(0, min(lo, hi - width))
    out = flat[lo:hi]
    return ("…" if lo > 0 else "") + out + ("…" if hi < len(flat) else "")


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence (CONTRACT.md section 2, ``signals[]``)."""

    kind: str
    reveals: str
    platform: str
    visibility: str
    source: Ref
    matched: str
    why: str
    evidence: str
    confidence: float
    rule: str  # the detector that found it
    account: str | None = None
    origin: str = ""  # which scanned path it came from ("" until the scan sets it)
    target: str | None = None  # what exactly is revealed: "South Wales Police", "Cardiff"
    item_kind: str | None = None  # what the evidence is: post, like, profile, group, list...
    # The id, hashed once: the plan and the reports ask for it many times per signal.
    _id: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        raw = "\x1f".join(self.identity_key).encode("utf-8")
        object.__setattr__(self, "_id", hashlib.sha256(raw).hexdigest()[:16])

    @property
    def identity_key(self) -> tuple[str, str, str, str, str]:
        where = self.source.item if self.source.item is not None else "field:" + self.source.field
        return (self.platform, self.account or "", where, self.kind, self.reveals)

    @property
    def id(self) -> str:
        """A hash of :attr:`identity_key` only (CONTRACT.md): stable across re-scans."""
        return self._id

    @property
    def severity(self) -> str:
        base = _SEVERITY_BY_REVEALS.get(self.reveals, 1)
        weight = _VISIBILITY_WEIGHT.get(self.visibility, 0.8)
        score = base * weight
        return "high" if score >= 2.4 else "medium" if score >= 1.2 else "low"

    def with_account(self, account: str | None, origin: str) -> Signal:
        return replace(self, account=account, origin=origin)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "reveals": self.reveals,
            "platform": self.platform,
            "account": self.account,
            "visibility": self.visibility,
            "source": self.source.source_dict(),
            "matched": self.matched,
            "why": self.why,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 2),
            "severity": self.severity,
            "rule": self.rule,
            "target": self.target,
            "item_kind": self.item_kind,
        }


def merge(signals: list[Signal]) -> list[Signal]:
    """One signal per identity, keeping the most confident hit; deterministic order."""
    best: dict[tuple[str, str, str, str, str], Signal] = {}
    for sig in signals:
        key = sig.identity_key
        old = best.get(key)
        if old is None or (sig.confidence, sig.why) > (old.confidence, old.why):
            best[key] = sig
    order = {r: i for i, r in enumerate(REVEALS)}
    return sorted(
        best.values(),
        key=lambda s: (
            order.get(s.reveals, 9),
            -round(s.confidence, 2),
            s.platform,
            s.source.date or "",
            s.id,
        ),
    )
