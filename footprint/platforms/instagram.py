"""Instagram "Download your information" exports (JSON), every generation.

Files are recognised by their JSON content (top-level keys and the shape of the first
records), never by their path, so the same reader serves all three layouts:

- **2018-2019 "Download Data"** (lenient: no real export was available to check):
  ``profile.json`` (``username``, ``name``, ``biography``, ``website``, ``email``,
  ``phone_number``, ``gender``, ``date_joined``, ``private_account``),
  ``connections.json`` (``following`` / ``followers`` maps of handle -> date),
  ``media.json`` (``photos``/``videos``/``stories`` of ``{caption, taken_at, path,
  location}``; ``profile`` pictures; ``direct`` is skipped), ``comments.json``
  (``media_comments`` rows ``[date, text, owner]``), ``likes.json`` (``media_likes`` /
  ``comment_likes`` rows ``[date, owner]``) and ``account_history.json``
  (``login_history``, ``registration_info``).
- **2020-2022 topic folders** (``personal_information/``, ``followers_and_following/``,
  ``content/``, ``likes/``, ``comments/``, ``information_about_you/``) and
- **2024+** (``personal_information/personal_information/``,
  ``your_instagram_activity/...``, ``connections/followers_and_following/``,
  ``security_and_login_information/...``), which share Meta's record shapes.

What is taken:

- ``personal_information.json`` (``profile_user``): the account (handle, name, private
  setting) and the profile fields name, username, bio, website, e-mail, phone, city,
  date of birth and gender. A private account makes its posts and follow lists
  ``connections``-visible, a public one ``public``; without this file they are
  ``unknown``. Name, username, bio and website show on every profile (``public``); the
  contact details, city, birthday and gender are not shown to others (``private``).
- ``account_information.json`` (``profile_account_insights``): the date joined.
- ``professional_information.json`` (``profile_business``): the business category
  (``business_category``) and any other business detail present.
- ``account_based_in.json`` (``inferred_data_primary_location``): Meta's inferred home
  city, as a place (``inferred_home``) and the profile field ``inferred_city``.
- ``signup_information.json`` (``account_history_registration_info``): a registration
  record (e-mail, username, IP, device); a sign-up username that differs from today's
  handle becomes ``previous_handle``.
- ``login_activity.json`` / ``logout_activity.json``: one security record per login
  (IP address, user agent).
- ``profile_photos.json`` (``ig_profile_picture``): the profile pictures (``avatar``).
- ``posts_N.json`` and ``stories.json``, ``reels.json``, ``igtv_videos.json``,
  ``archived_posts.json``: one post per entry, with its caption (the post's ``title``,
  else the first media's), hashtags and mentions from the caption, and its photos and
  videos with the GPS position and capture time from their EXIF data where present; the
  first GPS position is the post's geotag. Archived posts are ``private``.
- ``following.json`` / ``followers_N.json``: one connection per account (handle and
  profile URL; some exports put the handle in ``title``).
- ``liked_posts.json``: one like per post, with the post's URL, its author and the
  reaction emoji as the text.
- ``post_comments_N.json`` / ``reels_comments.json``: one comment each, with its text
  and the account commented on.

Every string is repaired from Meta's per-byte escaped UTF-8 (mojibake). The post and
comment ``item`` is the entry's ``creation_timestamp`` / ``timestamp`` as a decimal
string; a followed account's ``item`` is its handle.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

import ijson

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import from_epoch, parse_any
from footprint.exports.readers import fix_mojibake, iter_json_items, json_error, load_json
from footprint.model import (
    Account,
    Connection,
    Item,
    Media,
    Place,
    Post,
    ProfileField,
    Ref,
    SecurityRecord,
    Visibility,
)
from footprint.platforms.base import ParseContext, Platform, PrivateMode, ProfileUrl
from footprint.registry import platforms

NAME = "instagram"
PROFILE_URL = "https://www.instagram.com/"

# Top-level keys only Instagram writes (Facebook's files use other keys), by member kind.
_TOP_KEYS: dict[str, str] = {
    "profile_user": "profile",
    "profile_account_insights": "account",
    "profile_business": "professional",
    "inferred_data_primary_location": "based_in",
    "account_history_registration_info": "signup",
    "account_history_login_history": "logins",
    "account_history_logout_history": "logins",
    "ig_profile_picture": "profile_photos",
    "ig_stories": "posts",
    "ig_reels_media": "posts",
    "ig_igtv_media": "posts",
    "ig_archived_post_media": "posts",
    "relationships_following": "following",
    "relationships_followers": "followers",
    "likes_media_likes": "likes",
    "comments_media_comments": "comments",
    "comments_reels_comments": "comments",
}
_POST_KEYS = ("ig_stories", "ig_reels_media", "ig_igtv_media", "ig_archived_post_media")
_COMMENT_KEYS = ("comments_media_comments", "comments_reels_comments")

# 2018-2019 "Download Data" files (shapes from third-party readers, no real export seen).
_LEGACY_MEDIA_KEYS = ("photos", "videos", "stories", "profile")
_LEGACY_CONNECTION_KEYS = {
    "followers",
    "following",
    "blocked_users",
    "close_friends",
    "follow_requests_sent",
    "following_hashtags",
    "dismissed_suggested_users",
}
_LEGACY_PROFILE_HINTS = {"biography", "date_joined", "private_account", "profile_pic_url"}

# profile_user labels (lower case) -> profile field; Instagram writes English labels.
_PROFILE_LABELS: dict[str, str] = {
    "name": "display_name",
    "username": "handle",
    "bio": "bio",
    "biography": "bio",
    "website": "website",
    "email": "email",
    "email address": "email",
    "phone number": "phone",
    "phone": "phone",
    "city name": "location",
    "city": "location",
    "date of birth": "birthday",
    "birthday": "birthday",
    "gender": "gender",
}
# What any visitor sees on a profile, even a private one; the rest only the owner sees.
_PUBLIC_FIELDS = {"display_name", "handle", "bio", "website"}

_HASHTAG = re.compile(r"(?<![\w&#])#(\w+)")
_MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9._]{1,30})")
_VIDEO_EXT = (".mp4", ".mov", ".m4v", ".webm")
_PHOTO_EXT = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".gif")
_MAX_SHAPE_EVENTS = 5000


# --- recognising a member by its JSON shape ----------------------------------------------


@dataclass
class _Shape:
    """The structure seen in a member's first bytes: keys and value types by ijson prefix."""

    top: str  # "map" or "array"
    keys: dict[str, list[str]] = field(default_factory=dict)
    types: dict[str, set[str]] = field(default_factory=dict)

    def keys_at(self, prefix: str) -> list[str]:
        return self.keys.get(prefix, [])

    def is_a(self, prefix: str, kind: str) -> bool:
        """Whether some value at ``prefix`` is a ``map``, ``array`` or ``scalar``."""
        return kind in self.types.get(prefix, ())


