"""Strava: the real bulk-export files, a small export of our own with activity files in
every format (GPX, TCX, FIT, gzipped or not), and broken input."""

from __future__ import annotations

import gzip
import io
import json
import struct
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footprint.cli import main
from footprint.exports.archive import Member
from footprint.model import (
    Account,
    App,
    Connection,
    Event,
    Group,
    Place,
    Post,
    ProfileField,
)
from footprint.platforms.ingest import Loaded, load
from footprint.platforms.strava import Strava, header_name, strava_date
from tests.conftest import real_path

# --- activity files made at test time -------------------------------------------------------


def gpx(points: list[tuple[float, float, str]], creator: str = "StravaGPX") -> str:
    pts = "\n".join(
        f'   <trkpt lat="{lat}" lon="{lon}">\n    <ele>12.0</ele>\n'
        f"    <time>{t}</time>\n   </trkpt>"
        for lat, lon, t in points
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<gpx creator="{creator}" version="1.1" xmlns="http://www.topografix.com/GPX/1/1">\n'
        " <metadata>\n  <time>2024-03-04T06:58:00Z</time>\n </metadata>\n"
        " <trk>\n  <name>Morning Ride</name>\n  <type>cycling</type>\n  <trkseg>\n"
        f"{pts}\n  </trkseg>\n </trk>\n</gpx>\n"
    )


def tcx(points: list[tuple[float | None, float | None, str]]) -> str:
    tps = []
    for lat, lon, t in points:
        pos = (
            f"<Position><LatitudeDegrees>{lat}</LatitudeDegrees>"
            f"<LongitudeDegrees>{lon}</LongitudeDegrees></Position>"
            if lat is not None
            else ""
        )
        tps.append(
            f"<Trackpoint><Time>{t}</Time>{pos}<HeartRateBpm><Value>120</Value>"
            "</HeartRateBpm></Trackpoint>"
        )
    # Strava's TCX files start with spaces before the declaration.
    return (
        '          <?xml version="1.0" encoding="UTF-8"?>\n'
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        '<Activities><Activity Sport="Running"><Id>2024-03-05T17:30:00Z</Id>'
        '<Lap StartTime="2024-03-05T17:30:00Z"><TotalTimeSeconds>1800</TotalTimeSeconds>'
        "<DistanceMeters>5000</DistanceMeters><Calories>300</Calories><Track>"
        + "".join(tps)
        + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
    )


def _crc(data: bytes) -> int:
    from fitdecode.utils import compute_crc

    return int(compute_crc(data))


FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)


def fit(points: list[tuple[float, float, datetime]], truncate: int = 0) -> bytes:
    """A minimal FIT activity: one definition of ``record`` (timestamp, lat, long) and a
    data message per point, with the header and file CRCs."""
    body = bytearray()
    # Definition message, local type 0: reserved, little-endian, global 20 (record), 3 fields.
    body += bytes([0x40, 0, 0]) + struct.pack("<H", 20) + bytes([3])
    body += bytes([253, 4, 0x86, 0, 4, 0x85, 1, 4, 0x85])
    for lat, lon, when in points:
        body += bytes([0x00])
        body += struct.pack(
            "<Iii",
            int((when - FIT_EPOCH).total_seconds()),
            round(lat / 180 * 2**31),
            round(lon / 180 * 2**31),
        )
    header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(body), b".FIT")
    header += struct.pack("<H", _crc(header))
    data = header + bytes(body)
    data += struct.pack("<H", _crc(data))
    return data[: len(data) - truncate] if truncate else data


HOME = (51.4816, -3.1791)
STATION = (51.4652, -3.1692)

ACTIVITIES_HEADER = (
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
    "Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,"
    "Activity Gear,Filename,Athlete Weight,Elapsed Time,Distance,Commute,"
    '"<span class=""translation_missing"" title=""translation missing: en-US.lib.export.'
    'portability_exporter.activities.horton_values.type"">Type</span>"\n'
)


def activity_row(
    aid: str, date: str, name: str, desc: str, commute: str, filename: str, elapsed: int = 1500
) -> str:
    return (
        f'{aid},"{date}",{name},Ride,"{desc}",{elapsed},8.07,,,{commute},'
        f'"private note, not read",,{filename},63.40000153,{elapsed},8070.5,,\n'
    )


