"""TikTok "Download your data" export, JSON format.

TikTok delivers one JSON file: ``user_data.json`` in older exports and
``user_data_tiktok.json`` since about December 2024. It is recognised by its content:
a JSON object whose first key is one of TikTok's section names (``Activity``,
``Your Activity``, ``Ads and data``, ``App Settings``, ``Comment``, ``Profile``, ...)
with one of TikTok's list keys (``ProfileMap``, ``ItemFavoriteList``, ``VideoList``,
...) near the start. Section names moved between generations (``Activity`` became
``Your Activity``, ``Video`` became ``Post``, ``Profile Information`` became ``Profile
Info``, ``Direct Messages`` became ``Direct Message``), so every section is looked up by
name up to three levels deep rather than by a fixed path.

What is read:

- ``Profile`` > ``Profile Info`` / ``Profile Information`` > ``ProfileMap``: the account
  (``userName``, shown as ``https://www.tiktok.com/@<userName>``) and the profile fields
  ``handle``, ``display_name`` (``nickName``, older exports), ``bio``
  (``bioDescription``), ``email`` (``emailAddress``), ``birthday`` (``birthDate``, kept
  as written, e.g. ``17-Dec-2000``), ``phone`` (``telephoneNumber``), the profile photo
  and video as :class:`~footprint.model.Media` (``field`` ``avatar``), and each entry of
  ``PlatformInfo`` (accounts linked on other platforms) as ``linked_account``
  ``"<platform>: <name>"``.
- ``Profile`` > ``Autofill``: the name, e-mail, phone and postal address TikTok keeps for
  filling in forms (``name``, ``email``, ``phone``, ``address``, ``location``), private.
- ``App Settings`` > ``Settings`` > ``SettingsMap``: ``Private Account`` (sets the
  account's ``protected`` flag and the visibility of videos) and ``Who Can View Videos I
  Liked`` (the visibility of likes).
- ``Following`` > ``Following`` and ``Follower`` > ``FansList`` (``Following List`` /
  ``Follower List`` in older exports): one :class:`~footprint.model.Connection` per
  ``{UserName, Date}`` entry; ``item`` is the user name. The item shape is not seen in a
  real export yet, so other name keys are accepted too.
- ``Like List`` > ``ItemFavoriteList`` (``{date, link}``, key case varies): one
  ``like`` per liked video; the export holds only the video's link, which is the
  ``item``, ``target`` and ``url``.
- ``Post`` > ``Posts`` > ``VideoList`` (``Video`` > ``Videos`` in older exports): one
  ``post`` per own video; ``item`` is its ``Link`` (its ``Date`` as written when it has
  none); the caption (``Title``, ``Desc``, ``Description`` or ``Caption``) is the text,
  with its hashtags, mentions and links; ``Location`` becomes a geotag
  :class:`~footprint.model.Place`; ``WhoCanView`` sets the visibility.
- ``Comment`` > ``Comments`` > ``CommentsList``: one ``comment`` per comment written;
  ``item`` is its date as written (CONTRACT.md).
- ``Hashtag`` > ``HashtagList`` (``{HashtagName, HashtagLink}``): the hashtags the
  person used in their videos, one :class:`~footprint.model.Group` of kind ``hashtag``
  each (``field`` ``hashtag``). They are a list, not tied to one video, and older
  exports hold no video captions, so this list is often the only place they appear.
- ``Login History`` > ``LoginHistoryList``: one ``login``
  :class:`~footprint.model.SecurityRecord` each (IP address, device, network).

Not read: direct messages (footprint does not read private messages), watch history,
searches, favourites, shares, blocks, purchases, ads data and live-stream history.

Dates are ``YYYY-MM-DD HH:MM:SS`` without a zone; they are taken as UTC (zone
unverified). Missing values come as ``"N/A"``, ``"None"`` or empty strings and empty
lists as ``null``: all are skipped.

The file is read whole: one JSON object cannot be split into records without a streaming
parser walking every key. A file larger than the whole-read limit (256 MiB, a very long
watch history) is reported as a problem and not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import parse_any
from footprint.exports.readers import WHOLE_READ_LIMIT, load_json
from footprint.model import (
    Account,
    Connection,
    Group,
    Item,
    Media,
    Place,
    Post,
    ProfileField,
    Ref,
    SecurityRecord,
    Visibility,
)
from footprint.platforms.base import (
    DATE_ID,
    URL_ID,
    ParseContext,
    Platform,
    PrivateMode,
    ProfileUrl,
)
from footprint.registry import platforms

# Top-level section names seen in TikTok exports, old and new.
_SECTIONS = frozenset(
    {
        "Activity",
        "Your Activity",
        "Ads and data",
        "App Settings",
        "Comment",
        "Direct Message",
        "Direct Messages",
        "Income Plus Wallet Transactions",
        "Likes and Favorites",
        "Location Review",
        "Post",
        "Profile",
        "Tiktok Live",
        "TikTok Live",
        "TikTok Shop",
        "Tiktok Shopping",
        "Video",
    }
)
# TikTok's own list and map keys: any one of them near the start confirms the file.
_MARKERS = re.compile(
    rb'"(?:ProfileMap|ItemFavoriteList|FansList|CommentsList|LoginHistoryList|VideoList'
    rb"|FavoriteEffectsList|FavoriteHashtagList|FavoriteSoundList|FavoriteVideoList"
    rb"|HashtagList|SearchList|ShareHistoryList|OffTikTokActivityDataList|AdInterestCategories"
    rb'|BlockList|ChatHistory|SettingsMap|TransactionsList|ReviewsList|GoLiveList|WatchLiveMap)"'
)
_FIRST_KEY = re.compile(rb'\A\s*\{\s*"((?:[^"\\]|\\.){1,80})"\s*:')
_FILE_NAMES = ("user_data.json", "user_data_tiktok.json")

_MISSING = frozenset({"", "n/a", "none", "null", "nan", "undefined"})
_HASHTAG = re.compile(r"(?<![\w&/])#(\w+)")
_MENTION = re.compile(r"(?<![\w@/])@([A-Za-z0-9_.]{2,24})")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")

PROFILE_URL = "https://www.tiktok.com/@{}"


def _clean(value: Any) -> str | None:
    """A value as a stripped string, or None for TikTok's placeholders for nothing."""
    if value is None or isinstance(value, bool | dict | list):
        return None
    text = str(value).strip()
    return None if text.lower() in _MISSING else text


