"""Bluesky: the repository export ("Export my data", as from ``com.atproto.sync.getRepo``).

What is read
    One file, usually named ``repo.car`` or ``<handle>-<date>.car``, recognised by its
    content and never by its name: a CAR v1 file (a varint-prefixed DAG-CBOR header
    ``{version: 1, roots: [<commit>]}`` followed by content-addressed blocks). It is
    decoded with the ``libipld`` library. A repository is at most a few hundred MB, so it
    is read whole into memory (about ten times the file's size once decoded); a file over
    :data:`MAX_CAR_BYTES` (512 MiB) is refused with a clear problem instead, as is a file
    that is cut short or damaged (libipld cannot decode a CAR past a broken block, so
    nothing of such a file is read). CAR v2 files are not recognised.

How it is walked
    The root block is the signed commit ``{did, version, data, rev, prev, sig}``. Its
    ``data`` is the top of a Merkle search tree whose nodes are ``{l, e: [{p, k, v, t}]}``;
    each entry's key is ``collection/rkey``, stored as the first ``p`` bytes of the
    previous key in the node plus the suffix ``k``. The tree is walked in key order
    without recursion. Only records the current commit reaches are read: older versions
    kept in the same file (2022-23 staging repositories carry their history) are not the
    account's data any more. A block the tree names but the file lacks (a partial export)
    is reported as one problem; everything that is there is still read.

What is taken from each record (every record's ``source.item`` is its ``at://`` URI)
    - the commit: the account's DID (``Account.account_id``; the repository does not hold
      the handle, so ``handle`` is ``None``).
    - ``app.bsky.actor.profile``: display name, bio (``description``), avatar and banner
      as :class:`~footprint.model.Media` with ``uri`` ``blob:<cid>`` (only the ids of
      images are in the export; both the blob form ``{$type: blob, ref, mimeType}`` and
      the 2022-23 form ``{cid, mimeType}`` are read).
    - ``app.bsky.feed.post``: a post, or a reply when it has ``reply`` (``target`` is the
      parent's URI; for a quote post, the quoted post's URI). The text is kept as written;
      since the app shortens links in the visible text (``github.com/bluesky-soci...``),
      the full addresses come from the ``#link`` facets and the link card
      (``embed.external.uri``). ``#mention`` facets give DIDs, ``#tag`` facets and the
      ``tags`` field give hashtags (without ``#``). Images and videos are Media with their
      alt text as caption. 2022-23 posts used ``entities`` (``link`` / ``mention``)
      instead of facets: those are read too.
    - ``app.bsky.feed.like`` / ``app.bsky.feed.repost``: a like or repost whose ``target``
      is the subject's URI (``source.url`` is that post's bsky.app page); the 2022-23
      ``app.bsky.feed.vote`` counts as a like when its direction is ``up``.
    - ``app.bsky.graph.follow``: an account followed, by DID (both the string subject and
      the 2022-23 ``{did, declarationCid}`` form).
    - ``app.bsky.graph.list`` and ``app.bsky.graph.starterpack``: lists the person made,
      as groups of kind ``list`` (by name).
    - ``blue.linkat.board`` (a third-party link page kept in the same repository): each
      card's URL as a ``website`` profile field.

Other collections (blocks, list items, feed generators, thread gates, the 2022-23
``app.bsky.graph.confirmation`` and ``app.bsky.system.declaration``, any third-party
lexicon) are skipped silently. Everything in a repository is public.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

import libipld

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import parse_any
from footprint.model import (
    Account,
    Connection,
    Group,
    Item,
    Media,
    Post,
    ProfileField,
    Ref,
)
from footprint.platforms.base import ParseContext, Platform, ProfileUrl
from footprint.registry import platforms

MiB = 1024 * 1024

# A repository is read whole: libipld decodes a CAR from bytes, and every block may be
# needed to walk the tree. Real repositories are tens to a few hundred MB; decoded, they
# take about ten times their size in memory.
MAX_CAR_BYTES = 512 * MiB

# A CAR header holding one root CID is 58 bytes; allow a few roots, refuse anything that
# claims a header larger than this (random bytes read as a varint usually do).
_MAX_HEADER_BYTES = 1024

_PROFILE = "app.bsky.actor.profile"
_WEB = "https://bsky.app/profile/"


def _uvarint(data: bytes) -> tuple[int, int] | None:
    """An unsigned LEB128 varint at the start of ``data``: (value, bytes used)."""
    value = 0
    for i, byte in enumerate(data[:9]):
        value |= (byte & 0x7F) << (7 * i)
        if not byte & 0x80:
            return value, i + 1
    return None


def car_header(head: bytes) -> dict[str, Any] | None:
    """The CAR v1 header ``{version: 1, roots: [...]}`` at the start of ``head``, or None."""
    parsed = _uvarint(head)
    if parsed is None:
        return None
    length, offset = parsed
    if not 0 < length <= _MAX_HEADER_BYTES or offset + length > len(head):
        return None
    # The header is a DAG-CBOR map: major type 5 (0xa0-0xbf). Checked before decoding so
    # that photos, JSON and CSV files are turned away by two byte comparisons.
    if head[offset] & 0xE0 != 0xA0:
        return None
    try:
        header = libipld.decode_dag_cbor(head[offset : offset + length])
    except (ValueError, RecursionError, TypeError):
        return None
    if not isinstance(header, dict) or header.get("version") != 1:
        return None
    roots = header.get("roots")
    if not isinstance(roots, list) or not roots:
        return None
    return header


def cid_str(value: object) -> str | None:
    """A CID as its usual string form (``bafy...``), whatever form libipld gave it in.

    libipld 3 gives links as raw CID bytes; older versions and JSON forms give strings or
    ``{"$link": "..."}``.
    """
    if isinstance(value, dict):
        value = value.get("$link")
    if isinstance(value, str):
        return value or None
    if isinstance(value, bytes | bytearray):
        raw = bytes(value)
        if raw[:1] == b"\x00":  # the multibase "identity" prefix of a CBOR link
            raw = raw[1:]
        try:
            return libipld.encode_cid(raw)
        except ValueError:
            return None
    return None


def _str(value: object) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def web_url(at_uri: str | None) -> str | None:
    """The bsky.app page of a post's ``at://`` URI (what a person opens to undo a like)."""
    if not at_uri or not at_uri.startswith("at://"):
        return None
    parts = at_uri[5:].split("/")
    if len(parts) == 3 and parts[1] == "app.bsky.feed.post" and parts[0] and parts[2]:
        return f"{_WEB}{parts[0]}/post/{parts[2]}"
    return None


