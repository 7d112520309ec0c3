"""Bluesky repository exports (CAR v1 of DAG-CBOR): the real repositories under
../shared, synthetic repositories built at test time for the variants they lack, and
broken input."""

from __future__ import annotations

import functools
import hashlib
import random
import shutil
from pathlib import Path
from typing import Any

import libipld
import pytest

from footprint.errors import ParseError
from footprint.exports.archive import Member, open_export
from footprint.model import Account, Connection, Group, Media, Post, ProfileField
from footprint.platforms import bluesky as bs
from footprint.platforms.ingest import Loaded, load
from footprint.testing import load_alone
from tests.conftest import REAL, real_path

INDIGO = ("bluesky", "bluesky-social__indigo")
BNEWBOLD = (*INDIGO, "atproto", "repo", "testdata", "bnewbold.robocracy.org.20250310005405.car")
GREENGROUND = (*INDIGO, "testing", "testdata", "greenground.repo.car")
PAUL = (*INDIGO, "testing", "testdata", "paul_staging.repo.car")

PLATFORM = bs.Bluesky()


# -- building repositories at test time ----------------------------------------------------


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _cbor_cid(data: bytes) -> bytes:
    return b"\x01\x71\x12\x20" + hashlib.sha256(data).digest()


def raw_cid(seed: str) -> bytes:
    """The CID of an image blob (raw codec): the export holds only this id."""
    return b"\x01\x55\x12\x20" + hashlib.sha256(seed.encode()).digest()


def blob(seed: str, mime: str = "image/jpeg") -> dict[str, Any]:
    return {"$type": "blob", "ref": raw_cid(seed), "mimeType": mime, "size": 1234}


def legacy_blob(seed: str, mime: str = "image/jpeg") -> dict[str, Any]:
    return {"cid": libipld.encode_cid(raw_cid(seed)), "mimeType": mime}


class Car:
    """A content-addressed block store written out as a CAR v1 file."""

    def __init__(self) -> None:
        self.blocks: dict[bytes, bytes] = {}

    def put(self, obj: Any) -> bytes:
        # libipld writes bytes that are a valid CID as a DAG-CBOR link (tag 42).
        data = libipld.encode_dag_cbor(obj)
        cid = _cbor_cid(data)
        self.blocks[cid] = data
        return cid

    def node(self, entries: list[tuple[str, bytes, bytes | None]], left: bytes | None) -> bytes:
        """An MST node; keys are prefix-compressed against the previous entry."""
        out = []
        previous = b""
        for key, value, right in entries:
            raw = key.encode()
            shared = 0
            while shared < min(len(raw), len(previous)) and raw[shared] == previous[shared]:
                shared += 1
            out.append({"p": shared, "k": raw[shared:], "v": value, "t": right})
            previous = raw
        return self.put({"l": left, "e": out})

    def write(self, root: bytes, drop: tuple[bytes, ...] = ()) -> bytes:
        header = libipld.encode_dag_cbor({"version": 1, "roots": [root]})
        out = bytearray(_varint(len(header)) + header)
        for cid, data in self.blocks.items():
            if cid not in drop:
                out += _varint(len(cid) + len(data)) + cid + data
        return bytes(out)


def build_repo(
    did: str,
    records: dict[str, dict[str, Any]],
    *,
    version: int = 3,
    chunk: int = 3,
    drop_records: tuple[str, ...] = (),
    drop_subtree: bool = False,
) -> bytes:
    """A repository: records, a two-level MST over their keys, a commit, as CAR bytes.

    The root node has a left subtree (``l``) and entries whose right subtrees (``t``)
    hold the keys between them, so both kinds of pointer are walked.
    """
    car = Car()
    keys = sorted(records)
    values = {key: car.put(records[key]) for key in keys}
    leaves: list[list[str]] = []
    pivots: list[str] = []
    rest = list(keys)
    leaves.append(rest[:chunk])
    rest = rest[chunk:]
    while rest:
        pivots.append(rest[0])
        leaves.append(rest[1 : chunk + 1])
        rest = rest[chunk + 1 :]

    def leaf(group: list[str]) -> bytes | None:
        return car.node([(k, values[k], None) for k in group], None) if group else None

    subtrees = [leaf(group) for group in leaves]
    root_node = car.node(
        [(p, values[p], subtrees[i + 1]) for i, p in enumerate(pivots)], subtrees[0]
    )
    commit: dict[str, Any] = {"did": did, "version": version, "data": root_node, "prev": None}
    commit["sig"] = b"signature" * 7
    if version >= 3:
        commit["rev"] = "3lbzzzzzzzz2a"
    root = car.put(commit)
    drop = tuple(values[k] for k in drop_records)
    if drop_subtree and subtrees[-1] is not None:
        drop += (subtrees[-1],)
    return car.write(root, drop)


