"""Signals of made-up people, as the detectors would report them, in any number: the
plan and the score must hold for someone with thousands (benchmarks/bench_plan.py uses
them too)."""

from __future__ import annotations

import random

from footprint.model import Ref
from footprint.signals import Signal

ORG = "South Wales Police"
GROUPS = [f"{ORG} {what}" for what in ("Federation Members", "Retired", "Rugby", "Specials")]
GROUPS += [f"Thin Blue Line {place}" for place in ("UK", "Wales", "Cymru", "Cardiff", "Swansea")]


def signal(
    platform: str,
    item: str | None,
    reveals: str = "employer",
    confidence: float = 0.85,
    visibility: str = "public",
    kind: str = "mention",
    item_kind: str | None = "post",
    field: str = "text",
    target: str | None = ORG,
    account: str = "jo",
    date: str | None = None,
) -> Signal:
    return Signal(
        kind=kind,
        reveals=reveals,
        platform=platform,
        visibility=visibility,
        source=Ref(platform, "data", item, field, visibility, date),  # type: ignore[arg-type]
        matched=ORG if reveals == "employer" else "term",
        why="test",
        evidence=f"evidence {item or field}",
        confidence=confidence,
        rule="test",
        account=account,
        target=target,
        item_kind=item_kind,
    )


def tweets_and_shares(tweets: int, shares: int, confidence: float = 0.85) -> list[Signal]:
    """Public X posts and LinkedIn shares naming the force (the issue's first shape)."""
    out = [signal("x", str(10**17 + i), confidence=confidence) for i in range(tweets)]
    out += [
        signal(
            "linkedin",
            f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{7 * 10**18 + i}",
            confidence=confidence,
            item_kind="share",
            account="Jo Bloggs",
        )
        for i in range(shares)
    ]
    return out


def person(n: int, seed: int = 0) -> list[Signal]:
    """About ``n`` signals of one person on three platforms, of every kind the plan
    groups differently: posts by what they reveal, likes, groups, positions, profile
    fields, places, connection lists."""
    rng = random.Random(seed)
    out: list[Signal] = []
    reveals = ["employer", "sector", "role", "location", "personal", "identity"]
    visibility = ["public", "public", "public", "unknown", "connections", "private"]
    for i in range(n):
        pick = rng.random()
        platform = rng.choice(["x", "facebook", "linkedin"])
        conf = round(rng.uniform(0.3, 0.95), 2)
        vis = rng.choice(visibility)
        r = rng.choice(reveals)
        date = f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:00:00Z"
        if pick < 0.55:  # a post
            target = ORG if r == "employer" else None if r == "identity" else f"{r} term"
            if r == "identity":
                target = "linkedin:jo-bloggs"
            out.append(signal(platform, f"{i}", r, conf, vis, target=target, date=date))
        elif pick < 0.75:  # a like
            out.append(signal("x", f"{i}", r, conf, "private", item_kind="like", date=date))
        elif pick < 0.85:  # a group or page
            name = rng.choice(GROUPS)
            out.append(
                signal(
                    platform,
                    name,
                    rng.choice(["employer", "sector"]),
                    conf,
                    "unknown",
                    kind="group",
                    item_kind="group",
                )
            )
        elif pick < 0.9:  # a place in a post
            out.append(
                signal(
                    platform,
                    f"{i}",
                    "location",
                    conf,
                    vis,
                    kind="place",
                    date=date,
                    target="Cardiff Bay Police Station",
                )
            )
        elif pick < 0.95:  # a profile field
            field = rng.choice(["bio", "location", "headline", "website", "display_name"])
            out.append(signal(platform, None, r, conf, "public", item_kind="profile", field=field))
        else:  # a position, or a whole list
            if rng.random() < 0.5:
                out.append(
                    signal(
                        "linkedin",
                        f"{ORG}|{rng.randint(2000, 2024)}",
                        "employer",
                        0.95,
                        "unknown",
                        kind="position",
                        item_kind="position",
                    )
                )
            else:
                out.append(
                    signal(
                        platform,
                        None,
                        "employer",
                        conf,
                        "unknown",
                        kind="colleague_share",
                        item_kind="list",
                        field="connections",
                    )
                )
    return out
