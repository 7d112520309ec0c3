"""Facebook "Download Your Information" exports in JSON format.

Facebook has reorganised its export several times, so files are recognised by their
top-level JSON key and the shape of their records, not by folder or file name (the
path only breaks one tie, see label_values below), and a file is read wherever it lies
(a large export is split over several zips; each zip is read as it is). Keys are
matched with or without their version suffix: ``profile``, ``profile_v2`` and
``following_v3`` are all understood.

Generations read:

- about 2018-2020: unsuffixed keys (``profile``, ``friends``, ``groups_joined``,
  ``comments``, ``page_likes``, ``following``) in topic folders;
- 2021-22: the same files with ``_v2`` keys;
- 2022-23 onwards: category folders (``personal_information/``, ``connections/``,
  ``your_facebook_activity/``, ``logged_information/``); 2026 ``following_v3``.

What is taken from each kind of file:

profile (``profile_v2`` / ``profile``, in ``profile_information.json``)
    The account (username as handle, full name, profile address, registration date);
    profile fields ``display_name``, ``handle``, ``email`` (current and previous
    addresses), ``birthday`` (``YYYY-MM-DD``, or ``--MM-DD`` without a year), ``gender``,
    ``location`` (current city), ``hometown``, ``relationship``, ``family`` (name and
    relation), ``previous_name``, ``other_name``, ``website``, ``phone``, ``bio``; the
    current city and hometown as places; schools as education; ``work_experiences``
    as positions; the older profile's ``pages`` (liked pages) and ``groups``.
friends (``friends_v2``), following (``following_v3`` / ``following_v2``), followers
    One connection per name. Facebook gives names only: no ids and no links.
pages (``page_likes_v2``, ``pages_followed_v2``, ``pages_v2``)
    Liked and followed pages; ``pages_v2`` ("your pages") are pages the person manages,
    so they carry the role ``admin``.
groups (``groups_joined_v2``, ``groups_admined_v2``, ``group_badges_v2``)
    One group per name, with the role (``member``, ``admin`` or the badge); "left the
    group" entries, which name the group only inside a sentence, are skipped.
posts (a top-level list, as in ``your_posts_1.json``, ``facebook_media.json`` and
``your_posts__check_ins__photos_and_videos_1.json``; ``group_posts_v2``)
    The text, hashtags, shared links, attached photos and videos (with GPS from their
    EXIF when present), check-in places and attached events. Facebook does not say who
    could see each post, so visibility is ``unknown``. Posts in groups do not name the
    group outside the localized title sentence, so their ``group`` stays empty.
comments (``comments_v2``, ``group_comments_v2``)
    The comment's text, the group it was written in, and attached links and media.
events (``event_responses_v2``, ``events_invited_v2``, ``your_events_v2``)
    Each event with the response (joined, declined, interested, invited, created),
    its dates and its place with coordinates.
places (``your_places_v2``)
    Places the person created on Facebook, with coordinates.
apps (``installed_apps_v2`` and its inactive/removed lists, ``off_facebook_activity_v2``)
    The name of each connected app or website.
security (``account_activity_v2``, ``used_ip_address_v2``, ``account_accesses_v2``,
``active_sessions_v2``)
    Logins, sessions and IP addresses with their dates. The record keys are known from
    other tools' code, not from a copied export, so they are read leniently.
label_values (the newer generic ``[{"timestamp", "label_values": [...]}]`` shape)
    Only the obvious: a record with a ``Message``/``Text``/``Caption`` label becomes a
    post, with any links it holds. Instagram uses the same shape, so such a file is
    claimed only when its content links to facebook.com or its path names Facebook.

Every string is repaired from Meta's mojibake (each UTF-8 byte escaped on its own)
before it is used. Poll votes are recognised and skipped. Messages are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import from_epoch
from footprint.exports.readers import fix_mojibake, iter_json_items, load_json
from footprint.model import (
    Account,
    App,
    Connection,
    Education,
    Event,
    Group,
    Item,
    Media,
    Place,
    Position,
    Post,
    ProfileField,
    Ref,
    SecurityRecord,
)
from footprint.platforms.base import ParseContext, Platform, PrivateMode, ProfileUrl
from footprint.registry import platforms

NAME = "facebook"

# The first key of a JSON object at the top level, or of the first element of a
# top-level list; group 3 is the first character of that key's value.
_FIRST_KEY = re.compile(
    rb'\A(?:\xef\xbb\xbf)?\s*(\[\s*)?\{\s*"((?:[^"\\]|\\.){1,100})"\s*:\s*(\S)', re.S
)
_VERSION = re.compile(r"_v\d+$")

# Top-level key without its version suffix -> (kind, the character its value opens
# with). The opener keeps Instagram's 2018 ``connections.json`` (``"followers": {``)
# and ``media.json`` (``"profile": [``) out.
_KEYS: dict[str, tuple[str, str]] = {
    "profile": ("profile", "{"),
    "friends": ("friends", "["),
    "following": ("following", "["),
    "followers": ("followers", "["),
    "page_likes": ("pages", "["),
    "liked_pages": ("pages", "["),
    "pages_followed": ("pages", "["),
    "pages": ("pages", "["),
    "groups_joined": ("groups", "["),
    "groups_admined": ("groups", "["),
    "group_badges": ("groups", "{"),
    "group_posts": ("posts", "["),
    "comments": ("comments", "["),
    "group_comments": ("comments", "["),
    "event_responses": ("events", "{"),
    "events_invited": ("events", "["),
    "your_events": ("events", "["),
    "your_places": ("places", "["),
    "installed_apps": ("apps", "["),
    "inactive_apps": ("apps", "["),
    "removed_apps": ("apps", "["),
    "off_facebook_activity": ("apps", "["),
    "account_activity": ("security", "["),
    "used_ip_address": ("security", "["),
    "account_accesses": ("security", "["),
    "active_sessions": ("security", "["),
    "poll_votes": ("ignored", "["),
    "pages_unfollowed": ("ignored", "["),
}

# Facebook's post records open with one of these keys.
_POST_FIRST_KEYS = frozenset({"timestamp", "attachments", "data", "title", "tags"})
# Instagram's record shapes: a list holding these is never a Facebook posts file.
_INSTAGRAM_MARKERS = (
    b'"string_list_data"',
    b'"string_map_data"',
    b'"media_list_data"',
    b'"media_map_data"',
)

# Kinds read whole (small files, possibly holding several lists under several keys).
_WHOLE = frozenset({"profile", "groups", "events", "places", "apps"})

_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
_URL = re.compile(r"https?://[^\s<>\"']+")
_VIDEO_EXT = (".mp4", ".mov", ".avi", ".webm", ".mkv", ".3gp")
_PHOTO_EXT = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".bmp")
_TEXT_LABELS = frozenset({"message", "text", "caption", "post", "status"})


def _base(key: str) -> str:
    return _VERSION.sub("", key)


def _s(value: Any) -> str | None:
    """A non-empty stripped string, or None (numbers are kept as their digits)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        text = value.strip()
        return text if text and text.upper() not in ("N/A", "NONE", "NULL") else None
    return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _coords(value: Any) -> tuple[float | None, float | None]:
    """Latitude and longitude from ``{latitude, longitude}``; (0, 0) is a placeholder."""
    d = _dict(value)
    lat, lon = _float(d.get("latitude")), _float(d.get("longitude"))
    if lat is None or lon is None or (lat == 0 and lon == 0):
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    return lat, lon


