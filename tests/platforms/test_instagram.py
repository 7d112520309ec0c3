"""Instagram parser: real exports (../shared), synthetic exports of every generation,
broken input, and recognition (never claiming Facebook's or other platforms' files)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from footprint.exports.archive import open_export
from footprint.model import Account, Connection, Media, Place, Post, ProfileField, SecurityRecord
from footprint.platforms.base import ParseContext
from footprint.platforms.ingest import Loaded, load
from footprint.platforms.instagram import Instagram
from footprint.testing import member as member_of
from tests.conftest import FIXTURES, REAL, real_path

OWN = FIXTURES / "exports" / "instagram"
WAULTAR = ("instagram", "NorseKode__Waultar-App", "test", "parser", "data")
YUMMY = ("instagram", "yummyhopper__personal_instagram_analysis")
WICFUL = ("instagram", "WicfuL-io__cek-followers", "followers_and_following")


def load_one(path: Path) -> Loaded:
    loaded = [x for x in load(path) if x.platform == "instagram"]
    assert len(loaded) == 1, f"expected one Instagram part in {path}"
    return loaded[0]


def posts(loaded: Loaded, kind: str = "post") -> list[Post]:
    return [i for i in loaded.items if isinstance(i, Post) and i.kind == kind]


def by_item(items: list[Post], item: str) -> Post:
    found = [p for p in items if p.ref.item == item]
    assert len(found) == 1, f"no single item {item}"
    return found[0]


def fields(loaded: Loaded) -> dict[str, ProfileField]:
    return {i.field: i for i in loaded.items if isinstance(i, ProfileField)}


def write(folder: Path, rel: str, data: Any) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


# --- recognition ---------------------------------------------------------------------------


@pytest.mark.real
@pytest.mark.parametrize(
    ("parts", "kind"),
    [
        ((*WAULTAR, "instagram_media.json"), "posts"),
        ((*WAULTAR, "instagram_post.json"), "posts"),
        ((*WAULTAR, "personal_information.json"), "profile"),
        ((*WAULTAR, "post_comments.json"), "comments"),
        ((*WAULTAR, "profile_photos.json"), "profile_photos"),
        ((*WAULTAR, "signup_information.json"), "signup"),
        ((*YUMMY, "your_instagram_activity", "content", "posts_1.json"), "posts"),
        ((*YUMMY, "your_instagram_activity", "likes", "liked_posts.json"), "likes"),
        (
            (
                *YUMMY,
                "personal_information",
                "personal_information",
                "professional_information.json",
            ),
            "professional",
        ),
        (
            (*YUMMY, "personal_information", "information_about_you", "account_based_in.json"),
            "based_in",
        ),
        ((*WICFUL, "following.json"), "following"),
        ((*WICFUL, "followers_1.json"), "followers"),
    ],
)
def test_identify_real_files(parts: tuple[str, ...], kind: str) -> None:
    path = real_path(*parts)
    assert Instagram().identify(member_of(path.name, path.read_bytes())) == kind


@pytest.mark.real
def test_identify_rejects_every_facebook_file() -> None:
    folder = real_path("facebook")
    with open_export(folder) as export:
        assert export.members
        for member in export.members:
            assert Instagram().identify(member) is None, member.name


@pytest.mark.real
def test_identify_rejects_other_platforms_files() -> None:
    if not REAL.exists():
        pytest.skip("real fixtures not available")
    checked = 0
    for folder in sorted(p for p in REAL.iterdir() if p.is_dir() and p.name != "instagram"):
        with open_export(folder) as export:
            for member in export.members:
                assert Instagram().identify(member) is None, f"{folder.name}: {member.name}"
                checked += 1
    assert checked > 50


def test_identify_rejects_other_platforms_own_fixtures() -> None:
    exports = FIXTURES / "exports"
    for folder in sorted(p for p in exports.iterdir() if p.is_dir() and p.name != "instagram"):
        with open_export(folder) as export:
            for member in export.members:
                assert Instagram().identify(member) is None, f"{folder.name}: {member.name}"


@pytest.mark.parametrize(
    "data",
    [
        # Facebook: posts nest media under attachments; follows are name lists.
        [{"timestamp": 1, "attachments": [{"data": [{"media": {"uri": "a.jpg"}}]}]}],
        {"following_v3": [{"name": "Someone", "timestamp": 1}]},
        {"following": [{"name": "Some Page", "timestamp": 1}]},  # Facebook 2018
        {"profile": {"name": {"full_name": "A B"}}},
        {"friends_v2": [{"name": "C D", "timestamp": 1}]},
        [{"timestamp": 1, "label_values": [{"label": "x", "value": "y"}]}],
        {"name": "Album", "photos": [{"uri": "p.jpg", "creation_timestamp": 1}]},
        {"participants": [{"name": "A"}], "messages": []},
        [],
        {},
        [1, 2, 3],
    ],
)
def test_identify_rejects_lookalike_json(data: Any) -> None:
    assert Instagram().identify(member_of("x.json", json.dumps(data).encode())) is None


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"\xff\xd8\xff\xe0\x00\x10JFIF", b"window.YTD.tweets.part0 = []", b"a,b,c\n"],
)
def test_identify_rejects_non_json(data: bytes) -> None:
    assert Instagram().identify(member_of("x", data)) is None


def test_kinds_read_profile_before_posts_and_lists() -> None:
    kinds = Instagram.kinds
    assert kinds.index("profile") < kinds.index("posts")
    assert kinds.index("profile") < kinds.index("following")
    assert kinds.index("profile") < kinds.index("signup")


# --- real exports ----------------------------------------------------------------------------


@pytest.mark.real
def test_real_post_gps_emoji_and_hashtags() -> None:
    loaded = load_one(real_path(*WAULTAR, "instagram_post.json"))
    assert loaded.problems == []
    items = posts(loaded)
    assert len(items) == 5
    video = by_item(items, "1575388926")
    assert video.text.startswith("You know if I don't drop the staff")
    assert "😂" in video.text  # repaired from \u00f0\u009f\u0098\u0082
    assert video.hashtags == ("martialarts", "tricking", "hapkido")
    assert video.ref.date == "2019-12-03T16:02:06Z"
    assert video.place is not None and video.place.kind == "geotag"
    assert (video.place.lat, video.place.lon) == (55.71835, 11.72495)
    assert video.media[0].media_type == "video"
    assert (video.media[0].lat, video.media[0].lon) == (55.71835, 11.72495)
    photo = by_item(items, "1554996051")
    assert photo.text == "Anyone else feel spring around the corner? 🙌"
    assert photo.place is not None and (photo.place.lat, photo.place.lon) == (36.0, 128.0)
    # A carousel: the caption and time sit at post level; both photos are kept.
    carousel = by_item(items, "1530370226")
    assert "(f… my foot)" in carousel.text
    assert "backflip" in carousel.hashtags and len(carousel.hashtags) == 20
    assert len(carousel.media) == 2 and carousel.place is None
    # Camera EXIF without GPS: no place, the capture time from the EXIF.
    exif = by_item(items, "1578045437")
    assert exif.text == "" and exif.place is None
    assert exif.media[0].taken_at == "2019-06-27T14:55:13Z"
    assert all(p.ref.visibility == "unknown" for p in items)  # no personal information here


@pytest.mark.real
def test_real_media_file_with_igtv_and_profile_picture() -> None:
    loaded = load_one(real_path(*WAULTAR, "instagram_media.json"))
    assert loaded.problems == []
    items = posts(loaded)
    assert len(items) == 5
    igtv = by_item(items, "1529835602")
    assert "https://youtu.be/qAgDhDWgtZw" in igtv.text
    assert "changbong" in igtv.hashtags
    avatars = loaded.of(Media)
    assert len(avatars) == 1
    assert avatars[0].ref.field == "avatar"
    assert avatars[0].uri.endswith("_17935673491101223.jpg")


@pytest.mark.real
def test_real_personal_information_redacted_values_as_they_are() -> None:
    loaded = load_one(real_path(*WAULTAR, "personal_information.json"))
    assert loaded.problems == []
    (account,) = loaded.of(Account)
    assert isinstance(account, Account)
    assert account.handle == "REDACTED USERNAME"
    assert account.display_name == "REDACTED NAME"
    assert account.protected is False
    values = {k: f.value for k, f in fields(loaded).items()}
    assert values == {
        "email": "REDACTED@MAIL.COM",
        "phone": "12345678",
        "handle": "REDACTED USERNAME",
        "display_name": "REDACTED NAME",
        "bio": "REDACTED BIO",
        "gender": "male",
        "birthday": "2021-02-12",
        "website": "https://www.youtube.com/channel/gfdGDSGgsfgQuRcj0BNFB5EfASIDJOF",
        "location": "REDACTED CITY",
    }
    f = fields(loaded)
    assert f["bio"].ref.visibility == "public" and f["bio"].ref.item is None
    assert f["email"].ref.visibility == "private"
    assert loaded.state["private"] is False
    (avatar,) = loaded.of(Media)
    assert isinstance(avatar, Media) and avatar.ref.item == "1527665175"


@pytest.mark.real
def test_real_post_comments() -> None:
    loaded = load_one(real_path(*WAULTAR, "post_comments.json"))
    comments = posts(loaded, "comment")
    assert [c.ref.item for c in comments] == ["1550618520", "1550712540"]
    assert comments[0].text == "The comment"
    assert comments[0].target == "username"
    assert comments[0].ref.date == "2019-02-19T23:22:00Z"
    assert comments[0].ref.field == "text"


@pytest.mark.real
def test_real_profile_photos() -> None:
    loaded = load_one(real_path(*WAULTAR, "profile_photos.json"))
    photos = loaded.of(Media)
    assert len(photos) == 2
    first = photos[0]
    assert isinstance(first, Media)
    assert (
        first.uri
        == "media/other/33479950_2070043303318549_5971154643487555584_n_17935673491101223.jpg"
    )
    assert first.ref.field == "avatar" and first.ref.visibility == "public"
    assert first.ref.date == "2018-05-30T07:26:15Z"


@pytest.mark.real
def test_real_signup_information() -> None:
    loaded = load_one(real_path(*WAULTAR, "signup_information.json"))
    (record,) = loaded.of(SecurityRecord)
    assert isinstance(record, SecurityRecord)
    assert record.kind == "registration"
    assert record.value == "REDACTED@MAIL.COM"
    assert record.detail is not None
    assert "LVOL" in record.detail and "11.111.111.111" in record.detail
    assert "gt410vefdfi" in record.detail
    assert record.ref.date == "2017-07-10T06:00:37Z"


@pytest.mark.real
def test_real_waultar_folder_signup_username_is_a_previous_handle() -> None:
    loaded = load_one(real_path(*WAULTAR))
    assert loaded.problems == []
    assert fields(loaded)["previous_handle"].value == "LVOL"
    # The same picture in profile_photos.json and instagram_media.json counts once.
    assert loaded.counts()["media"] == 2


@pytest.mark.real
def test_real_2024_posts() -> None:
    loaded = load_one(real_path(*YUMMY, "your_instagram_activity", "content", "posts_1.json"))
    items = posts(loaded)
    assert len(items) == 4
    taxi = by_item(items, "1710165471")
    assert taxi.text == "Un Taxi 🇨🇴"
    assert len(taxi.media) == 6
    first = by_item(items, "1715566876")
    assert first.text == "Great sem"
    assert first.place is None  # 2024 EXIF: camera data, no GPS
    assert first.media[0].taken_at == "2024-05-02T22:47:28Z"
    assert first.media[0].media_type == "photo"
    assert by_item(items, "1704232088").text == "Happy llama, sad llama, totally rad llama 🇵🇪"


@pytest.mark.real
def test_real_liked_posts() -> None:
    loaded = load_one(real_path(*YUMMY, "your_instagram_activity", "likes", "liked_posts.json"))
    likes = posts(loaded, "like")
    assert len(likes) == 75
    first = likes[0]
    assert first.target == "uptown.united"
    assert first.urls == ("https://www.instagram.com/p/C9ASp1Lx0Ni/",)
    assert first.ref.url == "https://www.instagram.com/p/C9ASp1Lx0Ni/"
    assert first.ref.item == "1720107508"
    assert first.text == "👍"  # repaired from \u00f0\u009f\u0091\u008d
    assert {like.text for like in likes} == {"👍"}
    assert first.ref.visibility == "unknown"
    untitled = by_item(likes, "1717252396")
    assert untitled.target is None
    assert untitled.urls == ("https://www.instagram.com/p/C62KQ7VNHAT/",)


@pytest.mark.real
def test_real_account_based_in_and_empty_professional_information() -> None:
    loaded = load_one(real_path(*YUMMY, "personal_information"))
    assert loaded.problems == []
    (place,) = loaded.of(Place)
    assert isinstance(place, Place)
    assert (place.kind, place.name) == ("inferred_home", "Philadelphia, Pennsylvania")
    assert fields(loaded)["inferred_city"].value == "Philadelphia, Pennsylvania"
    assert "business_category" not in fields(loaded)  # a personal account: empty map


@pytest.mark.real
def test_real_following_and_followers() -> None:
    loaded = load_one(real_path(*WICFUL))
    assert loaded.problems == []
    counts = loaded.counts()
    assert counts["following"] == 230
    assert counts["followers"] == 229
    conns = [c for c in loaded.of(Connection) if isinstance(c, Connection)]
    first = next(c for c in conns if c.relation == "following")
    assert first.handle == "ttawdynt"
    assert first.ref.item == "ttawdynt" and first.ref.field == "following"
    assert first.url == "https://www.instagram.com/ttawdynt"
    assert first.ref.date == "2025-08-04T05:53:42Z"
    follower = next(c for c in conns if c.relation == "follower")
    assert follower.ref.field == "followers"


@pytest.mark.real
def test_real_export_as_zip(zipped: Any) -> None:
    folder = real_path(*YUMMY)
    plain = load_one(folder)
    packed = load_one(zipped(folder))
    assert packed.counts() == plain.counts()
    assert packed.problems == []
    assert [i.to_dict() for i in packed.items] == [i.to_dict() for i in plain.items]


# --- synthetic exports -------------------------------------------------------------------------


def test_private_account_2024_layout() -> None:
    loaded = load_one(OWN / "private_2024")
    assert loaded.problems == []
    (account,) = loaded.of(Account)
    assert isinstance(account, Account)
    assert account.handle == "nora.vale"
    assert account.display_name == "Nora Vålé"
    assert account.protected is True
    assert account.url == "https://www.instagram.com/nora.vale"
    assert account.ref.file == "personal_information/personal_information/personal_information.json"
    f = fields(loaded)
    assert f["bio"].value == "Dispatcher 🚓 | dog mum"
    assert f["email"].value == "nora.vale@example.org"  # "Email address" label
    assert f["phone"].value == "+44 7700 900123"  # "Phone number" label
    assert f["country_code"].value == "GB"
    # Private account: own posts and follow lists are seen by followers only.
    own = posts(loaded)
    night = by_item(own, "1704900000")
    assert night.ref.visibility == "connections"
    assert night.hashtags == ("bluelight",)  # "#999" is not a hashtag
    assert night.mentions == ("north.shire_ops",)
    assert night.place is not None and (night.place.lat, night.place.lon) == (52.2053, 0.1218)
    assert night.place.ref.field == "place" and night.place.ref.item == "1704900000"
    assert night.media[0].taken_at == "2024-01-10T07:55:01Z"
    walk = by_item(own, "1707000005")
    assert walk.text == "Sunday walk"
    assert [m.media_type for m in walk.media] == ["photo", "video"]
    story = by_item(own, "1709000000")
    assert story.text == "Briefing room coffee #earlies" and story.ref.visibility == "connections"
    archived = by_item(own, "1579000000")
    assert archived.ref.visibility == "private"
    follows = [c for c in loaded.of(Connection) if isinstance(c, Connection)]
    assert {c.ref.visibility for c in follows} == {"connections"}
    assert loaded.of(Media)[0].ref.field == "avatar"  # the Profile Photo in personal info


def test_title_only_following_entry() -> None:
    loaded = load_one(OWN / "private_2024")
    following = {
        c.handle: c
        for c in loaded.of(Connection)
        if isinstance(c, Connection) and c.relation == "following"
    }
    assert set(following) == {"ravi.k", "north.shire_ops"}
    ops = following["north.shire_ops"]
    assert ops.ref.item == "north.shire_ops"
    assert ops.url == "https://www.instagram.com/_u/north.shire_ops"
    assert ops.ref.date == "2023-12-31T05:20:00Z"


def test_href_only_following_entry(tmp_path: Path) -> None:
    write(
        tmp_path,
        "following.json",
        {
            "relationships_following": [
                {"title": "", "string_list_data": [{"href": "https://www.instagram.com/_u/x.y"}]}
            ]
        },
    )
    (conn,) = load_one(tmp_path).of(Connection)
    assert isinstance(conn, Connection) and conn.handle == "x.y"


def test_2024_comments_logins_and_security() -> None:
    loaded = load_one(OWN / "private_2024")
    comments = posts(loaded, "comment")
    proud = by_item(comments, "1705000000")
    assert proud.text == "Proud of the team 💙" and proud.target == "north.shire_ops"
    reel = by_item(comments, "1706000000")
    assert reel.target == "copper.memes" and reel.hashtags == ("shiftlife",)
    security = {r.kind: r for r in loaded.of(SecurityRecord) if isinstance(r, SecurityRecord)}
    assert security["login"].value == "198.51.100.7"
    assert security["login"].detail == "Instagram 300.0 Android"
    assert security["login"].ref.date == "2024-07-03T08:00:00Z"
    assert security["session"].detail is not None and "logout" in security["session"].detail
    assert security["registration"].ref.date == "2017-07-14T02:40:00Z"  # Date Joined


def test_photos_and_placeholders_are_not_claimed() -> None:
    with open_export(OWN / "private_2024") as export:
        kinds = {m.name: Instagram().identify(m) for m in export.members}
    assert kinds["media/posts/202401/nv_1.jpg"] is None
    assert kinds["ads_information/no-data.txt"] is None
    assert kinds["connections/followers_and_following/followers_1.json"] == "followers"


def test_public_account_2020_22_topic_folders() -> None:
    loaded = load_one(OWN / "public_2021")
    assert loaded.problems == []
    f = fields(loaded)
    assert f["location"].value == "København"  # mojibake repaired
    assert f["bio"].value == "Kystvakt ⚓ København"
    assert f["business_category"].value == "Public & Government Service"
    assert f["business_category"].ref.visibility == "public"
    assert f["business_email"].value == "press@example.net"
    assert f["inferred_city"].value == "Aarhus, Denmark"
    (post,) = posts(loaded)
    assert post.ref.visibility == "public"
    assert post.text == "Harbour patrol 🚢 #kystvagten" and post.hashtags == ("kystvagten",)
    followers = [
        c for c in loaded.of(Connection) if isinstance(c, Connection) and c.relation == "follower"
    ]
    assert [c.handle for c in followers] == ["anna.h", "kystvagten"]
    assert {c.ref.visibility for c in followers} == {"public"}
    (like,) = posts(loaded, "like")
    assert like.text == "❤️" and like.target == "kystvagten"
    (comment,) = posts(loaded, "comment")
    assert comment.text == "Godt arbejde kollegaer! 👏" and comment.ref.item == "1625000000"
    (avatar,) = loaded.of(Media)
    assert isinstance(avatar, Media) and avatar.uri == "media/other/tb_avatar.jpg"


def test_legacy_2018_big_files() -> None:
    loaded = load_one(OWN / "legacy_2018")
    assert loaded.problems == []
    (account,) = loaded.of(Account)
    assert isinstance(account, Account)
    assert account.handle == "sam.okafor" and account.protected is True
    assert account.created_at == "2014-03-02T10:11:12Z"
    f = fields(loaded)
    assert f["bio"].value == "Paramedic. Views my own"
    assert "phone" not in f  # empty values are skipped
    assert f["previous_handle"].value == "sam_ok"
    station = next(p for p in posts(loaded) if p.text)
    assert station.text == "New station, who dis #paramedic"
    assert station.hashtags == ("paramedic",)
    assert station.ref.visibility == "connections"
    assert station.ref.item == "1530717377"
    assert station.place is not None and station.place.name == "Eastfield Ambulance Station"
    assert len(posts(loaded)) == 2  # direct messages' photos are not posts
    conns = {(c.relation, c.handle) for c in loaded.of(Connection) if isinstance(c, Connection)}
    assert conns == {("following", "ambulance_ops"), ("follower", "lee.w"), ("follower", "mia.r")}
    (comment,) = posts(loaded, "comment")
    assert comment.text == "Great shift with @ambulance_ops" and comment.target == "ambulance_ops"
    (like,) = posts(loaded, "like")
    assert like.target == "ambulance_ops" and like.ref.date == "2018-07-06T09:00:00Z"
    logins = [r for r in loaded.of(SecurityRecord) if isinstance(r, SecurityRecord)]
    assert {r.kind for r in logins} == {"login", "registration"}


@pytest.mark.parametrize("variant", ["private_2024", "public_2021", "legacy_2018"])
def test_own_exports_as_zip_and_tar(variant: str, zipped: Any, tarred: Any) -> None:
    plain = load_one(OWN / variant)
    for packed in (load_one(zipped(OWN / variant)), load_one(tarred(OWN / variant))):
        assert packed.problems == []
        assert [i.to_dict() for i in packed.items] == [i.to_dict() for i in plain.items]


# --- broken input ------------------------------------------------------------------------------


def test_truncated_posts_file_keeps_earlier_posts() -> None:
    loaded = load_one(OWN / "truncated")
    assert [p.text for p in posts(loaded)] == ["First post #one", "Second post"]
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("your_instagram_activity/content/posts_1.json: ")
    assert "invalid JSON" in loaded.problems[0]


def test_invalid_personal_information_is_a_problem_and_others_still_read(tmp_path: Path) -> None:
    write(
        tmp_path,
        "personal_information/personal_information.json",
        '{"profile_user": [{"title": ,}]}',
    )
    write(
        tmp_path,
        "followers_and_following/following.json",
        {
            "relationships_following": [
                {"title": "", "string_list_data": [{"value": "a.b", "timestamp": 1600000000}]}
            ]
        },
    )
    loaded = load_one(tmp_path)
    assert loaded.counts()["following"] == 1
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith(
        "personal_information/personal_information.json: invalid JSON"
    )


def test_wrong_encoding_is_a_problem(tmp_path: Path) -> None:
    good = b'{"title": "", "string_list_data": [{"value": "first.one", "timestamp": 1600000000}]}'
    bad = b'{"title": "", "string_list_data": [{"value": "caf\xe9", "timestamp": 1600000001}]}'
    write(tmp_path, "following.json", b'{"relationships_following": [' + good + b", " + bad + b"]}")
    loaded = load_one(tmp_path)
    assert len(loaded.problems) == 1 and loaded.problems[0].startswith("following.json: ")
    handles = [c.handle for c in loaded.of(Connection) if isinstance(c, Connection)]
    assert handles[:1] == ["first.one"]


def test_empty_file_is_not_claimed_and_does_not_stop_the_scan(tmp_path: Path) -> None:
    write(tmp_path, "content/posts_1.json", b"")
    write(
        tmp_path,
        "content/posts_2.json",
        [{"media": [{"uri": "a.jpg", "creation_timestamp": 1600000000, "title": "hi"}]}],
    )
    loaded = load_one(tmp_path)
    assert loaded.problems == []
    assert [p.text for p in posts(loaded)] == ["hi"]


@pytest.mark.parametrize(
    ("rel", "data"),
    [
        (
            "following.json",
            {"relationships_following": [{"title": "", "string_list_data": None}, None]},
        ),
        ("liked_posts.json", {"likes_media_likes": [{"title": "x", "string_list_data": None}, 7]}),
        (
            "post_comments.json",
            {"comments_media_comments": [{"title": "x", "string_list_data": None}]},
        ),
        ("posts_1.json", [{"media": None, "title": None}, {"media": [None, {"uri": None}]}]),
        ("personal_information.json", {"profile_user": [{"string_map_data": None}]}),
        ("account_based_in.json", {"inferred_data_primary_location": None}),
        ("profile_photos.json", {"ig_profile_picture": [None, {"uri": ""}]}),
        ("signup_information.json", {"account_history_registration_info": []}),
        ("login_activity.json", {"account_history_login_history": [{"string_map_data": None}]}),
    ],
)
def test_nulls_and_missing_keys_do_not_crash(tmp_path: Path, rel: str, data: Any) -> None:
    write(tmp_path, rel, data)
    loaded = load_one(tmp_path)
    assert loaded.problems == []
    assert loaded.items == []


def test_zero_timestamps_are_missing(tmp_path: Path) -> None:
    write(
        tmp_path,
        "liked_posts.json",
        {
            "likes_media_likes": [
                {
                    "title": "a",
                    "string_list_data": [
                        {"href": "https://www.instagram.com/p/x/", "value": "", "timestamp": 0}
                    ],
                }
            ]
        },
    )
    (like,) = posts(load_one(tmp_path), "like")
    assert like.ref.item is None and like.ref.date is None


def test_read_refuses_non_json_member() -> None:
    from footprint.errors import ParseError

    ctx = ParseContext("instagram", "x")
    with pytest.raises(ParseError):
        list(Instagram().read("posts", member_of("posts_1.json", b"not json"), ctx))


# --- coverage ----------------------------------------------------------------------------------


def test_coverage_names_what_is_missing() -> None:
    notes = Instagram().coverage({"posts", "likes"})
    text = " ".join(notes)
    assert "no personal information" in text
    assert "no followers or following" in text
    assert "never their text" in text
    full = " ".join(Instagram().coverage({"profile", "posts", "following", "followers"}))
    assert "no personal information" not in full and "no followers" not in full
