"""Google Maps: saved places and the location history (Timeline), from a Google Takeout
or from the phone's Timeline export.

No real export of these files was available to test against: the shapes below are those
FORMATS.md section 13 documents from parsers and published samples (unverified).

- **Saved places** (``Takeout/Maps (your places)/Saved Places.json``): a GeoJSON
  ``FeatureCollection``, streamed feature by feature. 2017-21 ``properties`` hold ``Title``,
  ``Google Maps URL``, ``Published`` and ``Location`` (``Address``, ``Business Name``,
  ``Geo Coordinates``); 2024-25 ones ``date``, ``google_maps_url`` and ``location``
  (``name``, ``address``). ``geometry.coordinates`` is ``[longitude, latitude]``; ``[0,
  0]`` means none, and the name is then only in the URL's ``q=``. One
  :class:`~footprint.model.Place` of kind ``saved_place`` each; a feature named ``Home``
  or ``Work`` (the labelled places file has the same shape) is ``labelled_home`` /
  ``labelled_work``. ``item`` is the Google Maps URL, else the name.
- **Semantic Location History** (``Semantic Location History/<year>/<year>_<MONTH>.json``,
  ``{"timelineObjects": [...]}``), streamed: each ``placeVisit`` is a Place of kind
  ``visit`` (``latitudeE7`` / ``longitudeE7``, ``name``, ``address``; dates from
  ``startTimestampMs`` or ``startTimestamp``). A visit whose location has a
  ``semanticType`` of ``TYPE_HOME`` / ``TYPE_WORK`` also gives, once per place, a
  ``labelled_home`` / ``labelled_work`` place.
- **The phone's Timeline export** (``Timeline.json``, 2024 on): each
  ``semanticSegments[].visit`` is a ``visit`` (``topCandidate.placeLocation.latLng`` as
  ``"51.5°, -0.1°"``); a top candidate's ``semanticType`` ``HOME`` / ``WORK`` /
  ``INFERRED_HOME`` / ``INFERRED_WORK`` gives a labelled or inferred place once per
  place; ``userLocationProfile.frequentPlaces[]`` with ``label`` ``HOME`` / ``WORK`` do the
  same. The path points (``timelinePath``, ``rawSignals``) are not read: the visits hold
  the places. The file, millions of points long, is streamed twice (the segments, then
  the profile), never held.

Everything here is private to the person (``private``): only a breach, a seized phone or a
shared account shows it, which is why the visits count for little in the score; a
``WORK`` label is still where they work. ``item`` of a visit is ``<placeId>|<start>``, of
a labelled place its ``placeId``.

Recognised and not read: the raw location records (``Records.json``, ``Location
History.json``: ``{"locations": [...]}``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import ijson

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import from_epoch, parse_any
from footprint.exports.readers import json_error
from footprint.model import Item, Place, Ref
from footprint.platforms.base import ParseContext, Platform
from footprint.registry import platforms

_LAT_LNG = re.compile(r"^\s*(-?\d+(?:\.\d+)?)°?\s*,\s*(-?\d+(?:\.\d+)?)°?\s*$")
_LABELS = {
    "home": "labelled_home",
    "type_home": "labelled_home",
    "work": "labelled_work",
    "type_work": "labelled_work",
    "inferred_home": "inferred_home",
    "inferred_work": "inferred_work",
}


def lat_lng(text: object) -> tuple[float, float] | None:
    """``"51.5°, -0.1°"`` (the Timeline export's form) as numbers."""
    m = _LAT_LNG.match(text) if isinstance(text, str) else None
    if m is None:
        return None
    return _point(float(m.group(1)), float(m.group(2)))


def _point(lat: Any, lon: Any) -> tuple[float, float] | None:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= la <= 90 and -180 <= lo <= 180) or (la == 0 and lo == 0):
        return None
    return (la, lo)


def _e7(location: dict[str, Any]) -> tuple[float, float] | None:
    lat, lon = location.get("latitudeE7"), location.get("longitudeE7")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return None
    return _point(lat / 1e7, lon / 1e7)


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _query_name(url: str | None) -> str | None:
    """The place name in a Google Maps URL's ``q=`` (saved places without a location)."""
    if not url:
        return None
    try:
        q = parse_qs(urlsplit(url).query).get("q")
    except ValueError:
        return None
    if not q or re.match(r"^-?\d+(\.\d+)?,\s*-?\d+(\.\d+)?$", q[0]):
        return None
    return q[0]


