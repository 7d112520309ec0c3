"""Run detectors over hand-made records, as the scan does."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from footprint.detectors import DetectEnv, build_detectors
from footprint.detectors.nlp import NlpEngine
from footprint.detectors.stage import DetectionStage
from footprint.model import Post, ProfileField, Ref
from footprint.profiles import Profile, load_profile
from footprint.signals import Signal, merge

PROFILE_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "profiles" / "northshire.toml"
_NLP = NlpEngine()


def post(
    text: str,
    item: str = "1",
    kind: str = "post",
    platform: str = "x",
    visibility: str = "public",
    **kw: Any,
) -> Post:
    return Post(kind, text, Ref(platform, "data/tweets.js", item, "text", visibility), **kw)  # type: ignore[arg-type]


def field(name: str, value: str, platform: str = "x", visibility: str = "public") -> ProfileField:
    return ProfileField(name, value, Ref(platform, "data/profile.js", None, name, visibility))  # type: ignore[arg-type]


def run(
    items: Iterable[Any], profile: Profile | None, only: list[str] | None = None
) -> list[Signal]:
    env = DetectEnv(profile, _NLP)
    stage = DetectionStage(build_detectors(env, only), env, batch_size=7)
    for item in items:
        stage.feed(item, "export|" + item.ref.platform)
    return merge(stage.finish())


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
