"""WhatsApp used for work: a posture check from the guidance.

The Welsh Government's policy is plain: "The use of WhatsApp for work purposes is not
permitted due to data security concerns"; and misconduct investigations in public office
have turned on group chats whose members passed comments on
(``../shared/guidance/``). So a WhatsApp group is flagged (``whatsapp_for_work``,
``not_met``) when it is about work:

- its **name** holds a work word (``rota``, ``shift``, ``briefing``, ``office``,
  ``response team``, ``comms``, ...: :data:`WORK_WORDS`), or names the organisation
  (a signal from the profile's terms on the group: ``Response Team B``, ``Press Office``);
- or the person's **own messages** in it do: work words in at least two of them and in
  at least a tenth, or any message that reveals the employer, the sector or a role.

It needs no profile: the work words are enough. Only groups count (a chat with one other
person is not a group), and only what the exports hold: chats not exported, and messages
not known to be the person's (no ``--me``), cannot be judged, so with no work group
found the check is ``unknown``, never ``met``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from footprint.exposure.instructions import instructions
from footprint.model import Group, Post
from footprint.signals import Signal

PLATFORM = "whatsapp"
CHECK = "whatsapp_for_work"
# Words that make a group name or a message about work, in any case, as whole words.
WORK_WORDS = re.compile(
    r"(?<!\w)(?:work|workplace|office|rotas?|shifts?|on[ -]call|overtime|briefings?|debrief"
    r"|handover|duty|duties|staff|colleagues?|team meeting|department|dept|directorate"
    r"|division|unit|squad|response team|neighbourhood team|press office|comms|HR|payroll"
    r"|line manager|management team|SMT|SLT|ops|operations|custody|patrol|earlies|lates"
    r"|night shift|annual leave|rest days?|casework|caseworkers?|constituency)(?!\w)",
    re.IGNORECASE,
)
_ABOUT_WORK = ("employer", "sector", "role")
_MAX_MESSAGES = 200_000  # messages remembered to tie their signals to their group


@dataclass
class _Chat:
    name_words: list[str] = field(default_factory=list)
    messages: int = 0
    work_messages: int = 0
    message_words: set[str] = field(default_factory=set)
    revealing: int = 0  # the person's messages with a signal about the employer, sector, role
    named: str | None = None  # the profile term that matched the name

    def reasons(self) -> list[str]:
        out = []
        if self.named:
            out.append(f"its name matches {self.named}")
        elif self.name_words:
            out.append(f"its name says {', '.join(repr(w) for w in self.name_words)}")
        if self.revealing:
            out.append(
                f"{self.revealing} of your messages in it reveal"
                f"{'s' if self.revealing == 1 else ''} your work"
            )
        elif self.work_messages >= max(2, self.messages / 10):
            words = ", ".join(repr(w) for w in sorted(self.message_words)[:3])
            out.append(
                f"{self.work_messages} of your {self.messages} messages talk of work ({words})"
            )
        return out


class WorkChats:
    """Sees the WhatsApp groups and the person's messages as they stream past."""

    def __init__(self) -> None:
        self.chats: dict[str, _Chat] = {}
        self.group_of: dict[str, str] = {}  # message item -> group name
        self.messages = 0

    def feed(self, item: Any) -> None:
        if isinstance(item, Group) and item.ref.platform == PLATFORM:
            chat = self.chats.setdefault(item.name, _Chat())
            chat.name_words = _words(item.name)
        elif isinstance(item, Post) and item.ref.platform == PLATFORM:
            self.messages += 1
            if not item.group:
                return
            chat = self.chats.setdefault(item.group, _Chat(name_words=_words(item.group)))
            chat.messages += 1
            found = _words(item.text)
            if found:
                chat.work_messages += 1
                chat.message_words.update(w.lower() for w in found)
            if item.ref.item and len(self.group_of) < _MAX_MESSAGES:
                self.group_of[item.ref.item] = item.group

    def verdict(self, platforms: Iterable[str], signals: Iterable[Signal]) -> Verdict | None:
        """The check's outcome, when the scan read WhatsApp."""
        if PLATFORM not in platforms:
            return None
        for s in signals:
            if s.platform != PLATFORM or s.reveals not in _ABOUT_WORK:
                continue
            if s.source.field == "groups" and s.source.item in self.chats:
                self.chats[s.source.item].named = repr(s.matched)
            elif s.source.item in self.group_of:
                self.chats[self.group_of[s.source.item]].revealing += 1
        work = {name: why for name, chat in self.chats.items() if (why := chat.reasons())}
        if work:
            shown = "; ".join(
                f'"{name}" ({", ".join(why)})' for name, why in sorted(work.items())[:5]
            )
            more = f" and {len(work) - 5} more" if len(work) > 5 else ""
            return Verdict(
                "not_met",
                f"WhatsApp is used for work: {len(work)} group"
                f"{'s' if len(work) > 1 else ''} about work: {shown}{more}. WhatsApp is not "
                "permitted for work, and any member can pass your messages on. "
                + instructions("move_work_chats", PLATFORM),
                "move_work_chats",
            )
        seen = len(self.chats)
        unread = "" if self.messages else "; none of your messages was identified (give --me NAME)"
        return Verdict(
            "unknown",
            f"No WhatsApp group read looks like work by its name or your messages ({seen} "
            f"group{'s' if seen != 1 else ''}{unread}). footprint sees only the chats you "
            "exported: WhatsApp is not permitted for work, so check your other groups too.",
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    status: str  # not_met | unknown (never met: unexported chats cannot be seen)
    detail: str
    action: str | None = None


def _words(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in WORK_WORDS.finditer(text)))
