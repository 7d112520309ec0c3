"""Telegram: the Telegram Desktop export in JSON (``result.json``).

Only Telegram Desktop exports: Settings > Advanced > Export Telegram data, with
"Machine-readable JSON" chosen, writes a folder with ``result.json`` (the whole account,
as far as the person ticked its sections); a chat's menu > Export chat history writes a
``result.json`` whose root is that one chat. Give footprint the folder, the file, or a
zip of either. The HTML format is not read.

The file is streamed (a years-long group is hundreds of MB). Telegram writes control
characters inside text as ``\\x0B``-style escapes, which JSON does not allow: they are
read as the characters they stand for, so such a file is read whole; a file cut short
or damaged otherwise gives everything before the damage, and a problem saying where.

- ``personal_information``: the account (``user_id``, ``@username``, name) and the
  profile fields name, username and bio (``public``) and phone number (``private``).
- ``profile_pictures``: the profile pictures, as ``avatar`` media (``public``).
- ``contacts``: address-book contacts (``contact`` connections: counted and matched,
  never shown).
- ``sessions`` and ``web_sessions``: each device or website session as a security
  record (last IP address, app, device, when); each website logged in with Telegram is
  also a connected app.
- ``chats`` and ``left_chats``: every group, supergroup and channel becomes a group
  (``item`` its id; ``role`` ``creator`` when the person created it, ``left`` for one
  they left, else ``member``). Seen by its members (``connections``); a channel's
  subscribers are hidden (``private``).
- Messages: only the person's own become posts (``kind`` ``message``): in a full export
  those ``from_id`` ``user<user_id>``; in a one-chat export (no ``personal_information``)
  those under a name given with ``--me`` or on the person's other accounts (see
  ``footprint.platforms.chats``). The text is the plain string or the mixed array of
  strings and entity objects joined; hashtags, mentions and links (``text_link``
  targets too) come from the entities; a photo or file that was exported is media; a
  shared location or venue is the post's place. Visibility follows the chat: ``public``
  in a public supergroup or channel, ``connections`` in a private group, ``private`` in
  a personal chat, with a bot, or in Saved Messages. ``date_unixtime`` is preferred to
  ``date`` (local time without a zone, taken as UTC).

Not read: ``frequent_contacts`` (a ranking of the chats above), ``stories``,
``other_data``, and other people's messages. Service messages count only for the
person's role. No real export was available to check against: the layout is Telegram
Desktop's JSON writer's.

``source.item``: a message is ``"<chat id>:<message id>"``; a chat, its id; a contact,
its ``user_id`` (else its phone number).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO, ClassVar

import ijson
from ijson.common import ObjectBuilder

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import from_epoch, parse_any
from footprint.exports.readers import json_error
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
    SecurityRecord,
    Visibility,
)
from footprint.platforms.base import ParseContext, Platform, ProfileUrl
from footprint.platforms.chats import Me, attribution_note, norm_name
from footprint.registry import platforms

NAME = "telegram"

# --- the \x escapes -------------------------------------------------------------------------

_ESCAPE = re.compile(rb"\\(x[0-9A-Fa-f]{2}|[\s\S])")
_PIECE = 1 << 20


def _unescape(data: bytes) -> bytes:
    """``\\xHH`` escapes as ``\\u00HH`` (escaped backslashes are left alone)."""
    if b"\\x" not in data:
        return data

    def fix(m: re.Match[bytes]) -> bytes:
        body = m.group(1)
        return b"\\u00" + body[1:] if len(body) == 3 else m.group(0)

    return _ESCAPE.sub(fix, data)


class Repaired(io.RawIOBase):
    """A binary stream of Telegram JSON in which ``\\xHH`` escapes read as JSON escapes.

    Telegram's writer puts a newline between values and never inside a string, so the
    stream is repaired line by line; a line over 1 MiB is cut where no escape is split.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._buf = b""
        self._carry = b""
        self._eof = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        piece = self._raw.readline(_PIECE)
        if not piece:
            self._eof = True
            self._buf += _unescape(self._carry)
            self._carry = b""
            return
        data = self._carry + piece
        cut = len(data)
        if not data.endswith(b"\n"):
            # Do not split an escape: cut before the run of backslashes near the end.
            k = data.rfind(b"\\", max(0, len(data) - 4))
            if k >= 0:
                while k > 0 and data[k - 1] == 0x5C:
                    k -= 1
                cut = k
        self._buf += _unescape(data[:cut])
        self._carry = data[cut:]

    def readinto(self, b: Any) -> int:
        while len(self._buf) < len(b) and not self._eof:
            self._fill()
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


