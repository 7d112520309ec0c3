"""The online stage on its own, over a transport that answers as told: what it holds,
what it sends, and what it feeds on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from footprint.errors import UsageError
from footprint.model import Account, Item, Post, ProfileField, Ref
from footprint.online.client import Client
from footprint.online.run import OnlineStage
from footprint.online.settings import OnlineSettings, redact_proxy
from tests.online.test_client import with_adapter


def stage_with(
    make_client: Callable[..., Client], answers: dict[str, tuple[Any, ...]]
) -> tuple[OnlineStage, list[tuple[Item, str]], list[str]]:
    asked: list[str] = []

    def answer(request: Any) -> Any:
        asked.append(f"{request.method} {request.url}")
        return answers.get(request.url, (404, '{"error":"not in this test"}'))

    client, _ = with_adapter(make_client, answer)
    fed: list[tuple[Item, str]] = []
    return OnlineStage(OnlineSettings(), client=client), fed, asked


def test_a_link_only_in_a_posts_text_is_expanded(make_client: Callable[..., Client]) -> None:
    stage, fed, asked = stage_with(
        make_client,
        {"https://lnkd.in/eAbCd12": (301, "", {"location": "https://northshire.police.example/x"})},
    )
    hold = stage.hold(lambda item, origin: fed.append((item, origin)))
    ref = Ref("linkedin", "Shares.csv", "urn:li:share:1", "text", "public")
    share = Post("share", "Proud of the team https://lnkd.in/eAbCd12", ref)
    x_ref = Ref("x", "data/tweets.js", "1", "text", "public")
    # An X post: its text holds t.co links whose address is already in urls.
    tweet = Post("post", "Read this https://t.co/AAAA", x_ref, urls=("https://example.org/a",))
    hold(share, "p|linkedin")
    hold(tweet, "p|x")
    assert fed == [(tweet, "p|x")]
    stage.run(lambda item, origin: fed.append((item, origin)))
    assert asked == ["HEAD https://lnkd.in/eAbCd12"]
    released = fed[-1][0]
    assert isinstance(released, Post)
    assert released.text == "Proud of the team https://northshire.police.example/x"
    assert released.urls == ("https://northshire.police.example/x",)
    assert stage.resolved["short_links_in_posts"] == (1, 1)


def test_one_account_in_two_exports_is_looked_at_once(make_client: Callable[..., Client]) -> None:
    did = "did:plc:" + "q" * 24
    stage, fed, asked = stage_with(make_client, {})
    hold = stage.hold(lambda item, origin: fed.append((item, origin)))
    for origin in ("old.car|bluesky", "new.car|bluesky"):
        hold(Account("bluesky", None, Ref("bluesky", "repo", None, "handle"), did), origin)
    stage.run(lambda item, origin: fed.append((item, origin)))
    assert [a for a in asked if "getProfile?" in a] == [
        "GET https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=did%3Aplc%3A"
        + "q" * 24
    ]


def test_a_third_partys_profile_field_is_never_fed_as_the_persons(
    make_client: Callable[..., Client],
) -> None:
    """A linked profile's text is fed as a field of the account that links to it."""
    stage, fed, _ = stage_with(
        make_client,
        {
            "https://api.github.com/users/rhi-maps": (
                200,
                '{"login":"rhi-maps","id":1,"company":"Northshire Constabulary"}',
            )
        },
    )
    hold = stage.hold(lambda item, origin: fed.append((item, origin)))
    ref = Ref("x", "data/profile.js", None, "website", "public")
    hold(ProfileField("website", "https://github.com/rhi-maps", ref), "p|x")
    stage.run(lambda item, origin: fed.append((item, origin)))
    [linked] = [i for i, _ in fed if isinstance(i, ProfileField) and i.field == "linked_profile"]
    assert linked.ref.platform == "x" and linked.ref.file == "data/profile.js"
    assert linked.ref.url == "https://github.com/rhi-maps"
    assert linked.value == "GitHub profile rhi-maps: company: Northshire Constabulary"


@pytest.mark.parametrize(
    ("proxy", "shown"),
    [
        ("http://proxy.example:3128", "http://proxy.example:3128"),
        ("http://user:secret@proxy.example:3128", "http://***@proxy.example:3128"),
        ("socks5h://me@127.0.0.1:9050", "socks5h://***@127.0.0.1:9050"),
        (None, None),
    ],
)
def test_the_report_never_holds_a_proxy_password(proxy: str | None, shown: str | None) -> None:
    assert redact_proxy(proxy) == shown
    assert OnlineSettings(proxy=proxy).to_dict()["proxy"] == shown


@pytest.mark.parametrize(
    "proxy", ["ftp://proxy.example:21", "proxy.example:3128", "http://:3128", "http://p:99999"]
)
def test_a_bad_proxy_is_a_usage_error(proxy: str) -> None:
    with pytest.raises(UsageError, match="--proxy"):
        OnlineSettings(proxy=proxy).check(online=True)


def test_a_record_that_cannot_be_filled_in_is_fed_as_it_was(
    make_client: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    from footprint.online import run as run_module

    stage, fed, _ = stage_with(make_client, {})
    hold = stage.hold(lambda item, origin: fed.append((item, origin)))
    website = ProfileField("website", "https://t.co/abc", Ref("x", "p.js", None, "website"))
    hold(website, "p|x")

    def broken(item: Item, expanded: dict[str, str]) -> Item:
        raise ValueError("bug")

    monkeypatch.setattr(run_module, "_filled", broken)
    stage.run(lambda item, origin: fed.append((item, origin)))
    assert fed == [(website, "p|x")]
