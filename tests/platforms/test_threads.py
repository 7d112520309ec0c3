"""Threads: its files inside an Instagram download, read as Threads and never as Instagram."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from footprint.detectors.cross_account import profile_link
from footprint.exports.archive import Member
from footprint.model import Account, Connection, Post, ProfileField
from footprint.platforms.ingest import Loaded, load, platform_instances
from footprint.platforms.threads import Threads
from tests.conftest import FIXTURES, REAL

DOWNLOAD = FIXTURES / "exports" / "threads" / "instagram-samc-2026-03-01"
THREADS = DOWNLOAD / "your_instagram_activity" / "threads"


def member(path: Path, name: str | None = None) -> Member:
    return Member(str(path), name or path.name, path.stat().st_size, lambda: open(path, "rb"))


def by_platform(path: Path) -> dict[str, Loaded]:
    return {x.platform: x for x in load(path)}


INSTAGRAM_PROFILE = {
    "profile_user": [
        {
            "title": "",
            "string_map_data": {
                "Username": {"href": "", "value": "samc", "timestamp": 0},
                "Name": {"href": "", "value": "Sam Carter", "timestamp": 0},
            },
        }
    ]
}


def test_an_instagram_download_with_threads(tmp_path: Path, zipped) -> None:  # type: ignore[no-untyped-def]
    # The Threads files beside an Instagram file (written here: tests/fixtures/exports/
    # holds no Instagram file outside instagram/).
    download = tmp_path / DOWNLOAD.name
    shutil.copytree(DOWNLOAD, download)
    info = download / "personal_information" / "personal_information"
    info.mkdir(parents=True)
    (info / "personal_information.json").write_text(json.dumps(INSTAGRAM_PROFILE))
    for path in (download, zipped(download)):
        loaded = by_platform(path)
        assert sorted(loaded) == ["instagram", "threads"]
        assert loaded["instagram"].counts() == {"accounts": 1, "profile_fields": 2}
        threads = loaded["threads"]
        assert threads.problems == []
        assert threads.counts() == {
            "accounts": 1,
            "profile_fields": 3,
            "posts": 1,
            "replies": 1,
            "followers": 2,
            "following": 1,
            "likes": 1,
        }


def test_posts_and_replies() -> None:
    loaded = by_platform(DOWNLOAD)["threads"]
    reply, post = [i for i in loaded.items if isinstance(i, Post) and i.kind != "like"]
    # Mojibake repaired: an ellipsis and an emoji written byte by byte.
    assert reply.kind == "reply" and reply.target == "pat_jones"
    assert reply.text == "@pat_jones agreed, nights on B relief are rough \u2026"
    assert reply.ref.item == "1767225600" and reply.ref.date == "2026-01-01T00:00:00Z"
    assert post.kind == "post" and post.text.endswith("\U0001f693")
    assert post.hashtags == ("OneTeam",) and post.mentions == ("northshirepolice",)
    assert [m.uri for m in post.media] == ["media/posts/202402/17900000000000000.jpg"]
    # The profile says the account is public, and it is read first.
    assert post.ref.visibility == "public" and reply.ref.visibility == "public"


def test_profile_and_lists() -> None:
    loaded = by_platform(DOWNLOAD)["threads"]
    (account,) = [i for i in loaded.items if isinstance(i, Account)]
    assert (account.handle, account.protected) == ("samc", False)
    assert account.url == "https://www.threads.net/@samc"
    fields = {(f.field, f.value) for f in loaded.items if isinstance(f, ProfileField)}
    assert ("bio", "Response Team B, Northshire \u2026 views my own") in fields
    follows = sorted((c.relation, c.handle) for c in loaded.items if isinstance(c, Connection))
    # The second follower has no "value": its handle comes from the threads.com link.
    assert follows == [
        ("follower", "northshire_fed"),
        ("follower", "pat_jones"),
        ("following", "northshirepolice"),
    ]
    (like,) = [i for i in loaded.items if isinstance(i, Post) and i.kind == "like"]
    assert like.ref.item == "https://www.threads.net/@northshirepolice/post/C0abc"


def test_private_profile_and_archived(tmp_path: Path) -> None:
    folder = tmp_path / "threads"
    folder.mkdir()
    profile = json.loads((THREADS / "personal_information.json").read_text())
    labels = profile["text_post_app_text_post_app_profile"][0]["string_map_data"]
    labels["Private Account"]["value"] = "True"
    (folder / "personal_information.json").write_text(json.dumps(profile))
    (folder / "threads_and_replies.json").write_bytes(
        (THREADS / "threads_and_replies.json").read_bytes()
    )
    (folder / "archived_threads.json").write_text(
        json.dumps(
            {
                "text_post_app_text_app_archived_posts": [
                    {"media": [{"title": "old", "creation_timestamp": 1600000000}]}
                ]
            }
        )
    )
    loaded = by_platform(folder)["threads"]
    vis = {p.text: p.ref.visibility for p in loaded.items if isinstance(p, Post)}
    assert vis["old"] == "private"
    assert {v for t, v in vis.items() if t != "old"} == {"connections"}


def test_broken_file_keeps_what_came_before(tmp_path: Path) -> None:
    data = (THREADS / "threads_and_replies.json").read_bytes()
    cut = tmp_path / "threads_and_replies.json"
    cut.write_bytes(data[: data.index(b"media/posts")])
    loaded = by_platform(cut)["threads"]
    assert [p.kind for p in loaded.items if isinstance(p, Post)] == ["reply"]
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("threads_and_replies.json: invalid JSON")


def test_threads_files_are_not_instagram_or_facebook() -> None:
    others = [p for p in platform_instances() if p.name in ("facebook", "instagram")]
    for path in sorted(THREADS.iterdir()):
        assert Threads().identify(member(path)) is not None, path.name
        assert all(o.identify(member(path)) is None for o in others), path.name


def test_no_other_file_is_threads() -> None:
    plat = Threads()
    own = [p for p in (FIXTURES / "exports").rglob("*") if p.is_file() and "threads" not in p.parts]
    real = [p for p in REAL.rglob("*") if p.is_file()] if REAL.exists() else []
    claimed = [str(p) for p in own + real if plat.identify(member(p)) is not None]
    claimed += [json.dumps(INSTAGRAM_PROFILE)] if _claims(plat, INSTAGRAM_PROFILE) else []
    assert claimed == []


def _claims(plat: Threads, data: object) -> bool:
    raw = json.dumps(data).encode()
    return (
        plat.identify(Member("x", "personal_information.json", len(raw), lambda: io.BytesIO(raw)))
        is not None
    )


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://www.threads.net/@samc", ("threads", "samc")),
        ("https://threads.com/@sam.c_1", ("threads", "sam.c_1")),
        ("https://www.threads.net/@samc/post/C0abc", None),
        ("https://mastodon.social/@samc", ("mastodon", "samc@mastodon.social")),
    ],
)
def test_profile_links(url: str, found: tuple[str, str] | None) -> None:
    assert profile_link(url) == found