def make_export(folder: Path) -> Path:
    """A small Strava export: every CSV footprint reads and one activity per format."""
    (folder / "activities").mkdir(parents=True)
    (folder / "routes").mkdir()
    rows = [
        activity_row(
            "1001",
            "Mar 4, 2024, 6:58:00 AM",
            "Morning Ride",
            "into work",
            "true",
            "activities/2001.gpx",
        ),
        activity_row(
            "1002",
            "Mar 4, 2024, 5:30:00 PM",
            "Evening Ride",
            "home again",
            "true",
            "activities/2002.gpx.gz",
        ),
        activity_row(
            "1003",
            "Mar 5, 2024, 5:30:00 PM",
            "Bay run",
            'multi\r\nline ""desc""',
            "FALSE",
            "activities/2003.tcx.gz",
        ),
        activity_row(
            "1004", "Mar 6, 2024, 7:02:00 AM", "Garmin ride", "", "false", "activities/2004.fit.gz"
        ),
        activity_row(
            "1005", "Mar 7, 2024, 7:00:00 AM", "Watch ride", "", "false", "activities/2005.fit"
        ),
        activity_row("1006", "Mar 8, 2024, 12:00:00 PM", "Treadmill", "", "false", ""),
        'not-a-number,"Mar 9, 2024, 7:00:00 AM",Broken row,Ride,,1,1,,,false,,,,,,,,\n',
    ]
    (folder / "activities.csv").write_text(ACTIVITIES_HEADER + "".join(rows), newline="")
    (folder / "activities/2001.gpx").write_text(
        gpx(
            [
                (*HOME, "2024-03-04T06:58:00Z"),
                (51.47, -3.17, "2024-03-04T07:10:00Z"),
                (*STATION, "2024-03-04T07:21:00Z"),
            ]
        )
    )
    (folder / "activities/2002.gpx.gz").write_bytes(
        gzip.compress(
            gpx([(*STATION, "2024-03-04T17:30:00Z"), (*HOME, "2024-03-04T17:52:00Z")]).encode()
        )
    )
    (folder / "activities/2003.tcx.gz").write_bytes(
        gzip.compress(
            tcx(
                [
                    (None, None, "2024-03-05T17:30:00Z"),
                    (51.4600, -3.1650, "2024-03-05T17:30:05Z"),
                    (51.4610, -3.1660, "2024-03-05T18:00:00Z"),
                ]
            ).encode()
        )
    )
    t0 = datetime(2024, 3, 6, 7, 2, tzinfo=UTC)
    (folder / "activities/2004.fit.gz").write_bytes(
        gzip.compress(fit([(*HOME, t0), (*STATION, t0.replace(minute=25))]))
    )
    (folder / "activities/2005.fit").write_bytes(
        fit([(*HOME, t0.replace(day=7)), (*STATION, t0.replace(day=7, minute=24))])
    )
    (folder / "routes/1.gpx").write_text(gpx([(51.50, -3.20, "2024-01-01T10:00:00Z")]))
    (folder / "profile.csv").write_text(
        "Athlete ID,Email Address,First Name,Last Name,Sex,Description,Weight,City,State,"
        "Country,Health Consent Status,Date of Health Consent approval/denial\n"
        "55501234,cerys@example.org,Cerys,Pugh,F,Response officer. Runs on coffee,61.0,"
        'Cardiff,Wales,United Kingdom,Approved,"Jan 31, 2023, 2:07:45 AM"\n'
    )
    (folder / "visibility_settings.csv").write_text(
        "Include your activities in Metro and Heatmap,Who can see that you were part of a "
        "group activity,Who can see your activity in Flybys,Who can view your training log,"
        "Profile Visibility,Default Activity Visibility\n"
        "True,Everyone,Everyone,Only Me,Everyone,Everyone\n"
    )
    (folder / "privacy_zones.csv").write_text(
        'Address,Radius,Latitude & Longitude\n"12 Example Road, Cardiff",0.40 kilometers,'
        f'"{HOME[0]}, {HOME[1]}"\n,0.20 kilometers,"not, here"\n'
    )
    (folder / "memberships.csv").write_text(
        'Join Date,Club Name\n"Jun 21, 2023, 11:42:15 PM",South Wales Police Running Club\n'
        '"Jun 24, 2023, 10:54:39 AM",Cardiff Roadrunners\n'
    )
    (folder / "clubs.csv").write_text(
        "Club Name,Club Description,Club Type,Club Sport,City,Country,State,Club Website,"
        "Cover Photo,Club Picture\n"
        "Cardiff Roadrunners,Friendly,Casual Club,Running,Cardiff,UK,Wales,,,\n"
        "Bay Bakers Run Club,Bread and 5k,Casual Club,Running,Cardiff,UK,Wales,"
        "https://example.org,,\n"
    )
    (folder / "segments.csv").write_text(
        "Segment Name,Activity ID,Starting Latitude,Starting Longitude,Ending Latitude,"
        f"Ending Longitude\nNick to nick sprint,,{STATION[0]},{STATION[1]},51.466,-3.170\n"
        "Nowhere,,,,,\n"
    )
    (folder / "routes.csv").write_text("Route Name,Route Filename\nLoop to work,routes/1.gpx\n")
    (folder / "events.csv").write_text(
        'Event Title,Event Description,Start Time\nBay 10k,"","Sep 8, 2024, 7:00:00 AM"\n'
    )
    (folder / "following.csv").write_text(
        "Following Athlete ID,Follow Status,Created At\n"
        '90425661,Accepted,"Dec 18, 2022, 11:48:17 PM"\n'
        '52984082,Pending,"Dec 18, 2022, 11:48:20 PM"\n'
    )
    (folder / "followers.csv").write_text(
        "Follower Athlete ID,Follow Status,Favorite Status\n22714068,Accepted,false\n"
    )
    (folder / "connected_apps.csv").write_text("Enabled Application Name\nCOROS Wearables\n")
    (folder / "logins.csv").write_text(
        'IP Address,Login Source,Login Date & Time\n203.0.113.7,web,"Mar 1, 2024, 8:00:00 AM"\n'
    )
    (folder / "contacts.csv").write_text(
        "Athlete ID,Contact Type,Contact,Contact Source,Contact Name\n1,email,a@b.example,x,A\n"
    )
    return folder


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    folder = make_export(tmp_path_factory.mktemp("strava") / "export")
    (loaded,) = load(folder)
    assert loaded.platform == "strava"
    return loaded


