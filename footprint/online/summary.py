"""The report's ``online`` object: what was asked, of whom, and what came back.

``null`` in a report made without ``--online``. With it (docs/online.md describes
every key)::

    "online": {
      "requests": 7, "max_requests": 300, "from_cache": 0,
      "hosts": {"t.co": 1, "public.api.bsky.app": 3, ...},
      "resolved": {"short_links": {"asked": 1, "resolved": 1}, ...},
      "live": [{"platform": "bluesky", "account": "...", "field": "bio",
                "status": "changed", "export": "...", "now": "..."}],
      "cleaned": ["<signal id>", ...],
      "not_checked": ["x: ...", ...],
      "handles": null | {"checked": [...], "sites": 29, "found": [{"handle", "site", "url",
                 "status", "confidence", "why"}], "unknown": [...], "missing": 3, "skipped": []},
      "problems": ["t.co: DNS lookup failed (is the network down?) (1 look-up)", ...]
    }

Nothing here imports the network client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class LiveChange:
    """A difference between the export and the live public profile of the same account.

    ``status``: ``changed`` (the field differs), ``removed`` (in the export, not live),
    ``added`` (live, not in the export), ``new_posts`` (posts made after the export),
    ``unchanged``.
    """

    platform: str
    account: str | None
    field: str
    status: str
    export: str | None = None  # an excerpt of the export's value
    now: str | None = None  # an excerpt of the live value
    count: int | None = None  # for new_posts

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "platform": self.platform,
            "account": self.account,
            "field": self.field,
            "status": self.status,
            "export": self.export,
            "now": self.now,
        }
        if self.count is not None:
            out["count"] = self.count
        return out


@dataclass(frozen=True, slots=True)
class HandleMatch:
    """The person's handle on a site: ``exists`` (with a confidence that it is the same
    account holder), ``missing``, or ``unknown`` (the answer matched neither marker)."""

    handle: str
    site: str
    url: str
    status: str
    confidence: float
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "handle": self.handle,
            "site": self.site,
            "url": self.url,
            "status": self.status,
            "confidence": round(self.confidence, 2),
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class HandleReport:
    handles: tuple[str, ...]  # the person's own handles that were checked
    sites: int  # sites in the list used
    results: tuple[HandleMatch, ...]  # exists and unknown; missing ones are counted
    missing: int
    skipped: tuple[str, ...] = ()  # sites left out of the list, and why

    def to_dict(self) -> dict[str, Any]:
        return {
            "checked": list(self.handles),
            "sites": self.sites,
            "found": [r.to_dict() for r in self.results if r.status == "exists"],
            "unknown": [r.to_dict() for r in self.results if r.status == "unknown"],
            "missing": self.missing,
            "skipped": list(self.skipped),
        }


@dataclass(frozen=True, slots=True)
class OnlineSummary:
    requests: int
    max_requests: int
    hosts: dict[str, int]
    from_cache: int = 0
    resolved: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (asked, done)
    live: tuple[LiveChange, ...] = ()
    cleaned: tuple[str, ...] = ()
    not_checked: tuple[str, ...] = ()
    handles: HandleReport | None = None
    problems: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "max_requests": self.max_requests,
            "from_cache": self.from_cache,
            "hosts": dict(sorted(self.hosts.items())),
            "resolved": {k: {"asked": a, "resolved": d} for k, (a, d) in self.resolved.items()},
            "live": [c.to_dict() for c in self.live],
            "cleaned": list(self.cleaned),
            "not_checked": list(self.not_checked),
            "handles": self.handles.to_dict() if self.handles is not None else None,
            "problems": list(self.problems),
        }


__all__ = ["HandleMatch", "HandleReport", "LiveChange", "OnlineSummary"]
