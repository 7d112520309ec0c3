"""Reddit data request (reddit.com/settings/data-request): a flat zip of CSV files.

Each CSV is recognised by its header row (a UTF-8 byte-order mark is allowed), so
renamed or split tables (``post_votes_1.csv``, ``post_votes_2.csv``) are all read. The
file name is looked at only where the header cannot tell: which single-column
``subreddit`` list a file is (subscribed, moderated, approved submitter), and the small
identity files whose one column has no distinctive name. Columns are read by name, so
the older ``comments.csv`` without ``media`` and the variant with
``gildings_silver,gildings_supergold`` read alike.

What is read (all dates ``2023-01-15 12:34:56 UTC``):

- ``statistics.csv`` (``statistic,value``): ``account name`` gives the
  :class:`~footprint.model.Account` (``https://www.reddit.com/user/<name>``) and the
  ``handle`` field, ``registration date`` its creation date, ``email address`` the
  ``email`` field (private).
- ``posts.csv`` (``id,permalink,date,ip,subreddit,gildings,title,url,body``): one
  ``post`` each, public; ``item`` is the ``id`` without ``t3_``; the text is the title and
  the Markdown body; ``url`` the permalink (made absolute); ``group`` the subreddit; the
  link of a link post is in ``urls`` (an ``i.redd.it`` / ``v.redd.it`` upload is a
  :class:`~footprint.model.Media` instead); links, ``u/`` mentions and hashtags written
  in the text are taken too.
- ``comments.csv`` (``id,permalink,date,ip,subreddit,gildings,link,parent,body[,media]``):
  one ``comment`` each, public; ``item`` is the ``id`` without ``t1_``; ``target`` the
  post it is under (``link``).
- ``post_votes.csv`` / ``comment_votes.csv`` (``id,permalink,direction``): one ``like``
  per up-vote (down-votes and cleared votes are skipped); votes are private.
- ``subscribed_subreddits.csv`` (``subreddit``): one ``subreddit``
  :class:`~footprint.model.Group` each (private: Reddit does not show subscriptions);
  ``moderated_subreddits.csv`` with ``role`` ``moderator`` (public: moderator lists are
  shown); ``approved_submitter_subreddits.csv`` with ``role`` ``approved_submitter``.
- ``friends.csv`` (``username[,note]``): the accounts followed, one
  :class:`~footprint.model.Connection` ``following`` each (private).
- ``twitter.csv``: the linked X account, field ``twitter_handle``;
  ``linked_identities.csv`` (``issuer_id,subject_id``): each sign-in identity as
  ``linked_account`` ``"<issuer>: <subject>"``; ``birthdate.csv``: ``birthday``;
  ``account_gender.csv``: ``gender``; ``linked_phone_number.csv``: ``phone``. The columns
  of these small files are not seen in a real export yet: the named column is read when
  present, else the first non-empty cell.
- ``ip_logs.csv`` (``date,ip``): one ``login``
  :class:`~footprint.model.SecurityRecord` each.

Recognised and deliberately not read: ``messages.csv`` / ``messages_archive.csv`` and
``chat_history.csv`` (footprint does not read private messages), and the
``*_headers.csv`` files, which repeat ``posts.csv`` / ``comments.csv`` / messages without
the body and would count every item twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import ClassVar
from urllib.parse import urlsplit

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import parse_any
from footprint.exports.readers import iter_csv
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

BASE = "https://www.reddit.com"

# A header line: names, commas, quotes, spaces; nothing else (photos fail on byte one).
_HEADER_LINE = re.compile(rb"\A[A-Za-z0-9_ ,\"]{2,400}(?:\r?\n|\Z)")

_POST_COLS = frozenset({"id", "permalink", "date", "subreddit", "title", "url"})
_COMMENT_COLS = frozenset({"id", "permalink", "date", "subreddit", "link", "parent"})
_MESSAGE_COLS = frozenset({"id", "permalink", "thread_id", "from", "to"})
_VOTE_COLS = frozenset({"id", "permalink", "direction"})
_IDENTITY_FILES = (
    "twitter",
    "birthdate",
    "account_gender",
    "linked_identities",
    "linked_phone_number",
)
_STAT_KEYS = ("account name", "account_name", "email address", "email_address", "export time")

_HASHTAG = re.compile(r"(?<![\w&/#])#([A-Za-z]\w*)")
_MENTION = re.compile(r"(?<![\w/])/?u/([A-Za-z0-9_-]{3,20})")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_MISSING = frozenset({"", "n/a", "none", "null", "[deleted]"})
# What Reddit leaves in place of a body the author deleted or a moderator removed.
_GONE = frozenset({"[deleted]", "[removed]"})


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip()
    return None if text.lower() in _MISSING else text


def _header(member: Member) -> tuple[str, ...] | None:
    """The header row's column names, lower-case, or None if it does not look like one."""
    head = member.head(512)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    m = _HEADER_LINE.match(head)
    if m is None:
        return None
    line = m.group(0).decode("ascii").strip()
    return tuple(c.strip().strip('"').strip().lower() for c in line.split(","))