def places(loaded: Loaded, kind: str | None = None) -> list[Place]:
    return [p for p in loaded.of(Place) if isinstance(p, Place) and kind in (None, p.kind)]


# --- the export of our own -------------------------------------------------------------------


def test_counts(export: Loaded) -> None:
    assert dict(export.counts()) == {
        "accounts": 1,
        "profile_fields": 5,
        "posts": 6,
        "places": 14,
        "groups": 3,
        "events": 1,
        "following": 1,
        "followers": 1,
        "apps": 1,
        "security": 1,
    }


def test_problems_name_file_and_line(export: Loaded) -> None:
    assert export.problems == [
        "privacy_zones.csv: line 3: a privacy zone without a place",
        "activities.csv: line 9: no activity id, row not read",
        "segments.csv: line 3: a segment without a start point",
    ]


def test_activities_by_position(export: Loaded) -> None:
    posts = {p.ref.item: p for p in export.of(Post) if isinstance(p, Post)}
    assert sorted(posts) == ["1001", "1002", "1003", "1004", "1005", "1006"]
    ride = posts["1001"]
    assert ride.text == "Morning Ride\ninto work"
    assert ride.ref.date == "2024-03-04T06:58:00Z"
    assert ride.ref.url == "https://www.strava.com/activities/1001"
    assert ride.ref.visibility == "public"  # Default Activity Visibility: Everyone
    assert posts["1003"].text == 'Bay run\nmulti\r\nline "desc"'
    assert "private note" not in "".join(p.text for p in posts.values())