def _get(obj: Any, *keys: str) -> str | None:
    """The first non-empty value among ``keys``, matched exactly then in any case."""
    if not isinstance(obj, dict):
        return None
    for key in keys:
        value = _clean(obj.get(key))
        if value is not None:
            return value
    lowered = {k.lower(): v for k, v in obj.items() if isinstance(k, str)}
    for key in keys:
        value = _clean(lowered.get(key.lower()))
        if value is not None:
            return value
    return None


def _section(data: Any, *names: str, depth: int = 3) -> dict[str, Any]:
    """The first object called one of ``names``, searched breadth-first ``depth`` levels deep.

    TikTok renamed and moved sections between generations (``Activity`` > ``Video`` >
    ``Videos`` became ``Post`` > ``Posts``); searching by name finds them in either.
    """
    level: list[Any] = [data]
    for _ in range(depth):
        nxt: list[Any] = []
        for obj in level:
            if not isinstance(obj, dict):
                continue
            for name in names:
                found = obj.get(name)
                if isinstance(found, dict):
                    return found
            nxt.extend(v for v in obj.values() if isinstance(v, dict))
        level = nxt
    return {}


def _entries(section: dict[str, Any], *keys: str) -> list[dict[str, Any]]:
    """The dict entries of the first list among ``keys``; ``null`` and junk give none."""
    for key in keys:
        value = section.get(key)
        if isinstance(value, list):
            return [v for v in value if isinstance(v, dict)]
    return []


def _hashtags(text: str) -> tuple[str, ...]:
    without_urls = _URL.sub(" ", text)
    return tuple(dict.fromkeys(m.group(1) for m in _HASHTAG.finditer(without_urls)))


def _mentions(text: str) -> tuple[str, ...]:
    without_urls = _URL.sub(" ", text)
    return tuple(dict.fromkeys(m.group(1).rstrip(".") for m in _MENTION.finditer(without_urls)))


