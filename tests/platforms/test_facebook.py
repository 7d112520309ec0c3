"""The Facebook parser: real exports (2021-22 and 2026), synthetic 2018 and 2026 layouts,
Instagram files told apart, mojibake repair, broken input."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from footprint.errors import ParseError
from footprint.exports.archive import open_export
from footprint.model import (
    Account,
    App,
    Connection,
    Education,
    Event,
    Group,
    Place,
    Position,
    Post,
    ProfileField,
    SecurityRecord,
)
from footprint.platforms import ParseContext
from footprint.platforms.facebook import Facebook
from footprint.platforms.ingest import Loaded
from footprint.testing import load_alone
from tests.conftest import FIXTURES, REAL, real_path

OWN = FIXTURES / "exports" / "facebook"
WAULTAR = ("facebook", "NorseKode__Waultar-App", "test", "parser", "data")
THANH = ("facebook", "tieubachlongblog__thanhbobber", "connections")

pytestmark = pytest.mark.real


def only(path: Path) -> Loaded:
    """The one Facebook part of an export, with no other platform claiming anything."""
    return load_alone(path, "facebook")


def of(loaded: Loaded, cls: type) -> list[Any]:
    return loaded.of(cls)


def fields(loaded: Loaded, name: str) -> list[str]:
    return [f.value for f in of(loaded, ProfileField) if f.field == name]


def mojibake_free(text: str) -> bool:
    return (
        not any(0x80 <= ord(c) <= 0x9F for c in text)
        and "Ã" not in text
        and "á»" not in text
        and "áº" not in text
    )


# --- real: NorseKode/Waultar-App (2021-22, _v2 keys) -------------------------------------


def test_real_profile_information() -> None:
    fb = only(real_path(*WAULTAR, "profile_information.json"))
    assert fb.problems == []
    (account,) = of(fb, Account)
    assert account.handle == "cyb0rgninj4"
    assert account.display_name == "REDACTED FULLNAME"
    assert account.url == "https://www.facebook.com/profile"
    assert account.ref.item is None and account.ref.field == "handle"
    assert fields(fb, "email") == ["REDACTED@MAIL.COM", "lukas.v.larsen.3@facebook.com"]
    assert fields(fb, "birthday") == ["2021-02-12"]
    assert fields(fb, "location") == ["Gammel Holte, Kobenhavn, Denmark"]
    assert fields(fb, "phone") == ["12345678"]
    assert fields(fb, "gender") == ["MALE"]
    assert fields(fb, "family") == ["REDACTED (Brother)", "REDACTED (Father)"]
    (city,) = of(fb, Place)
    assert (city.kind, city.name) == ("current_city", "Gammel Holte, Kobenhavn, Denmark")
    assert city.ref.date is None  # current_city.timestamp is 0: unknown
    schools = of(fb, Education)
    assert [s.school for s in schools] == [
        "IT-Universitetet i København",
        "H.C. Ørsted Gymnasiet Lyngby",
    ]
    assert schools[0].degree == "Softwareudvikling"
    assert schools[0].started == "2019-07-31T10:00:00Z"
    assert of(fb, Position) == []  # work_experiences is an empty list
    pages = [g for g in of(fb, Group) if g.kind == "page"]
    assert len(pages) == 12
    assert "Ståle Sandbech" in [p.name for p in pages]
    assert [g.name for g in of(fb, Group) if g.kind == "group"] == ["Group 3", "Group 2", "Group 1"]
    assert all(i.ref.visibility == "unknown" for i in fb.items)


def test_real_v2_profile_information() -> None:
    fb = only(real_path(*WAULTAR, "v2_profile_information.json"))
    (account,) = of(fb, Account)
    assert account.created_at == "2009-03-13T14:58:26Z"
    assert account.url == "https://www.facebook.com/profile"
    assert of(fb, Group) == []  # this copy has no pages or groups
    assert "IT-Universitetet i København" in [s.school for s in of(fb, Education)]


def test_real_creator_badges_give_admin_role() -> None:
    fb = only(real_path(*WAULTAR, "creator_badges.json"))
    assert [(g.name, g.role, g.ref.item) for g in of(fb, Group)] == [
        ("Group 1", "admin", "Group 1"),
        ("Group 2", "admin", "Group 2"),
    ]


def test_real_groups_admined() -> None:
    fb = only(real_path(*WAULTAR, "your_groups.json"))
    groups = of(fb, Group)
    assert [(g.name, g.role) for g in groups] == [("Group 1", "admin"), ("Group 2", "admin")]
    assert groups[0].ref.date == "2020-08-12T13:59:16Z"
    assert groups[0].ref.field == "groups"


def test_real_group_membership_skips_left_groups_and_titles() -> None:
    fb = only(real_path(*WAULTAR, "your_group_membership_activity.json"))
    groups = of(fb, Group)
    assert [g.name for g in groups] == ["Group 3", "Group 2", "Group 1"]
    assert {g.role for g in groups} == {"member"}
    assert groups[0].ref.item == "Group 3"  # the name, never "Du blev medlem af Group 3."


def test_real_event_invitations() -> None:
    fb = only(real_path(*WAULTAR, "event_invitations.json"))
    events = of(fb, Event)
    assert [e.name for e in events] == [f"Event {n}" for n in (1, 2, 5, 7, 8, 9)]
    assert {e.response for e in events} == {"invited"}
    assert events[0].start == "2021-12-17T16:45:00Z"
    assert events[0].end is None  # end_timestamp 0


def test_real_event_responses_with_place_coordinates() -> None:
    fb = only(real_path(*WAULTAR, "your_event_responses.json"))
    events = of(fb, Event)
    responses = [e.response for e in events]
    assert responses.count("joined") == 4
    assert responses.count("declined") == 2
    assert responses.count("interested") == 2
    party = next(e for e in events if e.name == "Test event 1")
    assert party.place is not None
    assert (party.place.kind, party.place.name) == ("event", "Rued Langgaardsvej 7")
    assert (party.place.lat, party.place.lon) == (55.659964, 12.591105)
    assert party.description == "Party at ITU"
    assert next(e for e in events if e.name == "Event 4").end == "2022-04-28T11:30:00Z"


def test_real_your_events_are_created() -> None:
    fb = only(real_path(*WAULTAR, "your_events.json"))
    events = of(fb, Event)
    assert [(e.name, e.response) for e in events] == [
        ("Test event 1", "created"),
        ("Coding camp at ITU", "created"),
    ]
    assert events[0].place is not None and events[0].place.lat == 55.659964
    assert events[1].ref.date == "2012-06-10T18:58:44Z"  # create_timestamp


def test_real_comments_wrapped_in_a_list() -> None:
    fb = only(real_path(*WAULTAR, "facebook_comments.json"))
    comments = [p for p in of(fb, Post) if p.kind == "comment"]
    assert len(comments) == 8
    assert fb.counts()["comments"] == 8
    assert [c.group for c in comments].count("REDACTED GROUP") == 4
    link = next(c for c in comments if c.ref.item == "1488374281")
    assert link.text == "http://www.holbaekshinsonhapkido.dk/enrollment2.php"
    assert link.urls == ("http://www.holbaekshinsonhapkido.dk/enrollment2.php",)
    assert link.ref.date == "2017-03-01T13:18:01Z"
    video = next(c for c in comments if c.ref.item == "1555607877")
    assert video.media[0].media_type == "video"


def test_real_facebook_media_skips_messages() -> None:
    fb = only(real_path(*WAULTAR, "facebook_media.json"))
    posts = of(fb, Post)
    assert [p.ref.item for p in posts] == [
        "1273171899",
        "1305050046",
        "1319393272",
        "1319393272",
        "1552546117",
    ]
    assert not any("Du har sendt" in p.text for p in posts)  # a message, not a post
    assert posts[0].media[0].caption == "REDACTED"
    assert posts[2].media[0].media_type == "video"
    assert posts[4].media[0].uri == "files/ShinsonHapkidolandslejrmaj2019_263835374542152.pdf"


def test_real_poll_votes_are_recognised_and_skipped() -> None:
    fb = only(real_path(*WAULTAR, "polls_you_voted_on.json"))
    assert fb.items == [] and fb.problems == []


def test_real_your_posts() -> None:
    fb = only(real_path(*WAULTAR, "your_posts_1.json"))
    posts = of(fb, Post)
    assert len(posts) == 10  # entries with only a title, a saved seller or an event are not posts
    invitation = next(p for p in posts if p.ref.item == "1325790129")
    assert "Hvis I ikke har nogen planer på søndag, så:" in invitation.text
    assert "Shinson Hapkido – Holbæk – Søndag d. 8. januar 2012" in invitation.text
    assert invitation.urls == ("http://www.holbaekshinsonhapkido.dk/",)
    assert invitation.ref.date == "2012-01-05T19:02:09Z"
    assert (invitation.ref.field, invitation.ref.visibility) == ("text", "unknown")
    snow = next(p for p in posts if p.ref.item == "1353045358")
    assert snow.media[0].caption == "Mobiloverførsler"
    assert snow.media[0].ref.item == "1353045358"
    two = next(p for p in posts if p.ref.item == "1273171899")
    assert len(two.media) == 2
    assert all(mojibake_free(p.text) for p in posts)
    (show,) = of(fb, Event)  # an event attached to a post
    assert show.name == "Shinson Hapkido Internationalt Kampkunstshow"
    assert show.ref.item == "1501154548"


def test_real_group_posts() -> None:
    fb = only(real_path(*WAULTAR, "your_posts_in_groups.json"))
    (post,) = of(fb, Post)  # the title-only and poll-only entries hold nothing to read
    assert post.ref.item == "1307279530"
    assert (
        post.media[0].uri
        == "posts/media/your_posts/251785_1703163148960_3263280_n_1703163148960.jpg"
    )


def test_real_waultar_folder_is_all_facebook() -> None:
    fb = only(real_path(*WAULTAR))
    assert fb.problems == []
    files = {i.ref.file for i in fb.items}
    assert len(files) == 12  # every file but the poll votes yields records


# --- real: tieubachlongblog/thanhbobber (2026) --------------------------------------------


def test_real_2026_friends_repaired_from_vietnamese_mojibake() -> None:
    fb = only(real_path(*THANH, "friends", "your_friends.json"))
    friends = of(fb, Connection)
    assert len(friends) == 140 == fb.counts()["friends"]
    assert [f.name for f in friends[:4]] == [
        "Đinh Ngọc Thiện",
        "Hoàng Anh Khoa",
        "Lê Thế Tư",
        "Nguyễn Phương",
    ]
    first = friends[0]
    assert (first.relation, first.ref.item, first.ref.field) == (
        "friend",
        "Đinh Ngọc Thiện",
        "friends",
    )
    assert first.ref.date == "2026-03-07T23:41:23Z"
    assert all(mojibake_free(f.name) for f in friends)


def test_real_2026_following_v3() -> None:
    path = real_path(*THANH, "followers", "who_you've_followed.json")
    fb = only(path)
    following = of(fb, Connection)
    assert len(following) == 45 == fb.counts()["following"]
    assert {f.relation for f in following} == {"following"}
    assert [f.name for f in following[:3]] == ["Ngọc Trần", "Vũ Thoại Academy", "Bảo Trang"]
    assert "GANODE - Trạm Bữa Ăn Tiện Lợi" in [f.name for f in following]
    assert following[0].ref.file == "who_you've_followed.json"


def test_real_2026_export_as_zip_keeps_the_apostrophe(zipped: Callable[..., Path]) -> None:
    root = real_path("facebook", "tieubachlongblog__thanhbobber")
    fb = only(zipped(root))
    assert fb.counts()["friends"] == 140 and fb.counts()["following"] == 45
    assert "connections/followers/who_you've_followed.json" in {i.ref.file for i in fb.items}


# --- own fixtures: the 2026 layout -------------------------------------------------------


@pytest.fixture(scope="module")
def v2026() -> Loaded:
    return only(OWN / "v2026")


def test_2026_profile(v2026: Loaded) -> None:
    assert v2026.problems == []
    assert isinstance(v2026.items[0], Account)  # profile is read first
    (account,) = of(v2026, Account)
    assert (account.handle, account.display_name) == ("soren.kjaergaard.77", "Søren Kjærgaard")
    assert account.ref.file == "personal_information/profile_information/profile_information.json"
    assert v2026.state["handle"] == "soren.kjaergaard.77"
    assert fields(v2026, "email") == [
        "soren.kjaergaard@example.com",
        "s.kjaergaard@northshire.police.uk",
    ]
    assert fields(v2026, "birthday") == ["--07-14"]  # the year is hidden (0)
    assert fields(v2026, "hometown") == ["Ærøskøbing, Denmark"]
    assert fields(v2026, "relationship") == ["Married (Mette Kjærgaard)"]
    assert fields(v2026, "family") == ["Jens Kjærgaard (Brother)"]
    assert fields(v2026, "website") == ["https://soren-photos.example.net/"]
    assert fields(v2026, "phone") == ["+45 20 12 34 56"]
    kinds = {p.kind: p.name for p in of(v2026, Place)}
    assert kinds["current_city"] == "Aarhus, Denmark"
    assert kinds["hometown"] == "Ærøskøbing, Denmark"


def test_2026_work_experience(v2026: Loaded) -> None:
    (job,) = of(v2026, Position)
    assert job.company == "Northshire Constabulary"
    assert job.title == "Detective Constable"
    assert job.location == "Northshire"
    assert job.description == "CID, serious crime unit"
    assert job.started == "2015-01-01T00:00:00Z"
    assert job.finished is None  # end_timestamp 0: current
    assert (job.ref.field, job.ref.item) == (
        "position",
        "Northshire Constabulary|2015-01-01T00:00:00Z",
    )


def test_2026_checkin_post_with_coordinates(v2026: Loaded) -> None:
    post = next(p for p in of(v2026, Post) if p.ref.item == "1714550400")
    assert post.text == "Første dag på det nye kontor 🎉 #nytjob #NorthshirePolice"
    assert post.hashtags == ("nytjob", "NorthshirePolice")
    assert post.place is not None
    assert post.place.kind == "checkin"
    assert (post.place.name, post.place.lat, post.place.lon) == (
        "Northshire Police HQ",
        52.2053,
        0.1218,
    )
    assert post.place.address == "1 Station Road, Northshire"
    assert post.place.ref.item == "1714550400"


def test_2026_photo_with_gps_exif(v2026: Loaded) -> None:
    post = next(p for p in of(v2026, Post) if p.ref.item == "1714636800")
    (photo,) = post.media
    assert (photo.lat, photo.lon) == (55.6761, 12.5683)
    assert photo.media_type == "photo"
    assert photo.caption == "Udsigten fra vagten"
    assert photo.taken_at == "2024-05-02T07:59:50Z"
    assert photo.ref.field == "media"


def test_2026_lists(v2026: Loaded) -> None:
    counts = v2026.counts()
    assert (counts["friends"], counts["following"], counts["followers"]) == (3, 2, 1)
    assert "Nguyễn Văn An" in [c.name for c in of(v2026, Connection)]
    pages = {g.name: g for g in of(v2026, Group) if g.kind == "page"}
    assert pages["Northshire Police Federation"].url == "https://www.facebook.com/nspolfed"
    assert pages["Politiforbundet i Danmark"].ref.field == "following"
    assert pages["Kjærgaard Foto"].role == "admin"  # pages_v2: pages the person manages
    (group,) = [g for g in of(v2026, Group) if g.kind == "group"]
    assert (group.name, group.role) == ("Betjente i Østjylland", "member")


def test_2026_apps_security_places_label_values(v2026: Loaded) -> None:
    assert [a.name for a in of(v2026, App)] == ["Northshire Shift Planner", "Spotify"]
    (login,) = of(v2026, SecurityRecord)
    assert (login.kind, login.value) == ("login", "198.51.100.23")
    assert login.detail is not None and "Aarhus" in login.detail
    assert login.ref.date == "2024-05-01T07:53:20Z"
    created = next(p for p in of(v2026, Place) if p.kind == "created")
    assert (created.name, created.lat, created.lon) == ("Kjærgaard Foto Studio", 56.1629, 10.2039)
    other = next(p for p in of(v2026, Post) if p.ref.item == "1714900000")
    assert other.text == "Stolt af holdet hos Northshire Police ❤️"
    assert other.urls == ("https://www.facebook.com/northshirepolice/posts/1",)


def test_2026_messages_are_not_read(v2026: Loaded) -> None:
    assert not any("messages/" in i.ref.file for i in v2026.items)


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (
            "1714723200",
            "Tak for i dag 👍 se https://soren-photos.example.net/album",
        ),  # emoji repaired
        ("1714809600", "Café crème à Genève"),  # real Latin-1-range text left alone
        ("1714809700", "Prix: 5 € à Genève"),  # a character above U+00FF: left alone
    ],
)
def test_2026_mojibake_edge_cases(v2026: Loaded, item: str, text: str) -> None:
    post = next(p for p in of(v2026, Post) if p.ref.item == item)
    assert post.text == text


def test_2026_as_zip_matches_the_folder(v2026: Loaded, zipped: Callable[..., Path]) -> None:
    fb = only(zipped(OWN / "v2026"))
    assert fb.counts() == v2026.counts()
    assert fb.problems == []


def test_split_export_each_zip_read_on_its_own(
    tmp_path: Path, zipped: Callable[..., Path], v2026: Loaded
) -> None:
    part1, part2 = tmp_path / "p1", tmp_path / "p2"
    shutil.copytree(OWN / "v2026" / "personal_information", part1 / "personal_information")
    shutil.copytree(OWN / "v2026" / "connections", part1 / "connections")
    shutil.copytree(OWN / "v2026" / "your_facebook_activity", part2 / "your_facebook_activity")
    first = only(zipped(part1, "facebook-1.zip"))
    second = only(zipped(part2, "facebook-2.zip"))
    assert first.counts()["accounts"] == 1 and first.counts()["friends"] == 3
    assert second.counts()["posts"] == v2026.counts()["posts"]


# --- own fixtures: the 2018-2020 layout (unsuffixed keys) --------------------------------


def test_2018_unsuffixed_keys() -> None:
    fb = only(OWN / "v2018")
    assert fb.problems == []
    (account,) = of(fb, Account)
    assert (account.handle, account.display_name) == ("zoe.bronte", "Zoë Brontë")
    assert fields(fb, "website") == ["https://zoe.example.org"]  # a plain string item
    assert fields(fb, "birthday") == ["1988-03-09"]
    assert [c.name for c in of(fb, Connection) if c.relation == "friend"] == ["Renée Dupont"]
    assert [c.name for c in of(fb, Connection) if c.relation == "following"] == [
        "West Yorkshire Police"
    ]
    assert [(g.kind, g.name) for g in of(fb, Group)] == [
        ("page", "Yorkshire Tea"),
        ("group", "Leeds Custody Officers"),
    ]
    (comment,) = [p for p in of(fb, Post) if p.kind == "comment"]
    assert comment.text == "Godt gået! 🚓"  # a plain {"comments": [...]} object
    (post,) = [p for p in of(fb, Post) if p.kind == "post"]
    assert (post.text, post.hashtags, post.ref.item) == (
        "Night shift again #bluelight",
        ("bluelight",),
        "1525000000",
    )


# --- recognising files -------------------------------------------------------------------


def _member(tmp_path: Path, name: str, data: bytes) -> Any:
    """``name`` inside a folder export, so that the member keeps its path."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    export = open_export(tmp_path)
    return next(m for m in export.members if m.name == name)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b'{"profile_v2": {"name": {}}}', "profile"),
        (b'{\n  "profile": {"name": {}}}', "profile"),
        (b'{"friends_v2": [{"name": "A"}]}', "friends"),
        (b'{"friends": []}', "friends"),
        (b'{"following_v3": []}', "following"),
        (b'{"following_v2": []}', "following"),
        (b'{"followers_v2": []}', "followers"),
        (b'{"groups_joined_v2": []}', "groups"),
        (b'{"group_badges_v2": {}}', "groups"),
        (b'{"page_likes_v2": []}', "pages"),
        (b'{"comments_v2": []}', "comments"),
        (b'[{"group_comments_v2": []}]', "comments"),
        (b'{"event_responses_v2": {}}', "events"),
        (b'{"installed_apps_v2": []}', "apps"),
        (b'{"account_activity_v2": []}', "security"),
        (b'{"poll_votes_v2": []}', "ignored"),
        (b'\xef\xbb\xbf[{"timestamp": 1, "data": [{"post": "x"}]}]', "posts"),
        (
            b'[{"timestamp": 1, "label_values": [], "href": "https://www.facebook.com/x"}]',
            "label_values",
        ),
        # Instagram and others: never claimed
        (b'{"followers": {"someone": "2018-01-01"}}', None),  # Instagram 2018 connections.json
        (b'{"profile": [{"caption": ""}]}', None),  # Instagram 2018 media.json
        (b'{"relationships_following": []}', None),
        (b'[{"title": "", "media_list_data": [], "string_list_data": []}]', None),
        (b'[{"media": [{"uri": "media/posts/1.jpg"}]}]', None),
        (b'[{"timestamp": 1, "label_values": [{"href": "https://www.instagram.com/p/1/"}]}]', None),
        (b'{"participants": [], "messages": []}', None),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", None),
        (b"", None),
        (b"[]", None),
    ],
)
def test_identify_table(tmp_path: Path, content: bytes, kind: str | None) -> None:
    assert Facebook().identify(_member(tmp_path, "file.json", content)) == kind


