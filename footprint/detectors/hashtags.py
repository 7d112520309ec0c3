"""Hashtags and emoji sequences that belong to the organisation or its sector.

``#thinblueline``, ``#OneTeamGov``, ``#GwasanaethSifil`` and the thin blue line emoji
🖤💙🖤 in a bio, a display name or a post. Hashtags are indexed and searchable
platform-wide, so one tag ties the account to the sector for anyone who searches it;
an emoji in a display name is shown beside every post.

- Hashtags match in any case, on the whole tag (``#thinblueline`` does not match
  ``#thinbluelinebrewery``). Ambiguous hashtags (``#TBL``) match only as written and
  only with work context or another of the profile's sector terms in the same text.
- Emoji match after normalising both sides: variation selectors, skin-tone modifiers
  and zero-width joiners removed, so 🖤💙🖤 matches with or without U+FE0F.
- TikTok's list of hashtags the person used counts too.
- Confidence: a hashtag 0.7 (0.8 in a display name or bio), an emoji sequence 0.65
  (0.75 in a display name or bio), an ambiguous hashtag with context 0.6; a liked
  post's tags count less (-0.25).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.context import WORK_CONTEXT, extra_context, source_adjustment
from footprint.detectors.nlp import TextUnit, normalise
from footprint.model import Group
from footprint.profiles import Term
from footprint.registry import detectors
from footprint.signals import Signal, excerpt

_SELF_FIELDS = ("display_name", "bio", "handle", "headline", "profile_field")


@detectors.register("hashtags")
class HashtagDetector(Detector):
    name = "hashtags"
    item_types = (Group,)

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.by_key: dict[str, list[Term]] = defaultdict(list)
        self.context = WORK_CONTEXT | extra_context(self.profile)
        if self.profile is not None:
            for term in self.profile.of("hashtag", "emoji"):
                self.by_key[normalise(term.value)].append(term)
        self.unambiguous_keys = {
            k for k, terms in self.by_key.items() if any(not t.ambiguous for t in terms)
        }

    def terms(self) -> Iterable[str]:
        return self.by_key.keys()

    def on_text(self, unit: TextUnit) -> Iterator[Signal]:
        keys = unit.terms()
        for hit in unit.hits:
            for term in self.by_key.get(hit.key, ()):
                conf = self._confidence(unit, term, hit.start, hit.end, keys)
                if conf is None:
                    continue
                confidence, why = conf
                yield self.signal(
                    ref=unit.item.ref,
                    field=("hashtag" if term.kind == "hashtag" else "text")
                    if unit.field == "text"
                    else unit.field,
                    kind="hashtag" if term.kind == "hashtag" else "emoji",
                    reveals=term.reveals,
                    matched=term.value,
                    why=why,
                    evidence=excerpt(unit.normalised and unit.text, hit.start, hit.end),
                    confidence=confidence,
                    origin=unit.origin,
                    target=self.target_of(term),
                )

    def _confidence(
        self, unit: TextUnit, term: Term, start: int, end: int, keys: set[str]
    ) -> tuple[float, str] | None:
        reasons: list[str] = []
        if term.ambiguous:
            # As written, case included: look at the original text at the hit.
            original = unit.text[start:end] if len(unit.text) == len(unit.normalised) else None
            if original is not None and original != term.value:
                return None
            others = sorted(k for k in keys & self.unambiguous_keys)
            words = {w.strip(".,!?:;()") for w in unit.normalised.split()}
            work = sorted(words & self.context) + sorted(
                p for p in self.context if " " in p and p in unit.normalised
            )
            if not others and not work:
                return None
            base = 0.6
            reasons.append(
                f"ambiguous hashtag {term.value!r} counted: "
                + (f"with {others[0]!r}" if others else f"work context {work[0]!r}")
            )
        else:
            base = 0.7 if term.kind == "hashtag" else 0.65
            reasons.append(f"{term.kind} {term.value!r} of {term.origin}")
            if unit.field in _SELF_FIELDS:
                base += 0.1
                reasons.append(f"+0.10 in the {unit.field}")
        adj, why = source_adjustment(unit)
        if unit.field not in _SELF_FIELDS and why:
            base += adj
            reasons.append(why)
        return base, "; ".join(reasons)

    def on_item(self, item: Any, origin: str) -> Iterator[Signal]:
        # TikTok's list of hashtags the person used: Group(kind="hashtag").
        if not isinstance(item, Group) or item.kind != "hashtag":
            return
        key = normalise("#" + item.name.lstrip("#"))
        for term in self.by_key.get(key, ()):
            if term.ambiguous:
                continue
            yield self.signal(
                ref=item.ref,
                kind="hashtag",
                reveals=term.reveals,
                matched=term.value,
                why=f"hashtag {term.value!r} of {term.origin} in the hashtags the person used",
                evidence="#" + item.name.lstrip("#"),
                confidence=0.65,
                origin=origin,
                target=self.target_of(term),
            )