def write(tmp_path: Path, data: bytes, name: str = "repo.car") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def load_one(path: Path) -> Loaded:
    return load_alone(path, "bluesky")


def of(loaded: Loaded, cls: type, **match: Any) -> list[Any]:
    return [
        i
        for i in loaded.items
        if isinstance(i, cls) and all(getattr(i, k) == v for k, v in match.items())
    ]


def member_of(path: Path) -> Member:
    with open_export(path) as export:
        return export.members[0]


def by_item(loaded: Loaded, uri: str) -> Any:
    found = [i for i in loaded.items if getattr(i, "ref", None) and i.ref.item == uri]
    assert len(found) == 1, (uri, found)
    return found[0]


# -- the real repositories -----------------------------------------------------------------


@pytest.mark.real
def test_bnewbold_2025_repository() -> None:
    path = real_path(*BNEWBOLD)
    assert PLATFORM.identify(member_of(path)) == "repo"
    loaded = load_one(path)
    did = "did:plc:nhxcyu4ewwhl5pqil4dotqjo"
    assert loaded.problems == []

    [account] = of(loaded, Account)
    assert loaded.items[0] is account  # the account comes before everything else
    assert (account.account_id, account.handle) == (did, None)
    assert account.display_name == "now roaming free"
    assert account.ref.field == "handle" and account.ref.item is None

    fields = {(f.field, f.value) for f in of(loaded, ProfileField)}
    assert ("display_name", "now roaming free") in fields
    assert ("bio", "yup") in fields
    # blue.linkat.board: a third-party lexicon in the same repository
    websites = [f.value for f in of(loaded, ProfileField, field="website")]
    assert websites == [
        "https://bnewbold.net",
        "https://github.com/bnewbold",
        "https://gitlab.com/bnewbold",
        "https://social.coop/@bnewbold",
    ]
    [avatar] = of(loaded, Media)
    assert avatar.uri == "blob:bafkreif6m4szk2vccbzl7zf5mm33ifs3ugxuwbxlbku3dj75bczfc7gqiy"
    assert avatar.media_type == "image/jpeg" and avatar.ref.field == "avatar"

    counts = loaded.counts()
    assert counts["posts"] == 21 and counts["replies"] == 2
    assert counts["following"] == 3 and counts["likes"] == 2 and counts["reposts"] == 1
    # lexicon schemas and the demo "mushroom" record are other collections: not counted
    assert set(counts) == {
        "accounts",
        "profile_fields",
        "media",
        "posts",
        "replies",
        "following",
        "likes",
        "reposts",
    }

    # The visible text shortens the link; the facet holds the whole address.
    reply = by_item(loaded, f"at://{did}/app.bsky.feed.post/3lj2ex7vyjc2h")
    assert reply.kind == "reply" and reply.text == "github.com/bluesky-soci..."
    assert reply.urls == (
        "https://github.com/bluesky-social/indigo/blob/main/atproto/identity/base_directory.go#L44",
    )
    assert reply.target == "at://did:plc:box3ql3jyrlb7ptzh2tnn2aw/app.bsky.feed.post/3lizyzajiks23"
    assert reply.ref.date == "2025-02-26T02:57:03Z" and reply.ref.visibility == "public"
    assert reply.ref.url == f"https://bsky.app/profile/{did}/post/3lj2ex7vyjc2h"
    assert reply.lang == "en"
    [image] = reply.media
    assert image.caption == 'spray bottle "no" meme image' and image.ref.item == reply.ref.item

    linkat = by_item(loaded, f"at://{did}/app.bsky.feed.post/3l5xaggisv223")
    assert linkat.text == "coooool\nlinkat.blue/board/bnewbo..."
    assert linkat.urls == ("https://linkat.blue/board/bnewbold.robocracy.org",)

    mention = by_item(loaded, f"at://{did}/app.bsky.feed.post/3kly6hoz7is2v")
    assert mention.text == "@jacob.gold kaw"
    assert mention.mentions == ("did:plc:tpg43qhh4lw4ksiffs4nbda3",)

    quote = by_item(loaded, f"at://{did}/app.bsky.feed.post/3ktbn5b7zkc26")
    assert quote.kind == "post"
    assert quote.target == f"at://{did}/app.bsky.feed.post/3kly7jzzyuk2v"

    like = by_item(loaded, f"at://{did}/app.bsky.feed.like/3klyeqta52c26")
    assert (like.kind, like.text) == ("like", "")
    assert like.target == "at://did:plc:xgs3qrwos3dwxmixoflcxrhu/app.bsky.feed.post/3kly6ksx2kk27"
    assert like.ref.date == "2024-02-22T06:37:17Z"
    repost = by_item(loaded, f"at://{did}/app.bsky.feed.repost/3klyeqyfh3k26")
    assert repost.kind == "repost" and repost.target == like.target

    follow = by_item(loaded, f"at://{did}/app.bsky.graph.follow/3kly627gj4k2v")
    assert follow.relation == "following" and follow.ref.field == "following"
    assert follow.account_id == "did:plc:prbwplqm3gnq7j6xoieywkfx"
    assert follow.ref.date == "2024-02-22T04:37:15Z"

    # microsecond timestamps from a third-party client
    oauth = by_item(loaded, f"at://{did}/app.bsky.feed.post/3kz4lf3n2es2j")
    assert oauth.ref.date == "2024-08-07T09:14:24Z" and oauth.lang is None


