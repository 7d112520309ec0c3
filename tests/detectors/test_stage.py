"""The detection stage: a detector that fails becomes a problem and the others go on;
--debug re-raises; signals merge by identity."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from footprint.detectors import DetectEnv, build_detectors
from footprint.detectors.base import Detector
from footprint.detectors.nlp import NlpEngine
from footprint.detectors.stage import DetectionStage
from footprint.model import Post
from footprint.signals import Signal
from tests.detectors.conftest import PROFILE_FILE, post


class Broken(Detector):
    name = "broken"
    item_types = (Post,)
    post_fields = ("kind",)

    def on_item(self, item: Any, origin: str) -> Iterable[Signal]:
        raise RuntimeError("boom")


def _stage(debug: bool = False) -> DetectionStage:
    from footprint.profiles import load_profile

    env = DetectEnv(load_profile(PROFILE_FILE), NlpEngine())
    return DetectionStage([Broken(env), *build_detectors(env, ["mentions"])], env, debug=debug)


def test_a_failing_detector_is_a_problem_and_the_rest_go_on() -> None:
    stage = _stage()
    stage.feed(post("Proud of Northshire Police", item="1"), "o")
    stage.feed(post("Northshire Police again", item="2"), "o")
    signals = stage.finish()
    assert [s.source.item for s in signals] == ["1", "2"]
    assert stage.problems == ["detector broken: RuntimeError: boom; its other signals are missing"]


def test_debug_reraises() -> None:
    stage = _stage(debug=True)
    with pytest.raises(RuntimeError, match="boom"):
        stage.feed(post("anything"), "o")


def test_every_signal_knows_what_its_evidence_is() -> None:
    stage = _stage()
    stage.feed(post("Northshire Police", kind="like"), "o")
    (sig,) = stage.finish()
    assert sig.item_kind == "like"