def test_start_and_end_of_every_format(export: Loaded) -> None:
    got = {
        (p.ref.item, p.kind): (round(p.lat or 0, 4), round(p.lon or 0, 4), p.ref.date)
        for p in places(export)
        if p.kind.endswith(("_start", "_end"))
    }
    assert got == {
        ("1001", "commute_start"): (*HOME, "2024-03-04T06:58:00Z"),
        ("1001", "commute_end"): (*STATION, "2024-03-04T07:21:00Z"),
        ("1002", "commute_start"): (*STATION, "2024-03-04T17:30:00Z"),
        ("1002", "commute_end"): (*HOME, "2024-03-04T17:52:00Z"),
        # TCX: the first track point has no position, the second is the start.
        ("1003", "activity_start"): (51.46, -3.165, "2024-03-05T17:30:05Z"),
        ("1003", "activity_end"): (51.461, -3.166, "2024-03-05T18:00:00Z"),
        ("1004", "activity_start"): (*HOME, "2024-03-06T07:02:00Z"),
        ("1004", "activity_end"): (*STATION, "2024-03-06T07:25:00Z"),
        ("1005", "activity_start"): (*HOME, "2024-03-07T07:02:00Z"),
        ("1005", "activity_end"): (*STATION, "2024-03-07T07:24:00Z"),
    }
    start = next(p for p in places(export, "commute_start"))
    assert start.name == "Morning Ride"
    assert start.ref.url == "https://www.strava.com/activities/1001"
    assert start.ref.file == "activities/2001.gpx"


def test_profile_clubs_and_lists(export: Loaded) -> None:
    (account,) = export.of(Account)
    assert isinstance(account, Account)
    assert (account.account_id, account.display_name, account.url) == (
        "55501234",
        "Cerys Pugh",
        "https://www.strava.com/athletes/55501234",
    )
    fields = {
        f.field: (f.value, f.ref.visibility)
        for f in export.of(ProfileField)
        if isinstance(f, ProfileField)
    }
    assert fields == {
        "display_name": ("Cerys Pugh", "public"),
        "bio": ("Response officer. Runs on coffee", "public"),
        "location": ("Cardiff, Wales, United Kingdom", "public"),
        "email": ("cerys@example.org", "private"),
        "gender": ("F", "private"),
    }
    groups = [(g.name, g.ref.date) for g in export.of(Group) if isinstance(g, Group)]
    assert groups == [
        ("South Wales Police Running Club", "2023-06-21T23:42:15Z"),
        ("Cardiff Roadrunners", "2023-06-24T10:54:39Z"),
        ("Bay Bakers Run Club", None),  # only in clubs.csv
    ]
    (zone,) = places(export, "privacy_zone")
    assert (zone.address, zone.lat, zone.lon, zone.ref.visibility) == (
        "12 Example Road, Cardiff",
        HOME[0],
        HOME[1],
        "private",
    )
    (segment,) = places(export, "segment")
    assert (segment.name, segment.ref.item) == (
        "Nick to nick sprint",
        f"Nick to nick sprint|{STATION[0]},{STATION[1]}",
    )
    routes = sorted((p.name or "", p.ref.item or "", p.lat) for p in places(export, "route"))
    assert routes == [("", "routes/1.gpx", 51.5), ("Loop to work", "routes/1.gpx", None)]
    (event,) = export.of(Event)
    assert isinstance(event, Event) and (event.name, event.start) == (
        "Bay 10k",
        "2024-09-08T07:00:00Z",
    )
    conns = sorted(
        (c.relation, c.account_id) for c in export.of(Connection) if isinstance(c, Connection)
    )
    assert conns == [("follower", "22714068"), ("following", "90425661")]  # Pending skipped
    assert [a.name for a in export.of(App) if isinstance(a, App)] == ["COROS Wearables"]


def test_zipped_export_reads_the_same(tmp_path: Path) -> None:
    folder = make_export(tmp_path / "export")
    dest = tmp_path / "export_strava.zip"
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(folder).as_posix())
    (loaded,) = load(dest)
    (from_folder,) = load(folder)
    assert loaded.counts() == from_folder.counts()
    assert loaded.problems == from_folder.problems


def test_activity_files_without_activities_csv(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "activities").mkdir(parents=True)
    (folder / "activities/777.gpx").write_text(gpx([(*HOME, "2024-03-04T06:58:00Z")]))
    (loaded,) = load(folder)
    (start, end) = places(loaded)
    assert (start.kind, start.ref.item, start.ref.visibility) == (
        "activity_start",
        "777",
        "unknown",
    )
    assert end.kind == "activity_end"


