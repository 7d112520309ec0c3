"""Snapchat "My Data" (accounts.snapchat.com > My Data), the JSON files under ``json/``.

Each file is one JSON object with Title Case keys holding spaces (``"Basic
Information"``, ``"Login History"``), recognised by its first key. Only four small
files of a real export were available (``bitmoji.json``, ``connected_apps.json``,
``ranking.json``, ``terms_history.json``, October 2022); the shapes of the others are
from FORMATS.md section 16 and are unverified. What is read:

- ``account.json``: ``Basic Information`` gives the :class:`~footprint.model.Account`
  (``Username``, shown as ``https://www.snapchat.com/add/<username>``), the ``handle``
  and ``display_name`` (``Name``) fields and the creation date; each ``Login History``
  entry is a ``login`` :class:`~footprint.model.SecurityRecord` (IP address, device).
- ``location_history.json``: the ``Home & Work`` (later ``Home, School & Work``) section,
  whose values read ``"lat 51.58 ± 0 meters, long 5.34 ± 0 meters"``: Snapchat's inferred
  home and work become :class:`~footprint.model.Place` records of kind ``inferred_home``
  / ``inferred_work`` (``labelled_home`` / ``labelled_work`` when the key says the user
  provided them), private. Work is where they work: a location signal.
- ``snap_map_places_history.json``: each place a snap was shared at (``Place``, ``Place
  Location``, ``Date``) as a ``geotag``, visibility ``unknown``.
- ``friends.json``: the ``Friends`` list, one ``friend`` :class:`~footprint.model.Connection`
  each (``Username``, ``Display Name``); blocked, deleted and pending lists are not
  connections and are not read.
- ``connected_apps.json``: each ``Connected Applications`` entry as an
  :class:`~footprint.model.App`.

Recognised and not read: chats, snaps, memories, stories, searches, ad interests
(``user_profile.json``), purchases, terms, Bitmoji and ranking files. Dates are
``YYYY-MM-DD HH:MM:SS UTC``, sometimes without ``UTC``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import parse_any
from footprint.exports.readers import load_json
from footprint.model import (
    Account,
    App,
    Connection,
    Item,
    Place,
    ProfileField,
    Ref,
    SecurityRecord,
    Visibility,
)
from footprint.platforms.base import ParseContext, Platform, ProfileUrl
from footprint.registry import platforms

PROFILE_URL = "https://www.snapchat.com/add/{}"

# The first key of each file, and the kind of file it starts.
_FIRST_KEYS: dict[str, str] = {
    "Basic Information": "account",  # also bitmoji.json: told apart by "Analytics"
    "Frequent Locations": "location_history",
    "Latest Location": "location_history",
    "Home & Work": "location_history",
    "Home, School & Work": "location_history",
    "Location History": "location_history",
    "Daily Top Locations": "location_history",
    "Snap Map Places History": "map_places",
    "Friends": "friends",
    "Friend Requests Sent": "friends",
    "Login History": "connected_apps",  # connected_apps.json starts with it
    "Permissions": "connected_apps",
    "Connected Applications": "connected_apps",
    # Recognised, not read.
    "Snap Inc. Terms of Service": "not_read",
    "Number of Stories Viewed": "not_read",
    "Received Saved Chat History": "not_read",
    "Sent Saved Chat History": "not_read",
    "Received Snap History": "not_read",
    "Sent Snap History": "not_read",
    "Saved Media": "not_read",
    "Shared Story": "not_read",
    "Your Story Views": "not_read",
    "App Profile": "not_read",
    "Public Users": "not_read",
    "Display Name Change": "not_read",
}
_FIRST_KEY = re.compile(rb'\A\s*\{\s*"((?:[^"\\]|\\.){1,60})"\s*:')
_LAT_LON = re.compile(
    r"lat(?:itude)?\s*:?\s*(-?\d+(?:\.\d+)?).*?lon(?:g|gitude)?\s*:?\s*(-?\d+(?:\.\d+)?)",
    re.IGNORECASE | re.DOTALL,
)


def lat_lon(text: object) -> tuple[float, float] | None:
    """``"lat 51.58 ± 0 meters, long 5.34 ± 0 meters"`` as numbers."""
    m = _LAT_LON.search(text) if isinstance(text, str) else None
    if m is None:
        return None
    lat, lon = float(m.group(1)), float(m.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return (lat, lon)


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _entries(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


@platforms.register("snapchat")
class Snapchat(Platform):
    """Snapchat's "My Data" download, JSON files."""

    name = "snapchat"
    title = "Snapchat"
    download = "accounts.snapchat.com > My Data: select the data, export as JSON"
    generations = "2022 JSON layout (`json/*.json`, Title Case keys)"
    verified = False
    profile_urls = (
        ProfileUrl.of(r"^(?:www\.)?snapchat\.com$", r"^/add/([A-Za-z0-9._\-]{3,15})/?$"),
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "inferred home or work": "the key Snapchat gives it (`inferredWork`)",
        "place shared on the Snap Map": "its `Date` as written",
        "friend": "the friend's `Username`",
        "login": "its `Created` date as written",
    }
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": "Profile > Settings > Name / Username: change the {field}.",
        "remove_location": (
            "Snap Map: turn on Ghost Mode (Settings > See My Location) and delete the stories "
            "listed; Snapchat works out home and work from your location, so turn off "
            "Location for Snapchat in the phone's settings."
        ),
        "hide_connections": (
            "Settings > Privacy Controls: set Contact Me and View My Story to My Friends."
        ),
        "turn_on_2fa": "Settings > Two-Factor Authentication.",
        "remove_apps": "Settings > Connected Apps: remove each app you do not use.",
    }
    app_kinds = frozenset(("connected_apps",))
    kinds = ("account", "location_history", "map_places", "friends", "connected_apps", "not_read")

    def identify(self, member: Member) -> str | None:
        if not member.name.lower().endswith(".json"):
            return None
        head = member.head(4096)
        m = _FIRST_KEY.match(head.removeprefix(b"\xef\xbb\xbf"))
        if m is None:
            return None
        kind = _FIRST_KEYS.get(m.group(1).decode("utf-8", "replace"))
        if kind == "account" and b'"Analytics"' in head:
            return "not_read"  # bitmoji.json
        if kind == "connected_apps" and b'"Connected Applications"' not in head:
            return None  # another platform's file that starts with a login history
        return kind

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterator[Item]:
        if kind == "not_read":
            return
        data = load_json(member)
        if not isinstance(data, dict):
            raise ParseError("not a JSON object")
        reader = _Reader(member, ctx, data)
        method = getattr(reader, kind, None)
        if method is None:
            raise ParseError(f"unknown Snapchat file kind {kind!r}")
        yield from method()

    def coverage(self, kinds: set[str]) -> list[str]:
        out = ["Snapchat chats, snaps, stories and memories are not read"]
        if "location_history" not in kinds:
            out.append(
                "This Snapchat export has no location_history.json: the home and work "
                "Snapchat inferred are unknown"
            )
        return out