def _stamp(value: Any) -> str | None:
    """A valid epoch timestamp as a decimal string (CONTRACT ``source.item``)."""
    if from_epoch(value) is None:
        return None
    try:
        return str(int(float(value)))
    except (TypeError, ValueError):
        return None


def _name_of(rec: dict[str, Any]) -> str | None:
    """``name``, or the first ``data[].name`` (never the localized ``title``)."""
    name = _s(rec.get("name"))
    if name:
        return name
    for d in _list(rec.get("data")):
        name = _s(_dict(d).get("name"))
        if name:
            return name
    return None


def _hashtags(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in _HASHTAG.findall(text):
        if not tag.isdigit():
            seen.setdefault(tag, None)
    return tuple(seen)


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _first_key(member: Member) -> tuple[bool, str, str] | None:
    """(top level is a list, first key, its value's opening character) from the head."""
    m = _FIRST_KEY.match(member.head())
    if m is None:
        return None
    try:
        key = m.group(2).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return m.group(1) is not None, key, m.group(3).decode("latin-1")


@platforms.register(NAME)
class Facebook(Platform):
    """Facebook JSON exports, every generation since about 2018."""

    name = NAME
    title = "Facebook"
    download = "Accounts Center > Download your information, **JSON** format"
    generations = (
        "2018-20, 2021-22 (`_v2` keys), 2022-23 folders, 2026 (`following_v3`); mojibake repaired"
    )
    profile_urls = (ProfileUrl.of(r"^(?:www\.|m\.)?facebook\.com$", r"^/([A-Za-z0-9.]{5,})/?$"),)
    app_kinds = frozenset(("apps",))
    # Facebook has no private account: "Limit past posts" turns every past public post
    # into a friends-only one. The intro (work, town, school) has audiences of its own.
    private = PrivateMode(
        "Limit who can see past posts",
        frozenset(("post", "share", "media", "place")),
        (
            "your name, profile picture, cover photo, and each About detail whose own audience is"
            " Public"
        ),
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "post, comment, check-in and their media": (
            "the post's `timestamp` (or `creation_timestamp`), as a decimal string"
        ),
        "group, page, followed account": (
            "the group's `data[].name` / the page's `name` / the account's `value`, as written "
            "(after the encoding repair)"
        ),
        "friend": "the friend's `name`",
    }
    id_format = re.compile(r"\d{1,12}")  # timestamps, in seconds
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": (
            "On Facebook, open your profile > About (Details); edit the {field}, or set "
            "its audience to Only me."
        ),
        "change_email": (
            "On Facebook, Accounts Center > Personal details > Contact info: remove the "
            "work address."
        ),
        "remove_position": (
            "On Facebook, Profile > About > Work and education: delete the workplace or "
            "set it to Only me."
        ),
        "delete_posts": (
            "Facebook Activity log (Settings & privacy > Activity log > Your activity "
            "across Facebook > Posts): delete each post listed, or Manage posts to change"
            " their audience."
        ),
        "delete_comments": "Activity log > Comments: delete each comment listed.",
        "leave_group": (
            "Facebook Groups > Your groups: open the group > Joined > Leave group. For a "
            "page: open it > Following/Liked > Unfollow and Unlike."
        ),
        "unfollow": (
            "Settings & privacy > Settings > Audience and visibility > Followers and "
            "public content: set who can see the people and pages you follow to Only me, "
            "or unfollow the pages listed."
        ),
        "hide_connections": (
            "Settings & privacy > Settings > Audience and visibility > How people find "
            "and contact you > Who can see your friends list? > Only me."
        ),
        "remove_location": "Activity log > Check-ins: delete the check-ins listed.",
        "hide_events": "Facebook Events > Your events: remove your response to the events listed.",
        "make_private": (
            "Settings & privacy > Settings > Audience and visibility > Posts > Limit who "
            "can see past posts; and set future posts to Friends."
        ),
        "turn_on_2fa": (
            "Accounts Center > Password and security > Two-factor authentication: choose "
            "an authentication app."
        ),
        "remove_apps": (
            "Settings & privacy > Settings > Apps and websites: remove those you do not use."
        ),
    }
    kinds = (
        "profile",
        "friends",
        "followers",
        "following",
        "pages",
        "groups",
        "events",
        "places",
        "posts",
        "comments",
        "label_values",
        "apps",
        "security",
        "ignored",
    )

    # --- recognising files -------------------------------------------------------------

    def identify(self, member: Member) -> str | None:
        head = member.head()
        start = head[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
        if not start.startswith((b"{", b"[")):
            return None  # photos, videos, HTML, CSV: one look at the first bytes
        found = _first_key(member)
        if found is None:
            return None
        is_list, key, opener = found
        entry = _KEYS.get(_base(key))
        if entry is not None and entry[1] == opener:
            return entry[0]  # also a list wrapping {key: ...} objects (seen in a fixture)
        if b'"label_values"' in head:
            return self._label_values_owner(member, head)
        if is_list and key in _POST_FIRST_KEYS:
            if any(marker in head for marker in _INSTAGRAM_MARKERS):
                return None
            return "posts"
        return None

    @staticmethod
    def _label_values_owner(member: Member, head: bytes) -> str | None:
        # Instagram writes the same generic shape: decide by the links it holds, and
        # only when it holds none by the path (the tie-break the content cannot make).
        low = head.lower()
        if b"instagram.com" in low:
            return None
        if b"facebook.com" in low:
            return "label_values"
        name = member.name.lower()
        if "facebook" in name and "instagram" not in name:
            return "label_values"
        return None

    # --- reading -------------------------------------------------------------------------

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterator[Item]:
        if kind == "ignored":
            return  # recognised (poll votes, unfollowed pages) so as not to be reported
        reader = _Reader(member, ctx)
        if kind == "profile":
            yield from reader.profile()
            return
        handlers = {
            "friends": reader.friend,
            "followers": reader.follower,
            "following": reader.following,
            "pages": reader.page,
            "groups": reader.group,
            "events": reader.event,
            "places": reader.place,
            "posts": reader.post,
            "comments": reader.comment,
            "label_values": reader.label_values,
            "apps": reader.app,
            "security": reader.security,
        }
        handler = handlers.get(kind)
        for base, rec in _records(member, whole=kind in _WHOLE):
            if handler is not None:
                yield from handler(base, rec)

    def coverage(self, kinds: set[str]) -> list[str]:
        notes = [
            "Facebook exports do not say who could see each post, comment or photo.",
            "Facebook friend and follow lists hold names only, without account ids or "
            "links, so employers' pages are matched by name.",
        ]
        missing = {
            "profile": "no profile information (name, e-mails, work, education, city)",
            "friends": "no friends list",
            "following": "no list of the people and pages followed",
            "posts": "no posts",
            "groups": "no group memberships",
        }
        for kind, what in missing.items():
            if kind not in kinds:
                notes.append(f"This Facebook export holds {what}.")
        return notes


# --- walking a file's records ------------------------------------------------------------


def _records(member: Member, whole: bool) -> Iterator[tuple[str | None, Any]]:
    """(key without version suffix, record) for every record of a member.

    Large files are streamed: for an object, the elements of the list under its first
    key; for a top-level list, each element, where an element that wraps known keys
    (``[{"comments_v2": [...]}, ...]``) is opened. Files of the ``whole`` kinds are
    read at once so that every key in them is seen.
    """
    found = _first_key(member)
    if whole or found is None:
        yield from _expand(load_json(member))
        return
    is_list, key, opener = found
    if is_list:
        for element in iter_json_items(member, "item"):
            yield from _expand_element(element)
    elif opener == "[" and "." not in key:
        base = _base(key)
        for rec in iter_json_items(member, f"{key}.item"):
            yield base, fix_mojibake(rec)
    else:
        yield from _expand(load_json(member))


def _expand(data: Any) -> Iterator[tuple[str | None, Any]]:
    if isinstance(data, list):
        for element in data:
            yield from _expand_element(element)
    elif isinstance(data, dict):
        yield from _expand_keys(data)
    else:
        raise ParseError("not a JSON object or list")


def _expand_element(element: Any) -> Iterator[tuple[str | None, Any]]:
    if isinstance(element, dict) and any(_base(k) in _KEYS for k in element):
        yield from _expand_keys(element)
    else:
        yield None, fix_mojibake(element)


def _expand_keys(data: dict[str, Any]) -> Iterator[tuple[str | None, Any]]:
    for key, value in data.items():
        base = _base(key)
        if base not in _KEYS:
            continue
        if isinstance(value, list):
            for rec in value:
                yield base, fix_mojibake(rec)
        else:
            yield base, fix_mojibake(value)


# --- turning records into the model -----------------------------------------------------


class _Reader:
    """Builds model records for one member."""

    def __init__(self, member: Member, ctx: ParseContext) -> None:
        self.member = member
        self.file = member.name
        self.ctx = ctx

    def ref(
        self,
        field: str,
        item: str | None = None,
        date: str | None = None,
        url: str | None = None,
    ) -> Ref:
        return Ref(NAME, self.file, item, field, "unknown", date, url)

    def field(self, field: str, value: Any, date: str | None = None) -> Iterator[ProfileField]:
        text = _s(value)
        if text:
            yield ProfileField(field, text, self.ref(field, date=date))

    # profile ------------------------------------------------------------------------

    def profile(self) -> Iterator[Item]:
        profile: dict[str, Any] = {}
        for base, rec in _records(self.member, whole=True):
            if base == "profile" and isinstance(rec, dict):
                profile = rec
                break
        if not profile:
            raise ParseError("no profile object in the file")
        p = profile
        name = p.get("name")
        full_name = _s(name) if isinstance(name, str) else _s(_dict(name).get("full_name"))
        username = _s(p.get("username"))
        uri = _s(p.get("profile_uri"))
        if full_name or username or uri:
            self.ctx.state["handle"] = username or full_name
            yield Account(
                NAME,
                username,
                self.ref("handle", url=uri),
                display_name=full_name,
                url=uri,
                created_at=from_epoch(p.get("registration_timestamp")),
            )
        yield from self.field("display_name", full_name)
        yield from self.field("handle", username)
        yield from self._emails(p.get("emails"))
        yield from self.field("birthday", _birthday(p.get("birthday")))
        gender = p.get("gender")
        if isinstance(gender, dict):
            gender = gender.get("gender_option") or gender.get("custom_genders")
            if isinstance(gender, list):
                gender = ", ".join(g for g in gender if isinstance(g, str))
        yield from self.field("gender", gender)
        for key in ("about_me", "bio", "intro_bio"):
            yield from self.field("bio", p.get(key))
        yield from self._city(p.get("current_city"), "location", "current_city")
        yield from self._city(p.get("hometown"), "hometown", "hometown")
        yield from self.field("relationship", _relationship(p.get("relationship")))
        for member in _list(p.get("family_members")):
            m = _dict(member)
            who, relation = _s(m.get("name")), _s(m.get("relation"))
            if who or relation:
                value = f"{who} ({relation})" if who and relation else who or relation
                yield from self.field("family", value, from_epoch(m.get("timestamp")))
        for key, field in (("previous_names", "previous_name"), ("other_names", "other_name")):
            for entry in _list(p.get(key)):
                e = entry if isinstance(entry, str) else _dict(entry).get("name")
                yield from self.field(field, e, from_epoch(_dict(entry).get("timestamp")))
        for site in _list(p.get("websites")):
            if isinstance(site, dict):
                site = site.get("address") or site.get("url") or site.get("website")
            yield from self.field("website", site)
        for phone in _list(p.get("phone_numbers")):
            if isinstance(phone, dict):
                phone = phone.get("phone_number") or phone.get("number")
            yield from self.field("phone", phone)
        for school in _list(p.get("education_experiences")):
            yield from self._education(_dict(school))
        for job in _list(p.get("work_experiences")):
            yield from self._position(_dict(job))
        yield from self._profile_pages(p.get("pages"))
        for group in _list(p.get("groups")):
            g = _dict(group)
            gname = _s(g.get("name"))
            if gname:
                date = from_epoch(g.get("timestamp"))
                yield Group("group", gname, self.ref("groups", gname, date), role="member")

    def _emails(self, emails: Any) -> Iterator[ProfileField]:
        if isinstance(emails, dict):
            addresses = _list(emails.get("emails")) + _list(emails.get("previous_emails"))
        else:
            addresses = _list(emails)
        for address in dict.fromkeys(a for a in addresses if isinstance(a, str)):
            yield from self.field("email", address)

    def _city(self, value: Any, field: str, kind: str) -> Iterator[Item]:
        city = _dict(value) if isinstance(value, dict) else {"name": value}
        name = _s(city.get("name"))
        if not name:
            return
        date = from_epoch(city.get("timestamp"))
        yield ProfileField(field, name, self.ref(field, date=date))
        yield Place(kind, self.ref(field, date=date), name=name)

    def _education(self, school: dict[str, Any]) -> Iterator[Education]:
        name = _s(school.get("name"))
        if not name:
            return
        studied = [c for c in _list(school.get("concentrations")) if isinstance(c, str)]
        degree = _s(school.get("degree")) or _s(", ".join(studied))
        yield Education(
            name,
            self.ref("education", date=from_epoch(school.get("timestamp"))),
            degree=degree,
            started=from_epoch(school.get("start_timestamp")),
            finished=from_epoch(school.get("end_timestamp")),
        )

    def _position(self, job: dict[str, Any]) -> Iterator[Position]:
        # Key names unverified (every copied export has an empty list): accept the
        # spellings Facebook's other files and other tools use.
        company = None
        for key in ("employer", "name", "company", "organization"):
            value = job.get(key)
            company = _s(_dict(value).get("name")) if isinstance(value, dict) else _s(value)
            if company:
                break
        if not company:
            return
        location = job.get("location")
        if isinstance(location, dict):
            location = location.get("name")
        started = from_epoch(job.get("start_timestamp"))
        yield Position(
            company,
            self.ref("position", f"{company}|{started or ''}", from_epoch(job.get("timestamp"))),
            title=_s(job.get("title")) or _s(job.get("position")),
            description=_s(job.get("description")),
            location=_s(location),
            started=started,
            finished=from_epoch(job.get("end_timestamp")),
        )

    def _profile_pages(self, categories: Any) -> Iterator[Group]:
        # The older profile groups liked pages by category: {name, pages[], timestamps[]}.
        for category in _list(categories):
            c = _dict(category)
            stamps = _list(c.get("timestamps"))
            for i, page in enumerate(_list(c.get("pages"))):
                pname = _s(page)
                if pname:
                    date = from_epoch(stamps[i]) if i < len(stamps) else None
                    yield Group("page", pname, self.ref("pages", pname, date))

    # lists of people, pages and groups ---------------------------------------------------

    def _connection(self, rec: Any, relation: str, field: str) -> Iterator[Item]:
        r = _dict(rec)
        name = _name_of(r)
        if name:
            date = from_epoch(r.get("timestamp"))
            yield Connection(relation, self.ref(field, name, date), name=name)

    def friend(self, base: str | None, rec: Any) -> Iterator[Item]:
        yield from self._connection(rec, "friend", "friends")

    def follower(self, base: str | None, rec: Any) -> Iterator[Item]:
        yield from self._connection(rec, "follower", "followers")

    def following(self, base: str | None, rec: Any) -> Iterator[Item]:
        # People and Pages are mixed and not told apart: detectors match the name.
        yield from self._connection(rec, "following", "following")

    def page(self, base: str | None, rec: Any) -> Iterator[Item]:
        r = _dict(rec)
        name = _name_of(r)
        if not name:
            return
        date = from_epoch(r.get("timestamp"))
        url = _s(r.get("url"))
        field = "following" if base == "pages_followed" else "pages"
        role = "admin" if base == "pages" else None  # pages_v2: "your pages"
        yield Group("page", name, self.ref(field, name, date, url), role=role, url=url)

    def group(self, base: str | None, rec: Any) -> Iterator[Item]:
        if base == "group_badges":
            for gname, badges in _dict(rec).items():
                name = _s(gname)
                if not name:
                    continue
                roles = [_role(b) for b in _list(badges) if _s(b)] or [None]
                for role in dict.fromkeys(roles):
                    yield Group("group", name, self.ref("groups", name), role=role)
            return
        r = _dict(rec)
        name = _name_of(r)  # "left the group" entries have no data: skipped
        if name:
            role = "admin" if base == "groups_admined" else "member"
            date = from_epoch(r.get("timestamp"))
            yield Group("group", name, self.ref("groups", name, date), role=role)

    # events and places ----------------------------------------------------------------------

    def event(self, base: str | None, rec: Any) -> Iterator[Item]:
        if base == "event_responses":
            responses = (
                ("events_joined", "joined"),
                ("events_declined", "declined"),
                ("events_interested", "interested"),
            )
            for key, response in responses:
                for ev in _list(_dict(rec).get(key)):
                    yield from self._event(_dict(ev), response)
            return
        response = "invited" if base == "events_invited" else "created"
        yield from self._event(_dict(rec), response)

    def _event(
        self, ev: dict[str, Any], response: str | None, item: str | None = None
    ) -> Iterator[Event]:
        name = _s(ev.get("name"))
        if not name:
            return
        item = item or name
        start = from_epoch(ev.get("start_timestamp"))
        date = from_epoch(ev.get("create_timestamp")) or start
        yield Event(
            name,
            self.ref("events", item, date),
            response=response,
            start=start,
            end=from_epoch(ev.get("end_timestamp")),
            place=self._place(ev.get("place"), "event", item, date),
            description=_s(ev.get("description")),
        )

    def _place(self, value: Any, kind: str, item: str | None, date: str | None) -> Place | None:
        p = _dict(value)
        name = _s(p.get("name"))
        lat, lon = _coords(p.get("coordinate"))
        address = _s(p.get("address"))
        if not (name or lat is not None or address):
            return None
        url = _s(p.get("url"))
        return Place(
            kind, self.ref("place", item, date, url), name=name, lat=lat, lon=lon, address=address
        )

    def place(self, base: str | None, rec: Any) -> Iterator[Item]:
        r = _dict(rec)
        name = _s(r.get("name"))
        place = self._place(r, "created", name, from_epoch(r.get("creation_timestamp")))
        if place is not None:
            yield place

    # posts and comments ---------------------------------------------------------------------

    def post(self, base: str | None, rec: Any) -> Iterator[Item]:
        r = _dict(rec)
        if "sender_name" in r or "timestamp_ms" in r:
            return  # a message that found its way into a media list: not a post
        if "label_values" in r:
            yield from self.label_values(base, r)
            return
        item = _stamp(r.get("timestamp"))
        date = from_epoch(r.get("timestamp"))
        texts = [_s(d.get("post")) for d in map(_dict, _list(r.get("data")))]
        texts.append(_s(r.get("post")))
        parts = _Attachments(self, r.get("attachments"), item, date)
        text = "\n".join(t for t in [*texts, *parts.texts] if t)
        yield from parts.events
        if not (text or parts.media or parts.urls or parts.place):
            return
        yield Post(
            "post",
            text,
            self.ref("text", item, date),
            hashtags=_hashtags(text),
            urls=_dedupe([*parts.urls, *_URL.findall(text)]),
            media=tuple(parts.media),
            place=parts.place,
            group=_s(r.get("group")),
        )

    def comment(self, base: str | None, rec: Any) -> Iterator[Item]:
        r = _dict(rec)
        comments = [_dict(_dict(d).get("comment")) for d in _list(r.get("data"))]
        comments = [c for c in comments if c] or [{}]
        for c in comments:
            stamp = c.get("timestamp") or r.get("timestamp")
            item, date = _stamp(stamp), from_epoch(stamp)
            parts = _Attachments(self, r.get("attachments"), item, date)
            text = _s(c.get("comment")) or ""
            if not (text or parts.media or parts.urls):
                continue
            yield Post(
                "comment",
                text,
                self.ref("text", item, date),
                hashtags=_hashtags(text),
                urls=_dedupe([*parts.urls, *_URL.findall(text)]),
                media=tuple(parts.media),
                group=_s(c.get("group")),
            )

    def label_values(self, base: str | None, rec: Any) -> Iterator[Item]:
        r = _dict(rec)
        text: str | None = None
        urls: list[str] = []
        for label, value, href in _walk_labels(r.get("label_values")):
            if text is None and label.lower() in _TEXT_LABELS and value:
                text = value
            for candidate in (href, value):
                if candidate and candidate.startswith(("http://", "https://")):
                    urls.append(candidate)
        if not text:
            return
        item = _stamp(r.get("timestamp"))
        date = from_epoch(r.get("timestamp"))
        yield Post(
            "post",
            text,
            self.ref("text", item, date),
            hashtags=_hashtags(text),
            urls=_dedupe([*urls, *_URL.findall(text)]),
        )

    # apps and security ----------------------------------------------------------------------

    def app(self, base: str | None, rec: Any) -> Iterator[Item]:
        r = _dict(rec)
        name = _s(r.get("name"))
        if not name:
            return
        field = "off_facebook_activity" if base == "off_facebook_activity" else "apps"
        date = from_epoch(r.get("added_timestamp")) or from_epoch(r.get("timestamp"))
        yield App(name, self.ref(field, name, date))

    def security(self, base: str | None, rec: Any) -> Iterator[Item]:
        r = _dict(rec)
        ip = _s(r.get("ip_address")) or _s(r.get("ip"))
        stamp = r.get("timestamp") or r.get("created_timestamp") or r.get("updated_timestamp")
        place = ", ".join(
            v for v in (_s(r.get(k)) for k in ("city", "region", "country", "location")) if v
        )
        detail_parts = [
            _s(r.get("action")),
            place or None,
            _s(r.get("device")),
            _s(r.get("user_agent")),
            _s(r.get("site_name")) or _s(r.get("site")) or _s(r.get("app")),
        ]
        detail = " | ".join(d for d in detail_parts if d) or None
        if not (ip or detail):
            return
        kind = {"used_ip_address": "ip", "active_sessions": "session"}.get(base or "", "login")
        yield SecurityRecord(
            kind, self.ref("ip", _stamp(stamp), from_epoch(stamp)), value=ip, detail=detail
        )


class _Attachments:
    """What a post's or comment's ``attachments[].data[]`` hold."""

    def __init__(self, reader: _Reader, attachments: Any, item: str | None, date: str | None):
        self.media: list[Media] = []
        self.urls: list[str] = []
        self.texts: list[str] = []
        self.events: list[Event] = []
        self.place: Place | None = None
        for attachment in _list(attachments):
            for d in _list(_dict(attachment).get("data")):
                self._one(reader, _dict(d), item, date)

    def _one(self, reader: _Reader, d: dict[str, Any], item: str | None, date: str | None) -> None:
        if "media" in d:
            self._media(reader, d.get("media"), item, date)
        context = _dict(d.get("external_context"))
        url = _s(context.get("url"))
        if url:
            self.urls.append(url)
        if "place" in d and self.place is None:
            self.place = reader._place(d.get("place"), "checkin", item, date)
        if "event" in d:
            self.events.extend(reader._event(_dict(d.get("event")), None, item))
        note = _dict(d.get("note"))
        if note:
            self.texts.extend(t for t in (_s(note.get("title")), _s(note.get("text"))) if t)
            for media in _list(note.get("media")):
                self._media(reader, media, item, date)

    def _media(self, reader: _Reader, value: Any, item: str | None, date: str | None) -> None:
        m = _dict(value)
        uri = _s(m.get("uri"))
        if not uri:
            return
        meta = _dict(m.get("media_metadata"))
        lat = lon = None
        for exif in _list(_dict(meta.get("photo_metadata")).get("exif_data")) + _list(
            _dict(meta.get("video_metadata")).get("exif_data")
        ):
            lat, lon = _coords(exif)
            if lat is not None:
                break
        lower = uri.lower().split("?", 1)[0]
        if "video_metadata" in meta or lower.endswith(_VIDEO_EXT):
            media_type: str | None = "video"
        elif "photo_metadata" in meta or lower.endswith(_PHOTO_EXT):
            media_type = "photo"
        else:
            media_type = None
        taken = from_epoch(m.get("creation_timestamp"))
        self.media.append(
            Media(
                uri,
                reader.ref("media", item, taken or date),
                media_type=media_type,
                caption=_s(m.get("description")) or _s(m.get("title")),
                lat=lat,
                lon=lon,
                taken_at=taken,
            )
        )


def _walk_labels(entries: Any) -> Iterator[tuple[str, str | None, str | None]]:
    """(label, value, href) of every ``label_values`` entry, nested ``dict``/``vec`` too."""
    for entry in _list(entries):
        e = _dict(entry)
        label = _s(e.get("label")) or _s(e.get("title")) or ""
        if "value" in e or "href" in e:
            yield label, _s(e.get("value")), _s(e.get("href"))
        for key in ("dict", "vec"):
            yield from _walk_labels(e.get(key))


def _birthday(value: Any) -> str | None:
    b = _dict(value)
    year, month, day = (b.get(k) for k in ("year", "month", "day"))
    if not (isinstance(month, int) and isinstance(day, int) and 1 <= month <= 12 and day >= 1):
        return None
    if isinstance(year, int) and year > 0:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"--{month:02d}-{day:02d}"


def _relationship(value: Any) -> str | None:
    if not isinstance(value, dict):
        return _s(value)
    status, partner = _s(value.get("status")), _s(value.get("partner"))
    if status and partner:
        return f"{status} ({partner})"
    return status or partner


def _role(badge: Any) -> str | None:
    text = _s(badge)
    if text is None:
        return None
    low = text.lower()
    if "admin" in low:
        return "admin"
    if "moderat" in low:
        return "moderator"
    return text
