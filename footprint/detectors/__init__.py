"""Detectors. Importing a module registers it; this list is the registration."""

from __future__ import annotations

from footprint.detectors import (  # noqa: F401  (the registration)
    connections,
    cross_account,
    domains,
    employment,
    groups,
    hashtags,
    images,
    mentions,
    personal,
    places,
    routines,
)
from footprint.detectors.base import DetectEnv, Detector
from footprint.registry import detectors


def build_detectors(env: DetectEnv, only: list[str] | None = None) -> list[Detector]:
    """One instance of each registered detector (or of those named in ``only``)."""
    found = detectors.get_all()
    names = sorted(found) if only is None else only
    missing = [n for n in names if n not in found]
    if missing:
        raise KeyError(f"unknown detector {missing[0]!r}; valid: {', '.join(sorted(found))}")
    return [found[n](env) for n in names]


__all__ = ["DetectEnv", "Detector", "build_detectors", "detectors"]
