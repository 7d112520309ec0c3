"""YouTube (Google Takeout): the three real Takeouts (2021, 2024, 2025), a small one of our
own, and broken input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from footprint.cli import main
from footprint.exports.archive import Member
from footprint.model import Account, Group, Place, Post, ProfileField
from footprint.pipeline import ScanOptions, scan
from footprint.platforms.ingest import Loaded, load
from footprint.platforms.youtube import YouTube, fragments_text
from tests.conftest import real_path

YT = "Takeout/YouTube and YouTube Music"


def only_youtube(path: Path) -> Loaded:
    loaded = load(path)
    assert [x.platform for x in loaded] == ["youtube"]
    return loaded[0]


def posts(loaded: Loaded, kind: str) -> list[Post]:
    return [p for p in loaded.of(Post) if isinstance(p, Post) and p.kind == kind]


def write(root: Path, name: str, text: str) -> None:
    path = root / YT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def takeout(tmp_path: Path) -> Path:
    root = tmp_path / "takeout"
    write(
        root,
        "channels/channel.csv",
        "Channel ID,Channel title (Original),Channel visibility\n"
        "UCaaaaaaaaaaaaaaaaaaaaaa,Cerys Pugh,Public\n",
    )
    write(
        root,
        "channels/channel URL configs.csv",
        "Channel ID,channel vanity URL 1 name,channel vanity URL 2 name\n"
        "UCaaaaaaaaaaaaaaaaaaaaaa,,cerysruns\n",
    )
    write(
        root,
        "channels/channel feature data.csv",
        "Channel ID,Channel auto-moderation in live chat,Video default location latitude,"
        "Video default location longitude\nUCaaaaaaaaaaaaaaaaaaaaaa,false,51.4652,-3.1692\n",
    )
    write(
        root,
        "comments/comments.csv",
        "Comment ID,Channel ID,Comment create timestamp,Price,Post ID,Video ID,Comment text\n"
        'Ugx1,UCa,2024-05-01T07:30:00.123456+00:00,0,,vid1,"{""text"":""Proud to serve '
        'with South Wales Police ""},{""text"":""2:04"",""videoLink"":{""externalVideoId"":'
        '""vid1"",""startTimeSeconds"":124}},{""text"":"" #Cardiff @SWPolice""}"\n'
        "Ugx2,UCa,2024-05-02T07:30:00+00:00,0,,vid2,plain text <b>not json</b>\n"
        ",UCa,2024-05-03T07:30:00+00:00,0,,vid3,no id\n",
    )
    write(
        root,
        "subscriptions/subscriptions.csv",
        "Channel ID,Channel URL,Channel title\n"
        "UCswp,http://www.youtube.com/channel/UCswp,South Wales Police\n",
    )
    write(
        root,
        "playlists/playlists.csv",
        "Playlist ID,Add new videos to top,Playlist Title (Original),"
        "Playlist Title (Original) Language,Playlist Create Timestamp,"
        "Playlist Update Timestamp,Playlist Video Order,Playlist Visibility\n"
        "PL1,False,Probationer revision,en,2022-03-25T13:48:31.606945622+00:00,,Manual,"
        "Unlisted\n",
    )
    write(
        root,
        "video metadata/video recordings.csv",
        "Video ID,Video Recording Altitude,Video Recording Latitude,Video Recording Longitude\n"
        "v1,0,51.4652,-3.1692\nv2,0,0,0\n",
    )
    write(root, "history/watch-history.html", "<html><body>Watched ...</body></html>")
    write(root, "history/search-history.json", '[{"header": "YouTube", "title": "Searched"}]')
    return root


def test_own_takeout(takeout: Path) -> None:
    loaded = only_youtube(takeout)
    assert dict(loaded.counts()) == {
        "accounts": 1,
        "profile_fields": 2,
        "places": 2,
        "comments": 2,
        "pages": 1,
        "playlists": 1,
    }
    (account,) = loaded.of(Account)
    assert isinstance(account, Account)
    assert (account.handle, account.display_name, account.account_id) == (
        "cerysruns",
        "Cerys Pugh",
        "UCaaaaaaaaaaaaaaaaaaaaaa",
    )
    comments = {p.ref.item: p for p in posts(loaded, "comment")}
    first = comments["Ugx1"]
    assert first.text == "Proud to serve with South Wales Police 2:04 #Cardiff @SWPolice"
    assert (first.hashtags, first.mentions) == (("Cardiff",), ("SWPolice",))
    assert first.ref.date == "2024-05-01T07:30:00Z"
    assert first.ref.visibility == "public"
    assert first.target == "https://www.youtube.com/watch?v=vid1"
    assert comments["Ugx2"].text == "plain text <b>not json</b>"  # kept as written
    (playlist,) = posts(loaded, "playlist")
    assert (playlist.text, playlist.ref.date, playlist.ref.visibility) == (
        "Probationer revision",
        "2022-03-25T13:48:31Z",
        "unknown",
    )
    kinds = sorted((p.kind, p.ref.item) for p in loaded.of(Place) if isinstance(p, Place))
    assert kinds == [("default_location", None), ("geotag", "v1")]
    (sub,) = loaded.of(Group)
    assert isinstance(sub, Group) and (sub.kind, sub.name) == ("page", "South Wales Police")
    assert loaded.problems == []


def test_comments_html_parsed_as_a_stream(tmp_path: Path) -> None:
    entries = "".join(
        f'<li>You added a <a href="http://www.youtube.com/watch?v=v{i}&amp;lc=Ug{i}">comment</a>'
        f' on <a href="http://www.youtube.com/watch?v=v{i}">a video</a> at 2015-12-19 '
        f"11:46:{i % 60:02d} UTC.<br/>Comment &lt;{i}&gt; from the Bay</li>"
        for i in range(3000)
    )
    root = tmp_path / "t"
    write(
        root,
        "my-comments/my-comments.html",
        '<html><head><meta charset="UTF-8"><title>Your YouTube Comments</title></head><body>'
        f"<ul>{entries}<li>You added a comment on a video, no link</li></ul></body></html>",
    )
    loaded = only_youtube(root)
    got = posts(loaded, "comment")
    assert len(got) == 3000
    assert (got[42].ref.item, got[42].text, got[42].ref.date) == (
        "Ug42",
        "Comment <42> from the Bay",
        "2015-12-19T11:46:42Z",
    )
    assert loaded.problems == [
        f"{YT}/my-comments/my-comments.html: entry 3001: no comment id, not read"
    ]


def test_broken_csv_is_a_problem(tmp_path: Path) -> None:
    root = tmp_path / "t"
    rows = "".join(
        f'Ugx{i},UCa,2024-05-01T07:30:00+00:00,0,,vid1,"{{""text"":""ok {i}""}}"\n'
        for i in range(500)
    )
    write(
        root,
        "comments/comments.csv",
        "Comment ID,Channel ID,Comment create timestamp,Price,Post ID,Video ID,Comment text\n"
        + rows,
    )
    with (root / YT / "comments/comments.csv").open("ab") as fh:
        fh.write(b"Ugx2,UCa,2024,0,,v,\xff\xfe bad\n")
    loaded = only_youtube(root)
    # What came before the bad bytes is kept (the reader decodes 8 KiB at a time).
    assert 0 < len(posts(loaded, "comment")) < 500
    (problem,) = loaded.problems
    assert problem.startswith(f"{YT}/comments/comments.csv: not valid utf-8 text near line")


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ('{"text":"a"},{"text":"b"}', "ab"),
        ('{"text":"14:04","videoLink":{"externalVideoId":"x","startTimeSeconds":844}}', "14:04"),
        ('{"text":"broken"', '{"text":"broken"'),
        ("just words", "just words"),
        ("", ""),
    ],
)
def test_fragments(raw: str, text: str) -> None:
    assert fragments_text(raw) == text


def member(name: str, data: bytes) -> Member:
    return Member("x", name, len(data), lambda: io.BytesIO(data))


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("a/comments.csv", b"Comment ID,Channel ID,Comment create timestamp,Price\n", "comments"),
        ("a/subs.csv", b"Channel Id,Channel Url,Channel Title\n", "subscriptions"),
        ("a/subs.csv", b"\xef\xbb\xbfChannel ID,Channel URL,Channel title\n", "subscriptions"),
        ("YouTube/channels/channel page settings.csv", b"Channel ID,Channel page x\n", "not_read"),
        ("x/watch-history.json", b'[ {\n "header": "YouTube",', "not_read"),
        # Not YouTube's.
        ("other/settings.csv", b"Channel ID,Channel page x\n", None),
        ("comments.csv", b"id,permalink,date,ip,subreddit,gildings,link,parent,body\n", None),
        ("index.html", b"<html><head><title>Facebook</title>", None),
        ("data.json", json.dumps([{"header": "Maps"}]).encode(), None),
    ],
)
def test_identify(name: str, data: bytes, kind: str | None) -> None:
    assert YouTube().identify(member(name, data)) == kind


# --- real Takeouts ----------------------------------------------------------------------------


def test_real_2025_comments_and_live_chat() -> None:
    loaded = only_youtube(real_path("youtube", "v1-v0__utube"))
    assert loaded.problems == []
    assert dict(loaded.counts()) == {
        "accounts": 1,
        "profile_fields": 2,
        "comments": 20,
        "live_chats": 13,
        "posts": 1,
    }
    comments = {p.ref.item: p for p in posts(loaded, "comment")}
    assert comments["UgyBQch15gVw2ccuqId4AaABAg"].text == "神龍現身 14:04"
    assert comments["UgzuPnFseQ8T8gD8Ag14AaABAg"].ref.date == "2024-08-17T20:04:52Z"
    chats = {p.ref.item: p.text for p in posts(loaded, "live_chat")}
    assert chats["Ugxt9ZZBXTTv5ieZvCN4AaABDqgB5ZjUjQI"] == (
        "之前話題提到外交部女性, 尚有前副外長傅瑩，最近有去德國慕尼克"
    )
    (video,) = posts(loaded, "post")
    assert (video.ref.item, video.ref.visibility, video.ref.date) == (
        "1Ov3VR5qDWI",
        "public",
        "2023-09-01T17:29:28Z",
    )
    assert video.text.startswith("gameplay The Farmer Was Replaced\nI have programmed a drone")
    fields = {f.field: f.value for f in loaded.of(ProfileField) if isinstance(f, ProfileField)}
    assert fields == {"handle": "hochiyau", "display_name": "eGee"}
    assert loaded.of(Place) == []  # recording and default locations are 0, 0: unset


def test_real_2024_channel_subscriptions_playlists() -> None:
    loaded = only_youtube(real_path("youtube", "aman363__Youtube-Dashboard"))
    assert loaded.problems == []
    assert dict(loaded.counts()) == {
        "accounts": 1,
        "profile_fields": 1,
        "pages": 40,
        "playlists": 2,
    }
    (account,) = loaded.of(Account)
    assert isinstance(account, Account) and account.display_name == "Aman Srivastava"
    names = [g.name for g in loaded.of(Group) if isinstance(g, Group)]
    assert names[0] == "Dhruv Rathee" and "@Khan Sir Patna" in names
    lists = {p.text: (p.ref.visibility, p.ref.date) for p in posts(loaded, "playlist")}
    assert lists == {
        "My mix": ("unknown", "2021-06-01T13:58:21Z"),
        "Watch later": ("private", "2017-01-08T11:34:43Z"),
    }


def test_real_2021_comments_html_and_playlist() -> None:
    loaded = only_youtube(real_path("youtube", "RennyCode__youtube-data-analyst"))
    assert loaded.problems == []
    comments = posts(loaded, "comment")
    assert len(comments) == 8
    assert (comments[0].ref.item, comments[0].text, comments[0].ref.date) == (
        "UghOTzeGMkZ5M3gCoAEC",
        "I fucking love you Joe, stay strong.",
        "2015-12-19T11:46:23Z",
    )
    reply = next(p for p in comments if p.text == "Manly tears")
    assert reply.ref.item == "UggzUtCLJVqAyngCoAEC.7-H0Z7-UvSh71qBcKMxw4G"
    (favourites,) = posts(loaded, "playlist")
    assert (favourites.ref.item, favourites.text, favourites.ref.visibility) == (
        "FL_5-OtEfF3W1hCibhKzKfgw",
        "Favorites",
        "private",
    )


def test_real_scan_report() -> None:
    path = real_path("youtube", "v1-v0__utube")
    out, err = io.StringIO(), io.StringIO()
    assert main(["scan", str(path), "--quiet"], stdout=out, stderr=err) == 0, err.getvalue()
    (source,) = json.loads(out.getvalue())["sources"]
    assert (source["platform"], source["counts"]["comments"], source["problems"]) == (
        "youtube",
        20,
        [],
    )


def test_other_takeout_products_are_named_not_read(takeout: Path) -> None:
    (takeout / "Takeout" / "archive_browser.html").write_text("<html>Takeout</html>")
    (takeout / "Takeout" / "Mail").mkdir()
    (takeout / "Takeout" / "Mail" / "All mail.mbox").write_text("From x\n")
    result = scan([takeout], ScanOptions())
    assert result.all_problems() == [
        f"{takeout}: Takeout/Mail/All mail.mbox: a file of Mail from a Google Takeout, not "
        "read: footprint reads its YouTube and Google Maps (saved places, Timeline) parts"
    ]
