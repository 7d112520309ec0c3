"""Reddit: a synthetic data-request export (no real one is public), variants, broken input."""

from __future__ import annotations

import json
import shutil
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
from footprint.platforms.reddit import Reddit, absolute
from footprint.testing import file_member as member_of
from footprint.testing import load_alone
from tests.conftest import FIXTURES, REAL

EXPORT = FIXTURES / "exports" / "reddit" / "export"
OLDER = FIXTURES / "exports" / "reddit" / "older"

COUNTS = {
    "posts": 10,
    "comments": 10,
    "likes": 8,
    "subreddits": 13,
    "profile_fields": 6,
    "security": 4,
    "following": 2,
    "accounts": 1,
}


def only_reddit(path: Path) -> Loaded:
    return load_alone(path, "reddit")


def posts(loaded: Loaded, kind: str, file: str | None = None) -> list[Post]:
    return [
        p
        for p in loaded.of(Post)
        if isinstance(p, Post) and p.kind == kind and (file is None or p.ref.file == file)
    ]


def by_item(loaded: Loaded, kind: str) -> dict[str | None, Post]:
    return {p.ref.item: p for p in posts(loaded, kind)}


@pytest.fixture(scope="module")
def export() -> Loaded:
    return only_reddit(EXPORT)


# --- the whole export --------------------------------------------------------------------


def test_counts_and_no_problems(export: Loaded) -> None:
    assert export.problems == []
    assert dict(export.counts()) == COUNTS


def test_as_zip_and_tar(zipped: Any, tarred: Any) -> None:
    assert dict(only_reddit(zipped(EXPORT)).counts()) == COUNTS
    assert dict(only_reddit(tarred(EXPORT, "reddit.tar.gz")).counts()) == COUNTS


def test_account_and_statistics(export: Loaded) -> None:
    (account,) = export.of(Account)
    assert isinstance(account, Account)
    assert account.handle == "Brew_And_Beat"
    assert account.url == "https://www.reddit.com/user/Brew_And_Beat/"
    assert account.created_at == "2016-08-21T19:02:11Z"
    assert account.ref.file == "statistics.csv"
    assert export.state["handle"] == "Brew_And_Beat"


@pytest.mark.parametrize(
    ("field", "value", "file", "visibility"),
    [
        ("handle", "Brew_And_Beat", "statistics.csv", "public"),
        ("email", "sam.okafor@northshire.police.uk", "statistics.csv", "private"),
        ("twitter_handle", "SamOkaforRuns", "twitter.csv", "unknown"),
        (
            "linked_account",
            "https://accounts.google.com: 104839201938475610293",
            "linked_identities.csv",
            "unknown",
        ),
        ("birthday", "1991-02-14", "birthdate.csv", "unknown"),
        ("gender", "male", "account_gender.csv", "unknown"),
    ],
)
def test_profile_fields(export: Loaded, field: str, value: str, file: str, visibility: str) -> None:
    found = [p for p in export.of(ProfileField) if isinstance(p, ProfileField) and p.field == field]
    assert [(p.value, p.ref.file, p.ref.visibility, p.ref.item) for p in found] == [
        (value, file, visibility, None)
    ]


# --- posts -------------------------------------------------------------------------------


def test_posts_csv_with_bom_and_multiline_body(export: Loaded) -> None:
    post = by_item(export, "post")["18xk2a1"]  # "t3_18xk2a1" in the file
    assert post.text.startswith("First set of nights on response done\nFour nights,")
    assert "\n\n> Sergeant said it builds character\n\n" in post.text
    assert post.text.endswith("near the ring road?")
    assert post.ref.url == (
        "https://www.reddit.com/r/policeuk/comments/18xk2a1/first_set_of_nights_on_response_done/"
    )
    assert post.ref.date == "2024-01-03T07:41:12Z"
    assert post.ref.visibility == "public"
    assert post.ref.field == "text"
    assert post.group == "policeuk"
    assert post.urls == ()  # a self post links to itself


def test_post_ids_links_and_media(export: Loaded) -> None:
    items = by_item(export, "post")
    assert "18vq77c" in items  # written without a prefix: kept
    assert not any(i and i.startswith("t3_") for i in items)
    assert items["17zz0b4"].urls == ("https://www.strava.com/activities/10234567890",)
    (photo,) = items["17aa9x2"].media
    assert isinstance(photo, Media)
    assert (photo.uri, photo.media_type) == ("https://i.redd.it/abc123frost.jpg", "photo")
    assert items["17aa9x2"].urls == ()
    assert items["13qq0z8"].media[0].media_type == "video"
    kit = items["16bq1k0"]
    assert kit.urls == ("https://example-kit.co.uk/gloves",)
    assert kit.mentions == ("Tango_Lima_99",)
    assert kit.hashtags == ("thinblueline",)
    assert items["11zz9yy"].text == "Hello"  # "[deleted]" body dropped
    assert items["18vq77c"].text == (
        "Grinder advice under £200\nCurrently on a hand grinder, want something for shift mornings."
    )