def _strip_prefix(thing_id: str) -> str:
    """Reddit's ``t1_`` / ``t3_`` (any ``tN_``) kind prefix removed from an id."""
    if len(thing_id) > 3 and thing_id[0] == "t" and thing_id[1].isdigit() and thing_id[2] == "_":
        return thing_id[3:]
    return thing_id


def absolute(link: str | None) -> str | None:
    """A Reddit permalink as an absolute https URL."""
    link = _clean(link)
    if link is None:
        return None
    if link.startswith(("http://", "https://")):
        return link
    if link.startswith("//"):
        return "https:" + link
    if not link.startswith("/"):
        link = "/" + link
    return BASE + link


def _body(value: str | None) -> str:
    text = (value or "").strip()
    return "" if text in _GONE else text


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _is_reddit(host: str) -> bool:
    return host == "reddit.com" or host.endswith(".reddit.com") or host == "redd.it"


def _text_urls(text: str) -> list[str]:
    return [u.rstrip(".,;:!?*_") for u in _URL.findall(text)]


def _hashtags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(1) for m in _HASHTAG.finditer(_URL.sub(" ", text))))


def _mentions(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(1) for m in _MENTION.finditer(_URL.sub(" ", text))))


def _split_links(links: list[str], ref: Ref) -> tuple[tuple[str, ...], tuple[Media, ...]]:
    """External links, and Reddit-hosted uploads as media; links to Reddit itself dropped."""
    urls: list[str] = []
    media: list[Media] = []
    for link in links:
        host = _host(link)
        if host in ("i.redd.it", "preview.redd.it"):
            media.append(Media(link, ref, media_type="photo"))
        elif host == "v.redd.it":
            media.append(Media(link, ref, media_type="video"))
        elif host and not _is_reddit(host) and link not in urls:
            urls.append(link)
    return tuple(urls), tuple(media)


def _first(row: dict[str, str], *names: str) -> str | None:
    """The first named column with a value; the first non-empty cell if none is named.

    Falling back to any cell only when no named column exists keeps a blank
    ``birthdate`` from turning into its neighbour ``verified_birthdate``.
    """
    lowered = {k.lower(): v for k, v in row.items()}
    present = [n for n in names if n in lowered]
    if present:
        for name in present:
            value = _clean(lowered[name])
            if value:
                return value
        return None
    for value in row.values():
        if _clean(value):
            return _clean(value)
    return None


_READ_KINDS = frozenset(
    ("statistics", "identity", "posts", "comments", "votes", "subreddits", "friends", "ip_logs")
)


