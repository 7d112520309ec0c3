"""What footprint knows about each platform lives on its class, complete and consistent."""

from __future__ import annotations

import pytest

from footprint.detectors.cross_account import profile_link
from footprint.exposure.instructions import GENERIC, instructions
from footprint.platforms import BUILT_IN, info, names, title

ACTIONS = set(GENERIC) | {"turn_on_2fa", "remove_apps"}


@pytest.mark.parametrize("name", BUILT_IN)
def test_every_built_in_says_what_a_user_needs(name: str) -> None:
    cls = info(name)
    assert cls is not None and cls.name == name
    assert cls.title and cls.download and cls.generations
    assert cls.item_ids, "source.item is documented from item_ids"
    unknown = set(cls.settings) - ACTIONS
    assert not unknown, f"settings for actions the plan does not have: {unknown}"
    for text in cls.settings.values():
        assert text.strip() and "{" not in text.replace("{field}", "")


def test_names_keep_contract_order() -> None:
    assert names()[: len(BUILT_IN)] == list(BUILT_IN)


def test_titles_and_unknown_platforms() -> None:
    assert title("x") == "X"
    assert title("linkedin") == "LinkedIn"
    assert title("no-such") == "no-such"
    assert instructions("delete_posts", "no-such") == GENERIC["delete_posts"]


def test_private_modes_never_claim_to_hide_the_profile() -> None:
    for name in BUILT_IN:
        cls = info(name)
        assert cls is not None
        if cls.private is not None:
            assert "profile" not in cls.private.hides
            assert cls.private.leaves_public
            assert "make_private" in cls.settings


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