# --- the stream of things in a result.json ---------------------------------------------------

# Objects built whole (small), by their ijson prefix.
_OBJECTS = {
    "personal_information": "personal",
    "profile_pictures.item": "picture",
    "contacts.list.item": "contact",
    "sessions.list.item": "session",
    "web_sessions.list.item": "web_session",
    "chats.list.item.messages.item": "message",
    "left_chats.list.item.messages.item": "message",
    "messages.item": "message",  # a one-chat export: the root is the chat
}
_CHATS = {"chats.list.item": False, "left_chats.list.item": True, "": False}
_CHAT_FIELDS = ("name", "type", "id")


def _walk(stream: Any) -> Iterator[tuple[str, Any]]:
    """("personal" | "contact" | ... | "chat" | "message" | "chat_end", value), streamed.

    A chat's ``name``, ``type`` and ``id`` come before its messages in the file: "chat"
    is given when its messages start, "chat_end" when it closes.
    """
    builder: ObjectBuilder | None = None
    depth = 0
    what = ""
    chat: dict[str, Any] | None = None
    for prefix, event, value in ijson.parse(stream, use_float=True):
        if builder is not None:
            builder.event(event, value)
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
                if depth == 0:
                    yield what, builder.value
                    builder = None
            continue
        if event == "start_map" and prefix in _OBJECTS:
            builder = ObjectBuilder()
            builder.event(event, value)
            depth, what = 1, _OBJECTS[prefix]
        elif event == "start_map" and prefix in _CHATS:
            chat = {"left": _CHATS[prefix], "prefix": prefix}
        elif chat is not None:
            base = chat["prefix"]
            at = prefix[len(base) + 1 :] if base else prefix
            if (prefix.startswith(base + ".") or not base) and at in _CHAT_FIELDS:
                if event in ("string", "number", "null"):
                    chat[at] = value
            elif event == "start_array" and at == "messages":
                yield "chat", chat
            elif event == "end_map" and prefix == base:
                yield "chat_end", chat
                chat = None


# --- values ---------------------------------------------------------------------------------

_GROUP_TYPES: dict[str, tuple[Visibility, Visibility]] = {
    # type: (who sees the membership, who sees the messages)
    "private_group": ("connections", "connections"),
    "private_supergroup": ("connections", "connections"),
    "public_supergroup": ("connections", "public"),
    "private_channel": ("private", "connections"),
    "public_channel": ("private", "public"),
}
_CREATE = frozenset(("create_group", "create_channel"))
_NOT_INCLUDED = "("  # "(File not included. Change data exporting settings to download.)"