@platforms.register("reddit")
class Reddit(Platform):
    """Reddit's data-request export: a zip of CSV tables."""

    name = "reddit"
    title = "Reddit"
    download = "reddit.com/settings/data-request"
    generations = "the CSV zip"
    verified = False
    profile_urls = (
        ProfileUrl.of(r"^(?:www\.|old\.)?reddit\.com$", r"^/u(?:ser)?/([A-Za-z0-9_-]+)/?$"),
    )
    item_ids: ClassVar[Mapping[str, str]] = {
        "comment, post": "its `id` column, without a `t1_` / `t3_` prefix"
    }
    id_format = re.compile(r"[a-z0-9]{1,16}")  # base 36, without t1_ / t3_
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": "On Reddit, User settings > Profile; change the {field}.",
        "delete_posts": "Profile > Posts: on each post listed, … > Delete.",
        "delete_comments": "Profile > Comments: on each comment listed, … > Delete.",
        "leave_group": "Open the community > Joined > Leave.",
        "turn_on_2fa": "User settings > Account > Two-factor authentication.",
    }
    kinds = (
        "statistics",
        "identity",
        "posts",
        "comments",
        "votes",
        "subreddits",
        "friends",
        "ip_logs",
        "not_read",
    )

    def identify(self, member: Member) -> str | None:
        cols = _header(member)
        if cols is None:
            return None
        colset = frozenset(cols)
        base = member.basename.lower()
        if colset >= _POST_COLS:
            return "posts" if "body" in colset else "not_read"  # post_headers.csv
        if colset >= _COMMENT_COLS:
            return "comments" if "body" in colset else "not_read"  # comment_headers.csv
        if colset >= _MESSAGE_COLS:
            return "not_read"  # private messages and their headers
        if colset == _VOTE_COLS:
            return "votes"
        if cols == ("subreddit",):
            return "subreddits"
        if cols == ("statistic", "value"):
            head = member.head(2048).lower()
            if any(k.encode() in head for k in _STAT_KEYS):
                return "statistics"
            return None
        if colset == {"date", "ip"}:
            return "ip_logs"
        if colset == {"issuer_id", "subject_id"} or "account_gender" in colset:
            return "identity"
        if colset in ({"username", "note"}, {"username", "date", "note"}):
            return "friends"
        # The identity files' single columns say too little on their own: the name decides.
        if base.startswith(_IDENTITY_FILES) and base.endswith(".csv") and len(cols) <= 3:
            return "identity"
        if base.startswith("friends") and base.endswith(".csv") and "username" in colset:
            return "friends"
        if colset == {"id", "permalink"} and base.startswith(("saved_", "hidden_")):
            return "not_read"  # bookmarks and hidden posts: links only, not read
        if base.startswith("chat_history") and base.endswith(".csv") and "message_id" in colset:
            return "not_read"
        return None

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterator[Item]:
        if kind == "not_read":
            return
        if kind not in _READ_KINDS:
            raise ParseError(f"unknown Reddit file kind {kind!r}")
        # Each kind has the _Reader method of the same name.
        yield from getattr(_Reader(member, ctx), kind)()

    def coverage(self, kinds: set[str]) -> list[str]:
        out = ["Reddit exports hold no followers, only the accounts you follow"]
        if "posts" not in kinds and "comments" not in kinds:
            out.append("This Reddit export has no posts.csv or comments.csv")
        if "statistics" not in kinds:
            out.append("This Reddit export has no statistics.csv: the account name is unknown")
        if "not_read" in kinds:
            out.append("Reddit private messages and chats are not read")
        return out


