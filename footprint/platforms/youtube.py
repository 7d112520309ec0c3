"""YouTube, from a Google Takeout (takeout.google.com > YouTube and YouTube Music).

The files sit under ``Takeout/YouTube and YouTube Music/`` (folder names are localised
in other languages and change case between years: ``video metadata`` / ``Video
metadata``); every file is recognised by its content, never by its folder. Headers
change case too (``Channel Id`` / ``Channel ID``, ``Channel Title`` / ``Channel
title``), so columns are looked up in any case. What is read:

- ``channels/channel.csv`` (``Channel ID, Channel Title (Original), Channel
  Visibility``): the :class:`~footprint.model.Account` (the channel, shown as
  ``https://www.youtube.com/channel/<id>``) and its ``display_name``, often the real name;
  ``channel URL configs.csv``: the vanity name (the ``@handle``) as ``handle``;
  ``channel feature data.csv``: the default location of uploads, when set (``0, 0`` is
  unset), as a :class:`~footprint.model.Place` of kind ``default_location``.
- ``comments/comments.csv`` (2023 on): one ``comment`` each, public; ``item`` is the
  ``Comment ID``; the text is the JSON fragments of ``Comment text``
  (``{"text":"..."},{"text":"14:04","videoLink":{...}}``) joined; ``target`` is the video.
  ``live chats/live chats.csv``: one ``live_chat`` each, the same way.
- ``my-comments/my-comments.html`` (up to 2022): one ``comment`` per list entry ("You
  added a comment on a video at 2015-12-19 11:46:23 UTC.", then the text); ``item`` is
  the comment's ``lc=`` id from its link (a reply's is ``<parent>.<reply>``). The HTML is
  parsed as it streams. ``my-live-chat-messages.html`` is read the same way, as
  ``live_chat``.
- ``subscriptions/subscriptions.csv``: one followed ``page`` per channel (its title is
  what the groups detector reads); YouTube keeps subscriptions private unless the
  person chose otherwise, so their visibility is ``unknown``.
- ``playlists/playlists.csv`` (2024 on) and the 2021 per-playlist files (a metadata block,
  a blank line, then the videos): one ``playlist`` per playlist, its title as text,
  with its own visibility (``Public``, ``Unlisted``, ``Private``).
- ``video metadata/videos.csv`` (own uploads): one ``post`` per video (title and
  description), with its privacy; ``video recordings.csv``: the recording place of a
  video, when set, as a ``geotag``.

Recognised and not read: watch and search history (HTML or JSON), the videos of each
playlist, ``video texts.csv`` (the same titles and descriptions again), and the other
channel settings files.

Timestamps are ISO 8601 (microseconds, or nanoseconds in ``playlists.csv``) or
``2015-12-19 11:46:23 UTC``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import orjson

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import parse_any
from footprint.exports.readers import head_text, iter_csv, open_text
from footprint.model import (
    Account,
    Group,
    Item,
    Place,
    Post,
    ProfileField,
    Ref,
    Visibility,
)
from footprint.platforms.base import ParseContext, Platform, ProfileUrl
from footprint.registry import platforms

CHANNEL_URL = "https://www.youtube.com/channel/{}"
VIDEO_URL = "https://www.youtube.com/watch?v={}"

# Header rows, lower case (the first cells suffice), and the kind of file they start.
_HEADERS: tuple[tuple[str, str], ...] = (
    ("channel id,channel title (original)", "channel"),
    ("channel id,channel vanity url", "channel_urls"),
    ("comment id,channel id,comment create timestamp", "comments"),
    ("live chat id,channel id,live chat create timestamp", "live_chats"),
    ("channel id,channel url,channel title", "subscriptions"),
    ("playlist id,add new videos to top", "playlists"),
    ("playlist id,channel id,time created", "playlist_2021"),
    ("video id,approx duration (ms)", "videos"),
    ("video id,video recording altitude", "recordings"),
    ("video id,playlist video creation timestamp", "not_read"),
    ("video id,time added", "not_read"),
    ("video id,video text create timestamp", "not_read"),
)
_FRAGMENT_START = re.compile(r'\A\s*\{\s*"(?:text|videoLink|link|mention)"')
_HASHTAG = re.compile(r"(?<![\w&/#])#(\w*[^\W\d_]\w*)")
_MENTION = re.compile(r"(?<![\w@/])@([\w.\-]{3,30})")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_HTML_DATE = re.compile(r"\bat (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?: UTC)?)")


def _lower_keys(row: dict[str, str]) -> dict[str, str]:
    return {k.strip().lower(): v for k, v in row.items()}


def _clean(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def _visibility(value: str | None) -> Visibility:
    v = (value or "").strip().lower()
    if v == "public":
        return "public"
    if v == "private":
        return "private"
    return "unknown"  # unlisted: anyone with the link


def _date(value: str | None) -> str | None:
    """ISO dates with any fraction (nanoseconds too), or ``2015-12-19 11:46:23 UTC``."""
    text = (value or "").strip()
    m = re.match(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)?$", text)
    if m:
        return parse_any(m.group(1) + (m.group(2) or "Z"))
    return parse_any(text)


def fragments_text(raw: str | None) -> str:
    """The words of a comment stored as JSON fragments (``{"text":"a"},{"text":"b"}``).

    Fragments are not valid JSON until wrapped in brackets; text that is not in that form
    is kept as written.
    """
    text = (raw or "").strip()
    if not text or not _FRAGMENT_START.match(text):
        return text
    try:
        parts = orjson.loads("[" + text + "]")
    except orjson.JSONDecodeError:
        return text
    return "".join(
        p["text"] for p in parts if isinstance(p, dict) and isinstance(p.get("text"), str)
    ).strip()


def _tags(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    without_urls = _URL.sub(" ", text)
    return (
        tuple(dict.fromkeys(m.group(1) for m in _HASHTAG.finditer(without_urls))),
        tuple(dict.fromkeys(m.group(1).rstrip(".") for m in _MENTION.finditer(without_urls))),
        tuple(dict.fromkeys(u.rstrip(".,;:!?") for u in _URL.findall(text))),
    )


@platforms.register("youtube")
class YouTube(Platform):
    """YouTube's part of a Google Takeout."""

    name = "youtube"
    title = "YouTube"
    download = (
        "takeout.google.com: deselect all, select YouTube and YouTube Music (all YouTube "
        "data included), export as a .zip"
    )
    generations = (
        "Takeouts of 2021 (`my-comments.html`, playlist files with a metadata block), "
        "2024 (`channels/`, `playlists.csv`) and 2025 (`comments.csv` with JSON fragments)"
    )
    verified = True
    profile_urls = (
        ProfileUrl.of(r"^(?:www\.|m\.)?youtube\.com$", r"^/@([\w.\-]+)/?"),
        ProfileUrl.of(r"^(?:www\.|m\.)?youtube\.com$", r"^/(?:c|user)/([\w.\-]+)/?"),
        ProfileUrl.of(r"^(?:www\.|m\.)?youtube\.com$", r"^/channel/(UC[\w\-]{22})/?"),
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "comment, live chat message": (
            "its `Comment ID` / `Live chat ID`; in `my-comments.html`, the `lc=` id of its link"
        ),
        "own video, and its recording place": "its `Video ID`",
        "playlist": "its `Playlist ID`",
        "subscription": "the channel's title as written",
    }
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": (
            "YouTube Studio > Customisation > Basic info: change the {field} (the channel "
            "name is the Google account's name unless you set one)."
        ),
        "change_handle": "YouTube Studio > Customisation > Basic info > Handle.",
        "delete_comments": (
            "Google My Activity > YouTube comments (myactivity.google.com/page?page="
            "youtube_comments): delete each comment listed."
        ),
        "delete_posts": (
            "YouTube Studio > Content: delete each video listed or set it to Private; for a "
            "playlist, open it > … > Delete playlist, or make it Private."
        ),
        "leave_group": (
            "Open the channel > Subscribed > Unsubscribe; or Settings > Privacy > Keep all "
            "my subscriptions private."
        ),
        "remove_location": (
            "YouTube Studio > Content > each video listed > Details > Show more > Video "
            "location: clear it; Settings > Upload defaults > Advanced settings: clear the "
            "default location."
        ),
        "turn_on_2fa": "myaccount.google.com > Security > 2-Step Verification.",
        "remove_apps": (
            "myaccount.google.com > Security > Your connections to third-party apps and "
            "services: remove each one you do not use."
        ),
    }
    kinds = (
        "channel_urls",
        "channel",
        "channel_features",
        "comments",
        "comments_html",
        "live_chats",
        "live_chats_html",
        "subscriptions",
        "playlists",
        "playlist_2021",
        "videos",
        "recordings",
        "not_read",
    )

    def identify(self, member: Member) -> str | None:
        name = member.name.lower()
        if name.endswith(".csv"):
            line = head_text(member, 2048).lstrip("\ufeff").split("\n", 1)[0]
            line = line.strip().lower().replace('"', "")
            for start, kind in _HEADERS:
                if line.startswith(start):
                    return kind
            if line.startswith("channel id,") and "video default location latitude" in line:
                return "channel_features"
            if line.startswith("channel id,") and "youtube" in name:
                return "not_read"  # other channel settings: nothing about the person
            return None
        if name.endswith(".html"):
            head = member.head(2048).lower()
            if b"<html" not in head[:200]:
                return None
            if b"youtube comments" in head or b'you added a <a href="http://www.youtube' in head:
                return "comments_html"
            if b"live chat" in head and b"youtube" in head:
                return "live_chats_html"
            if "youtube" in name and name.rsplit("/", 1)[-1] in (
                "watch-history.html",
                "search-history.html",
            ):
                return "not_read"
            return None
        if name.endswith(".json"):
            head = member.head(512)
            if re.match(rb'\A\s*\[\s*\{\s*"header"\s*:\s*"YouTube', head):
                return "not_read"  # watch or search history
        return None

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterator[Item]:
        if kind == "not_read":
            return
        method = getattr(_Reader(member, ctx), kind, None)
        if method is None:
            raise ParseError(f"unknown YouTube file kind {kind!r}")
        yield from method()

    def coverage(self, kinds: set[str]) -> list[str]:
        out = [
            "YouTube exports name the channel of other people's videos you commented on "
            "only by the video's id"
        ]
        if "not_read" in kinds:
            out.append("YouTube watch and search history and playlist contents are not read")
        if not kinds & {"comments", "comments_html"}:
            out.append("This YouTube export has no comments file")
        return out


