"""Collar numbers: a job title followed by an officer's number ("PC 4172", "PCSO 1234").

A UK police officer's collar (shoulder) number is worn on the uniform and unique within
the force: with the title in front of it, it names the role and, for anyone who asks the
force, the person. It is often written in a bio ("PC 4172, views my own") or a sign-off.

- Stands on the profile's job titles (``job_titles`` and ``ambiguous_job_titles``): no
  profile, no signal. A title matches on word boundaries, in any case, except an
  ambiguous one ("PC", "DC"), which must be written as the profile writes it.
- The number is 3 to 5 digits after the title and a space, a ``#`` or both ("PC 4172",
  "PC #4172"). Written as one word ("PC4172") it is not found: the shared pre-filter
  finds titles as whole words. After an ambiguous title a number that could be a year
  (1950-2039) does not count ("my old PC 2010"), nor does a match inside one of the
  profile's ``exclude`` phrases ("PC World").
- Confidence 0.85, 0.9 in a bio or display name (a statement about the person, not a
  mention of someone else's number). It reveals ``role``.
- What removes it: edit the bio, or delete the posts listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.nlp import TextUnit
from footprint.profiles import Term
from footprint.signals import Signal, excerpt

_SELF_FIELDS = frozenset({"bio", "display_name", "headline"})
_NUMBER = r" ?#? ?(\d{3,5})(?!\d)"


class CollarNumbers(Detector):
    """A job title followed by a collar number."""

    # ``name`` comes from the entry point ("collar_numbers").

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.titles: list[tuple[Term, re.Pattern[str]]] = []
        self.exclude: list[str] = []
        if self.profile is not None:
            self.exclude = [e.lower() for e in self.profile.exclude]
            for term in self.profile.of("job_title"):
                flags = 0 if term.ambiguous else re.IGNORECASE
                pattern = re.compile(rf"(?<!\w){re.escape(term.value)}{_NUMBER}", flags)
                self.titles.append((term, pattern))

    def terms(self) -> Iterable[str]:
        # The shared pre-filter finds texts holding a title; the number is checked here.
        return [term.value for term, _ in self.titles]

    def on_text(self, unit: TextUnit) -> Iterator[Signal]:
        seen: set[int] = set()
        for term, pattern in self.titles:
            for m in pattern.finditer(unit.text):
                if m.start() in seen or self._ruled_out(term, m, unit.text):
                    continue
                seen.add(m.start())
                in_profile = unit.field in _SELF_FIELDS
                yield self.signal(
                    ref=unit.item.ref,
                    kind="job_title",
                    reveals=term.reveals,
                    matched=term.value,
                    why=(
                        f"job title {term.value!r} of {term.origin} followed by a collar "
                        f"number{' in the ' + unit.field if in_profile else ''}"
                    ),
                    evidence=excerpt(unit.text, m.start(), m.end()),
                    confidence=0.9 if in_profile else 0.85,
                    origin=unit.origin,
                    target=self.target_of(term),
                )

    def _ruled_out(self, term: Term, m: re.Match[str], text: str) -> bool:
        number = int(m.group(1))
        if term.ambiguous and len(m.group(1)) == 4 and 1950 <= number <= 2039:
            return True
        lowered = text.lower()
        for phrase in self.exclude:
            start = lowered.find(phrase)
            while start >= 0:
                if start < m.end() and m.start() < start + len(phrase):
                    return True
                start = lowered.find(phrase, start + 1)
        return False