class _Reader:
    """Reads one Reddit CSV member."""

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
        return Ref("reddit", self.member.name, item, field, visibility, date, url)

    def rows(self) -> Iterator[dict[str, str]]:
        # Header names are compared in lower case: exports spell them in lower case, but
        # nothing else depends on it.
        for row in iter_csv(self.member, is_header=lambda cells: any(cells)):
            yield {k.lower(): v for k, v in row.items()}

    # --- identity ------------------------------------------------------------------

    def statistics(self) -> Iterator[Item]:
        stats: dict[str, str] = {}
        for row in self.rows():
            key = (row.get("statistic") or "").strip().lower().replace("_", " ")
            value = _clean(row.get("value"))
            if key and value:
                stats[key] = value
        name = stats.get("account name")
        if name:
            name = name.removeprefix("u/").removeprefix("/u/")
            url = f"{BASE}/user/{name}/"
            self.ctx.state["handle"] = name
            yield Account(
                "reddit",
                name,
                self.ref("handle", visibility="public", url=url),
                url=url,
                created_at=parse_any(stats.get("registration date")),
            )
            yield ProfileField("handle", name, self.ref("handle", visibility="public", url=url))
        email = stats.get("email address")
        if email:
            yield ProfileField("email", email, self.ref("email", visibility="private"))

    def identity(self) -> Iterator[Item]:
        base = self.member.basename.lower()
        for row in self.rows():
            cols = set(row)
            if {"issuer_id", "subject_id"} <= cols or base.startswith("linked_identities"):
                issuer = _clean(row.get("issuer_id"))
                subject = _clean(row.get("subject_id"))
                value = f"{issuer}: {subject}" if issuer and subject else _first(row)
                field = "linked_account"
            elif "account_gender" in cols or base.startswith("account_gender"):
                value, field = _first(row, "account_gender", "gender"), "gender"
            elif base.startswith("birthdate"):
                value, field = _first(row, "birthdate", "birthday", "date"), "birthday"
            elif base.startswith("twitter"):
                value = _first(row, "username", "twitter_username", "handle", "screen_name")
                field = "twitter_handle"
            elif base.startswith("linked_phone_number"):
                value, field = _first(row, "phone_number", "phone"), "phone"
            else:
                continue
            if value:
                yield ProfileField(field, value, self.ref(field, visibility="unknown"))

    # --- posts and comments --------------------------------------------------------

    def posts(self) -> Iterator[Item]:
        for row in self.rows():
            raw_id = _clean(row.get("id"))
            if raw_id is None:
                continue
            item = _strip_prefix(raw_id)
            title = _body(row.get("title"))
            body = _body(row.get("body"))
            text = f"{title}\n{body}" if title and body else title or body
            url = absolute(row.get("permalink"))
            date = parse_any(row.get("date"))
            ref = self.ref("text", item, "public", date, url)
            link = _clean(row.get("url"))
            links = ([link] if link else []) + _text_urls(text)
            urls, media = _split_links(links, self.ref("media", item, "public", date, url))
            yield Post(
                "post",
                text,
                ref,
                hashtags=_hashtags(text),
                urls=urls,
                mentions=_mentions(text),
                media=media,
                group=_clean(row.get("subreddit")),
            )

    def comments(self) -> Iterator[Item]:
        for row in self.rows():
            raw_id = _clean(row.get("id"))
            if raw_id is None:
                continue
            item = _strip_prefix(raw_id)
            text = _body(row.get("body"))
            url = absolute(row.get("permalink"))
            date = parse_any(row.get("date"))
            ref = self.ref("text", item, "public", date, url)
            media_link = _clean(row.get("media"))
            links = _text_urls(text) + ([media_link] if media_link else [])
            urls, media = _split_links(links, self.ref("media", item, "public", date, url))
            yield Post(
                "comment",
                text,
                ref,
                hashtags=_hashtags(text),
                urls=urls,
                mentions=_mentions(text),
                media=media,
                target=absolute(row.get("link")),
                group=_clean(row.get("subreddit")),
            )

    def votes(self) -> Iterator[Item]:
        for row in self.rows():
            if (row.get("direction") or "").strip().lower() != "up":
                continue
            raw_id = _clean(row.get("id"))
            url = absolute(row.get("permalink"))
            if raw_id is None and url is None:
                continue
            item = _strip_prefix(raw_id) if raw_id else url
            yield Post(
                "like",
                "",
                self.ref("link", item, "private", None, url),
                urls=(url,) if url else (),
                target=url,
                group=_subreddit_of(url),
            )

    # --- lists ---------------------------------------------------------------------

    def subreddits(self) -> Iterator[Item]:
        base = self.member.basename.lower()
        role: str | None = None
        visibility: Visibility = "private"  # Reddit shows no one your subscriptions
        if base.startswith("moderated"):
            role, visibility = "moderator", "public"  # moderator lists are public
        elif base.startswith("approved_submitter"):
            role = "approved_submitter"
        for row in self.rows():
            name = _clean(row.get("subreddit"))
            if not name:
                continue
            name = name.removeprefix("/r/").removeprefix("r/")
            url = f"{BASE}/r/{name}/"
            yield Group(
                "subreddit",
                name,
                self.ref("groups", name, visibility, url=url),
                role=role,
                url=url,
            )

    def friends(self) -> Iterator[Item]:
        for row in self.rows():
            handle = _clean(row.get("username"))
            if not handle:
                continue
            handle = handle.removeprefix("/u/").removeprefix("u/")
            url = f"{BASE}/user/{handle}/"
            yield Connection(
                "following",
                self.ref("following", handle, "private", parse_any(row.get("date")), url),
                handle=handle,
                url=url,
            )

    def ip_logs(self) -> Iterator[Item]:
        for row in self.rows():
            written = _clean(row.get("date"))
            ip = _clean(row.get("ip"))
            if not written and not ip:
                continue
            # A row labelled, not dated ("registration ip", unverified): the sign-up address.
            kind = "registration" if written and "registration" in written.lower() else "login"
            yield SecurityRecord(
                kind,
                self.ref("login", written, "private", parse_any(written)),
                value=ip,
            )


def _subreddit_of(url: str | None) -> str | None:
    """``news`` from ``https://www.reddit.com/r/news/comments/...``."""
    if not url:
        return None
    m = re.search(r"/r/([A-Za-z0-9_]+)", url)
    return m.group(1) if m else None
