"""What a detector is, and the helpers every detector shares.

A detector is a class in its own module under ``footprint/detectors/``, registered with
``@detectors.register("<name>")``. Its module docstring is its user documentation: what
it finds, why that matters, and how confidence is set.

A detector sees the model, never the export's files, in up to three ways:

``terms()``
    Strings (any case) it wants the shared pre-filter to find in text. Each text that
    contains one of them on word boundaries is handed to ``on_text`` with its hits and,
    on demand, its spaCy ``Doc`` (``unit.doc``).
``on_item(item, origin)``
    Called for the record types listed in ``item_types`` (connections, groups, places...).
``finish()``
    Called once at the end, for signals about a whole list ("37 of 120 connections").

A detector yields :class:`~footprint.signals.Signal` objects built with ``self.signal``.
Context words raise or lower a signal's confidence; they never create one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from footprint.detectors.nlp import NlpEngine, TextUnit
from footprint.model import Ref
from footprint.profiles import Profile, Term
from footprint.signals import Signal


@dataclass
class DetectEnv:
    """What detectors are built from: the profile (or none), the NLP engine, options."""

    profile: Profile | None
    nlp: NlpEngine
    options: dict[str, Any] = field(default_factory=dict)


class Detector:
    """Base class: override what you need."""

    name: ClassVar[str] = ""
    item_types: ClassVar[tuple[type, ...]] = ()
    # For Post records: on_item is called only when one of these attributes is set
    # (a million posts pass by; most have no links, places or media).
    post_fields: ClassVar[tuple[str, ...]] = ()

    def __init__(self, env: DetectEnv) -> None:
        self.env = env
        self.profile = env.profile

    def terms(self) -> Iterable[str]:
        return ()

    def on_text(self, unit: TextUnit) -> Iterable[Signal]:
        return ()

    def on_item(self, item: Any, origin: str) -> Iterable[Signal]:
        return ()

    def finish(self) -> Iterable[Signal]:
        return ()

    def target_of(self, term: Term) -> str | None:
        """What a profile term reveals, named for a signal's ``target``: the organisation
        that named it (the profile's own, or the member or part of it the term came from:
        "Merseyside Police" under ``uk-police``, HMCTS under ``moj``), the sector, or (for
        a job title) the role itself."""
        if self.profile is None:
            return None
        if term.reveals == "employer":
            return self.profile.org_names.get(term.origin, self.profile.name)
        if term.reveals == "sector":
            return self.profile.sector_name or term.origin
        return term.value

    def signal(
        self,
        *,
        ref: Ref,
        kind: str,
        reveals: str,
        matched: str,
        why: str,
        evidence: str,
        confidence: float,
        origin: str,
        field: str | None = None,
        target: str | None = None,
        item_kind: str | None = None,
    ) -> Signal:
        if field is not None and field != ref.field:
            ref = Ref(ref.platform, ref.file, ref.item, field, ref.visibility, ref.date, ref.url)
        return Signal(
            kind=kind,
            reveals=reveals,
            platform=ref.platform,
            visibility=ref.visibility,
            source=ref,
            matched=matched,
            why=why,
            evidence=evidence,
            confidence=max(0.05, min(1.0, confidence)),
            rule=self.name,
            origin=origin,
            target=target,
            item_kind=item_kind,
        )
