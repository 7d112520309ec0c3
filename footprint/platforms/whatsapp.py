"""WhatsApp: the per-chat "Export chat" text files and the "Request account info" report.

WhatsApp has no account-wide download of messages. A person exports one chat at a time
(a chat's menu > More > Export chat, "Without media" or "Include media"): Android shares
``WhatsApp Chat with <name>.txt`` (with media, the text and the files, often zipped by
the person), iOS a zip holding ``_chat.txt``. Give footprint the ``.txt``, the zip or a
folder of them. Settings > Account > Request account info gives, days later, a report
whose JSON files list every group the person is in, without messages.

**Chat exports** (every generation known): iOS up to about 2017 (``2/12/15, 8:33:07 PM:
Name: text``), iOS since (``[02/11/2020, 9:47:19 pm] Name: text``) and Android
(``05/11/2018, 9.55 - Name: text``); day/month/year in either order, two- or four-digit
years or the year first (``2024/10/31``), 12- or 24-hour clocks with ``:`` or ``.``,
``AM``/``pm``/``p. m.``; a byte-order mark, LF, CRLF or CR CR LF line ends, a missing
last newline; the invisible marks iOS writes (U+200E, U+200F, U+202A-U+202E are removed;
U+202F and U+00A0 read as spaces); messages over several lines. The timestamp's shape is
taken from the file's first timestamped lines, and only lines of that shape start a
message: any other line continues the message before it.

- **Which author is you.** A chat export names every author the same way. Your messages
  are those written under a name given with ``--me NAME`` (repeatable; case and spacing
  do not matter, a leading ``~`` is ignored); without ``--me``, under a display name of
  one of your other accounts in the same scan (an X or Facebook name, say), which is
  said in the report's coverage. When neither names an author, no message is read as
  yours: the group's name and your membership still count, and the coverage says so.
- **Your messages** become posts (``kind`` ``message``; counted as ``messages``) with
  their links, attachments (``<attached: ...>``, ``... (file attached)``) as media, and
  a shared map link (``maps.google.com/?q=<lat>,<lon>``, ``maps.apple.com/?ll=...``) as
  the post's place; on Android the venue's name on the line before the link names it.
  Deleted messages and "<Media omitted>"-style placeholders carry no words.
  Other people's messages are never read as yours and their names are never copied.
- **A group chat** (one with group events such as ``created group``, ``added``,
  ``left``, or with three or more authors) becomes a group, once per name it had: the
  name in the file name (``WhatsApp Chat with <name>.txt``, ``WhatsApp Chat - <name>.zip``),
  the name it was created with or changed to, and on iOS the name under which the
  encryption notice is written. Your role: ``creator`` (``You created group``),
  ``admin`` (you added or removed someone, or were made admin), ``left`` (you left and
  were not added back), else ``member``. A chat with one other person is not a group;
  its messages are ``private``, a group's ``connections`` (its members see them, and
  can pass them on).
- **Dates.** The file does not say whether the day or the month comes first. Any first
  field above 12 settles it as day/month, any second field above 12 as month/day; else
  the dates in attachment names (``PHOTO-2020-11-02-...``, ``IMG-20190101-WA0000``);
  else the reading under which the messages run in date order. When nothing settles
  it, dates are read as day/month and the coverage says so. Times are the phone's local
  time (no zone is written); they are reported as if UTC.
- Every line that cannot be read (text before the first message, bytes that are not
  UTF-8, a timestamp that is not a date, a message over 1 MiB) is a problem naming the
  file and the line. System lines footprint does not understand (other languages) are
  counted in the coverage.

**Account information report** (the per-section JSON of recent years; the 2018
``access.html``/``portability.json`` generation is not read): ``groups.json``
(``wa_groups``: every group's name), ``contacts.json`` (``wa_contacts``: address-book
contacts, counted, never shown), ``registration_information.json`` /
``registration_info.json`` (``wa_registration_info``: the phone's platform and the
registration date). Other sections (``user_information``, ``account_settings``, ...) are
recognised but not read: no real report was available to check their layout.

``source.item``: a message is ``"<chat>|<its timestamp as written>|<n>"`` (``<chat>``
the chat's name from the file name, else its group name, else the file; ``n`` counts
your messages with the same timestamp, from 1); a group is its name; a contact its
phone number or name.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath
from typing import Any, BinaryIO, ClassVar

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import from_epoch, parse_any
from footprint.exports.readers import head_text, load_json
from footprint.model import (
    Connection,
    Group,
    Item,
    Media,
    Place,
    Post,
    ProfileField,
    Ref,
    SecurityRecord,
    Visibility,
)
from footprint.platforms.base import ParseContext, Platform
from footprint.platforms.chats import Me, attribution_note, clean, norm_name, who_is_me
from footprint.registry import platforms

NAME = "whatsapp"

# --- lines and marks ------------------------------------------------------------------------

MAX_LINE = 1 << 20  # a longer physical line is cut (and reported)
MAX_MESSAGE = 1 << 20  # a message's text is kept up to this many characters
_SURVEY_SHAPES = 50  # the timestamp shape is the commonest among the first 50 timestamps
_MAX_AUTHORS = 5000


_Line = tuple[int, str, bool, bool]  # line number, text, bad bytes replaced, cut short
_CHUNK = 1 << 20


def _lines(stream: BinaryIO) -> Iterator[_Line]:
    """The physical lines of a chat file, decoded, without their line ends.

    LF, CRLF and CR CR LF all end a line. A line longer than :data:`MAX_LINE` bytes is cut
    there (the rest of it is skipped, and the line is marked); bytes that are not UTF-8
    are replaced (and the line is marked). Read a megabyte at a time.
    """
    number = 0
    rest = b""
    skipping = False  # in the rest of an overlong line
    first = True
    while True:
        chunk = stream.read(_CHUNK)
        if first and chunk.startswith(b"\xef\xbb\xbf"):
            chunk = chunk[3:]
        first = False
        if skipping:
            end = chunk.find(b"\n")
            if end < 0:
                if chunk:
                    continue
                return
            chunk = chunk[end + 1 :]
            skipping = False
        if not chunk:
            if rest:
                yield _decoded(number + 1, rest, False)
            return
        pieces = (rest + chunk).split(b"\n")
        rest = pieces.pop()
        for raw in pieces:
            number += 1
            yield _decoded(number, raw[:MAX_LINE], len(raw) > MAX_LINE)
        if len(rest) >= MAX_LINE:
            number += 1
            yield _decoded(number, rest[:MAX_LINE], True)
            rest = b""
            skipping = True


def _decoded(number: int, raw: bytes, cut: bool) -> _Line:
    raw = raw.rstrip(b"\r")
    try:
        return number, raw.decode("utf-8"), False, cut
    except UnicodeDecodeError:
        return number, raw.decode("utf-8", errors="replace"), True, cut


# --- timestamps -----------------------------------------------------------------------------

_DATE = r"(?P<d1>\d{1,4})(?P<sep>[./\-])(?P<d2>\d{1,2})(?P=sep)(?P<d3>\d{1,4})\.?"
_TIME = (
    r"(?P<h>\d{1,2})(?P<tsep>[:.])(?P<mi>\d{2})(?:(?P=tsep)(?P<s>\d{2}))?"
    r"(?:\s?(?P<ap>[AaPp])\.?\s?[Mm]\.?)?"
)
_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bracket", re.compile(rf"\[(?P<stamp>{_DATE},?\s{_TIME})\]\s?(?P<rest>.*)", re.S)),
    ("dash", re.compile(rf"(?P<stamp>{_DATE},?\s{_TIME})\s[-\u2013]\s(?P<rest>.*)", re.S)),
    ("colon", re.compile(rf"(?P<stamp>{_DATE},\s{_TIME}):\s(?P<rest>.*)", re.S)),
)

Shape = tuple[str, str, str, bool, bool, bool]  # style, date sep, time sep, s, am/pm, year first


def header(line: str) -> tuple[Shape, re.Match[str]] | None:
    """The timestamp at the start of a (cleaned) line, and its shape; ``None`` if none."""
    if not line:
        return None
    if line[0] == "[":
        styles = _STYLES[:1]
    elif line[0].isdigit():
        styles = _STYLES[1:]
    else:
        return None
    for style, rx in styles:
        m = rx.match(line)
        if m is not None:
            return shape_of(style, m), m
    return None


def shape_of(style: str, m: re.Match[str]) -> Shape:
    return (style, m["sep"], m["tsep"], m["s"] is not None, m["ap"] is not None, len(m["d1"]) == 4)


def _year(text: str) -> int | None:
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) == 4:
        return int(text)
    return None


def stamp_iso(m: re.Match[str], day_first: bool) -> str | None:
    """ISO 8601 (the phone's local time, written as UTC) of a matched timestamp."""
    day = _day_iso(m["d1"], m["d2"], m["d3"], day_first)
    hour, minute = int(m["h"]), int(m["mi"])
    second = int(m["s"]) if m["s"] is not None else 0
    if m["ap"] is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ap"] in "Pp" else 0)
    if day is None or hour > 23 or minute > 59 or second > 59:
        return None
    return f"{day}T{hour:02d}:{minute:02d}:{second:02d}Z"


@functools.lru_cache(maxsize=4096)
def _day_iso(d1: str, d2: str, d3: str, day_first: bool) -> str | None:
    """``YYYY-MM-DD`` of a date's three fields (cached: a chat has few distinct days)."""
    if len(d1) == 4:
        year: int | None = int(d1)
        month, day = int(d2), int(d3)
    else:
        year = _year(d3)
        a, b = int(d1), int(d2)
        day, month = (a, b) if day_first else (b, a)
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# iOS: 00000010-PHOTO-2020-11-02-21-49-51.jpg; Android: IMG-20190101-WA0000.jpg
_ATTACHED_DATE = re.compile(
    r"-(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})-\d{2}-\d{2}-\d{2}\.\w+"
    r"|\b(?:IMG|VID|AUD|PTT|DOC|STK)-(?P<y2>\d{4})(?P<m2>\d{2})(?P<d2>\d{2})-WA\d+"
)


@dataclass
class _DateStats:
    """What a file's dates say about their day/month order."""

    first_max: int = 0
    second_max: int = 0
    back_dm: int = 0  # steps back in time when read day/month
    back_md: int = 0
    by_attachment_dm: int = 0
    by_attachment_md: int = 0
    last: tuple[int, int, int] | None = None
    last_written: tuple[str, str, str] | None = None

    def add(self, m: re.Match[str], rest: str) -> None:
        if len(m["d1"]) == 4:
            return  # year first: always year/month/day
        written = (m["d1"], m["d2"], m["d3"])
        if written != self.last_written:  # most lines share the date of the line before
            self.last_written = written
            a, b, y = int(m["d1"]), int(m["d2"]), _year(m["d3"]) or 0
            self.first_max = max(self.first_max, a)
            self.second_max = max(self.second_max, b)
            if self.last is not None and self.last != (a, b, y):
                la, lb, ly = self.last
                if (y, b, a) < (ly, lb, la):
                    self.back_dm += 1
                if (y, a, b) < (ly, la, lb):
                    self.back_md += 1
            self.last = (a, b, y)
        if "-20" not in rest:  # an attachment's name holds the year: -2020-, -20190101
            return
        a, b = int(m["d1"]), int(m["d2"])
        if a != b:
            for found in _ATTACHED_DATE.finditer(rest):
                month = int(found["m"] or found["m2"])
                day = int(found["d"] or found["d2"])
                if (day, month) == (a, b):
                    self.by_attachment_dm += 1
                elif (month, day) == (a, b):
                    self.by_attachment_md += 1

    def order(self) -> tuple[bool, str | None]:
        """(day first?, why it could not be settled or ``None`` when it was)."""
        can_dm = self.second_max <= 12
        can_md = self.first_max <= 12
        if can_dm and not can_md:
            return True, None
        if can_md and not can_dm:
            return False, None
        if not can_dm and not can_md:
            return True, "its dates fit neither day/month nor month/day order"
        if self.by_attachment_dm != self.by_attachment_md:
            return self.by_attachment_dm > self.by_attachment_md, None
        if self.back_dm != self.back_md:
            return self.back_dm < self.back_md, None
        if self.last is None:
            return True, None  # no day/month dates at all (year first, or none)
        return True, "its dates do not show whether the day or the month comes first"


# --- events ---------------------------------------------------------------------------------

_Q_OPEN = "\"“”'‘"
_Q_CLOSE = "\"“”'’"
_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("created", re.compile(rf"(?P<who>.+?) created group [{_Q_OPEN}](?P<name>.*)[{_Q_CLOSE}]")),
    (
        "renamed",
        re.compile(
            rf"(?P<who>.+?) changed (?:the subject|the group name|this group's name)"
            rf"(?: from [{_Q_OPEN}].*?[{_Q_CLOSE}])? to [{_Q_OPEN}](?P<name>.*)[{_Q_CLOSE}]"
        ),
    ),
    ("added_you", re.compile(r"(?P<who>.+?) added you")),
    ("you_added", re.compile(r"(?P<who>You) were added")),
    ("admin", re.compile(r"(?P<who>You)(?:'re| are) now an admin")),
    ("made_admin", re.compile(r"(?P<who>.+?) made you an? (?:group )?admin")),
    ("added", re.compile(r"(?P<who>.+?) added (?P<whom>.+)")),
    ("removed", re.compile(r"(?P<who>.+?) removed (?P<whom>.+)")),
    ("left", re.compile(r"(?P<who>.+?) left")),
    ("joined", re.compile(r"(?P<who>.+?) joined using (?:this|a) group'?s? (?:invite )?link")),
    (
        "group",
        re.compile(
            r"(?P<who>.+?) (?:changed this group's (?:icon|settings.*)|deleted this group's icon"
            r"|changed the group (?:description|icon|settings.*)|deleted the group description"
            r"|changed the settings.*|pinned a message|turned (?:on|off) (?:disappearing "
            r"messages|admin approval).*|reset this group's invite link)"
        ),
    ),
    (
        "system",
        re.compile(
            r"(?P<who>.+?) (?:changed (?:their|to) .*|'s security code changed.*"
            r"|changed their phone number.*)"
        ),
    ),
)
_NOTICE = re.compile(r"Messages (?:to this group |you send to this group |and calls )?.*end-to-end")
_GROUP_EVENTS = frozenset(
    [
        "created",
        "renamed",
        "added_you",
        "you_added",
        "admin",
        "made_admin",
        "added",
        "removed",
        "left",
        "joined",
        "group",
    ]
)