def test_label_values_without_links_decided_by_path(tmp_path: Path) -> None:
    data = b'[{"timestamp": 1, "label_values": [{"label": "Message", "value": "hi"}]}]'
    fb = Facebook()
    assert (
        fb.identify(_member(tmp_path / "a", "your_facebook_activity/x.json", data))
        == "label_values"
    )
    assert fb.identify(_member(tmp_path / "b", "your_instagram_activity/x.json", data)) is None
    assert fb.identify(_member(tmp_path / "c", "connections/x.json", data)) is None


def test_identify_returns_none_for_every_other_platforms_real_file() -> None:
    if not REAL.exists():
        pytest.skip("real fixtures not available")
    fb = Facebook()
    checked = 0
    for platform in sorted(p for p in REAL.iterdir() if p.is_dir() and p.name != "facebook"):
        with open_export(platform) as export:
            for member in export.members:
                assert fb.identify(member) is None, member.name
                checked += 1
    assert checked > 0


def test_instagram_real_files_are_not_facebook() -> None:
    root = real_path("instagram")
    with open_export(root) as export:
        assert export.members
        assert [m.name for m in export.members if Facebook().identify(m)] == []


# --- broken input ------------------------------------------------------------------------


def test_truncated_posts_keep_earlier_posts(tmp_path: Path) -> None:
    folder = tmp_path / "export" / "your_facebook_activity" / "posts"
    folder.mkdir(parents=True)
    (folder / "your_posts_1.json").write_text(
        '[{"timestamp": 1600000000, "data": [{"post": "one"}]},\n'
        ' {"timestamp": 1600000100, "data": [{"post": "two"}]},\n'
        ' {"timestamp": 1600000200, "data": [{"post": "thr'
    )
    fb = only(tmp_path / "export")
    assert [p.text for p in of(fb, Post)] == ["one", "two"]
    (problem,) = fb.problems
    assert problem.startswith("your_facebook_activity/posts/your_posts_1.json: invalid JSON")


