"""Who the person is connected to: colleagues, and the organisation's official accounts.

The guidance is blunt: a friends list full of colleagues tells an employer even when
every post is locked down. Names of third parties are never copied into a report:
evidence gives counts.

- **Colleague share** (LinkedIn): connections whose company is the organisation, as
  a share of all connections ("37 of 120 LinkedIn connections work at South Wales
  Police"), one signal for the whole list. Two or more colleagues count; confidence
  rises with the number and the share (0.4 for two, up to 0.95).
- **Colleagues among friends**: Facebook friends (and other platforms' contacts) whose
  names match LinkedIn connections who work at the organisation. Names are matched
  whole and case-insensitively, so a common name can collide: the confidence says so.
- **Following official accounts**: an X account id, a handle on Instagram, Mastodon,
  TikTok or Bluesky, or a Facebook page named in the profile's ``account_ids``,
  ``handles`` or aliases (0.5 each: the people a force serves follow it too).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.groups import NameMatcher
from footprint.detectors.nlp import normalise
from footprint.model import Connection, Ref
from footprint.registry import detectors
from footprint.signals import Signal


def _person_key(name: str | None) -> str | None:
    if not name:
        return None
    parts = normalise(name).split()
    return " ".join(parts) if len(parts) >= 2 else None


@detectors.register("connections")
class ConnectionDetector(Detector):
    name = "connections"
    item_types = (Connection,)

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.names = NameMatcher(self.profile)
        self.ids: dict[tuple[str, str], Any] = {}
        if self.profile is not None:
            for t in self.profile.of("account_id", "handle"):
                self.ids[(t.platform or "", normalise(t.value))] = t
        # Per origin: all connections, and those at the organisation (by term reveals).
        self.totals: Counter[str] = Counter()
        self.matched: dict[str, Counter[str]] = defaultdict(Counter)
        self.first_ref: dict[str, Ref] = {}
        self.colleague_names: set[str] = set()
        self.friend_names: dict[str, set[str]] = defaultdict(set)
        self.friend_ref: dict[str, Ref] = {}

    def on_item(self, item: Any, origin: str) -> Iterator[Signal]:
        if not isinstance(item, Connection) or self.profile is None:
            return
        if item.relation == "connection":
            self.totals[origin] += 1
            self.first_ref.setdefault(origin, item.ref)
            if item.company:
                found = self.names.match(item.company)
                if found is not None:
                    self.matched[origin][found[0].reveals] += 1
                    key = _person_key(item.name)
                    if key:
                        self.colleague_names.add(key)
        elif item.relation in ("friend", "follower") and item.ref.platform != "linkedin":
            key = _person_key(item.name)
            if key and item.relation == "friend":
                self.friend_names[origin].add(key)
                self.friend_ref.setdefault(origin, item.ref)
        if item.relation == "following":
            yield from self._official(item, origin)

    def _official(self, item: Connection, origin: str) -> Iterator[Signal]:
        plat = item.ref.platform
        term = None
        for value in (item.account_id, item.handle):
            if value:
                term = self.ids.get((plat, normalise(value).lstrip("@")))
                if term is None and "@" in value.lstrip("@"):  # Mastodon user@host
                    term = self.ids.get((plat, normalise(value).lstrip("@").split("@")[0]))
                if term is not None:
                    break
        why = None
        if term is not None:
            why = f"follows {term.value!r}, an official account of {term.origin}"
        elif item.name and self.profile is not None:
            found = self.names.match(item.name)
            if found is not None:
                term, why = (
                    found[0],
                    "follows a page or account named like the organisation: " + found[1],
                )
        if term is None or why is None:
            return
        yield self.signal(
            ref=item.ref,
            field="following",
            kind="follows_official",
            reveals=term.reveals,
            matched=term.value,
            why=why,
            evidence=f"follows {item.handle or item.name or item.account_id}"[:120],
            confidence=0.5,
            origin=origin,
            target=self.profile.name
            if term.reveals == "employer" and self.profile
            else (self.profile.sector_name if self.profile else None),
        )

    def finish(self) -> Iterator[Signal]:
        if self.profile is None:
            return
        for origin, by_reveals in self.matched.items():
            total = self.totals[origin]
            for reveals, n in by_reveals.items():
                if n < 2:
                    continue
                share = n / max(total, 1)
                conf = min(0.95, 0.3 + 0.05 * min(n, 10) + share)
                who = (
                    self.profile.name
                    if reveals == "employer"
                    else (self.profile.sector_name or "the sector")
                )
                ref = self.first_ref[origin]
                yield self.signal(
                    ref=Ref(ref.platform, ref.file, None, "connections", ref.visibility),
                    kind="colleague_share",
                    reveals=reveals,
                    matched=f"{n} of {total}",
                    why=f"{n} of {total} connections ({share:.0%}) list {who} as their company",
                    evidence=f"{n} of {total} LinkedIn connections work at {who}",
                    confidence=conf,
                    origin=origin,
                    target=who,
                )
        if len(self.colleague_names) < 2:
            return
        for origin, friends in self.friend_names.items():
            both = friends & self.colleague_names
            if len(both) < 2:
                continue
            ref = self.friend_ref[origin]
            conf = min(0.9, 0.35 + 0.08 * len(both))
            yield self.signal(
                ref=Ref(ref.platform, ref.file, None, "friends", ref.visibility),
                kind="colleague_share",
                reveals="employer",
                matched=f"{len(both)} of {len(friends)}",
                why=(
                    f"{len(both)} of {len(friends)} friends share a name with a LinkedIn "
                    f"connection at {self.profile.name} (names can collide)"
                ),
                evidence=(
                    f"{len(both)} of {len(friends)} friends are colleagues at {self.profile.name}"
                ),
                confidence=conf,
                origin=origin,
                target=self.profile.name,
            )