@pytest.mark.real
def test_greenground_commit_and_two_follows() -> None:
    loaded = load_one(real_path(*GREENGROUND))
    assert loaded.problems == []
    [account] = of(loaded, Account)
    assert account.account_id == "did:plc:kzcqyc3unb33eh5sxzsfs25z"
    assert account.display_name is None  # no profile record in this repository
    follows = of(loaded, Connection)
    assert [f.account_id for f in follows] == [
        "did:plc:6fktaamhhxdqb2ypum33kbkj",
        "did:plc:cz73r7iyiqn26upot4jtjdhk",
    ]
    assert follows[0].ref.item == (
        "at://did:plc:kzcqyc3unb33eh5sxzsfs25z/app.bsky.graph.follow/3k5rgfiifs42u"
    )
    assert follows[0].ref.date == "2023-08-25T08:25:39Z"
    assert loaded.counts() == {"accounts": 1, "following": 2}


@pytest.mark.real
def test_paul_staging_2022_23_repository() -> None:
    loaded = load_one(real_path(*PAUL))
    did = "did:plc:cmpvykrzb2l22kj4ojlv3ox4"
    assert loaded.problems == []
    [account] = of(loaded, Account)
    assert (account.account_id, account.display_name) == (did, "Paul")
    assert ("bio", "Bluesky guy!!!") in {(f.field, f.value) for f in of(loaded, ProfileField)}
    # the 2022-23 blob form {cid, mimeType}
    media = {m.ref.field: m for m in of(loaded, Media)}
    assert media["avatar"].uri == "blob:bafkreib5l3g4gs4lb33xiz4gbb5wem3zy2e6pjix2j4znykt2zpookfhye"
    assert media["banner"].uri == "blob:bafkreih7yfe2jan5lirgqj2zi4l6ybpldqjjg67imoikypbynnhzypmifu"
    assert media["avatar"].media_type == "image/jpeg"

    counts = loaded.counts()
    # The file also keeps 28 commits of history: 54 votes, 3 confirmations and older
    # follows that the current tree no longer holds. Only the current records count.
    assert counts["posts"] + counts["replies"] == 101
    assert counts["replies"] == 19
    assert counts["likes"] == 60
    assert counts["reposts"] == 15
    assert counts["following"] == 8

    # 2022-23 entities (before facets) and the {did, declarationCid} follow form
    entity = by_item(loaded, f"at://{did}/app.bsky.feed.post/3jkx5h4udg226")
    assert entity.text == "Test @android-tesr.staging.bsky.dev and stuff"
    assert entity.mentions == ("did:plc:ahy3hicg6ubuco7oabmqhi2t",)
    card = by_item(loaded, f"at://{did}/app.bsky.feed.post/3jju52jnhp22g")
    assert card.urls == ("https://atproto.com",)  # entity and link card: one address
    follows = {f.account_id for f in of(loaded, Connection)}
    assert "did:plc:52h2g25cka2totzv3ooc364t" in follows  # a {did, declarationCid} subject
    assert "did:plc:2jgxyg77ov2ori6llrjfdq7h" in follows  # a plain DID subject
    # 2022-23 images: legacy blobs inside posts
    kitmo = by_item(loaded, f"at://{did}/app.bsky.feed.post/3jju3vcdoac25")
    assert [m.uri for m in kitmo.media] == [
        "blob:bafkreian6genyxsvllud3m6h6vkqzs4or4xbkeh3a6mdzrpwhawgke3mty"
    ]
    # a quote post with images (recordWithMedia)
    qp = by_item(loaded, f"at://{did}/app.bsky.feed.post/3jrzqisyaic2k")
    assert qp.text == "Quote post with images" and len(qp.media) == 3
    assert qp.target == f"at://{did}/app.bsky.feed.post/3jr3e5spro22f"


@pytest.mark.real
def test_real_repository_zipped_and_tarred(tmp_path: Path, zipped: Any, tarred: Any) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    shutil.copy(real_path(*BNEWBOLD), folder / "repo.car")
    for archive in (zipped(folder), tarred(folder)):
        loaded = load_one(archive)
        assert loaded.problems == []
        assert loaded.counts()["posts"] == 21
        assert of(loaded, Account)[0].ref.file == "repo.car"


