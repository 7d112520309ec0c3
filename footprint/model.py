"""The shared model every platform parser produces.

Parsers turn each platform's files into these small frozen records; everything after
parsing (detectors, graph, score, plan, report) reads only these, never the files.

Every record carries a :class:`Ref` saying where it came from: the platform, the file
inside the export, the platform's own identifier of the item (CONTRACT.md,
``source.item``), the field, what is known of its visibility, and its date.

Dates are ISO 8601 strings in UTC (``2023-02-18T19:45:15Z``) or ``None``: they sort as
text, serialise as they are, and cost nothing to carry for a million items.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

Visibility = Literal["public", "connections", "private", "unknown"]
VISIBILITIES: tuple[str, ...] = ("public", "connections", "private", "unknown")


@dataclass(frozen=True, slots=True)
class Ref:
    """Where an item came from."""

    platform: str
    file: str  # the member inside the export, a POSIX path ("data/tweets.js")
    item: str | None  # the platform's own id of the item, None for profile fields and lists
    field: str  # "text", "bio", "following", ...
    visibility: Visibility = "unknown"
    date: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """All fields, for model dumps."""
        return {
            "platform": self.platform,
            "visibility": self.visibility,
            **self.source_dict(),
        }

    def source_dict(self) -> dict[str, Any]:
        """The ``source`` object of a signal in the report (CONTRACT.md section 2)."""
        return {
            "file": self.file,
            "item": self.item,
            "field": self.field,
            "date": self.date,
            "url": self.url,
        }


class _Record:
    """Mixin: the count key of a record kind and a plain-dict form."""

    __slots__ = ()
    count_key: ClassVar[str] = ""

    def counts_as(self) -> str:
        return self.count_key

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": type(self).__name__}
        names: tuple[str, ...] = getattr(self, "__slots__", ())
        for name in names:
            value = getattr(self, name)
            if isinstance(value, Ref | _Record):
                value = value.to_dict()
            elif isinstance(value, tuple):
                value = [v.to_dict() if isinstance(v, Ref | _Record) else v for v in value]
            out[name] = value
        return out


@dataclass(frozen=True, slots=True)
class Account(_Record):
    """One of the subject's own accounts."""

    count_key: ClassVar[str] = "accounts"
    platform: str
    handle: str | None
    ref: Ref
    account_id: str | None = None
    display_name: str | None = None
    url: str | None = None
    created_at: str | None = None
    protected: bool | None = None  # None: the export does not say


@dataclass(frozen=True, slots=True)
class ProfileField(_Record):
    """A field of the subject's own profile: bio, website, location, e-mail, ...

    ``field`` is one of CONTRACT.md's profile field names where one fits (``bio``,
    ``display_name``, ``handle``, ``website``, ``location``, ``email``, ``headline``,
    ``phone``, ``birthday``) and otherwise a plain name (``summary``, ``industry``,
    ``skill``, ``language``, ``family``, ``previous_handle``, ``gender``).
    """

    count_key: ClassVar[str] = "profile_fields"
    field: str
    value: str
    ref: Ref


@dataclass(frozen=True, slots=True)
class Media(_Record):
    """A photo or video, on its own or attached to a post."""

    count_key: ClassVar[str] = "media"
    uri: str
    ref: Ref
    media_type: str | None = None  # "photo", "video", "image/jpeg", ...
    caption: str | None = None
    lat: float | None = None
    lon: float | None = None
    taken_at: str | None = None


@dataclass(frozen=True, slots=True)
class Place(_Record):
    """A place tied to the subject: a geotag, a check-in, an event's place, a home city."""

    count_key: ClassVar[str] = "places"
    kind: str  # geotag | checkin | event | current_city | hometown | inferred_home | profile
    ref: Ref
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True)
class Post(_Record):
    """Anything the subject wrote or engaged with.

    ``kind`` is ``post`` (their own), ``reply``, ``repost`` (a retweet, boost or share of
    someone else's post), ``like``, ``comment`` or ``share`` (LinkedIn's name for a post).
    ``text`` is the words as the platform holds them (HTML entities and markup removed);
    ``urls`` are expanded where the export has the real address (never a t.co link when
    the export has ``expanded_url``).
    """

    kind: str
    text: str
    ref: Ref
    hashtags: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    media: tuple[Media, ...] = ()
    place: Place | None = None
    target: str | None = None  # what it answers, likes or reposts: a URL, handle or id
    group: str | None = None  # a group it was posted in
    lang: str | None = None

    def counts_as(self) -> str:
        return _POST_COUNT_KEYS.get(self.kind, self.kind + "s")


