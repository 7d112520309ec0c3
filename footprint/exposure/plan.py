"""The anonymisation plan: the shortest list of steps that removes most of the exposure.

Each signal is addressed by one candidate action (edit the bio, delete these posts,
leave that group, hide the connections list, make the account private...). Actions are
chosen greedily by **score reduction per unit of effort**: at each step every remaining
action is tried by re-scoring the graph without the evidence it removes (or with it
hidden, for privacy settings), the best is taken and its ``score_after`` recorded, until
the score is below the target (50; 25 with ``--high-risk``) or nothing helps any more.
The reduction is measured as evidence mass, ``-log(1 - score/100)``, which noisy-OR
makes a sum over the evidence: it ranks steps sensibly even while many pieces of evidence
keep the score itself at 100.
Security steps from the posture checks follow, with the score unchanged.

Effort is a rough count of minutes-of-attention: editing a field 1, deleting posts
0.5 + 0.1 each, unliking 0.5 + 0.05 each, leaving a group 0.5, changing a handle 3,
making an account private 2 (cheap to do, but it changes how the account works).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from footprint.exposure import guidance
from footprint.exposure.instructions import instructions
from footprint.exposure.scoring import Exposure
from footprint.platforms import PrivateMode, info
from footprint.platforms import title as platform_title
from footprint.signals import Signal

TARGET = 50
HIGH_RISK_TARGET = 25

_POST_KINDS = {"post", "reply", "share"}
_PROFILE_FIELD_WORDS = {
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


@dataclass(frozen=True, slots=True)
class Action:
    """A candidate step: what it does, to which signals, at what effort."""

    action: str  # edit_profile, delete_posts, leave_group, make_private, ...
    platform: str
    title: str
    signals: tuple[str, ...]
    effort: float
    hides: bool = False  # True: the evidence stays but only connections see it
    guidance: str = guidance.FOOTPRINT
    field: str | None = None

    def apply(self, signals: list[Signal]) -> list[Signal]:
        ids = set(self.signals)
        if not self.hides:
            return [s for s in signals if s.id not in ids]
        return [
            replace(s, visibility="connections") if s.id in ids and s.visibility == "public" else s
            for s in signals
        ]


@dataclass(frozen=True, slots=True)
class Step:
    """A step of the plan (CONTRACT.md ``plan[]``)."""

    action: str
    platform: str
    title: str
    signals: tuple[str, ...]
    instructions: str
    score_after: int
    effort: float
    guidance: str
    kind: str = "exposure"  # or "security", "advice": steps that do not change the score
    effect: str = "remove"  # "hide": the evidence stays, seen by connections only; "none"

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "platform": self.platform,
            "signals": list(self.signals),
            "instructions": self.instructions,
            "score_after": self.score_after,
            "title": self.title,
            "effort": self.effort,
            "kind": self.kind,
            "effect": self.effect,
            "guidance": self.guidance,
        }


def _group_key(s: Signal) -> tuple[str, str, str]:
    """(action, platform, group): signals with one key are removed by one action."""
    p = s.platform
    ik = s.item_kind or ""
    if s.kind == "colleague_share":
        return ("hide_connections", p, s.source.field)
    if s.kind == "follows_official":
        return ("unfollow", p, "following")
    if s.kind == "cross_account":
        if s.source.field == "handle":
            return ("change_handle", p, "handle")
        if s.source.field == "email":
            return ("separate_emails", p, "email")
        if ik in _POST_KINDS:
            return ("delete_posts", p, "identity")
        return ("unlink_accounts", p, s.source.field)
    if s.kind == "email_domain" and s.source.field == "email":
        return ("change_email", p, "email")
    if s.kind == "image":
        return ("remove_images", p, "images")
    if ik in ("group", "page", "company", "list", "subreddit"):
        return ("leave_group", p, s.source.item or s.matched)
    if ik == "position":
        return ("remove_position", p, s.source.item or s.matched)
    if ik in ("profile", "education", "list") or s.source.item is None:
        return ("edit_profile", p, s.source.field)
    if ik == "like":
        return ("remove_likes", p, "likes")
    if ik == "repost":
        return ("undo_reposts", p, "reposts")
    if ik == "comment":
        return ("delete_comments", p, "comments")
    if ik == "event":
        return ("hide_events", p, "events")
    if s.kind == "place":
        return ("remove_location", p, "location")
    return ("delete_posts", p, s.reveals)


def candidate_actions(signals: Iterable[Signal]) -> list[Action]:
    groups: dict[tuple[str, str, str], list[Signal]] = defaultdict(list)
    by_platform: dict[str, list[Signal]] = defaultdict(list)
    for s in signals:
        groups[_group_key(s)].append(s)
        by_platform[s.platform].append(s)
    actions = [_action(key, sigs) for key, sigs in sorted(groups.items())]
    # Making an account private hides at once what the platform's private mode hides
    # (posts, say), never the profile: the platform's module says which (PrivateMode).
    for platform, sigs in sorted(by_platform.items()):
        cls = info(platform)
        mode = cls.private if cls is not None else None
        if mode is None:
            continue
        hidden = [s for s in sigs if s.visibility == "public" and _hidden_by(mode, s)]
        if hidden:
            actions.append(
                Action(
                    "make_private",
                    platform,
                    f"{mode.setting} on {platform_title(platform)}",
                    tuple(sorted(s.id for s in hidden)),
                    2.0,
                    hides=True,
                    guidance=guidance.ANONYMISE,
                )
            )
    return actions


def _hidden_by(mode: PrivateMode, s: Signal) -> bool:
    """Whether a private account hides this signal's evidence from strangers: its kind of
    item, or (for a signal about a whole list) the list, is among what the mode hides."""
    kind = s.item_kind or ""
    if kind == "list":
        return s.source.field in mode.hides
    return kind in mode.hides


def _action(key: tuple[str, str, str], sigs: list[Signal]) -> Action:
    action, platform, group = key
    name = platform_title(platform)
    ids = tuple(sorted(s.id for s in sigs))
    n = len({(s.source.item or s.source.field) for s in sigs})
    reveals = sorted({s.reveals for s in sigs})
    what = " and ".join(_REVEALS_WORDS.get(r, r) for r in reveals)
    g = guidance.FOOTPRINT
    if action == "edit_profile":
        words = _PROFILE_FIELD_WORDS.get(group, group.replace("_", " "))
        personal = all(s.reveals == "personal" for s in sigs)
        g = guidance.SPEAR_PHISHING if personal else guidance.ANONYMISE
        return Action(
            action, platform, f"Edit your {name} {words}", ids, 1.0, guidance=g, field=group
        )
    if action == "change_email":
        return Action(
            action,
            platform,
            f"Use a personal e-mail address on {name}",
            ids,
            1.0,
            guidance=guidance.WORK_EMAIL,
        )
    if action == "change_handle":
        return Action(
            action, platform, f"Change your {name} handle", ids, 3.0, guidance=guidance.ANONYMISE
        )
    if action == "separate_emails":
        return Action(
            action,
            platform,
            f"Use a separate e-mail address for {name}",
            ids,
            1.5,
            guidance=guidance.ANONYMISE,
        )
    if action == "unlink_accounts":
        return Action(
            action,
            platform,
            f"Remove the link to your other account from {name}",
            ids,
            0.5,
            guidance=guidance.ANONYMISE,
            field=group,
        )
    if action == "remove_position":
        company = next((s.matched for s in sigs if s.kind == "position"), group.split("|")[0])
        title = next((s.matched for s in sigs if s.kind == "job_title"), None)
        job = f"'{title} at {company}'" if title else f"at {company}"
        return Action(
            action,
            platform,
            f"Remove the position {job} from {name}",
            ids,
            0.5,
            guidance=guidance.ANONYMISE,
        )
    if action == "leave_group":
        return Action(action, platform, f"Leave or unfollow '{group}' on {name}", ids, 0.5)
    if action == "unfollow":
        return Action(
            action, platform, f"Unfollow {n} official account{_s(n)} on {name}", ids, 0.5 + 0.1 * n
        )
    if action == "hide_connections":
        words = "friends" if group == "friends" else "connections"
        return Action(action, platform, f"Hide your {name} {words} list", ids, 1.0, hides=False)
    if action == "remove_likes":
        return Action(action, platform, f"Remove {n} like{_s(n)} on {name}", ids, 0.5 + 0.05 * n)
    if action == "undo_reposts":
        return Action(action, platform, f"Undo {n} repost{_s(n)} on {name}", ids, 0.5 + 0.05 * n)
    if action == "delete_comments":
        return Action(action, platform, f"Delete {n} comment{_s(n)} on {name}", ids, 0.5 + 0.1 * n)
    if action == "hide_events":
        return Action(
            action,
            platform,
            f"Remove your response to {n} event{_s(n)} on {name}",
            ids,
            0.5 + 0.1 * n,
        )
    if action == "remove_location":
        return Action(
            action,
            platform,
            f"Remove the location from {n} item{_s(n)} on {name}",
            ids,
            0.5 + 0.1 * n,
        )
    if action == "remove_images":
        return Action(
            action, platform, f"Replace or delete {n} picture{_s(n)} on {name}", ids, 0.5 + 0.2 * n
        )
    personal = all(s.reveals == "personal" for s in sigs)
    return Action(
        "delete_posts",
        platform,
        f"Delete {n} post{_s(n)} on {name} that reveal{'s' if n == 1 else ''} your {what}",
        ids,
        0.5 + 0.1 * n,
        guidance=guidance.SPEAR_PHISHING if personal else guidance.FOOTPRINT,
    )


_REVEALS_WORDS = {
    "employer": "employer",
    "sector": "line of work",
    "role": "role",
    "location": "whereabouts",
    "identity": "other accounts",
    "personal": "personal details",
}


def _s(n: int) -> str:
    return "" if n == 1 else "s"


Scorer = Callable[[list[Signal]], Exposure]


def make_plan(
    signals: Iterable[Signal],
    scorer: Scorer,
    high_risk: bool = False,
    security: Iterable[Step] = (),
    max_steps: int = 60,
) -> tuple[list[Step], list[Signal]]:
    """The plan, and the signals that would remain after it."""
    remaining = list(signals)
    target = HIGH_RISK_TARGET if high_risk else TARGET
    current, current_mass = _measure(scorer(remaining))
    steps: list[Step] = []
    actions = candidate_actions(remaining)
    while round(current) >= target and actions and len(steps) < max_steps:
        best: tuple[float, float, str, Action, float, float, list[Signal]] | None = None
        for act in actions:
            after_signals = act.apply(remaining)
            after, after_mass = _measure(scorer(after_signals))
            gain = current_mass - after_mass
            if gain <= 1e-9:
                continue
            rank = (gain / act.effort, gain, _stable(act))
            if best is None or rank > best[:3]:
                best = (rank[0], rank[1], rank[2], act, after, after_mass, after_signals)
        if best is None:
            break
        _, _, _, act, after, current_mass, remaining = best
        current = after
        steps.append(_step(act, round(after)))
        actions = [a for a in actions if a is not act]
        # An action whose signals are all gone (removed by another) is dropped.
        ids = {s.id for s in remaining}
        actions = [
            a
            if set(a.signals) <= ids
            else replace(a, signals=tuple(x for x in a.signals if x in ids))
            for a in actions
            if any(x in ids for x in a.signals)
        ]
    final = round(current)
    steps.extend(replace(s, score_after=final) for s in security)
    return steps, remaining


def _stable(act: Action) -> str:
    # Ties break the same way every run (and prefer earlier action names).
    return "".join(chr(0x10FFFF - ord(c)) for c in f"{act.action}|{act.platform}|{act.title}")


def _measure(exposure: Exposure) -> tuple[float, float]:
    """The unrounded score, and the evidence mass ``-log(1 - score/100)`` that ranks steps.

    With noisy-OR the mass is a sum over pieces of evidence, so it keeps falling as
    evidence is removed even while the score itself is saturated near 100: the greedy
    choice stays meaningful from the first step, and takes the strongest evidence first.
    """
    import math

    from footprint.exposure.scoring import overall

    p = overall(dict(exposure.probabilities))
    return 100 * p, -math.log(max(1.0 - p, 1e-12))


def _step(act: Action, score_after: int) -> Step:
    field = (act.field or "").replace("_", " ")
    text = instructions(act.action, act.platform, field=field or "field")
    return Step(
        action=act.action,
        platform=act.platform,
        title=act.title,
        signals=act.signals,
        instructions=text,
        score_after=score_after,
        effort=round(act.effort, 2),
        guidance=act.guidance,
        effect="hide" if act.hides else "remove",
    )
