"""Threads: the Threads files inside Meta's Instagram download (JSON format).

Threads has no download of its own: Accounts Center > Download your information, with
Instagram chosen and the **JSON** format, puts the Threads files under
``your_instagram_activity/threads/``. Give footprint the Instagram zip or folder: the
Threads files are read as Threads (every one has a single top-level key starting
``text_post_app_``, which no Instagram file has), the rest as Instagram.

- ``threads_and_replies.json`` (``text_post_app_text_posts``): each element is a post,
  or a ``reply`` when ``text_app_post.is_reply`` says so (2026 files name the account
  replied to in ``in_reply_to_username``: the reply's ``target``). The text is the
  first media entry's ``title`` (Threads writes text-only posts that way too; a
  post-level ``title`` wins when present), hashtags and ``@mentions`` are taken from
  it, and the photos and videos (a non-empty ``uri``) are its media. No GPS is written.
- ``archived_threads.json``: archived posts, seen by no one else (``private``).
- ``personal_information.json`` (``text_post_app_text_post_app_profile``, labels as on
  Instagram): the account (handle, name, whether it is private) and the profile fields
  name, username, bio and website. A private profile makes posts and follow lists
  ``connections``-visible, a public one ``public``; without this file, ``unknown``.
- ``followers.json`` / ``following.json`` (possibly split ``_1``, ``_2``): one
  connection per account, its handle from ``value``, else ``title``, else the link
  (``threads.net/@...`` or ``threads.com/@...``).
- ``liked_threads.json`` (``text_post_app_media_likes``): one like per entry, with the
  liked post's link as its target.

Saved, viewed, blocked and unfollowed lists, follow requests, interest feeds and apps
are recognised (so that they are not read as Instagram) but not read: they say what the
person hides or was shown, not what they show. Only ``threads_and_replies.json`` was
checked against real files (2024 and 2026); the other layouts come from importers' code.

Every string is repaired from Meta's per-byte escaped UTF-8. A post's ``item`` is its
``creation_timestamp`` as a decimal string (as for Instagram); a followed account's, its
handle; a like's, the liked post's link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar
from urllib.parse import urlsplit

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import from_epoch
from footprint.exports.readers import fix_mojibake, iter_json_items, load_json
from footprint.model import Account, Connection, Item, Media, Post, ProfileField, Ref, Visibility
from footprint.platforms.base import ParseContext, Platform, PrivateMode, ProfileUrl
from footprint.registry import platforms

NAME = "threads"
PROFILE_URL = "https://www.threads.net/@"
_FIRST_KEY = re.compile(rb'^\s*\{\s*"(text_post_app_[A-Za-z0-9_]+)"\s*:')
_HASHTAG = re.compile(r"(?<![\w&#])#(\w+)")
_MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9._]{1,30})")
_HANDLE_PATH = re.compile(r"^/@?([A-Za-z0-9._]{1,30})/?$")
_VIDEO = (".mp4", ".mov", ".m4v", ".webm")
_PROFILE_LABELS = {
    "username": "handle",
    "name": "display_name",
    "bio": "bio",
    "biography": "bio",
    "website": "website",
    "link": "website",
    "links": "website",
}


def _kind(key: str) -> str:
    """The member kind of a Threads file, from its one top-level key."""
    if key == "text_post_app_text_posts":
        return "posts"
    if key.endswith("archived_posts"):
        return "archived"
    if key.endswith("_profile"):
        return "profile"
    if key.endswith("_followers"):
        return "followers"
    if key.endswith("_following"):
        return "following"
    if key == "text_post_app_media_likes":
        return "likes"
    return "other"


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _ts(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and value > 0:
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip()) or None
    return None


def _handle_of_url(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not (parts.hostname or "").endswith(("threads.net", "threads.com")):
        return None
    m = _HANDLE_PATH.match(parts.path)
    return m.group(1) if m else None


@platforms.register(NAME)
class Threads(Platform):
    """Threads, from Meta's Instagram download (JSON)."""

    name = NAME
    title = "Threads"
    download = (
        "Accounts Center > Download your information > Instagram, **JSON** format "
        "(the Threads files are in it)"
    )
    generations = (
        "`your_instagram_activity/threads/` of 2024-2026 downloads: posts and replies, "
        "profile, followers, following, likes; mojibake repaired"
    )
    verified = False  # no real file could be copied (FORMATS.md section 11)
    profile_urls = (
        ProfileUrl.of(r"^(?:www\.)?threads\.(?:net|com)$", r"^/@([A-Za-z0-9._]{1,30})/?$"),
    )
    # Threads' help centre: a private profile's threads, replies and follow lists are for
    # approved followers; the name, username, bio, links and picture stay public.
    private = PrivateMode(
        "Private profile",
        frozenset(("post", "reply", "media", "following", "followers")),
        "your name, username, bio, links and profile picture",
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "post, reply, and the media in them": (
            "the post's `creation_timestamp`, as a decimal string"
        ),
        "followed account, follower": "the account's handle",
        "like": "the liked post's link",
    }
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": "On Threads, your profile > Edit profile: change or clear the {field}.",
        "delete_posts": "On each thread or reply listed, … > Delete.",
        "make_private": "On Threads, Settings > Privacy > Private profile.",
        "unfollow": "Your profile > Followers > Following: unfollow the accounts listed.",
        "remove_likes": "Open each post listed and tap the heart again to unlike it.",
        "turn_on_2fa": (
            "Threads signs in with your Instagram account: Accounts Center > Password and "
            "security > Two-factor authentication."
        ),
    }
    kinds = ("profile", "posts", "archived", "following", "followers", "likes", "other")

    def identify(self, member: Member) -> str | None:
        start = member.head(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        if start[:1] != b"{":
            return None
        m = _FIRST_KEY.match(member.head(1024).lstrip(b"\xef\xbb\xbf"))
        return _kind(m.group(1).decode()) if m else None

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        m = _FIRST_KEY.match(member.head(1024).lstrip(b"\xef\xbb\xbf"))
        if m is None:
            raise ParseError("not a Threads file: no 'text_post_app_' key first")
        key = m.group(1).decode()
        if kind in ("posts", "archived"):
            return self._read_posts(member, ctx, key, kind == "archived")
        if kind == "profile":
            return self._read_profile(member, ctx, key)
        if kind in ("followers", "following"):
            return self._read_follows(member, ctx, key, kind)
        if kind == "likes":
            return self._read_likes(member, ctx, key)
        if kind == "other":
            return ()
        raise ParseError(f"unknown Threads file kind {kind!r}")

    def _visibility(self, ctx: ParseContext) -> Visibility:
        private = ctx.state.get("private")
        return "connections" if private is True else "public" if private is False else "unknown"

    # --- profile --------------------------------------------------------------------------

    def _read_profile(self, member: Member, ctx: ParseContext, key: str) -> Iterator[Item]:
        data = fix_mojibake(load_json(member))
        records = data.get(key) if isinstance(data, dict) else None
        if isinstance(records, dict):
            records = [records]
        if not isinstance(records, list):
            raise ParseError(f"expected a list under {key!r}")
        values: dict[str, str] = {}
        private: bool | None = None
        for record in records:
            labels = record.get("string_map_data") if isinstance(record, dict) else None
            if not isinstance(labels, dict):
                continue
            for label, entry in labels.items():
                if not isinstance(entry, dict):
                    continue
                value = _str(entry.get("value")) or _str(entry.get("href"))
                low = label.strip().lower()
                if low in ("private account", "private profile"):
                    private = value.lower() in ("true", "yes", "on", "1")
                    continue
                name = _PROFILE_LABELS.get(low)
                if name and value and name not in values:
                    values[name] = value
        if private is not None:
            ctx.state["private"] = private
        handle = values.get("handle", "").lstrip("@") or None
        if handle:
            values["handle"] = handle
            url = PROFILE_URL + handle
            yield Account(
                NAME,
                handle,
                Ref(NAME, member.name, None, "handle", "public", url=url),
                display_name=values.get("display_name"),
                url=url,
                protected=private,
            )
        for name, value in values.items():
            yield ProfileField(name, value, Ref(NAME, member.name, None, name, "public"))

    # --- posts ----------------------------------------------------------------------------

    def _read_posts(
        self, member: Member, ctx: ParseContext, key: str, archived: bool
    ) -> Iterator[Item]:
        vis: Visibility = "private" if archived else self._visibility(ctx)
        for entry in iter_json_items(member, f"{key}.item"):
            post = self._post(member, fix_mojibake(entry), vis)
            if post is not None:
                yield post

    def _post(self, member: Member, entry: Any, vis: Visibility) -> Post | None:
        if not isinstance(entry, dict):
            return None
        raw = entry.get("media")
        medias = [m for m in raw if isinstance(m, dict)] if isinstance(raw, list) else []
        ts = _ts(entry.get("creation_timestamp")) or next(
            (t for m in medias if (t := _ts(m.get("creation_timestamp")))), None
        )
        text = _str(entry.get("title")) or next(
            (title for m in medias if (title := _str(m.get("title")))), ""
        )
        reply_to: str | None = None
        is_reply = False
        for m in medias:
            app = m.get("text_app_post")
            if isinstance(app, dict):
                is_reply = is_reply or app.get("is_reply") is True
                reply_to = reply_to or _str(app.get("in_reply_to_username")) or None
        item = str(ts) if ts is not None else None
        date = from_epoch(ts)
        media = tuple(
            Media(
                uri,
                Ref(NAME, member.name, item, "media", vis, date),
                media_type="video" if uri.lower().endswith(_VIDEO) else "photo",
                taken_at=from_epoch(_ts(m.get("creation_timestamp"))),
            )
            for m in medias
            if (uri := _str(m.get("uri")))
        )
        if not text and not media:
            return None
        return Post(
            "reply" if is_reply else "post",
            text,
            Ref(NAME, member.name, item, "text", vis, date),
            hashtags=tuple(dict.fromkeys(t for t in _HASHTAG.findall(text) if not t.isdigit())),
            mentions=tuple(dict.fromkeys(m.rstrip(".") for m in _MENTION.findall(text))),
            media=media,
            target=reply_to,
        )

    # --- lists ----------------------------------------------------------------------------

    def _entries(self, member: Member, key: str) -> Iterator[tuple[str, str, str, int | None]]:
        """(handle, title, link, timestamp) of each Instagram-style list entry."""
        for entry in iter_json_items(member, f"{key}.item"):
            entry = fix_mojibake(entry)
            if not isinstance(entry, dict):
                continue
            data = entry.get("string_list_data")
            first = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else {}
            href = _str(first.get("href"))
            title = _str(entry.get("title"))
            handle = _str(first.get("value")) or title or _handle_of_url(href) or ""
            yield handle.lstrip("@"), title, href, _ts(first.get("timestamp"))

    def _read_follows(
        self, member: Member, ctx: ParseContext, key: str, kind: str
    ) -> Iterator[Item]:
        relation = "follower" if kind == "followers" else "following"
        vis = self._visibility(ctx)
        for handle, _, href, ts in self._entries(member, key):
            if not handle:
                continue
            yield Connection(
                relation,
                Ref(NAME, member.name, handle, kind, vis, from_epoch(ts), href or None),
                handle=handle,
                url=href or PROFILE_URL + handle,
            )

    def _read_likes(self, member: Member, ctx: ParseContext, key: str) -> Iterator[Item]:
        for author, title, href, ts in self._entries(member, key):
            item = href or (str(ts) if ts is not None else None)
            if item is None:
                continue
            yield Post(
                "like",
                "",
                Ref(NAME, member.name, item, "text", "unknown", from_epoch(ts), href or None),
                urls=(href,) if href else (),
                target=href or author or title or None,
            )

    def coverage(self, kinds: set[str]) -> list[str]:
        out = [
            "Threads exports hold no one else's replies to you and not the thread a reply "
            "belongs to"
        ]
        if "profile" not in kinds:
            out.append(
                "No Threads profile file was read: whether the profile is private is "
                "unknown, so post visibility is unknown"
            )
        if not kinds & {"posts", "archived"}:
            out.append("This export holds no Threads posts (threads_and_replies.json)")
        return out
