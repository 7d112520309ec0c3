"""Mentions of the organisation, its aliases, keywords, job titles and official handles.

Looks at every text the person wrote or engaged with: bio, display name, handle,
headline, posts, replies, comments, shares, liked posts, media captions and events.

- An alias or keyword of the organisation ("South Wales Police", "Llywodraeth Cymru")
  reveals the **employer**; a term inherited from a sector profile ("Police
  Federation", "civil servant") reveals the **sector**; a job title ("Detective
  Constable") reveals the **role**. An official handle mentioned in a post
  ("@SWPolice") is weaker evidence: many people address their local force.
- Ambiguous terms ("Met", "PC", "WG", "Home Office") match only as written, case
  included, and only with work context within ten words ("shift", "colleagues", the
  profile's own ``context`` words). Without it they produce nothing. A match inside one
  of the profile's ``exclude`` phrases ("Met Office", "my home office") never counts.
- Confidence starts from the kind of term (alias 0.85, keyword 0.75, job title 0.75,
  handle 0.5, ambiguous 0.55) and moves with context: +0.2 work context for an
  ambiguous term, +0.05 in a bio or headline, +0.05 first person, -0.25 for someone
  else's post that was liked, -0.3 when it is about someone else ("my dad is a PC"),
  -0.3 negated, -0.15 in the past.

Remediation: edit the bio or headline; delete or hide the posts; remove the likes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.context import assess, extra_context, source_adjustment
from footprint.detectors.nlp import TextUnit, normalise
from footprint.profiles import Term
from footprint.registry import detectors
from footprint.signals import Signal, excerpt

_BASE = {"alias": 0.85, "keyword": 0.75, "job_title": 0.75, "handle": 0.5}
_KIND = {"alias": "mention", "keyword": "mention", "job_title": "job_title", "handle": "mention"}


@detectors.register("mentions")
class MentionDetector(Detector):
    name = "mentions"

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.by_key: dict[str, list[Term]] = defaultdict(list)
        self.lower = PhraseMatcher(env.nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(env.nlp.vocab, attr="ORTH")
        self.context = extra_context(self.profile)
        self.excludes: list[str] = []
        if self.profile is None:
            return
        self.excludes = [normalise(e) for e in self.profile.exclude]
        for term in self.profile.of("alias", "keyword", "job_title", "handle"):
            text = "@" + term.value if term.kind == "handle" else term.value
            key = normalise(text)
            self.by_key[key].append(term)
            matcher = self.exact if term.ambiguous else self.lower
            matcher.add(key, [env.nlp.make_doc(text)])

    def terms(self) -> Iterable[str]:
        return self.by_key.keys()

    def _excluded(self, unit: TextUnit, start: int, end: int) -> bool:
        """Whether [start, end) overlaps one of the profile's ``exclude`` phrases."""
        norm = unit.normalised
        for phrase in self.excludes:
            i = norm.find(phrase)
            while i >= 0:
                if i < end and start < i + len(phrase):
                    return True
                i = norm.find(phrase, i + 1)
        return False

    def on_text(self, unit: TextUnit) -> Iterator[Signal]:
        doc = unit.doc
        vocab = self.env.nlp.vocab
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.lower(doc) + self.exact(doc)
        ]
        # Overlapping terms: the longest wins ("Northshire Police Federation" over
        # "Northshire Police").
        for span in filter_spans(spans):
            key = vocab.strings[span.label]
            start, end = span.start, span.end
            if self._excluded(unit, span.start_char, span.end_char):
                continue
            for term in self.by_key.get(key, ()):
                if term.ambiguous and span.text != (
                    "@" + term.value if term.kind == "handle" else term.value
                ):
                    continue
                yield from self._signal(unit, term, start, end, span.start_char, span.end_char)

    def _signal(
        self, unit: TextUnit, term: Term, start: int, end: int, cstart: int, cend: int
    ) -> Iterator[Signal]:
        ctx = assess(unit.doc, start, end, self.context)
        reasons: list[str] = []
        if term.ambiguous:
            if not ctx.has_work_context:
                return
            confidence = 0.55 + 0.2
            reasons.append(f"ambiguous {term.kind} {term.value!r} counted: " + ctx.reasons[0])
        else:
            confidence = _BASE[term.kind]
            reasons.append(f"{term.kind.replace('_', ' ')} {term.value!r} of {term.origin}")
        confidence += ctx.delta
        reasons.extend(
            r for r in ctx.reasons if not r.startswith("work context") or not term.ambiguous
        )
        adj, why = source_adjustment(unit)
        confidence += adj
        if why:
            reasons.append(why)
        ref = unit.item.ref
        yield self.signal(
            ref=ref,
            field=unit.field,
            kind=_KIND[term.kind],
            reveals=term.reveals,
            matched=term.value,
            why="; ".join(reasons),
            evidence=excerpt(unit.text, cstart, cend),
            confidence=confidence,
            origin=unit.origin,
            target=self.target_of(term),
        )