class _Reader:
    def __init__(self, member: Member, ctx: ParseContext, data: dict[str, Any]) -> None:
        self.member = member
        self.ctx = ctx
        self.data = data

    def ref(
        self,
        field: str,
        item: str | None = None,
        visibility: Visibility = "unknown",
        date: str | None = None,
        url: str | None = None,
    ) -> Ref:
        return Ref("snapchat", self.member.name, item, field, visibility, date, url)

    def account(self) -> Iterator[Item]:
        basic = self.data.get("Basic Information")
        basic = basic if isinstance(basic, dict) else {}
        username = _str(basic.get("Username"))
        name = _str(basic.get("Name")) or _str(basic.get("Display Name"))
        url = PROFILE_URL.format(username) if username else None
        if username:
            yield Account(
                "snapchat",
                username,
                self.ref("handle", None, "public", url=url),
                display_name=name,
                url=url,
                created_at=parse_any(basic.get("Creation Date")),
            )
            yield ProfileField("handle", username, self.ref("handle", None, "public", url=url))
        if name:
            yield ProfileField("display_name", name, self.ref("display_name", None, "public"))
        for login in _entries(self.data.get("Login History")):
            written = _str(login.get("Created"))
            yield SecurityRecord(
                "login",
                self.ref("login", written, "private", parse_any(written)),
                value=_str(login.get("IP")),
                detail=_str(login.get("Device")) or _str(login.get("Country")),
            )

    def location_history(self) -> Iterator[Item]:
        for section in ("Home & Work", "Home, School & Work"):
            value = self.data.get(section)
            pairs: list[tuple[str, Any]] = []
            if isinstance(value, dict):
                pairs = list(value.items())
            for entry in _entries(value):
                pairs.extend(entry.items())
            for key, text in pairs:
                kind = _home_work_kind(key)
                point = lat_lon(text)
                if kind is None:
                    continue
                if point is None:
                    self.ctx.problem(self.member, f"{section} > {key}: no coordinates in {text!r}")
                    continue
                yield Place(kind, self.ref("place", key, "private"), lat=point[0], lon=point[1])

    def map_places(self) -> Iterator[Item]:
        for n, entry in enumerate(_entries(self.data.get("Snap Map Places History")), 1):
            name = _str(entry.get("Place"))
            point = lat_lon(entry.get("Place Location"))
            written = _str(entry.get("Date"))
            if name is None and point is None:
                self.ctx.problem(self.member, f"entry {n}: no place, not read")
                continue
            yield Place(
                "geotag",
                self.ref("place", written or name, "unknown", parse_any(written)),
                name=name,
                lat=point[0] if point else None,
                lon=point[1] if point else None,
            )

    def friends(self) -> Iterator[Item]:
        for entry in _entries(self.data.get("Friends")):
            username = _str(entry.get("Username"))
            if not username:
                continue
            yield Connection(
                "friend",
                self.ref(
                    "friends",
                    username,
                    "unknown",
                    parse_any(entry.get("Creation Timestamp")),
                    PROFILE_URL.format(username),
                ),
                name=_str(entry.get("Display Name")),
                handle=username,
                url=PROFILE_URL.format(username),
            )

    def connected_apps(self) -> Iterator[Item]:
        for entry in _entries(self.data.get("Connected Applications")):
            name = (
                _str(entry.get("App"))
                or _str(entry.get("Application"))
                or next(
                    (v.strip() for v in entry.values() if isinstance(v, str) and v.strip()), None
                )
            )
            if name:
                yield App(name, self.ref("apps", name, "private"))


def _home_work_kind(key: str) -> str | None:
    k = key.lower().replace(" ", "")
    where = "work" if "work" in k else "home" if "home" in k else None
    if where is None:
        return None
    return f"labelled_{where}" if "userprovided" in k or "provided" in k else f"inferred_{where}"
