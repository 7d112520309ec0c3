"""Indexing text once: a fast pre-filter, then spaCy only for the texts that need it.

Tokenising every text with spaCy would cost about 100 µs a text; most texts in an
archive (a million tweets and likes) mention nothing of interest. So a batch of texts
is lower-cased and joined, one Aho-Corasick automaton over every term any detector
wants finds the candidates in a single pass (word boundaries checked on each hit), and
only those texts are tokenised by ``spacy.blank("en")``. Detectors share the result
(presidio's "NLP once" idea): each sees, per candidate text, the terms that hit and the
spaCy ``Doc``.

Emoji are compared after removing variation selectors, skin-tone modifiers and
zero-width joiners, on both sides.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick
import spacy

_INVISIBLE = {cp: None for cp in (0xFE0E, 0xFE0F, 0x200D, *range(0x1F3FB, 0x1F400))}
SEPARATOR = "\x00"


def normalise(text: str) -> str:
    """Lower-case; emoji without variation selectors, skin tones or joiners."""
    if text.isascii():
        return text.lower()
    return text.translate(_INVISIBLE).lower()


def strip_invisible(text: str) -> str:
    return text if text.isascii() else text.translate(_INVISIBLE)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class Hit:
    """A pre-filter hit: term key, and its span in the *normalised* text."""

    key: str
    start: int
    end: int


class Prefilter:
    """One Aho-Corasick automaton over every term, matched on word boundaries."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        self.size = 0
        for term in sorted({normalise(t) for t in terms if t.strip()}):
            self.automaton.add_word(
                term,
                (term, term[0].isalnum() or term[0] == "_", term[-1].isalnum() or term[-1] == "_"),
            )
            self.size += 1
        if self.size:
            self.automaton.make_automaton()

    def scan(self, normalised: Sequence[str]) -> list[list[Hit] | None]:
        """Hits per text (``None`` for a text with none), in one pass over the batch."""
        out: list[list[Hit] | None] = [None] * len(normalised)
        if not self.size or not normalised:
            return out
        big = SEPARATOR.join(normalised)
        starts: list[int] = []
        pos = 0
        for t in normalised:
            starts.append(pos)
            pos += len(t) + 1
        n = len(big)
        for end, (term, word_start, word_end) in self.automaton.iter(big):
            start = end - len(term) + 1
            if word_start and start > 0 and _is_word(big[start - 1]):
                continue
            if word_end and end + 1 < n and _is_word(big[end + 1]):
                continue
            i = bisect.bisect_right(starts, start) - 1
            base = starts[i]
            hits = out[i]
            if hits is None:
                hits = out[i] = []
            hits.append(Hit(term, start - base, end + 1 - base))
        return out


class TextUnit:
    """One text of one record: what text detectors look at.

    ``hits`` are the pre-filter's hits (on the normalised text); ``doc`` is the spaCy
    ``Doc`` of the original text, made on first use and shared by every detector.
    """

    __slots__ = ("_doc", "engine", "field", "hits", "item", "normalised", "origin", "text")

    def __init__(self, text: str, item: Any, field: str) -> None:
        self.text = text
        self.item = item
        self.field = field
        self.normalised = ""
        self.hits: list[Hit] = []
        self.origin = ""
        self.engine: NlpEngine | None = None
        self._doc: Any = None

    @property
    def doc(self) -> Any:
        if self._doc is None:
            engine = self.engine or NlpEngine()
            self._doc = engine.make_doc(strip_invisible(self.text))
        return self._doc

    def terms(self) -> set[str]:
        return {h.key for h in self.hits}


class NlpEngine:
    """spaCy, blank English: the tokenizer and matchers, no statistical model."""

    def __init__(self, lang: str = "en") -> None:
        self.nlp = spacy.blank(lang)

    @property
    def vocab(self) -> Any:
        return self.nlp.vocab

    def make_doc(self, text: str) -> Any:
        return self.nlp.make_doc(text)

    def docs(self, texts: Sequence[str]) -> list[Any]:
        return list(self.nlp.pipe(texts, batch_size=256))


URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
EMAIL_RE = re.compile(r"\b[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.IGNORECASE)
