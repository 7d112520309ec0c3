"""Every action a plan can ask for, in one table.

Each :class:`ActionKind` says, for one action:

- ``claims``: which signals it addresses. Every signal is addressed by the *first* row
  of :data:`ACTIONS` that claims it (so "a cross-account link in a post" is a post to
  delete before it is a link to remove);
- ``group``: signals with the same group value, on one platform, are one step ("the
  position at South Wales Police", "the likes on X");
- ``title``: the step's title, a template (see :func:`title`);
- ``how``: what to do where a platform's class does not say (``Platform.settings``
  holds each platform's own words, under the same action names);
- ``effort``: a rough count of minutes of attention, ``effort + each x items``: editing
  a field 1, deleting posts 0.5 + 0.1 each, unliking 0.5 + 0.05 each, leaving a group
  0.5, changing a handle 3, making an account private 2 (cheap to do, but it changes
  how the account works);
- ``guidance``: the point of the public-sector guidance it follows;
- ``effect``: ``remove`` (the evidence goes), ``hide`` (it stays, seen by connections
  only) or ``none`` (security and advice steps, which do not change the score);
- ``manifest``: the name of its manifest (``<platform>-<manifest>.csv``, written with
  ``--manifests``) and ``lists``, the kinds of item it lists; ``bulk`` when a
  bulk-deletion tool can act on that file (post ids to delete), rather than a list to
  work through by hand.

The plan, the instructions and the manifests all read this table; adding an action is
one row here and, where a platform has its own words for it, a line in that platform's
``settings``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from footprint.exposure import guidance
from footprint.signals import Signal

POST_KINDS = frozenset(("post", "reply", "share"))
# What a whole-list or membership signal is about (a signal's ``item_kind``).
GROUP_KINDS = frozenset(("group", "page", "company", "list", "subreddit"))

REVEALS_WORDS = {
    "employer": "employer",
    "sector": "line of work",
    "role": "role",
    "location": "whereabouts",
    "identity": "other accounts",
    "personal": "personal details",
}
PROFILE_FIELD_WORDS = {
    "bio": "bio",
    "display_name": "display name",
    "handle": "handle",
    "headline": "headline",
    "summary": "summary (About)",
    "location": "location",
    "website": "website",
    "profile_field": "profile fields",
    "birthday": "birthday",
    "phone": "phone number",
    "family": "family members",
    "hometown": "home town",
    "education": "education",
    "avatar": "profile picture and header",
    "relationship": "relationship",
    "maiden_name": "maiden name",
}


def _never(_: Signal) -> bool:
    return False


def _none(_: Signal) -> str:
    return ""


@dataclass(frozen=True, slots=True)
class ActionKind:
    """One row of the table (see the module docstring)."""

    name: str
    title: str
    how: str
    claims: Callable[[Signal], bool] = _never
    group: Callable[[Signal], str] = _none
    effort: float = 1.0
    each: float = 0.0
    guidance: str = guidance.FOOTPRINT
    personal_guidance: str | None = None  # instead of ``guidance`` when all are personal
    effect: str = "remove"
    manifest: str | None = None
    lists: frozenset[str] = frozenset()
    bulk: bool = False
    kind: str = "exposure"  # or "security", "advice"

    def effort_for(self, items: int) -> float:
        return self.effort + self.each * items

    def guidance_for(self, signals: Iterable[Signal]) -> str:
        if self.personal_guidance is not None and all(s.reveals == "personal" for s in signals):
            return self.personal_guidance
        return self.guidance


def _cross(field: str | None = None) -> Callable[[Signal], bool]:
    def claims(s: Signal) -> bool:
        return s.kind == "cross_account" and (field is None or s.source.field == field)

    return claims


def _item_kind(*kinds: str) -> Callable[[Signal], bool]:
    wanted = frozenset(kinds)
    return lambda s: (s.item_kind or "") in wanted


def _field(s: Signal) -> str:
    return s.source.field


def _item_or_matched(s: Signal) -> str:
    return s.source.item or s.matched


def _fixed(value: str) -> Callable[[Signal], str]:
    return lambda _: value


ACTIONS: tuple[ActionKind, ...] = (
    ActionKind(
        "hide_connections",
        "Hide your {platform} {list} list",
        "Hide your connections or friends list from others.",
        claims=lambda s: s.kind == "colleague_share",
        group=_field,
    ),
    ActionKind(
        "unfollow",
        "Unfollow {n} official account{s} on {platform}",
        "Unfollow the accounts listed.",
        claims=lambda s: s.kind == "follows_official",
        group=_fixed("following"),
        effort=0.5,
        each=0.1,
        manifest="unfollow",
        lists=frozenset(("following", "followed_account", "list")),
    ),
    ActionKind(
        "change_handle",
        "Change your {platform} handle",
        "Change the handle on one of the accounts so the two cannot be matched by a search.",
        claims=_cross("handle"),
        group=_field,
        effort=3.0,
        guidance=guidance.ANONYMISE,
    ),
    ActionKind(
        "separate_emails",
        "Use a separate e-mail address for {platform}",
        "Use a different e-mail address for this account, so that one breach or data "
        "request cannot join your accounts.",
        claims=_cross("email"),
        group=_field,
        effort=1.5,
        guidance=guidance.ANONYMISE,
    ),
    ActionKind(
        # A post that links the person's accounts: deleted like any other post.
        "delete_posts",
        "Delete {n} post{s} on {platform} that reveal{verb_s} your {what}",
        "Delete each post listed.",
        claims=lambda s: s.kind == "cross_account" and (s.item_kind or "") in POST_KINDS,
        group=_fixed("identity"),
        effort=0.5,
        each=0.1,
        manifest="delete-posts",
        lists=frozenset((*POST_KINDS, "media")),
        bulk=True,
    ),
    ActionKind(
        "unlink_accounts",
        "Remove the link to your other account from {platform}",
        "Remove the link or mention that ties this account to your other one (website "
        "field, bio, profile fields, the post that links it).",
        claims=_cross(),
        group=_field,
        effort=0.5,
        guidance=guidance.ANONYMISE,
    ),
    ActionKind(
        "change_email",
        "Use a personal e-mail address on {platform}",
        "In the account's settings, replace the work e-mail address with a personal one.",
        claims=lambda s: s.kind == "email_domain" and s.source.field == "email",
        group=_field,
        guidance=guidance.WORK_EMAIL,
    ),
    ActionKind(
        "remove_images",
        "Replace or delete {n} picture{s} on {platform}",
        "Delete or replace the pictures listed (profile picture, header or posted photo).",
        claims=lambda s: s.kind == "image",
        group=_fixed("images"),
        effort=0.5,
        each=0.2,
        manifest="remove-images",
        lists=POST_KINDS,
    ),
    ActionKind(
        "leave_group",
        "Leave or unfollow '{group}' on {platform}",
        "Leave the group or unfollow the page.",
        claims=_item_kind(*GROUP_KINDS),
        group=_item_or_matched,
        effort=0.5,
    ),
    ActionKind(
        "remove_position",
        "Remove the position {job} from {platform}",
        "Remove the job from the profile, or make it visible to you only.",
        claims=_item_kind("position"),
        group=_item_or_matched,
        effort=0.5,
        guidance=guidance.ANONYMISE,
    ),
    ActionKind(
        "edit_profile",
        "Edit your {platform} {field}",
        "In the profile's settings, change or clear the {field}.",
        claims=lambda s: (s.item_kind or "") in ("profile", "education") or s.source.item is None,
        group=_field,
        guidance=guidance.ANONYMISE,
        personal_guidance=guidance.SPEAR_PHISHING,
    ),
    ActionKind(
        "remove_likes",
        "Remove {n} like{s} on {platform}",
        "Unlike each item listed.",
        claims=_item_kind("like"),
        group=_fixed("likes"),
        effort=0.5,
        each=0.05,
        manifest="remove-likes",
        lists=frozenset(("like",)),
        bulk=True,
    ),
    ActionKind(
        "undo_reposts",
        "Undo {n} repost{s} on {platform}",
        "Undo each repost or boost listed.",
        claims=_item_kind("repost"),
        group=_fixed("reposts"),
        effort=0.5,
        each=0.05,
        manifest="undo-reposts",
        lists=frozenset(("repost",)),
        bulk=True,
    ),
    ActionKind(
        "delete_comments",
        "Delete {n} comment{s} on {platform}",
        "Delete each comment listed.",
        claims=_item_kind("comment"),
        group=_fixed("comments"),
        effort=0.5,
        each=0.1,
        manifest="delete-comments",
        lists=frozenset(("comment",)),
        bulk=True,
    ),
    ActionKind(
        "hide_events",
        "Remove your response to {n} event{s} on {platform}",
        "Remove your response to the events listed.",
        claims=_item_kind("event"),
        group=_fixed("events"),
        effort=0.5,
        each=0.1,
    ),
    ActionKind(
        "remove_location",
        "Remove the location from {n} item{s} on {platform}",
        "Remove the location from the items listed, and turn off location tagging.",
        claims=lambda s: s.kind == "place",
        group=_fixed("location"),
        effort=0.5,
        each=0.1,
        manifest="remove-location",
        lists=frozenset((*POST_KINDS, "place", "media", "event")),
    ),
    ActionKind(
        # Whatever is left is a post or something like it: deleted, by what it reveals.
        "delete_posts",
        "Delete {n} post{s} on {platform} that reveal{verb_s} your {what}",
        "Delete each post listed.",
        claims=lambda s: True,
        group=lambda s: s.reveals,
        effort=0.5,
        each=0.1,
        personal_guidance=guidance.SPEAR_PHISHING,
        manifest="delete-posts",
        lists=frozenset((*POST_KINDS, "media")),
        bulk=True,
    ),
    # Not claimed by any one signal: the plan offers it per platform (PrivateMode).
    ActionKind(
        "make_private",
        "{setting} on {platform}",
        "Make the account private.",
        effort=2.0,
        guidance=guidance.ANONYMISE,
        effect="hide",
    ),
    # Security steps (from the posture checks) and advice: the score does not change.
    ActionKind(
        "turn_on_2fa",
        "Turn on two-factor authentication on {platform}",
        "Turn on two-factor authentication with an authenticator app.",
        guidance=guidance.TWO_FACTOR,
        effect="none",
        kind="security",
    ),
    ActionKind(
        "remove_apps",
        "Revoke unused apps connected to {platform}",
        "Revoke the connected apps you do not use.",
        guidance=guidance.THIRD_PARTY,
        effect="none",
        kind="security",
    ),
    ActionKind(
        "move_work_chats",
        "Take work conversations off {platform}",
        "Move work conversations to the tools your employer provides, and exit the groups "
        "used for work.",
        guidance=guidance.WHATSAPP,
        effect="none",
        kind="security",
    ),
    ActionKind(
        "separate_accounts",
        "Keep work and personal accounts apart",
        "Use one account for work (declared to your employer) and keep personal accounts "
        "free of work: no employer, colleagues, official accounts, work e-mail or "
        "workplace photos.",
        effort=2.0,
        guidance=guidance.ANONYMISE,
        effect="none",
        kind="advice",
    ),
)

# One row per name (delete_posts has two: posts that link accounts, and the rest; they
# share everything but what they claim).
BY_NAME: dict[str, ActionKind] = {}
for _row in ACTIONS:
    BY_NAME.setdefault(_row.name, _row)
_CLAIMING = tuple(a for a in ACTIONS if a.claims is not _never)


def action_for(signal: Signal) -> tuple[ActionKind, str]:
    """The action that addresses ``signal``, and its group (first claiming row wins)."""
    for row in _CLAIMING:
        if row.claims(signal):
            return row, row.group(signal)
    raise AssertionError("the last delete_posts row claims every signal")  # pragma: no cover


def manifest_kinds() -> dict[str, ActionKind]:
    """Manifest name -> the action that writes it."""
    return {a.manifest: a for a in ACTIONS if a.manifest is not None}


def title(kind: ActionKind, platform_title: str, group: str, signals: Iterable[Signal]) -> str:
    """The step's title: ``kind.title`` with its fields filled in.

    Fields: ``platform``, ``n`` (items), ``s`` and ``verb_s`` (plural endings), ``group``,
    ``field`` (the profile field in words), ``list`` (friends or connections), ``job``
    (a position), ``what`` (what the signals reveal, in words), ``setting``.
    """
    sigs = list(signals)
    n = len({s.source.item or s.source.field for s in sigs})
    reveals = sorted({s.reveals for s in sigs})
    company = next((s.matched for s in sigs if s.kind == "position"), group.split("|")[0])
    job_title = next((s.matched for s in sigs if s.kind == "job_title"), None)
    return kind.title.format(
        platform=platform_title,
        n=n,
        s="" if n == 1 else "s",
        verb_s="s" if n == 1 else "",
        group=group,
        field=PROFILE_FIELD_WORDS.get(group, group.replace("_", " ")),
        list="friends" if group == "friends" else "connections",
        job=f"'{job_title} at {company}'" if job_title else f"at {company}",
        what=" and ".join(REVEALS_WORDS.get(r, r) for r in reveals),
        setting=group,
    )
