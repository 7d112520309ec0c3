"""Mastodon: account archive (actor, outbox, likes, bookmarks) and following_accounts.csv."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from footprint.model import Account, Connection, Media, Post, ProfileField
from footprint.platforms.ingest import Loaded, load
from footprint.platforms.mastodon import Mastodon, html_to_text
from footprint.testing import file_member as member
from footprint.testing import load_alone
from tests.conftest import FIXTURES, REAL, real_path

OWN = FIXTURES / "exports" / "mastodon"
ARCHIVE = OWN / "archive"
CSV = OWN / "csv"
ME = "https://social.example/users/samcarter"


def only(path: Path) -> Loaded:
    return load_alone(path, "mastodon")


def posts(loaded: Loaded, kind: str | None = None) -> list[Post]:
    return [i for i in loaded.items if isinstance(i, Post) and (kind is None or i.kind == kind)]


def fields(loaded: Loaded) -> list[tuple[str, str]]:
    return [(i.field, i.value) for i in loaded.items if isinstance(i, ProfileField)]


# --- real fixtures ----------------------------------------------------------------------


def test_real_actor_dealingwith() -> None:
    loaded = only(real_path("mastodon", "dealingwith__masto-archive", "actor.json"))
    assert loaded.problems == []
    (account,) = loaded.of(Account)
    assert isinstance(account, Account)
    assert account.handle == "dealingwith@indieweb.social"
    assert account.display_name == "dealingwith"
    assert account.url == "https://indieweb.social/@dealingwith"
    assert account.account_id == "https://indieweb.social/users/dealingwith"
    assert account.created_at == "2022-11-07T00:00:00Z"
    assert account.ref.field == "handle" and account.ref.item is None
    got = fields(loaded)
    assert ("bio", "ennui. far too much more info at link below") in got
    assert ("display_name", "dealingwith") in got
    # The "Web" field: the href, not the split invisible/visible spans.
    assert ("website", "https://daniel.industries") in got
    assert not any(f == "profile_field" for f, _ in got)
    media = {m.ref.field: m for m in loaded.of(Media) if isinstance(m, Media)}
    assert media["avatar"].uri == "avatar.jpg"
    assert media["header"].uri == "header.jpeg"
    assert media["avatar"].media_type == "image/jpeg"
    assert loaded.state["followers"] == "https://indieweb.social/users/dealingwith/followers"
    assert loaded.state["locked"] is False


def test_real_likes_dealingwith() -> None:
    loaded = only(real_path("mastodon", "dealingwith__masto-archive", "likes.json"))
    assert loaded.problems == []
    assert loaded.counts()["likes"] == 1115
    likes = posts(loaded, "like")
    first = likes[0]
    url = "https://mastodon.social/users/robotspacer/statuses/100532741303956178"
    assert first.ref.item == url and first.target == url and first.urls == (url,)
    assert first.text == "" and first.ref.visibility == "unknown"
    assert likes[-1].ref.item == "https://social.lol/users/philomath/statuses/112837267534846435"
    assert "https://social.deadsuperhero.com/objects/df6c744f-aede-4892-aa06-75157822096a" in {
        p.target for p in likes
    }


def test_real_archive_dealingwith_as_folder() -> None:
    loaded = only(real_path("mastodon", "dealingwith__masto-archive"))
    assert loaded.counts() == {"accounts": 1, "profile_fields": 4, "media": 2, "likes": 1115}


def test_real_outbox_vivlim() -> None:
    loaded = only(
        real_path("mastodon", "vivlim__gts-backdated-import", "testdata", "testoutbox.json")
    )
    assert loaded.problems == []
    one, two = posts(loaded)
    assert one.ref.item == "https://botsin.space/users/vivdev/statuses/113599784910969099"
    assert one.ref.url == "https://botsin.space/@vivdev/113599784910969099"
    assert one.ref.date == "2024-12-05T10:39:15Z"
    assert one.text == "this is one of two posts"
    assert two.ref.item == "https://botsin.space/users/vivdev/statuses/113599785306172885"
    assert two.ref.date == "2024-12-05T10:39:21Z"
    assert two.text == "this is two of two posts"
    for p in (one, two):
        assert p.kind == "post"
        assert p.ref.visibility == "connections"  # addressed only to the followers
        assert p.lang == "en"
        assert p.ref.field == "text" and p.ref.file == "testoutbox.json"


def test_real_broken_outbox_vivlim_is_a_problem_not_a_crash() -> None:
    path = real_path("mastodon", "vivlim__gts-backdated-import", "testdata", "outbox.json")
    loaded = only(path)
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("outbox.json: invalid JSON")
    # The two items before the trailing comma are complete, and kept.
    kept = posts(loaded)
    assert [p.ref.item for p in kept] == [
        "https://botsin.space/users/vivdev/statuses/113599784910969099",
        "https://botsin.space/users/vivdev/statuses/113599785306172885",
    ]
    (photo,) = kept[0].media
    assert photo.uri.endswith("/original/133931bba7cb42da.jpg")
    assert photo.media_type == "image/jpeg" and photo.caption == "string"


def test_real_following_2017_no_header() -> None:
    path = real_path("mastodon", "aa-m-sa__mastodon-tooters", "following_accounts.csv")
    loaded = only(path)
    assert loaded.problems == []
    assert loaded.counts() == {"following": 43}
    follows = [c for c in loaded.of(Connection) if isinstance(c, Connection)]
    assert follows[0].handle == "sajith@mastodon.social"
    assert follows[0].ref.item == "sajith@mastodon.social"
    assert follows[0].ref.field == "following" and follows[0].relation == "following"
    assert follows[-1].handle == "j2kun@mathstodon.xyz"
    assert "_c_perez@scifi.fyi" in {c.handle for c in follows}


# --- own archive: every kind of status ----------------------------------------------------


@pytest.fixture(scope="module")
def archive() -> Loaded:
    return only(ARCHIVE)


def test_archive_counts(archive: Loaded) -> None:
    assert archive.problems == []
    assert archive.counts() == {
        "accounts": 1,
        "profile_fields": 11,
        "media": 2,
        "posts": 3,
        "replies": 1,
        "reposts": 1,
        "likes": 2,
    }


def test_archive_profile(archive: Loaded) -> None:
    (account,) = archive.of(Account)
    assert isinstance(account, Account)
    assert account.handle == "samcarter@social.example"
    assert account.display_name == "Sam Carter 🖤💙🖤"
    assert account.protected is None  # locked is not protected: public posts stay public
    assert archive.state["locked"] is True
    got = fields(archive)
    assert got == [
        ("handle", "samcarter@social.example"),
        ("display_name", "Sam Carter 🖤💙🖤"),
        (
            "bio",
            "Dog walker, tea drinker & shift worker.\n"
            "Views my own. Blog: https://samcarter.example.net/ also @northshire #OneTeam",
        ),
        ("website", "https://samcarter.example.net/"),
        ("mention", "northshire@police.social"),
        ("hashtag", "OneTeam"),
        ("profile_field", "Work: Northshire Police"),
        ("website", "https://www.example.org/about/sam-carter"),
        ("profile_field", "Pronouns: she/her"),
        # Named like a website ("site") but not a link: kept as a plain field.
        ("profile_field", "Worksite: Parkside station"),
        ("also_known_as", "https://mastodon.example/users/sam_c"),
    ]
    for item in archive.of(ProfileField):
        assert isinstance(item, ProfileField)
        assert item.ref.visibility == "public" and item.ref.item is None


def test_public_post_with_tags_mention_link_and_image(archive: Loaded) -> None:
    post = posts(archive)[0]
    assert post.kind == "post"
    assert post.ref.item == f"{ME}/statuses/110000000000000001"  # the Note, not the activity
    assert post.ref.url == "https://social.example/@samcarter/110000000000000001"
    assert post.ref.date == "2023-05-01T08:30:00Z"
    assert post.ref.visibility == "public"
    assert post.text == (
        "Proud of the team at @northshire today #OneTeam #ThinBlueLine\n"
        "Open day details: https://www.northshire.police.example/news/open-day-2023\n\n"
        "Tea & cake from 10 o'clock"
    )
    assert post.hashtags == ("OneTeam", "ThinBlueLine")
    assert post.mentions == ("northshire@police.social",)
    assert post.urls == ("https://www.northshire.police.example/news/open-day-2023",)
    (photo,) = post.media
    assert photo.uri == "/media_attachments/files/110/001/002/original/5f3a9c1e2b7d4a60.png"
    assert photo.media_type == "image/png"
    assert photo.caption == "Me in uniform at the front desk of Parkside station"
    assert photo.ref.field == "media" and photo.ref.item == post.ref.item
    assert post.lang == "en"


@pytest.mark.parametrize(
    ("index", "kind", "visibility", "item"),
    [
        (0, "post", "public", f"{ME}/statuses/110000000000000001"),
        (1, "post", "public", f"{ME}/statuses/110000000000000002"),  # unlisted
        (2, "post", "private", f"{ME}/statuses/110000000000000003"),  # direct
        (3, "reply", "connections", f"{ME}/statuses/110000000000000004"),  # followers-only
        (
            4,
            "repost",
            "public",
            "https://police.social/users/northshire/statuses/110000000000000777",
        ),
    ],
)
def test_outbox_kinds_and_visibility(
    archive: Loaded, index: int, kind: str, visibility: str, item: str
) -> None:
    post = posts(archive)[index]
    assert (post.kind, post.ref.visibility, post.ref.item) == (kind, visibility, item)
    assert post.ref.file == "outbox.json"


def test_direct_message_and_reply(archive: Loaded) -> None:
    dm, reply = posts(archive)[2:4]
    assert dm.text == "@jo see you at briefing at 7"
    assert dm.mentions == ("jo@social.example",)  # a local "@jo" gets the instance's host
    assert reply.target == "https://social.example/users/jo/statuses/109999999999999999"
    assert reply.text == "work moan\n\n@jo agreed, long week"  # the content warning first
    assert reply.lang == "en-GB"


def test_boost(archive: Loaded) -> None:
    (boost,) = posts(archive, "repost")
    boosted = "https://police.social/users/northshire/statuses/110000000000000777"
    assert boost.text == ""
    assert boost.target == boosted and boost.urls == (boosted,)
    assert boost.ref.date == "2023-05-05T09:45:00Z"


def test_likes_and_bookmarks(archive: Loaded) -> None:
    likes = posts(archive, "like")
    assert [p.target for p in likes] == [
        "https://police.social/users/northshire/statuses/110000000000000555",
        "https://mastodon.example/users/dogsofmastodon/statuses/110000000000000123",
    ]
    # Bookmarks are recognised (so not "unrecognised") but not read: they are not likes.
    assert not any(
        p.target == "https://police.social/users/northshire/statuses/110000000000000556"
        for p in posts(archive)
    )


def test_zip_and_tar_read_the_same(zipped, tarred, archive: Loaded) -> None:  # type: ignore[no-untyped-def]
    expected = [i.to_dict() for i in archive.items]
    for path in (tarred(ARCHIVE), zipped(ARCHIVE)):
        got = only(path)
        assert got.problems == []
        assert [i.to_dict() for i in got.items] == expected


def test_real_archive_as_tar(tarred, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "export"
    folder.mkdir()
    src = real_path("mastodon", "dealingwith__masto-archive")
    for name in ("actor.json", "likes.json"):
        shutil.copy(src / name, folder / name)
    shutil.copy(
        real_path("mastodon", "vivlim__gts-backdated-import", "testdata", "testoutbox.json"),
        folder / "outbox.json",
    )
    loaded = only(tarred(folder))
    assert loaded.problems == []
    assert loaded.counts()["likes"] == 1115
    assert loaded.counts()["posts"] == 2


# --- following_accounts.csv, every generation ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "handles"),
    [
        (
            "following_2017.csv",
            ["northshire@police.social", "jo@social.example", "dogsofmastodon@mastodon.example"],
        ),
        ("following_boosts.csv", ["northshire@police.social", "jo@social.example"]),
        ("following_notify.csv", ["northshire@police.social", "jo@social.example"]),
        ("following_languages.csv", ["northshire@police.social", "jo@social.example"]),
    ],
)
def test_following_generations(name: str, handles: list[str]) -> None:
    loaded = only(CSV / name)
    assert loaded.problems == []
    follows = [c for c in loaded.of(Connection) if isinstance(c, Connection)]
    assert [c.handle for c in follows] == handles
    assert [c.ref.item for c in follows] == handles
    assert {(c.relation, c.ref.field, c.ref.file) for c in follows} == {
        ("following", "following", name)
    }


@pytest.mark.parametrize("name", ["blocked_accounts.csv", "muted_accounts.csv", "lists.csv"])
def test_other_csv_exports_are_not_follows(name: str) -> None:
    assert Mastodon().identify(member(CSV / name)) is None


# --- recognising --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("actor.json", "actor"),
        ("outbox.json", "outbox"),
        ("likes.json", "likes"),
        ("bookmarks.json", "bookmarks"),
        ("avatar.png", None),
        ("media_attachments/files/110/001/002/original/5f3a9c1e2b7d4a60.png", None),
    ],
)
def test_identify_archive_members(name: str, kind: str | None) -> None:
    assert Mastodon().identify(member(ARCHIVE / name, name)) == kind


def test_identify_by_content_not_name(tmp_path: Path) -> None:
    renamed = tmp_path / "data.json"
    shutil.copy(ARCHIVE / "outbox.json", renamed)
    assert Mastodon().identify(member(renamed)) == "outbox"
    csv = tmp_path / "export.csv"
    csv.write_text("Account address,Show boosts\nnorthshire@police.social,true\n")
    assert Mastodon().identify(member(csv)) == "following"


def test_identify_ignores_other_platforms() -> None:
    if not REAL.exists():
        pytest.skip("real fixtures not available")
    plat = Mastodon()
    checked = 0
    for path in sorted(REAL.rglob("*")):
        if not path.is_file() or path.relative_to(REAL).parts[0] == "mastodon":
            continue
        assert plat.identify(member(path)) is None, path
        checked += 1
    assert checked > 0


# --- broken input -------------------------------------------------------------------------


def test_truncated_outbox_keeps_earlier_items(tmp_path: Path) -> None:
    data = (ARCHIVE / "outbox.json").read_bytes()
    cut = data.index(b"see you at briefing")  # inside the third item
    (tmp_path / "outbox.json").write_bytes(data[:cut])
    loaded = only(tmp_path)
    assert len(loaded.problems) == 1 and loaded.problems[0].startswith("outbox.json: ")
    assert [p.ref.item for p in posts(loaded)] == [
        f"{ME}/statuses/110000000000000001",
        f"{ME}/statuses/110000000000000002",
    ]


def test_broken_actor_is_a_problem(tmp_path: Path) -> None:
    data = (ARCHIVE / "actor.json").read_bytes()
    (tmp_path / "actor.json").write_bytes(data[: len(data) // 2])
    shutil.copy(ARCHIVE / "likes.json", tmp_path / "likes.json")
    loaded = only(tmp_path)
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("actor.json: invalid JSON")
    assert loaded.counts() == {"likes": 2}  # the other members are still read


def test_actor_with_nulls_and_odd_shapes(tmp_path: Path) -> None:
    (tmp_path / "actor.json").write_text(
        '{"@context": "https://www.w3.org/ns/activitystreams", "type": "Person",'
        ' "id": "https://social.example/users/min", "preferredUsername": "min",'
        ' "name": null, "summary": null, "attachment": null, "tag": null, "url": null,'
        ' "alsoKnownAs": "https://other.example/users/min", "icon": null}'
    )
    loaded = only(tmp_path)
    assert loaded.problems == []
    assert fields(loaded) == [
        ("handle", "min@social.example"),
        ("also_known_as", "https://other.example/users/min"),
    ]


def test_outbox_with_odd_items(tmp_path: Path) -> None:
    (tmp_path / "outbox.json").write_text(
        '{"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",'
        ' "type": "OrderedCollection", "orderedItems": ['
        ' {"type": "Create", "object": "https://social.example/users/x/statuses/1"},'
        ' {"type": "Create", "object": {"type": "Note", "id": "https://s.example/n/2",'
        '   "content": null, "tag": null, "attachment": null, "to": null, "cc": null}},'
        ' {"type": "Announce", "object": {"id": "https://s.example/n/3"}, "to": "as:Public"},'
        ' {"type": "Delete", "object": "https://s.example/n/4"}, null, 5]}'
    )
    loaded = only(tmp_path)
    assert loaded.problems == []
    note, boost = posts(loaded)
    assert (note.kind, note.text, note.ref.item, note.ref.visibility) == (
        "post",
        "",
        "https://s.example/n/2",
        "unknown",
    )
    assert (boost.kind, boost.target, boost.ref.visibility) == (
        "repost",
        "https://s.example/n/3",
        "public",
    )


def test_following_with_bad_rows_and_bad_bytes(tmp_path: Path) -> None:
    lines = [f"user{i}@social.example" for i in range(3000)]
    lines[25] = "not a handle"
    path = tmp_path / "following_accounts.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"caf\xe9@social.example\n")
    loaded = only(path)
    # The rows decoded before the bad bytes are kept; both problems are reported.
    assert 25 < loaded.counts()["following"] < 2999
    assert len(loaded.problems) == 2
    assert loaded.problems[0] == (
        "following_accounts.csv: 1 row(s) without an account address skipped,"
        " the first 'not a handle'"
    )
    assert loaded.problems[1].startswith("following_accounts.csv: not valid utf-8 text")


def test_following_bad_row_reported(tmp_path: Path) -> None:
    path = tmp_path / "following_accounts.csv"
    path.write_text("Account address,Show boosts\njo@social.example,true\nnonsense,true\n")
    loaded = only(path)
    assert loaded.counts() == {"following": 1}
    assert loaded.problems == [
        "following_accounts.csv: 1 row(s) without an account address skipped, the first 'nonsense'"
    ]


@pytest.mark.parametrize("content", [b"", b"\n\n", b"{}", b"[]", b"hello world\n"])
def test_empty_or_foreign_files_are_not_mastodon(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "outbox.json"
    path.write_bytes(content)
    assert Mastodon().identify(member(path)) is None
    assert load(path) == []


# --- HTML and coverage --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a</p><p>b</p>", "a\n\nb"),
        ("<p>line<br>two<br/>three</p>", "line\ntwo\nthree"),
        ("<p>fish &amp; chips &lt;3 &#39;x&#39;</p>", "fish & chips <3 'x'"),
        ("<p>spread\nover  source</p>", "spread over source"),
        (
            '<p><a href="https://a.example/x"><span class="invisible">https://</span>'
            '<span class="ellipsis">a.example/x</span></a></p>',
            "https://a.example/x",
        ),
        ("plain text", "plain text"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html)[0] == text


def test_coverage() -> None:
    plat = Mastodon()
    full = plat.coverage({"actor", "outbox", "likes", "bookmarks"})
    assert "Mastodon archives hold no followers" in full
    assert any("following_accounts.csv" in line for line in full)
    assert any("likes hold only" in line for line in full)
    with_csv = plat.coverage({"actor", "outbox", "likes", "following"})
    assert not any("following_accounts.csv" in line for line in with_csv)
    assert "Mastodon archives hold no followers" in plat.coverage({"following"})
