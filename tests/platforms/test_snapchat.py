"""Snapchat "My Data": the four real files (Oct 2022), a small export of our own for the
files no real one was available for, and broken input."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from footprint.exports.archive import Member
from footprint.model import Account, App, Connection, Place, ProfileField, SecurityRecord
from footprint.pipeline import ScanOptions, scan
from footprint.platforms.ingest import Loaded, load
from footprint.platforms.snapchat import Snapchat, lat_lon
from tests.conftest import real_path

STATION = (51.4652, -3.1692)


def write(root: Path, name: str, data: Any) -> None:
    path = root / "json" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False))


@pytest.fixture
def export(tmp_path: Path) -> Path:
    root = tmp_path / "mydata"
    write(
        root,
        "account.json",
        {
            "Basic Information": {
                "Username": "cerys_p24",
                "Name": "Cerys P",
                "Creation Date": "2016-03-30 03:26:43 UTC",
            },
            "Device Information": {"Make": "Google"},
            "Login History": [
                {
                    "IP": "203.0.113.9",
                    "Country": "GB",
                    "Created": "2024-03-01 07:00:00 UTC",
                    "Status": "success",
                    "Device": "Pixel 7",
                }
            ],
        },
    )
    write(
        root,
        "location_history.json",
        {
            "Frequent Locations": [],
            "Home & Work": {
                "inferredHome": "lat 51.4712 ± 15.0 meters, long -3.1868 ± 15.0 meters",
                "inferredWork": f"lat {STATION[0]} ± 20.0 meters, long {STATION[1]} ± 20.0 meters",
                "userProvidedHome": "",
                "Note": "nothing here",
            },
        },
    )
    write(
        root,
        "snap_map_places_history.json",
        {
            "Snap Map Places History": [
                {
                    "Date": "2023-09-15 22:47:00 UTC",
                    "Place": "Cardiff Bay",
                    "Place Location": "lat 51.4640, long -3.1650",
                    "Share Type": "Story",
                },
                {"Date": "2023-09-16 10:00:00 UTC"},
            ]
        },
    )
    write(
        root,
        "friends.json",
        {
            "Friends": [
                {
                    "Username": "rhys_m",
                    "Display Name": "Rhys",
                    "Creation Timestamp": "2019-01-01 10:00:00 UTC",
                }
            ],
            "Blocked Users": [{"Username": "someone"}],
        },
    )
    write(
        root,
        "connected_apps.json",
        {"Login History": [], "Permissions": [], "Connected Applications": [{"App": "Bitmoji"}]},
    )
    write(root, "chat_history.json", {"Received Saved Chat History": [{"Text": "private"}]})
    return root


def only_snapchat(path: Path) -> Loaded:
    loaded = load(path)
    assert [x.platform for x in loaded] == ["snapchat"]
    return loaded[0]


def test_own_export(export: Path) -> None:
    loaded = only_snapchat(export)
    assert dict(loaded.counts()) == {
        "accounts": 1,
        "profile_fields": 2,
        "security": 1,
        "places": 3,
        "friends": 1,
        "apps": 1,
    }
    (account,) = loaded.of(Account)
    assert isinstance(account, Account)
    assert (account.handle, account.display_name, account.created_at) == (
        "cerys_p24",
        "Cerys P",
        "2016-03-30T03:26:43Z",
    )
    got = sorted(
        (p.kind, p.ref.item, p.lat, p.ref.visibility)
        for p in loaded.of(Place)
        if isinstance(p, Place)
    )
    assert got == [
        ("geotag", "2023-09-15 22:47:00 UTC", 51.464, "unknown"),
        ("inferred_home", "inferredHome", 51.4712, "private"),
        ("inferred_work", "inferredWork", STATION[0], "private"),
    ]
    assert loaded.problems == [
        "json/location_history.json: Home & Work > userProvidedHome: no coordinates in ''",
        "json/snap_map_places_history.json: entry 2: no place, not read",
    ]
    (friend,) = loaded.of(Connection)
    assert isinstance(friend, Connection) and (friend.relation, friend.handle) == (
        "friend",
        "rhys_m",
    )
    assert [a.name for a in loaded.of(App) if isinstance(a, App)] == ["Bitmoji"]
    (login,) = loaded.of(SecurityRecord)
    assert isinstance(login, SecurityRecord) and login.value == "203.0.113.9"
    assert {f.field for f in loaded.of(ProfileField) if isinstance(f, ProfileField)} == {
        "handle",
        "display_name",
    }


def test_inferred_work_at_the_premises(export: Path) -> None:
    result = scan([export], ScanOptions(org="south-wales-police"))
    work = [s for s in result.signals if s.source.item == "inferredWork"]
    # The label (routines, 0.75) and the premises match (places, 0.85) are one piece of
    # evidence: they merge into one signal, the stronger.
    (sig,) = work
    assert (sig.rule, sig.reveals, sig.target, sig.visibility) == (
        "places",
        "location",
        "Cardiff Bay Police Station",
        "private",
    )
    home = [s for s in result.signals if s.source.item == "inferredHome"]
    assert {(s.rule, s.reveals) for s in home} == {("routines", "personal")}


def test_broken_json_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "json").mkdir()
    (tmp_path / "json" / "account.json").write_text('{"Basic Information": {"Username": ')
    loaded = only_snapchat(tmp_path)
    (problem,) = loaded.problems
    assert problem.startswith("json/account.json: invalid JSON")


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("lat 51.58 ± 0 meters, long 5.34 ± 0 meters", (51.58, 5.34)),
        ("Latitude: -30.08, Longitude: -51.05", (-30.08, -51.05)),
        ("lat 0 ± 0 meters, long 0 ± 0 meters", None),
        ("", None),
        (None, None),
    ],
)
def test_lat_lon(text: str | None, point: tuple[float, float] | None) -> None:
    assert lat_lon(text) == point


def member(name: str, data: bytes) -> Member:
    return Member("x", name, len(data), lambda: io.BytesIO(data))


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("json/account.json", b'{"Basic Information":{"Username":"a"}}', "account"),
        ("json/bitmoji.json", b'{"Basic Information":{},"Analytics":{}}', "not_read"),
        (
            "json/connected_apps.json",
            b'{"Login History":[],"Connected Applications":[]}',
            "connected_apps",
        ),
        ("json/ranking.json", b'{"Number of Stories Viewed":[0]}', "not_read"),
        # Not Snapchat's.
        ("login.json", b'{"Login History": [{"ip": "1"}]}', None),
        ("user_data.json", b'{"Activity": {}}', None),
        ("account.js", b"window.YTD.account.part0 = [", None),
    ],
)
def test_identify(name: str, data: bytes, kind: str | None) -> None:
    assert Snapchat().identify(member(name, data)) == kind


def test_real_files_recognised_and_read() -> None:
    (loaded,) = load(real_path("snapchat", "griffinlaszlo__snata"))
    # All four are Snapchat's; none holds a record (empty lists, Bitmoji, terms, ranking).
    assert (loaded.platform, loaded.items, loaded.problems) == ("snapchat", [], [])
    kinds = {
        Snapchat().identify(m) for m in _members(real_path("snapchat", "griffinlaszlo__snata"))
    }
    assert kinds == {"connected_apps", "not_read"}


def _members(folder: Path) -> list[Member]:
    from footprint.exports.archive import open_export

    return open_export(folder).members
