"""Telling the person's messages from everyone else's in chat exports."""

from __future__ import annotations

import pytest

from footprint.platforms.base import ParseContext
from footprint.platforms.chats import attribution_note, norm_name, who_is_me


def test_names_compare_without_marks_case_or_emoji() -> None:
    assert norm_name("Sam Carter 🖤💙🖤") == norm_name("~\u202fsam  CARTER") == "sam carter"
    assert norm_name("\u200eBethan\u00a0Carrow") == "bethan carrow"
    assert norm_name("John-John Doe") == "john-john doe"
    assert norm_name("🚓") == ""


AUTHORS = {"sam carter": 3, "pat jones": 2}
SPELLED = {"sam carter": "Sam Carter", "pat jones": "Pat Jones"}


@pytest.mark.parametrize(
    ("me", "known", "names", "how"),
    [
        (("SAM carter",), (), {"sam carter"}, "given"),
        (("Nobody",), ("Sam Carter",), {"nobody"}, "absent"),  # --me wins over a guess
        ((), ("Alex", "Sam Carter 🖤💙🖤"), {"sam carter"}, "known"),
        ((), ("Alex",), set(), "none"),
        ((), (), set(), "none"),
        (("🚓",), (), set(), "absent"),  # a name of emoji only names no one
    ],
)
def test_who_is_me(me: tuple[str, ...], known: tuple[str, ...], names: set[str], how: str) -> None:
    found = who_is_me(AUTHORS, SPELLED, ParseContext("whatsapp", "x", me=me, known_names=known))
    assert (set(found.names), found.how) == (names, how)
    note = attribution_note("chat", found, is_group=True)
    if how == "given":
        assert note is None
    else:
        assert note is not None and note.startswith("chat: ")
        assert ("membership still count" in note) is (how != "known")
    if how == "known":
        assert found.name == "Sam Carter" and "'Sam Carter'" in str(note)
