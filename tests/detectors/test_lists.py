"""Groups, connections, places, personal details and cross-account links."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from footprint.model import Account, Connection, Education, Group, Media, Place, Post, Ref
from footprint.signals import Signal
from tests.detectors.conftest import field, post

Detect = Callable[..., list[Signal]]


def group(name: str, kind: str = "group", role: str | None = None) -> Group:
    return Group(kind, name, Ref("facebook", "groups.json", name, "groups"), role=role)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Northshire Police Federation Members", "group"),
        ("Northshire Police", "page"),
        ("Thin Blue Line UK", "group"),  # the #thinblueline hashtag written as words
        ("Northshire Constabulary", "company"),
    ],
)
def test_groups_found(detect: Detect, name: str, kind: str) -> None:
    (sig,) = detect(group(name, kind), only=["groups"])
    assert sig.kind == "group" and sig.source.item == name


@pytest.mark.parametrize(
    "name", ["Northshire Allotment Society", "Blue Line Rail Enthusiasts", "Police Academy fans"]
)
def test_groups_not_found(detect: Detect, name: str) -> None:
    assert detect(group(name), only=["groups"]) == []


def test_group_admin_counts_more(detect: Detect) -> None:
    member = detect(group("Northshire Police Social"), only=["groups"])[0]
    admin = detect(group("Northshire Police Social", role="admin"), only=["groups"])[0]
    assert admin.confidence > member.confidence


def _conn(i: int, company: str | None, name: str) -> Connection:
    return Connection(
        "connection",
        Ref("linkedin", "Connections.csv", f"u{i}", "connections"),
        name=name,
        company=company,
    )


def test_colleague_share(detect: Detect) -> None:
    items = [_conn(i, "Northshire Police", f"Col League{i}") for i in range(6)]
    items += [_conn(100 + i, "Acme", f"Other Person{i}") for i in range(14)]
    (sig,) = detect(*items, only=["connections"])
    assert (sig.kind, sig.matched, sig.source.item) == ("colleague_share", "6 of 20", None)
    assert "Col League" not in sig.evidence  # third parties are never named


def test_one_colleague_is_not_a_signal(detect: Detect) -> None:
    items = [_conn(0, "Northshire Police", "A B"), _conn(1, "Acme", "C D")]
    assert detect(*items, only=["connections"]) == []


def test_colleagues_among_friends(detect: Detect) -> None:
    items = [_conn(i, "Northshire Police", f"Col League{i}") for i in range(4)]
    friends = [
        Connection("friend", Ref("facebook", "your_friends.json", n, "friends"), name=n)
        for n in ["Col League0", "col league1", "Col League2", "Someone Else"]
    ]
    sigs = detect(*items, *friends, only=["connections"])
    fb = [s for s in sigs if s.platform == "facebook"]
    assert fb and fb[0].matched == "3 of 4"


def test_follows_official_accounts(detect: Detect) -> None:
    x = Connection(
        "following",
        Ref("x", "data/following.js", "1234567890", "following"),
        account_id="1234567890",
    )
    ig = Connection(
        "following",
        Ref("instagram", "following.json", "northshirepolice", "following"),
        handle="northshirepolice",
    )
    masto = Connection(
        "following",
        Ref("mastodon", "following_accounts.csv", "news@police.example", "following"),
        handle="news@police.example",
    )
    other = Connection(
        "following", Ref("x", "data/following.js", "99", "following"), account_id="99"
    )
    sigs = detect(x, ig, masto, other, only=["connections"])
    assert sorted(s.platform for s in sigs) == ["instagram", "mastodon", "x"]


def test_places_at_premises(detect: Detect) -> None:
    near = Place("geotag", Ref("x", "data/tweets.js", "5", "place"), lat=52.2060, lon=0.1220)
    far = Place("geotag", Ref("x", "data/tweets.js", "6", "place"), lat=52.2200, lon=0.1218)
    photo = Post(
        "post",
        "",
        Ref("instagram", "posts_1.json", "7", "text"),
        media=(
            Media("a.jpg", Ref("instagram", "posts_1.json", "7", "media"), lat=52.2053, lon=0.1219),
        ),
    )
    sigs = detect(near, far, photo, only=["places"])
    assert sorted(s.source.item for s in sigs) == ["5", "7"]
    assert all(s.reveals == "location" and s.target == "Northshire HQ" for s in sigs)


def test_home_area(detect: Detect) -> None:
    city = Place(
        "current_city",
        Ref("facebook", "profile_information.json", None, "location"),
        name="Cardiff",
    )
    (sig,) = detect(city, only=["places"])
    assert (sig.reveals, sig.target) == ("location", "Cardiff")


@pytest.mark.parametrize(
    ("item", "what"),
    [
        (field("birthday", "1988-04-02"), "birthday"),
        (field("phone", "+44 7700 900123"), "phone number"),
        (field("bio", "Call 07700 900123 for bookings"), "phone number"),
        (post("Walking my dog Bramble on the beach"), "pet's name"),
        (post("So proud of my son Tomos today"), "family member's name"),
        (post("happy birthday to me!"), "birthday"),
        (
            Education(
                "Ysgol Glan Taf", Ref("facebook", "profile_information.json", None, "education")
            ),
            "school",
        ),
    ],
)
def test_personal(detect: Detect, item: object, what: str) -> None:
    sigs = detect(item, profile=None, only=["personal"])
    assert [s.target for s in sigs] == [what]


@pytest.mark.parametrize(
    "item",
    [
        post("my dog is the best"),  # no name
        post("walked the dog Saturday"),
        post("order number 0770090012345678"),
        post("Walking my dog Bramble", kind="like"),  # someone else's dog
    ],
)
def test_not_personal(detect: Detect, item: object) -> None:
    assert detect(item, profile=None, only=["personal"]) == []


def test_family_names_not_copied(detect: Detect) -> None:
    (sig,) = detect(field("family", "Rhian Jones (sister)"), profile=None, only=["personal"])
    assert "Rhian" not in sig.evidence


def test_cross_account_links(detect: Detect) -> None:
    x_acc = Account("x", "quietcoastwalker", Ref("x", "data/account.js", None, "handle"))
    m_acc = Account(
        "mastodon",
        "quietcoastwalker@mastodon.social",
        Ref("mastodon", "actor.json", None, "handle"),
    )
    website = field("website", "https://www.linkedin.com/in/gareth-jones-123")
    li_handles = field("twitter_handle", "quietcoastwalker", platform="linkedin")
    sigs = detect(x_acc, m_acc, website, li_handles, profile=None, only=["cross_account"])
    targets = {(s.platform, s.target) for s in sigs}
    assert ("x", "linkedin:gareth-jones-123") in targets
    assert ("linkedin", "x:quietcoastwalker") in targets
    assert ("x", "mastodon:quietcoastwalker@mastodon.social") in targets
    assert all(s.reveals == "identity" for s in sigs)


@pytest.mark.parametrize(
    "url", ["https://twitter.com/intent/tweet", "https://www.gov.uk/", "https://example.com/about"]
)
def test_not_profile_links(detect: Detect, url: str) -> None:
    assert detect(field("website", url), profile=None, only=["cross_account"]) == []


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Happy 7th birthday to my Alfie! 🎂", "family member's name"),
        ("Rosie's first day in Year 2 at St Anne's Primary 🎒", "school"),
        ("Dropped the kids at Ysgol Glan Taf", "school"),
    ],
)
def test_children_and_schools(detect: Detect, text: str, what: str) -> None:
    assert [s.target for s in detect(post(text), profile=None, only=["personal"])] == [what]


@pytest.mark.parametrize(
    "text", ["Back to school tomorrow", "went to Primary School", "at the National Gallery"]
)
def test_no_school(detect: Detect, text: str) -> None:
    assert detect(post(text), profile=None, only=["personal"]) == []
