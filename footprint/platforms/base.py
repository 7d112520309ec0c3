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

Everything else footprint knows about a platform lives on its class too, so that a new
platform (built in or a plugin) touches nothing outside its own module:

``title``, ``download``, ``generations``
    Its name for people, how a person downloads the export, the export generations read
    (the README's platform table is generated from these).
``profile_urls``
    URL shapes of a profile page on the platform (:class:`ProfileUrl`): a link to one in
    another account's bio ties the two accounts together.
``structured_fields``
    Profile fields whose values are not prose (an e-mail address, a birthday): every
    other :class:`~footprint.model.ProfileField` is read as text by the detectors.
``app_kinds``
    Member kinds that list connected third-party apps (for the posture check).
``private``
    What the platform's "private account" setting really hides (:class:`PrivateMode`),
    or ``None`` when there is no such setting or it changes nothing already posted.
``settings``
    Where each plan action is done on this platform, as instructions a person follows
    (keys are the action names of :mod:`footprint.exposure.actions`).
``item_ids``
    What ``source.item`` is for each kind of item this platform's export holds
    (CONTRACT.md's ``source.item`` table; ``docs/`` is generated from it).
``reads_after_others``
    The parser recognises the person by the names on their other accounts
    (``ctx.known_names``), so its exports are read after the rest of the scan.
``id_format``
    The shape of this platform's ids of posts, comments, likes and reposts (X: digits;
    Bluesky: ``at://`` URIs): a deletion manifest writes only ids of this shape, so that
    a bulk-deletion tool never receives anything else, and reports any other.
"""

from __future__ import annotations

import abc
import re
from collections.abc import Iterable, Mapping
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
    # The names the person writes under in chat exports (``--me``), which name no author.
    me: tuple[str, ...] = ()
    # Display names on the person's accounts read before this export (other platforms).
    known_names: tuple[str, ...] = ()
    # Coverage lines learned while reading (what this export cannot show).
    notes: list[str] = field(default_factory=list)

    def problem(self, member: Member | str, message: str) -> None:
        """Record a problem with one member; the scan goes on."""
        name = member.name if isinstance(member, Member) else member
        self.problems.append(f"{name}: {message}")

    def note(self, line: str) -> None:
        """Say what the export cannot show, as learned from its content (report coverage)."""
        if line not in self.notes:
            self.notes.append(line)


@dataclass(frozen=True, slots=True)
class ProfileUrl:
    """The shape of a profile page's URL: ``host`` matches the host name (lower case),
    ``path`` the path, with the handle as its first group.

    ``open_host``: any host may serve such pages (a Mastodon server); the handle is then
    ``user@host``, and the shape is tried only after every fixed host.
    """

    host: re.Pattern[str]
    path: re.Pattern[str]
    open_host: bool = False

    @classmethod
    def of(cls, host: str, path: str, open_host: bool = False) -> ProfileUrl:
        return cls(re.compile(host), re.compile(path), open_host)


@dataclass(frozen=True, slots=True)
class PrivateMode:
    """What making an account private does, as the platform documents it.

    ``hides`` are the kinds of item (a signal's ``item_kind``: ``post``, ``reply``,
    ``repost``, ``like``, ``comment``, ``list`` for follower and friend lists, ...) that
    strangers stop seeing. Anything else, the profile above all (name, bio, location,
    website, picture), stays public, and the plan says so.
    """

    setting: str  # the setting's own name: "Protect your posts"
    hides: frozenset[str]
    leaves_public: str  # what stays public, for people: "your name, bio, location ..."


# An id of any platform that does not say: one token that starts with a letter or digit
# (never a spreadsheet formula), without spaces, quotes or commas.
GENERIC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9:/._~%?=&#+@-]{0,499}")
# A date as an export writes it, where the date is the item's id (LinkedIn comments).
DATE_ID = r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?"
# A web address without spaces, quotes or commas.
URL_ID = r"https://[A-Za-z0-9.-]+(?::\d+)?/[A-Za-z0-9:/._~%?=&#+@!$*;-]*"

# Profile fields holding data rather than prose, on every platform.
STRUCTURED_FIELDS = frozenset(
    ("email", "business_email", "phone", "birthday", "gender", "country_code", "language")
)


class Platform(abc.ABC):
    """A platform's export reader (one module per platform), and what footprint knows
    about the platform (see the module docstring)."""

    name: ClassVar[str]  # CONTRACT.md platform name: "x", "linkedin", ...
    title: ClassVar[str]  # for people: "X"
    kinds: ClassVar[tuple[str, ...]]  # member kinds in reading order
    download: ClassVar[str] = ""
    generations: ClassVar[str] = ""
    verified: ClassVar[bool] = True  # read from real exports (False: from documentation only)
    profile_urls: ClassVar[tuple[ProfileUrl, ...]] = ()
    structured_fields: ClassVar[frozenset[str]] = STRUCTURED_FIELDS
    app_kinds: ClassVar[frozenset[str]] = frozenset()
    private: ClassVar[PrivateMode | None] = None
    settings: ClassVar[Mapping[str, str]] = {}
    item_ids: ClassVar[Mapping[str, str]] = {}
    # Read after every other platform of the scan, because ``read`` uses
    # ``ctx.known_names`` (a chat export does not say which author is the person).
    reads_after_others: ClassVar[bool] = False
    id_format: ClassVar[re.Pattern[str]] = GENERIC_ID

    @abc.abstractmethod
    def identify(self, member: Member) -> str | None:
        """The kind of data file ``member`` is for this platform, or ``None``."""

    @abc.abstractmethod
    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        """Model records from one member of kind ``kind``."""

    def coverage(self, kinds: set[str]) -> list[str]:
        """What an export with these kinds of file cannot show (report ``coverage``)."""
        return []