def event(text: str) -> tuple[str, str, str | None] | None:
    """(event, actor, group name) of a system line, or ``None``."""
    flat = " ".join(text.split())
    for kind, rx in _EVENTS:
        m = rx.fullmatch(flat)
        if m is not None:
            name = m.groupdict().get("name")
            return kind, m["who"], name
    return None


@dataclass(frozen=True, slots=True)
class Line:
    """One timestamped line, split: an author's message or a system event."""

    author: str | None  # None for an event, or a line with no author at all
    text: str
    event: str | None = None  # created, renamed, added, ... ; "notice"; "unknown"
    actor: str | None = None
    group_name: str | None = None


def split(rest: str) -> Line:
    """Who wrote a line (after its timestamp) and what, or which event it is.

    Events are matched before the line is split at ``": "``: an event's text can hold
    ``": "`` (``changed the subject to "A: B"``). iOS writes some events under the
    actor's own name (``Name: Name changed ...``) and the encryption notice under the
    chat's name.
    """
    if ": " not in rest:
        if _NOTICE.match(rest):
            return Line(None, rest, "notice")
        found = event(rest)
        if found is not None:
            return Line(None, rest, found[0], found[1], found[2])
        return Line(None, rest, "unknown")
    if " created group " in rest or " changed " in rest:
        found = event(rest)
        if found is not None and found[0] in ("created", "renamed"):
            return Line(None, rest, found[0], found[1], found[2])
    author, text = rest.split(": ", 1)
    author = author.strip()
    if text.startswith("Messages") and _NOTICE.match(text):
        return Line(author, text, "notice")
    if author and text.startswith(author + " "):
        found = event(text)
        if found is not None and norm_name(found[1]) == norm_name(author):
            return Line(None, text, found[0], found[1], found[2])
    return Line(author, text)


