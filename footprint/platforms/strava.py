"""Strava bulk export (Settings > My Account > Download or Delete Your Account > Request
your archive): a zip of CSV tables at the root and one original file per activity under
``activities/``.

Every CSV is recognised by its header row, never by its name. What is read:

- ``profile.csv``: the :class:`~footprint.model.Account` (``Athlete ID``, shown as
  ``https://www.strava.com/athletes/<id>``) and the profile fields ``display_name``
  (first and last name), ``bio`` (``Description``: job titles appear here), ``location``
  (``City, State, Country``), ``email`` (private) and ``gender``.
- ``visibility_settings.csv``: ``Default Activity Visibility`` and ``Profile
  Visibility``. ``Everyone`` makes activities (or the profile) ``public``; anything else
  leaves them ``unknown``, because the default applies to new activities only and older
  ones keep the setting they were posted with.
- ``privacy_zones.csv`` (``Address, Radius, Latitude & Longitude``, the two coordinates in
  one quoted cell): one :class:`~footprint.model.Place` of kind ``privacy_zone`` each
  (private: only the athlete sees them), usually home and often work.
- ``activities.csv``: one ``post`` per activity (the name and description, which people
  fill with "commute to the nick"); ``item`` is ``Activity ID``. Columns are read **by
  position**: ``Elapsed Time``, ``Distance``, ``Relative Effort``, ``Commute`` and ``Max
  Heart Rate`` occur twice, and 2020-22 exports wrote some header cells as HTML
  (``<span class="translation_missing" ...>Type</span>``), whose inner text is used.
  ``Commute`` is the first column of that name (``true``/``FALSE``). Dates are
  ``"Jan 4, 2020, 2:57:37 PM"``, taken as UTC. Private notes are not read.
- Activity files (``activities/<n>.gpx``, ``.gpx.gz``, ``.tcx``, ``.tcx.gz``, ``.fit``,
  ``.fit.gz``), recognised by their content (GPX and TCX XML, the FIT header): the first
  and last track points with a position become ``Place`` records of kind
  ``activity_start`` / ``activity_end``, or ``commute_start`` / ``commute_end`` when
  ``activities.csv`` marks the activity as a commute. ``<n>`` is the upload id, joined to
  the activity through the ``Filename`` column; the place's ``item`` is the activity id
  (the upload id when ``activities.csv`` does not list the file) and its date the time of
  that track point (else the activity's start, or its start plus the elapsed time).
  GPX is read with gpxpy, TCX with tcxreader and FIT with fitdecode (streamed). A
  compressed file may expand to at most 256 MiB.
- ``memberships.csv`` (``Join Date, Club Name``): one ``group`` per club joined;
  ``clubs.csv`` adds the clubs it lists that ``memberships.csv`` does not.
- ``segments.csv`` (segments the athlete created): a ``Place`` of kind ``segment`` at each
  start, named after the segment. The export gives segments no id: ``item`` is
  ``<Segment Name>|<lat>,<lon>``.
- ``routes.csv``: each route's name as a ``Place`` of kind ``route``; route files under
  ``routes/`` give a ``route`` place at their first point.
- ``events.csv``: one :class:`~footprint.model.Event` each (``item`` the title).
- ``following.csv`` / ``followers.csv``: numeric athlete ids only, one
  :class:`~footprint.model.Connection` each.
- ``connected_apps.csv``: one :class:`~footprint.model.App` each (the posture check).
- ``logins.csv``: one ``login`` :class:`~footprint.model.SecurityRecord` each.
- ``posts.csv``, ``comments.csv`` and ``media.csv`` (columns as FORMATS.md lists them, not
  seen in a real export yet): posts, comments and captioned media.

Recognised and deliberately not read: ``contacts.csv`` (other people's address books),
``applications.csv``, ``social_settings.csv``, ``global_challenges.csv`` and the segment
lists (``starred_segments.csv``, ``local_legend_segments.csv``). ``messaging.json``
(direct messages) is not read.

A malformed row is a problem naming the file and the line; the rows around it are read.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO, ClassVar, cast

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.readers import head_text, iter_csv, open_text
from footprint.model import (
    Account,
    App,
    Connection,
    Event,
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
from footprint.platforms.base import ParseContext, Platform, PrivateMode, ProfileUrl
from footprint.registry import platforms

ATHLETE_URL = "https://www.strava.com/athletes/{}"
ACTIVITY_URL = "https://www.strava.com/activities/{}"

# An activity file may expand to this much: a 24-hour ride's GPX is about 30 MB.
MAX_ACTIVITY_BYTES = 256 * 1024 * 1024

# Header rows, lower case, as the export writes them (the first cells suffice).
_HEADERS: tuple[tuple[str, str], ...] = (
    ("activity id,activity date,activity name", "activities"),
    ("athlete id,email address,first name,last name", "profile"),
    ("address,radius,latitude & longitude", "privacy_zones"),
    ("join date,club name", "memberships"),
    ("club name,club description,club type", "clubs"),
    ("segment name,activity id,starting latitude", "segments"),
    ("route name,route filename", "routes"),
    ("event title,event description,start time", "events"),
    ("following athlete id,follow status", "following"),
    ("follower athlete id,follow status", "followers"),
    ("enabled application name", "apps"),
    ("ip address,login source,login date", "logins"),
    ("post date,post summary,post", "posts"),
    ("comment date,comment", "comments"),
    ("media filename,media caption", "media"),
    ("athlete id,contact type,contact", "not_read"),
    ("app name,app description", "not_read"),
    ("facebook autoshare is enabled", "not_read"),
    ("join date,name,completed", "not_read"),
    ("segment id,segment name", "not_read"),
)
_VISIBILITY_MARKERS = ("default activity visibility", "include your activities in metro")
_TAG = re.compile(r"<[^>]*>")
_DATE = "%b %d, %Y, %I:%M:%S %p"


def strava_date(value: str | None) -> str | None:
    """``"Jan 4, 2020, 2:57:37 PM"`` as ISO UTC (the export's own zone is not stated)."""
    dt = _datetime(value)
    return _iso(dt) if dt is not None else None


def _datetime(value: str | None) -> datetime | None:
    text = " ".join((value or "").split())
    if not text:
        return None
    try:
        return datetime.strptime(text, _DATE).replace(tzinfo=UTC)
    except ValueError:
        return None


def _iso(dt: datetime) -> str:
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def header_name(cell: str) -> str:
    """A header cell's text: HTML tags removed (``translation_missing`` spans), entities
    decoded, spaces collapsed."""
    return " ".join(html.unescape(_TAG.sub("", cell)).split())


def _first_line(member: Member) -> str:
    text = head_text(member, 4096).lstrip("\ufeff")
    line = text.split("\n", 1)[0].strip().lower()
    return header_name(line).replace('"', "")


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1", "yes")


def _float(value: str | None) -> float | None:
    try:
        number = float((value or "").strip())
    except ValueError:
        return None
    return number if number == number else None  # NaN is no number


def _coords(lat: float | None, lon: float | None) -> tuple[float, float] | None:
    """A real position: in range, and not the 0,0 that stands for none."""
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    if lat == 0 and lon == 0:
        return None
    return (lat, lon)


def _clean(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


@dataclass(frozen=True, slots=True)
class Activity:
    """What ``activities.csv`` says about one activity, for its file's places."""

    activity_id: str
    name: str | None
    start: datetime | None
    elapsed_s: float | None
    commute: bool


@dataclass(frozen=True, slots=True)
class Point:
    lat: float
    lon: float
    time: datetime | None


# --- activity files -----------------------------------------------------------------------


class _Capped(io.RawIOBase):
    """A stream that fails once more than ``limit`` bytes have been read from it: a
    compressed activity file cannot expand without end."""

    def __init__(self, inner: BinaryIO, limit: int) -> None:
        self.inner = inner
        self.left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        data = self.inner.read(len(view))
        if len(data) > self.left:
            raise ParseError(f"expands past {MAX_ACTIVITY_BYTES:,} bytes; not read")
        self.left -= len(data)
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


def open_activity(member: Member) -> BinaryIO:
    """The activity file's bytes, decompressed when gzipped, capped in size."""
    raw = member.open()
    inner = cast(BinaryIO, gzip.GzipFile(fileobj=raw)) if member.head(2) == b"\x1f\x8b" else raw
    return cast(BinaryIO, io.BufferedReader(_Capped(inner, MAX_ACTIVITY_BYTES)))


def activity_head(member: Member, n: int = 2048) -> bytes:
    """The first bytes of the (decompressed) activity file, for recognising it."""
    head = member.head(n)
    if head[:2] != b"\x1f\x8b":
        return head
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(member.head(8192), n)
    except zlib.error:
        return b""


def file_format(head: bytes) -> str | None:
    """``gpx``, ``tcx`` or ``fit`` from an activity file's first (decompressed) bytes."""
    if len(head) >= 12 and head[8:12] == b".FIT":
        return "fit"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048]
    if not text.startswith(b"<"):
        return None
    if b"<gpx" in text:
        return "gpx"
    if b"<TrainingCenterDatabase" in text:
        return "tcx"
    return None


def _xml_bytes(fh: BinaryIO) -> bytes:
    # Strava's TCX files start with spaces before the XML declaration, which XML forbids.
    return fh.read().lstrip(b" \t\r\n")


def gpx_endpoints(fh: BinaryIO) -> tuple[Point | None, Point | None]:
    import gpxpy
    import gpxpy.gpx

    try:
        doc = gpxpy.parse(_xml_bytes(fh).decode("utf-8", errors="replace"))
    except gpxpy.gpx.GPXException as exc:
        raise ParseError(f"invalid GPX: {exc}") from exc
    first: Point | None = None
    last: Point | None = None
    tracks: list[Any] = [p for t in doc.tracks for s in t.segments for p in s.points]
    points = tracks or [p for r in doc.routes for p in r.points] or list(doc.waypoints)
    for p in points:
        if _coords(p.latitude, p.longitude) is None:
            continue
        point = Point(p.latitude, p.longitude, p.time)
        first = first or point
        last = point
    return first, last


def tcx_endpoints(fh: BinaryIO) -> tuple[Point | None, Point | None]:
    from xml.etree.ElementTree import ParseError as XmlError

    from tcxreader.tcxreader import TCXReader

    data = io.BytesIO(_xml_bytes(fh))
    try:
        # tcxreader hands the path to ElementTree, which takes a stream as well.
        exercise = TCXReader().read(cast(str, data))
    except (XmlError, KeyError, ValueError, AttributeError, TypeError) as exc:
        raise ParseError(f"invalid TCX: {type(exc).__name__}: {exc}") from exc
    points = [
        Point(tp.latitude, tp.longitude, tp.time)
        for tp in exercise.trackpoints or []
        if _coords(tp.latitude, tp.longitude) is not None
    ]
    return (points[0], points[-1]) if points else (None, None)


_SEMICIRCLE = 180.0 / 2**31


def fit_endpoints(fh: BinaryIO) -> tuple[Point | None, Point | None]:
    """First and last ``record`` message with a position, streamed: a FIT file is read
    once, message by message, keeping two points."""
    import fitdecode

    first: Point | None = None
    last: Point | None = None
    reader = fitdecode.FitReader(
        fh,
        check_crc=fitdecode.CrcCheck.DISABLED,
        error_handling=fitdecode.ErrorHandling.RAISE,
    )
    try:
        for frame in reader:
            if not isinstance(frame, fitdecode.FitDataMessage) or frame.name != "record":
                continue
            lat = _fit_degrees(frame, "position_lat")
            lon = _fit_degrees(frame, "position_long")
            if _coords(lat, lon) is None:
                continue
            assert lat is not None and lon is not None
            when = frame.get_value("timestamp", fallback=None)
            point = Point(lat, lon, when if isinstance(when, datetime) else None)
            first = first or point
            last = point
    except fitdecode.FitError as exc:
        if first is None:
            raise ParseError(f"invalid FIT file: {exc}") from exc
        raise _Partial(first, last, f"FIT file broken after its start ({exc})") from exc
    finally:
        reader.close()
    return first, last


def _fit_degrees(frame: Any, name: str) -> float | None:
    value = frame.get_value(name, fallback=None)
    if not isinstance(value, int | float):
        return None
    field = frame.get_field(name)
    units = getattr(field, "units", None)
    return float(value) * _SEMICIRCLE if units in (None, "semicircles") else float(value)


class _Partial(Exception):
    """A file broken after some points were read: what was read, and what was wrong."""

    def __init__(self, first: Point | None, last: Point | None, message: str) -> None:
        super().__init__(message)
        self.first = first
        self.last = last


_READERS = {"gpx": gpx_endpoints, "tcx": tcx_endpoints, "fit": fit_endpoints}


def _upload_id(name: str) -> str:
    """``activities/3184653380.fit.gz`` -> ``3184653380``."""
    base = name.rsplit("/", 1)[-1]
    return base.split(".", 1)[0]


# --- the platform ------------------------------------------------------------------------


@platforms.register("strava")
class Strava(Platform):
    """Strava's bulk export: CSV tables and original activity files."""

    name = "strava"
    title = "Strava"
    download = "Settings > My Account > Download or Delete Your Account > Request your archive"
    generations = (
        "2020-25 bulk exports: `activities.csv` (79 to 99 columns, HTML header cells), "
        "activity files (GPX, TCX, FIT, gzipped or not), profile, clubs, privacy zones, "
        "segments, follows"
    )
    verified = True
    profile_urls = (ProfileUrl.of(r"^(?:www\.)?strava\.com$", r"^/athletes/([0-9]+)/?$"),)
    # Strava's help centre: with Activities and Profile set to Followers, people who do not
    # follow you see your name, picture and clubs, not your activities or their maps.
    private = PrivateMode(
        "Settings > Privacy Controls: Profile Page and Activities set to Followers",
        frozenset(("post", "place", "comment", "media")),
        "your name, profile picture, city and the clubs you belong to",
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "activity, and its start and end places": (
            "its `Activity ID` (the upload id from the file name for an activity file "
            "that activities.csv does not list)"
        ),
        "club": "the club's name",
        "segment": "`<Segment Name>|<lat>,<lon>` of its start (the export has no segment id)",
        "route": "its `Route Filename`",
        "privacy zone": "its address",
        "event": "its title",
        "follow": "the athlete id",
        "post, comment": "its URL, else its date as written",
    }
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": (
            "On Strava, Settings > My Profile: change or clear the {field}. For where your "
            "activities start and end: Settings > Privacy Controls > Map Visibility: hide the "
            "start and end of every activity (the largest distance) and add your home and "
            "work addresses; that hides only the ends of each map, so set your commutes to "
            "Only You (each activity > Edit > Who can view) or stop recording them."
        ),
        "change_email": "Settings > My Account > Email: use a personal address.",
        "remove_location": (
            "Settings > Privacy Controls > Map Visibility: hide the start and end of every "
            "activity (the largest distance) and add your home and work addresses. That "
            "hides only the ends of each map: set the activities listed to Only You (each "
            "activity > Edit > Who can view), or stop recording commutes."
        ),
        "delete_posts": "Open each activity or post listed > … > Delete (or Edit to rename it).",
        "delete_comments": "Open the activity under each comment listed and delete the comment.",
        "leave_group": "Groups > Clubs > open the club > … > Leave Club.",
        "hide_events": "Open each event listed and leave it.",
        "unfollow": "Profile > Following: unfollow the athletes listed.",
        "make_private": (
            "Settings > Privacy Controls: set Profile Page, Activities and Group Activity to "
            "Followers, and turn off Metro and Heatmap."
        ),
        "turn_on_2fa": (
            "Strava has no two-factor authentication of its own: sign in with an Apple or "
            "Google account that has it turned on, or use a long password used nowhere else."
        ),
        "remove_apps": "Settings > My Apps: Revoke Access for each app you do not use.",
    }
    app_kinds = frozenset(("apps",))
    kinds = (
        "visibility",
        "profile",
        "privacy_zones",
        "activities",
        "activity_file",
        "route_file",
        "memberships",
        "clubs",
        "segments",
        "routes",
        "events",
        "following",
        "followers",
        "apps",
        "logins",
        "posts",
        "comments",
        "media",
        "not_read",
    )

    def identify(self, member: Member) -> str | None:
        name = member.name.lower()
        if name.endswith((".gpx", ".gpx.gz", ".tcx", ".tcx.gz", ".fit", ".fit.gz")):
            fmt = file_format(activity_head(member))
            if fmt is None:
                return None
            route = name.startswith("routes/") or "/routes/" in name
            return "route_file" if route else "activity_file"
        if not name.endswith(".csv"):
            return None
        line = _first_line(member)
        for start, kind in _HEADERS:
            if line.startswith(start):
                return kind
        if any(m in line for m in _VISIBILITY_MARKERS):
            return "visibility"
        return None

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterator[Item]:
        if kind == "not_read":
            return
        reader = _Reader(member, ctx)
        method = getattr(reader, kind, None)
        if method is None:
            raise ParseError(f"unknown Strava file kind {kind!r}")
        yield from method()

    def coverage(self, kinds: set[str]) -> list[str]:
        out = [
            "Strava exports hold followers and followed athletes as numeric ids only",
            "Strava exports do not say which activities are public: footprint takes the "
            "default activity visibility, and says 'unknown' where it is not Everyone",
        ]
        if "activities" in kinds and "activity_file" not in kinds:
            out.append(
                "This Strava export has no activity files: where activities start and end "
                "is unknown"
            )
        if "not_read" in kinds:
            out.append(
                "Strava contacts (other people's address books), challenges, starred "
                "segments and direct messages are not read"
            )
        return out