class _Reader:
    def __init__(self, member: Member, ctx: ParseContext) -> None:
        self.member = member
        self.ctx = ctx

    def ref(
        self,
        field: str,
        item: str | None = None,
        visibility: Visibility = "unknown",
        date: str | None = None,
        url: str | None = None,
    ) -> Ref:
        return Ref("youtube", self.member.name, item, field, visibility, date, url)

    def rows(self) -> Iterator[dict[str, str]]:
        for row in iter_csv(self.member, is_header=lambda cells: any(cells)):
            yield _lower_keys(row)

    # --- the channel -------------------------------------------------------------------

    def channel_urls(self) -> Iterator[Item]:
        for row in self.rows():
            names = [_clean(v) for k, v in row.items() if k.startswith("channel vanity url")]
            handle = next((n for n in names if n), None)
            if handle:
                handle = handle.lstrip("@")
                self.ctx.state["youtube_handle"] = handle
                url = f"https://www.youtube.com/@{handle}"
                yield ProfileField("handle", handle, self.ref("handle", None, "public", url=url))

    def channel(self) -> Iterator[Item]:
        for row in self.rows():
            channel_id = _clean(row.get("channel id"))
            title = _clean(row.get("channel title (original)"))
            vis = _visibility(row.get("channel visibility"))
            if not channel_id:
                continue
            url = CHANNEL_URL.format(channel_id)
            self.ctx.state["youtube_channel"] = channel_id
            yield Account(
                "youtube",
                self.ctx.state.get("youtube_handle"),
                self.ref("handle", None, vis, url=url),
                account_id=channel_id,
                display_name=title,
                url=url,
            )
            if title:
                yield ProfileField("display_name", title, self.ref("display_name", None, vis))

    def channel_features(self) -> Iterator[Item]:
        for row in self.rows():
            lat = _float(row.get("video default location latitude"))
            lon = _float(row.get("video default location longitude"))
            if lat is not None and lon is not None and (lat, lon) != (0.0, 0.0):
                yield Place(
                    "default_location",
                    self.ref("place", None, "unknown"),
                    lat=lat,
                    lon=lon,
                )

    # --- comments and live chat -----------------------------------------------------

    def comments(self) -> Iterator[Item]:
        yield from self._messages(
            "comment id", "comment create timestamp", "comment text", "comment"
        )

    def live_chats(self) -> Iterator[Item]:
        yield from self._messages(
            "live chat id", "live chat create timestamp", "live chat text", "live_chat"
        )

    def _messages(self, id_col: str, date_col: str, text_col: str, kind: str) -> Iterator[Item]:
        for row in self.rows():
            item = _clean(row.get(id_col))
            if item is None:
                continue
            text = fragments_text(row.get(text_col))
            video = _clean(row.get("video id"))
            target = VIDEO_URL.format(video) if video else None
            url = f"{target}&lc={item}" if target else None
            hashtags, mentions, urls = _tags(text)
            yield Post(
                kind,
                text,
                self.ref("text", item, "public", _date(row.get(date_col)), url),
                hashtags=hashtags,
                mentions=mentions,
                urls=urls,
                target=target,
            )

    def comments_html(self) -> Iterator[Item]:
        yield from self._html_entries("comment")

    def live_chats_html(self) -> Iterator[Item]:
        yield from self._html_entries("live_chat")

    def _html_entries(self, kind: str) -> Iterator[Item]:
        parser = _EntryParser()
        fh = open_text(self.member)
        try:
            while chunk := fh.read(256 * 1024):
                parser.feed(chunk)
                yield from self._entries(parser, kind)
            parser.close()
            yield from self._entries(parser, kind)
        finally:
            fh.close()

    def _entries(self, parser: _EntryParser, kind: str) -> Iterator[Item]:
        done, parser.done = parser.done, []
        for entry in done:
            lead, _, text = entry.text.partition("\n")
            links = entry.links
            item = next((_lc(u) for u in links if _lc(u)), None)
            if item is None:
                self.ctx.problem(self.member, f"entry {entry.number}: no comment id, not read")
                continue
            video = next((u for u in links if "lc=" not in u and "watch?v=" in u), None)
            m = _HTML_DATE.search(lead)
            text = text.strip()
            hashtags, mentions, urls = _tags(text)
            yield Post(
                kind,
                text,
                self.ref("text", item, "public", _date(m.group(1)) if m else None, links[0]),
                hashtags=hashtags,
                mentions=mentions,
                urls=urls,
                target=video,
            )

    # --- subscriptions, playlists, videos ----------------------------------------------

    def subscriptions(self) -> Iterator[Item]:
        for row in self.rows():
            title = _clean(row.get("channel title"))
            url = _clean(row.get("channel url"))
            if title:
                yield Group(
                    "page",
                    title,
                    self.ref("groups", title, "unknown", url=url),
                    role="subscriber",
                    url=url,
                )

    def playlists(self) -> Iterator[Item]:
        for row in self.rows():
            playlist = _clean(row.get("playlist id"))
            title = _clean(row.get("playlist title (original)"))
            if playlist and title:
                yield self._playlist(
                    playlist,
                    title,
                    _visibility(row.get("playlist visibility")),
                    _date(row.get("playlist create timestamp")),
                )

    def playlist_2021(self) -> Iterator[Item]:
        # The metadata block is the first header and row; the videos follow a blank line.
        for row in self.rows():
            playlist = _clean(row.get("playlist id"))
            title = _clean(row.get("title"))
            if playlist and title:
                yield self._playlist(
                    playlist,
                    title,
                    _visibility(row.get("visibility")),
                    _date(row.get("time created")),
                )
            return

    def _playlist(self, playlist: str, title: str, vis: Visibility, date: str | None) -> Post:
        url = f"https://www.youtube.com/playlist?list={playlist}"
        return Post("playlist", title, self.ref("text", playlist, vis, date, url))

    def videos(self) -> Iterator[Item]:
        for row in self.rows():
            video = _clean(row.get("video id"))
            if not video:
                continue
            text = "\n".join(
                t
                for t in (
                    _clean(row.get("video title (original)")),
                    _clean(row.get("video description (original)")),
                )
                if t
            )
            hashtags, mentions, urls = _tags(text)
            yield Post(
                "post",
                text,
                self.ref(
                    "text",
                    video,
                    _visibility(row.get("privacy")),
                    _date(row.get("video publish timestamp") or row.get("video create timestamp")),
                    VIDEO_URL.format(video),
                ),
                hashtags=hashtags,
                mentions=mentions,
                urls=urls,
            )

    def recordings(self) -> Iterator[Item]:
        for row in self.rows():
            video = _clean(row.get("video id"))
            lat = _float(row.get("video recording latitude"))
            lon = _float(row.get("video recording longitude"))
            if video and lat is not None and lon is not None and (lat, lon) != (0.0, 0.0):
                yield Place(
                    "geotag",
                    self.ref("place", video, "unknown", url=VIDEO_URL.format(video)),
                    lat=lat,
                    lon=lon,
                )