@platforms.register("google-maps")
class GoogleMaps(Platform):
    """Saved places and the Timeline: Takeout files and the phone's Timeline.json."""

    name = "google-maps"
    title = "Google Maps"
    download = (
        "takeout.google.com: Maps (your places) and Location History (Timeline); since 2024 "
        "the Timeline is on the phone: Settings > Location > Location services > Timeline "
        "> Export Timeline data"
    )
    generations = (
        "Saved Places.json (2017-21 and 2024-25 properties), Semantic Location History "
        "(up to 2024), the phone's Timeline.json (2024 on)"
    )
    verified = False
    item_ids: ClassVar[Mapping[str, str]] = {
        "saved place": "its Google Maps URL, else its name",
        "visit": "`<placeId>|<start time>` (the start time alone without a placeId)",
        "labelled or inferred home or work": "its `placeId`, else its coordinates",
    }
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": (
            "Google Maps > your picture > Your Timeline > … > Settings and privacy: delete "
            "Timeline data and turn Timeline off; under You > Labelled, remove the Home and "
            "Work labels."
        ),
        "remove_location": (
            "Google Maps > You > Saved: remove the places listed; Your Timeline: delete "
            "the visits listed (or all Timeline data)."
        ),
        "turn_on_2fa": "myaccount.google.com > Security > 2-Step Verification.",
    }
    kinds = ("saved_places", "semantic", "timeline", "not_read")

    def identify(self, member: Member) -> str | None:
        if not member.name.lower().endswith(".json"):
            return None
        head = member.head(4096)
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not start.startswith(b"{"):
            return None
        if re.match(rb'\{\s*"timelineObjects"\s*:', start):
            return "semantic"
        if re.match(rb'\{\s*"(?:semanticSegments|rawSignals|userLocationProfile)"\s*:', start):
            return "timeline"
        if re.match(
            rb'\{\s*"locations"\s*:\s*\[\s*(?:\]|\{\s*"(?:latitudeE7|timestampMs|timestamp)")',
            start,
        ):
            return "not_read"
        if b'"FeatureCollection"' in head and (
            b'"Google Maps URL"' in head
            or b'"google_maps_url"' in head
            or (b'"address"' in head and b'"name"' in head)
        ):
            return "saved_places"
        return None

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterator[Item]:
        if kind == "not_read":
            return
        reader = _Reader(member, ctx)
        if kind == "saved_places":
            yield from reader.saved_places()
        elif kind == "semantic":
            yield from reader.semantic()
        elif kind == "timeline":
            yield from reader.timeline()
        else:
            raise ParseError(f"unknown Google Maps file kind {kind!r}")

    def coverage(self, kinds: set[str]) -> list[str]:
        out = [
            "Google Maps data is private to you: it counts as exposure only through a "
            "breach, a shared account or someone with your phone"
        ]
        if "not_read" in kinds:
            out.append("Google Maps raw location records (Records.json) are not read, only visits")
        return out


