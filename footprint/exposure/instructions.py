"""Where each setting is, per platform: the "how" of every plan step.

Menus move; these are the paths as the platforms' help pages describe them at the time
of writing (2026). Each text says what to do, not only where.
"""

from __future__ import annotations

PLATFORM_NAMES = {
    "x": "X",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "linkedin": "LinkedIn",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "reddit": "Reddit",
    "tiktok": "TikTok",
}

_EDIT_PROFILE = {
    "x": "On X, open your profile and choose Edit profile; change or clear the {field}.",
    "facebook": "On Facebook, open your profile > About (Details); edit the {field}, or set "
    "its audience to Only me.",
    "instagram": "On Instagram, open your profile > Edit profile; change or clear the {field}.",
    "linkedin": "On LinkedIn, Me > View profile, then the pencil on your intro or the "
    "section; change or clear the {field}.",
    "mastodon": "On Mastodon, Preferences > Public profile (Edit profile); change or remove "
    "the {field} and any profile field that names your work.",
    "bluesky": "On Bluesky, open your profile > Edit profile; change the {field}.",
    "tiktok": "On TikTok, Profile > Edit profile; change the {field}.",
    "reddit": "On Reddit, User settings > Profile; change the {field}.",
    "*": "In the profile's settings, change or clear the {field}.",
}