# --- comments ----------------------------------------------------------------------------


def test_comments(export: Loaded) -> None:
    items = by_item(export, "comment")
    assert not any(i and i.startswith("t1_") for i in items)
    first = items["kfx1a2b"]
    assert first.text == (
        "Ha, the goat is now a station legend.\nThe custody sergeant has a photo on the wall."
    )
    assert first.target == (
        "https://www.reddit.com/r/policeuk/comments/18xk2a1/first_set_of_nights_on_response_done/"
    )
    assert first.group == "policeuk"
    assert first.ref.date == "2024-01-03T08:02:10Z"
    assert first.ref.visibility == "public"
    route = items["kd1e2f3"]
    assert route.urls == ("https://www.strava.com/routes/555",)
    assert [m.uri for m in route.media] == ["https://i.redd.it/routemap555.png"]  # media column
    assert items["k77z77z"].urls == ("https://example-kit.co.uk/review",)  # Markdown link
    assert items["k88y88y"].text == ""  # "[removed]"


def test_older_comments_without_media_with_silver_gildings() -> None:
    loaded = only_reddit(OLDER)
    assert loaded.problems == []
    comments = by_item(loaded, "comment")
    assert set(comments) == {"dz1x2c3", "dz9y8x7"}
    first = comments["dz1x2c3"]
    assert first.text == "Write everything down.\nThen write it down again."
    assert first.target == "https://www.reddit.com/r/policeuk/comments/9abc12/probation_tips/"
    assert first.ref.url == (
        "https://www.reddit.com/r/policeuk/comments/9abc12/probation_tips/dz1x2c3/"
    )
    assert first.ref.date == "2018-06-01T20:00:00Z"


def test_header_files_are_not_counted_twice(export: Loaded) -> None:
    files = {p.ref.file for p in export.of(Post) if isinstance(p, Post)}
    assert "post_headers.csv" not in files and "comment_headers.csv" not in files


def test_private_messages_are_never_read(export: Loaded) -> None:
    dumped = json.dumps([i.to_dict() for i in export.items], ensure_ascii=False)
    assert "SECRET-MESSAGE-BODY" not in dumped
    assert "messages.csv" not in dumped
    assert any("private messages" in line for line in Reddit().coverage({"not_read"}))


# --- votes, subreddits, friends, logins --------------------------------------------------


def test_up_votes_are_private_likes_from_split_tables(export: Loaded) -> None:
    likes = posts(export, "like")
    assert sorted(p.ref.item or "" for p in likes) == [
        "17ff666",
        "17gg777",
        "18aa111",
        "18bb222",
        "18dd444",
        "kaa1111",
        "kbb2222",
        "kdd4444",
    ]
    assert {p.ref.file for p in likes} == {
        "post_votes_1.csv",
        "post_votes_2.csv",
        "comment_votes.csv",
    }
    assert all(p.ref.visibility == "private" for p in likes)
    tasers = by_item(export, "like")["18aa111"]
    assert tasers.target == "https://www.reddit.com/r/policeuk/comments/18aa111/new_tasers/"
    assert tasers.group == "policeuk"


def test_subreddits(export: Loaded) -> None:
    groups = [g for g in export.of(Group) if isinstance(g, Group)]
    assert {g.kind for g in groups} == {"subreddit"}
    subscribed = [g.name for g in groups if g.ref.file == "subscribed_subreddits.csv"]
    assert len(subscribed) == 10
    assert "NorthshirePoliceFed" in subscribed
    (moderated,) = [g for g in groups if g.role == "moderator"]
    assert (moderated.name, moderated.ref.visibility) == ("NorthshireRunners", "public")
    assert moderated.url == "https://www.reddit.com/r/NorthshireRunners/"
    assert moderated.ref.item == "NorthshireRunners"
    assert moderated.ref.field == "groups"
    approved = [g.name for g in groups if g.role == "approved_submitter"]
    assert approved == ["NorthshireRunners", "policeuk"]
    assert all(g.ref.visibility == "private" for g in groups if g.role != "moderator")


def test_friends_and_ip_logs(export: Loaded) -> None:
    friends = [c for c in export.of(Connection) if isinstance(c, Connection)]
    assert [(c.relation, c.handle, c.ref.field) for c in friends] == [
        ("following", "Tango_Lima_99", "following"),
        ("following", "canal_kate", "following"),
    ]  # "[deleted]" skipped
    logins = [s for s in export.of(SecurityRecord) if isinstance(s, SecurityRecord)]
    assert [(s.kind, s.value, s.ref.date) for s in logins] == [
        ("registration", "198.51.100.7", None),
        ("login", "203.0.113.45", "2024-02-28T22:13:40Z"),
        ("login", "203.0.113.45", "2024-02-29T06:01:02Z"),
        ("login", "192.0.2.210", "2024-03-01T18:40:00Z"),
    ]


# --- broken input ------------------------------------------------------------------------