def _shape(member: Member) -> _Shape | None:
    """The shape of a JSON member's head, or ``None`` when it does not start like JSON.

    The first bytes are checked before anything is decoded, so photos and videos cost
    one small read. A head cut mid-value is fine: the events before the cut are kept.
    """
    start = member.head(64).lstrip(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    if not start[:1] or start[:1] not in b"[{":
        return None
    head = member.head()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    keys: dict[str, list[str]] = {}
    types: dict[str, set[str]] = {}
    try:
        for n, (prefix, event, value) in enumerate(ijson.parse(io.BytesIO(head))):
            if n > _MAX_SHAPE_EVENTS:
                break
            if prefix.count(".") > 5:
                continue
            if event == "map_key":
                seen = keys.setdefault(prefix, [])
                if value not in seen:
                    seen.append(value)
            elif event in ("start_map", "start_array"):
                types.setdefault(prefix, set()).add(event[6:])
            elif event not in ("end_map", "end_array"):
                types.setdefault(prefix, set()).add("scalar")
    except ijson.JSONError:
        pass  # the head ends mid-file, or the file is broken: judge by what was seen
    top = next(iter(types.get("", ())), None)
    if top not in ("map", "array"):
        return None
    return _Shape(top, keys, types)


def _kind_of(shape: _Shape) -> str | None:
    if shape.top == "map":
        top_keys = shape.keys_at("")
        for key in top_keys:
            kind = _TOP_KEYS.get(key)
            if kind is not None:
                return kind
        return _legacy_kind(shape, top_keys)
    item_keys = shape.keys_at("item")
    if not item_keys:
        return None
    # Facebook's post lists ({timestamp, attachments:[{data:[{media}]}]}) nest media deeper.
    if "attachments" in item_keys or "label_values" in item_keys:
        return None
    if "media" in item_keys and shape.is_a("item.media", "array"):
        media_keys = shape.keys_at("item.media.item")
        if "uri" in media_keys or "creation_timestamp" in media_keys:
            return "posts"
    if "string_list_data" in item_keys:
        entry = shape.keys_at("item.string_list_data.item")
        if "href" in entry or "value" in entry:
            return "followers"
    if "string_map_data" in item_keys:
        labels = shape.keys_at("item.string_map_data")
        if "Comment" in labels or "Media Owner" in labels:
            return "comments"
    return None


def _legacy_kind(shape: _Shape, top_keys: list[str]) -> str | None:
    """The 2018-2019 big files, recognised by their own key sets."""
    if "username" in top_keys and _LEGACY_PROFILE_HINTS.intersection(top_keys):
        return "profile"
    for key in _LEGACY_MEDIA_KEYS:
        entry = shape.keys_at(f"{key}.item")
        if "taken_at" in entry and ("path" in entry or "caption" in entry):
            return "posts"
    if any(k in ("media_comments", "live_comments") for k in top_keys) and any(
        shape.is_a(f"{k}.item", "array") for k in ("media_comments", "live_comments")
    ):
        return "comments"
    if any(shape.is_a(f"{k}.item", "array") for k in ("media_likes", "comment_likes")):
        return "likes"
    # Facebook 2018 had {"following": [...]} lists; Instagram's values are maps.
    if (
        top_keys
        and set(top_keys) <= _LEGACY_CONNECTION_KEYS
        and any(shape.is_a(k, "map") for k in ("followers", "following"))
    ):
        return "connections"
    if "login_history" in top_keys and shape.is_a("login_history", "array"):
        return "logins"
    return None


# --- small value helpers -----------------------------------------------------------------


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _ts(value: Any) -> int | None:
    """Epoch seconds as an int; ``0``, empty and junk are ``None``."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        ts = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        ts = int(value.strip())
    else:
        return None
    return ts if ts > 0 else None


def _item(ts: int | None) -> str | None:
    return str(ts) if ts is not None else None


def _iso_epoch(text: str) -> int | None:
    """Epoch seconds of a textual date (2018 files write ISO dates, not epochs)."""
    iso = parse_any(text)
    if iso is None or len(iso) < 20:
        return None
    try:
        return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())
    except ValueError:
        return None


def _exif_time(value: Any) -> str | None:
    """EXIF ``2019:06:27 14:55:13`` (camera local time, zone unknown) to ISO."""
    text = _str(value)
    if len(text) >= 19 and text[4] == ":" and text[7] == ":":
        text = text[:4] + "-" + text[5:7] + "-" + text[8:]
    return parse_any(text)


def _coord(value: Any, limit: float) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if -limit <= number <= limit else None


def _hashtags(text: str) -> tuple[str, ...]:
    # Instagram has no all-digit hashtags ("#1" in "photo #1" is not a tag).
    tags = [t for t in _HASHTAG.findall(text) if not t.isdigit()]
    return tuple(dict.fromkeys(tags))


def _mentions(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.rstrip(".") for m in _MENTION.findall(text) if m.strip(".")))


def _labels(record: Any) -> dict[str, dict[str, Any]]:
    """A record's ``string_map_data`` as {label: {href, value, timestamp}}."""
    if not isinstance(record, dict):
        return {}
    data = record.get("string_map_data")
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)}