def _s(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _num(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = _s(value)
    return text or None


def _date(obj: dict[str, Any], key: str = "date") -> str | None:
    return from_epoch(_s(obj.get(f"{key}_unixtime")) or None) or parse_any(obj.get(key))


def _coord(value: Any, limit: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if -limit <= value <= limit else None


@dataclass
class _Text:
    text: str = ""
    hashtags: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


def message_text(message: dict[str, Any]) -> _Text:
    """A message's words and entities: ``text`` is a string or a list mixing strings and
    ``{type, text}`` objects; ``text_entities`` (newer exports) lists every part."""
    out = _Text()
    raw = message.get("text")
    parts = raw if isinstance(raw, list) else [raw]
    out.text = "".join(p if isinstance(p, str) else _s_raw(p) for p in parts).strip()
    entities = message.get("text_entities")
    for part in entities if isinstance(entities, list) else parts:
        if not isinstance(part, dict):
            continue
        kind, text = part.get("type"), _s(part.get("text"))
        if kind == "hashtag" and text:
            out.hashtags.append(text.lstrip("#"))
        elif kind == "mention" and text:
            out.mentions.append(text.lstrip("@"))
        elif kind == "link" and text:
            out.urls.append(text if "://" in text else "https://" + text)
        elif kind == "text_link" and _s(part.get("href")):
            out.urls.append(_s(part.get("href")))
    out.hashtags = list(dict.fromkeys(out.hashtags))
    out.mentions = list(dict.fromkeys(out.mentions))
    out.urls = list(dict.fromkeys(out.urls))
    return out


def _s_raw(part: Any) -> str:
    text = part.get("text") if isinstance(part, dict) else None
    return text if isinstance(text, str) else ""


# --- the platform ---------------------------------------------------------------------------

_EXPORT_KEYS = frozenset(
    (
        "personal_information",
        "profile_pictures",
        "stories",
        "contacts",
        "frequent_contacts",
        "sessions",
        "web_sessions",
        "other_data",
        "chats",
        "left_chats",
    )
)
_CHAT_TYPES = frozenset(("personal_chat", "bot_chat", "saved_messages", "replies", *_GROUP_TYPES))


@platforms.register(NAME)
class Telegram(Platform):
    """Telegram Desktop's JSON export (``result.json``), whole or of one chat."""

    name = NAME
    title = "Telegram"
    download = (
        "Telegram Desktop: Settings > Advanced > Export Telegram data, format "
        "**Machine-readable JSON** (or a chat's Export chat history)"
    )
    generations = "`result.json` of a full export or of one chat, 2018 on"
    verified = False  # no real export was found (FORMATS.md section 14)
    reads_after_others = True  # a one-chat export does not say which author is the person
    profile_urls = (
        ProfileUrl.of(r"^(?:www\.)?(?:t\.me|telegram\.me)$", r"^/([A-Za-z0-9_]{5,32})/?$"),
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "message": "`<chat id>:<message id>`",
        "group, channel": "the chat's `id`",
        "contact": "the contact's `user_id`, else the phone number",
    }
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": "In Telegram, Settings > Edit profile (the pencil): change the {field}.",
        "change_handle": "Settings > Username: change or remove it.",
        "delete_posts": (
            "Touch and hold (right-click) each message listed > Delete > also delete for "
            "the others in the chat."
        ),
        "leave_group": "Open the group or channel > ⋮ > Leave group (Leave channel).",
        "hide_connections": (
            "Settings > Privacy and Security: set Phone number, Last seen and Groups & "
            "channels to My contacts or Nobody."
        ),
        "remove_location": "Delete the messages that shared a location, and stop live location.",
        "remove_images": "Settings > Edit profile: delete the profile photos listed.",
        "turn_on_2fa": "Settings > Privacy and Security > Two-Step Verification: set a password.",
        "remove_apps": (
            "Settings > Privacy and Security > Active sessions > Logged in with Telegram: "
            "disconnect the websites you do not use."
        ),
    }
    kinds = ("export", "chat")

    # --- recognising ----------------------------------------------------------------------

    def identify(self, member: Member) -> str | None:
        start = member.head(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        if start[:1] != b"{":
            return None
        keys: list[str] = []
        chat_type = None
        try:
            head = io.BytesIO(_unescape(member.head().lstrip(b"\xef\xbb\xbf")))
            for prefix, event, value in ijson.parse(head):
                if prefix == "" and event == "map_key":
                    keys.append(value)
                elif prefix == "type" and event == "string":
                    chat_type = value
                if event in ("start_map", "start_array") and (
                    prefix in _EXPORT_KEYS or prefix == "messages"
                ):
                    break  # the keys that matter come before the first list
        except ijson.JSONError:
            pass  # a head cut mid-file: judge by what was seen
        if "about" in keys and _EXPORT_KEYS.intersection(keys):
            return "export"
        if chat_type in _CHAT_TYPES and "id" in keys and "messages" in keys:
            return "chat"
        return None

    # --- reading --------------------------------------------------------------------------

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        if kind not in self.kinds:
            raise ParseError(f"unknown Telegram file kind {kind!r}")
        return _Reader(member, ctx).items()

    def coverage(self, kinds: set[str]) -> list[str]:
        out = [
            "A Telegram export holds only the sections and chats ticked when it was made, "
            "no group's member list and no secret chats"
        ]
        if "export" not in kinds:
            out.append(
                "A one-chat Telegram export holds no profile, contacts or sessions: export "
                "the whole account (Settings > Advanced > Export Telegram data)"
            )
        return out


class _Reader:
    """One ``result.json``, read in one streamed pass."""

    def __init__(self, member: Member, ctx: ParseContext) -> None:
        self.member = member
        self.ctx = ctx
        self.user_id: str | None = None
        self.chat: dict[str, Any] | None = None
        self.role = "member"
        self.mine = 0
        self.matched: str | None = None
        names = ctx.me or ctx.known_names
        self.me_keys = frozenset(k for n in names if (k := norm_name(n)))

    def ref(
        self, field_name: str, item: str | None, vis: Visibility, date: str | None = None
    ) -> Ref:
        return Ref(NAME, self.member.name, item, field_name, vis, date)

    def items(self) -> Iterator[Item]:
        readers: dict[str, Callable[[dict[str, Any]], Iterator[Item]]] = {
            "message": self.message,
            "personal": self.personal,
            "picture": self.picture,
            "contact": self.contact,
            "session": self.session,
            "web_session": self.web_session,
        }
        stream = Repaired(self.member.open())
        try:
            for what, value in _walk(stream):
                if not isinstance(value, dict):
                    continue
                if what == "chat":
                    self.start_chat(value)
                elif what == "chat_end":
                    yield from self.end_chat()
                else:
                    yield from readers[what](value)
        except ijson.JSONError as exc:
            # What was read stays; the chat being read still counts as a group.
            yield from self.end_chat()
            raise ParseError(json_error(exc)) from exc
        finally:
            stream.close()

    # --- the account ----------------------------------------------------------------------

    def personal(self, info: dict[str, Any]) -> Iterator[Item]:
        self.user_id = _num(info.get("user_id"))
        handle = _s(info.get("username")).lstrip("@") or None
        name = " ".join(p for p in (_s(info.get("first_name")), _s(info.get("last_name"))) if p)
        url = f"https://t.me/{handle}" if handle else None
        yield Account(
            NAME,
            handle,
            Ref(NAME, self.member.name, None, "handle", "public", url=url),
            self.user_id,
            name or None,
            url,
        )
        fields: tuple[tuple[str, str, Visibility], ...] = (
            ("display_name", name, "public"),
            ("handle", handle or "", "public"),
            ("bio", _s(info.get("bio")), "public"),
            ("phone", _s(info.get("phone_number")), "private"),
        )
        for field_name, value, vis in fields:
            if value:
                yield ProfileField(field_name, value, self.ref(field_name, None, vis))

    def picture(self, pic: dict[str, Any]) -> Iterator[Item]:
        path = _s(pic.get("photo"))
        if path and not path.startswith(_NOT_INCLUDED):
            date = _date(pic)
            yield Media(path, self.ref("avatar", path, "public", date), "photo", taken_at=date)

    def contact(self, entry: dict[str, Any]) -> Iterator[Item]:
        name = " ".join(p for p in (_s(entry.get("first_name")), _s(entry.get("last_name"))) if p)
        phone = _s(entry.get("phone_number"))
        user_id = _num(entry.get("user_id"))
        item = user_id or phone or name
        if item:
            yield Connection(
                "contact",
                self.ref("contacts", item, "private", _date(entry)),
                name=name or None,
                handle=phone or None,
                account_id=user_id,
            )

    def session(self, entry: dict[str, Any]) -> Iterator[Item]:
        app = " ".join(
            p
            for p in (_s(entry.get("application_name")), _s(entry.get("application_version")))
            if p
        )
        device = ", ".join(
            p
            for p in (
                _s(entry.get("device_model")),
                " ".join(
                    p for p in (_s(entry.get("platform")), _s(entry.get("system_version"))) if p
                ),
                "/".join(
                    p for p in (_s(entry.get("last_country")), _s(entry.get("last_region"))) if p
                ),
            )
            if p
        )
        detail = " on ".join(p for p in (app, device) if p)
        yield SecurityRecord(
            "session",
            self.ref("session", None, "private", _date(entry, "last_active")),
            value=_s(entry.get("last_ip")) or None,
            detail=detail or None,
        )

    def web_session(self, entry: dict[str, Any]) -> Iterator[Item]:
        site = _s(entry.get("domain_name")) or _s(entry.get("bot_username"))
        date = _date(entry, "last_active")
        yield SecurityRecord(
            "session",
            self.ref("session", None, "private", date),
            value=_s(entry.get("last_ip")) or None,
            detail=f"logged in with Telegram to {site}" if site else "a website session",
        )
        if site:
            yield App(site, self.ref("apps", site, "private", date))

    # --- chats ----------------------------------------------------------------------------

    def start_chat(self, chat: dict[str, Any]) -> None:
        self.chat = chat
        self.role = "left" if chat.get("left") else "member"
        self.mine = 0
        self.matched = None
        chat_type = _s(chat.get("type"))
        chat_id = _num(chat.get("id")) or ""
        label = f'Telegram chat "{_s(chat.get("name")) or chat_id}"'
        chat["chat_id"] = chat_id
        chat["label"] = label
        if chat_type in _GROUP_TYPES:
            chat["membership"], chat["visibility"] = _GROUP_TYPES[chat_type]
            chat["group"] = _s(chat.get("name")) or None
        else:
            chat["membership"], chat["visibility"] = "private", "private"
            chat["group"] = None

    def end_chat(self) -> Iterator[Item]:
        chat = self.chat
        self.chat = None
        if chat is None:
            return
        if self.user_id is None:
            # A one-chat export: say how (or whether) the person's messages were found.
            if self.ctx.me:
                who = Me(self.me_keys, "given" if self.mine else "absent")
            elif self.matched:
                who = Me(self.me_keys, "known", self.matched)
            else:
                who = Me(frozenset(), "none")
            note = attribution_note(chat["label"], who, chat.get("group") is not None)
            if note:
                self.ctx.note(note)
        if chat.get("group"):
            yield Group(
                "group",
                chat["group"],
                self.ref("groups", chat["chat_id"], chat["membership"]),
                role=self.role,
            )

    # --- messages -------------------------------------------------------------------------

    def message(self, message: dict[str, Any]) -> Iterator[Item]:
        chat = self.chat or {}
        if message.get("type") == "service":
            if self._is_me(message, "actor_id", "actor") and message.get("action") in _CREATE:
                self.role = "creator"
            return
        if message.get("type") != "message" or not self._is_me(message, "from_id", "from"):
            return
        self.mine += 1
        chat_id = chat.get("chat_id") or ""
        msg_id = _num(message.get("id")) or ""
        item = f"{chat_id}:{msg_id}"
        vis: Visibility = chat.get("visibility", "unknown")
        date = _date(message)
        words = message_text(message)
        media = tuple(
            Media(path, self.ref("media", item, vis, date), kind)
            for key, kind in (
                ("photo", "photo"),
                ("file", _s(message.get("media_type")) or "document"),
            )
            if (path := _s(message.get(key))) and not path.startswith(_NOT_INCLUDED)
        )
        place = None
        loc = message.get("location_information")
        if isinstance(loc, dict):
            lat, lon = _coord(loc.get("latitude"), 90.0), _coord(loc.get("longitude"), 180.0)
            if lat is not None and lon is not None:
                place = Place(
                    "geotag",
                    self.ref("place", item, vis, date),
                    name=_s(message.get("place_name")) or None,
                    lat=lat,
                    lon=lon,
                    address=_s(message.get("address")) or None,
                )
        yield Post(
            "message",
            words.text,
            self.ref("text", item, vis, date),
            hashtags=tuple(words.hashtags),
            urls=tuple(words.urls),
            mentions=tuple(words.mentions),
            media=media,
            place=place,
            group=chat.get("group"),
        )

    def _is_me(self, message: dict[str, Any], id_key: str, name_key: str) -> bool:
        if self.user_id is not None:
            sender = message.get(id_key)
            return _num(sender) in (self.user_id, f"user{self.user_id}")
        # A one-chat export names no account: the person writes under a --me name,
        # else under a display name of their other accounts.
        name = _s(message.get(name_key))
        if not name or norm_name(name) not in self.me_keys:
            return False
        if self.matched is None and not self.ctx.me:
            self.matched = name
        return True