class _Repo:
    """A decoded repository: the commit's DID and the records its tree reaches."""

    def __init__(self, blocks: dict[str, Any], did: str, data: str | None) -> None:
        self.blocks = blocks
        self.did = did
        self.data = data
        self.missing = 0  # blocks the tree names but the file lacks
        self.malformed = 0  # tree nodes that are not {l, e}

    def entries(self) -> list[tuple[str, str]]:
        """(``collection/rkey``, record CID) in key order, walking the tree iteratively."""
        out: list[tuple[str, str]] = []
        if self.data is None:
            return out
        seen: set[str] = set()
        # The stack holds tree nodes to open (a CID) and entries found (a key and a CID),
        # pushed in reverse so that they come off in key order: l, then each entry and
        # its right subtree t.
        stack: list[tuple[str, str | None]] = [(self.data, None)]
        while stack:
            cid, key = stack.pop()
            if key is not None:
                out.append((key, cid))
                continue
            if cid in seen:  # a cycle can only come from a forged file
                continue
            seen.add(cid)
            node = self.blocks.get(cid)
            if node is None:
                self.missing += 1
                continue
            if not isinstance(node, dict) or not isinstance(node.get("e"), list):
                self.malformed += 1
                continue
            found: list[tuple[str, str | None]] = []
            left = cid_str(node.get("l"))
            if left:
                found.append((left, None))
            previous = b""
            for entry in node["e"]:
                if not isinstance(entry, dict):
                    self.malformed += 1
                    continue
                prefix = entry.get("p")
                suffix = entry.get("k")
                if isinstance(suffix, str):
                    suffix = suffix.encode()
                if not isinstance(prefix, int) or not isinstance(suffix, bytes):
                    self.malformed += 1
                    continue
                raw_key = previous[:prefix] + suffix
                previous = raw_key
                value = cid_str(entry.get("v"))
                if value:
                    found.append((value, raw_key.decode("utf-8", "replace")))
                right = cid_str(entry.get("t"))
                if right:
                    found.append((right, None))
            stack.extend(reversed(found))
        return out