# --- message content ------------------------------------------------------------------------

_EDITED = re.compile(r"\s*<This message was edited>\s*$")
_DELETED = frozenset(("This message was deleted", "You deleted this message"))
_ATTACHED = re.compile(
    r"<attached: (?P<file>[^>]+)>|^(?P<file2>\S[^\n]*?) \(file attached\)$", re.M
)
_OMITTED = re.compile(
    r"^(?:<Media omitted>|(?:image|video|audio|sticker|GIF|Contact card|document) omitted"
    r"|.+ • \d+ pages? document omitted)$",
    re.M,
)
_URL = re.compile(r"https?://[^\s<>\"]+")
_MAP = re.compile(
    r"https?://(?:maps\.google\.[a-z.]+/(?:maps)?\?(?:[^\s]*&)?q=|www\.google\.[a-z.]+/maps"
    r"(?:/search/\?api=1&query=|\?q=)|maps\.apple\.com/\?(?:[^\s]*&)?(?:ll|q)=)"
    r"(?P<lat>-?\d{1,2}(?:\.\d+)?)(?:,|%2C)\s?(?P<lon>-?\d{1,3}(?:\.\d+)?)"
)
_LOCATION_PREFIX = re.compile(r"^\s*(?:location|Location):\s*", re.M)
_MEDIA_TYPES = {
    "photo": (".jpg", ".jpeg", ".png", ".webp", ".heic", ".gif"),
    "video": (".mp4", ".mov", ".3gp", ".m4v"),
    "audio": (".opus", ".m4a", ".mp3", ".aac", ".ogg", ".wav"),
    "sticker": (".was",),
}


