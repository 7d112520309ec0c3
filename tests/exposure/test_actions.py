"""The one table of actions: which action addresses each kind of signal (first row that
claims it), what it is called, and that the plan, the instructions and the manifests all
read the same rows."""

from __future__ import annotations

from typing import Any

import pytest

from footprint.exposure.actions import ACTIONS, BY_NAME, action_for, title
from footprint.exposure.instructions import GENERIC, instructions
from footprint.platforms import BUILT_IN, info
from tests.exposure.people import signal


@pytest.mark.parametrize(
    ("kwargs", "action", "group"),
    [
        (
            dict(kind="colleague_share", item_kind="list", field="connections", item=None),
            "hide_connections",
            "connections",
        ),
        (
            dict(kind="follows_official", item_kind="connection", item="101"),
            "unfollow",
            "following",
        ),
        (
            dict(
                kind="cross_account",
                reveals="identity",
                field="handle",
                item=None,
                item_kind="profile",
            ),
            "change_handle",
            "handle",
        ),
        (
            dict(
                kind="cross_account",
                reveals="identity",
                field="email",
                item=None,
                item_kind="profile",
            ),
            "separate_emails",
            "email",
        ),
        (
            dict(kind="cross_account", reveals="identity", item_kind="post"),
            "delete_posts",
            "identity",
        ),
        (
            dict(
                kind="cross_account",
                reveals="identity",
                field="website",
                item=None,
                item_kind="profile",
            ),
            "unlink_accounts",
            "website",
        ),
        (
            dict(kind="email_domain", field="email", item=None, item_kind="profile"),
            "change_email",
            "email",
        ),
        # An e-mail domain in a post is a post to delete, not the account's address.
        (dict(kind="email_domain", item_kind="post"), "delete_posts", "employer"),
        (dict(kind="image", reveals="sector", item_kind="post"), "remove_images", "images"),
        (
            dict(kind="group", item="Thin Blue Line UK", item_kind="group"),
            "leave_group",
            "Thin Blue Line UK",
        ),
        (
            dict(kind="group", item="South Wales Police", item_kind="company"),
            "leave_group",
            "South Wales Police",
        ),
        (
            dict(kind="position", item="South Wales Police|2019", item_kind="position"),
            "remove_position",
            "South Wales Police|2019",
        ),
        (dict(kind="mention", item=None, item_kind="profile", field="bio"), "edit_profile", "bio"),
        (
            dict(
                kind="personal_info",
                reveals="personal",
                item="Brynteg School|1999",
                item_kind="education",
                field="education",
            ),
            "edit_profile",
            "education",
        ),
        (dict(item_kind="like", visibility="private"), "remove_likes", "likes"),
        (dict(item_kind="repost"), "undo_reposts", "reposts"),
        (dict(item_kind="comment"), "delete_comments", "comments"),
        (dict(item_kind="event"), "hide_events", "events"),
        (dict(kind="place", reveals="location", item_kind="post"), "remove_location", "location"),
        # A place in a like is a like to remove, not a location to edit.
        (dict(kind="place", reveals="location", item_kind="like"), "remove_likes", "likes"),
        (dict(kind="mention", reveals="sector", item_kind="post"), "delete_posts", "sector"),
        (dict(kind="hashtag", reveals="role", item_kind="reply"), "delete_posts", "role"),
    ],
)
def test_which_action_addresses_a_signal(kwargs: dict[str, Any], action: str, group: str) -> None:
    args = {"platform": "x", "item": "1", **kwargs}
    kind, found = action_for(signal(**args))
    assert (kind.name, found) == (action, group)


def test_every_row_makes_a_title_and_has_words() -> None:
    sig = signal("x", "1")
    for row in ACTIONS:
        made = title(row, "X", "bio", [sig])
        assert "{" not in made and made.strip(), row.name
        assert row.how and row.guidance.split(":")[0].endswith((".md", ".txt"))
        assert row.effect in ("remove", "hide", "none")
        assert (row.kind == "exposure") == (row.effect != "none")


def test_rows_that_share_a_name_agree() -> None:
    for row in ACTIONS:
        first = BY_NAME[row.name]
        same = (row.title, row.how, row.effort, row.each, row.manifest, row.lists, row.bulk)
        assert same == (
            first.title,
            first.how,
            first.effort,
            first.each,
            first.manifest,
            first.lists,
            first.bulk,
        ), row.name
    manifests = [r.manifest for r in BY_NAME.values() if r.manifest]
    assert len(manifests) == len(set(manifests))
    assert {r.name for r in BY_NAME.values() if r.bulk} <= {
        "delete_posts",
        "remove_likes",
        "undo_reposts",
        "delete_comments",
    }


@pytest.mark.parametrize("platform", BUILT_IN)
def test_platform_settings_name_actions_of_the_table(platform: str) -> None:
    cls = info(platform)
    assert cls is not None
    assert set(cls.settings) <= set(BY_NAME)
    for action in BY_NAME:
        text = instructions(action, platform, field="bio")
        assert text == (cls.settings.get(action) or GENERIC[action]).format(field="bio")
        # Manifests are named by the plan when they are written, never by a platform.
        assert ".csv" not in text