# --- broken and hostile input ----------------------------------------------------------------


def test_broken_activity_files_are_problems(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "activities").mkdir(parents=True)
    t0 = datetime(2024, 3, 6, 7, 2, tzinfo=UTC)
    (folder / "activities/1.fit").write_bytes(
        fit(
            [(*HOME, t0), (*STATION, t0.replace(minute=9)), (*STATION, t0.replace(minute=10))],
            truncate=8,
        )
    )
    (folder / "activities/2.gpx").write_text(gpx([(*HOME, "2024-03-04T06:58:00Z")])[:150])
    long_gpx = gpx([(51.0 + i / 1000, -3.0, "2024-03-04T06:58:00Z") for i in range(200)])
    (folder / "activities/3.gpx.gz").write_bytes(gzip.compress(long_gpx.encode())[:300])
    (folder / "activities/4.gpx").write_text(gpx([]))
    (loaded,) = load(folder)
    problems = sorted(loaded.problems)
    assert problems[0].startswith("activities/1.fit: FIT file broken after its start")
    assert problems[1].startswith("activities/2.gpx: invalid GPX")
    assert problems[2].startswith("activities/3.gpx.gz: damaged compressed file")
    assert problems[3] == "activities/4.gpx: no track point with a position (an indoor activity?)"
    # What the truncated FIT file held before the break is kept.
    assert [(p.kind, round(p.lat or 0, 4)) for p in places(loaded)] == [
        ("activity_start", HOME[0]),
        ("activity_end", STATION[0]),
    ]


def test_gzip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from footprint.platforms import strava

    monkeypatch.setattr(strava, "MAX_ACTIVITY_BYTES", 4096)
    folder = tmp_path / "export"
    (folder / "activities").mkdir(parents=True)
    body = gpx([(*HOME, "2024-03-04T06:58:00Z")]).replace("</gpx>", " " * 100_000 + "</gpx>")
    (folder / "activities/9.gpx.gz").write_bytes(gzip.compress(body.encode()))
    (loaded,) = load(folder)
    assert loaded.problems == ["activities/9.gpx.gz: expands past 4,096 bytes; not read"]
    assert places(loaded) == []


def test_gzipped_activities_are_not_refused_as_archives(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "activities").mkdir(parents=True)
    (folder / "activities/5.gpx.gz").write_bytes(
        gzip.compress(gpx([(*HOME, "2024-03-04T06:58:00Z")]).encode())
    )
    (folder / "nested.tar.gz").write_bytes(b"\x1f\x8b")
    (loaded,) = load(folder)
    assert len(places(loaded)) == 2
    assert loaded.problems == [
        "nested.tar.gz: a nested archive, not opened: scan it as its own path"
    ]