def _label_value(labels: dict[str, dict[str, Any]], *names: str) -> str:
    wanted = {n.lower() for n in names}
    for label, entry in labels.items():
        if label.strip().lower() in wanted:
            return _str(entry.get("value")) or _str(entry.get("href"))
    return ""


def _label_ts(labels: dict[str, dict[str, Any]], *names: str) -> int | None:
    wanted = {n.lower() for n in names}
    for label, entry in labels.items():
        if label.strip().lower() in wanted:
            return _ts(entry.get("timestamp"))
    return None


def _first_record(data: Any, key: str) -> Any:
    records = data.get(key) if isinstance(data, dict) else None
    if isinstance(records, list) and records:
        return records[0]
    return None


def _bool_text(text: str) -> bool | None:
    low = text.strip().lower()
    if low in ("true", "yes", "1", "on"):
        return True
    if low in ("false", "no", "0", "off"):
        return False
    return None


def _iter_pairs(member: Member, prefix: str) -> Iterator[tuple[str, Any]]:
    """The key-value pairs of the map at ``prefix``, streamed."""
    stream = member.open()
    try:
        yield from ijson.kvitems(stream, prefix, use_float=True)
    except ijson.JSONError as exc:
        raise ParseError(json_error(exc)) from exc
    finally:
        stream.close()


# --- the parser --------------------------------------------------------------------------


