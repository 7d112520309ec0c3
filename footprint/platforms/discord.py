"""Discord: the data package (User Settings > Data & Privacy > Request all of my data).

Discord mails a ``package.zip``; give footprint the zip or its unpacked folder. Folder
names differ between years (``Messages/<channel id>/`` in 2020, ``messages/c<channel
id>/`` in 2024): files are recognised by their content and the folder only breaks ties.

- ``account/user.json``: the account (its id, username, and the display name), the
  e-mail address and phone number (``private``), the accounts linked under Connections
  (``linked_account`` ``"<service>: <name>"``: an X or Reddit account named here ties the
  two together; ``public`` when shown on the profile), and friends (relationships of
  type 1) as ``friend`` connections. No real ``user.json`` was available to check these
  field names; a missing field is simply not read.
- ``messages/<channel>/channel.json``: what the channel is. A server channel or thread
  names its server (``guild``): each server becomes a group (``item`` its id), once. A
  group DM with a name becomes a group too. A 1:1 DM names no one (only user ids); a
  channel Discord could no longer resolve has only its id, and the coverage says so.
- ``messages/<channel>/messages.json`` (2024: an array of ``{ID, Timestamp, Contents,
  Attachments}``, with the ID a bare number above 2^53, kept exact) and ``messages.csv``
  (2020: the same columns): each message becomes a post (``kind`` ``message``), with its
  links, its attachments' URLs as media, the server's name as its group, and a link to
  the message. A message in a server channel is seen by the server's members
  (``connections``); in a DM, by its recipients (``private``); in a channel the package
  does not describe, ``unknown``. Timestamps without a zone are UTC.
- ``servers/index.json`` (server id -> name) and ``servers/<id>/guild.json``: every
  server the person was a member of when they asked for the package.

``messages/index.json`` (channel id -> name, DM partners as ``user#1234``) is recognised
but not read: ``channel.json`` says the same, and the DM names are third parties'. The
activity logs (``activity/``) and ``README.txt`` are not read.

Only the person's own messages are in the package, and none they deleted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import PurePosixPath
from typing import Any, ClassVar

import orjson

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import parse_any
from footprint.exports.readers import iter_csv, iter_json_items, load_json
from footprint.model import (
    Account,
    Connection,
    Group,
    Item,
    Media,
    Post,
    ProfileField,
    Ref,
    SecurityRecord,
    Visibility,
)
from footprint.platforms.base import ParseContext, Platform, ProfileUrl
from footprint.registry import platforms

NAME = "discord"
SNOWFLAKE = re.compile(r"^\d{15,20}$")
_INDEX = re.compile(rb'^\s*\{\s*"\d{15,20}"\s*:\s*(?:null|")')
_MESSAGES_JSON = re.compile(rb'^\s*\[\s*\{\s*"ID"\s*:')
_EMPTY_ARRAY = re.compile(rb"^\s*\[\s*\]\s*$")
_CSV_HEADER = b"ID,Timestamp,Contents,Attachments"
_CHANNEL_KEYS = frozenset(
    ("id", "type", "name", "guild", "recipients", "icon_hash", "topic", "parent_id", "owner_id")
)
_USER_HINTS = ("discriminator", "email", "relationships", "connections", "avatar_hash")
_URL = re.compile(r"https?://[^\s<>\"]+")
# Channel types whose messages the server's members read (text, voice, news, threads,
# stage, forum); 1 is a DM, 3 a group DM.
_SERVER_TYPES = frozenset((0, 2, 5, 10, 11, 12, 13, 15, 16))
_DM_TYPES = frozenset((1, 3))


def _id(value: Any) -> str | None:
    """A Discord id as exact text (ids above 2^53 arrive as JSON numbers)."""
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).strip()
    return text if SNOWFLAKE.match(text) else None


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _folder(member: Member) -> str:
    return str(PurePosixPath(member.name).parent)


def _small_json(member: Member) -> Any:
    """A member of at most 16 KiB parsed from its head (for recognising it), else None."""
    if member.size is None or member.size > 16384:
        return None
    try:
        return orjson.loads(member.head().lstrip(b"\xef\xbb\xbf"))
    except orjson.JSONDecodeError:
        return None


@platforms.register(NAME)
class Discord(Platform):
    """Discord's data package."""

    name = NAME
    title = "Discord"
    download = "User Settings > Data & Privacy > Request all of my data (`package.zip`)"
    generations = (
        "2020 (`Messages/<id>/messages.csv`) and 2024 (`messages/c<id>/messages.json`) "
        "packages: channels, servers, your messages; `account/user.json` (no real one was "
        "available to check)"
    )
    # Discord has no private account: server members see what is posted in the server.
    private = None
    profile_urls = (ProfileUrl.of(r"^(?:www\.)?discord(?:app)?\.com$", r"^/users/(\d{15,20})/?$"),)
    item_ids: ClassVar[Mapping[str, str]] = {
        "message": "the message's `ID`, as exact decimal text",
        "server": "the server's (guild's) id",
        "group DM": "the channel's id",
        "friend": "the friend's user id",
    }
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": "On Discord, User Settings > Profiles: change or clear the {field}.",
        "change_handle": "User Settings > My Account > Username > Edit.",
        "change_email": "User Settings > My Account > Email > Edit: use a personal address.",
        "unlink_accounts": (
            "User Settings > Connections: remove the linked account, or turn off "
            "Display on profile."
        ),
        "delete_posts": (
            "Hover over each message listed > More (…) > Delete Message. A server's "
            "moderators cannot restore a deleted message."
        ),
        "leave_group": "Right-click (long-press on a phone) the server's icon > Leave Server.",
        "unfollow": "Open Friends > All: remove the friends listed.",
        "turn_on_2fa": "User Settings > My Account > Enable Authenticator App.",
        "remove_apps": "User Settings > Authorized Apps: deauthorize the apps you do not use.",
    }
    kinds = ("account", "servers_index", "guild", "messages_index", "channel", "messages")

    # --- recognising ----------------------------------------------------------------------

    def identify(self, member: Member) -> str | None:
        start = member.head(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        if start.startswith(_CSV_HEADER):
            return "messages"
        if start[:1] == b"[":
            head = member.head(4096).lstrip(b"\xef\xbb\xbf")
            if _MESSAGES_JSON.match(head) and b'"Contents"' in head:
                return "messages"
            if member.basename.lower() == "messages.json" and _EMPTY_ARRAY.match(head):
                return "messages"
            return None
        if start[:1] != b"{":
            return None
        if _INDEX.match(member.head(256)):
            parent = PurePosixPath(member.name).parent.name.lower()
            return "servers_index" if parent == "servers" else "messages_index"
        data = _small_json(member)
        if isinstance(data, dict):
            return _kind_of_object(member, data)
        head = member.head(4096)
        if b'"username"' in head and any(f'"{k}"'.encode() in head for k in _USER_HINTS):
            return "account"  # a user.json too large to parse from its head
        return None

    # --- reading --------------------------------------------------------------------------

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        reader = {
            "account": self._read_account,
            "servers_index": self._read_servers_index,
            "guild": self._read_guild,
            "messages_index": self._read_nothing,
            "channel": self._read_channel,
            "messages": self._read_messages,
        }.get(kind)
        if reader is None:
            raise ParseError(f"unknown Discord file kind {kind!r}")
        return reader(member, ctx)

    def _read_nothing(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        return iter(())

    def _read_account(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        data = load_json(member)
        if not isinstance(data, dict):
            raise ParseError("expected a JSON object")
        user_id = _id(data.get("id"))
        username = _str(data.get("username"))
        disc = _str(data.get("discriminator"))
        handle = f"{username}#{disc}" if username and disc and disc != "0" else username
        display = _str(data.get("global_name"))
        ctx.state["user_id"] = user_id

        def ref(field_name: str, vis: Visibility, item: str | None = None) -> Ref:
            return Ref(NAME, member.name, item, field_name, vis)

        if handle or user_id:
            url = f"https://discord.com/users/{user_id}" if user_id else None
            yield Account(
                NAME, handle, ref("handle", "public"), user_id, display, url, protected=None
            )
        if handle:
            yield ProfileField("handle", handle, ref("handle", "public"))
        if display:
            yield ProfileField("display_name", display, ref("display_name", "public"))
        for key, field_name in (("email", "email"), ("phone", "phone")):
            value = _str(data.get(key))
            if value:
                yield ProfileField(field_name, value, ref(field_name, "private"))
        ip = _str(data.get("ip"))
        if ip:
            yield SecurityRecord("ip", ref("ip", "private"), value=ip, detail="last known IP")
        for conn in data.get("connections") or []:
            if not isinstance(conn, dict):
                continue
            service, who = _str(conn.get("type")), _str(conn.get("name"))
            if not (service and who):
                continue
            shown = conn.get("visibility")
            vis: Visibility = "public" if shown == 1 else "private" if shown == 0 else "unknown"
            yield ProfileField("linked_account", f"{service}: {who}", ref("linked_account", vis))
        for rel in data.get("relationships") or []:
            if not isinstance(rel, dict) or rel.get("type") not in (1, "1"):
                continue  # 1 is a friend; 2 blocked, 3 and 4 pending requests
            raw_user = rel.get("user")
            user: dict[str, Any] = raw_user if isinstance(raw_user, dict) else {}
            friend_id = _id(rel.get("id")) or _id(user.get("id"))
            name = _str(user.get("global_name")) or _str(user.get("username"))
            if friend_id or name:
                yield Connection(
                    "friend",
                    ref("friends", "unknown", friend_id or name),
                    name=name,
                    handle=_str(user.get("username")),
                    account_id=friend_id,
                )

    def _server(
        self, member: Member, ctx: ParseContext, guild_id: str | None, name: str | None
    ) -> Iterator[Item]:
        """A server (guild) as a group, the first time it is named."""
        if not name:
            return
        seen: set[str] = ctx.state.setdefault("servers", set())
        key = guild_id or name
        if key in seen:
            return
        seen.add(key)
        url = f"https://discord.com/channels/{guild_id}" if guild_id else None
        yield Group(
            "group",
            name,
            Ref(NAME, member.name, key, "groups", "connections", url=url),
            role="member",
            url=url,
        )

    def _read_servers_index(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        data = load_json(member)
        if not isinstance(data, dict):
            raise ParseError("expected a JSON object of server ids and names")
        for guild_id, name in data.items():
            yield from self._server(member, ctx, _id(guild_id), _str(name))

    def _read_guild(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        data = load_json(member)
        if not isinstance(data, dict):
            raise ParseError("expected a JSON object")
        yield from self._server(member, ctx, _id(data.get("id")), _str(data.get("name")))

    def _read_channel(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        data = load_json(member)
        if not isinstance(data, dict) or _id(data.get("id")) is None:
            raise ParseError("expected a channel object with an id")
        channel_id = str(_id(data.get("id")))
        kind = data.get("type")
        guild = data.get("guild") if isinstance(data.get("guild"), dict) else None
        guild_id = _id(guild.get("id")) if guild else None
        guild_name = _str(guild.get("name")) if guild else None
        if guild is not None:
            vis: Visibility = "connections"
        elif kind in _DM_TYPES:
            vis = "private"
        elif kind in _SERVER_TYPES:
            vis = "connections"
        else:
            vis = "unknown"
        channels: dict[str, dict[str, Any]] = ctx.state.setdefault("channels", {})
        channels[_folder(member)] = {
            "id": channel_id,
            "guild_id": guild_id,
            "group": guild_name,
            "visibility": vis,
        }
        if guild_name:
            yield from self._server(member, ctx, guild_id, guild_name)
        elif kind == 3 and _str(data.get("name")):
            name = str(_str(data.get("name")))
            channels[_folder(member)]["group"] = name
            yield Group(
                "group", name, Ref(NAME, member.name, channel_id, "groups", "private"), "member"
            )
        elif kind not in _DM_TYPES:
            ctx.note(
                "Discord could not say which server some channels belonged to (the package "
                "gives only their id): the messages in them are read without a server name"
            )

    def _read_messages(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        channels: dict[str, dict[str, Any]] = ctx.state.get("channels", {})
        folder = _folder(member)
        info = channels.get(folder) or {}
        channel_id = info.get("id") or _id(PurePosixPath(folder).name.lstrip("cC"))
        where = info.get("guild_id") or "@me"
        vis: Visibility = info.get("visibility", "unknown")
        group = info.get("group")
        if member.head(64).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(_CSV_HEADER):
            rows: Iterable[dict[str, Any]] = iter_csv(
                member, is_header=lambda cells: cells[:2] == ["ID", "Timestamp"]
            )
        else:
            rows = iter_json_items(member, "item")
        no_id: list[int] = []
        for n, row in enumerate(rows, 1):
            if not isinstance(row, dict):
                no_id.append(n)
                continue
            message_id = _id(row.get("ID"))
            if message_id is None:
                no_id.append(n)
                continue
            contents = row.get("Contents")
            text = contents if isinstance(contents, str) else ""
            date = parse_any(row.get("Timestamp"))
            url = (
                f"https://discord.com/channels/{where}/{channel_id}/{message_id}"
                if channel_id
                else None
            )
            ref = Ref(NAME, member.name, message_id, "text", vis, date, url)
            attachments = row.get("Attachments")
            media = tuple(
                Media(a, Ref(NAME, member.name, message_id, "media", vis, date, url))
                for a in (attachments.split() if isinstance(attachments, str) else [])
            )
            urls = tuple(dict.fromkeys(u.rstrip(".,;:!?)]'\"") for u in _URL.findall(text)))
            yield Post("message", text, ref, urls=urls, media=media, group=group)
        if no_id:
            shown = ", ".join(str(n) for n in no_id[:5])
            ctx.problem(member, f"message{'s' if len(no_id) > 1 else ''} {shown}: no ID, not read")

    # --- what it cannot show --------------------------------------------------------------

    def coverage(self, kinds: set[str]) -> list[str]:
        out = [
            "A Discord data package holds only your own messages, not those you deleted, "
            "and not who else is in your servers"
        ]
        if "account" not in kinds:
            out.append(
                "No Discord account/user.json was read: the account, its linked accounts "
                "and friends are not read"
            )
        if "messages" in kinds and not kinds & {"servers_index", "guild"}:
            out.append(
                "No Discord servers/ folder was read: servers you are in but never wrote "
                "in are not listed"
            )
        return out


def _kind_of_object(member: Member, data: dict[str, Any]) -> str | None:
    keys = set(data)
    if "id" in keys and _id(data.get("id")) is not None:
        if "username" in keys and keys & set(_USER_HINTS):
            return "account"
        if "type" in keys and keys <= _CHANNEL_KEYS and isinstance(data.get("type"), int):
            return "channel"
        if member.basename.lower() == "guild.json" and isinstance(data.get("name"), str):
            return "guild"
    return None