def member(name: str, data: bytes) -> Member:
    return Member("x", name, len(data), lambda: io.BytesIO(data))


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("activities.csv", ACTIVITIES_HEADER.encode(), "activities"),
        ("privacy_zones.csv", b"Address,Radius,Latitude & Longitude\n", "privacy_zones"),
        ("x/renamed.csv", b"\xef\xbb\xbfJoin Date,Club Name\n", "memberships"),
        ("activities/1.gpx", gpx([]).encode(), "activity_file"),
        ("activities/1.fit", fit([]), "activity_file"),
        ("activities/1.tcx.gz", gzip.compress(tcx([]).encode()), "activity_file"),
        ("routes/1.gpx", gpx([]).encode(), "route_file"),
        ("contacts.csv", b"Athlete ID,Contact Type,Contact,Contact Source\n", "not_read"),
        # Other platforms' files and look-alikes are not Strava's.
        ("Connections.csv", b"First Name,Last Name,URL,Email Address\n", None),
        ("comments.csv", b"id,permalink,date,ip,subreddit,gildings,link,parent,body\n", None),
        ("activities/1.gpx", b"\x89PNG\r\n\x1a\n", None),
        ("activities/1.fit.gz", b"\x1f\x8bnot gzip", None),
        ("tweets.js", b"window.YTD.tweets.part0 = []", None),
        ("data.json", json.dumps({"Activity ID": 1}).encode(), None),
    ],
)
def test_identify(name: str, data: bytes, kind: str | None) -> None:
    assert Strava().identify(member(name, data)) == kind


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("Distance", "Distance"),
        ('<span class="translation_missing" title="x">Start Time</span>', "Start Time"),
        ("  Avg &amp; Max  ", "Avg & Max"),
    ],
)
def test_header_names(cell: str, name: str) -> None:
    assert header_name(cell) == name


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Jan 4, 2020, 2:57:37 PM", "2020-01-04T14:57:37Z"),
        ("Dec 18, 2022, 12:48:17 AM", "2022-12-18T00:48:17Z"),
        ("2020-01-04", None),
        ("", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    assert strava_date(text) == iso


# --- real exports ------------------------------------------------------------------------------


def test_real_activities_csv_2021() -> None:
    (loaded,) = load(real_path("strava", "DillM94__Strava"))
    assert loaded.problems == []
    posts = [p for p in loaded.of(Post) if isinstance(p, Post)]
    assert len(posts) == 143
    first = posts[0]
    assert (first.ref.item, first.text, first.ref.date) == (
        "2987876185",
        "Afternoon Run",
        "2020-01-04T14:57:37Z",
    )
    # The activity files were not published: their names are kept for joining.
    assert "activities/3184653380.fit.gz" in loaded.state["strava_files"]
    assert not any(a.commute for a in loaded.state["strava_files"].values())  # all FALSE


def test_real_profile_clubs_and_settings_2024() -> None:
    (loaded,) = load(real_path("strava", "rodrigomaria__strava-data"))
    assert loaded.problems == []
    assert dict(loaded.counts()) == {
        "accounts": 1,
        "profile_fields": 5,
        "groups": 6,
        "places": 13,
        "events": 1,
        "following": 56,  # and one Pending request
        "apps": 5,
    }
    bio = next(
        f for f in loaded.of(ProfileField) if isinstance(f, ProfileField) and f.field == "bio"
    )
    assert "Software Engineer Senior" in bio.value
    assert loaded.state["strava_activity_default"] == "everyone"
    names = [g.name for g in loaded.of(Group) if isinstance(g, Group)]
    assert names[:2] == ["The Strava Club", "Strava Brasil Club"] and len(names) == 6
    segments = places(loaded, "segment")
    assert len(segments) == 11
    assert segments[0].name == "Viamão Crossfit 800m"
    assert (segments[0].lat, segments[0].lon) == (-30.079989, -51.051109)


def test_real_privacy_zones_header_only() -> None:
    (loaded,) = load(real_path("strava", "MichaelDik__CoachAgent"))
    assert (loaded.platform, loaded.items, loaded.problems) == ("strava", [], [])


def test_real_scan_report_counts() -> None:
    path = real_path("strava", "rodrigomaria__strava-data")
    out, err = io.StringIO(), io.StringIO()
    assert main(["scan", str(path), "--quiet"], stdout=out, stderr=err) == 0, err.getvalue()
    report = json.loads(out.getvalue())
    (source,) = report["sources"]
    assert (source["platform"], source["counts"]["following"], source["problems"]) == (
        "strava",
        56,
        [],
    )


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + ']>\n<gpx version="1.1"><trk><name>&i;</name><trkseg>'
    '<trkpt lat="51.0" lon="-3.0"></trkpt></trkseg></trk></gpx>\n'
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    '<gpx version="1.1"><trk><name>&x;</name><trkseg>'
    '<trkpt lat="51.0" lon="-3.0"></trkpt></trkseg></trk></gpx>\n'
)


@pytest.mark.parametrize(
    ("text", "name"),
    [(LAUGHS, "1.gpx"), (XXE, "2.gpx"), (LAUGHS.replace("gpx", "TrainingCenterDatabase"), "3.tcx")],
)
def test_hostile_xml_is_a_problem_not_a_crash(tmp_path: Path, text: str, name: str) -> None:
    folder = tmp_path / "export"
    (folder / "activities").mkdir(parents=True)
    (folder / "activities" / name).write_text(text)
    (loaded,) = load(folder)
    (problem,) = loaded.problems
    assert problem.startswith(f"activities/{name}: invalid ")
    assert "root:" not in problem  # nothing of /etc/passwd
