"""Google Maps: saved places in both layouts, Semantic Location History, the phone's
Timeline.json (no real export is available: shapes from FORMATS.md section 13), broken
input, and a WORK label found as a location signal."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from footprint.exports.archive import Member
from footprint.model import Place
from footprint.pipeline import ScanOptions, scan
from footprint.platforms.google_maps import GoogleMaps, lat_lng
from footprint.platforms.ingest import Loaded, load

STATION = (51.4652, -3.1692)
HOME = (51.4816, -3.1791)


def saved_places() -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [
            {  # 2017-21
                "geometry": {"coordinates": [STATION[1], STATION[0]], "type": "Point"},
                "properties": {
                    "Google Maps URL": "http://maps.google.com/?cid=123",
                    "Location": {
                        "Address": "James St, Cardiff CF10 5EW",
                        "Business Name": "Cardiff Bay Police Station",
                        "Geo Coordinates": {"Latitude": "51.4652", "Longitude": "-3.1692"},
                    },
                    "Published": "2019-04-03T08:00:00Z",
                    "Title": "Cardiff Bay Police Station",
                    "Updated": "2019-04-03T08:00:00Z",
                },
                "type": "Feature",
            },
            {  # a dropped pin
                "geometry": {"coordinates": [HOME[1], HOME[0]], "type": "Point"},
                "properties": {
                    "Google Maps URL": "http://maps.google.com/?q=51.4816,-3.1791",
                    "Title": "51.4816,-3.1791",
                    "Published": "2020-01-01T10:00:00Z",
                },
                "type": "Feature",
            },
            {  # 2024-25 without location data: the name is in q=
                "geometry": {"coordinates": [0, 0], "type": "Point"},
                "properties": {
                    "date": "2024-06-01T09:00:00Z",
                    "google_maps_url": "http://maps.google.com/?q=Crown+Buildings,+Cathays+Park",
                    "Comment": "No location information is available for this saved place",
                },
                "type": "Feature",
            },
            {"geometry": {"coordinates": [0, 0]}, "properties": {}, "type": "Feature"},
        ],
    }


def semantic() -> dict[str, Any]:
    def visit(day: int, name: str, where: tuple[float, float], kind: str | None) -> Any:
        location: dict[str, Any] = {
            "latitudeE7": round(where[0] * 1e7),
            "longitudeE7": round(where[1] * 1e7),
            "placeId": "ChIJ" + name[:4],
            "address": "James St\nCardiff",
            "name": name,
        }
        if kind:
            location["semanticType"] = kind
        start = 1709539200000 + day * 86400000  # 2024-03-04T08:00:00Z
        return {
            "placeVisit": {
                "location": location,
                "duration": {"startTimestampMs": str(start), "endTimestampMs": str(start + 1)},
            }
        }

    objs = [visit(d, "Cardiff Bay Police Station", STATION, "TYPE_WORK") for d in range(3)]
    objs.insert(1, {"activitySegment": {"distance": 3000}})
    objs.append({"placeVisit": {"location": {}, "duration": {}}})
    return {"timelineObjects": objs}


def timeline(points: int = 2000) -> dict[str, Any]:
    return {
        "semanticSegments": [
            {
                "startTime": "2024-03-04T08:00:00.000+00:00",
                "endTime": "2024-03-04T17:00:00.000+00:00",
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": 0.9,
                    "topCandidate": {
                        "placeId": "ChIJwork",
                        "semanticType": "INFERRED_WORK",
                        "probability": 0.8,
                        "placeLocation": {"latLng": f"{STATION[0]}°, {STATION[1]}°"},
                    },
                },
            },
            {
                "startTime": "2024-03-04T17:00:00.000+00:00",
                "timelinePath": [
                    {"point": "51.47°, -3.17°", "time": "2024-03-04T17:05:00.000+00:00"}
                ],
            },
            {"startTime": "2024-03-05T08:00:00Z", "visit": {"topCandidate": {}}},
        ],
        "rawSignals": [
            {"position": {"LatLng": "51.4°, -3.1°", "timestamp": "2024-03-04T08:00:00Z"}}
        ]
        * points,
        "userLocationProfile": {
            "frequentPlaces": [
                {
                    "placeId": "ChIJhome",
                    "placeLocation": f"{HOME[0]}°, {HOME[1]}°",
                    "label": "HOME",
                },
                {"placeId": "ChIJwork2", "placeLocation": "51.4883°, -3.1824°", "label": "WORK"},
                {"placeId": "ChIJgym", "placeLocation": "51.49°, -3.18°"},
            ]
        },
    }


@pytest.fixture
def export(tmp_path: Path) -> Path:
    root = tmp_path / "takeout" / "Takeout"
    (root / "Maps (your places)").mkdir(parents=True)
    (root / "Maps (your places)" / "Saved Places.json").write_text(json.dumps(saved_places()))
    month = root / "Location History" / "Semantic Location History" / "2024"
    month.mkdir(parents=True)
    (month / "2024_MARCH.json").write_text(json.dumps(semantic(), indent=2))
    (root / "Location History" / "Records.json").write_text('{"locations": [{"latitudeE7": 1}]}')
    (tmp_path / "takeout" / "Timeline.json").write_text(json.dumps(timeline()))
    return tmp_path / "takeout"


def only_maps(path: Path) -> Loaded:
    loaded = load(path)
    assert [x.platform for x in loaded] == ["google-maps"]
    return loaded[0]


def places(loaded: Loaded) -> list[Place]:
    return [p for p in loaded.of(Place) if isinstance(p, Place)]


def test_everything_read(export: Loaded) -> None:
    loaded = only_maps(export)
    got = sorted(
        (p.kind, p.ref.item or "", p.name or "", round(p.lat or 0, 4), p.ref.visibility)
        for p in places(loaded)
    )
    assert got == [
        ("inferred_work", "ChIJwork", "", STATION[0], "private"),
        ("labelled_home", "ChIJhome", "", HOME[0], "private"),
        ("labelled_work", "ChIJCard", "Cardiff Bay Police Station", STATION[0], "private"),
        ("labelled_work", "ChIJwork2", "", 51.4883, "private"),
        (
            "saved_place",
            "http://maps.google.com/?cid=123",
            "Cardiff Bay Police Station",
            STATION[0],
            "private",
        ),
        (
            "saved_place",
            "http://maps.google.com/?q=51.4816,-3.1791",
            "51.4816,-3.1791",
            HOME[0],
            "private",
        ),
        (
            "saved_place",
            "http://maps.google.com/?q=Crown+Buildings,+Cathays+Park",
            "Crown Buildings, Cathays Park",
            0,
            "private",
        ),
        (
            "visit",
            "ChIJCard|2024-03-04T08:00:00Z",
            "Cardiff Bay Police Station",
            STATION[0],
            "private",
        ),
        (
            "visit",
            "ChIJCard|2024-03-05T08:00:00Z",
            "Cardiff Bay Police Station",
            STATION[0],
            "private",
        ),
        (
            "visit",
            "ChIJCard|2024-03-06T08:00:00Z",
            "Cardiff Bay Police Station",
            STATION[0],
            "private",
        ),
        ("visit", "ChIJwork|2024-03-04T08:00:00Z", "", STATION[0], "private"),
    ]
    problems = sorted(p.split(": ", 1)[1] for p in loaded.problems)
    assert problems == [
        "feature 4: no place in it, not read",
        "semantic segment 3: a visit without a place",
        "timeline object 5: a visit without a place",
    ]


def test_truncated_timeline_keeps_what_came_before(tmp_path: Path) -> None:
    text = json.dumps(semantic(), indent=2)
    cut = text.index('"placeVisit"', text.index('"placeVisit"') + 1)  # inside the second visit
    (tmp_path / "2024_MARCH.json").write_text(text[: cut + 40])
    loaded = only_maps(tmp_path)
    assert [p.kind for p in places(loaded)] == ["visit", "labelled_work"]
    (problem,) = loaded.problems
    assert problem.startswith("2024_MARCH.json: invalid JSON")


def test_work_label_is_a_location_signal(export: Path) -> None:
    result = scan([export], ScanOptions(org="south-wales-police"))
    routines = {(s.kind, s.reveals, s.source.item) for s in result.signals if s.rule == "routines"}
    assert ("place", "location", "ChIJwork2") in routines  # the WORK label
    assert ("place", "personal", "ChIJhome") in routines  # the HOME label
    # Visits at the premises are signals of the places detector, one per visit.
    near = [
        s
        for s in result.signals
        if s.rule == "places" and s.source.item and s.source.item.startswith("ChIJCard|")
    ]
    assert len(near) == 3 and {s.visibility for s in near} == {"private"}


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("51.5°, -0.1°", (51.5, -0.1)),
        ("51.5, -0.1", (51.5, -0.1)),
        ("0°, 0°", None),
        ("91°, 0°", None),
        ("north", None),
        (None, None),
    ],
)
def test_lat_lng(text: str | None, point: tuple[float, float] | None) -> None:
    assert lat_lng(text) == point


def member(name: str, data: bytes) -> Member:
    return Member("x", name, len(data), lambda: io.BytesIO(data))


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("a/2019_APRIL.json", b'{\n  "timelineObjects": [', "semantic"),
        ("Timeline.json", b'{"semanticSegments": [', "timeline"),
        ("Timeline.json", b'\xef\xbb\xbf{"rawSignals": [', "timeline"),
        ("Records.json", b'{\n  "locations": [{\n    "latitudeE7": 1', "not_read"),
        ("Saved Places.json", json.dumps(saved_places()).encode(), "saved_places"),
        # Not Google Maps'.
        ("places.geojson.json", b'{"type": "FeatureCollection", "features": []}', None),
        ("user_data.json", b'{"Activity": {}}', None),
        ("Saved Places.csv", b"Title,Note,URL\n", None),
    ],
)
def test_identify(name: str, data: bytes, kind: str | None) -> None:
    assert GoogleMaps().identify(member(name, data)) == kind
