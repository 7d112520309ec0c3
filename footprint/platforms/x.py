"""X (Twitter) archives: the "Your X data" (GDPR) archive and the legacy tweets.zip.

**GDPR archive (2018 onward).** Every ``data/*.js`` file is
``window.YTD.<global_name>.partN = [ ... ]``; files are recognised by that global name
(not the file name), in any ``partN`` (``tweets-part1.js`` ...), with or without the
per-element wrapper (early archives held bare tweet objects, later ones
``{"tweet": {...}}``). What is read:

- ``account.js``: the account (``username``, ``accountId``, ``accountDisplayName``,
  ``createdAt``) and the profile fields ``handle``, ``display_name``, ``email`` and the
  old ``phoneNumber``; ``phone-number.js``: ``phone``.
- ``profile.js``: ``bio``, ``website`` (X stores only the t.co link here), ``location``
  (trimmed); the avatar and header images as media.
- ``screen-name-change.js``: each ``changedFrom`` as ``previous_handle``;
  ``email-address-change.js``: earlier e-mail addresses as ``email``;
  ``ageinfo.js``: ``birthday``; ``professional-data.js``: the professional category
  (``industry``), type, and the location-spotlight website, e-mail, phone and address.
- ``protected-history.js``: the latest action says whether the account is protected;
  posts and follow lists are then ``connections`` rather than ``public``.
- ``tweets.js`` / ``tweet.js`` (renamed in 2022), ``community-tweet.js`` and
  ``twitter-circle-tweet.js`` (``connections``): one post each, ``reply`` when it answers
  a status, ``repost`` for ``RT @user:`` retweets (``target`` the retweeted handle).
  Text from ``full_text`` (``text`` in old tweets) with HTML entities unescaped;
  hashtags, mentions, expanded URLs (never the t.co link when ``expanded_url`` exists),
  photos and videos (``media_url_https``) and geotags (``coordinates`` / ``geo`` /
  ``place``).
- ``note-tweet.js``: the full text of long posts replaces the cut-off ``full_text`` of
  the tweet posted in the same minute that it continues.
- ``like.js``: likes (``tweetId``, ``fullText`` when still accessible, ``expandedUrl``),
  ``private``. ``following.js`` / ``follower.js``: numeric account ids and ``userLink``.
- ``lists-member.js`` (lists the account was added to), ``lists-created.js``,
  ``lists-subscribed.js``: lists by URL. ``app.js`` and ``connected-application.js``:
  apps. ``manifest.js`` (``window.__THAR_CONFIG``) gives the handle when ``account.js``
  is missing. Other ``window.YTD`` files (ads, saved searches, suspensions, ...) are
  recognised as X's and read as nothing.

**Legacy archive (about 2012-2018).** ``data/js/user_details.js`` (``screen_name``,
``full_name``, ``bio``, ``expanded_url`` rather than the t.co ``url``, ``created_at``),
the monthly Grailbird files ``data/js/tweets/YYYY_MM.js`` and ``tweets.csv`` (read by
header name; texts may span lines). The two tweet sources hold the same tweets; the
monthly JS files are read first because they carry entities (hashtags, mentions,
expanded URLs, media, geotags) that ``tweets.csv`` only has as text, and ``tweets.csv``
then adds only the tweets whose ``tweet_id`` was not in a JS file (an archive copied in
part keeps every tweet once). ``payload_details.js`` and ``tweet_index.js`` are
recognised and read as nothing.

Large files stream: tweets, likes and follow lists are cut into elements at the
pretty-printer's boundaries and parsed one by one with orjson (ijson for any other
layout), so memory stays flat however long the archive.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar
from urllib.parse import urlsplit

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import from_twitter, parse_any
from footprint.exports.readers import iter_csv, iter_js_array, load_js
from footprint.model import (
    Account,
    App,
    Connection,
    Group,
    Item,
    Media,
    Place,
    Post,
    ProfileField,
    Ref,
    Visibility,
)
from footprint.platforms.base import ParseContext, Platform, PrivateMode, ProfileUrl
from footprint.registry import platforms

# The global name in ``window.YTD.<name>.partN`` -> our kind of member.
_GLOBALS = {
    "tweets": "tweets",
    "tweet": "tweets",
    "community_tweet": "community_tweets",
    "twitter_circle_tweet": "circle_tweets",
    "note_tweet": "note_tweets",
    "like": "likes",
    "following": "following",
    "follower": "follower",
    "account": "account",
    "profile": "profile",
    "phone_number": "phone_number",
    "screen_name_change": "screen_name_change",
    "email_address_change": "email_address_change",
    "ageinfo": "ageinfo",
    "professional_data": "professional_data",
    "protected_history": "protected_history",
    "lists_member": "lists_member",
    "lists_created": "lists_created",
    "lists_subscribed": "lists_subscribed",
    "app": "app",
    "connected_application": "connected_application",
}
_YTD = re.compile(rb"window\.YTD\.([A-Za-z0-9_]+)\.part\d+\s*=")
_LEGACY_VARS = (
    (b"var user_details", "legacy_user"),
    (b"var payload_details", "legacy_other"),
    (b"var tweet_index", "legacy_other"),
    (b"Grailbird.data.tweets_", "legacy_tweets_js"),
)
_CSV_COLUMNS = frozenset(("tweet_id", "timestamp", "text"))
_LEGACY_ID_KEY = "x_legacy_ids"
_EMPTY: tuple[str, ...] = ()
_HASHTAG = re.compile(r"(?:^|(?<=[^\w&]))[#＃](\w+)")
_MENTION = re.compile(r"(?:^|(?<=[^\w]))@(\w{1,15})")


@platforms.register("x")
class X(Platform):
    name = "x"
    title = "X"
    download = "Settings > Your account > Download an archive of your data"
    generations = (
        "GDPR archives 2018 on (`tweet.js`/`tweets.js`, any `partN`, with and without the "
        "item wrapper), the legacy `tweets.csv`/Grailbird archive"
    )
    profile_urls = (
        ProfileUrl.of(
            r"^(?:www\.|mobile\.)?(?:twitter|x)\.com$", r"^/(?:#!/)?@?([A-Za-z0-9_]{1,15})/?$"
        ),
    )
    app_kinds = frozenset(("app", "connected_application"))
    # X's help centre: protected posts, replies, reposts and the follower and following
    # lists are seen by approved followers only; the profile stays public.
    private = PrivateMode(
        "Protect your posts",
        frozenset(("post", "reply", "repost", "like", "media", "place", "following", "followers")),
        "your name, handle, bio, location, website, profile picture and header",
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "post": (
            "the tweet's `id_str` (`tweets.js` / `tweet.js`), or `tweet_id` in legacy "
            "`tweets.csv`"
        ),
        "like": "`like.tweetId`",
        "following, follower": "`accountId`",
    }
    id_format = re.compile(r"\d{1,20}")  # tweet and account ids
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": (
            "On X, open your profile and choose Edit profile; change or clear the {field}."
        ),
        "change_email": (
            "On X, Settings and privacy > Your account > Account information > Email: use"
            " a personal address, not your work one."
        ),
        "change_handle": (
            "On X, Settings and privacy > Your account > Account information > Username: "
            "choose a handle you use nowhere else."
        ),
        "delete_posts": "Delete each post listed (… > Delete).",
        "remove_likes": (
            "Unlike each post listed (open it and tap the heart). Others cannot see your "
            "likes since 2024, but X holds them and a breach or data request exposes "
            "them."
        ),
        "undo_reposts": "Undo each repost listed (the repost icon > Undo repost).",
        "leave_group": (
            "You cannot leave an X list; block the list's owner, or ask them to remove you."
        ),
        "unfollow": (
            "Profile > Following: unfollow the accounts listed, or protect your account "
            "so the list is hidden."
        ),
        "remove_location": (
            "Settings and privacy > Privacy and safety > Location information: turn off "
            "location and use 'Delete all location information'; delete the posts listed "
            "if the place itself shows."
        ),
        "make_private": (
            "Settings and privacy > Privacy and safety > Audience and tagging > Protect "
            "your posts: only approved followers then see them."
        ),
        "turn_on_2fa": (
            "Settings and privacy > Security and account access > Security > Two-factor "
            "authentication: Authentication app."
        ),
        "remove_apps": (
            "Settings and privacy > Security and account access > Apps and sessions > "
            "Connected apps: revoke those you do not use."
        ),
    }
    kinds = (
        "manifest",
        "protected_history",
        "account",
        "profile",
        "phone_number",
        "email_address_change",
        "screen_name_change",
        "ageinfo",
        "professional_data",
        "legacy_user",
        "note_tweets",
        "tweets",
        "community_tweets",
        "circle_tweets",
        "legacy_tweets_js",
        "legacy_tweets_csv",
        "likes",
        "following",
        "follower",
        "lists_member",
        "lists_created",
        "lists_subscribed",
        "app",
        "connected_application",
        "legacy_other",
        "other",
    )

    # --- recognising ---------------------------------------------------------------

    def identify(self, member: Member) -> str | None:
        head = member.head()
        if head.startswith(codecs.BOM_UTF8):
            head = head[3:]
        first = head[:1]
        if first in (b" ", b"\t", b"\r", b"\n"):
            head = head.lstrip()
            first = head[:1]
        if first == b"w":
            if head.startswith(b"window.YTD."):
                m = _YTD.match(head)
                return _GLOBALS.get(m.group(1).decode(), "other") if m else "other"
            if head.startswith(b"window.__THAR_CONFIG"):
                return "manifest"
            return None
        if first in (b"v", b"G"):
            for prefix, kind in _LEGACY_VARS:
                if head.startswith(prefix):
                    return kind
            return None
        if first in (b'"', b"t"):
            line = head.split(b"\n", 1)[0]
            cols = {c.strip().strip('"') for c in line.decode("utf-8", "replace").split(",")}
            if cols >= _CSV_COLUMNS:
                return "legacy_tweets_csv"
        return None

    # --- reading ---------------------------------------------------------------------

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        if kind in ("tweets", "community_tweets", "circle_tweets"):
            return self._tweets(member, ctx, circle=kind == "circle_tweets")
        reader = getattr(self, "_" + kind, None) if kind in self.kinds else None
        if reader is None:
            return ()  # recognised as X's, holds nothing footprint uses
        result: Iterable[Item] = reader(member, ctx)
        return result

    # state shared between members of one export

    @staticmethod
    def _handle(ctx: ParseContext) -> str | None:
        handle = ctx.state.get("x_handle")
        return handle if isinstance(handle, str) else None

    @staticmethod
    def _visibility(ctx: ParseContext) -> Visibility:
        return "connections" if ctx.state.get("x_protected") else "public"

    # small files

    def _manifest(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        data = load_js(member)
        info = data.get("userInfo") if isinstance(data, dict) else None
        if isinstance(info, dict):
            handle = _str(info.get("userName"))
            if handle and "x_handle" not in ctx.state:
                ctx.state["x_handle"] = handle
        return iter(())

    def _protected_history(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        latest: tuple[str, str] | None = None
        for element in _small_array(member):
            entry = _inner(element, "protectedHistory")
            action = _str(entry.get("action"))
            if not action:
                continue
            when = _str(entry.get("protectedAt"))
            if latest is None or when >= latest[0]:
                latest = (when, action)
        if latest is not None:
            action = latest[1].lower()
            ctx.state["x_protected"] = action.startswith("protect") or action == "true"
        return iter(())

    def _account(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for element in _small_array(member):
            acc = _inner(element, "account")
            handle = _str(acc.get("username")) or None
            display = _str(acc.get("accountDisplayName")) or None
            if handle:
                ctx.state["x_handle"] = handle
            email = _str(acc.get("email"))
            if email:
                ctx.state.setdefault("x_emails", set()).add(email.lower())
            protected = ctx.state.get("x_protected")
            yield Account(
                platform="x",
                handle=handle,
                ref=Ref("x", member.name, None, "handle", "public", url=_profile_url(handle)),
                account_id=_str(acc.get("accountId")) or None,
                display_name=display,
                url=_profile_url(handle),
                created_at=parse_any(acc.get("createdAt")),
                protected=protected if isinstance(protected, bool) else None,
            )
            yield from _fields(
                member,
                (
                    ("handle", handle, "public"),
                    ("display_name", display, "public"),
                    ("email", email, "private"),
                    ("phone", _str(acc.get("phoneNumber")), "private"),
                ),
            )

    def _profile(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for element in _small_array(member):
            prof = _inner(element, "profile")
            desc = prof.get("description")
            desc = desc if isinstance(desc, dict) else {}
            yield from _fields(
                member,
                (
                    ("bio", _str(desc.get("bio")), "public"),
                    ("website", _str(desc.get("website")), "public"),
                    ("location", _str(desc.get("location")), "public"),
                ),
            )
            for key, field in (("avatarMediaUrl", "avatar"), ("headerMediaUrl", "header")):
                uri = _str(prof.get(key))
                if uri:
                    ref = Ref("x", member.name, None, field, "public", url=uri)
                    yield Media(uri=uri, ref=ref, media_type="photo")

    def _phone_number(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for element in _small_array(member):
            phone = _find_key(element, "phoneNumber")
            yield from _fields(member, (("phone", phone, "private"),))

    def _screen_name_change(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        seen: set[str] = set()
        for element in _small_array(member):
            change = _inner(element, "screenNameChange")
            nested = change.get("screenNameChange")
            if isinstance(nested, dict):
                change = nested
            old = _str(change.get("changedFrom"))
            if old and old.lower() not in seen:
                seen.add(old.lower())
                date = parse_any(change.get("changedAt"))
                ref = Ref("x", member.name, None, "previous_handle", "unknown", date)
                yield ProfileField("previous_handle", old, ref)

    def _email_address_change(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        seen: set[str] = ctx.state.setdefault("x_emails", set())
        for element in _small_array(member):
            change = _inner(element, "emailAddressChange")
            nested = change.get("emailChange")
            if isinstance(nested, dict):
                change = nested
            date = parse_any(change.get("changedAt"))
            for key in ("changedFrom", "changedTo"):
                email = _str(change.get(key))
                if email and "@" in email and email.lower() not in seen:
                    seen.add(email.lower())
                    ref = Ref("x", member.name, None, "email", "private", date)
                    yield ProfileField("email", email, ref)

    def _ageinfo(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for element in _small_array(member):
            meta = _inner(element, "ageMeta")
            info = meta.get("ageInfo")
            birth = _find_key(info, "birthDate") if isinstance(info, dict) else ""
            yield from _fields(member, (("birthday", birth, "unknown"),))

    def _professional_data(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for element in _small_array(member):
            data = _inner(element, "professionalData")
            shown = data.get("setToDisplay")
            vis: Visibility = "public" if shown is True or shown == "true" else "unknown"
            yield from _fields(
                member,
                (
                    ("industry", _find_key(data, "categoryName"), vis),
                    ("professional_type", _find_key(data, "professionalType"), vis),
                    ("website", _find_key(data, "website"), "public"),
                    ("email", _find_key(data, "email"), "public"),
                    ("phone", _find_key(data, "phone"), "public"),
                ),
            )
            parts = [
                _find_key(data, key)
                for key in (
                    "addressLine1",
                    "addresssLine1",  # sic: X's README spells it so
                    "city",
                    "administrativeArea",
                    "postalCode",
                    "country",
                )
            ]
            address = ", ".join(dict.fromkeys(p for p in parts if p))
            if address:
                ref = Ref("x", member.name, None, "location", "public")
                yield ProfileField("location", address, ref)
                yield Place(
                    kind="profile", ref=ref, name=_find_key(data, "city") or None, address=address
                )

    def _legacy_user(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        user = load_js(member)
        if not isinstance(user, dict):
            raise ParseError("user_details.js does not hold an object")
        handle = _str(user.get("screen_name")) or None
        name = _str(user.get("full_name")) or None
        if handle:
            ctx.state["x_handle"] = handle
        protected = user.get("protected")
        yield Account(
            platform="x",
            handle=handle,
            ref=Ref("x", member.name, None, "handle", "public", url=_profile_url(handle)),
            account_id=_str(user.get("id")) or None,
            display_name=name,
            url=_profile_url(handle),
            created_at=_legacy_date(user.get("created_at")),
            protected=protected if isinstance(protected, bool) else None,
        )
        yield from _fields(
            member,
            (
                ("handle", handle, "public"),
                ("display_name", name, "public"),
                ("bio", _str(user.get("bio")), "public"),
                ("website", _str(user.get("expanded_url")) or _str(user.get("url")), "public"),
                ("location", _str(user.get("location")), "public"),
            ),
        )

    # posts

    def _note_tweets(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        """Keep long posts' full text for the tweets read next (by minute of posting)."""
        notes: dict[str, list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]]
        notes = ctx.state.setdefault("x_notes", {})
        for element in iter_js_array(member):
            note = _inner(element, "noteTweet")
            core = note.get("core")
            if not isinstance(core, dict):
                continue
            text = _str(core.get("text"))
            created = parse_any(note.get("createdAt"))
            if not text or not created:
                continue
            if "&" in text:
                text = html.unescape(text)
            tags = tuple(_strs(core.get("hashtags"), "text"))
            urls = tuple(_strs(core.get("urls"), "expandedUrl"))
            mentions = tuple(_strs(core.get("mentions"), "screenName"))
            notes.setdefault(created[:16], []).append((text, tags, urls, mentions))
        return iter(())

    def _tweets(self, member: Member, ctx: ParseContext, circle: bool = False) -> Iterator[Item]:
        handle = self._handle(ctx)
        vis: Visibility = "connections" if circle else self._visibility(ctx)
        notes = ctx.state.get("x_notes") or None
        # Mentions carry (id, handle) pairs: following.js, read later, holds ids only.
        ids: dict[str, str] = ctx.state.setdefault("x_mention_ids", {})
        convert = _tweet_post
        for element in iter_js_array(member):
            try:
                post = convert(element, member.name, handle, vis, notes, ids)
            except (AttributeError, TypeError, KeyError, IndexError, ValueError):
                post = _odd_tweet_post(element, member.name, handle, vis)
            if post is not None:
                yield post

    def _legacy_tweets_js(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        handle = self._handle(ctx)
        seen: set[str] = ctx.state.setdefault(_LEGACY_ID_KEY, set())
        vis: Visibility = self._visibility(ctx)
        for element in iter_js_array(member):
            tweet_vis = vis
            user = element.get("user") if isinstance(element, dict) else None
            if isinstance(user, dict) and user.get("protected") is True:
                tweet_vis = "connections"
            try:
                post = _tweet_post(element, member.name, handle, tweet_vis, None)
            except (AttributeError, TypeError, KeyError, IndexError, ValueError):
                post = _odd_tweet_post(element, member.name, handle, tweet_vis)
            if post is not None:
                if post.ref.item:
                    seen.add(post.ref.item)
                yield post

    def _legacy_tweets_csv(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        handle = self._handle(ctx)
        seen: set[str] = ctx.state.get(_LEGACY_ID_KEY) or set()
        vis = self._visibility(ctx)
        name = member.name
        for row in iter_csv(member, is_header=lambda cells: set(cells) >= _CSV_COLUMNS):
            tid = row.get("tweet_id", "").strip()
            if tid in seen:
                continue
            text = row.get("text", "")
            if "&" in text:
                text = html.unescape(text)
            reply_to = row.get("in_reply_to_status_id", "").strip()
            kind, target = _kind_of(text, reply_to or None, None)
            if kind == "post" and row.get("retweeted_status_id", "").strip():
                kind = "repost"
            urls = tuple(u.strip() for u in row.get("expanded_urls", "").split(",") if u.strip())
            date = _legacy_date(row.get("timestamp"))
            url = _status_url(handle, tid) if tid else None
            ref = Ref("x", name, tid or None, "text", vis, date, url)
            yield Post(
                kind=kind,
                text=text,
                ref=ref,
                hashtags=tuple(_HASHTAG.findall(text)),
                urls=urls,
                mentions=tuple(_MENTION.findall(text)),
                target=target,
            )

    def _likes(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        name = member.name
        for element in iter_js_array(member):
            like = element.get("like", element) if isinstance(element, dict) else None
            if not isinstance(like, dict):
                continue
            tid = like.get("tweetId")
            tid = tid if isinstance(tid, str) else _str(tid)
            text = like.get("fullText") or ""
            if not isinstance(text, str):
                text = _str(text)
            if "&" in text:
                text = html.unescape(text)
            url = like.get("expandedUrl")
            if not isinstance(url, str) or not url:
                url = _status_url(None, tid) if tid else None
            ref = Ref("x", name, tid or None, "text", "private", None, url)
            yield Post(
                kind="like", text=text, ref=ref, urls=(url,) if url else (), target=url or tid
            )

    def _following(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        return self._follows(member, ctx, "following", "following")

    def _follower(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        return self._follows(member, ctx, "follower", "followers")

    def _follows(
        self, member: Member, ctx: ParseContext, relation: str, field: str
    ) -> Iterator[Item]:
        vis = self._visibility(ctx)
        name = member.name
        # An account id the person mentioned in a tweet resolves to its handle offline.
        handles: dict[str, str] = ctx.state.get("x_mention_ids") or {}
        for element in iter_js_array(member):
            entry = element.get(relation, element) if isinstance(element, dict) else None
            if not isinstance(entry, dict):
                continue
            aid = _str(entry.get("accountId")) or None
            link = _str(entry.get("userLink")) or None
            if aid is None and link is None:
                continue
            ref = Ref("x", name, aid, field, vis, None, link)
            yield Connection(
                relation=relation,
                ref=ref,
                account_id=aid,
                url=link,
                handle=handles.get(aid) if aid else None,
            )

    # lists and apps

    def _lists_member(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        return self._lists(member, "member")

    def _lists_created(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        return self._lists(member, "owner")

    def _lists_subscribed(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        return self._lists(member, "subscriber")

    def _lists(self, member: Member, role: str) -> Iterator[Item]:
        seen: set[str] = set()
        for element in iter_js_array(member):
            for url in _urls_in(element):
                if url in seen:
                    continue
                seen.add(url)
                ref = Ref("x", member.name, url, "groups", "public", None, url)
                yield Group(kind="list", name=_list_name(url), ref=ref, role=role, url=url)

    def _app(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for element in _small_array(member):
            app = _inner(element, "app")
            app_id = _str(app.get("appId")) or None
            names = app.get("appNames")
            if isinstance(names, str):
                names = [names]
            for name in names if isinstance(names, list) else ():
                name = _str(name).strip()
                if name:
                    ref = Ref("x", member.name, app_id, "name", "private")
                    yield App(name=name, ref=ref, app_id=app_id)

    def _connected_application(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for element in _small_array(member):
            app = _inner(element, "connectedApplication")
            name = _str(app.get("name")).strip()
            org = app.get("organization")
            org = org if isinstance(org, dict) else {}
            if not name:
                name = _str(org.get("name")).strip()
            if not name:
                continue
            app_id = _str(app.get("id")) or None
            url = _str(org.get("url")) or None
            ref = Ref(
                "x", member.name, app_id, "name", "private", parse_any(app.get("approvedAt")), url
            )
            yield App(name=name, ref=ref, app_id=app_id)

    # --- coverage --------------------------------------------------------------------

    def coverage(self, kinds: set[str]) -> list[str]:
        out: list[str] = []
        legacy = {"legacy_user", "legacy_tweets_js", "legacy_tweets_csv"}
        gdpr = kinds - legacy - {"legacy_other"}
        if kinds & legacy and not gdpr:
            out.append(
                "A legacy X archive (tweets.zip) holds tweets and the profile only: no likes, "
                "followers, following, lists or apps"
            )
        if kinds & {"following", "follower"}:
            out.append(
                "X archives list followed accounts and followers by numeric id only, "
                "without names or handles"
            )
        if "profile" in kinds:
            out.append("X archives give the profile website only as a t.co short link")
        if kinds & {"tweets", "legacy_tweets_js", "legacy_tweets_csv"}:
            out.append(
                "X archives hold retweets only as their cut-off 'RT @user:' text, "
                "and no photo metadata (X strips EXIF)"
            )
        if gdpr and "likes" not in kinds:
            out.append("This X archive has no like.js: likes are not covered")
        if gdpr and "tweets" not in kinds:
            out.append("This X archive has no tweets.js: posts are not covered")
        return out


# --- the tweet -> Post conversion (the hot loop: no regex, no strptime per tweet) ----------


def _tweet_post(
    element: Any,
    file: str,
    handle: str | None,
    vis: Visibility,
    notes: dict[str, list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] | None,
    mention_ids: dict[str, str] | None = None,
) -> Post | None:
    """One tweet as a Post; shapes are trusted, anything odd raises (see _odd_tweet_post)."""
    t = element.get("tweet")
    if t is None:
        t = element  # early GDPR and legacy archives: bare tweet objects
    tid = t.get("id_str") or t.get("id")
    if tid is None:
        return None
    if not isinstance(tid, str):
        tid = str(tid)
    text = t.get("full_text")
    if text is None:
        text = t.get("text") or ""
    if "&" in text:
        text = html.unescape(text)
    created = t.get("created_at")
    date = None
    if created:
        # "Sat Feb 18 19:45:15 +0000 2023" (GDPR) is cut up here without a function
        # call; anything else goes through from_twitter / the legacy form.
        if len(created) == 30 and created[20:26] == "+0000 ":
            month = _MONTHS.get(created[4:7])
            if month is not None:
                date = f"{created[26:]}-{month}-{created[8:10]}T{created[11:19]}Z"
        if date is None:
            date = _legacy_date(created) if created[:1].isdigit() else from_twitter(created)
    ent = t.get("entities") or _NO_ENTITIES
    items = ent.get("hashtags")
    hashtags = tuple([h["text"] for h in items]) if items else _EMPTY
    items = ent.get("user_mentions")
    if items:
        mentions = tuple([m["screen_name"] for m in items])
        if mention_ids is not None:
            for m in items:
                mid = m.get("id_str")
                if mid:
                    mention_ids[mid] = m["screen_name"]
    else:
        mentions = _EMPTY
    items = ent.get("urls")
    urls = tuple([u.get("expanded_url") or u["url"] for u in items]) if items else _EMPTY
    url = f"https://twitter.com/{handle}/status/{tid}" if handle else _status_url(None, tid)
    media: tuple[Media, ...] = ()
    ext = t.get("extended_entities")
    items = (ext.get("media") if ext else None) or ent.get("media")
    if items:
        media = _media(items, file, tid, vis, date)
    place = None
    if "coordinates" in t or "place" in t or t.get("geo"):
        place = _place(t, file, tid, vis, date, url)
    reply_to = t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id")
    if reply_to:
        kind = "reply"
        target = t.get("in_reply_to_screen_name") or str(reply_to)
    elif text.startswith("RT @"):
        kind, target = _kind_of(text, None, t.get("retweeted_status"))
    else:
        kind = "post"
        target = None
    if notes is not None and date is not None:
        found = notes.get(date[:16])
        if found:
            full = _match_note(found, text)
            if full is not None:
                text = full[0]
                hashtags = tuple(dict.fromkeys(hashtags + full[1]))
                urls = tuple(dict.fromkeys(urls + full[2]))
                mentions = tuple(dict.fromkeys(mentions + full[3]))
    return Post(
        kind,
        text,
        Ref("x", file, tid, "text", vis, date, url),
        hashtags,
        urls,
        mentions,
        media,
        place,
        target,
        None,
        t.get("lang"),
    )


_NO_ENTITIES: dict[str, Any] = {}
_MONTHS = {
    m: f"{i + 1:02d}"
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    )
}


def _media(items: Any, file: str, tid: str, vis: Visibility, date: str | None) -> tuple[Media, ...]:
    out: list[Media] = []
    seen: set[str] = set()
    for m in items:
        uri = m.get("media_url_https") or m.get("media_url")
        if not uri or uri in seen:
            continue
        seen.add(uri)
        ref = Ref("x", file, tid, "media", vis, date, m.get("expanded_url") or None)
        out.append(Media(uri=uri, ref=ref, media_type=m.get("type")))
    return tuple(out)


def _float(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if f == f else None  # NaN is not a coordinate


def _place(
    t: dict[str, Any], file: str, tid: str, vis: Visibility, date: str | None, url: str
) -> Place | None:
    """The geotag of a tweet: ``coordinates`` is GeoJSON (lon, lat), ``geo`` is (lat, lon)."""
    lat = lon = None
    coords = t.get("coordinates")
    if isinstance(coords, dict) and isinstance(coords.get("coordinates"), list):
        pair = coords["coordinates"]
        if len(pair) >= 2:
            lon, lat = _float(pair[0]), _float(pair[1])
    geo = t.get("geo")
    if (lat is None or lon is None) and isinstance(geo, dict):
        pair = geo.get("coordinates")
        if isinstance(pair, list) and len(pair) >= 2:
            lat, lon = _float(pair[0]), _float(pair[1])
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        lat = lon = None
    name = None
    place = t.get("place")
    if isinstance(place, dict):
        name = _str(place.get("full_name")) or _str(place.get("name")) or None
    if lat is None and name is None:
        return None
    return Place(
        kind="geotag",
        ref=Ref("x", file, tid, "place", vis, date, url),
        name=name,
        lat=lat,
        lon=lon,
    )


def _kind_of(text: str, reply_to: str | None, retweeted: Any) -> tuple[str, str | None]:
    """``post`` / ``reply`` / ``repost`` and what it answers or reposts."""
    if reply_to:
        return "reply", reply_to
    if text.startswith("RT @"):
        end = text.find(":", 4)
        target = text[4:end] if 4 < end <= 24 else None  # handles are at most 15 chars
        if target is not None and not target.replace("_", "").isalnum():
            target = None
        if isinstance(retweeted, dict):
            user = retweeted.get("user")
            if isinstance(user, dict) and isinstance(user.get("screen_name"), str):
                target = user["screen_name"]
        return "repost", target
    return "post", None


def _match_note(
    found: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]], text: str
) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """The long post whose full text the tweet's cut-off text begins."""
    probe = text[:40].rstrip("…").strip()
    for note in found:
        if note[0].startswith(probe):
            return note
    return found[0] if len(found) == 1 and not probe else None


def _odd_tweet_post(element: Any, file: str, handle: str | None, vis: Visibility) -> Post | None:
    """A tweet whose fields are not the expected types: take what can be taken."""
    if not isinstance(element, dict):
        return None
    t = element.get("tweet", element)
    if not isinstance(t, dict):
        return None
    tid = _str(t.get("id_str")) or _str(t.get("id"))
    if not tid:
        return None
    text = _str(t.get("full_text")) or _str(t.get("text"))
    if "&" in text:
        text = html.unescape(text)
    created = _str(t.get("created_at"))
    date = _legacy_date(created) if created[:1].isdigit() else from_twitter(created)
    ent = t.get("entities")
    ent = ent if isinstance(ent, dict) else {}
    urls = [_str(u.get("expanded_url")) or _str(u.get("url")) for u in _dicts(ent.get("urls"))]
    reply_to = _str(t.get("in_reply_to_status_id_str")) or _str(t.get("in_reply_to_status_id"))
    kind, target = _kind_of(text, reply_to or None, t.get("retweeted_status"))
    if kind == "reply":
        target = _str(t.get("in_reply_to_screen_name")) or target
    return Post(
        kind=kind,
        text=text,
        ref=Ref("x", file, tid, "text", vis, date, _status_url(handle, tid)),
        hashtags=tuple(_strs(ent.get("hashtags"), "text")),
        urls=tuple(u for u in urls if u),
        mentions=tuple(_strs(ent.get("user_mentions"), "screen_name")),
        target=target,
        lang=_str(t.get("lang")) or None,
    )


# --- helpers -------------------------------------------------------------------------------


def _str(value: Any) -> str:
    """A scalar as text ("" for None, lists and objects): X quotes numbers, mostly."""
    if isinstance(value, str):
        return value.strip()
    if value is None or isinstance(value, bool | dict | list):
        return ""
    return str(value)


def _dicts(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for v in value:
            if isinstance(v, dict):
                yield v


def _strs(value: Any, key: str) -> Iterator[str]:
    for d in _dicts(value):
        s = _str(d.get(key))
        if s:
            yield s


def _inner(element: Any, key: str) -> dict[str, Any]:
    """The object inside X's per-element wrapper (``{"account": {...}}``), or the element."""
    if not isinstance(element, dict):
        return {}
    inner = element.get(key)
    if isinstance(inner, dict):
        return inner
    if len(element) == 1:
        (only,) = element.values()
        if isinstance(only, dict):
            return only
    return element


def _find_key(value: Any, key: str, depth: int = 4) -> str:
    """The first scalar under ``key`` anywhere in a small nested object."""
    if isinstance(value, dict):
        if key in value and not isinstance(value[key], dict | list):
            return _str(value[key])
        if depth:
            for v in value.values():
                found = _find_key(v, key, depth - 1)
                if found:
                    return found
    elif isinstance(value, list) and depth:
        for v in value:
            found = _find_key(v, key, depth - 1)
            if found:
                return found
    return ""


def _urls_in(value: Any) -> Iterator[str]:
    """Every http(s) URL string in a small element (lists files hold ``url`` / ``urls``)."""
    if isinstance(value, str):
        if value.startswith(("http://", "https://")):
            yield value.strip()
    elif isinstance(value, dict):
        for v in value.values():
            yield from _urls_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from _urls_in(v)


def _list_name(url: str) -> str:
    """``https://twitter.com/acme/lists/acme-staff`` -> ``acme/acme-staff``; else the URL."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    if len(parts) >= 3 and parts[-2] == "lists" and not parts[-1].isdigit() and parts[0] != "i":
        return f"{parts[0]}/{parts[-1]}"
    return url


def _fields(
    member: Member, fields: Iterable[tuple[str, str | None, Visibility]]
) -> Iterator[ProfileField]:
    for field, value, vis in fields:
        value = (value or "").strip()
        if value and value.upper() not in ("N/A", "NONE", "NULL"):
            yield ProfileField(field, value, Ref("x", member.name, None, field, vis))


def _profile_url(handle: str | None) -> str | None:
    return f"https://twitter.com/{handle}" if handle else None


def _status_url(handle: str | None, tid: str) -> str:
    if handle:
        return f"https://twitter.com/{handle}/status/{tid}"
    return f"https://twitter.com/i/web/status/{tid}"


def _legacy_date(value: Any) -> str | None:
    """``2015-02-28 20:00:07 +0000`` (legacy archives) to ISO, quickly when in UTC."""
    if not isinstance(value, str):
        return parse_any(value)
    if len(value) == 25 and value.endswith(" +0000") and value[10] == " ":
        return f"{value[:10]}T{value[11:19]}Z"
    return parse_any(value)


def _small_array(member: Member) -> list[Any]:
    """The elements of a small ``window.YTD`` file (account, profile, ...)."""
    data = load_js(member)
    if isinstance(data, dict):
        return [data]
    if not isinstance(data, list):
        raise ParseError("expected a JSON array after the window.YTD assignment")
    return data