def _urls(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(u.rstrip(".,;:!?") for u in _URL.findall(text)))


def _who_can_view(value: str | None) -> Visibility | None:
    """TikTok's per-video audience setting, as a CONTRACT.md visibility."""
    if value is None:
        return None
    v = value.lower()
    if v in ("everyone", "public"):
        return "public"
    if v in ("friends", "followers", "mutual friends", "close friends"):
        return "connections"
    if v in ("only me", "only_me", "myself", "private", "self"):
        return "private"
    return None


@platforms.register("tiktok")
class TikTok(Platform):
    """TikTok's JSON export: one ``user_data.json`` / ``user_data_tiktok.json``."""

    name = "tiktok"
    title = "TikTok"
    download = "Settings > Account > Download your data, **JSON** format"
    generations = "`user_data.json`, `user_data_tiktok.json`"
    profile_urls = (ProfileUrl.of(r"^(?:www\.)?tiktok\.com$", r"^/@([A-Za-z0-9_.]+)/?$"),)
    # TikTok's help centre: a private account's videos and follower and following lists
    # are for approved followers; name, bio and picture stay public.
    private = PrivateMode(
        "Private account",
        frozenset(("post", "media", "following", "followers")),
        "your name, username, bio and profile picture",
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "own video": "its `Link` URL",
        "comment": "its `date` as written",
    }
    id_format = re.compile(f"{URL_ID}|{DATE_ID}")  # the video's Link, or the date
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": "On TikTok, Profile > Edit profile; change the {field}.",
        "delete_posts": "On each video listed, … > Delete.",
        "remove_likes": (
            "Settings and privacy > Privacy > Liked videos: Only me; unlike those listed."
        ),
        "make_private": "Settings and privacy > Privacy > Private account.",
        "turn_on_2fa": "Settings and privacy > Security > 2-step verification.",
    }
    kinds = ("user_data",)

    def identify(self, member: Member) -> str | None:
        head = member.head(64)
        if head.startswith(b"\xef\xbb\xbf"):
            head = head[3:]
        if head.lstrip()[:1] != b"{":
            return None
        head = member.head(16384)
        m = _FIRST_KEY.match(head[3:] if head.startswith(b"\xef\xbb\xbf") else head)
        first = m.group(1).decode("utf-8", "replace") if m else None
        # The file name only breaks the tie when the first key is a section not seen yet.
        if first not in _SECTIONS and member.basename.lower() not in _FILE_NAMES:
            return None
        if not _MARKERS.search(head):
            return None
        return "user_data"

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterator[Item]:
        if member.size is not None and member.size > WHOLE_READ_LIMIT:
            raise ParseError(
                f"{member.size:,} bytes, over the {WHOLE_READ_LIMIT // (1024 * 1024)} MiB "
                "footprint reads whole; TikTok's single JSON file is not streamed, so it "
                "was not read"
            )
        data = load_json(member)
        if not isinstance(data, dict):
            raise ParseError("not a TikTok export: the JSON is not an object")
        reader = _Reader(member.name, data, ctx)
        yield from reader.profile()
        yield from reader.connections()
        yield from reader.videos()
        yield from reader.comments()
        yield from reader.likes()
        yield from reader.hashtags()
        yield from reader.logins()

    def coverage(self, kinds: set[str]) -> list[str]:
        if "user_data" not in kinds:
            return []
        return [
            "TikTok likes are links only: the export names neither the liked videos' "
            "authors nor their captions",
            "TikTok follower and following lists hold user names only, no real names",
            "Older TikTok exports hold no captions for your own videos, only their links",
            "TikTok direct messages are not read",
        ]


