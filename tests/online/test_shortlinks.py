"""Short links: recognised in text, expanded by their redirects without visiting the
destination, and every failure a counted problem."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from footprint.online import shortlinks
from footprint.online.client import Client


@pytest.mark.parametrize(
    ("url", "short"),
    [
        ("https://t.co/Qm3xT8vLpA", True),
        ("http://bit.ly/3Tq9Zk2", True),
        ("lnkd.in/eXmPl3Qz", True),
        ("https://www.bit.ly/abc", True),
        ("https://ow.ly/Ab3d50Qx1Zk", True),
        ("https://t.co/", False),  # the service's home page
        ("https://t.co", False),
        ("https://twitter.com/Qm3xT8vLpA", False),
        ("https://notbit.ly/abc", False),
        ("https://www.linkedin.com/in/someone", False),
        ("", False),
    ],
)
def test_is_short(url: str, short: bool) -> None:
    assert shortlinks.is_short(url) is short


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("More at https://t.co/Qm3xT8vLpA today", ["https://t.co/Qm3xT8vLpA"]),
        ("links: bit.ly/abc and bit.ly/abc, lnkd.in/x_y-z", ["bit.ly/abc", "lnkd.in/x_y-z"]),
        ("no links here, just t.co as a word", []),
        ("mail me at someone@t.co/x", []),
        ("https://example.org/t.co/abc", []),
    ],
)
def test_find_short(text: str, found: list[str]) -> None:
    assert shortlinks.find_short(text) == found


@pytest.mark.vcr("chain.yaml")
def test_a_chain_of_shorteners_is_followed_to_the_address(
    make_client: Callable[..., Client],
) -> None:
    client = make_client()
    assert (
        shortlinks.expand(client, "https://ow.ly/Ab3d50Qx1Zk")
        == "https://www.northshire.police.example/news/appeal-for-witnesses"
    )
    # http:// first, then the same link over https.
    assert shortlinks.expand(client, "http://t.co/Hw7kRt2PqZ") == "https://github.com/rhi-maps"
    # The destinations were never contacted.
    assert set(client.hosts) == {"ow.ly", "bit.ly", "t.co"}
    assert client.problems() == []


@pytest.mark.vcr("head_refused.yaml")
def test_a_refused_head_is_asked_again_as_get(make_client: Callable[..., Client]) -> None:
    client = make_client()
    assert (
        shortlinks.expand(client, "lnkd.in/eXmPl3Qz")
        == "https://www.linkedin.com/in/rhiannon-pryce-7c41b2"
    )
    assert client.hosts["lnkd.in"] == 2


@pytest.mark.vcr("failures.yaml")
def test_what_cannot_be_expanded_is_reported(make_client: Callable[..., Client]) -> None:
    client = make_client()
    for url in (
        "https://bit.ly/deadl1nk",
        "https://goo.gl/fbsS",
        "https://lnkd.in/dZ9qWx",
        "https://t.co/LoopAAAA",
        "https://tinyurl.com/nowhere1",
    ):
        assert shortlinks.expand(client, url) is None, url
    assert client.problems() == [
        "bit.ly: the short link no longer exists (404) (1 look-up)",
        "goo.gl: the short link no longer exists (410) (1 look-up)",
        "lnkd.in: answered with a page instead of a redirect: not expanded (1 look-up)",
        "bit.ly: redirect loop (1 look-up)",
        "tinyurl.com: a redirect without a Location (302) (1 look-up)",
    ]