def decode_repo(data: bytes) -> _Repo:
    """The repository in a CAR file's bytes; :class:`ParseError` if it is not one."""
    try:
        header, raw_blocks = libipld.decode_car(data)
    except (ValueError, RecursionError, TypeError, OverflowError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ParseError(
            f"not a readable Bluesky repository: the CAR file is cut short or damaged ({reason})"
        ) from exc
    blocks: dict[str, Any] = {}
    for key, value in raw_blocks.items():
        cid = cid_str(key)
        if cid:
            blocks[cid] = value
    roots = _list(_dict(header).get("roots"))
    root = cid_str(roots[0]) if roots else None
    commit = blocks.get(root) if root else None
    if commit is None:
        raise ParseError("not a readable Bluesky repository: the commit block is missing")
    did = _str(_dict(commit).get("did"))
    if did is None or not did.startswith("did:"):
        raise ParseError("not a Bluesky repository: the root block is not a signed commit")
    return _Repo(blocks, did, cid_str(commit.get("data")))


def read_car_bytes(member: Member, limit: int = MAX_CAR_BYTES) -> bytes:
    """The member's bytes, refusing one larger than ``limit`` before reading it."""
    too_big = (
        f"larger than the {limit:,}-byte limit for a Bluesky repository (read whole); not read"
    )
    if member.size is not None and member.size > limit:
        raise ParseError(f"{member.size:,} bytes is {too_big}")
    with member.open() as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ParseError(f"the file is {too_big}")
    return data


@platforms.register("bluesky")
class Bluesky(Platform):
    """Bluesky repository exports (CAR)."""

    name = "bluesky"
    title = "Bluesky"
    download = "Settings > Account > Export my data (a `.car` file)"
    generations = "current and 2022-23 record types"
    profile_urls = (ProfileUrl.of(r"^bsky\.app$", r"^/profile/([^/?#]+)/?$"),)
    item_ids: ClassVar[Mapping[str, str]] = {
        "record (post, like, repost, follow, any other)": "the record's own `at://` URI"
    }
    # The record's at:// URI: the repository's DID, the collection, the record key.
    id_format = re.compile(r"at://did:[a-z0-9]+:[A-Za-z0-9._:%-]+/[A-Za-z0-9.]+/[A-Za-z0-9._~:-]+")
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": "On Bluesky, open your profile > Edit profile; change the {field}.",
        "delete_posts": "On each post listed, … > Delete post.",
        "turn_on_2fa": (
            "Settings > Account > Two-factor authentication: turn on e-mail confirmation."
        ),
    }
    kinds = ("repo",)

    def identify(self, member: Member) -> str | None:
        if member.size is not None and member.size < 2:
            return None
        return "repo" if car_header(member.head()) is not None else None

    def coverage(self, kinds: set[str]) -> list[str]:
        if "repo" not in kinds:
            return []
        return [
            "Bluesky repositories hold no followers and no images (only their ids)",
            "follows are DIDs: names need --online",
        ]

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        repo = decode_repo(read_car_bytes(member, MAX_CAR_BYTES))
        return _Reader(repo, member, ctx).items()