INSTRUCTIONS: dict[str, dict[str, str]] = {
    "edit_profile": _EDIT_PROFILE,
    "change_email": {
        "x": "On X, Settings and privacy > Your account > Account information > Email: use a "
        "personal address, not your work one.",
        "facebook": "On Facebook, Accounts Center > Personal details > Contact info: remove "
        "the work address.",
        "instagram": "On Instagram, Accounts Center > Personal details > Contact info: remove "
        "the work address.",
        "linkedin": "On LinkedIn, Settings & Privacy > Sign in & security > Email addresses: "
        "make a personal address primary and remove the work one.",
        "*": "In the account's settings, replace the work e-mail address with a personal one.",
    },
    "change_handle": {
        "x": "On X, Settings and privacy > Your account > Account information > Username: "
        "choose a handle you use nowhere else.",
        "instagram": "On Instagram, Edit profile > Username: choose one you use nowhere else.",
        "*": "Change the handle on one of the accounts so the two cannot be matched by a search.",
    },
    "unlink_accounts": {
        "*": "Remove the link or mention that ties this account to your other one (website "
        "field, bio, profile fields, the post that links it).",
        "mastodon": "On Mastodon, Preferences > Public profile: remove the field or bio link; "
        "Account > Moving from a different account: remove old aliases.",
        "linkedin": "On LinkedIn, Me > View profile > Contact info: remove the website and the "
        "X handle.",
    },
    "separate_emails": {
        "*": "Use a different e-mail address for this account, so that one breach or data "
        "request cannot join your accounts.",
    },
    "remove_position": {
        "linkedin": "On LinkedIn, Me > View profile > Experience > the pencil > Delete "
        "experience (or hide the whole section from the public: Settings & Privacy > "
        "Visibility > Edit your public profile).",
        "facebook": "On Facebook, Profile > About > Work and education: delete the workplace "
        "or set it to Only me.",
        "*": "Remove the job from the profile, or make it visible to you only.",
    },
    "delete_posts": {
        "x": "Delete each post listed (… > Delete). For many, give x-deletions.csv (post ids "
        "and dates) to a bulk-deletion tool that takes tweet ids.",
        "facebook": "Facebook Activity log (Settings & privacy > Activity log > Your activity "
        "across Facebook > Posts): delete each post listed, or Manage posts to change their "
        "audience.",
        "instagram": "On each post listed, … > Delete (or Archive, which hides it from others).",
        "linkedin": "Me > Posts & Activity: on each post listed, … > Delete post.",
        "mastodon": "On each post listed, … > Delete; Preferences > Automated post deletion "
        "removes old posts for you.",
        "bluesky": "On each post listed, … > Delete post.",
        "reddit": "Profile > Posts: on each post listed, … > Delete.",
        "tiktok": "On each video listed, … > Delete.",
        "*": "Delete each post listed.",
    },
    "delete_comments": {
        "linkedin": "Me > Posts & Activity > Comments: on each comment listed, … > Delete.",
        "facebook": "Activity log > Comments: delete each comment listed.",
        "reddit": "Profile > Comments: on each comment listed, … > Delete.",
        "*": "Delete each comment listed.",
    },
    "remove_likes": {
        "x": "Unlike each post listed (open it and tap the heart). Others cannot see your "
        "likes since 2024, but X holds them and a breach or data request exposes them.",
        "instagram": "Your activity > Interactions > Likes: unlike each post listed.",
        "tiktok": "Settings and privacy > Privacy > Liked videos: Only me; unlike those listed.",
        "*": "Unlike each item listed.",
    },
    "undo_reposts": {
        "x": "Undo each repost listed (the repost icon > Undo repost).",
        "*": "Undo each repost or boost listed.",
    },
    "leave_group": {
        "facebook": "Facebook Groups > Your groups: open the group > Joined > Leave group. "
        "For a page: open it > Following/Liked > Unfollow and Unlike.",
        "linkedin": "LinkedIn My network > Following (Companies): unfollow it.",
        "x": "You cannot leave an X list; block the list's owner, or ask them to remove you.",
        "reddit": "Open the community > Joined > Leave.",
        "*": "Leave the group or unfollow the page.",
    },
    "unfollow": {
        "x": "Profile > Following: unfollow the accounts listed, or protect your account so "
        "the list is hidden.",
        "instagram": "Profile > Following: unfollow the accounts listed, or make the account "
        "private.",
        "facebook": "Settings & privacy > Settings > Audience and visibility > Followers and "
        "public content: set who can see the people and pages you follow to Only me, or "
        "unfollow the pages listed.",
        "*": "Unfollow the accounts listed.",
    },
    "hide_connections": {
        "linkedin": "LinkedIn Settings & Privacy > Visibility > Connections: turn off 'Allow "
        "your connections to see your connections list'.",
        "facebook": "Settings & privacy > Settings > Audience and visibility > How people find "
        "and contact you > Who can see your friends list? > Only me.",
        "*": "Hide your connections or friends list from others.",
    },
    "remove_location": {
        "x": "Settings and privacy > Privacy and safety > Location information: turn off "
        "location and use 'Delete all location information'; delete the posts listed if "
        "the place itself shows.",
        "instagram": "On each post listed, … > Edit > remove the location; and turn off "
        "location access for the app.",
        "facebook": "Activity log > Check-ins: delete the check-ins listed.",
        "*": "Remove the location from the items listed, and turn off location tagging.",
    },
    "remove_images": {
        "*": "Delete or replace the pictures listed (profile picture, header or posted photo).",
    },
    "hide_events": {
        "facebook": "Facebook Events > Your events: remove your response to the events listed.",
        "*": "Remove your response to the events listed.",
    },
    "make_private": {
        "x": "Settings and privacy > Privacy and safety > Audience and tagging > Protect your "
        "posts: only approved followers then see them.",
        "instagram": "Settings and privacy > Account privacy > Private account.",
        "facebook": "Settings & privacy > Settings > Audience and visibility > Posts > Limit "
        "who can see past posts; and set future posts to Friends.",
        "tiktok": "Settings and privacy > Privacy > Private account.",
        "mastodon": "Preferences > Profile > Require follow requests, and Preferences > Other "
        "> Posting defaults: Followers only.",
        "*": "Make the account private.",
    },
    "turn_on_2fa": {
        "x": "Settings and privacy > Security and account access > Security > Two-factor "
        "authentication: Authentication app.",
        "facebook": "Accounts Center > Password and security > Two-factor authentication: "
        "choose an authentication app.",
        "instagram": "Accounts Center > Password and security > Two-factor authentication: "
        "choose an authentication app.",
        "linkedin": "Settings & Privacy > Sign in & security > Two-step verification: "
        "Authenticator app.",
        "mastodon": "Preferences > Account > Two-factor authentication: set up an "
        "authenticator app.",
        "bluesky": "Settings > Account > Two-factor authentication: turn on e-mail confirmation.",
        "tiktok": "Settings and privacy > Security > 2-step verification.",
        "reddit": "User settings > Account > Two-factor authentication.",
        "*": "Turn on two-factor authentication with an authenticator app.",
    },
    "remove_apps": {
        "x": "Settings and privacy > Security and account access > Apps and sessions > "
        "Connected apps: revoke those you do not use.",
        "facebook": "Settings & privacy > Settings > Apps and websites: remove those you do "
        "not use.",
        "*": "Revoke the connected apps you do not use.",
    },
}


def instructions(action: str, platform: str, **fmt: str) -> str:
    table = INSTRUCTIONS.get(action, {})
    text = table.get(platform) or table.get("*") or ""
    return text.format(**fmt) if fmt else text