@pytest.mark.real
def test_truncated_real_repository_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    data = real_path(*BNEWBOLD).read_bytes()
    path = write(tmp_path, data[: len(data) // 2], "bnewbold.car")
    assert PLATFORM.identify(member_of(path)) == "repo"  # the header is intact
    loaded = load_one(path)
    assert loaded.items == []
    [problem] = loaded.problems
    assert problem.startswith("bnewbold.car: ")
    assert "cut short or damaged" in problem


@pytest.mark.real
def test_identify_refuses_other_platforms_files() -> None:
    if not REAL.exists():
        pytest.skip("real fixtures not available")
    checked = 0
    for platform_dir in sorted(p for p in REAL.iterdir() if p.is_dir()):
        if platform_dir.name == "bluesky":
            continue
        with open_export(platform_dir) as export:
            for member in export.members:
                assert PLATFORM.identify(member) is None, member
                checked += 1
    assert checked > 20


# -- synthetic repositories: the variants the real files lack --------------------------------

DID = "did:plc:q4xsynthsamokafor2qqq3zz"
AT = f"at://{DID}"
OTHER = "did:plc:zz7officialnorthshire000a"
OTHER_POST = f"at://{OTHER}/app.bsky.feed.post/3kxyzxyzxyz2a"
STRONG = {"uri": OTHER_POST, "cid": "bafyreibwclpt6wpupallijymnzjjvepn4vybh7wbsr72ob5ax553ae7dvq"}


def facet(text: str, part: str, feature: dict[str, Any]) -> dict[str, Any]:
    """A facet over ``part`` of ``text``, indexed in UTF-8 bytes as the app writes it."""
    start = text.encode().index(part.encode())
    return {
        "$type": "app.bsky.richtext.facet",
        "index": {"byteStart": start, "byteEnd": start + len(part.encode())},
        "features": [feature],
    }


POST_TEXT = "Café shift done 🚓 with @jo.example.com #NightShift northshire.example/news/2..."
MODERN: dict[str, dict[str, Any]] = {
    "app.bsky.actor.profile/self": {
        "$type": "app.bsky.actor.profile",
        "displayName": "Sam Okafor",
        "description": "Analyst. Views my own.",
        "avatar": blob("avatar"),
        "banner": blob("banner", "image/png"),
        "createdAt": "2024-11-02T09:00:00.000Z",
    },
    "app.bsky.feed.post/3lbaaaaaaaa2a": {
        "$type": "app.bsky.feed.post",
        "text": POST_TEXT,
        "langs": ["en-GB", "cy"],
        "createdAt": "2024-11-03T21:15:42.123Z",
        "tags": ["bluelight"],
        "facets": [
            facet(
                POST_TEXT,
                "@jo.example.com",
                {"$type": "app.bsky.richtext.facet#mention", "did": OTHER},
            ),
            facet(
                POST_TEXT,
                "#NightShift",
                {"$type": "app.bsky.richtext.facet#tag", "tag": "NightShift"},
            ),
            facet(
                POST_TEXT,
                "northshire.example/news/2...",
                {
                    "$type": "app.bsky.richtext.facet#link",
                    "uri": "https://northshire.example/news/2024/award",
                },
            ),
        ],
        "embed": {
            "$type": "app.bsky.embed.external",
            "external": {
                "uri": "https://northshire.example/news/2024/award",
                "title": "Award night",
                "description": "",
                "thumb": blob("thumb"),
            },
        },
    },
    "app.bsky.feed.post/3lbbbbbbbbb2a": {
        "$type": "app.bsky.feed.post",
        "text": "Open day at the station",
        "createdAt": "2024-11-04T10:00:00.000Z",
        "reply": {"root": STRONG, "parent": STRONG},
        "embed": {
            "$type": "app.bsky.embed.images",
            "images": [
                {"alt": "Front desk", "image": blob("desk")},
                {"alt": "", "image": blob("car", "image/webp")},
            ],
        },
    },
    "app.bsky.feed.post/3lbccccccccc2": {
        "$type": "app.bsky.feed.post",
        "text": "Parade today",
        "createdAt": "2024-11-05T10:00:00.000Z",
        "embed": {
            "$type": "app.bsky.embed.recordWithMedia",
            "record": {"$type": "app.bsky.embed.record", "record": STRONG},
            "media": {
                "$type": "app.bsky.embed.video",
                "video": blob("parade", "video/mp4"),
                "alt": "Marching band",
            },
        },
    },
    "app.bsky.feed.post/3lbdddddddd2a": {
        "$type": "app.bsky.feed.post",
        "text": "This.",
        "createdAt": "2024-11-06T10:00:00.000Z",
        "embed": {"$type": "app.bsky.embed.record", "record": STRONG},
    },
    "app.bsky.feed.like/3lbeeeeeeee2a": {
        "$type": "app.bsky.feed.like",
        "subject": STRONG,
        "createdAt": "2024-11-07T10:00:00.000Z",
    },
    "app.bsky.feed.repost/3lbffffffff2a": {
        "$type": "app.bsky.feed.repost",
        "subject": STRONG,
        "createdAt": "2024-11-08T10:00:00.000Z",
    },
    "app.bsky.graph.follow/3lbgggggggg2a": {
        "$type": "app.bsky.graph.follow",
        "subject": OTHER,
        "createdAt": "2024-11-09T10:00:00.000Z",
    },
    "app.bsky.graph.list/3lbhhhhhhhh2a": {
        "$type": "app.bsky.graph.list",
        "name": "Northshire colleagues",
        "purpose": "app.bsky.graph.defs#curatelist",
        "createdAt": "2024-11-10T10:00:00.000Z",
    },
    "app.bsky.graph.listitem/3lbiiiiiiii2a": {
        "$type": "app.bsky.graph.listitem",
        "subject": OTHER,
        "list": f"{AT}/app.bsky.graph.list/3lbhhhhhhhh2a",
        "createdAt": "2024-11-10T10:01:00.000Z",
    },
    "app.bsky.graph.block/3lbjjjjjjjj2a": {
        "$type": "app.bsky.graph.block",
        "subject": "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa",
        "createdAt": "2024-11-11T10:00:00.000Z",
    },
    "app.bsky.graph.starterpack/3lbkkkkkkkk2a": {
        "$type": "app.bsky.graph.starterpack",
        "name": "Northshire folk",
        "list": f"{AT}/app.bsky.graph.list/3lbhhhhhhhh2a",
        "createdAt": "2024-11-12T10:00:00.000Z",
    },
    "app.bsky.feed.threadgate/3lbaaaaaaaa2a": {
        "$type": "app.bsky.feed.threadgate",
        "post": f"{AT}/app.bsky.feed.post/3lbaaaaaaaa2a",
        "createdAt": "2024-11-03T21:15:42.123Z",
    },
    "blue.linkat.board/self": {
        "$type": "blue.linkat.board",
        "cards": [
            {"url": "https://samokafor.example", "text": "Website"},
            {"url": "", "text": "empty"},
            {"text": "no url"},
        ],
    },
    "com.example.unknown/1": {"$type": "com.example.unknown", "anything": [1, 2, {"x": None}]},
}


def test_modern_repository_every_record_type(tmp_path: Path) -> None:
    loaded = load_one(write(tmp_path, build_repo(DID, MODERN)))
    assert loaded.problems == []
    assert loaded.counts() == {
        "accounts": 1,
        "profile_fields": 3,
        "media": 2,
        "posts": 3,
        "replies": 1,
        "likes": 1,
        "reposts": 1,
        "following": 1,
        "lists": 2,
    }
    [account] = of(loaded, Account)
    assert (account.account_id, account.display_name) == (DID, "Sam Okafor")
    assert account.created_at == "2024-11-02T09:00:00Z"
    assert {(f.field, f.value) for f in of(loaded, ProfileField)} == {
        ("display_name", "Sam Okafor"),
        ("bio", "Analyst. Views my own."),
        ("website", "https://samokafor.example"),
    }
    media = {m.ref.field: m for m in of(loaded, Media)}
    assert media["banner"].uri == "blob:" + libipld.encode_cid(raw_cid("banner"))
    assert media["banner"].media_type == "image/png"
    assert media["avatar"].ref.item == f"{AT}/app.bsky.actor.profile/self"

    post = by_item(loaded, f"{AT}/app.bsky.feed.post/3lbaaaaaaaa2a")
    assert post.text == POST_TEXT  # kept as written, never rewritten
    assert post.urls == ("https://northshire.example/news/2024/award",)
    assert post.mentions == (OTHER,)
    assert post.hashtags == ("NightShift", "bluelight")
    assert post.lang == "en-GB"
    assert post.ref.date == "2024-11-03T21:15:42Z"
    assert post.media == ()  # a link card's thumbnail is not the person's image

    reply = by_item(loaded, f"{AT}/app.bsky.feed.post/3lbbbbbbbbb2a")
    assert reply.kind == "reply" and reply.target == OTHER_POST
    assert [(m.caption, m.media_type) for m in reply.media] == [
        ("Front desk", "image/jpeg"),
        (None, "image/webp"),
    ]
    video = by_item(loaded, f"{AT}/app.bsky.feed.post/3lbccccccccc2")
    assert video.target == OTHER_POST
    assert [(m.caption, m.media_type) for m in video.media] == [("Marching band", "video/mp4")]
    assert by_item(loaded, f"{AT}/app.bsky.feed.post/3lbdddddddd2a").target == OTHER_POST

    like = by_item(loaded, f"{AT}/app.bsky.feed.like/3lbeeeeeeee2a")
    assert like.target == OTHER_POST
    assert like.ref.url == f"https://bsky.app/profile/{OTHER}/post/3kxyzxyzxyz2a"
    follow = by_item(loaded, f"{AT}/app.bsky.graph.follow/3lbgggggggg2a")
    assert follow.account_id == OTHER and follow.url == f"https://bsky.app/profile/{OTHER}"
    groups = {g.name: g for g in of(loaded, Group)}
    assert set(groups) == {"Northshire colleagues", "Northshire folk"}
    assert groups["Northshire colleagues"].kind == "list"
    assert (
        groups["Northshire colleagues"].url == f"https://bsky.app/profile/{DID}/lists/3lbhhhhhhhh2a"
    )
    assert all(i.ref.visibility == "public" for i in loaded.items)
    assert all(i.ref.platform == "bluesky" and i.ref.file == "repo.car" for i in loaded.items)


def test_tree_order_is_key_order(tmp_path: Path) -> None:
    """Every record is reached once, through l and t pointers, in key order."""
    records = {
        f"app.bsky.feed.post/3lb{i:02d}aaaaaa2a": {
            "$type": "app.bsky.feed.post",
            "text": f"post {i}",
            "createdAt": "2024-01-01T00:00:00Z",
        }
        for i in range(40)
    }
    loaded = load_one(write(tmp_path, build_repo(DID, records, chunk=4)))
    assert [p.text for p in of(loaded, Post)] == [f"post {i}" for i in range(40)]


LEGACY: dict[str, dict[str, Any]] = {
    "app.bsky.actor.profile/self": {
        "$type": "app.bsky.actor.profile",
        "displayName": "Dee",
        "avatar": legacy_blob("dee"),
    },
    "app.bsky.system.declaration/self": {
        "$type": "app.bsky.system.declaration",
        "actorType": "app.bsky.system.actorUser",
    },
    "app.bsky.feed.vote/3jhaaaaaaaa2k": {
        "$type": "app.bsky.feed.vote",
        "direction": "up",
        "subject": STRONG,
        "createdAt": "2022-11-14T20:51:20.542Z",
    },
    "app.bsky.feed.vote/3jhbbbbbbbb2k": {
        "$type": "app.bsky.feed.vote",
        "direction": "down",
        "subject": STRONG,
        "createdAt": "2022-11-14T20:52:20.542Z",
    },
    "app.bsky.graph.confirmation/3jhcccccccc2k": {
        "$type": "app.bsky.graph.confirmation",
        "assertion": STRONG,
        "originator": {
            "did": OTHER,
            "declarationCid": "bafyreiakdi7x4532eetsshwzjnoxvqg5rckns6wksmay6sg5n5u7t2ewvy",
        },
        "createdAt": "2022-12-20T20:25:29.341Z",
    },
    "app.bsky.graph.assertion/3jhdddddddd2k": {
        "$type": "app.bsky.graph.assertion",
        "assertion": "app.bsky.graph.assertMember",
        "subject": {
            "did": OTHER,
            "declarationCid": "bafyreiakdi7x4532eetsshwzjnoxvqg5rckns6wksmay6sg5n5u7t2ewvy",
        },
        "createdAt": "2022-12-20T20:25:29.341Z",
    },
    "app.bsky.graph.follow/3jheeeeeeee2k": {
        "$type": "app.bsky.graph.follow",
        "subject": {
            "did": OTHER,
            "declarationCid": "bafyreid27zk7lbis4zw5fz4podbvbs4fc5ivwji3dmrwa6zggnj4bnd57u",
        },
        "createdAt": "2022-11-11T22:36:13.233Z",
    },
    "app.bsky.feed.post/3jhffffffff2k": {
        "$type": "app.bsky.feed.post",
        "text": "At work https://northshire.example with @jo.staging.bsky.dev",
        "entities": [
            {
                "index": {"start": 8, "end": 34},
                "type": "link",
                "value": "https://northshire.example",
            },
            {"index": {"start": 40, "end": 60}, "type": "mention", "value": OTHER},
        ],
        "embed": {
            "$type": "app.bsky.embed.images",
            "images": [{"alt": "", "image": legacy_blob("p1")}],
        },
        "createdAt": "2022-11-12T17:42:51.346Z",
    },
}


def test_legacy_2022_23_repository(tmp_path: Path) -> None:
    loaded = load_one(write(tmp_path, build_repo(DID, LEGACY, version=2)))
    assert loaded.problems == []
    assert loaded.counts() == {
        "accounts": 1,
        "profile_fields": 1,
        "media": 1,
        "likes": 1,  # the up vote; the down vote is no like
        "following": 1,
        "posts": 1,
    }
    [vote] = of(loaded, Post, kind="like")
    assert vote.ref.item == f"{AT}/app.bsky.feed.vote/3jhaaaaaaaa2k"
    assert vote.target == OTHER_POST and vote.ref.date == "2022-11-14T20:51:20Z"
    [avatar] = of(loaded, Media)
    assert avatar.uri == "blob:" + libipld.encode_cid(raw_cid("dee"))
    [follow] = of(loaded, Connection)
    assert follow.account_id == OTHER
    [post] = of(loaded, Post, kind="post")
    assert post.urls == ("https://northshire.example",) and post.mentions == (OTHER,)
    assert [m.uri for m in post.media] == ["blob:" + libipld.encode_cid(raw_cid("p1"))]


EMBEDS = [
    pytest.param(
        {"$type": "app.bsky.embed.external", "external": {"uri": "https://a.example/x"}},
        ("https://a.example/x",),
        [],
        None,
        id="external",
    ),
    pytest.param(
        {"$type": "app.bsky.embed.images", "images": [{"alt": "Badge", "image": blob("b")}]},
        (),
        [("blob:" + libipld.encode_cid(raw_cid("b")), "Badge")],
        None,
        id="images",
    ),
    pytest.param(
        {"$type": "app.bsky.embed.images", "images": [{"alt": "Old", "image": legacy_blob("o")}]},
        (),
        [("blob:" + libipld.encode_cid(raw_cid("o")), "Old")],
        None,
        id="images-legacy-blob",
    ),
    pytest.param(
        {"$type": "app.bsky.embed.video", "video": blob("v", "video/mp4"), "alt": "Clip"},
        (),
        [("blob:" + libipld.encode_cid(raw_cid("v")), "Clip")],
        None,
        id="video",
    ),
    pytest.param(
        {"$type": "app.bsky.embed.record", "record": STRONG}, (), [], OTHER_POST, id="quote"
    ),
    pytest.param(
        {
            "$type": "app.bsky.embed.recordWithMedia",
            "record": {"record": STRONG},
            "media": {"$type": "app.bsky.embed.external", "external": {"uri": "https://b.example"}},
        },
        ("https://b.example",),
        [],
        OTHER_POST,
        id="quote-with-link-card",
    ),
    pytest.param(
        {"$type": "app.bsky.embed.images", "images": None}, (), [], None, id="null-images"
    ),
    pytest.param(
        {"$type": "app.bsky.embed.images", "images": [{"alt": "x"}]}, (), [], None, id="no-blob"
    ),
    pytest.param({"$type": "app.bsky.embed.unknown", "what": 1}, (), [], None, id="unknown-embed"),
]


@pytest.mark.parametrize(("embed", "urls", "media", "target"), EMBEDS)
def test_embed_variants(
    tmp_path: Path,
    embed: dict[str, Any],
    urls: tuple[str, ...],
    media: list[tuple[str, str]],
    target: str | None,
) -> None:
    record = {"$type": "app.bsky.feed.post", "text": "t", "createdAt": "2024-01-01T00:00:00Z"}
    data = build_repo(DID, {"app.bsky.feed.post/3laaaaaaaaa2a": {**record, "embed": embed}})
    [post] = of(load_one(write(tmp_path, data)), Post)
    assert post.urls == urls
    assert [(m.uri, m.caption) for m in post.media] == media
    assert post.target == target


@pytest.mark.parametrize(
    "record",
    [
        pytest.param({"$type": "app.bsky.feed.post"}, id="no-text-no-date"),
        pytest.param(
            {"text": None, "facets": None, "langs": None, "reply": None, "embed": None}, id="nulls"
        ),
        pytest.param(
            {"text": "x", "facets": [None, {"features": [None, {}]}], "tags": [None, 3]},
            id="junk-facets",
        ),
        pytest.param({"text": "x", "createdAt": "N/A", "langs": [""]}, id="bad-date"),
    ],
)
def test_odd_posts_do_not_crash(tmp_path: Path, record: dict[str, Any]) -> None:
    data = build_repo(DID, {"app.bsky.feed.post/3laaaaaaaaa2a": record})
    loaded = load_one(write(tmp_path, data))
    assert loaded.problems == []
    [post] = of(loaded, Post)
    assert post.kind == "post" and post.ref.date is None and post.lang is None


def test_odd_records_are_skipped(tmp_path: Path) -> None:
    records: dict[str, dict[str, Any]] = {
        "app.bsky.graph.follow/3la1": {"subject": None},
        "app.bsky.graph.follow/3la2": {"subject": {"declarationCid": "x"}},
        "app.bsky.graph.list/3la3": {"name": ""},
        "app.bsky.feed.like/3la4": {"subject": None},
        "blue.linkat.board/self": {"cards": None},
        "app.bsky.actor.profile/self": {"displayName": "  ", "avatar": {"mimeType": "image/png"}},
    }
    loaded = load_one(write(tmp_path, build_repo(DID, records)))
    assert loaded.problems == []
    # only the like survives, with no target; everything else is empty
    assert loaded.counts() == {"accounts": 1, "likes": 1}
    assert of(loaded, Post)[0].target is None


# -- broken input -------------------------------------------------------------------------


def test_partial_export_keeps_what_is_there(tmp_path: Path) -> None:
    data = build_repo(
        DID,
        MODERN,
        drop_records=("app.bsky.feed.post/3lbbbbbbbbb2a",),
        drop_subtree=True,
    )
    loaded = load_one(write(tmp_path, data, "partial.car"))
    [problem] = loaded.problems
    assert problem.startswith("partial.car: ")
    assert "missing" in problem and "partial export" in problem
    counts = loaded.counts()
    assert counts["accounts"] == 1 and counts["replies"] == 0  # the dropped record
    assert counts["posts"] >= 1  # what the remaining tree reaches is read
    assert of(loaded, ProfileField)


def test_missing_commit_block(tmp_path: Path) -> None:
    car = Car()
    header = libipld.encode_dag_cbor({"version": 1, "roots": [_cbor_cid(b"gone")]})
    data = _varint(len(header)) + header
    car.put({"unrelated": 1})
    data += b"".join(_varint(len(c) + len(d)) + c + d for c, d in car.blocks.items())
    loaded = load_one(write(tmp_path, data))
    assert loaded.items == []
    assert loaded.problems == [
        "repo.car: not a readable Bluesky repository: the commit block is missing"
    ]


def test_root_that_is_not_a_commit(tmp_path: Path) -> None:
    car = Car()
    root = car.put({"hello": "world"})
    loaded = load_one(write(tmp_path, car.write(root)))
    assert loaded.items == []
    assert "not a signed commit" in loaded.problems[0]


def test_too_big_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, build_repo(DID, MODERN))
    monkeypatch.setattr(bs, "MAX_CAR_BYTES", 100)
    loaded = load_one(path)
    assert loaded.items == []
    [problem] = loaded.problems
    assert problem.startswith("repo.car: ") and "100-byte limit" in problem


def test_too_big_without_a_known_size(tmp_path: Path) -> None:
    path = write(tmp_path, build_repo(DID, MODERN))
    member = Member(str(path), "repo.car", None, functools.partial(path.open, "rb"))
    with pytest.raises(ParseError, match="limit"):
        bs.read_car_bytes(member, 100)
    assert bs.read_car_bytes(member, 10**6) == path.read_bytes()


HEADER = libipld.encode_dag_cbor({"version": 1, "roots": [_cbor_cid(b"r")]})


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        pytest.param(_varint(len(HEADER)) + HEADER, "repo", id="car-v1-header"),
        pytest.param(b"", None, id="empty"),
        pytest.param(bytes(range(256)) * 8, None, id="byte-ramp"),
        pytest.param(b'{"version": 1, "roots": []}', None, id="json"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), None, id="jpeg"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(64), None, id="png"),
        pytest.param(b"Name,URL\nJo,https://x.example\n", None, id="csv"),
        pytest.param(HEADER, None, id="header-without-varint"),
        pytest.param(
            _varint(len(HEADER)) + HEADER[: len(HEADER) // 2], None, id="header-cut-short"
        ),
        pytest.param(
            (lambda h: _varint(len(h)) + h)(libipld.encode_dag_cbor({"version": 2, "roots": []})),
            None,
            id="wrong-version",
        ),
        pytest.param(
            (lambda h: _varint(len(h)) + h)(libipld.encode_dag_cbor({"version": 1, "roots": []})),
            None,
            id="no-roots",
        ),
        pytest.param(bytes.fromhex("0aa16776657273696f6e02") + bytes(40), None, id="car-v2-pragma"),
    ],
)
def test_identify_by_content(tmp_path: Path, data: bytes, kind: str | None) -> None:
    assert PLATFORM.identify(member_of(write(tmp_path, data, "export.car"))) == kind


def test_random_bytes_named_car_are_not_recognised(tmp_path: Path) -> None:
    rng = random.Random(20250310)
    for i in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 600)))
        assert PLATFORM.identify(member_of(write(tmp_path, data, f"r{i}.car"))) is None
    # and load() says it is no platform's
    assert load(write(tmp_path, bytes(rng.randrange(256) for _ in range(4096)), "x.car")) == []


def test_coverage() -> None:
    assert PLATFORM.coverage({"repo"}) == [
        "Bluesky repositories hold no followers and no images (only their ids)",
        "follows are DIDs: names need --online",
    ]
    assert PLATFORM.coverage(set()) == []


def test_cid_forms() -> None:
    raw = raw_cid("x")
    text = libipld.encode_cid(raw)
    assert bs.cid_str(raw) == text
    assert bs.cid_str(b"\x00" + raw) == text  # with the multibase identity prefix
    assert bs.cid_str(text) == text
    assert bs.cid_str({"$link": text}) == text  # the JSON form
    assert bs.cid_str(b"not a cid") is None
    assert bs.cid_str(None) is None and bs.cid_str("") is None
