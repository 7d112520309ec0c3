"""What every platform parser is: recognise its files, then read each into the model.

A parser is a :class:`Platform` subclass in its own module, registered with
``@platforms.register("<name>")``. It does two things:

``identify(member)``
    Says which of its kinds of data file a member is (``"tweets"``, ``"profile"``, ...),
    judged from the member's *content* (``member.head()``), with the name only to break
    a tie where the content alone cannot tell; ``None`` if it is not this platform's.
``read(kind, member, ctx)``
    Yields model records from one member. It streams large files. It raises
    :class:`~footprint.errors.ParseError` (or anything else) when the file is broken:
    what it yielded before the error is kept, and the error becomes a problem naming the
    member, while the other members are still read.

``kinds`` lists the kinds in the order they are read: files that set per-export state
(the account, whether it is protected) come before the posts that need it. ``ctx.state``
carries that state between members of one export.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from footprint.exports.archive import Member
from footprint.model import Item


@dataclass
class ParseContext:
    """Per (export, platform) state shared by the members a parser reads."""

    platform: str
    path: str  # the path the user gave
    problems: list[str] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    debug: bool = False

    def problem(self, member: Member | str, message: str) -> None:
        """Record a problem with one member; the scan goes on."""
        name = member.name if isinstance(member, Member) else member
        self.problems.append(f"{name}: {message}")


class Platform(abc.ABC):
    """A platform's export reader (one module per platform)."""

    name: ClassVar[str]  # CONTRACT.md platform name: "x", "linkedin", ...
    title: ClassVar[str]  # for people: "X (Twitter)"
    kinds: ClassVar[tuple[str, ...]]  # member kinds in reading order

    @abc.abstractmethod
    def identify(self, member: Member) -> str | None:
        """The kind of data file ``member`` is for this platform, or ``None``."""

    @abc.abstractmethod
    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        """Model records from one member of kind ``kind``."""

    def coverage(self, kinds: set[str]) -> list[str]:
        """What an export with these kinds of file cannot show (report ``coverage``)."""
        return []
