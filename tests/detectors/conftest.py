"""Run detectors over hand-made records, as the scan does (``footprint.testing``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from footprint import testing
from footprint.profiles import Profile, load_profile
from footprint.signals import Signal

PROFILE_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "profiles" / "northshire.toml"

post = testing.post
field = testing.profile_field


def run(
    items: Iterable[Any], profile: Profile | None, only: list[str] | None = None
) -> list[Signal]:
    """Signals of ``items`` (merged); any detector problem fails the test."""
    return testing.run_detectors(only, items, profile)


@pytest.fixture(scope="session")
def northshire() -> Profile:
    return load_profile(PROFILE_FILE)


@pytest.fixture
def detect(northshire: Profile) -> Callable[..., list[Signal]]:
    def go(
        *items: Any, profile: Profile | None = northshire, only: list[str] | None = None
    ) -> list[Signal]:
        return run(items, profile, only)

    return go