def _media_type(name: str) -> str:
    low = name.lower()
    for kind, exts in _MEDIA_TYPES.items():
        if low.endswith(exts):
            return kind
    return "document"


@dataclass(frozen=True, slots=True)
class Content:
    text: str
    attachments: tuple[str, ...]
    urls: tuple[str, ...]
    place: tuple[float, float, str | None] | None  # lat, lon, venue


def content(text: str) -> Content | None:
    """A message's words, attachments, links and shared place; ``None`` if deleted."""
    text = _EDITED.sub("", text).strip()
    if text in _DELETED:
        return None
    attachments = tuple((m["file"] or m["file2"] or "").strip() for m in _ATTACHED.finditer(text))
    words = _OMITTED.sub("", _ATTACHED.sub("", text))
    place = None
    found = _MAP.search(words)
    if found is not None:
        lat, lon = float(found["lat"]), float(found["lon"])
        if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0):
            before = _LOCATION_PREFIX.sub("", words[: found.start()]).strip()
            venue = before.splitlines()[0].strip() if before else None
            place = (lat, lon, venue or None)
    urls = tuple(dict.fromkeys(u.rstrip(".,;:!?)]'\"") for u in _URL.findall(words)))
    return Content(words.strip(), tuple(a for a in attachments if a), urls, place)