def _float(value: str | None) -> float | None:
    try:
        number = float((value or "").strip())
    except ValueError:
        return None
    return number if -180 <= number <= 180 else None


def _lc(url: str) -> str | None:
    """The comment id in a comment link's ``lc=`` parameter."""
    try:
        values = parse_qs(urlsplit(url).query).get("lc")
    except ValueError:
        return None
    return values[0] if values else None


class _Entry:
    __slots__ = ("links", "number", "parts")

    def __init__(self, number: int) -> None:
        self.number = number
        self.links: list[str] = []
        self.parts: list[str] = []

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _EntryParser(HTMLParser):
    """Takeout's comment pages: one ``<li>`` per comment; a ``<br>`` separates the line
    saying what and when from the comment's own words."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.current: _Entry | None = None
        self.done: list[_Entry] = []
        self.count = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self._close()
            self.count += 1
            self.current = _Entry(self.count)
        elif self.current is not None:
            if tag == "a":
                href = dict(attrs).get("href")
                if href:
                    self.current.links.append(href)
            elif tag == "br":
                self.current.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("li", "ul"):
            self._close()

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.parts.append(data)

    def _close(self) -> None:
        if self.current is not None:
            self.done.append(self.current)
            self.current = None

    def close(self) -> None:
        super().close()
        self._close()