class _Reader:
    """Turns one repository's records into model items."""

    def __init__(self, repo: _Repo, member: Member, ctx: ParseContext) -> None:
        self.repo = repo
        self.did = repo.did
        self.file = member.name
        self.member = member
        self.ctx = ctx
        self.profile_url = _WEB + self.did

    def ref(
        self,
        item: str | None,
        field: str,
        date: str | None = None,
        url: str | None = None,
    ) -> Ref:
        return Ref("bluesky", self.file, item, field, "public", date, url)

    def uri(self, collection: str, rkey: str) -> str:
        return f"at://{self.did}/{collection}/{rkey}"

    def items(self) -> Iterator[Item]:
        entries = self.repo.entries()
        records: list[tuple[str, str, dict[str, Any]]] = []
        for key, cid in entries:
            record = self.repo.blocks.get(cid)
            if record is None:
                self.repo.missing += 1
                continue
            if isinstance(record, dict):
                collection, _, rkey = key.partition("/")
                records.append((collection, rkey, record))

        # The Account first, with the display name from the profile record wherever the
        # tree put it, so that later stages know whose records follow.
        profile = next((r for c, k, r in records if c == _PROFILE and k == "self"), None)
        profile = profile or next((r for c, _, r in records if c == _PROFILE), {})
        if self.ctx.state.get("did") != self.did:
            self.ctx.state["did"] = self.did
            yield Account(
                platform="bluesky",
                handle=None,
                ref=self.ref(None, "handle", url=self.profile_url),
                account_id=self.did,
                display_name=_str(profile.get("displayName")),
                url=self.profile_url,
                created_at=parse_any(profile.get("createdAt")),
            )

        for collection, rkey, record in records:
            handler = _HANDLERS.get(collection)
            if handler is not None:
                yield from handler(self, self.uri(collection, rkey), rkey, record)

        problems = []
        if self.repo.missing:
            problems.append(
                f"{self.repo.missing:,} block(s) named by the repository are missing from the"
                " file (a partial export); the records present were read"
            )
        if self.repo.malformed:
            problems.append(f"{self.repo.malformed:,} damaged tree node(s) skipped")
        for message in problems:
            self.ctx.problem(self.member, message)

    # -- records -------------------------------------------------------------------------

    def profile(self, uri: str, rkey: str, rec: dict[str, Any]) -> Iterator[Item]:
        date = parse_any(rec.get("createdAt"))
        for source, field in (("displayName", "display_name"), ("description", "bio")):
            value = _str(rec.get(source))
            if value:
                yield ProfileField(field, value, self.ref(None, field, date, self.profile_url))
        for part in ("avatar", "banner"):
            media = self.media(rec.get(part), uri, part, date)
            if media is not None:
                yield media

    def media(
        self, blob: object, item: str, field: str, date: str | None, caption: object = None
    ) -> Media | None:
        """A blob (``{$type: blob, ref, mimeType, size}`` or 2022-23 ``{cid, mimeType}``)."""
        blob = _dict(blob)
        cid = cid_str(blob["ref"]) if "ref" in blob else cid_str(blob.get("cid"))
        if cid is None:
            return None
        return Media(
            uri=f"blob:{cid}",
            ref=self.ref(item, field, date),
            media_type=_str(blob.get("mimeType")),
            caption=_str(caption),
        )

    def post(self, uri: str, rkey: str, rec: dict[str, Any]) -> Iterator[Item]:
        date = parse_any(rec.get("createdAt"))
        urls: list[str] = []
        mentions: list[str] = []
        hashtags: list[str] = []
        # Facets mark byte ranges (UTF-8 offsets) of the text; the text itself is kept as
        # written, and what matters here is the feature's own value: the full link
        # address the visible text shortens, the mentioned DID, the tag.
        for facet in _list(rec.get("facets")):
            for feature in _list(_dict(facet).get("features")):
                feature = _dict(feature)
                ftype = str(feature.get("$type", ""))
                if ftype.endswith("#link") or (not ftype and "uri" in feature):
                    urls.append(_str(feature.get("uri")) or "")
                elif ftype.endswith("#mention") or (not ftype and "did" in feature):
                    mentions.append(_str(feature.get("did")) or "")
                elif ftype.endswith("#tag") or (not ftype and "tag" in feature):
                    hashtags.append((_str(feature.get("tag")) or "").lstrip("#"))
        for entity in _list(rec.get("entities")):  # 2022-23, before facets
            entity = _dict(entity)
            value = _str(entity.get("value")) or ""
            if entity.get("type") == "link":
                urls.append(value)
            elif entity.get("type") == "mention":
                mentions.append(value)
        hashtags.extend((_str(t) or "").lstrip("#") for t in _list(rec.get("tags")))

        media: list[Media] = []
        quote = self.embed(_dict(rec.get("embed")), uri, date, urls, media)
        reply = _dict(rec.get("reply"))
        parent = _str(_dict(reply.get("parent")).get("uri")) if reply else None
        langs = [lang for lang in _list(rec.get("langs")) if _str(lang)]
        text = rec.get("text")
        yield Post(
            kind="reply" if reply else "post",
            text=text if isinstance(text, str) else "",
            ref=self.ref(uri, "text", date, f"{self.profile_url}/post/{rkey}"),
            hashtags=_unique(hashtags),
            urls=_unique(urls),
            mentions=_unique(mentions),
            media=tuple(media),
            target=parent or quote,
            lang=langs[0] if langs else None,
        )

    def embed(
        self,
        embed: dict[str, Any],
        uri: str,
        date: str | None,
        urls: list[str],
        media: list[Media],
        depth: int = 0,
    ) -> str | None:
        """Collect an embed's link and media; return a quoted record's URI."""
        quote: str | None = None
        for image in _list(embed.get("images")):
            image = _dict(image)
            found = self.media(image.get("image"), uri, "media", date, image.get("alt"))
            if found is not None:
                media.append(found)
        if "video" in embed:
            found = self.media(embed.get("video"), uri, "media", date, embed.get("alt"))
            if found is not None:
                media.append(found)
        external = _dict(embed.get("external"))
        if _str(external.get("uri")):
            urls.append(_str(external.get("uri")) or "")
        record = _dict(embed.get("record"))
        # app.bsky.embed.record holds {uri, cid}; recordWithMedia nests it once more.
        quote = _str(record.get("uri")) or _str(_dict(record.get("record")).get("uri"))
        if depth == 0 and isinstance(embed.get("media"), dict):
            self.embed(embed["media"], uri, date, urls, media, depth + 1)
        return quote

    def engagement(self, kind: str, uri: str, rec: dict[str, Any]) -> Iterator[Item]:
        subject = rec.get("subject")
        target = _str(_dict(subject).get("uri")) or _str(subject)
        date = parse_any(rec.get("createdAt"))
        yield Post(
            kind=kind,
            text="",
            ref=self.ref(uri, "target", date, web_url(target)),
            target=target,
        )

    def like(self, uri: str, rkey: str, rec: dict[str, Any]) -> Iterator[Item]:
        return self.engagement("like", uri, rec)

    def repost(self, uri: str, rkey: str, rec: dict[str, Any]) -> Iterator[Item]:
        return self.engagement("repost", uri, rec)

    def vote(self, uri: str, rkey: str, rec: dict[str, Any]) -> Iterator[Item]:
        # 2022-23: an "up" vote was what became a like; a "down" vote was never shown.
        if rec.get("direction") == "up":
            yield from self.engagement("like", uri, rec)

    def follow(self, uri: str, rkey: str, rec: dict[str, Any]) -> Iterator[Item]:
        subject = rec.get("subject")
        did = _str(subject) or _str(_dict(subject).get("did"))  # 2022-23: {did, declarationCid}
        if did is None:
            return
        url = _WEB + did
        yield Connection(
            relation="following",
            ref=self.ref(uri, "following", parse_any(rec.get("createdAt")), url),
            account_id=did,
            url=url,
        )

    def group(self, uri: str, rkey: str, rec: dict[str, Any], url: str) -> Iterator[Item]:
        name = _str(rec.get("name"))
        if name:
            date = parse_any(rec.get("createdAt"))
            yield Group("list", name, self.ref(uri, "groups", date, url), role="owner", url=url)

    def list_(self, uri: str, rkey: str, rec: dict[str, Any]) -> Iterator[Item]:
        return self.group(uri, rkey, rec, f"{self.profile_url}/lists/{rkey}")

    def starterpack(self, uri: str, rkey: str, rec: dict[str, Any]) -> Iterator[Item]:
        return self.group(uri, rkey, rec, f"https://bsky.app/starter-pack/{self.did}/{rkey}")

    def linkat(self, uri: str, rkey: str, rec: dict[str, Any]) -> Iterator[Item]:
        for card in _list(rec.get("cards")):
            url = _str(_dict(card).get("url"))
            if url:
                yield ProfileField("website", url, self.ref(None, "website", url=url))


_HANDLERS = {
    _PROFILE: _Reader.profile,
    "app.bsky.feed.post": _Reader.post,
    "app.bsky.feed.like": _Reader.like,
    "app.bsky.feed.repost": _Reader.repost,
    "app.bsky.feed.vote": _Reader.vote,
    "app.bsky.graph.follow": _Reader.follow,
    "app.bsky.graph.list": _Reader.list_,
    "app.bsky.graph.starterpack": _Reader.starterpack,
    "blue.linkat.board": _Reader.linkat,
}
