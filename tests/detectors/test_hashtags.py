"""Hashtags and emoji: normalised, whole tags, ambiguous ones only in context."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from footprint.model import Group, Ref
from footprint.profiles import Profile
from footprint.signals import Signal
from footprint.testing import run_detectors
from tests.detectors.conftest import field, post

Detect = Callable[..., list[Signal]]


@pytest.mark.parametrize(
    ("text", "matched", "kind"),
    [
        ("Proud of the team #ThinBlueLine", "#thinblueline", "hashtag"),
        ("#northshirepolice open day", "#NorthshirePolice", "hashtag"),
        ("Dad, rugby, coffee 🖤💙🖤", "🖤💙🖤", "emoji"),
        ("with variation selectors 🖤\ufe0f💙\ufe0f🖤\ufe0f", "🖤💙🖤", "emoji"),
        ("Long night shift #TBL", "#TBL", "hashtag"),
        ("#TBL custody full again", "#TBL", "hashtag"),
    ],
)
def test_found(detect: Detect, text: str, matched: str, kind: str) -> None:
    sigs = detect(post(text), only=["hashtags"])
    assert [(s.matched, s.kind) for s in sigs] == [(matched, kind)]


def test_ambiguous_tag_counts_beside_a_sector_tag(northshire: Profile) -> None:
    raw = run_detectors(["hashtags"], [post("#TBL #thinblueline")], northshire, merged=False)
    assert {s.matched for s in raw} == {"#TBL", "#thinblueline"}  # before merging: both


@pytest.mark.parametrize(
    "text",
    [
        "#thinbluelinebrewery tasting tonight",  # a different, longer tag
        "#TBL to be laminated",  # ambiguous, no context
        "#tbl #rugby",  # ambiguous tags match only as written
        "the thin blue line of paint on the wall",  # words, not the tag
        "blue heart 💙 and black heart 🖤",  # not the sequence
        "🖤🖤💙",
    ],
)
def test_not_found(detect: Detect, text: str) -> None:
    assert detect(post(text), only=["hashtags"]) == []


def test_display_name_counts_more(detect: Detect) -> None:
    in_name = detect(field("display_name", "Gareth 🖤💙🖤"), only=["hashtags"])[0]
    in_post = detect(post("🖤💙🖤"), only=["hashtags"])[0]
    assert in_name.confidence > in_post.confidence
    assert in_name.reveals == "employer"  # the test profile names the emoji itself


def test_tiktok_hashtag_list(detect: Detect) -> None:
    g = Group("hashtag", "thinblueline", Ref("tiktok", "user_data.json", "thinblueline", "hashtag"))
    (sig,) = detect(g, only=["hashtags"])
    assert sig.kind == "hashtag" and sig.platform == "tiktok"
