"""Telegram Desktop's JSON export: whole-account and one-chat ``result.json``, written here
as Telegram's writer lays them out (no real export was available)."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path
from typing import Any

import pytest

from footprint.exports.archive import Member
from footprint.model import (
    Account,
    App,
    Connection,
    Group,
    Media,
    Post,
    ProfileField,
    SecurityRecord,
)
from footprint.platforms.base import ParseContext
from footprint.platforms.ingest import Loaded, load, platform_instances
from footprint.platforms.telegram import Repaired, Telegram, message_text
from tests.conftest import FIXTURES, REAL

ME = "user123456"
VT = "\u0001VT\u0001"  # replaced by Telegram's invalid \x0B escape when written


def msg(mid: int, sender: str, sender_id: str | int, text: Any, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": mid,
        "type": "message",
        "date": "2024-01-02T08:00:00",
        "date_unixtime": str(1704182400 + mid),
        "from": sender,
        "from_id": sender_id,
        "text": text,
    }
    out.update(extra)
    return out


def full_export() -> dict[str, Any]:
    return {
        "about": "Here is the data you requested. ...",
        "personal_information": {
            "user_id": 123456,
            "first_name": "Sam",
            "last_name": "Carter",
            "phone_number": "+44 7700 900123",
            "username": "@samc_swp",
            "bio": "Response Team B, views my own",
        },
        "profile_pictures": [
            {
                "date": "2023-05-01T10:00:00",
                "date_unixtime": "1682935200",
                "photo": "profile_pictures/photo_1.jpg",
            },
            {"photo": "(Photo not included. Change data exporting settings to download.)"},
        ],
        "contacts": {
            "about": "...",
            "list": [
                {
                    "user_id": 777,
                    "first_name": "Pat",
                    "last_name": "Jones",
                    "phone_number": "+44 7700 900777",
                    "date": "2023-01-01T00:00:00",
                    "date_unixtime": "1672531200",
                },
                {"date": "2023-01-02T00:00:00", "date_unixtime": "1672617600"},
            ],
        },
        "frequent_contacts": {
            "about": "...",
            "list": [
                {
                    "id": 1001,
                    "category": "people",
                    "type": "private_supergroup",
                    "name": "Response Team B",
                    "rating": 0.5,
                }
            ],
        },
        "sessions": {
            "about": "...",
            "list": [
                {
                    "last_active": "2024-01-03T09:00:00",
                    "last_active_unixtime": "1704272400",
                    "last_ip": "192.0.2.10",
                    "last_country": "United Kingdom",
                    "last_region": "Cardiff",
                    "application_name": "Telegram Desktop",
                    "application_version": "4.14",
                    "device_model": "PC 64bit",
                    "platform": "Windows",
                    "system_version": "11",
                    "created": "2023-01-01T00:00:00",
                    "created_unixtime": "1672531200",
                }
            ],
        },
        "web_sessions": {
            "about": "...",
            "list": [
                {
                    "last_active": "2024-01-01T00:00:00",
                    "last_active_unixtime": "1704067200",
                    "last_ip": "192.0.2.11",
                    "bot_username": "rota_bot",
                    "domain_name": "rota.example.org",
                    "browser": "Firefox",
                    "platform": "Linux",
                }
            ],
        },
        "chats": {
            "about": "...",
            "list": [
                {
                    "name": "Pat Jones",
                    "type": "personal_chat",
                    "id": 777,
                    "messages": [
                        msg(1, "Sam Carter", ME, "on lates tonight"),
                        msg(2, "Pat Jones", "user777", "ok"),
                    ],
                },
                {
                    "name": "Response Team B",
                    "type": "private_supergroup",
                    "id": 1001,
                    "messages": [
                        {
                            "id": 10,
                            "type": "service",
                            "date": "2023-01-01T00:00:00",
                            "date_unixtime": "1672531200",
                            "actor": "Sam Carter",
                            "actor_id": ME,
                            "action": "create_group",
                            "title": "Response Team B",
                            "members": ["Pat Jones"],
                            "text": "",
                        },
                        msg(
                            11,
                            "Sam Carter",
                            ME,
                            [
                                "Briefing at ",
                                {"type": "bold", "text": "0700"},
                                " see ",
                                {"type": "link", "text": "northshire.police.uk/b"},
                                " ",
                                {"type": "hashtag", "text": "#TeamB"},
                                " ",
                                {
                                    "type": "text_link",
                                    "text": "rota",
                                    "href": "https://rota.example.org/b",
                                },
                            ],
                        ),
                        msg(
                            12,
                            "Sam Carter",
                            ME,
                            "",
                            location_information={"latitude": 51.4638, "longitude": -3.1649},
                            place_name="Cardiff Bay Police Station",
                            address="James St",
                        ),
                        msg(
                            13,
                            "Sam Carter",
                            ME,
                            "rota" + VT + "attached",
                            photo="chats/chat_002/photos/photo_1.jpg",
                            width=1,
                            height=1,
                        ),
                        msg(14, "Pat Jones", "user777", "thanks"),
                    ],
                },
                {
                    "name": "Northshire News",
                    "type": "public_channel",
                    "id": 1002,
                    "messages": [msg(20, "Northshire News", "channel1002", "Appeal for witnesses")],
                },
                {
                    "type": "saved_messages",
                    "id": 123456,
                    "messages": [msg(30, "Sam Carter", ME, "note to self")],
                },
            ],
        },
        "left_chats": {
            "about": "...",
            "list": [
                {
                    "name": "Old Unit",
                    "type": "private_group",
                    "id": 1003,
                    "messages": [msg(40, "Sam Carter", ME, "bye all")],
                }
            ],
        },
    }


def write(path: Path, data: Any) -> Path:
    text = json.dumps(data, indent=1, ensure_ascii=False)
    path.write_text(text.replace(json.dumps(VT)[1:-1], "\\x0B"), encoding="utf-8")
    return path


def member(path: Path) -> Member:
    return Member(str(path), path.name, path.stat().st_size, lambda: path.open("rb"))


def only(path: Path, me: tuple[str, ...] = ()) -> Loaded:
    loaded = load(path, me=me)
    assert [x.platform for x in loaded] == ["telegram"], [x.platform for x in loaded]
    return loaded[0]


def of(loaded: Loaded, cls: type) -> list[Any]:
    return [i for i in loaded.items if isinstance(i, cls)]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "DataExport_2024-01-05"
    folder.mkdir()
    return write(folder / "result.json", full_export())


def test_the_file_holds_telegrams_invalid_escape(export: Path) -> None:
    raw = export.read_bytes()
    assert b"rota\\x0Battached" in raw
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw)


def test_full_export(export: Path) -> None:
    loaded = only(export.parent)
    assert loaded.problems == [] and loaded.notes == []
    assert loaded.counts() == {
        "accounts": 1,
        "profile_fields": 4,
        "media": 1,
        "contacts": 1,
        "security": 2,
        "apps": 1,
        "messages": 6,
        "groups": 3,
    }
    (account,) = of(loaded, Account)
    assert (account.handle, account.account_id, account.display_name) == (
        "samc_swp",
        "123456",
        "Sam Carter",
    )
    assert account.url == "https://t.me/samc_swp"
    fields = {(f.field, f.value, f.ref.visibility) for f in of(loaded, ProfileField)}
    assert ("bio", "Response Team B, views my own", "public") in fields
    assert ("phone", "+44 7700 900123", "private") in fields
    (contact,) = of(loaded, Connection)
    assert (contact.relation, contact.ref.item, contact.name) == ("contact", "777", "Pat Jones")
    (app,) = of(loaded, App)
    assert app.name == "rota.example.org"
    session = next(s for s in of(loaded, SecurityRecord) if s.value == "192.0.2.10")
    assert session.detail == "Telegram Desktop 4.14 on PC 64bit, Windows 11, United Kingdom/Cardiff"
    assert session.ref.date == "2024-01-03T09:00:00Z"
    (avatar,) = of(loaded, Media)
    assert avatar.uri == "profile_pictures/photo_1.jpg" and avatar.ref.field == "avatar"


def test_groups_and_roles(export: Path) -> None:
    loaded = only(export)
    got = [(g.name, g.ref.item, g.role, g.ref.visibility) for g in of(loaded, Group)]
    assert got == [
        ("Response Team B", "1001", "creator", "connections"),
        ("Northshire News", "1002", "member", "private"),  # subscribers are hidden
        ("Old Unit", "1003", "left", "connections"),
    ]


def test_own_messages(export: Path) -> None:
    posts = {p.ref.item: p for p in of(only(export), Post)}
    assert sorted(posts) == ["1001:11", "1001:12", "1001:13", "1003:40", "123456:30", "777:1"]
    assert posts["777:1"].ref.visibility == "private" and posts["777:1"].group is None
    briefing = posts["1001:11"]
    assert briefing.text == "Briefing at 0700 see northshire.police.uk/b #TeamB rota"
    assert briefing.hashtags == ("TeamB",)
    assert briefing.urls == ("https://northshire.police.uk/b", "https://rota.example.org/b")
    assert briefing.group == "Response Team B" and briefing.ref.visibility == "connections"
    assert briefing.ref.date == "2024-01-02T08:00:11Z"  # from date_unixtime
    place = posts["1001:12"].place
    assert place is not None and (place.lat, place.lon) == (51.4638, -3.1649)
    assert place.name == "Cardiff Bay Police Station" and place.address == "James St"
    # The control character Telegram wrote as \x0B is read as itself.
    assert posts["1001:13"].text == "rota\x0battached"
    assert [m.uri for m in posts["1001:13"].media] == ["chats/chat_002/photos/photo_1.jpg"]
    assert posts["1003:40"].group == "Old Unit"


def test_a_damaged_file_keeps_what_came_before(export: Path) -> None:
    raw = export.read_bytes()
    export.write_bytes(raw[: raw.index(b"thanks")])
    loaded = only(export)
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("result.json: invalid JSON")
    assert sorted(p.ref.item for p in of(loaded, Post)) == [
        "1001:11",
        "1001:12",
        "1001:13",
        "777:1",
    ]
    # The group whose messages were being read when the file broke still counts.
    assert [g.name for g in of(loaded, Group)] == ["Response Team B"]


def one_chat(tmp_path: Path) -> Path:
    folder = tmp_path / "ChatExport_2024-01-05"
    folder.mkdir()
    chat = {
        "name": "Response Team B",
        "type": "private_supergroup",
        "id": 1001,
        "messages": [
            msg(11, "Sam Carter", "user123456", "on earlies"),
            msg(12, "Pat Jones", "user777", "ok"),
            # 2018-2020 exports: from_id a bare number, no date_unixtime
            {
                "id": 13,
                "type": "message",
                "date": "2019-03-04T05:06:07",
                "from": "Sam Carter",
                "from_id": 123456,
                "text": "old",
            },
        ],
    }
    return write(folder / "result.json", chat)


def test_one_chat_export_needs_the_person(tmp_path: Path) -> None:
    path = one_chat(tmp_path)
    loaded = only(path)
    assert of(loaded, Post) == []
    assert [g.name for g in of(loaded, Group)] == ["Response Team B"]
    assert any("no author is known to be you" in n for n in loaded.notes)
    mine = of(only(path, ("sam carter",)), Post)
    assert [(p.text, p.ref.date) for p in mine] == [
        ("on earlies", "2024-01-02T08:00:11Z"),
        ("old", "2019-03-04T05:06:07Z"),
    ]
    ctx = ParseContext("telegram", str(path), known_names=("Sam Carter 🚓",))
    m = member(path)
    assert Telegram().identify(m) == "chat"
    items = list(Telegram().read("chat", m, ctx))
    assert len([i for i in items if isinstance(i, Post)]) == 2
    assert any("recognised by the name 'Sam Carter'" in n for n in ctx.notes)


@pytest.mark.parametrize(
    ("message", "text", "hashtags", "urls"),
    [
        ({"text": "plain"}, "plain", [], []),
        ({"text": ["a ", {"type": "hashtag", "text": "#B"}]}, "a #B", ["B"], []),
        (
            {
                "text": "see x.org",
                "text_entities": [
                    {"type": "plain", "text": "see "},
                    {"type": "link", "text": "x.org"},
                ],
            },
            "see x.org",
            [],
            ["https://x.org"],
        ),
        (
            {"text": [{"type": "text_link", "text": "here", "href": "https://y.org"}]},
            "here",
            [],
            ["https://y.org"],
        ),
        ({"text": None}, "", [], []),
    ],
)
def test_message_text(
    message: dict[str, Any], text: str, hashtags: list[str], urls: list[str]
) -> None:
    got = message_text(message)
    assert (got.text, got.hashtags, got.urls) == (text, hashtags, urls)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (b'"a\\x0Bb"', b'"a\\u000Bb"'),
        (b'"a\\\\x0Bb"', b'"a\\\\x0Bb"'),  # an escaped backslash, then the letters x0B
        (b'"a\\\\\\x1Fb"', b'"a\\\\\\u001Fb"'),
        (b'"\\"x0B"', b'"\\"x0B"'),
    ],
)
def test_repaired_stream(raw: bytes, fixed: bytes) -> None:
    assert Repaired(io.BytesIO(raw)).read() == fixed
    # The same when an over-long line (no newline for 1 MiB) is cut anywhere near it.
    for k in range(1, 8):
        pad = b" " * ((1 << 20) - k)
        assert Repaired(io.BytesIO(pad + raw)).read() == pad + fixed, k


def test_telegram_files_are_telegrams_only(export: Path, tmp_path: Path) -> None:
    others = [p for p in platform_instances() if p.name != "telegram"]
    for path in (export, one_chat(tmp_path)):
        m = member(path)
        assert all(o.identify(m) is None for o in others)
    plat = Telegram()
    files = [p for p in (FIXTURES / "exports").rglob("*") if p.is_file()]
    files += [p for p in REAL.rglob("*") if p.is_file()] if REAL.exists() else []
    claimed = [str(p) for p in files if plat.identify(member(p))]
    assert claimed == []


def test_damaged_exports_never_crash(export: Path) -> None:
    raw = export.read_bytes()
    rng = random.Random(12)
    for _ in range(30):
        data = bytearray(raw[: rng.randrange(1, len(raw))])
        for _ in range(rng.randrange(0, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        export.write_bytes(bytes(data))
        for loaded in load(export):
            assert all(p.startswith("result.json: ") for p in loaded.problems)