class _Reader:
    """The records of one parsed TikTok file."""

    def __init__(self, file: str, data: dict[str, Any], ctx: ParseContext) -> None:
        self.file = file
        self.data = data
        self.ctx = ctx
        settings = _section(data, "Settings").get("SettingsMap")
        settings = settings if isinstance(settings, dict) else {}
        private = _get(settings, "Private Account")
        self.protected: bool | None = None
        if private is not None:
            if private.lower() in ("enabled", "on", "true", "yes"):
                self.protected = True
            elif private.lower() in ("disabled", "off", "false", "no"):
                self.protected = False
        self.video_visibility: Visibility = (
            "unknown" if self.protected is None else "connections" if self.protected else "public"
        )
        self.like_visibility: Visibility = (
            _who_can_view(_get(settings, "Who Can View Videos I Liked")) or "unknown"
        )
        self.handle: str | None = None

    def ref(
        self,
        field: str,
        item: str | None = None,
        visibility: Visibility = "unknown",
        date: str | None = None,
        url: str | None = None,
    ) -> Ref:
        return Ref("tiktok", self.file, item, field, visibility, date, url)

    # --- profile -------------------------------------------------------------------

    def profile(self) -> Iterator[Item]:
        info = _section(self.data, "Profile Info", "Profile Information")
        pmap = info.get("ProfileMap")
        pmap = pmap if isinstance(pmap, dict) else {}
        handle = _get(pmap, "userName", "UserName", "username")
        nickname = _get(pmap, "nickName", "nickname", "NickName")
        url = PROFILE_URL.format(handle) if handle else None
        if handle:
            self.handle = handle
            self.ctx.state["handle"] = handle
            self.ctx.state["protected"] = self.protected
            yield Account(
                "tiktok",
                handle,
                self.ref("handle", visibility="public", url=url),
                display_name=nickname,
                url=url,
                protected=self.protected,
            )
        public: list[tuple[str, str | None]] = [
            ("handle", handle),
            ("display_name", nickname),
            ("bio", _get(pmap, "bioDescription", "bio")),
        ]
        for field, value in public:
            if value:
                yield ProfileField(field, value, self.ref(field, visibility="public", url=url))
        # TikTok never shows these on the profile.
        private: list[tuple[str, str | None]] = [
            ("email", _get(pmap, "emailAddress", "email")),
            ("birthday", _get(pmap, "birthDate", "birthday")),
            ("phone", _get(pmap, "telephoneNumber", "phoneNumber")),
        ]
        for field, value in private:
            if value:
                yield ProfileField(field, value, self.ref(field, visibility="private"))
        for key, media_type in (("profilePhoto", "photo"), ("profileVideo", "video")):
            uri = _get(pmap, key)
            if uri:
                ref = self.ref("avatar", visibility="public", url=url)
                yield Media(uri, ref, media_type=media_type)
        linked = pmap.get("PlatformInfo")
        for entry in linked if isinstance(linked, list) else []:
            value = _linked_account(entry)
            if value:
                yield ProfileField("linked_account", value, self.ref("linked_account"))
        yield from self.autofill(_get(pmap, "emailAddress", "email"))

    def autofill(self, profile_email: str | None) -> Iterator[Item]:
        auto = _section(self.data, "Autofill", "Auto Fill")
        if not auto:
            return
        first, last = _get(auto, "FirstName"), _get(auto, "LastName")
        name = " ".join(p for p in (first, last) if p)
        place = ", ".join(p for p in (_get(auto, k) for k in ("City", "State", "Country")) if p)
        street = ", ".join(
            p for p in (_get(auto, k) for k in ("Address", "Unit", "City", "ZipCode")) if p
        )
        email = _get(auto, "Email")
        fields: list[tuple[str, str | None]] = [
            ("name", name),
            ("email", email if email != profile_email else None),
            ("phone", _get(auto, "PhoneNumber")),
            ("address", street if _get(auto, "Address") else None),
            ("location", place),
        ]
        for field, value in fields:
            if value:
                yield ProfileField(field, value, self.ref(field, visibility="private"))

    # --- lists ---------------------------------------------------------------------

    def connections(self) -> Iterator[Item]:
        following = _section(self.data, "Following", "Following List")
        followers = _section(self.data, "Follower", "Follower List", "Followers")
        lists = (
            ("following", "following", _entries(following, "Following", "FollowingList")),
            ("follower", "followers", _entries(followers, "FansList", "FollowerList")),
        )
        for relation, field, entries in lists:
            for entry in entries:
                handle = _get(entry, "UserName", "username", "userName", "Name", "name")
                if not handle:
                    continue
                handle = handle.lstrip("@")
                date = parse_any(_get(entry, "Date", "date"))
                url = PROFILE_URL.format(handle)
                yield Connection(
                    relation,
                    self.ref(field, handle, date=date, url=url),
                    handle=handle,
                    url=url,
                )

    def videos(self) -> Iterator[Item]:
        posts = _section(self.data, "Posts", "Videos")
        for entry in _entries(posts, "VideoList", "Videos", "PostList"):
            link = _get(entry, "Link", "link", "VideoLink", "url")
            written = _get(entry, "Date", "date")
            item = link or written
            if item is None:
                continue
            date = parse_any(written)
            caption = _get(entry, "Title", "Desc", "Description", "Caption", "Text") or ""
            visibility = _who_can_view(_get(entry, "WhoCanView")) or self.video_visibility
            ref = self.ref("text", item, visibility, date, link)
            place = None
            location = _get(entry, "Location")
            if location:
                place = Place(
                    "geotag", self.ref("place", item, visibility, date, link), name=location
                )
            media: tuple[Media, ...] = ()
            if link:
                media = (
                    Media(
                        link,
                        self.ref("media", item, visibility, date, link),
                        media_type="video",
                        caption=caption or None,
                        taken_at=date,
                    ),
                )
            yield Post(
                "post",
                caption,
                ref,
                hashtags=_hashtags(caption),
                urls=_urls(caption),
                mentions=_mentions(caption),
                media=media,
                place=place,
            )

    def comments(self) -> Iterator[Item]:
        section = _section(self.data, "Comments")
        entries = _entries(section, "CommentsList", "CommentList")
        if not entries:
            entries = _entries(_section(self.data, "Comment"), "CommentsList", "CommentList")
        for entry in entries:
            text = _get(entry, "comment", "Comment", "text", "Content")
            written = _get(entry, "date", "Date")
            if not text or not written:
                continue
            target = _get(entry, "link", "Link", "url", "VideoLink")
            yield Post(
                "comment",
                text,
                self.ref("text", written, "unknown", parse_any(written), target),
                hashtags=_hashtags(text),
                urls=_urls(text),
                mentions=_mentions(text),
                target=target,
            )

    def likes(self) -> Iterator[Item]:
        section = _section(self.data, "Like List", "Likes")
        for entry in _entries(section, "ItemFavoriteList", "LikeList"):
            link = _get(entry, "link", "Link", "VideoLink")
            if not link:
                continue
            date = parse_any(_get(entry, "date", "Date"))
            yield Post(
                "like",
                "",
                self.ref("link", link, self.like_visibility, date, link),
                urls=(link,),
                target=link,
            )

    def hashtags(self) -> Iterator[Item]:
        section = _section(self.data, "Hashtag", "Hashtags")
        for entry in _entries(section, "HashtagList"):
            name = _get(entry, "HashtagName", "Name", "hashtagName")
            if not name:
                continue
            url = _get(entry, "HashtagLink", "Link")
            yield Group(
                "hashtag",
                name,
                self.ref("hashtag", name, self.video_visibility, url=url),
                url=url,
            )

    def logins(self) -> Iterator[Item]:
        section = _section(self.data, "Login History")
        for entry in _entries(section, "LoginHistoryList"):
            written = _get(entry, "Date", "date")
            ip = _get(entry, "IP", "ip")
            detail = ", ".join(
                p
                for p in (
                    _get(entry, k)
                    for k in ("DeviceModel", "DeviceSystem", "NetworkType", "Carrier")
                )
                if p
            )
            if not written and not ip:
                continue
            yield SecurityRecord(
                "login",
                self.ref("login", written, "private", parse_any(written)),
                value=ip,
                detail=detail or None,
            )


def _linked_account(entry: Any) -> str | None:
    """``"<platform>: <name>"`` from one ``PlatformInfo`` entry (shape unverified)."""
    if isinstance(entry, str):
        return _clean(entry)
    if not isinstance(entry, dict):
        return None
    platform = _get(entry, "platform", "Platform", "type", "platformName")
    name = _get(entry, "name", "userName", "username", "handle", "nickname", "displayName")
    if platform and name:
        return f"{platform}: {name}"
    if platform or name:
        return platform or name
    parts = [f"{k}: {v}" for k, v in entry.items() if _clean(v)]
    return "; ".join(parts) or None