_POST_COUNT_KEYS = {
    "post": "posts",
    "reply": "replies",
    "repost": "reposts",
    "like": "likes",
    "comment": "comments",
    "share": "shares",
}
POST_KINDS: tuple[str, ...] = tuple(_POST_COUNT_KEYS)


@dataclass(frozen=True, slots=True)
class Connection(_Record):
    """Someone the subject follows, is followed by, is friends or connected with.

    ``relation`` is ``following``, ``follower``, ``friend``, ``connection`` or
    ``contact`` (an address-book contact of a messaging app, seen by nobody else).
    Third parties' names are kept for matching; reports never copy them into evidence.
    """

    relation: str
    ref: Ref
    name: str | None = None
    handle: str | None = None
    account_id: str | None = None
    url: str | None = None
    company: str | None = None
    position: str | None = None

    def counts_as(self) -> str:
        return _RELATION_COUNT_KEYS.get(self.relation, self.relation)


_RELATION_COUNT_KEYS = {
    "following": "following",
    "follower": "followers",
    "friend": "friends",
    "connection": "connections",
    "contact": "contacts",
}


@dataclass(frozen=True, slots=True)
class Group(_Record):
    """A group, page, company, list or community the subject belongs to or follows.

    ``kind``: ``group``, ``page`` (a followed or liked page), ``company`` (a LinkedIn
    company follow), ``list`` (an X list the subject was added to), ``subreddit``.
    """

    kind: str
    name: str
    ref: Ref
    role: str | None = None  # "admin", "member", "moderator", ...
    url: str | None = None

    def counts_as(self) -> str:
        return _GROUP_COUNT_KEYS.get(self.kind, self.kind + "s")


_GROUP_COUNT_KEYS = {
    "group": "groups",
    "page": "pages",
    "company": "companies",
    "list": "lists",
    "subreddit": "subreddits",
}


@dataclass(frozen=True, slots=True)
class Position(_Record):
    """A job in the subject's employment history (LinkedIn, Facebook work, X professional)."""

    count_key: ClassVar[str] = "positions"
    company: str
    ref: Ref
    title: str | None = None
    description: str | None = None
    location: str | None = None
    started: str | None = None  # as precise as the export: "2019-03" or a full date
    finished: str | None = None  # None: current


@dataclass(frozen=True, slots=True)
class Education(_Record):
    """A school or university."""

    count_key: ClassVar[str] = "education"
    school: str
    ref: Ref
    degree: str | None = None
    started: str | None = None
    finished: str | None = None


@dataclass(frozen=True, slots=True)
class Event(_Record):
    """An event the subject created, joined, was invited to or was interested in."""

    count_key: ClassVar[str] = "events"
    name: str
    ref: Ref
    response: str | None = None  # joined | declined | interested | invited | created
    start: str | None = None
    end: str | None = None
    place: Place | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class App(_Record):
    """A third-party application connected to an account."""

    count_key: ClassVar[str] = "apps"
    name: str
    ref: Ref
    app_id: str | None = None


@dataclass(frozen=True, slots=True)
class SecurityRecord(_Record):
    """A login, device, session, sign-up or security setting the export records.

    ``kind``: ``login``, ``device``, ``session``, ``registration``, ``two_factor``,
    ``email_change``, ``phone``, ``ip``.
    """

    count_key: ClassVar[str] = "security"
    kind: str
    ref: Ref
    value: str | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class ImageFile(_Record):
    """An image file in the export, fingerprinted (only with the ``images`` extra).

    ``ref.file`` is the member; ``phash`` and ``thumb`` are
    :class:`footprint.exports.imaging.Fingerprint`'s parts, so the record holds no pixels.
    """

    count_key: ClassVar[str] = "images"
    ref: Ref
    phash: int
    thumb: bytes


Item = (
    Account
    | ProfileField
    | Post
    | Media
    | Place
    | Connection
    | Group
    | Position
    | Education
    | Event
    | App
    | SecurityRecord
    | ImageFile
)
ITEM_TYPES: tuple[type, ...] = (
    Account,
    ProfileField,
    Post,
    Media,
    Place,
    Connection,
    Group,
    Position,
    Education,
    Event,
    App,
    SecurityRecord,
    ImageFile,
)