@platforms.register(NAME)
class Instagram(Platform):
    """Instagram's JSON export, 2018 to today."""

    name = NAME
    title = "Instagram"
    download = "Accounts Center > Download your information, **JSON** format"
    generations = "2018-19, 2020-22, 2024+ layouts; photo GPS"
    profile_urls = (ProfileUrl.of(r"^(?:www\.)?instagram\.com$", r"^/([A-Za-z0-9_.]{1,30})/?$"),)
    # Instagram's help centre: a private account's posts, stories and follower and
    # following lists are for approved followers; name, bio, picture and links stay public.
    private = PrivateMode(
        "Private account",
        frozenset(("post", "media", "place", "comment", "following", "followers")),
        "your name, username, bio, links and profile picture",
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "post, comment, and the media in them": (
            "the post's `timestamp` (or `creation_timestamp`), as a decimal string"
        ),
        "followed account": "the account's `value`, as written (after the encoding repair)",
    }
    id_format = re.compile(r"\d{1,12}")  # timestamps, in seconds
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": (
            "On Instagram, open your profile > Edit profile; change or clear the {field}."
        ),
        "change_email": (
            "On Instagram, Accounts Center > Personal details > Contact info: remove the "
            "work address."
        ),
        "change_handle": "On Instagram, Edit profile > Username: choose one you use nowhere else.",
        "delete_posts": "On each post listed, … > Delete (or Archive, which hides it from others).",
        "remove_likes": "Your activity > Interactions > Likes: unlike each post listed.",
        "unfollow": (
            "Profile > Following: unfollow the accounts listed, or make the account private."
        ),
        "remove_location": (
            "On each post listed, … > Edit > remove the location; and turn off location "
            "access for the app."
        ),
        "make_private": "Settings and privacy > Account privacy > Private account.",
        "turn_on_2fa": (
            "Accounts Center > Password and security > Two-factor authentication: choose "
            "an authentication app."
        ),
    }
    kinds = (
        "profile",
        "account",
        "professional",
        "based_in",
        "signup",
        "logins",
        "profile_photos",
        "posts",
        "following",
        "followers",
        "connections",
        "likes",
        "comments",
    )

    def identify(self, member: Member) -> str | None:
        shape = _shape(member)
        return _kind_of(shape) if shape is not None else None

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        reader = getattr(self, f"_read_{kind}", None)
        if reader is None:
            raise ParseError(f"unknown Instagram file kind {kind!r}")
        shape = _shape(member)
        if shape is None:
            raise ParseError("not JSON: the file does not start with '{' or '['")
        items: Iterable[Item] = reader(member, ctx, shape)
        return items

    def coverage(self, kinds: set[str]) -> list[str]:
        notes: list[str] = []
        if "profile" not in kinds:
            notes.append(
                "This Instagram export has no personal information file: the profile, "
                "the handle and whether the account is private are unknown, so post "
                "visibility is unknown"
            )
        if "posts" not in kinds:
            notes.append("This Instagram export holds no posts, stories or reels")
        if not kinds & {"following", "followers", "connections"}:
            notes.append("This Instagram export holds no followers or following lists")
        if kinds & {"likes", "comments"}:
            notes.append(
                "Instagram exports hold only the address and author of posts liked or "
                "commented on, never their text"
            )
        notes.append(
            "Instagram exports keep GPS positions for only some photos; place tags "
            "chosen on a post are not in the export"
        )
        return notes

    # --- profile and account files ---

    def _ref(
        self,
        member: Member,
        field_name: str,
        item: str | None = None,
        visibility: Visibility = "unknown",
        date: str | None = None,
        url: str | None = None,
    ) -> Ref:
        return Ref(NAME, member.name, item, field_name, visibility, date, url)

    def _read_profile(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        data = fix_mojibake(load_json(member))
        if not isinstance(data, dict):
            raise ParseError("expected a JSON object")
        if "profile_user" in data:
            labels = _labels(_first_record(data, "profile_user"))
            values: dict[str, str] = {}
            for label, entry in labels.items():
                name = _PROFILE_LABELS.get(label.strip().lower())
                if name is None or name in values:
                    continue
                value = _str(entry.get("value")) or _str(entry.get("href"))
                if not value and name == "birthday":
                    value = (from_epoch(_ts(entry.get("timestamp"))) or "")[:10]
                if value:
                    values[name] = value
            private = _bool_text(_label_value(labels, "Private Account"))
            created = None
            photos = _first_record(data, "profile_user")
            photos = photos.get("media_map_data") if isinstance(photos, dict) else None
            for photo in photos.values() if isinstance(photos, dict) else []:
                avatar = self._avatar(member, ctx, photo)
                if avatar is not None:
                    yield avatar
        else:  # 2018-2019 profile.json: flat keys
            legacy = {
                "display_name": data.get("name"),
                "handle": data.get("username"),
                "bio": data.get("biography"),
                "website": data.get("website"),
                "email": data.get("email"),
                "phone": data.get("phone_number"),
                "gender": data.get("gender"),
                "birthday": data.get("date_of_birth") or data.get("birthday"),
            }
            values = {k: _str(v) for k, v in legacy.items() if _str(v)}
            raw_private = data.get("private_account")
            private = (
                raw_private if isinstance(raw_private, bool) else _bool_text(_str(raw_private))
            )
            created = parse_any(data.get("date_joined"))
        yield from self._profile_records(member, ctx, values, private, created)

    def _profile_records(
        self,
        member: Member,
        ctx: ParseContext,
        values: dict[str, str],
        private: bool | None,
        created: str | None,
    ) -> Iterator[Item]:
        if private is not None:
            ctx.state["private"] = private
        handle = values.get("handle")
        if handle:
            handle = handle.lstrip("@")
            values["handle"] = handle
            ctx.state["handle"] = handle
            url = PROFILE_URL + handle if " " not in handle else None
            yield Account(
                NAME,
                handle,
                self._ref(member, "handle", visibility="public", url=url),
                display_name=values.get("display_name"),
                url=url,
                created_at=created,
                protected=private,
            )
        for name, value in values.items():
            vis: Visibility = "public" if name in _PUBLIC_FIELDS else "private"
            yield ProfileField(name, value, self._ref(member, name, visibility=vis))

    def _read_account(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        data = fix_mojibake(load_json(member))
        labels = _labels(_first_record(data, "profile_account_insights"))
        joined = _label_ts(labels, "Date Joined", "Account Created")
        if joined is not None:
            yield SecurityRecord(
                "registration",
                self._ref(member, "registration", visibility="private", date=from_epoch(joined)),
                detail="date joined",
            )
        country = _label_value(labels, "First Country Code", "Country")
        if country:
            yield ProfileField(
                "country_code", country, self._ref(member, "country_code", visibility="private")
            )

    def _read_professional(
        self, member: Member, ctx: ParseContext, shape: _Shape
    ) -> Iterator[Item]:
        data = fix_mojibake(load_json(member))
        for label, entry in _labels(_first_record(data, "profile_business")).items():
            value = _str(entry.get("value")) or _str(entry.get("href"))
            if not value:
                continue
            low = label.strip().lower()
            if "category" in low:
                name = "business_category"
                vis: Visibility = "public"  # shown under the name on business profiles
            else:
                slug = re.sub(r"[^a-z0-9]+", "_", low).strip("_")
                name = slug if slug.startswith("business") else f"business_{slug}"
                vis = "unknown"
            yield ProfileField(name, value, self._ref(member, name, visibility=vis))

    def _read_based_in(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        data = fix_mojibake(load_json(member))
        records = data.get("inferred_data_primary_location") if isinstance(data, dict) else None
        for record in records if isinstance(records, list) else []:
            city = _label_value(_labels(record), "City Name", "City")
            if not city:
                continue
            # Meta's own inference, never shown to other users.
            yield Place(
                "inferred_home",
                self._ref(member, "inferred_city", visibility="private"),
                name=city,
            )
            yield ProfileField(
                "inferred_city", city, self._ref(member, "inferred_city", visibility="private")
            )

    def _read_signup(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        data = fix_mojibake(load_json(member))
        labels = _labels(_first_record(data, "account_history_registration_info"))
        if not labels:
            return
        email = _label_value(labels, "Email", "Email address")
        username = _label_value(labels, "Username")
        parts = [
            f"{name}: {value}"
            for name, value in (
                ("username", username),
                ("phone", _label_value(labels, "Phone Number", "Phone number")),
                ("IP address", _label_value(labels, "IP Address")),
                ("device", _label_value(labels, "Device")),
            )
            if value
        ]
        when = _label_ts(labels, "Time")
        yield SecurityRecord(
            "registration",
            self._ref(member, "registration", visibility="private", date=from_epoch(when)),
            value=email or None,
            detail="; ".join(parts) or None,
        )
        yield from self._previous_handle(member, ctx, username)

    def _previous_handle(self, member: Member, ctx: ParseContext, username: str) -> Iterator[Item]:
        current = ctx.state.get("handle")
        if username and isinstance(current, str) and username.lower() != current.lower():
            yield ProfileField(
                "previous_handle",
                username,
                self._ref(member, "previous_handle", visibility="private"),
            )

    def _read_logins(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        top = shape.keys_at("")
        if "login_history" in top:  # 2018-2019 account_history.json
            yield from self._read_legacy_logins(member, ctx)
            return
        for key, kind in (
            ("account_history_login_history", "login"),
            ("account_history_logout_history", "session"),
        ):
            if key not in top:
                continue
            for record in iter_json_items(member, f"{key}.item"):
                record = fix_mojibake(record)
                labels = _labels(record)
                ts = _label_ts(labels, "Time")
                date = from_epoch(ts) or parse_any(_str(record.get("title")))
                ip = _label_value(labels, "IP Address")
                agent = _label_value(labels, "User Agent")
                if not (ip or agent or date):
                    continue
                detail = agent if kind == "login" else "logout" + (f": {agent}" if agent else "")
                yield SecurityRecord(
                    kind,
                    self._ref(member, kind, _item(ts), "private", date),
                    value=ip or None,
                    detail=detail or None,
                )

    def _read_legacy_logins(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        data = fix_mojibake(load_json(member))
        for entry in data.get("login_history") or []:
            if not isinstance(entry, dict):
                continue
            raw = entry.get("timestamp")
            ts = _ts(raw) or (_iso_epoch(raw) if isinstance(raw, str) else None)
            yield SecurityRecord(
                "login",
                self._ref(member, "login", _item(ts), "private", from_epoch(ts)),
                value=_str(entry.get("ip_address")) or None,
                detail=_str(entry.get("user_agent")) or None,
            )
        reg = data.get("registration_info")
        if isinstance(reg, dict):
            raw = reg.get("registration_time")
            ts = _ts(raw) or (_iso_epoch(raw) if isinstance(raw, str) else None)
            username = _str(reg.get("registration_username"))
            detail = "; ".join(
                f"{n}: {v}"
                for n, v in (
                    ("username", username),
                    ("IP address", _str(reg.get("ip_address"))),
                    ("phone", _str(reg.get("registration_phone_number"))),
                )
                if v
            )
            yield SecurityRecord(
                "registration",
                self._ref(member, "registration", visibility="private", date=from_epoch(ts)),
                value=_str(reg.get("registration_email")) or None,
                detail=detail or None,
            )
            yield from self._previous_handle(member, ctx, username)

    def _read_profile_photos(
        self, member: Member, ctx: ParseContext, shape: _Shape
    ) -> Iterator[Item]:
        for photo in iter_json_items(member, "ig_profile_picture.item"):
            media = self._avatar(member, ctx, fix_mojibake(photo))
            if media is not None:
                yield media

    def _avatar(self, member: Member, ctx: ParseContext, photo: Any) -> Media | None:
        if not isinstance(photo, dict):
            return None
        uri = _str(photo.get("uri")) or _str(photo.get("path"))
        seen: set[str] = ctx.state.setdefault("avatars", set())
        if not uri or uri in seen:
            return None
        seen.add(uri)
        ts = _ts(photo.get("creation_timestamp"))
        if ts is None and isinstance(photo.get("taken_at"), str):
            ts = _iso_epoch(photo["taken_at"])
        # Profile pictures show on every profile, private or not.
        return Media(
            uri,
            self._ref(member, "avatar", _item(ts), "public", from_epoch(ts)),
            media_type="photo",
            taken_at=from_epoch(ts),
        )

    # --- posts ---

    def _visibility(self, ctx: ParseContext) -> Visibility:
        private = ctx.state.get("private")
        if private is True:
            return "connections"
        if private is False:
            return "public"
        return "unknown"

    def _read_posts(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        if shape.top == "array":
            for entry in iter_json_items(member, "item"):
                yield from self._post_entry(member, ctx, fix_mojibake(entry), None)
            return
        top = shape.keys_at("")
        keys = [k for k in _POST_KEYS if k in top]
        if keys:
            for key in keys:
                vis: Visibility | None = "private" if key == "ig_archived_post_media" else None
                for entry in iter_json_items(member, f"{key}.item"):
                    yield from self._post_entry(member, ctx, fix_mojibake(entry), vis)
            return
        # 2018-2019 media.json: each list is read in its own pass, so that a list the
        # head did not reach is still found.
        for key in _LEGACY_MEDIA_KEYS:
            for entry in iter_json_items(member, f"{key}.item"):
                entry = fix_mojibake(entry)
                if key == "profile":
                    avatar = self._avatar(member, ctx, entry)
                    if avatar is not None:
                        yield avatar
                else:
                    post = self._legacy_post(member, ctx, entry)
                    if post is not None:
                        yield post

    def _post_entry(
        self, member: Member, ctx: ParseContext, entry: Any, vis: Visibility | None
    ) -> Iterator[Item]:
        """One element of a posts list: a post, or (in some files) a wrapper of lists."""
        if not isinstance(entry, dict):
            return
        if isinstance(entry.get("media"), list) or _str(entry.get("uri")):
            post = self._post(member, ctx, entry, vis)
            if post is not None:
                yield post
            return
        for key, value in entry.items():
            if not isinstance(value, list):
                continue
            if key == "ig_profile_picture":
                for photo in value:
                    avatar = self._avatar(member, ctx, photo)
                    if avatar is not None:
                        yield avatar
            elif key.startswith("ig_"):
                sub: Visibility | None = "private" if key == "ig_archived_post_media" else vis
                for inner in value:
                    yield from self._post_entry(member, ctx, inner, sub)

    def _post(
        self, member: Member, ctx: ParseContext, entry: dict[str, Any], vis: Visibility | None
    ) -> Post | None:
        raw_media = entry.get("media")
        medias = (
            [m for m in raw_media if isinstance(m, dict)]
            if isinstance(raw_media, list)
            else [entry]
        )
        ts = _ts(entry.get("creation_timestamp"))
        if ts is None:
            ts = next((t for m in medias if (t := _ts(m.get("creation_timestamp")))), None)
        caption = _str(entry.get("title")) if "media" in entry else ""
        if not caption:
            caption = next((title for m in medias if (title := _str(m.get("title")))), "")
        visibility = vis or self._visibility(ctx)
        item = _item(ts)
        records: list[Media] = []
        place: Place | None = None
        for m in medias:
            media = self._media(member, m, item, visibility, caption)
            if media is None:
                continue
            records.append(media)
            if place is None and media.lat is not None and media.lon is not None:
                place = Place(
                    "geotag",
                    self._ref(member, "place", item, visibility, from_epoch(ts)),
                    lat=media.lat,
                    lon=media.lon,
                )
        if not caption and not records:
            return None
        return Post(
            "post",
            caption,
            self._ref(member, "text", item, visibility, from_epoch(ts)),
            hashtags=_hashtags(caption),
            mentions=_mentions(caption),
            media=tuple(records),
            place=place,
        )

    def _media(
        self,
        member: Member,
        m: dict[str, Any],
        item: str | None,
        visibility: Visibility,
        caption: str,
    ) -> Media | None:
        uri = _str(m.get("uri"))
        if not uri:
            return None
        meta = m.get("media_metadata")
        meta = meta if isinstance(meta, dict) else {}
        lat = lon = None
        taken = None
        media_type = None
        for kind in ("photo_metadata", "video_metadata"):
            block = meta.get(kind)
            if not isinstance(block, dict):
                continue
            media_type = media_type or kind.split("_")[0]
            exif = block.get("exif_data")
            for row in exif if isinstance(exif, list) else []:
                if not isinstance(row, dict):
                    continue
                la = _coord(row.get("latitude"), 90.0)
                lo = _coord(row.get("longitude"), 180.0)
                if lat is None and la is not None and lo is not None and (la, lo) != (0.0, 0.0):
                    lat, lon = la, lo
                taken = taken or _exif_time(row.get("date_time_original"))
        if media_type is None:
            low = uri.lower()
            media_type = (
                "video"
                if low.endswith(_VIDEO_EXT)
                else "photo"
                if low.endswith(_PHOTO_EXT)
                else None
            )
        created = from_epoch(_ts(m.get("creation_timestamp")))
        own_title = _str(m.get("title"))
        return Media(
            uri,
            self._ref(member, "media", item, visibility, created),
            media_type=media_type,
            caption=own_title if own_title and own_title != caption else None,
            lat=lat,
            lon=lon,
            taken_at=taken or created,
        )

    def _legacy_post(self, member: Member, ctx: ParseContext, entry: Any) -> Post | None:
        """A 2018-2019 ``media.json`` entry: ``{caption, taken_at, path, location?}``."""
        if not isinstance(entry, dict):
            return None
        caption = _str(entry.get("caption"))
        taken = _str(entry.get("taken_at"))
        ts = _iso_epoch(taken) if taken else None
        item = _item(ts) or (taken or None)
        date = parse_any(taken) if taken else None
        visibility = self._visibility(ctx)
        path = _str(entry.get("path"))
        media: tuple[Media, ...] = ()
        if path:
            low = path.lower()
            media = (
                Media(
                    path,
                    self._ref(member, "media", item, visibility, date),
                    media_type="video" if low.endswith(_VIDEO_EXT) else "photo",
                    taken_at=date,
                ),
            )
        location = _str(entry.get("location"))
        place = (
            Place("geotag", self._ref(member, "place", item, visibility, date), name=location)
            if location
            else None
        )
        if not caption and not media:
            return None
        return Post(
            "post",
            caption,
            self._ref(member, "text", item, visibility, date),
            hashtags=_hashtags(caption),
            mentions=_mentions(caption),
            media=media,
            place=place,
        )

    # --- follows ---

    def _read_following(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        for entry in iter_json_items(member, "relationships_following.item"):
            yield from self._connections(member, ctx, fix_mojibake(entry), "following")

    def _read_followers(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        prefix = "item" if shape.top == "array" else "relationships_followers.item"
        for entry in iter_json_items(member, prefix):
            yield from self._connections(member, ctx, fix_mojibake(entry), "follower")

    def _connections(
        self, member: Member, ctx: ParseContext, entry: Any, relation: str
    ) -> Iterator[Item]:
        if not isinstance(entry, dict):
            return
        title = _str(entry.get("title"))
        rows = entry.get("string_list_data")
        rows = [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
        for row in rows or [{}]:
            href = _str(row.get("href"))
            # Some 2025 exports leave `value` out and put the handle in `title`.
            handle = _str(row.get("value")) or title or _handle_from_url(href)
            if not handle:
                continue
            yield self._connection(
                member, ctx, relation, handle, href or None, _ts(row.get("timestamp"))
            )

    def _connection(
        self,
        member: Member,
        ctx: ParseContext,
        relation: str,
        handle: str,
        url: str | None,
        ts: int | None,
    ) -> Connection:
        field_name = "following" if relation == "following" else "followers"
        # The lists show on the profile to whoever may see its posts.
        ref = self._ref(member, field_name, handle, self._visibility(ctx), from_epoch(ts), url)
        return Connection(relation, ref, handle=handle, url=url)

    def _read_connections(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        """2018-2019 ``connections.json``: ``{"following": {handle: date}, ...}``."""
        for key, relation in (("following", "following"), ("followers", "follower")):
            for handle, when in _iter_pairs(member, key):
                handle = fix_mojibake(handle)
                if not isinstance(handle, str) or not handle.strip():
                    continue
                handle = handle.strip()
                ts = _ts(when) or (_iso_epoch(when) if isinstance(when, str) else None)
                yield self._connection(member, ctx, relation, handle, PROFILE_URL + handle, ts)

    # --- likes and comments ---

    def _read_likes(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        if "likes_media_likes" in shape.keys_at(""):
            for entry in iter_json_items(member, "likes_media_likes.item"):
                entry = fix_mojibake(entry)
                if not isinstance(entry, dict):
                    continue
                author = _str(entry.get("title")) or None
                rows = entry.get("string_list_data")
                for row in rows if isinstance(rows, list) else []:
                    if not isinstance(row, dict):
                        continue
                    href = _str(row.get("href"))
                    ts = _ts(row.get("timestamp"))
                    if not href and ts is None:
                        continue
                    # Whether others see a like depends on the liked post's account.
                    yield Post(
                        "like",
                        _str(row.get("value")),
                        self._ref(
                            member, "text", _item(ts), "unknown", from_epoch(ts), href or None
                        ),
                        urls=(href,) if href else (),
                        target=author,
                    )
            return
        for key in ("media_likes", "comment_likes"):  # 2018-2019: rows of [date, owner]
            for row in iter_json_items(member, f"{key}.item"):
                row = fix_mojibake(row)
                if not isinstance(row, list) or len(row) < 2:
                    continue
                when, owner = row[0], _str(row[1])
                ts = _ts(when) or (_iso_epoch(when) if isinstance(when, str) else None)
                yield Post(
                    "like",
                    "",
                    self._ref(member, "text", _item(ts), "unknown", from_epoch(ts)),
                    target=owner or None,
                )

    def _read_comments(self, member: Member, ctx: ParseContext, shape: _Shape) -> Iterator[Item]:
        top = shape.keys_at("")
        if shape.top == "array":
            prefixes = ["item"]
        elif any(k in top for k in _COMMENT_KEYS):
            prefixes = [f"{k}.item" for k in _COMMENT_KEYS if k in top]
        else:  # 2018-2019 comments.json: rows of [date, text, owner]
            for key in ("media_comments", "live_comments"):
                for row in iter_json_items(member, f"{key}.item"):
                    row = fix_mojibake(row)
                    if not isinstance(row, list) or len(row) < 2:
                        continue
                    when, text = row[0], _str(row[1])
                    owner = _str(row[2]) if len(row) > 2 else ""
                    ts = _ts(when) or (_iso_epoch(when) if isinstance(when, str) else None)
                    if text:
                        yield self._comment(member, text, owner, ts)
            return
        for prefix in prefixes:
            for entry in iter_json_items(member, prefix):
                entry = fix_mojibake(entry)
                if not isinstance(entry, dict):
                    continue
                labels = _labels(entry)
                if labels:  # newer shape: {Comment, Media Owner, Time}
                    text = _label_value(labels, "Comment")
                    owner = _label_value(labels, "Media Owner")
                    ts = _label_ts(labels, "Time")
                    if text:
                        yield self._comment(member, text, owner, ts)
                    continue
                owner = _str(entry.get("title"))
                rows = entry.get("string_list_data")
                for row in rows if isinstance(rows, list) else []:
                    if isinstance(row, dict) and (text := _str(row.get("value"))):
                        yield self._comment(member, text, owner, _ts(row.get("timestamp")))

    def _comment(self, member: Member, text: str, owner: str, ts: int | None) -> Post:
        # Comments are seen by whoever may see the post commented on: not in the export.
        return Post(
            "comment",
            text,
            self._ref(member, "text", _item(ts), "unknown", from_epoch(ts)),
            hashtags=_hashtags(text),
            mentions=_mentions(text),
            target=owner.lstrip("@") or None,
        )


def _handle_from_url(href: str) -> str:
    """``https://www.instagram.com/_u/name`` or ``.../name/`` -> ``name``."""
    if "instagram.com/" not in href:
        return ""
    path = href.split("instagram.com/", 1)[1].split("?", 1)[0].strip("/")
    parts = [p for p in path.split("/") if p and p != "_u"]
    return parts[0] if len(parts) == 1 else ""
