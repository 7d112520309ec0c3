"""Mastodon: the account archive and the CSV exports of the Data export page.

Mastodon builds the archive under Settings > Import and export > Data export as a
``.tar.gz`` (some people repack it as a ``.zip``; both are read, as is the unpacked
folder or a lone file). Every file is recognised by its content; the file name only
breaks ties that the content cannot (``likes.json`` vs ``bookmarks.json`` when their
``id`` is missing, ``following_accounts.csv`` vs ``blocked_accounts.csv``).

``actor.json`` (ActivityPub ``Person``, also ``Service`` for bot accounts)
    One :class:`Account`: handle ``user@host`` (``preferredUsername`` and the host of
    ``url``, else of ``id``; an instance that serves its web pages on another domain
    than its handles, e.g. ``social.example.com`` for ``@me@example.com``, gives the
    web host, because the actor does not name the handle domain), ``name`` as display
    name, ``url``, ``published`` as the join date. Profile fields (all ``public``: a
    Mastodon profile cannot be hidden): ``handle``, ``display_name``, ``bio``
    (``summary`` turned from HTML into text; each link in it is also a ``website``,
    each mention a ``mention`` as ``user@host``, each hashtag a ``hashtag``). The
    ``attachment[]`` ``PropertyValue`` fields: a field named like a website (``Web``,
    ``Website``, ``Homepage``, ``Blog``, ...) whose value is a link becomes ``website``
    with the link's ``href`` (Mastodon splits the visible URL into ``invisible`` and
    ``ellipsis`` spans); any other field becomes ``profile_field`` with the value
    ``"<name>: <text>"`` (``"Work: Northshire Police"``), and the links in it are
    ``website``\\ s as well. ``alsoKnownAs`` and ``movedTo`` become ``also_known_as``
    (the person's other accounts). ``icon`` and ``image`` become :class:`Media` with
    the field ``avatar`` / ``header``. Whether the account approves followers by hand
    (``manuallyApprovesFollowers``) is kept in ``ctx.state["locked"]``, not as
    ``Account.protected``: a locked Mastodon account still publishes its public posts.

``outbox.json`` (``OrderedCollection`` of activities, streamed)
    ``Create`` of a ``Note`` (or ``Question``, a poll, or ``Article``) is a post, or a
    ``reply`` when ``inReplyTo`` is set (``target`` = the answered status). ``text`` is
    the content warning (``summary``) and the ``content`` HTML as text (line breaks
    kept, entities unescaped, the full URL of split links) plus a poll's options;
    ``hashtags`` and ``mentions`` come from ``tag[]`` (``Hashtag`` without ``#``,
    ``Mention`` as ``user@host``: a local mention, written ``@user``, gets the host of
    its ``href``); ``urls`` are the ``href`` of the links in the content that are not
    mentions or hashtags; ``media`` are the ``attachment[]`` documents (their in-archive
    path, media type, and alt text as caption); ``lang`` is the ``contentMap`` key. The
    item id is the Note's ``id`` (not the ``Create`` activity's), the url the Note's
    ``url``, the date its ``published``. ``Announce`` (a boost) is a ``repost`` whose
    item, target and only url are the boosted status's address: the archive does not
    hold the boosted text. Visibility from the addressing: the public collection in
    ``to`` (public) or ``cc`` (unlisted) -> ``public``; the followers collection ->
    ``connections``; only mentioned people (a direct message) -> ``private``.

``likes.json`` (``OrderedCollection`` of status URLs, streamed)
    Each favourite is a ``like`` whose item, target and only url are the liked
    status's address; the text and author of the liked post are not in the archive.
    Visibility ``unknown``: the export does not say (Mastodon shows who favourited a
    post to those who can see the post). ``bookmarks.json`` is recognised but not read:
    bookmarks are private and are not likes.

``following_accounts.csv`` (Data export page, streamed)
    Every generation: 2017 exports with no header, one ``user@domain`` per line
    (sometimes with a trailing ``,true``); later ``Account address,Show boosts``, then
    ``+ Notify on new posts``, then ``+ Languages``. Each row is a ``following``
    :class:`Connection` with handle and item ``user@domain``. The other CSV exports
    (lists, blocks, mutes, domain blocks, bookmarks) are not read: they say what the
    person hides, not what they show.

Mastodon archives hold no followers, no geolocation and no direct-message recipients'
replies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from html.parser import HTMLParser
from typing import Any, ClassVar
from urllib.parse import urlsplit

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import parse_any
from footprint.exports.readers import head_text, iter_csv, iter_json_items, load_json
from footprint.model import (
    Account,
    Connection,
    Item,
    Media,
    Post,
    ProfileField,
    Ref,
    Visibility,
)
from footprint.platforms.base import URL_ID, ParseContext, Platform, ProfileUrl
from footprint.registry import platforms

NAME = "mastodon"

_PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
_ACTOR_TYPES = ("Person", "Service", "Application", "Group", "Organization")
_NOTE_TYPES = frozenset({"Note", "Question", "Article", "Page"})

# Recognition: an ActivityStreams document starts with "{" and names the context.
_AS_CONTEXT = b"https://www.w3.org/ns/activitystreams"
_TYPE_RE = re.compile(rb'"type"\s*:\s*"([A-Za-z]+)"')
_COLLECTION_ID_RE = re.compile(rb'"id"\s*:\s*"(outbox|likes|bookmarks)\.json"')
_FIRST_ITEM_RE = re.compile(rb'"orderedItems"\s*:\s*\[\s*(.)', re.S)

# A Mastodon account address, with an optional leading "@".
_HANDLE = r"@?[A-Za-z0-9_][A-Za-z0-9_.\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
_HANDLE_LINE_RE = re.compile(rf"^{_HANDLE}(?:\s*,\s*(?:true|false)?)*$", re.I)
_HANDLE_RE = re.compile(rf"^{_HANDLE}$")
_FOLLOWING_COLUMNS = ("show boosts", "notify on new posts", "languages")

# Profile-field names that announce a website ("Web", "Website", "Homepage", "Blog").
_WEBSITE_NAME_RE = re.compile(r"web|site|home\s*page|blog|url|www|portfolio", re.I)
_LOOKS_LIKE_URL_RE = re.compile(r"^(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:[/?#]\S*)?$", re.I)
# Profile links that name an account: https://host/@user or https://host/users/user
_ACCOUNT_PATH_RE = re.compile(r"^/(?:@|users/)([A-Za-z0-9_.\-]+)/?$")


# --- HTML ---------------------------------------------------------------------------------


class _Link:
    __slots__ = ("classes", "href", "rel", "text")

    def __init__(self, href: str, classes: str, rel: str) -> None:
        self.href = href
        self.classes = classes.split()
        self.rel = rel.split()
        self.text = ""

    @property
    def is_mention(self) -> bool:
        return "mention" in self.classes and not self.is_hashtag

    @property
    def is_hashtag(self) -> bool:
        return "hashtag" in self.classes or "tag" in self.rel


class _HtmlText(HTMLParser):
    """Mastodon's status HTML as text, with the links it holds.

    The ``invisible`` spans are kept: Mastodon hides the ``https://`` and the tail of
    long links that way, and joined with the ``ellipsis`` span they are the full URL.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[_Link] = []
        self._open: list[_Link] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in ("p", "div", "li", "blockquote", "pre"):
            self._block()
        elif tag == "a":
            a = dict(attrs)
            link = _Link(a.get("href") or "", a.get("class") or "", a.get("rel") or "")
            self.links.append(link)
            self._open.append(link)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "div", "li", "blockquote", "pre"):
            self._block()
        elif tag == "a" and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        # A raw newline in HTML source is only a space; <br> and </p> make lines.
        text = re.sub(r"\s+", " ", data)
        self.parts.append(text)
        for link in self._open:
            link.text += text

    def _block(self) -> None:
        self.parts.append("\n\n")

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = [line.strip() for line in raw.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> tuple[str, list[_Link]]:
    """Text and links of a fragment of Mastodon HTML."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return parser.text(), parser.links


def _plain_links(
    links: Iterable[_Link], exclude: frozenset[str] | set[str] = frozenset()
) -> list[str]:
    """The hrefs of links that are not mentions or hashtags, in order, once each."""
    out: list[str] = []
    for link in links:
        href = link.href.strip()
        if (
            not href
            or link.is_mention
            or link.is_hashtag
            or href in exclude
            or not href.lower().startswith(("http://", "https://"))
        ):
            continue
        if href not in out:
            out.append(href)
    return out


def _account_from_url(url: str) -> str | None:
    """``user@host`` from a profile URL (``https://host/@user``, ``/users/user``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    m = _ACCOUNT_PATH_RE.match(parts.path)
    if not m or not parts.hostname:
        return None
    user = m.group(1)
    if "@" in user:  # https://host/@user@other.host: a remote account shown locally
        return user
    return f"{user}@{parts.hostname}"


def _host(url: object) -> str | None:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


# --- JSON helpers -------------------------------------------------------------------------


def _str(value: object) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _list(value: object) -> list[Any]:
    """A JSON-LD value that may be one thing, a list, or null, as a list."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def _url_of(value: object) -> str | None:
    """An ActivityStreams ``url``/``object``: a string, a Link object, or a list of them."""
    for v in _list(value):
        if isinstance(v, str) and v.strip():
            return v.strip()
        if isinstance(v, dict):
            for key in ("href", "id", "url"):
                found = _str(v.get(key))
                if found:
                    return found
    return None


def _visibility(to: object, cc: object, followers: str | None) -> Visibility:
    """Mastodon's four visibilities, from an activity's addressing."""
    to_list = [v for v in _list(to) if isinstance(v, str)]
    cc_list = [v for v in _list(cc) if isinstance(v, str)]
    if any(v in _PUBLIC for v in to_list + cc_list):
        return "public"  # public (in "to") or unlisted (in "cc"): anyone can read it
    addressed = to_list + cc_list
    if any(v == followers or v.endswith("/followers") for v in addressed):
        return "connections"
    if addressed:
        return "private"  # a direct message: only the people it mentions
    return "unknown"


def _mention_handle(tag: dict[str, Any]) -> str | None:
    name = _str(tag.get("name"))
    href = _str(tag.get("href"))
    if name:
        name = name.lstrip("@")
        if "@" not in name:
            # A mention of a local account is written "@user": give it the host.
            host = _host(href)
            if host:
                name = f"{name}@{host}"
        return name or None
    return _account_from_url(href) if href else None


# --- the platform -------------------------------------------------------------------------


@platforms.register(NAME)
class Mastodon(Platform):
    """Mastodon account archive and following CSV."""

    name = NAME
    title = "Mastodon"
    download = "Preferences > Import and export > Request your archive, plus the CSV exports"
    generations = (
        "`actor.json`, `outbox.json`, `likes.json`, `following_accounts.csv` (all header forms)"
    )
    # Any server's https://host/@user page: the host is not a fixed list.
    profile_urls = (
        ProfileUrl.of(r"^[a-z0-9.-]+\.[a-z]{2,}$", r"^/@([A-Za-z0-9_]+)/?$", open_host=True),
    )
    # No private mode: "Require follow requests" and followers-only posting change what
    # is posted next, not the public posts already on the server.
    private = None
    item_ids: ClassVar[Mapping[str, str]] = {
        "status, like": "the Note's `id` (the object's id, a URL, not the Create activity's)"
    }
    id_format = re.compile(URL_ID)  # the Note's id
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": (
            "On Mastodon, Preferences > Public profile (Edit profile); change or remove "
            "the {field} and any profile field that names your work."
        ),
        "unlink_accounts": (
            "On Mastodon, Preferences > Public profile: remove the field or bio link; "
            "Account > Moving from a different account: remove old aliases."
        ),
        "delete_posts": (
            "On each post listed, … > Delete; Preferences > Automated post deletion "
            "removes old posts for you."
        ),
        "make_private": (
            "Preferences > Profile > Require follow requests, and Preferences > Other > "
            "Posting defaults: Followers only."
        ),
        "turn_on_2fa": (
            "Preferences > Account > Two-factor authentication: set up an authenticator app."
        ),
    }
    kinds = ("actor", "outbox", "likes", "bookmarks", "following")

    # --- recognising ----------------------------------------------------------------------

    def identify(self, member: Member) -> str | None:
        first = member.head().lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if first == b"{":
            return self._identify_json(member)
        if first and (first.isalnum() or first in b"@_"):
            return self._identify_csv(member)
        return None

    def _identify_json(self, member: Member) -> str | None:
        head = member.head(16384)
        if _AS_CONTEXT not in head:
            return None
        types = {m.group(1).decode() for m in _TYPE_RE.finditer(head)}
        if "OrderedCollection" in types:
            m = _COLLECTION_ID_RE.search(head)
            if m:
                return m.group(1).decode()
            first = _FIRST_ITEM_RE.search(head)
            if first is not None and first.group(1) == b"{":
                return "outbox"
            if first is not None and first.group(1) in (b'"', b"]"):
                # Both are lists of status URLs: only the name tells them apart.
                return "bookmarks" if "bookmark" in member.basename.lower() else "likes"
            if types & {"Create", "Announce"}:
                return "outbox"
            return None
        if (
            types & set(_ACTOR_TYPES)
            and b'"preferredUsername"' in head
            and b'"orderedItems"' not in head
        ):
            return "actor"
        return None

    def _identify_csv(self, member: Member) -> str | None:
        text = head_text(member, 4096)
        if "\x00" in text or "\ufffd" in text[:200]:
            return None
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if len(text) >= 4096 and len(lines) > 1:
            lines = lines[:-1]  # the last line of the head may be cut short
        if not lines:
            return None
        cells = [c.strip().lower() for c in lines[0].lstrip("\ufeff").split(",")]
        if cells[0] == "account address":
            rest = [c for c in cells[1:] if c]
            if rest and all(c in _FOLLOWING_COLUMNS for c in rest):
                return "following"
            if not rest and "follow" in member.basename.lower():
                return "following"
            return None  # mutes ("Hide notifications") and the like
        sample = lines[:20]
        if all(_HANDLE_LINE_RE.match(ln) for ln in sample):
            # Headerless account lists: 2017 follows, and blocks of every year.
            base = member.basename.lower()
            if "block" in base or "mute" in base or "list" in base:
                return None
            return "following"
        return None

    # --- reading --------------------------------------------------------------------------

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        if kind == "actor":
            return self._read_actor(member, ctx)
        if kind == "outbox":
            return self._read_outbox(member, ctx)
        if kind == "likes":
            return self._read_likes(member)
        if kind == "following":
            return self._read_following(member, ctx)
        return ()  # bookmarks: private, and not likes

    def _read_actor(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        actor = load_json(member)
        if not isinstance(actor, dict):
            raise ParseError("actor.json is not a JSON object")
        username = _str(actor.get("preferredUsername"))
        actor_id = _str(actor.get("id"))
        url = _url_of(actor.get("url")) or (
            actor_id if actor_id and actor_id.startswith("http") else None
        )
        host = _host(url) or _host(actor_id)
        handle = f"{username.lstrip('@')}@{host}" if username and host else username
        display_name = _str(actor.get("name"))
        created = parse_any(actor.get("published"))
        followers = _str(actor.get("followers"))
        ctx.state["handle"] = handle
        if followers:
            ctx.state["followers"] = followers
        if isinstance(actor.get("manuallyApprovesFollowers"), bool):
            ctx.state["locked"] = actor["manuallyApprovesFollowers"]

        def ref(field: str) -> Ref:
            return Ref(NAME, member.name, None, field, "public", None, url)

        yield Account(
            NAME,
            handle,
            ref("handle"),
            account_id=actor_id,
            display_name=display_name,
            url=url,
            created_at=created,
        )
        if handle:
            yield ProfileField("handle", handle, ref("handle"))
        if display_name:
            yield ProfileField("display_name", display_name, ref("display_name"))

        websites: list[str] = []

        def website(value: str) -> Iterator[Item]:
            if value not in websites:
                websites.append(value)
                yield ProfileField("website", value, ref("website"))

        summary = _str(actor.get("summary"))
        if summary:
            bio, links = html_to_text(summary)
            if bio:
                yield ProfileField("bio", bio, ref("bio"))
            for href in _plain_links(links):
                yield from website(href)
            for link in links:
                if link.is_mention:
                    who = _account_from_url(link.href)
                    if who:
                        yield ProfileField("mention", who, ref("mention"))

        for tag in _list(actor.get("tag")):
            if isinstance(tag, dict) and tag.get("type") == "Hashtag":
                name = (_str(tag.get("name")) or "").lstrip("#")
                if name:
                    yield ProfileField("hashtag", name, ref("hashtag"))

        for att in _list(actor.get("attachment")):
            if not isinstance(att, dict) or att.get("type") != "PropertyValue":
                continue
            yield from self._profile_field(att, ref, website)

        for key in ("alsoKnownAs", "movedTo"):
            for other in _list(actor.get(key)):
                other_url = _url_of(other)
                if other_url and other_url != actor_id:
                    yield ProfileField("also_known_as", other_url, ref("also_known_as"))

        for key, field in (("icon", "avatar"), ("image", "header")):
            for img in _list(actor.get(key)):
                img_url = _url_of(img.get("url")) if isinstance(img, dict) else _url_of(img)
                if img_url:
                    media_type = _str(img.get("mediaType")) if isinstance(img, dict) else None
                    yield Media(img_url, ref(field), media_type=media_type)

    def _profile_field(
        self,
        att: dict[str, Any],
        ref: Callable[[str], Ref],
        website: Callable[[str], Iterator[Item]],
    ) -> Iterator[Item]:
        name = _str(att.get("name")) or ""
        value_html = _str(att.get("value")) or ""
        text, links = html_to_text(value_html)
        hrefs = _plain_links(links)
        if not text and not hrefs:
            return
        if _WEBSITE_NAME_RE.search(name) and (hrefs or _LOOKS_LIKE_URL_RE.match(text)):
            for href in hrefs or [text]:
                yield from website(href)
            return
        yield ProfileField(
            "profile_field", f"{name}: {text}" if name else text, ref("profile_field")
        )
        for href in hrefs:
            yield from website(href)
        for link in links:
            if link.is_mention:
                who = _account_from_url(link.href)
                if who:
                    yield ProfileField("mention", who, ref("mention"))

    def _read_outbox(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        followers = ctx.state.get("followers")
        followers = followers if isinstance(followers, str) else None
        for activity in iter_json_items(member, "orderedItems.item"):
            if not isinstance(activity, dict):
                continue
            kind = activity.get("type")
            if kind == "Create":
                post = self._note(activity, member, followers)
                if post is not None:
                    yield post
            elif kind == "Announce":
                target = _url_of(activity.get("object"))
                if not target:
                    continue
                vis = _visibility(activity.get("to"), activity.get("cc"), followers)
                date = parse_any(activity.get("published"))
                yield Post(
                    "repost",
                    "",
                    Ref(NAME, member.name, target, "text", vis, date, target),
                    urls=(target,),
                    target=target,
                )

    def _note(self, activity: dict[str, Any], member: Member, followers: str | None) -> Post | None:
        note = activity.get("object")
        if not isinstance(note, dict) or note.get("type") not in _NOTE_TYPES:
            return None
        note_id = _str(note.get("id")) or _str(activity.get("id"))
        to = note.get("to") if "to" in note else activity.get("to")
        cc = note.get("cc") if "cc" in note else activity.get("cc")
        vis = _visibility(to, cc, followers)
        date = parse_any(note.get("published")) or parse_any(activity.get("published"))
        url = _url_of(note.get("url")) or note_id

        content = _str(note.get("content"))
        lang: str | None = None
        content_map = note.get("contentMap")
        if isinstance(content_map, dict) and content_map:
            lang = next(iter(content_map))
            if content is None:
                content = _str(content_map[lang])
        text, links = html_to_text(content) if content else ("", [])
        pieces = [p for p in (_str(note.get("summary")), text) if p]
        for option in _list(note.get("oneOf")) + _list(note.get("anyOf")):
            if isinstance(option, dict) and _str(option.get("name")):
                pieces.append(str(option["name"]).strip())

        hashtags: list[str] = []
        mentions: list[str] = []
        tag_hrefs: set[str] = set()
        for tag in _list(note.get("tag")):
            if not isinstance(tag, dict):
                continue
            href = _str(tag.get("href"))
            if tag.get("type") == "Hashtag":
                name = (_str(tag.get("name")) or "").lstrip("#")
                if name and name not in hashtags:
                    hashtags.append(name)
            elif tag.get("type") == "Mention":
                who = _mention_handle(tag)
                if who and who not in mentions:
                    mentions.append(who)
            else:
                continue
            if href:
                tag_hrefs.add(href)
        # Servers that send no tag[]: the HTML still marks hashtags and mentions.
        for link in links:
            if link.is_hashtag and not tag_hrefs:
                name = link.text.strip().lstrip("#")
                if name and name not in hashtags:
                    hashtags.append(name)
            elif link.is_mention and not tag_hrefs:
                who = _account_from_url(link.href)
                if who and who not in mentions:
                    mentions.append(who)
        urls = _plain_links(links, tag_hrefs)

        media: list[Media] = []
        media_ref = Ref(NAME, member.name, note_id, "media", vis, date, url)
        for att in _list(note.get("attachment")):
            if not isinstance(att, dict):
                continue
            media_url = _url_of(att.get("url"))
            if not media_url:
                continue
            media.append(
                Media(
                    media_url,
                    media_ref,
                    media_type=_str(att.get("mediaType")),
                    caption=_str(att.get("name")),
                )
            )

        reply_to = _url_of(note.get("inReplyTo"))
        return Post(
            "reply" if reply_to else "post",
            "\n\n".join(pieces),
            Ref(NAME, member.name, note_id, "text", vis, date, url),
            hashtags=tuple(hashtags),
            urls=tuple(urls),
            mentions=tuple(mentions),
            media=tuple(media),
            target=reply_to,
            lang=lang,
        )

    def _read_likes(self, member: Member) -> Iterator[Item]:
        for value in iter_json_items(member, "orderedItems.item"):
            status = _url_of(value)
            if not status:
                continue
            yield Post(
                "like",
                "",
                Ref(NAME, member.name, status, "text", "unknown", None, status),
                urls=(status,),
                target=status,
            )

    def _read_following(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        first = ""
        for line in head_text(member, 4096).splitlines():
            if line.strip():
                first = line.strip().lstrip("\ufeff")
                break
        headerless = first.split(",")[0].strip().lower() != "account address"
        rows = (
            iter_csv(member, fieldnames=["Account address", "Show boosts"])
            if headerless
            else iter_csv(member, is_header=lambda cells: cells[0].lower() == "account address")
        )
        bad: list[str] = []
        try:
            for row in rows:
                address = (row.get("Account address") or "").strip().lstrip("@")
                if not address:
                    continue
                if not _HANDLE_RE.match(address):
                    bad.append(address)  # one odd row does not spoil the rest of the list
                    continue
                yield Connection(
                    "following",
                    Ref(NAME, member.name, address, "following"),
                    handle=address,
                )
        finally:
            # Reported even when a later error (bad bytes) ends the file early.
            if bad:
                ctx.problem(
                    member,
                    f"{len(bad)} row(s) without an account address skipped,"
                    f" the first {bad[0][:60]!r}",
                )

    # --- what it cannot show --------------------------------------------------------------

    def coverage(self, kinds: set[str]) -> list[str]:
        out = ["Mastodon archives hold no followers"]
        if "following" not in kinds:
            out.append(
                "Mastodon archives hold no followed accounts: add following_accounts.csv "
                "from the Data export page"
            )
        if "likes" in kinds:
            out.append("Mastodon likes hold only the liked post's address, not its text")
        if "outbox" in kinds:
            out.append("Mastodon boosts hold only the boosted post's address, not its text")
        elif kinds & {"actor", "likes"}:
            out.append("No outbox.json was found: the person's own posts are not read")
        if "actor" not in kinds and kinds & {"outbox", "likes"}:
            out.append("No actor.json was found: the profile (bio, fields) is not read")
        return out