# --- chat names from file names -------------------------------------------------------------

_TITLE = re.compile(
    r"^(?:WhatsApp Chat (?:with|-|mit)|Chat de WhatsApp con|Discussion WhatsApp avec"
    r"|Conversa do WhatsApp com|WhatsApp-Chat mit)\s+(?P<name>.+?)(?:\.txt|\.zip)?$",
    re.I,
)


def chat_title(member: Member) -> str | None:
    """The chat's name as the export's file, folder or zip names it, if it does."""
    candidates = list(reversed(PurePosixPath(member.name).parts))
    candidates.append(PurePosixPath(member.container.replace("\\", "/")).name)
    for part in candidates:
        m = _TITLE.match(clean(part).strip())
        if m is not None and m["name"].strip():
            return m["name"].strip()
    return None


# --- what a first reading of a chat finds ----------------------------------------------------


@dataclass
class _Survey:
    """What one pass over a chat file finds: its timestamp shape, dates, names, events."""

    first_shapes: Counter[Shape] = field(default_factory=Counter)
    dates: dict[Shape, _DateStats] = field(default_factory=dict)
    headers: int = 0
    authors: Counter[str] = field(default_factory=Counter)  # normalised name -> lines
    spelled: dict[str, str] = field(default_factory=dict)  # normalised -> as written
    names: list[tuple[str, int]] = field(default_factory=list)  # group names, with line no.
    notice_author: str | None = None
    group_events: bool = False
    actors: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # who -> events
    unknown: int = 0  # system lines not understood
    first_unknown: int = 0

    def shape(self) -> Shape | None:
        return self.first_shapes.most_common(1)[0][0] if self.first_shapes else None

    def take(self, number: int, shape: Shape, m: re.Match[str]) -> None:
        self.headers += 1
        if self.headers <= _SURVEY_SHAPES:
            self.first_shapes[shape] += 1
        rest = m["rest"]
        self.dates.setdefault(shape, _DateStats()).add(m, rest)
        line = split(rest)
        if line.event is None and line.author is not None:
            key = norm_name(line.author)
            if key in self.authors or len(self.authors) < _MAX_AUTHORS:
                self.authors[key] += 1
                self.spelled.setdefault(key, line.author.strip().lstrip("~").strip())
            return
        if line.event == "unknown":
            self.unknown += 1
            self.first_unknown = self.first_unknown or number
            return
        if line.event == "notice":
            if line.author and self.notice_author is None:
                self.notice_author = line.author.strip().lstrip("~").strip()
            if "group" in line.text:
                self.group_events = True
            return
        if line.event in _GROUP_EVENTS:
            self.group_events = True
        if line.group_name and len(self.names) < 1000:
            self.names.append((line.group_name.strip(), number))
        if line.actor and line.event:
            # "X added you", "X made you an admin": events about the person, not X.
            about_you = line.event in ("added_you", "made_admin")
            who = "you" if about_you else norm_name(line.actor)
            if who not in self.actors and len(self.actors) >= _MAX_AUTHORS:
                return
            events = self.actors.setdefault(who, [])
            if len(events) < 1000:
                events.append((number, line.event))

    def is_group(self) -> bool:
        notice = {norm_name(self.notice_author)} if self.notice_author else set()
        return self.group_events or len(set(self.authors) - notice) >= 3

    def role(self, me: set[str]) -> str:
        """The person's role in the group, from the events that name them as actor."""
        mine: list[tuple[int, str]] = []
        for who, events in self.actors.items():
            if who == "you" or who in me:
                mine.extend(events)
        kinds = [k for _, k in sorted(mine)]
        last_in = max((i for i, k in enumerate(kinds) if k != "left"), default=-1)
        if "left" in kinds[last_in + 1 :]:
            return "left"
        if "created" in kinds:
            return "creator"
        if any(k in ("admin", "made_admin", "added", "removed") for k in kinds):
            return "admin"
        return "member"


# --- the platform ---------------------------------------------------------------------------

_ACCOUNT_KEYS = {
    "wa_groups": "account_groups",
    "wa_contacts": "account_contacts",
    "wa_registration_info": "account_registration",
}
_FIRST_KEY = re.compile(rb'^\s*\{\s*"(wa_[a-z0-9_]+)"\s*:')
_GROUP_NAME_KEYS = ("subject", "name", "group_name", "group_subject", "title")
_CONTACT_KEYS = ("phone_number", "phone", "number", "wa_id", "jid")


