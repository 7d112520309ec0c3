"""Where each setting is: the "how" of every plan step.

Each platform's own instructions live on its class (``Platform.settings``, in its module
under ``footprint/platforms/``); this module answers with them, or with the generic text
below for a platform that does not say. Menus move: the platforms' texts are as their
help pages describe them at the time of writing (2026).
"""

from __future__ import annotations

from footprint.platforms import info

# What to do when a platform's module does not say where the setting is.
GENERIC: dict[str, str] = {
    "edit_profile": "In the profile's settings, change or clear the {field}.",
    "change_email": (
        "In the account's settings, replace the work e-mail address with a personal one."
    ),
    "change_handle": (
        "Change the handle on one of the accounts so the two cannot be matched by a "
        "search."
    ),
    "unlink_accounts": (
        "Remove the link or mention that ties this account to your other one (website "
        "field, bio, profile fields, the post that links it)."
    ),
    "separate_emails": (
        "Use a different e-mail address for this account, so that one breach or data "
        "request cannot join your accounts."
    ),
    "remove_position": "Remove the job from the profile, or make it visible to you only.",
    "delete_posts": "Delete each post listed.",
    "delete_comments": "Delete each comment listed.",
    "remove_likes": "Unlike each item listed.",
    "undo_reposts": "Undo each repost or boost listed.",
    "leave_group": "Leave the group or unfollow the page.",
    "unfollow": "Unfollow the accounts listed.",
    "hide_connections": "Hide your connections or friends list from others.",
    "remove_location": "Remove the location from the items listed, and turn off location tagging.",
    "remove_images": (
        "Delete or replace the pictures listed (profile picture, header or posted photo)."
    ),
    "hide_events": "Remove your response to the events listed.",
    "make_private": "Make the account private.",
    "turn_on_2fa": "Turn on two-factor authentication with an authenticator app.",
    "remove_apps": "Revoke the connected apps you do not use.",
}


def instructions(action: str, platform: str, **fmt: str) -> str:
    """How to take ``action`` on ``platform``, in words a person follows."""
    cls = info(platform)
    text = (cls.settings.get(action) if cls is not None else None) or GENERIC.get(action, "")
    return text.format(**fmt) if fmt else text
