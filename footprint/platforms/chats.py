"""What chat exports share: telling the person's own messages from everyone else's.

A WhatsApp chat export, or a Telegram chat exported on its own, writes every author the
same way and does not say which of them exported it. The person's messages are those
written under a name they give with ``--me`` (``ctx.me``); without it, under a display
name of one of their other accounts in the same scan (``ctx.known_names``); else none
are read as theirs, and the coverage says so. Names are compared without case, spacing,
direction marks, emoji or a leading ``~`` (WhatsApp's mark for a sender not in the
address book): ``Sam Carter 🖤💙🖤`` on X is ``~ sam carter`` in a chat.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from footprint.platforms.base import ParseContext

# Direction marks and isolates chat apps write around names; U+202F/U+00A0 are spaces.
_MARK_CHARS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
MARKS: dict[int, str | None] = {ord(c): None for c in _MARK_CHARS}
MARKS.update({0x202F: " ", 0x00A0: " ", 0x2007: " "})


_ANY_MARK = re.compile("[" + "".join(chr(c) for c in MARKS) + "]")


def clean(text: str) -> str:
    """Text with the invisible marks removed and the odd spaces made plain."""
    return text.translate(MARKS) if _ANY_MARK.search(text) else text


@functools.lru_cache(maxsize=8192)
def norm_name(name: str) -> str:
    """A name as compared: marks, emoji and symbols, ``~``, case and spacing do not count."""
    text = unicodedata.normalize("NFKC", clean(name))
    kept = "".join(
        c
        for c in text
        if c not in "\ufe0e\ufe0f\u200d~" and not unicodedata.category(c).startswith("S")
    )
    return " ".join(kept.casefold().split())


@dataclass(frozen=True, slots=True)
class Me:
    """Who the person is among a chat's authors, and how that was decided.

    ``how``: ``given`` (a ``--me`` name writes in the chat), ``absent`` (``--me`` names
    no author), ``known`` (a display name on another account, ``name``), ``none``.
    """

    names: frozenset[str]  # normalised
    how: str
    name: str | None = None


def who_is_me(authors: Collection[str], spelled: Mapping[str, str], ctx: ParseContext) -> Me:
    """The person among ``authors`` (normalised names; ``spelled`` gives them as written)."""
    if ctx.me:
        given = frozenset(k for n in ctx.me if (k := norm_name(n)))
        return Me(given, "given" if given & set(authors) else "absent")
    for name in ctx.known_names:
        key = norm_name(name)
        if key and key in authors:
            return Me(frozenset((key,)), "known", spelled.get(key, name))
    return Me(frozenset(), "none")


def attribution_note(chat: str, me: Me, is_group: bool) -> str | None:
    """The coverage line that says how (or whether) the person's messages were found."""
    still = "; the group's name and your membership still count" if is_group else ""
    if me.how == "none":
        return (
            f"{chat}: no author is known to be you (give --me NAME): no message was read "
            f"as yours{still}"
        )
    if me.how == "absent":
        return (
            f"{chat}: none of the names given with --me wrote in it, so no message is yours{still}"
        )
    if me.how == "known":
        return (
            f"{chat}: your messages were recognised by the name '{me.name}' on your other "
            "accounts (give --me NAME if that is not you)"
        )
    return None