class _Reader:
    def __init__(self, member: Member, ctx: ParseContext) -> None:
        self.member = member
        self.ctx = ctx
        # (label, place) pairs given already: a place is labelled once, not per visit.
        self.labelled: set[tuple[str, str]] = ctx.state.setdefault("google_maps_labelled", set())

    def ref(self, item: str | None, date: str | None = None, url: str | None = None) -> Ref:
        return Ref("google-maps", self.member.name, item, "place", "private", date, url)

    def items(self, prefix: str) -> Iterator[Any]:
        stream = self.member.open()
        try:
            head = stream.read(3)
            if head != b"\xef\xbb\xbf":
                stream.close()
                stream = self.member.open()
            yield from ijson.items(stream, prefix, use_float=True)
        except ijson.JSONError as exc:
            raise ParseError(json_error(exc)) from exc
        finally:
            stream.close()

    # --- saved places -------------------------------------------------------------------

    def saved_places(self) -> Iterator[Item]:
        for n, feature in enumerate(self.items("features.item"), 1):
            place = self._feature(feature) if isinstance(feature, dict) else None
            if place is None:
                self.ctx.problem(self.member, f"feature {n}: no place in it, not read")
                continue
            yield place

    def _feature(self, feature: dict[str, Any]) -> Place | None:
        props = feature.get("properties")
        props = props if isinstance(props, dict) else {}
        geometry = feature.get("geometry")
        coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
        point = (
            _point(coords[1], coords[0]) if isinstance(coords, list) and len(coords) >= 2 else None
        )
        old = _dict(props.get("Location"))
        new = _dict(props.get("location"))
        if point is None and isinstance(old.get("Geo Coordinates"), dict):
            geo = old["Geo Coordinates"]
            point = _point(geo.get("Latitude"), geo.get("Longitude"))
        url = _str(props.get("Google Maps URL")) or _str(props.get("google_maps_url"))
        name = (
            _str(props.get("Title"))
            or _str(old.get("Business Name"))
            or _str(new.get("name"))
            or _str(props.get("name"))
            or _query_name(url)
        )
        address = _str(old.get("Address")) or _str(new.get("address")) or _str(props.get("address"))
        if point is None and not name and not address:
            return None
        # The labelled places file has the same shape: its Home and Work are labels.
        kind = {"home": "labelled_home", "work": "labelled_work"}.get(
            (name or "").lower(), "saved_place"
        )
        date = parse_any(props.get("Published") or props.get("date"))
        return Place(
            kind,
            self.ref(url or name or address, date, url),
            name=name,
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            address=address,
        )

    # --- Semantic Location History ------------------------------------------------------

    def semantic(self) -> Iterator[Item]:
        for n, obj in enumerate(self.items("timelineObjects.item"), 1):
            visit = obj.get("placeVisit") if isinstance(obj, dict) else None
            if not isinstance(visit, dict):
                continue  # an activity segment: the movement between visits
            location = visit.get("location")
            location = location if isinstance(location, dict) else {}
            point = _e7(location)
            if point is None:
                self.ctx.problem(self.member, f"timeline object {n}: a visit without a place")
                continue
            duration = visit.get("duration")
            duration = duration if isinstance(duration, dict) else {}
            start = from_epoch(duration.get("startTimestampMs")) or parse_any(
                duration.get("startTimestamp")
            )
            place_id = _str(location.get("placeId"))
            yield from self._visit(
                point,
                start,
                place_id,
                _str(location.get("name")),
                _str(location.get("address")),
                _str(location.get("semanticType")),
            )

    def _visit(
        self,
        point: tuple[float, float],
        start: str | None,
        place_id: str | None,
        name: str | None,
        address: str | None,
        semantic_type: str | None,
    ) -> Iterator[Place]:
        item = f"{place_id}|{start}" if place_id else start
        yield Place(
            "visit", self.ref(item, start), name=name, lat=point[0], lon=point[1], address=address
        )
        label = _LABELS.get((semantic_type or "").lower())
        key = place_id or f"{point[0]:.5f},{point[1]:.5f}"
        if label and (label, key) not in self.labelled:
            self.labelled.add((label, key))
            yield Place(
                label, self.ref(key, start), name=name, lat=point[0], lon=point[1], address=address
            )

    # --- the phone's Timeline.json ------------------------------------------------------

    def timeline(self) -> Iterator[Item]:
        for n, segment in enumerate(self.items("semanticSegments.item"), 1):
            visit = segment.get("visit") if isinstance(segment, dict) else None
            if not isinstance(visit, dict):
                continue
            top = visit.get("topCandidate")
            top = top if isinstance(top, dict) else {}
            where = top.get("placeLocation")
            point = lat_lng(where.get("latLng") if isinstance(where, dict) else where)
            if point is None:
                self.ctx.problem(self.member, f"semantic segment {n}: a visit without a place")
                continue
            yield from self._visit(
                point,
                parse_any(segment.get("startTime")),
                _str(top.get("placeId")),
                None,
                None,
                _str(top.get("semanticType")),
            )
        for n, frequent in enumerate(self.items("userLocationProfile.frequentPlaces.item"), 1):
            if not isinstance(frequent, dict):
                continue
            label = _LABELS.get((_str(frequent.get("label")) or "").lower())
            point = lat_lng(frequent.get("placeLocation"))
            if label is None:
                continue
            if point is None:
                self.ctx.problem(self.member, f"frequent place {n}: no coordinates")
                continue
            key = _str(frequent.get("placeId")) or f"{point[0]:.5f},{point[1]:.5f}"
            if (label, key) in self.labelled:
                continue
            self.labelled.add((label, key))
            yield Place(label, self.ref(key), lat=point[0], lon=point[1])