@platforms.register(NAME)
class WhatsApp(Platform):
    """WhatsApp chat exports (text) and the account information report (JSON)."""

    name = NAME
    title = "WhatsApp"
    download = (
        "each chat's menu > More > Export chat (the `.txt` or the zip); Settings > Account > "
        "Request account info (the report's JSON files)"
    )
    generations = (
        "chat exports from iOS (with and without brackets) and Android, every date order "
        "and clock; the account information report's `groups.json`, `contacts.json`, "
        "`registration_information.json` (no real report was available to check them)"
    )
    verified = True
    # No private mode: group members see what is posted in the group.
    private = None
    reads_after_others = True
    item_ids: ClassVar[Mapping[str, str]] = {
        "chat message": (
            "`<chat>|<timestamp as written>|<n>`: the chat's name (from the file name, "
            "else its group name, else the file), the message's timestamp as the file "
            "writes it, and its rank among your messages with that timestamp"
        ),
        "group": "the group's name, as written",
        "contact": "the contact's phone number, else its name",
    }
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": (
            "In WhatsApp, Settings > your name: change or clear the {field} (your name and "
            "About are shown to every member of your groups)."
        ),
        "delete_posts": (
            "In each chat listed, touch and hold the message > Delete > Delete for everyone "
            "(only within about two days of sending); older messages stay on the other "
            "members' phones."
        ),
        "leave_group": (
            "Open the group > its name > Exit group; move work conversations to the tools "
            "your employer provides, which the Welsh Government guidance requires."
        ),
        "move_work_chats": (
            "Move work conversations to the tools your employer provides (the Welsh "
            "Government guidance does not permit WhatsApp for work), then open each group "
            "listed > its name > Exit group."
        ),
        "remove_location": (
            "Delete the messages that shared your location (Delete for everyone), and stop "
            "any live location: Settings > Privacy > Live location."
        ),
        "remove_images": (
            "Delete the photos listed from the chats (Delete for everyone) and change your "
            "profile photo: Settings > your photo."
        ),
        "hide_connections": (
            "Settings > Privacy: set Last seen, Profile photo, About and Groups to My "
            "contacts or Nobody."
        ),
        "turn_on_2fa": "Settings > Account > Two-step verification > Turn on: set a PIN.",
    }
    kinds = (
        "account_registration",
        "account_groups",
        "account_contacts",
        "account_other",
        "chat",
    )

    # --- recognising ----------------------------------------------------------------------

    def identify(self, member: Member) -> str | None:
        start = member.head(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        if not start:
            return None
        if start[:1] == b"{":
            m = _FIRST_KEY.match(member.head(4096).lstrip(b"\xef\xbb\xbf"))
            if m is None:
                return None
            return _ACCOUNT_KEYS.get(m.group(1).decode(), "account_other")
        if b"\x00" in member.head(512):
            return None  # a picture, or UTF-16 text (WhatsApp writes UTF-8)
        return "chat" if _looks_like_chat(head_text(member, 8192)) else None

    # --- reading --------------------------------------------------------------------------

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        if kind == "chat":
            return self._read_chat(member, ctx)
        if kind == "account_groups":
            return self._read_groups(member, ctx)
        if kind == "account_contacts":
            return self._read_contacts(member, ctx)
        if kind == "account_registration":
            return self._read_registration(member, ctx)
        if kind == "account_other":
            ctx.note(
                f"WhatsApp account information: {member.basename} is not read (its layout "
                "could not be checked against a real report)"
            )
            return ()
        raise ParseError(f"unknown WhatsApp file kind {kind!r}")

    def _read_chat(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        survey = _Survey()
        with member.open() as fh:
            for number, text, _, _ in _lines(fh):
                found = header(clean(text))
                if found is not None:
                    survey.take(number, found[0], found[1])
        shape = survey.shape()
        if shape is None:
            raise ParseError("no line starts with a WhatsApp timestamp")
        chat = _Chat(member, ctx, survey, shape)
        yield from chat.groups()
        yield from chat.names_used()
        yield from chat.messages()

    def _read_groups(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        unnamed = 0
        for entry in _listed(member, "wa_groups"):
            name = _first_text(entry, _GROUP_NAME_KEYS)
            if not name:
                unnamed += 1
                continue
            yield Group(
                "group",
                name,
                Ref(NAME, member.name, name, "groups", "connections"),
                role=_role_of(entry),
            )
        _unread(ctx, member, unnamed, "group", "a name")

    def _read_contacts(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        unread = 0
        for entry in _listed(member, "wa_contacts"):
            number = _first_text(entry, _CONTACT_KEYS)
            name = (
                _first_text(entry, ("name", "display_name", "full_name"))
                if isinstance(entry, dict)
                else None
            )
            if not (number or name):
                unread += 1
                continue
            yield Connection(
                "contact",
                Ref(NAME, member.name, number or name, "contacts", "private"),
                name=name,
                handle=number,
            )
        _unread(ctx, member, unread, "contact", "a number or name")

    def _read_registration(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        data = load_json(member)
        info = data.get("wa_registration_info") if isinstance(data, dict) else None
        if isinstance(info, list) and info:
            info = info[0]
        if not isinstance(info, dict):
            raise ParseError("expected an object under 'wa_registration_info'")
        raw = info.get("registration_timestamp")
        date = (
            from_epoch(raw) if not isinstance(raw, str) or raw.strip().isdigit() else parse_any(raw)
        )
        phone = str(info.get("platform") or "").strip() or None
        yield SecurityRecord(
            "registration",
            Ref(NAME, member.name, None, "registration", "private", date),
            value=phone,
            detail="registered on this phone platform",
        )

    # --- what it cannot show --------------------------------------------------------------

    def coverage(self, kinds: set[str]) -> list[str]:
        out: list[str] = []
        if "chat" in kinds:
            out.append(
                "A WhatsApp chat export holds one chat, only the history on the exporting "
                "phone, no member list and none of the chats not exported; its times are "
                "the phone's local time, shown as if UTC"
            )
        if "account_groups" not in kinds:
            out.append(
                "No WhatsApp account information report was read: the names of all your "
                "groups are in it (Settings > Account > Request account info)"
            )
        elif "chat" not in kinds:
            out.append(
                "The WhatsApp account information report names your groups but holds no "
                "messages: export the chats of groups about work to see what they show"
            )
        return out


def _looks_like_chat(head: str) -> bool:
    """Whether a text's first lines are WhatsApp chat lines: one of the first three lines
    with text starts with a timestamp (a file cut at the front starts mid-message), and
    at least two of the first twenty do (one, in a file of three lines or fewer)."""
    lines = [clean(x).strip("\r") for x in head.lstrip("\ufeff").split("\n")]
    lines = [x for x in lines if x.strip()][:20]
    starts = [header(x) is not None for x in lines]
    return any(starts[:3]) and sum(starts) >= (1 if len(lines) <= 3 else 2)


def _listed(member: Member, key: str) -> list[Any]:
    """The list under ``key`` of an account information file."""
    data = load_json(member)
    found = data.get(key) if isinstance(data, dict) else None
    if not isinstance(found, list):
        raise ParseError(f"expected a list under {key!r}")
    return found


def _unread(ctx: ParseContext, member: Member, n: int, what: str, without: str) -> None:
    if n:
        entries = "entry" if n == 1 else "entries"
        ctx.problem(member, f"{n} {what} {entries} without {without} footprint knows")


def _first_text(entry: Any, keys: tuple[str, ...]) -> str | None:
    if isinstance(entry, str):
        return entry.strip() or None
    if not isinstance(entry, dict):
        return None
    for key in keys:
        value = entry.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _role_of(entry: Any) -> str:
    if isinstance(entry, dict):
        for key in ("role", "participant_type", "type"):
            value = entry.get(key)
            if isinstance(value, str) and "admin" in value.lower():
                return "admin"
        if entry.get("is_admin") is True:
            return "admin"
    return "member"


class _Chat:
    """The second pass over a chat file: its groups, then the person's messages."""

    def __init__(self, member: Member, ctx: ParseContext, survey: _Survey, shape: Shape) -> None:
        self.member = member
        self.ctx = ctx
        self.survey = survey
        self.shape = shape
        stats = survey.dates.get(shape, _DateStats())
        self.day_first, unsettled = stats.order()
        self.title = chat_title(member)
        self.who = self._who_is_me()
        self.me = set(self.who.names)
        self.is_group = survey.is_group()
        names = [n for n, _ in survey.names] + ([self.title] if self.title else [])
        if not names and self.is_group and survey.notice_author:
            names.append(survey.notice_author)
        self.names = list(dict.fromkeys(n for n in names if n))
        self.group = self.names[-1] if (self.is_group and self.names) else None
        self.key = self.title or self.group or member.name
        self.visibility: Visibility = "connections" if self.is_group else "private"
        self.rank_day = ""
        label = f'"{self.key}"'
        if unsettled:
            ctx.note(
                f"WhatsApp chat {label}: {unsettled}; they were read as day/month and may be wrong"
            )
        note = attribution_note(f"WhatsApp chat {label}", self.who, self.is_group)
        if note:
            ctx.note(note)
        if self.is_group and not self.names:
            ctx.note(
                f"WhatsApp chat {label}: a group chat whose name is not in the export "
                "(keep the file or zip name WhatsApp gave it)"
            )

    def _who_is_me(self) -> Me:
        # "You" writes only in events; should it ever write a message, it is the person.
        if not self.ctx.me and "you" in self.survey.authors:
            return Me(frozenset(("you",)), "given")
        return who_is_me(self.survey.authors, self.survey.spelled, self.ctx)

    # --- records --------------------------------------------------------------------------

    def groups(self) -> Iterator[Item]:
        if self.group is None:
            return
        role = self.survey.role(self.me)
        seen: set[str] = set()
        for name in self.names:
            if name.casefold() in seen:
                continue
            seen.add(name.casefold())
            yield Group(
                "group",
                name,
                Ref(NAME, self.member.name, name, "groups", "connections"),
                role=role,
            )

    def names_used(self) -> Iterator[Item]:
        """The names the person writes under, as the other members see them."""
        shown: set[str] = self.ctx.state.setdefault("names_shown", set())
        for key in sorted(self.me & set(self.survey.authors)):
            if key == "you" or key in shown:
                continue
            shown.add(key)
            yield ProfileField(
                "display_name",
                self.survey.spelled.get(key, key),
                Ref(NAME, self.member.name, None, "display_name", self.visibility),
            )

    def messages(self) -> Iterator[Item]:
        before: list[int] = []
        bad: list[int] = []
        cut: list[int] = []
        long: list[int] = []
        undated: list[int] = []
        current: _Message | None = None
        ranks: Counter[str] = Counter()
        style = self.shape[0]
        rx = dict(_STYLES)[style]
        first = "[" if style == "bracket" else "0123456789"
        with self.member.open() as fh:
            for number, raw, bad_bytes, was_cut in _lines(fh):
                if bad_bytes:
                    bad.append(number)
                if was_cut:
                    cut.append(number)
                text = clean(raw)
                m = rx.match(text) if text[:1] and text[0] in first else None
                if m is not None and shape_of(style, m) == self.shape:
                    if current is not None:
                        yield from self._finish(current, ranks, undated)
                    current = _Message(number, m, [m["rest"]])
                elif current is not None:
                    if current.size + len(text) <= MAX_MESSAGE:
                        current.parts.append(text)
                        current.size += len(text) + 1
                    elif not current.too_long:
                        current.too_long = True
                        long.append(current.number)
                elif text.strip():
                    before.append(number)
            if current is not None:
                yield from self._finish(current, ranks, undated)
        self._report(before, bad, cut, undated, long)

    def _finish(self, msg: _Message, ranks: Counter[str], undated: list[int]) -> Iterator[Item]:
        author, sep, _ = msg.parts[0].partition(": ")
        if not sep or norm_name(author) not in self.me:
            return  # someone else's message, or an event (events are read in the survey)
        line = split(msg.parts[0])
        if line.event is not None or line.author is None:
            return
        body = content("\n".join([line.text, *msg.parts[1:]]))
        if body is None:
            return
        iso = stamp_iso(msg.match, self.day_first)
        if iso is None:
            undated.append(msg.number)
        stamp = " ".join(msg.match["stamp"].split())
        if ranks and (iso or "")[:10] != self.rank_day:
            ranks.clear()  # ranks count within a day: a chat's memory stays small
        self.rank_day = (iso or "")[:10]
        ranks[stamp] += 1
        item = f"{self.key}|{stamp}|{ranks[stamp]}"
        msg_iso = iso
        ref = Ref(NAME, self.member.name, item, "text", self.visibility, msg_iso)
        media = tuple(
            Media(
                name,
                Ref(NAME, self.member.name, item, "media", self.visibility, msg_iso),
                media_type=_media_type(name),
                taken_at=msg_iso,
            )
            for name in body.attachments
        )
        place = None
        if body.place is not None:
            lat, lon, venue = body.place
            place = Place(
                "geotag",
                Ref(NAME, self.member.name, item, "place", self.visibility, msg_iso),
                name=venue,
                lat=lat,
                lon=lon,
            )
        yield Post(
            "message",
            body.text,
            ref,
            urls=body.urls,
            media=media,
            place=place,
            group=self.group,
        )

    def _report(
        self, before: list[int], bad: list[int], cut: list[int], undated: list[int], long: list[int]
    ) -> None:
        def lines(numbers: list[int]) -> str:
            shown = ", ".join(str(n) for n in numbers[:5])
            more = f" and {len(numbers) - 5} more" if len(numbers) > 5 else ""
            return f"line{'s' if len(numbers) > 1 else ''} {shown}{more}"

        if before:
            self.ctx.problem(
                self.member, f"{lines(before)}: text before the first message, not read"
            )
        if bad:
            self.ctx.problem(
                self.member, f"{lines(bad)}: not valid UTF-8; the bad bytes were replaced"
            )
        if cut:
            self.ctx.problem(
                self.member, f"{lines(cut)}: longer than {MAX_LINE:,} bytes; the rest was not read"
            )
        if undated:
            self.ctx.problem(
                self.member,
                f"{lines(undated)}: the timestamp is not a valid date; read without a date",
            )
        if long:
            self.ctx.problem(
                self.member,
                f"{lines(long)}: a message longer than {MAX_MESSAGE:,} characters; the rest "
                "was not read",
            )
        unknown = self.survey.unknown
        if unknown:
            self.ctx.note(
                f'WhatsApp chat "{self.key}": {unknown} system line'
                f"{'s' if unknown > 1 else ''} not understood (first: line "
                f"{self.survey.first_unknown}; footprint reads English system lines only)"
            )


@dataclass
class _Message:
    number: int  # the line it starts on
    match: re.Match[str]  # its timestamp line
    parts: list[str]
    size: int = 0
    too_long: bool = False