def test_invalid_utf8_keeps_earlier_rows(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    header = "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\r\n"
    rows = "".join(
        f"t1_c{i:05d},/r/AskUK/comments/abc/x/c{i:05d}/,2023-05-01 10:00:00 UTC,,AskUK,{{}},"
        f'/r/AskUK/comments/abc/x/,t3_abc,"comment number {i}\nsecond line",\r\n'
        for i in range(400)
    )
    data = (header + rows).encode(
        "utf-8"
    ) + b't1_cbad,/r/x/,2023-05-01 10:00:00 UTC,,x,{},,,"\xff"\r\n'
    (folder / "comments.csv").write_bytes(data)
    loaded = only_reddit(folder)
    (problem,) = loaded.problems
    assert problem.startswith("comments.csv: not valid utf-8 text")
    kept = posts(loaded, "comment")
    assert len(kept) >= 100  # rows decoded before the bad byte are kept
    assert kept[0].ref.item == "c00000"
    assert kept[0].text == "comment number 0\nsecond line"


def test_empty_and_header_only_files(tmp_path: Path) -> None:
    folder = tmp_path / "thin"
    folder.mkdir()
    (folder / "posts.csv").write_bytes(
        b"\xef\xbb\xbfid,permalink,date,ip,subreddit,gildings,title,url,body"
    )
    (folder / "comments.csv").write_bytes(b"")
    loaded = only_reddit(folder)
    assert loaded.items == [] and loaded.problems == []
    assert any("statistics.csv" in line for line in Reddit().coverage({"posts"}))


def test_tables_are_recognised_by_header_not_name(tmp_path: Path) -> None:
    folder = tmp_path / "renamed"
    folder.mkdir()
    shutil.copy(EXPORT / "posts.csv", folder / "my_reddit_posts.csv")
    shutil.copy(EXPORT / "post_votes_2.csv", folder / "votes.csv")
    counts = only_reddit(folder).counts()
    assert (counts["posts"], counts["likes"]) == (10, 2)


# --- identify ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b"id,permalink,date,ip,subreddit,gildings,title,url,body\r\n", "x.csv", "posts"),
        (b"id,permalink,date,ip,subreddit,gildings,title,url\r\n", "post_headers.csv", "not_read"),
        (b"id,permalink,date,ip,subreddit,gildings,link,parent,body\n", "c.csv", "comments"),
        (
            b"id,permalink,thread_id,date,ip,from,to,subject,body\n",
            "messages_archive.csv",
            "not_read",
        ),
        (b"\xef\xbb\xbfid,permalink,direction\n", "comment_votes.csv", "votes"),
        (b"subreddit\n", "moderated_subreddits.csv", "subreddits"),
        (b"statistic,value\naccount name,someone\n", "statistics.csv", "statistics"),
        (b"statistic,value\nmean,4.2\n", "stats.csv", None),  # someone else's statistics
        (b"date,ip\n", "ip_logs.csv", "ip_logs"),
        (b"username\nSomeone\n", "twitter.csv", "identity"),
        (b"username\nSomeone\n", "users.csv", None),  # the name breaks the tie
        (b"id,permalink\n", "saved_posts.csv", "not_read"),
        (b"id,permalink\n", "links.csv", None),
        (b"Name\nHTML\n", "Skills.csv", None),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "photo.jpg", None),
        (b"", "posts.csv", None),
    ],
)
def test_identify(tmp_path: Path, content: bytes, name: str, expected: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert Reddit().identify(member_of(path)) == expected


def other_platform_files() -> list[Path]:
    if not REAL.exists():
        return []
    return sorted(
        p for p in REAL.rglob("*") if p.is_file() and p.relative_to(REAL).parts[0] != "reddit"
    )


@pytest.mark.real
@pytest.mark.parametrize("path", other_platform_files(), ids=lambda p: str(p.relative_to(REAL)))
def test_identify_ignores_other_platforms(path: Path) -> None:
    assert Reddit().identify(member_of(path)) is None


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("/r/a/comments/b/c/", "https://www.reddit.com/r/a/comments/b/c/"),
        ("r/a/comments/b/c/", "https://www.reddit.com/r/a/comments/b/c/"),
        ("https://old.reddit.com/r/a/", "https://old.reddit.com/r/a/"),
        ("", None),
    ],
)
def test_absolute(link: str, expected: str | None) -> None:
    assert absolute(link) == expected


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("birthdate.csv", b"birthdate,verified_birthdate\n,True\n", []),
        ("birthdate.csv", b"birthdate,verified_birthdate\n1990-01-02,\n", ["1990-01-02"]),
        ("twitter.csv", b"handle_on_x\nSomeoneX\n", ["SomeoneX"]),  # unknown column: first cell
        ("linked_phone_number.csv", b"phone_number\n+447700900999\n", ["+447700900999"]),
    ],
)
def test_identity_files_column_fallback(
    tmp_path: Path, name: str, content: bytes, expected: list[str]
) -> None:
    (tmp_path / name).write_bytes(content)
    loaded = load(tmp_path)
    values = [p.value for x in loaded for p in x.of(ProfileField) if isinstance(p, ProfileField)]
    assert values == expected
