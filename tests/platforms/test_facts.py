"""What footprint knows about each platform lives on its class, complete and consistent."""

from __future__ import annotations

import pytest

from footprint.detectors.cross_account import profile_link
from footprint.exposure.instructions import GENERIC, instructions
from footprint.platforms import BUILT_IN, names, platforms, title
from footprint.testing import assert_platform_facts


@pytest.mark.parametrize("name", platforms.built_ins())
def test_every_built_in_says_what_a_user_needs(name: str) -> None:
    assert_platform_facts(name)


def test_built_ins_are_the_contract_platforms() -> None:
    # A platform added to footprint is checked above without being listed here.
    assert set(BUILT_IN) <= set(platforms.built_ins())


def test_names_keep_contract_order() -> None:
    assert names()[: len(BUILT_IN)] == list(BUILT_IN)


def test_titles_and_unknown_platforms() -> None:
    assert title("x") == "X"
    assert title("linkedin") == "LinkedIn"
    assert title("no-such") == "no-such"
    assert instructions("delete_posts", "no-such") == GENERIC["delete_posts"]


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://twitter.com/PC_Jones", ("x", "PC_Jones")),
        ("x.com/@someone", ("x", "someone")),
        ("https://www.linkedin.com/in/bethan-carrow-123/", ("linkedin", "bethan-carrow-123")),
        ("https://bsky.app/profile/me.bsky.social", ("bluesky", "me.bsky.social")),
        ("https://mastodon.social/@me", ("mastodon", "me@mastodon.social")),
        ("https://www.tiktok.com/@me", ("tiktok", "me")),
        # A fixed host owns its URLs: an x.com page that is not a profile is nothing,
        # and is never read as a Mastodon account.
        ("https://x.com/@home/status/1", None),
        ("https://twitter.com/search", None),
        ("https://example.org/about", None),
    ],
)
def test_profile_links_come_from_the_platforms(url: str, found: tuple[str, str] | None) -> None:
    assert profile_link(url) == found
