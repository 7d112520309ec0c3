"""Discord: the data package (channels, servers, the person's messages, the account)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.detectors.cross_account import profile_link
from footprint.exports.archive import Member
from footprint.model import Account, Connection, Group, Post, ProfileField
from footprint.platforms.discord import Discord
from footprint.platforms.ingest import Loaded, load, platform_instances
from tests.conftest import REAL, real_path


def only(path: Path) -> Loaded:
    loaded = load(path)
    assert [x.platform for x in loaded] == ["discord"], [x.platform for x in loaded]
    return loaded[0]


def of(loaded: Loaded, cls: type) -> list:  # type: ignore[type-arg]
    return [i for i in loaded.items if isinstance(i, cls)]


def member(path: Path, name: str) -> Member:
    return Member(str(path), name, path.stat().st_size, lambda: open(path, "rb"))


# --- real fixtures ------------------------------------------------------------------------


def test_real_2024_package() -> None:
    loaded = only(real_path("discord", "wmontagu__VivoFineTune"))
    assert loaded.problems == []
    assert loaded.counts() == {"groups": 3, "messages": 2}
    got = sorted((g.name, g.ref.item, g.ref.visibility) for g in of(loaded, Group))
    assert got == [
        ("CMU Class of 2027+", "1046470793057542194", "connections"),
        ("CMU SCS \u201827", "1142594382600601610", "connections"),
        ("League of Legends", "417825368062558219", "connections"),  # from a thread
    ]
    first, second = of(loaded, Post)
    # The ID is a bare JSON number above 2^53: kept exact.
    assert first.ref.item == "1092610444323197058"
    assert first.text == "2746" and first.ref.date == "2023-04-04T00:43:49Z"
    assert first.group == "CMU Class of 2027+" and first.ref.visibility == "connections"
    assert first.ref.url == (
        "https://discord.com/channels/1046470793057542194/1047003251041636433/1092610444323197058"
    )
    assert second.text == "it\u2019s so over for me" and second.ref.item == "1238547182978863124"
    # The bare {"id", "type": 0} channel has no server: said in the coverage.
    assert any("could not say which server" in n for n in loaded.notes)


def test_real_2020_package() -> None:
    loaded = only(real_path("discord", "SimonHillebrands__DiscrodDataAnalysis"))
    assert loaded.problems == []
    assert loaded.counts() == {"groups": 1, "messages": 48}
    (group,) = of(loaded, Group)
    assert (group.name, group.ref.item) == ("The Big Magic Gays", "317743050724081665")
    messages = of(loaded, Post)
    assert messages[0].ref.item == "364114385700126721"
    assert messages[0].ref.date == "2017-10-01T18:20:34Z" and messages[0].text == "Mg"
    assert messages[-1].ref.item == "364057757692985344" and messages[-1].text == "H"
    assert all(m.ref.visibility == "private" for m in messages)  # a DM (type 1)
    pdf = "https://secure-media.collegeboard.org/apc/ap08_chemistry_sgs.pdf"
    assert [m.urls for m in messages if m.urls] == [(pdf,)]
    assert messages[0].ref.url == (
        "https://discord.com/channels/@me/364055685807210506/364114385700126721"
    )


def test_real_files_are_claimed_by_discord_only() -> None:
    if not REAL.exists():
        pytest.skip("real fixtures not available")
    plat = Discord()
    others = [p for p in platform_instances() if p.name != "discord"]
    for path in REAL.rglob("*"):
        if not path.is_file() or path.name == "SOURCES.md":
            continue
        rel = path.relative_to(REAL).as_posix()
        m = member(path, rel.split("/", 2)[-1])
        if rel.startswith("discord/"):
            if path.name != "README.txt":
                assert plat.identify(m) is not None, rel
            assert all(o.identify(m) is None for o in others), rel
        else:
            assert plat.identify(m) is None, rel


# --- the account, servers and channels ----------------------------------------------------


def _package(tmp_path: Path) -> Path:
    root = tmp_path / "package"
    (root / "account").mkdir(parents=True)
    (root / "account" / "user.json").write_text(
        json.dumps(
            {
                "id": "111111111111111111",
                "username": "samc",
                "discriminator": "0",
                "global_name": "Sam \U0001f5a4\U0001f499\U0001f5a4",
                "email": "sam.carter@northshire.police.uk",
                "phone": "+447700900123",
                "ip": "192.0.2.1",
                "connections": [
                    {"type": "twitter", "id": "1", "name": "PC_Sam", "visibility": 1},
                    {"type": "steam", "id": "2", "name": "samgames", "visibility": 0},
                ],
                "relationships": [
                    {"id": "222222222222222222", "type": 1, "user": {"username": "pat"}},
                    {"id": "333333333333333333", "type": 2, "user": {"username": "blocked"}},
                ],
            }
        ),
        encoding="utf-8",
    )
    (root / "servers" / "444444444444444444").mkdir(parents=True)
    (root / "servers" / "index.json").write_text(
        json.dumps({"444444444444444444": "Northshire Response", "555555555555555555": "Gaming"})
    )
    (root / "servers" / "444444444444444444" / "guild.json").write_text(
        json.dumps({"id": "444444444444444444", "name": "Northshire Response"})
    )
    chan = root / "messages" / "c666666666666666666"
    chan.mkdir(parents=True)
    (chan / "channel.json").write_text(
        json.dumps(
            {
                "id": "666666666666666666",
                "type": 0,
                "name": "shift-swaps",
                "guild": {"id": "444444444444444444", "name": "Northshire Response"},
            }
        )
    )
    (chan / "messages.json").write_text(
        "[\n"
        '{"ID": 1234567890123456789, "Timestamp": "2024-01-02 03:04:05", '
        '"Contents": "swap my lates? https://northshire.police.uk/rota", '
        '"Attachments": "https://cdn.discordapp.com/a/1/rota.png"},\n'
        '{"Timestamp": "2024-01-02 03:04:06", "Contents": "no id"}\n'
        "]"
    )
    group_dm = root / "messages" / "c777777777777777777"
    group_dm.mkdir()
    (group_dm / "channel.json").write_text(
        json.dumps({"id": "777777777777777777", "type": 3, "name": "B relief", "recipients": []})
    )
    return root


def test_account_servers_and_channels(tmp_path: Path) -> None:
    loaded = only(_package(tmp_path))
    assert loaded.problems == [
        "messages/c666666666666666666/messages.json: message 2: no ID, not read"
    ]
    (account,) = of(loaded, Account)
    assert (account.handle, account.account_id) == ("samc", "111111111111111111")
    assert account.url == "https://discord.com/users/111111111111111111"
    fields = {(f.field, f.value, f.ref.visibility) for f in of(loaded, ProfileField)}
    assert ("email", "sam.carter@northshire.police.uk", "private") in fields
    assert ("linked_account", "twitter: PC_Sam", "public") in fields
    assert ("linked_account", "steam: samgames", "private") in fields
    assert ("display_name", "Sam \U0001f5a4\U0001f499\U0001f5a4", "public") in fields
    (friend,) = of(loaded, Connection)
    assert (friend.relation, friend.account_id) == ("friend", "222222222222222222")
    # Each server once, whichever file names it first; the named group DM as a group.
    got = sorted((g.name, g.ref.item, g.ref.visibility) for g in of(loaded, Group))
    assert got == [
        ("B relief", "777777777777777777", "private"),
        ("Gaming", "555555555555555555", "connections"),
        ("Northshire Response", "444444444444444444", "connections"),
    ]
    (post,) = of(loaded, Post)
    assert post.ref.item == "1234567890123456789"
    assert post.urls == ("https://northshire.police.uk/rota",)
    assert [m.uri for m in post.media] == ["https://cdn.discordapp.com/a/1/rota.png"]
    assert post.group == "Northshire Response"


def test_broken_channel_and_messages(tmp_path: Path) -> None:
    root = _package(tmp_path)
    chan = root / "messages" / "c666666666666666666"
    data = (chan / "messages.json").read_bytes()
    (chan / "messages.json").write_bytes(data[: data.index(b"no id")])  # cut in message 2
    loaded = only(root)
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("messages/c666666666666666666/messages.json: invalid JSON")
    assert len(of(loaded, Post)) == 1  # read before the break, kept


def test_csv_messages_without_channel_file(tmp_path: Path) -> None:
    folder = tmp_path / "Messages" / "364055685807210506"
    folder.mkdir(parents=True)
    (folder / "messages.csv").write_text(
        "ID,Timestamp,Contents,Attachments\n"
        '364114385700126721,2017-10-01 18:20:34.469000+00:00,"two\nlines",\n'
    )
    loaded = only(tmp_path)
    (post,) = of(loaded, Post)
    assert post.text == "two\nlines" and post.ref.visibility == "unknown"
    assert post.ref.url == "https://discord.com/channels/@me/364055685807210506/364114385700126721"


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://discord.com/users/111111111111111111", ("discord", "111111111111111111")),
        ("https://discord.com/channels/1/2", None),
        ("https://discordapp.com/users/111111111111111111", ("discord", "111111111111111111")),
    ],
)
def test_profile_links(url: str, found: tuple[str, str] | None) -> None:
    assert profile_link(url) == found