class _Reader:
    """Reads one Strava member."""

    def __init__(self, member: Member, ctx: ParseContext) -> None:
        self.member = member
        self.ctx = ctx

    def ref(
        self,
        field: str,
        item: str | None = None,
        visibility: Visibility = "unknown",
        date: str | None = None,
        url: str | None = None,
    ) -> Ref:
        return Ref("strava", self.member.name, item, field, visibility, date, url)

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line, row) with header names as the export writes them (HTML removed)."""
        line = 1
        for row in iter_csv(self.member, is_header=lambda cells: any(cells)):
            line += 1
            yield line, {header_name(k): v for k, v in row.items()}

    @property
    def activity_visibility(self) -> Visibility:
        everyone = self.ctx.state.get("strava_activity_default") == "everyone"
        return "public" if everyone else "unknown"

    @property
    def profile_visibility(self) -> Visibility:
        value = self.ctx.state.get("strava_profile_visibility", "everyone")
        return "public" if value == "everyone" else "unknown"

    # --- settings and profile ----------------------------------------------------------

    def visibility(self) -> Iterator[Item]:
        for _, row in self.rows():
            lowered = {k.lower(): (v or "").strip().lower() for k, v in row.items()}
            if lowered.get("default activity visibility"):
                self.ctx.state["strava_activity_default"] = lowered["default activity visibility"]
            if lowered.get("profile visibility"):
                self.ctx.state["strava_profile_visibility"] = lowered["profile visibility"]
        return iter(())

    def profile(self) -> Iterator[Item]:
        for _, row in self.rows():
            athlete = _clean(row.get("Athlete ID"))
            first, last = _clean(row.get("First Name")), _clean(row.get("Last Name"))
            name = " ".join(n for n in (first, last) if n) or None
            url = ATHLETE_URL.format(athlete) if athlete else None
            vis = self.profile_visibility
            if athlete:
                self.ctx.state["strava_athlete"] = athlete
                yield Account(
                    "strava",
                    None,
                    self.ref("handle", visibility="public", url=url),
                    account_id=athlete,
                    display_name=name,
                    url=url,
                )
            if name:
                yield ProfileField("display_name", name, self.ref("display_name", None, "public"))
            bio = _clean(row.get("Description"))
            if bio:
                yield ProfileField("bio", bio, self.ref("bio", None, vis, url=url))
            where = ", ".join(
                v for v in (_clean(row.get(k)) for k in ("City", "State", "Country")) if v
            )
            if where:
                yield ProfileField("location", where, self.ref("location", None, vis, url=url))
            email = _clean(row.get("Email Address"))
            if email:
                yield ProfileField("email", email, self.ref("email", None, "private"))
            sex = _clean(row.get("Sex"))
            if sex:
                yield ProfileField("gender", sex, self.ref("gender", None, "private"))

    def privacy_zones(self) -> Iterator[Item]:
        for line, row in self.rows():
            address = _clean(row.get("Address"))
            cell = row.get("Latitude & Longitude") or ""
            parts = [p.strip() for p in cell.split(",")]
            point = _coords(_float(parts[0]), _float(parts[1])) if len(parts) == 2 else None
            if point is None and not address:
                self.ctx.problem(self.member, f"line {line}: a privacy zone without a place")
                continue
            yield Place(
                "privacy_zone",
                self.ref("place", address or cell, "private"),
                name=address,
                lat=point[0] if point else None,
                lon=point[1] if point else None,
                address=address,
            )

    # --- activities -------------------------------------------------------------------

    def activities(self) -> Iterator[Item]:
        fh = open_text(self.member)
        files: dict[str, Activity] = self.ctx.state.setdefault("strava_files", {})
        try:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is None:
                raise ParseError("empty file: no header row")
            names = [header_name(c) for c in header]
            col: dict[str, int] = {}
            for i, n in enumerate(names):
                col.setdefault(n, i)  # the first of each repeated name
            if "Activity ID" not in col:
                raise ParseError("no 'Activity ID' column")
            try:
                for row in reader:
                    if not any(c.strip() for c in row):
                        continue
                    item = self._activity(row, col, reader.line_num, files)
                    if item is not None:
                        yield item
            except csv.Error as exc:
                raise ParseError(f"invalid CSV at line {reader.line_num}: {exc}") from exc
        finally:
            fh.close()

    def _activity(
        self, row: list[str], col: dict[str, int], line: int, files: dict[str, Activity]
    ) -> Post | None:
        def cell(name: str) -> str | None:
            i = col.get(name)
            return _clean(row[i]) if i is not None and i < len(row) else None

        activity_id = cell("Activity ID")
        if activity_id is None or not activity_id.isdigit():
            self.ctx.problem(self.member, f"line {line}: no activity id, row not read")
            return None
        start = _datetime(cell("Activity Date"))
        if start is None and cell("Activity Date"):
            self.ctx.problem(
                self.member, f"line {line}: activity date {cell('Activity Date')!r} not understood"
            )
        commute = _truthy(cell("Commute"))
        name = cell("Activity Name")
        filename = cell("Filename")
        if filename:
            files[filename.lower()] = Activity(
                activity_id, name, start, _float(cell("Elapsed Time")), commute
            )
        text = "\n".join(t for t in (name, cell("Activity Description")) if t)
        return Post(
            "post",
            text,
            self.ref(
                "text",
                activity_id,
                self.activity_visibility,
                _iso(start) if start else None,
                ACTIVITY_URL.format(activity_id),
            ),
        )

    def activity_file(self) -> Iterator[Item]:
        yield from self._endpoints(route=False)

    def route_file(self) -> Iterator[Item]:
        yield from self._endpoints(route=True)

    def _endpoints(self, route: bool) -> Iterator[Item]:
        fmt = file_format(activity_head(self.member))
        if fmt is None:
            raise ParseError("not a GPX, TCX or FIT file")
        broken: str | None = None
        with open_activity(self.member) as fh:
            try:
                first, last = _READERS[fmt](fh)
            except _Partial as partial:
                first, last, broken = partial.first, partial.last, str(partial)
            except (EOFError, OSError, zlib.error) as exc:
                raise ParseError(f"damaged compressed file ({exc})") from exc
        if route:
            if first is not None:
                item = self.member.name
                yield Place(
                    "route",
                    self.ref(
                        "place",
                        item,
                        self.activity_visibility,
                        _iso(first.time) if first.time else None,
                    ),
                    lat=first.lat,
                    lon=first.lon,
                )
        else:
            yield from self._activity_places(first, last)
        if broken:
            self.ctx.problem(self.member, broken)
        elif first is None:
            self.ctx.problem(self.member, "no track point with a position (an indoor activity?)")

    def _activity_places(self, first: Point | None, last: Point | None) -> Iterator[Item]:
        files: dict[str, Activity] = self.ctx.state.get("strava_files", {})
        known = files.get(self.member.name.lower())
        activity_id = known.activity_id if known else _upload_id(self.member.name)
        prefix = "commute" if known and known.commute else "activity"
        name = known.name if known else None
        url = ACTIVITY_URL.format(activity_id) if known else None
        for end, point in (("start", first), ("end", last)):
            if point is None:
                continue
            when = point.time
            if when is None and known and known.start:
                when = known.start
                if end == "end" and known.elapsed_s:
                    when = known.start + timedelta(seconds=known.elapsed_s)
            yield Place(
                f"{prefix}_{end}",
                self.ref(
                    "place",
                    activity_id,
                    self.activity_visibility,
                    _iso(when) if when else None,
                    url,
                ),
                name=name,
                lat=point.lat,
                lon=point.lon,
            )

    # --- clubs, segments, routes, events ----------------------------------------------

    def memberships(self) -> Iterator[Item]:
        seen: set[str] = self.ctx.state.setdefault("strava_clubs", set())
        for _, row in self.rows():
            club = _clean(row.get("Club Name"))
            if not club:
                continue
            seen.add(club.casefold())
            yield Group(
                "group",
                club,
                self.ref("groups", club, "public", strava_date(row.get("Join Date"))),
                role="member",
            )

    def clubs(self) -> Iterator[Item]:
        seen: set[str] = self.ctx.state.setdefault("strava_clubs", set())
        for _, row in self.rows():
            club = _clean(row.get("Club Name"))
            if not club or club.casefold() in seen:
                continue
            seen.add(club.casefold())
            yield Group(
                "group",
                club,
                self.ref("groups", club, "public"),
                url=_clean(row.get("Club Website")),
            )

    def segments(self) -> Iterator[Item]:
        for line, row in self.rows():
            name = _clean(row.get("Segment Name"))
            point = _coords(
                _float(row.get("Starting Latitude")), _float(row.get("Starting Longitude"))
            )
            if point is None:
                self.ctx.problem(self.member, f"line {line}: a segment without a start point")
                continue
            item = f"{name or ''}|{row.get('Starting Latitude', '').strip()},"
            item += row.get("Starting Longitude", "").strip()
            yield Place(
                "segment", self.ref("place", item, "public"), name=name, lat=point[0], lon=point[1]
            )

    def routes(self) -> Iterator[Item]:
        for _, row in self.rows():
            name = _clean(row.get("Route Name"))
            if name:
                item = _clean(row.get("Route Filename")) or name
                yield Place("route", self.ref("place", item, self.activity_visibility), name=name)

    def events(self) -> Iterator[Item]:
        for _, row in self.rows():
            title = _clean(row.get("Event Title"))
            if title:
                start = strava_date(row.get("Start Time"))
                yield Event(
                    title,
                    self.ref("event", title, "unknown", start),
                    response="joined",
                    start=start,
                    description=_clean(row.get("Event Description")),
                )

    # --- people, apps, logins ---------------------------------------------------------

    def following(self) -> Iterator[Item]:
        yield from self._follows("Following Athlete ID", "following")

    def followers(self) -> Iterator[Item]:
        yield from self._follows("Follower Athlete ID", "follower")

    def _follows(self, column: str, relation: str) -> Iterator[Item]:
        for _, row in self.rows():
            athlete = _clean(row.get(column))
            if not athlete:
                continue
            status = (row.get("Follow Status") or "").strip().lower()
            if status and status not in ("accepted", "following"):
                continue  # a pending or refused request is no connection
            url = ATHLETE_URL.format(athlete)
            yield Connection(
                relation,
                self.ref(relation, athlete, "public", strava_date(row.get("Created At")), url),
                account_id=athlete,
                url=url,
            )

    def apps(self) -> Iterator[Item]:
        for _, row in self.rows():
            name = _clean(row.get("Enabled Application Name"))
            if name:
                yield App(name, self.ref("apps", name, "private"))

    def logins(self) -> Iterator[Item]:
        for _, row in self.rows():
            written = _clean(row.get("Login Date & Time"))
            yield SecurityRecord(
                "login",
                self.ref("login", written, "private", strava_date(written)),
                value=_clean(row.get("IP Address")),
                detail=_clean(row.get("Login Source")),
            )

    # --- posts, comments, media (columns from FORMATS.md; unverified) -----------------

    def posts(self) -> Iterator[Item]:
        for _, row in self.rows():
            text = "\n".join(
                t for t in (_clean(row.get("Post Summary")), _clean(row.get("Post"))) if t
            )
            url = _clean(row.get("Post URL"))
            written = _clean(row.get("Post Date"))
            if text:
                yield Post(
                    "post",
                    text,
                    self.ref("text", url or written, "public", strava_date(written), url),
                )

    def comments(self) -> Iterator[Item]:
        for _, row in self.rows():
            text = _clean(row.get("Comment"))
            written = _clean(row.get("Comment Date"))
            if text:
                yield Post(
                    "comment", text, self.ref("text", written, "public", strava_date(written))
                )

    def media(self) -> Iterator[Item]:
        for _, row in self.rows():
            uri = _clean(row.get("Media Filename"))
            if uri:
                yield Media(
                    uri,
                    self.ref("media", uri, self.activity_visibility),
                    caption=_clean(row.get("Media Caption")),
                )
