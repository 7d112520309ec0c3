"""WhatsApp: chat exports (every line grammar, date order and mark) and the account
information report; the person's messages only, groups always."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from footprint.cli import main
from footprint.exports.archive import Member
from footprint.model import Connection, Group, Post, ProfileField, SecurityRecord
from footprint.pipeline import scan
from footprint.platforms.base import ParseContext
from footprint.platforms.ingest import Loaded, load
from footprint.platforms.whatsapp import WhatsApp, content, split
from tests.conftest import REAL, real_path

WA = ("whatsapp",)


def only(path: Path, me: tuple[str, ...] = ()) -> Loaded:
    loaded = load(path, me=me)
    assert [x.platform for x in loaded] == ["whatsapp"], [x.platform for x in loaded]
    return loaded[0]


def posts(loaded: Loaded) -> list[Post]:
    return [i for i in loaded.items if isinstance(i, Post)]


def groups(loaded: Loaded) -> list[Group]:
    return [i for i in loaded.items if isinstance(i, Group)]


def chat(tmp_path: Path, text: str | bytes, name: str = "WhatsApp Chat with Team.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def member(path: Path) -> Member:
    return Member(str(path), path.name, path.stat().st_size, lambda: open(path, "rb"))


# --- real fixtures ------------------------------------------------------------------------


def test_real_ios_chat_doctordalek() -> None:
    loaded = only(
        real_path("whatsapp", "DoctorDalek1963__language-whatsapp", "_chat.txt"), ("Alice",)
    )
    assert loaded.problems == [] and loaded.notes == []
    assert loaded.counts() == {"messages": 7, "profile_fields": 1}
    first, *_, last = posts(loaded)
    assert first.text == "Hello Bob, I need an example WhatsApp chat for a GitHub project"
    # The attachment names (PHOTO-2020-11-02-...) settle the order as day/month.
    assert first.ref.date == "2020-11-02T21:47:19Z"
    assert first.ref.item == "_chat.txt|02/11/2020, 9:47:19 pm|1"
    assert first.ref.visibility == "private"  # a chat with one other person
    assert first.group is None
    assert last.text == "Thanks!" and last.ref.date == "2020-11-02T21:50:33Z"
    assert groups(loaded) == []


def test_real_ios_chat_attachments_are_media_of_the_sender() -> None:
    path = real_path("whatsapp", "DoctorDalek1963__language-whatsapp", "_chat.txt")
    bob = posts(only(path, ("bob",)))
    assert len(bob) == 6
    photo = next(p for p in bob if p.media)
    assert photo.text == ""
    assert [(m.uri, m.media_type) for m in photo.media] == [
        ("00000010-PHOTO-2020-11-02-21-49-51.jpg", "photo")
    ]
    assert bob[-1].text == "You\u2019re welcome, Alice"


def test_real_android_group_tonisuo() -> None:
    path = real_path("whatsapp", "tonisuo__whatsapp-parser", "whatsapp_chat.txt")
    loaded = only(path, ("Chat Person2",))
    assert loaded.problems == []
    (group,) = groups(loaded)
    assert group.name == "Games 'n' Gloomhaven?!" and group.role == "member"
    assert group.ref.item == "Games 'n' Gloomhaven?!" and group.ref.visibility == "connections"
    texts = [(p.text, p.ref.date, p.ref.item) for p in posts(loaded)]
    assert texts == [
        (
            "It's very expensive",
            "2018-11-05T09:56:00Z",
            "Games 'n' Gloomhaven?!|05/11/2018, 9.56|1",
        ),
        ("But let's do it", "2018-11-05T09:56:00Z", "Games 'n' Gloomhaven?!|05/11/2018, 9.56|2"),
    ]
    assert all(p.group == "Games 'n' Gloomhaven?!" for p in posts(loaded))
    # Every date is 05/11/2018: nothing settles day/month, and the report says so.
    assert any("day or the month" in n for n in loaded.notes)


def test_real_old_ios_group_gtadiparthi() -> None:
    path = real_path("whatsapp", "gtadiparthi__whatsapp-parser-lite", "whatsapp_chat.txt")
    loaded = only(path, ("GRT",))
    assert loaded.problems == []
    (group,) = groups(loaded)
    assert group.name == "Just for Fun" and group.role == "creator"  # "You created group"
    mine = posts(loaded)
    assert len(mine) == 9
    assert mine[0].text == "What is sagnar phone no?"
    assert mine[0].ref.date == "2015-12-02T20:33:30Z"  # read day/month, said in coverage
    # BOM, CR CR LF, a multi-line message and no final newline
    skm = posts(only(path, ("SKM",)))
    assert skm[-1].text == "Evalavu vatti sagnarva add pannuvinga"
    assert skm[1].text == "Enna ethukuda admina potinga.\nAlso add a lady admin"
    last = posts(only(path, ("bangThai",)))[-1]
    assert last.text == "Bhu, sagnar number which u added is again d same old mumbai number"


def test_real_chats_without_me_count_groups_only() -> None:
    path = real_path("whatsapp", "gtadiparthi__whatsapp-parser-lite", "whatsapp_chat.txt")
    loaded = only(path)
    assert loaded.counts() == {"groups": 1}
    assert any("no author is known to be you" in n for n in loaded.notes)


def test_real_files_of_other_platforms_are_not_whatsapp() -> None:
    if not REAL.exists():
        pytest.skip("real fixtures not available")
    plat = WhatsApp()
    claimed = [
        str(p.relative_to(REAL))
        for p in REAL.rglob("*")
        if p.is_file()
        and "whatsapp" not in p.parts
        and p.name != "SOURCES.md"
        and plat.identify(member(p)) is not None
    ]
    assert claimed == []


# --- line grammars and date orders --------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (["06/03/2017, 00:45 - Ann: hi", "13/03/2017, 00:46 - Ann: x"], "2017-03-06T00:45:00Z"),
        (["05/11/2018, 9.55 - Ann: hi", "25/11/2018, 9.56 - Ann: x"], "2018-11-05T09:55:00Z"),
        (["03.08.21, 12:30 - Ann: hi", "25.08.21, 12:31 - Ann: x"], "2021-08-03T12:30:00Z"),
        (
            ["2/4/23, 10:35\u202fPM - Ann: hi", "2/14/23, 9:00\u202fAM - Ann: x"],
            "2023-02-04T22:35:00Z",
        ),
        (["20/6/2017 8:28 p.\u00a0m. - Ann: hi"], "2017-06-20T20:28:00Z"),
        (["28/07/20, 7:18 pm - Ann: hi"], "2020-07-28T19:18:00Z"),
        (["28/07/20, 12:05 am - Ann: hi"], "2020-07-28T00:05:00Z"),
        (["2024/10/31 15:50 - Ann: hi"], "2024-10-31T15:50:00Z"),
        (
            ["[02/11/2020, 9:47:19 pm] Ann: hi", "[13/11/2020, 9:47:20 pm] Ann: x"],
            "2020-11-02T21:47:19Z",
        ),
        (
            ["[7/11/2017, 8:20:41\u202fPM] Ann: hi", "[7/13/2017, 8:20:42\u202fPM] Ann: x"],
            "2017-07-11T20:20:41Z",
        ),
        (["[31/12/2019, 2:14:40 a.m.] Ann: hi"], "2019-12-31T02:14:40Z"),
        (["[31.12.24, 23:59:59] Ann: hi"], "2024-12-31T23:59:59Z"),
        (["[22.4.2026, 20.20.13] Ann: hi"], "2026-04-22T20:20:13Z"),
        (["[2023/5/4, 16:17:13] Ann: hi"], "2023-05-04T16:17:13Z"),
        (["[2024/10/31 15:50:46] Ann: hi"], "2024-10-31T15:50:46Z"),
        (["2/12/15, 8:33:07 PM: Ann: hi", "2/13/15, 8:33:08 PM: Ann: x"], "2015-02-12T20:33:07Z"),
        # Marks: a left-to-right mark before the line and the author, U+202F in the clock
        (
            ["\u200e[2/4/23, 10:35:01\u202fPM] \u200eAnn: hi", "[2/14/23, 1:00:00 AM] Ann: x"],
            "2023-02-04T22:35:01Z",
        ),
    ],
)
def test_every_timestamp_form(tmp_path: Path, lines: list[str], date: str) -> None:
    loaded = only(chat(tmp_path, "\n".join(lines) + "\n"), ("ann",))
    assert loaded.problems == []
    first = posts(loaded)[0]
    assert first.text == "hi"
    assert first.ref.date == date
    assert not any("day or the month" in n for n in loaded.notes)


@pytest.mark.parametrize(
    ("lines", "date", "settled"),
    [
        # Read day/month, the dates run forward; month/day, they go back: settled.
        (
            ["12/01/2020, 10:00 - Ann: a", "05/02/2020, 10:00 - Ann: b"],
            "2020-01-12T10:00:00Z",
            True,
        ),
        (
            ["01/12/2020, 10:00 - Ann: a", "02/05/2020, 10:00 - Ann: b"],
            "2020-01-12T10:00:00Z",
            True,
        ),
        # An Android attachment name gives the day: 7 March, so 07/03 is day/month.
        (
            ["07/03/2019, 10:00 - Ann: IMG-20190307-WA0001.jpg (file attached)"],
            "2019-03-07T10:00:00Z",
            True,
        ),
        (
            ["03/07/2019, 10:00 - Ann: IMG-20190307-WA0001.jpg (file attached)"],
            "2019-03-07T10:00:00Z",
            True,
        ),
        # Nothing settles it: read day/month, and said.
        (
            ["03/04/2019, 10:00 - Ann: a", "03/04/2019, 10:01 - Ann: b"],
            "2019-04-03T10:00:00Z",
            False,
        ),
    ],
)
def test_day_month_order_from_all_the_dates(
    tmp_path: Path, lines: list[str], date: str, settled: bool
) -> None:
    loaded = only(chat(tmp_path, "\n".join(lines)), ("ann",))
    assert posts(loaded)[0].ref.date == date
    assert any("day or the month" in n for n in loaded.notes) is not settled


def test_line_ends_bom_and_continuations(tmp_path: Path) -> None:
    text = (
        "\ufeff[01/02/2021, 10:00:00] Ann: first line\r\n"
        "second line\r\r\n"
        "[01/02/2021 10:00] not a timestamp of this file's shape\r\n"
        "[13/02/2021, 10:00:01] Bob: other\r\n"
        "[13/02/2021, 10:00:02] Ann: last"
    )
    loaded = only(chat(tmp_path, text), ("Ann",))
    assert loaded.problems == []
    assert [p.text for p in posts(loaded)] == [
        "first line\nsecond line\n[01/02/2021 10:00] not a timestamp of this file's shape",
        "last",
    ]


def test_group_events_names_and_roles(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "10/01/2022, 08:00 - Messages and calls are end-to-end encrypted. No one outside "
            "of this chat, not even WhatsApp, can read or listen to them.",
            '10/01/2022, 08:00 - You created group "Response Team B"',
            "10/01/2022, 08:01 - You added Sgt Jones",
            "10/01/2022, 08:02 - Sgt Jones changed the subject from "
            '"Response Team B" to "B: Relief"',
            "10/01/2022, 08:03 - Sgt Jones: rota for next week attached",
            "10/01/2022, 08:04 - Bethan Carrow: thanks, on earlies",
            "10/01/2022, 08:05 - Sgt Jones left",
        ]
    )
    loaded = only(chat(tmp_path, text, "WhatsApp Chat with B: Relief.txt"), ("Bethan Carrow",))
    assert loaded.problems == []
    got = [(g.name, g.role, g.ref.item) for g in groups(loaded)]
    assert got == [
        ("Response Team B", "creator", "Response Team B"),
        ("B: Relief", "creator", "B: Relief"),
    ]
    (mine,) = posts(loaded)
    assert mine.text == "thanks, on earlies" and mine.group == "B: Relief"
    assert mine.ref.item == "B: Relief|10/01/2022, 08:04|1"
    # Other members' words and names are never records of the person's.
    assert "Sgt Jones" not in repr([i for i in loaded.items if not isinstance(i, Group)])
    assert (
        ProfileField(
            "display_name",
            "Bethan Carrow",
            mine.ref.__class__("whatsapp", mine.ref.file, None, "display_name", "connections"),
        )
        in loaded.items
    )


@pytest.mark.parametrize(
    ("events", "role"),
    [
        (["Sgt Jones added you"], "member"),
        (["Sgt Jones added you", "You left"], "left"),
        (["Sgt Jones added you", "You left", "Sgt Jones added you"], "member"),
        (["Sgt Jones added you", "You added Pat"], "admin"),
        (["You're now an admin"], "admin"),
        (["Sgt Jones made you an admin"], "admin"),
    ],
)
def test_roles(tmp_path: Path, events: list[str], role: str) -> None:
    lines = [f"1{i}/01/2022, 08:0{i} - {e}" for i, e in enumerate(events)]
    loaded = only(chat(tmp_path, "\n".join(lines), "WhatsApp Chat with Comms rota.txt"), ("x",))
    assert [(g.name, g.role) for g in groups(loaded)] == [("Comms rota", role)]


def test_ios_zip_name_and_notice_author(tmp_path: Path) -> None:
    text = (
        "\u200e[10/01/2022, 08:00:00] Press Office: \u200eMessages and calls are end-to-end "
        "encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
        "[10/01/2022, 08:00:01] ~\u202fAnn: hello\n"
        "[10/01/2022, 08:00:02] Bob: hi\n"
        "[13/01/2022, 08:00:03] Cy: yo\n"
        "[13/01/2022, 08:00:04] Ann: Ann changed this group's icon\n"
    )
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "_chat.txt").write_text(text, encoding="utf-8")
    # Alone, the group's name comes from the notice's author.
    alone = only(bare / "_chat.txt", ("ann",))
    assert [g.name for g in groups(alone)] == ["Press Office"]
    zipped = tmp_path / "WhatsApp Chat - Press Office Team.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(bare / "_chat.txt", "_chat.txt")
        zf.writestr("00000003-PHOTO-2022-01-10-08-00-00.jpg", b"\xff\xd8\xff\xe0")
    loaded = only(zipped, ("ann",))
    assert [g.name for g in groups(loaded)] == ["Press Office Team"]
    (mine,) = posts(loaded)  # the icon change is an event, not a message
    assert mine.text == "hello" and mine.ref.item.startswith("Press Office Team|")


def test_message_content() -> None:
    found = content(
        "Cardiff Bay Police Station\nlocation: https://maps.google.com/?q=51.4638,-3.1649"
    )
    assert found is not None and found.place == (51.4638, -3.1649, "Cardiff Bay Police Station")
    ios = content("Location: https://maps.google.com/?q=51.4816,-3.1791")
    assert ios is not None and ios.place == (51.4816, -3.1791, None)
    apple = content("https://maps.apple.com/?ll=51.5,-3.2&q=Dropped%20Pin")
    assert apple is not None and apple.place == (51.5, -3.2, None)
    assert content("This message was deleted") is None
    edited = content("see you at 8 <This message was edited>")
    assert edited is not None and edited.text == "see you at 8"
    omitted = content("<Media omitted>")
    assert omitted is not None and omitted.text == "" and omitted.attachments == ()
    doc = content("Rota March.pdf (file attached)\nRota March.pdf")
    assert doc is not None and doc.attachments == ("Rota March.pdf",)
    link = content("read https://www.south-wales.police.uk/news, ok")
    assert link is not None and link.urls == ("https://www.south-wales.police.uk/news",)
    assert content("no place at maps.google.com?q=1,2") is not None
    plain = content("just words")
    assert plain is not None and plain.place is None and plain.urls == ()


def test_shared_location_is_the_posts_place(tmp_path: Path) -> None:
    text = (
        "10/01/2022, 08:00 - Ann: Cardiff Bay Police Station\n"
        "location: https://maps.google.com/?q=51.4638,-3.1649\n"
    )
    (mine,) = posts(only(chat(tmp_path, text), ("ann",)))
    assert mine.place is not None
    assert (mine.place.kind, mine.place.lat, mine.place.lon) == ("geotag", 51.4638, -3.1649)
    assert mine.place.name == "Cardiff Bay Police Station"


@pytest.mark.parametrize(
    ("rest", "author", "event"),
    [
        ("Ann: hello: there", "Ann", None),
        ("John-John Doe: hi - there", "John-John Doe", None),
        ("+44 7700 900123: hi", "+44 7700 900123", None),
        ('Ann changed the subject to "A: B"', None, "renamed"),
        ("Ann: Ann changed the group name to \u201cmy family\u201d", None, "renamed"),
        ("Chat Person1  added you", None, "added_you"),
        ("Ann joined using this group's invite link", None, "joined"),
        ("Ann hat die Gruppe erstellt", None, "unknown"),
        ("Ann: Bob added milk to the list", "Ann", None),
    ],
)
def test_split(rest: str, author: str | None, event: str | None) -> None:
    line = split(rest)
    assert (line.author, line.event) == (author, event)


# --- who is the person ----------------------------------------------------------------


def _read(path: Path, **ctx_args: object) -> tuple[list[object], ParseContext]:
    ctx = ParseContext("whatsapp", str(path), **ctx_args)  # type: ignore[arg-type]
    plat = WhatsApp()
    m = member(path)
    assert plat.identify(m) == "chat"
    return list(plat.read("chat", m, ctx)), ctx


def test_the_person_from_their_other_accounts(tmp_path: Path) -> None:
    path = chat(tmp_path, "10/01/2022, 08:00 - Sam Carter: on lates\n10/01/2022, 08:01 - Bob: ok\n")
    items, ctx = _read(path, known_names=("Sam Carter 🖤💙🖤", "Other"))
    assert [i.text for i in items if isinstance(i, Post)] == ["on lates"]
    assert any("recognised by the name 'Sam Carter'" in n for n in ctx.notes)
    items, ctx = _read(path, me=("Nobody",), known_names=("Sam Carter",))
    assert [i for i in items if isinstance(i, Post)] == []  # --me wins over a guess
    assert any("none of the names given with --me" in n for n in ctx.notes)
    items, ctx = _read(path)
    assert [i for i in items if isinstance(i, Post)] == []
    assert any("no author is known to be you" in n for n in ctx.notes)


def test_a_chat_read_after_the_persons_other_exports(tmp_path: Path) -> None:
    # The Mastodon actor names "Sam Carter 🖤💙🖤"; the chat is given first on purpose.
    path = chat(tmp_path, "10/01/2022, 08:00 - Sam Carter: on lates\n10/01/2022, 08:01 - Bob: ok\n")
    actor = (
        Path(__file__).parents[1] / "fixtures" / "exports" / "mastodon" / "archive" / "actor.json"
    )
    result = scan([path, actor])
    counts = {s.platform: s.counts for s in result.sources}
    assert counts["whatsapp"].get("messages") == 1
    assert any("recognised by the name 'Sam Carter'" in c for c in result.coverage)


def test_cli_me(tmp_path: Path) -> None:
    path = chat(tmp_path, "10/01/2022, 08:00 - Sam: one\n10/01/2022, 08:01 - Bob: two\n")
    out, err = io.StringIO(), io.StringIO()
    code = main(["scan", str(path), "--me", "Sam", "--me", "Samantha", "--quiet"], out, err)
    report = json.loads(out.getvalue())
    assert code == 0, err.getvalue()
    assert report["options"]["me"] == ["Sam", "Samantha"]
    (source,) = report["sources"]
    assert source["platform"] == "whatsapp" and source["counts"]["messages"] == 1


# --- account information report -------------------------------------------------------


def test_account_information_report(tmp_path: Path) -> None:
    folder = tmp_path / "whatsapp_account_info"
    folder.mkdir()
    (folder / "groups.json").write_text(
        json.dumps({"wa_groups": [{"subject": "Response Team B"}, "Comms rota", {"x": 1}]})
    )
    (folder / "contacts.json").write_text(
        json.dumps({"wa_contacts": [{"phone_number": "+447700900123"}, "+447700900124"]})
    )
    (folder / "registration_information.json").write_text(
        json.dumps(
            {"wa_registration_info": {"platform": "iphone", "registration_timestamp": 1600000000}}
        )
    )
    (folder / "user_information.json").write_text(json.dumps({"wa_user_info": {"x": 1}}))
    (folder / "groups.html").write_text("<html></html>")
    loaded = only(folder)
    assert sorted(g.name for g in groups(loaded)) == ["Comms rota", "Response Team B"]
    assert loaded.problems == ["groups.json: 1 group entry without a name footprint knows"]
    contacts = [i for i in loaded.items if isinstance(i, Connection)]
    assert [(c.relation, c.handle) for c in contacts] == [
        ("contact", "+447700900123"),
        ("contact", "+447700900124"),
    ]
    assert loaded.counts()["contacts"] == 2
    (reg,) = [i for i in loaded.items if isinstance(i, SecurityRecord)]
    assert reg.value == "iphone" and reg.ref.date == "2020-09-13T12:26:40Z"
    assert any("user_information.json is not read" in n for n in loaded.notes)


def test_account_report_broken(tmp_path: Path) -> None:
    (tmp_path / "groups.json").write_text('{"wa_groups": {"not": "a list"}}')
    loaded = only(tmp_path / "groups.json")
    assert loaded.problems == ["groups.json: expected a list under 'wa_groups'"]


# --- bad input ------------------------------------------------------------------------


def test_bad_lines_are_problems_naming_the_line(tmp_path: Path) -> None:
    text = (
        b"10/01/2022, 08:00 - Ann: fine\n"
        b"10/01/2022, 08:01 - Ann: bad \xff\xfe bytes\n"
        b"31/02/2022, 08:02 - Ann: no such day\n"
        b"13/01/2022, 08:03 - Ann: " + b"x" * (1 << 20) + b"\n"
        b"13/01/2022, 08:04 - Ann: after\n"
    )
    loaded = only(chat(tmp_path, text), ("ann",))
    name = "WhatsApp Chat with Team.txt"
    assert loaded.problems == [
        f"{name}: line 2: not valid UTF-8; the bad bytes were replaced",
        f"{name}: line 4: longer than 1,048,576 bytes; the rest was not read",
        f"{name}: line 3: the timestamp is not a valid date; read without a date",
    ]
    texts = [p.text[:12] for p in posts(loaded)]
    assert texts == ["fine", "bad \ufffd\ufffd bytes", "no such day", "x" * 12, "after"]
    assert posts(loaded)[2].ref.date is None


def test_text_before_the_first_message(tmp_path: Path) -> None:
    # A file cut at the front: its first line is the tail of a message.
    text = "tail of a message\n10/01/2022, 08:00 - Ann: one\n10/01/2022, 08:01 - Ann: two\n"
    loaded = only(chat(tmp_path, text, "cut.txt"), ("ann",))
    assert [p.text for p in posts(loaded)] == ["one", "two"]
    assert loaded.problems == ["cut.txt: line 1: text before the first message, not read"]


def test_forced_non_chat_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\nno timestamps\n", encoding="utf-8")
    with pytest.raises(Exception, match="no line starts with a WhatsApp timestamp"):
        list(WhatsApp().read("chat", member(path), ParseContext("whatsapp", str(path))))


def test_a_line_of_megabytes_is_cut_and_the_rest_read(tmp_path: Path) -> None:
    text = (
        b"10/01/2022, 08:00 - Ann: before\n"
        + b"10/01/2022, 08:01 - Ann: "
        + b"y" * (3 << 20)
        + b"\n"
        + b"10/01/2022, 08:02 - Ann: after"
    )
    loaded = only(chat(tmp_path, text), ("ann",))
    assert [p.text[:6] for p in posts(loaded)] == ["before", "yyyyyy", "after"]
    assert len(posts(loaded)[1].text) < (1 << 20)
    assert loaded.problems == [
        "WhatsApp Chat with Team.txt: line 2: longer than 1,048,576 bytes; the rest was not read"
    ]