def test_wrong_encoding_is_a_problem_earlier_friends_kept(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "your_friends.json").write_bytes(
        b'{"friends_v2": [{"name": "Ole", "timestamp": 1600000000},\n'
        b' {"name": "Ren\xe9e", "timestamp": 1600000001}]}'
    )
    fb = only(folder)
    assert [c.name for c in of(fb, Connection)] == ["Ole"]
    assert len(fb.problems) == 1 and "your_friends.json" in fb.problems[0]


def test_empty_file_is_not_claimed_and_cannot_be_read(tmp_path: Path) -> None:
    member = _member(tmp_path, "your_posts_1.json", b"")
    fb = Facebook()
    assert fb.identify(member) is None
    with pytest.raises(ParseError):
        list(fb.read("posts", member, ParseContext("facebook", str(tmp_path))))


def test_nulls_where_lists_were_expected(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "profile_information.json").write_text(
        '{"profile_v2": {"name": null, "username": "x.y", "emails": null, "birthday": null,'
        ' "education_experiences": null, "work_experiences": [{"title": "no employer"}, null],'
        ' "websites": [null, {"url": "https://x.example"}], "family_members": [null],'
        ' "current_city": null, "phone_numbers": null, "pages": null}}'
    )
    (folder / "your_posts_1.json").write_text(
        '[{"timestamp": 1600000000, "attachments": null, "data": null},'
        ' {"timestamp": 0, "attachments": [{"data": [null, {"media": null},'
        ' {"place": {"coordinate": null, "name": "Somewhere"}}]}], "data": [{"post": null}]},'
        " null]"
    )
    (folder / "comments.json").write_text('{"comments_v2": [{"data": null}, null]}')
    fb = only(folder)
    assert fb.problems == []
    assert fields(fb, "website") == ["https://x.example"]
    assert of(fb, Position) == []  # no employer named: no position
    (post,) = of(fb, Post)
    assert post.place is not None and post.place.name == "Somewhere" and post.place.lat is None
    assert post.ref.item is None  # timestamp 0 is unknown


def test_coverage_names_missing_parts() -> None:
    notes = Facebook().coverage({"friends", "following"})
    assert any("who could see" in n for n in notes)
    assert any("no posts" in n for n in notes)
    assert not any("no friends list" in n for n in notes)
