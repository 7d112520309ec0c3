"""TikTok: the Dec-2024 real export, an older-layout fixture, variants and broken input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from footprint.model import (
    Account,
    Connection,
    Group,
    Media,
    Post,
    ProfileField,
    SecurityRecord,
)
from footprint.platforms.ingest import Loaded, load
from footprint.platforms.tiktok import TikTok
from footprint.testing import file_member as member_of
from footprint.testing import load_alone
from tests.conftest import FIXTURES, REAL, real_path

OLDER = FIXTURES / "exports" / "tiktok" / "older"
TT = ("tiktok", "LamineLSU__TikTokMiniGamesPrivacy")


def only_tiktok(path: Path) -> Loaded:
    return load_alone(path, "tiktok")


def fields(loaded: Loaded) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in loaded.of(ProfileField):
        assert isinstance(item, ProfileField)
        out.setdefault(item.field, []).append(item.value)
    return out


def posts(loaded: Loaded, kind: str) -> list[Post]:
    return [p for p in loaded.of(Post) if isinstance(p, Post) and p.kind == kind]


def write_json(folder: Path, data: Any, name: str = "user_data_tiktok.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(data, indent=2), encoding="utf-8")
    return folder


# --- the real Dec-2024 export ------------------------------------------------------------


@pytest.mark.real
def test_real_dec_2024_export() -> None:
    loaded = only_tiktok(real_path(*TT, "user_data_tiktok.json"))
    assert loaded.problems == []
    (account,) = loaded.of(Account)
    assert isinstance(account, Account)
    assert account.handle == "user"
    assert account.url == "https://www.tiktok.com/@user"
    assert account.protected is False  # "Private Account": "Disabled"
    assert account.ref.file == "user_data_tiktok.json"
    assert account.ref.item is None
    f = fields(loaded)
    assert f["handle"] == ["user"]
    assert f["email"] == ["appxxx@gmail.com"]
    assert f["birthday"] == ["17-Dec-20xx"]  # kept as written
    # "bioDescription": "", "telephoneNumber": "None", Autofill all "N/A": nothing made up.
    assert set(f) == {"handle", "email", "birthday"}
    (avatar,) = loaded.of(Media)
    assert isinstance(avatar, Media)
    assert avatar.ref.field == "avatar"
    assert avatar.uri.startswith(
        "https://p16-common-sign-va.tiktokcdn-us.com/musically-maliva-obj/"
    )


@pytest.mark.real
def test_real_export_likes_and_null_lists() -> None:
    loaded = only_tiktok(real_path(*TT))
    counts = loaded.counts()
    assert counts["likes"] == 1
    (like,) = posts(loaded, "like")
    link = "https://www.tiktokv.com/share/video/7200255970008861998/"
    assert like.target == link
    assert like.urls == (link,)
    assert like.ref.item == link
    assert like.ref.url == link
    assert like.ref.date == "2024-12-15T19:03:14Z"
    assert like.ref.field == "link"
    # "Who Can View Videos I Liked": "Myself"
    assert like.ref.visibility == "private"
    # Following, FansList, VideoList, CommentsList, HashtagList and LoginHistoryList are null.
    for key in ("following", "followers", "posts", "comments", "hashtags", "security"):
        assert counts[key] == 0
    # Watch history and searches are not read.
    assert not any("minigames" in p.text for p in loaded.of(Post) if isinstance(p, Post))
    assert len(loaded.items) == 1 + 3 + 1 + 1


# --- the older user_data.json layout -----------------------------------------------------


def test_older_layout_profile() -> None:
    loaded = only_tiktok(OLDER)
    assert loaded.problems == []
    (account,) = loaded.of(Account)
    assert isinstance(account, Account)
    assert account.handle == "elliebakes_"
    assert account.display_name == "Ellie M"
    assert loaded.state["handle"] == "elliebakes_"
    f = fields(loaded)
    assert f == {
        "handle": ["elliebakes_"],
        "display_name": ["Ellie M"],
        "bio": ["Cakes, dogs and the odd night shift 🚓"],
        "email": ["ellie.marsh@example.net"],
        "birthday": ["03-Aug-1994"],
        "phone": ["+447700900123"],
        "linked_account": ["Instagram: ellie.marsh.bakes"],
    }
    by_field = {p.field: p for p in loaded.of(ProfileField) if isinstance(p, ProfileField)}
    assert by_field["bio"].ref.visibility == "public"
    assert by_field["email"].ref.visibility == "private"
    assert all(p.ref.item is None for p in by_field.values())


def test_older_layout_videos_comments_and_lists() -> None:
    loaded = only_tiktok(OLDER)
    counts = loaded.counts()
    assert counts["posts"] == 2
    assert counts["comments"] == 2  # the "None" comment is skipped
    assert counts["likes"] == 2  # the "N/A" link is skipped
    assert counts["following"] == 2  # the "None" user is skipped
    assert counts["followers"] == 2
    assert counts["hashtags"] == 2
    assert counts["security"] == 1

    video = posts(loaded, "post")[0]
    assert video.text.startswith("Cake for the late turn at Ashby Road")
    assert video.hashtags == ("nightshift", "NorthshirePolice")
    assert video.ref.item == "https://v16m.tiktokcdn.com/example/video1.mp4"
    assert video.ref.date == "2021-04-18T20:31:02Z"
    assert video.ref.visibility == "public"  # "Private Account": "Disabled"
    assert video.media[0].media_type == "video"
    assert posts(loaded, "post")[1].text == ""  # no caption in this export generation

    comment = posts(loaded, "comment")[0]
    assert comment.ref.item == "2021-04-20 23:05:17"  # the date as written
    assert comment.ref.date == "2021-04-20T23:05:17Z"
    assert comment.mentions == ("northshirepolice",)
    assert posts(loaded, "comment")[1].hashtags == ("earlies",)

    following = [c for c in loaded.of(Connection) if isinstance(c, Connection)]
    assert [(c.relation, c.handle) for c in following] == [
        ("following", "northshirepolice"),
        ("following", "cakesbykaz"),  # "@" removed
        ("follower", "mike_on_the_beat"),
        ("follower", "gran.june"),
    ]
    assert following[0].ref.item == "northshirepolice"
    assert following[0].ref.field == "following"
    assert following[2].ref.field == "followers"

    like = posts(loaded, "like")[0]
    assert like.target == "https://www.tiktokv.com/share/video/6956000000000000001/"
    assert like.ref.visibility == "public"  # "Who Can View Videos I Liked": "Everyone"

    tags = [g for g in loaded.of(Group) if isinstance(g, Group)]
    assert [(g.kind, g.name, g.ref.field) for g in tags] == [
        ("hashtag", "nightshift", "hashtag"),
        ("hashtag", "NorthshirePolice", "hashtag"),
    ]
    (login,) = loaded.of(SecurityRecord)
    assert isinstance(login, SecurityRecord)
    assert (login.kind, login.value) == ("login", "203.0.113.24")
    assert login.detail == "iPhone12,1, iOS 14.4, Wi-Fi"


def test_direct_messages_and_searches_are_never_read() -> None:
    loaded = only_tiktok(OLDER)
    dumped = json.dumps([i.to_dict() for i in loaded.items], ensure_ascii=False)
    assert "see you at parade" not in dumped
    assert "custody suite cake" not in dumped
    assert "6956000000000000009" not in dumped  # watch history


def test_older_layout_as_zip_and_tar(zipped: Any, tarred: Any) -> None:
    folder = only_tiktok(OLDER).counts()
    assert only_tiktok(zipped(OLDER)).counts() == folder
    assert only_tiktok(tarred(OLDER)).counts() == folder


# --- the newer layout with filled lists (item shapes unverified) -------------------------


def newer_export() -> dict[str, Any]:
    return {
        "Ads and data": {"Off TikTok Activity": {"OffTikTokActivityDataList": None}},
        "App Settings": {"Settings": {"App": 1, "SettingsMap": {"Private Account": "Enabled"}}},
        "Comment": {
            "Comments": {
                "App": 1,
                "CommentsList": [
                    {
                        "date": "2024-11-02 07:10:00",
                        "comment": "Briefing in 5 mins #earlies",
                        "photo": "N/A",
                        "url": "",
                    },
                    "not an object",
                ],
            }
        },
        "Direct Message": {"Direct Messages": {"ChatHistory": {}}},
        "Post": {
            "Posts": {
                "VideoList": [
                    {
                        "Date": "2024-10-30 21:00:00",
                        "Link": "https://www.tiktokv.com/share/video/7431000000000000001/",
                        "Likes": "5",
                        "WhoCanView": "Followers",
                        "Location": "Ashby Road Police Station",
                        "Title": "Last night shift of the block @bluelight_ben https://example.org/fundraiser",
                    },
                    {"Date": "N/A", "Link": "None"},
                ]
            }
        },
        "Profile": {
            "Autofill": {
                "PhoneNumber": "+447700900456",
                "Email": "jo.r@example.com",
                "FirstName": "Jo",
                "LastName": "Reyes",
                "Address": "12 Canal Street",
                "ZipCode": "NS1 2AB",
                "Unit": "N/A",
                "City": "Northshire",
                "State": "N/A",
                "Country": "United Kingdom",
            },
            "Profile Info": {
                "App": 1,
                "ProfileMap": {
                    "PlatformInfo": [{"platform": "Instagram", "name": "jo.reyes"}, "X: joreyes"],
                    "bioDescription": "N/A",
                    "userName": "jo_r",
                },
            },
        },
        "Your Activity": {
            "Follower": {"App": 1, "FansList": {"unexpected": "object"}},
            "Following": {
                "App": 1,
                "Following": [{"Date": "2024-01-01 10:00:00", "UserName": "northshirepolice"}],
            },
            "Hashtag": {"HashtagList": None},
            "Like List": {"App": 1, "ItemFavoriteList": None},
            "Login History": {
                "LoginHistoryList": [
                    {"Date": "2024-11-01 06:00:00", "IP": "198.51.100.20", "DeviceModel": "Pixel 8"}
                ]
            },
        },
    }


def test_newer_layout_with_filled_lists(tmp_path: Path) -> None:
    loaded = only_tiktok(write_json(tmp_path / "new", newer_export()))
    assert loaded.problems == []
    (account,) = loaded.of(Account)
    assert isinstance(account, Account)
    assert account.protected is True  # "Private Account": "Enabled"
    f = fields(loaded)
    assert f["linked_account"] == ["Instagram: jo.reyes", "X: joreyes"]
    assert "bio" not in f  # "N/A"
    assert f["name"] == ["Jo Reyes"]
    assert f["email"] == ["jo.r@example.com"]
    assert f["phone"] == ["+447700900456"]
    assert f["address"] == ["12 Canal Street, Northshire, NS1 2AB"]
    assert f["location"] == ["Northshire, United Kingdom"]

    (video,) = posts(loaded, "post")
    assert video.ref.item == "https://www.tiktokv.com/share/video/7431000000000000001/"
    assert video.ref.visibility == "connections"  # WhoCanView: Followers
    assert video.mentions == ("bluelight_ben",)
    assert video.urls == ("https://example.org/fundraiser",)
    assert video.place is not None
    assert video.place.name == "Ashby Road Police Station"
    assert video.place.kind == "geotag"

    (comment,) = posts(loaded, "comment")
    assert comment.text == "Briefing in 5 mins #earlies"
    assert comment.ref.item == "2024-11-02 07:10:00"

    counts = loaded.counts()
    assert counts["following"] == 1
    assert counts["followers"] == 0  # an object where a list was expected
    assert counts["likes"] == 0
    assert counts["security"] == 1


def test_minified_json_is_recognised(tmp_path: Path) -> None:
    folder = tmp_path / "min"
    folder.mkdir()
    (folder / "data.json").write_text(json.dumps(newer_export()), encoding="utf-8")
    assert only_tiktok(folder).counts()["posts"] == 1


# --- broken input ------------------------------------------------------------------------


def test_truncated_json_is_a_problem(tmp_path: Path) -> None:
    text = (OLDER / "user_data.json").read_text(encoding="utf-8")
    folder = tmp_path / "cut"
    folder.mkdir()
    (folder / "user_data.json").write_text(text[: len(text) // 2], encoding="utf-8")
    loaded = only_tiktok(folder)
    assert loaded.items == []
    (problem,) = loaded.problems
    assert problem.startswith("user_data.json: invalid JSON")


def test_invalid_utf8_is_a_problem(tmp_path: Path) -> None:
    data = (OLDER / "user_data.json").read_bytes().replace(b"Ellie M", b"Ellie \xff")
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "user_data.json").write_bytes(data)
    loaded = only_tiktok(folder)
    assert loaded.items == []
    assert loaded.problems and loaded.problems[0].startswith("user_data.json: ")


def test_too_large_is_a_clear_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("footprint.platforms.tiktok.WHOLE_READ_LIMIT", 1024)
    loaded = only_tiktok(OLDER)
    (problem,) = loaded.problems
    assert "not streamed" in problem and "user_data.json" in problem


def test_empty_and_non_object_files_are_not_tiktok(tmp_path: Path) -> None:
    (tmp_path / "user_data.json").write_bytes(b"")
    (tmp_path / "user_data_tiktok.json").write_text('[{"VideoList": []}]', encoding="utf-8")
    assert load(tmp_path) == []


# --- identify ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (
            b'{\n  "Activity": {\n    "Favorite Effects": {"FavoriteEffectsList": null}}}',
            "x.json",
            "user_data",
        ),
        (b'\xef\xbb\xbf{"Profile": {"Profile Info": {"ProfileMap": {}}}}', "a.json", "user_data"),
        # A section never seen before: the file name breaks the tie.
        (
            b'{"AI-Self": {}, "Your Activity": {"Like List": {"ItemFavoriteList": null}}}',
            "user_data_tiktok.json",
            "user_data",
        ),
        (
            b'{"AI-Self": {}, "Your Activity": {"Like List": {"ItemFavoriteList": null}}}',
            "other.json",
            None,
        ),
        (b'{"Profile": {"name": "x"}}', "profile.json", None),  # no TikTok list key
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo.jpg", None),
        (b'window.YTD.tweets.part0 = [{"VideoList": 1}]', "tweets.js", None),
    ],
)
def test_identify(tmp_path: Path, content: bytes, name: str, expected: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert TikTok().identify(member_of(path)) == expected


def other_platform_files() -> list[Path]:
    if not REAL.exists():
        return []
    return sorted(
        p for p in REAL.rglob("*") if p.is_file() and p.relative_to(REAL).parts[0] != "tiktok"
    )


@pytest.mark.real
@pytest.mark.parametrize("path", other_platform_files(), ids=lambda p: str(p.relative_to(REAL)))
def test_identify_ignores_other_platforms(path: Path) -> None:
    assert TikTok().identify(member_of(path)) is None


def test_coverage() -> None:
    assert TikTok().coverage(set()) == []
    lines = TikTok().coverage({"user_data"})
    assert any("direct messages are not read" in line for line in lines)
