"""Membership of the organisation's or the sector's groups, pages, lists and companies.

A Facebook group ("South Wales Police Federation Members"), a followed page, a LinkedIn
company follow, an X list the person was added to ("SWP colleagues"), a subreddit they
moderate: the guidance warns that liked groups alone are enough to tell an employer.

- A name matches the profile's ``groups`` patterns in any case (``*`` is a wildcard
  over the whole name: ``Northshire Police*``), or contains one of its aliases or
  keywords on word boundaries, or one of its hashtags written as words ("Thin Blue
  Line UK" for ``#thinblueline``).
- Confidence: 0.8 for a group or list (0.9 as an admin or moderator), 0.6 for a
  followed page or company (following an organisation's page is common among the
  people it serves too). A profile-wide term inherited from a sector reveals the
  ``sector``.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from typing import Any

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.nlp import normalise
from footprint.model import Group
from footprint.profiles import Term
from footprint.registry import detectors
from footprint.signals import Signal

_BASE = {"group": 0.8, "list": 0.8, "subreddit": 0.6, "page": 0.6, "company": 0.6}
_ADMIN = ("admin", "administrator", "moderator", "owner")


def squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", normalise(text))


class NameMatcher:
    """Whether a group, page or company name belongs to the profile's organisation."""

    def __init__(self, profile: Any) -> None:
        self.patterns: list[tuple[str, Term]] = []
        self.words: list[tuple[re.Pattern[str], Term]] = []
        self.squashed: list[tuple[str, Term]] = []
        if profile is None:
            return
        self.profile = profile
        for t in profile.of("group"):
            self.patterns.append((normalise(t.value), t))
        for t in profile.of("alias", "keyword"):
            if not t.ambiguous:
                self.words.append(
                    (re.compile(r"(?<!\w)" + re.escape(normalise(t.value)) + r"(?!\w)"), t)
                )
        for t in profile.of("hashtag"):
            if not t.ambiguous and len(squash(t.value)) >= 6:
                self.squashed.append((squash(t.value), t))

    def match(self, name: str) -> tuple[Term, str] | None:
        norm = normalise(name).strip()
        for pattern, term in self.patterns:
            if fnmatch.fnmatchcase(norm, pattern):
                return term, f"group name pattern {term.value!r} of {term.origin}"
        for rx, term in self.words:
            if rx.search(norm):
                return term, f"{term.kind} {term.value!r} of {term.origin} in the name"
        flat = squash(name)
        for sq, term in self.squashed:
            if sq in flat:
                return term, f"hashtag {term.value!r} of {term.origin} written in the name"
        return None


@detectors.register("groups")
class GroupDetector(Detector):
    name = "groups"
    item_types = (Group,)

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.names = NameMatcher(self.profile)

    def on_item(self, item: Any, origin: str) -> Iterator[Signal]:
        if not isinstance(item, Group) or item.kind == "hashtag" or self.profile is None:
            return
        found = self.names.match(item.name)
        if found is None:
            return
        term, why = found
        conf = _BASE.get(item.kind, 0.6)
        role = (item.role or "").lower()
        if any(a in role for a in _ADMIN):
            conf += 0.1
            why += f"; +0.10 the person is {role}"
        kind_word = {"company": "company followed", "page": "page", "list": "list the person is on"}
        label = kind_word.get(item.kind, item.kind)
        yield self.signal(
            ref=item.ref,
            field="groups",
            kind="group",
            reveals=term.reveals,
            matched=item.name,
            why=f"{label}: {why}",
            evidence=f"{label}: {item.name}"[:120],
            confidence=conf,
            origin=origin,
            target=self.target_of(term),
        )
