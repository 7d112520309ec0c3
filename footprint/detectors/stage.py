"""The detection stage: records in, signals out, streamed in batches.

Records arrive one at a time from the parsers. Each record's texts become
:class:`~footprint.detectors.nlp.TextUnit` objects in a batch; when the batch is full the shared
pre-filter runs once over all of it and each text with hits goes to the detectors that
asked for those terms. Records of the types a detector lists go to its ``on_item``.
Only signals are kept: a million-post archive passes through in bounded memory.

A detector that raises becomes a reported problem (``--debug`` re-raises); the other
detectors go on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.nlp import Prefilter, TextUnit, normalise
from footprint.model import (
    Account,
    Connection,
    Education,
    Event,
    Group,
    ImageFile,
    Media,
    Place,
    Position,
    Post,
    ProfileField,
)
from footprint.platforms import info
from footprint.platforms.base import STRUCTURED_FIELDS
from footprint.signals import Signal


def texts_of(item: Any) -> Iterable[tuple[str, str]]:
    """(text, field) pairs of a record that detectors read as text.

    A profile field is text unless its platform says its values are data
    (``Platform.structured_fields``: e-mail addresses, birthdays...), so that a field a
    parser adds is read, never silently passed over.
    """
    if isinstance(item, Post):
        if item.text:
            yield item.text, "text"
        for m in item.media:
            if m.caption:
                yield m.caption, "media"
    elif isinstance(item, ProfileField):
        if item.value and item.field not in _structured(item.ref.platform):
            value = item.value
            if item.field in ("handle", "previous_handle", "twitter_handle"):
                value = _split_handle(value)
            yield value, item.field
    elif isinstance(item, Media):
        if item.caption:
            yield item.caption, "media"
    elif isinstance(item, Event):
        yield item.name, "event"
        if item.description:
            yield item.description, "event"
    elif isinstance(item, Position) and item.description:
        yield item.description, "position"


def _structured(platform: str) -> frozenset[str]:
    cls = info(platform)
    return cls.structured_fields if cls is not None else STRUCTURED_FIELDS


def _finisher(det: Detector) -> Callable[[Any], Iterable[Signal]]:
    return lambda _: det.finish()


def item_kind(item: Any) -> str:
    """What a record is, for planning: post, reply, like, profile, group, list (a whole
    list such as the connections), ..."""
    if item is None:
        return "list"
    if isinstance(item, Post):
        return item.kind
    if isinstance(item, Group):
        return item.kind
    if isinstance(item, Place):
        return "place"
    return _KIND_NAMES.get(type(item), type(item).__name__.lower())


_KIND_NAMES: dict[type, str] = {
    ProfileField: "profile",
    Connection: "connection",
    Position: "position",
    Education: "education",
    Media: "media",
    Event: "event",
    Account: "profile",
    ImageFile: "image",
}


def _split_handle(handle: str) -> str:
    """``PC_Jones.SWP`` -> ``PC Jones SWP``: handles hide words behind separators."""
    return handle.lstrip("@").replace("_", " ").replace(".", " ").replace("-", " ")


class DetectionStage:
    def __init__(
        self, detectors: list[Detector], env: DetectEnv, batch_size: int = 4096, debug: bool = False
    ) -> None:
        self.detectors = detectors
        self.env = env
        self.batch_size = batch_size
        self.debug = debug
        self.signals: list[Signal] = []
        self.problems: list[str] = []
        self._failed: set[str] = set()
        self.by_term: dict[str, list[Detector]] = defaultdict(list)
        for det in detectors:
            for term in det.terms():
                key = normalise(term)
                if det not in self.by_term[key]:
                    self.by_term[key].append(det)
        self.prefilter = Prefilter(self.by_term)
        self.by_type: dict[type, list[Detector]] = defaultdict(list)
        for det in detectors:
            for t in det.item_types:
                self.by_type[t].append(det)
        # Posts go to a detector's on_item only when an attribute it reads is set.
        self._post_detectors = [
            (det, det.post_fields or ("kind",)) for det in self.by_type.get(Post, ())
        ]
        self._buffer: list[tuple[TextUnit, str]] = []
        self.texts_seen = 0
        self.texts_candidates = 0

    def _run(
        self,
        det: Detector,
        call: Callable[..., Iterable[Signal]],
        arg: Any,
        item: Any = None,
        origin: str | None = None,
    ) -> None:
        """Run one detector method; whatever it raises, the scan goes on without it."""
        if det.name in self._failed:
            return
        try:
            produced = call(arg) if origin is None else call(arg, origin)
            for sig in produced:
                if sig.item_kind is None:
                    sig = replace(sig, item_kind=item_kind(item))
                self.signals.append(sig)
        except Exception as exc:
            if self.debug:
                raise
            self._failed.add(det.name)
            self.problems.append(
                f"detector {det.name}: {type(exc).__name__}: {exc}; its other signals are missing"
            )

    def feed(self, item: Any, origin: str) -> None:
        if type(item) is Post:
            for det, fields in self._post_detectors:
                for f in fields:
                    if getattr(item, f):
                        self._run(det, det.on_item, item, item, origin)
                        break
        else:
            for det in self.by_type.get(type(item), ()):
                self._run(det, det.on_item, item, item, origin)
        if not self.prefilter.size:
            return
        for text, field in texts_of(item):
            self._buffer.append((TextUnit(text, item, field), origin))
        if len(self._buffer) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        batch = self._buffer
        self._buffer = []
        if not batch:
            return
        self.texts_seen += len(batch)
        normalised = [normalise(u.text) for u, _ in batch]
        for (unit, origin), hits, norm in zip(
            batch, self.prefilter.scan(normalised), normalised, strict=True
        ):
            if not hits:
                continue
            self.texts_candidates += 1
            unit.hits = hits
            unit.normalised = norm
            unit.origin = origin
            unit.engine = self.env.nlp
            wanted: list[Detector] = []
            for hit in hits:
                for det in self.by_term.get(hit.key, ()):
                    if det not in wanted:
                        wanted.append(det)
            for det in wanted:
                self._run(det, det.on_text, unit, unit.item)

    def finish(self) -> list[Signal]:
        self.flush()
        for det in self.detectors:
            self._run(det, _finisher(det), None)
        return self.signals
