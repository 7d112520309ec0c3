"""Signals: the id from CONTRACT.md's tuple only, merging keeps the most confident hit
in a deterministic order, excerpts stay short and around the match, severity apart from
confidence."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from footprint.model import Ref
from footprint.signals import EVIDENCE_MAX, Signal, excerpt, merge


def sig(**kw: object) -> Signal:
    base: dict[str, object] = dict(
        kind="mention",
        reveals="employer",
        platform="x",
        visibility="public",
        source=Ref("x", "data/tweets.js", "1", "text", "public", "2023-01-01T00:00:00Z"),
        matched="South Wales Police",
        why="alias",
        evidence="Proud to serve",
        confidence=0.8,
        rule="mentions",
        account="jo",
    )
    base.update(kw)
    return Signal(**base)  # type: ignore[arg-type]


def test_id_is_a_hash_of_the_contract_tuple_only() -> None:
    s = sig()
    raw = "\x1f".join(("x", "jo", "1", "mention", "employer")).encode("utf-8")
    assert s.id == hashlib.sha256(raw).hexdigest()[:16]
    # Not from the file, the date, the evidence, the confidence or the origin.
    other = replace(
        s,
        source=Ref("x", "twitter-2024/data/tweet.js", "1", "text", "public", None),
        evidence="changed",
        confidence=0.3,
        why="other",
        origin="elsewhere.zip|x",
    )
    assert other.id == s.id
    for changed in (
        replace(s, platform="mastodon"),
        replace(s, account="someone"),
        replace(s, account=None),
        replace(s, kind="hashtag"),
        replace(s, reveals="sector"),
        replace(s, source=Ref("x", "data/tweets.js", "2", "text")),
    ):
        assert changed.id != s.id


def test_a_profile_field_is_identified_by_its_field() -> None:
    bio = sig(source=Ref("x", "data/profile.js", None, "bio"))
    loc = sig(source=Ref("x", "data/profile.js", None, "location"))
    assert bio.identity_key == ("x", "jo", "field:bio", "mention", "employer")
    assert bio.id != loc.id
    assert sig(account=None).identity_key[1] == ""


def test_merge_keeps_the_most_confident_and_orders_deterministically() -> None:
    weak = sig(confidence=0.4, why="a")
    strong = sig(confidence=0.9, why="b")
    tie_a = sig(confidence=0.9, why="c")
    merged = merge([weak, strong])
    assert merged == [strong]
    assert merge([strong, weak]) == [strong]
    # On a tie of confidence the larger 'why' wins, whatever the order.
    assert merge([strong, tie_a]) == merge([tie_a, strong]) == [tie_a]
    sector = sig(reveals="sector", confidence=0.95)
    personal = sig(reveals="personal", source=Ref("x", "f", "9", "text"), confidence=0.99)
    later = sig(source=Ref("x", "f", "2", "text", "public", "2024-01-01T00:00:00Z"))
    other_platform = sig(platform="bluesky", source=Ref("bluesky", "f", "3", "text"))
    earlier = sig(source=Ref("x", "f", "5", "text", "public", "2022-01-01T00:00:00Z"))
    undated = sig(source=Ref("x", "f", "6", "text"))
    out = merge([personal, sector, later, weak, other_platform, earlier, undated])
    # What is revealed first (employer, sector, ... personal), then the most confident,
    # then by platform, date and id.
    assert out == [other_platform, undated, earlier, later, weak, sector, personal]
    unknown = sig(reveals="something-new", source=Ref("x", "f", "4", "text"))
    assert merge([unknown, personal])[-1] is unknown


@pytest.mark.parametrize(
    ("reveals", "visibility", "severity"),
    [
        ("employer", "public", "high"),  # 3 x 1.0
        ("employer", "unknown", "high"),  # 3 x 0.8 = 2.4
        ("employer", "connections", "medium"),  # 1.8
        ("employer", "private", "low"),  # 0.9
        ("location", "public", "medium"),  # 2.0
        ("location", "private", "low"),  # 0.6
        ("personal", "public", "low"),  # 1.0
        ("identity", "connections", "medium"),  # 1.2
        ("role", "unknown", "medium"),  # 1.6
        ("something", "public", "low"),
        ("employer", "odd", "high"),  # an unknown visibility counts as 0.8
        ("sector", "odd", "medium"),  # 2 x 0.8 = 1.6
    ],
)
def test_severity(reveals: str, visibility: str, severity: str) -> None:
    assert sig(reveals=reveals, visibility=visibility).severity == severity


def test_to_dict_is_the_contract_signal() -> None:
    s = sig(target="South Wales Police", item_kind="post", confidence=0.8449)
    d = s.to_dict()
    assert d == {
        "id": s.id,
        "kind": "mention",
        "reveals": "employer",
        "platform": "x",
        "account": "jo",
        "visibility": "public",
        "source": {
            "file": "data/tweets.js",
            "item": "1",
            "field": "text",
            "date": "2023-01-01T00:00:00Z",
            "url": None,
        },
        "matched": "South Wales Police",
        "why": "alias",
        "evidence": "Proud to serve",
        "confidence": 0.84,
        "severity": "high",
        "rule": "mentions",
        "target": "South Wales Police",
        "item_kind": "post",
    }
    assert s.with_account("joanne", "a.zip|x").account == "joanne"
    assert s.with_account("joanne", "a.zip|x").origin == "a.zip|x"


def test_excerpt_is_short_and_around_the_match() -> None:
    short = "Proud  to\nserve"
    assert excerpt(short) == "Proud to serve"
    text = ("word " * 40) + "South Wales Police" + (" more" * 40)
    start = text.index("South")
    out = excerpt(text, start, start + len("South Wales Police"))
    assert "South Wales Police" in out
    assert out.startswith("…") and out.endswith("…")
    assert len(out) <= EVIDENCE_MAX + 2
    head = excerpt(text, 0, 4)
    assert head.startswith("word") and head.endswith("…") and not head.startswith("…")
    tail = excerpt(text, len(text) - 4, len(text))
    assert tail.endswith("more") and tail.startswith("…")
    assert len(excerpt(text, width=30)) <= 31
    exact = "x" * EVIDENCE_MAX
    assert excerpt(exact) == exact
    assert excerpt("x" * (EVIDENCE_MAX + 1)).endswith("…")


def test_excerpt_window_is_exact() -> None:
    width = EVIDENCE_MAX
    flat = "a" * 200 + "MATCH" + "b" * 200
    # The match in the middle: as much on each side, `width` characters in all.
    assert excerpt(flat, 200, 205) == "…" + flat[143:263] + "…"
    # A match longer than the window: shown whole, with 10 characters on each side.
    assert excerpt(flat, 100, 210) == "…" + flat[90:220] + "…"
    # Near the end: the window moves back to stay `width` long.
    assert excerpt(flat, 400, 405) == "…" + flat[405 - width :]
    # One character cut at the start still shows the cut.
    short = "c" * 200
    assert excerpt(short, 58, 63) == "…" + short[1:121] + "…"
    assert excerpt(short, 57, 62) == short[0:120] + "…"


def test_excerpt_follows_the_match_across_collapsed_whitespace() -> None:
    text = "Proud" + " " * 400 + "of my job at South Wales Police" + " and more" * 40
    start = text.index("South")
    out = excerpt(text, start, start + len("South Wales Police"))
    assert "South Wales Police" in out and len(out) <= EVIDENCE_MAX + 2


def test_merge_orders_by_confidence_to_two_places() -> None:
    high = sig(platform="x", confidence=0.9, source=Ref("x", "f", "1", "text"))
    low = sig(platform="bluesky", confidence=0.6, source=Ref("bluesky", "f", "1", "text"))
    assert merge([low, high]) == [high, low]
    # 0.843 and 0.841 are both 0.84: the platform decides.
    a = sig(platform="x", confidence=0.843, source=Ref("x", "f", "1", "text"))
    b = sig(platform="bluesky", confidence=0.841, source=Ref("bluesky", "f", "1", "text"))
    assert merge([a, b]) == [b, a]


def test_merge_keeps_the_first_of_equal_hits() -> None:
    first = sig(evidence="first words")
    second = sig(evidence="second words")
    assert merge([first, second])[0].evidence == "first words"
