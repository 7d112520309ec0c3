"""LinkedIn "Get a copy of your data" exports (CSV), every generation seen.

LinkedIn ships a quick "Basic" zip and a later "Complete" one: flat CSV files at the root
(plus folders such as ``Jobs/`` and ``Articles/`` that are not read). File names changed
over the years (``Phone Numbers.csv`` -> ``PhoneNumbers.csv``, ``Shares.csv`` ->
``Shares_<member id>.csv``), so every file is recognised by its header row, wherever the
header is (``Connections.csv`` puts a ``Notes:`` preamble before it), in UTF-8 or UTF-16,
comma- or tab-separated. The file name only tells apart the one-column ``Name`` files.

What is read, by file:

``Profile.csv`` (2018 "Complete", 2023-25 "Basic" and "Complete")
    The account (no handle: LinkedIn exports do not name the profile's address, unless a
    profile URL column is present), and one profile field each for: the name
    (``display_name``), ``maiden_name``, ``headline``, ``summary``, ``industry``,
    ``location`` (Geo Location, Address, Zip Code, Country; also one ``profile`` place),
    ``birthday`` (as written: often without a year), ``contact_instructions``, every
    ``website`` (``PORTFOLIO:url, OTHER:url`` in 2018, ``[PERSONAL:url]`` /
    ``[COMPANY:url]`` from 2023), every ``twitter_handle`` (``handle`` or ``[handle]``)
    and every ``instant_messenger`` (``SKYPE:name``).
``Profile Summary.csv``
    The summary, when the export keeps it apart (``summary``).
``Email Addresses.csv``, ``PhoneNumbers.csv`` / ``Phone Numbers.csv``
    Every address (``email``, dated by ``Updated On``) and number (``phone``).
``Positions.csv``
    Work history: company (trailing spaces removed), title, description, location and
    ``Mon YYYY`` start and end (an empty ``Finished On`` is the current job).
``Education.csv``
    School, degree, start and end.
``Skills.csv``, ``Languages.csv``, ``Certifications.csv``
    One profile field per skill (``skill``), language (``language``) and certification
    (``certification``: the name, with the issuing authority in brackets).
``Connections.csv``
    Every connection: name, profile URL (2020 on), company, position and the date
    connected (``M/D/YY, H:MM AM`` in 2018, ``DD Mon YYYY`` later). Their e-mail
    addresses are not kept.
``Member_Follows.csv``
    People the subject follows (``following``).
``Company Follows.csv``
    Every company page followed, with the date (a ``company`` group).
``Shares.csv``
    The subject's posts: 2018 (UTF-16, tab-separated, ``Share Link``, ``Share
    Commentary``, ``Shared URL``) and 2025 (UTF-8, ``ShareLink``, ``ShareCommentary``,
    ``SharedUrl``, ``MediaUrl``; the doubled quotes LinkedIn wraps around each line of a
    multi-line post are removed). Visibility comes from the ``Visibility`` column:
    ``Public``/``PUBLIC`` and ``LOGGED_IN`` are public, ``Connections`` connections; the
    2025 value ``MEMBER_NETWORK`` does not say which (it is LinkedIn's name for the
    public-or-connections setting itself), so it is ``unknown``. Rows repeating one share
    (one per attached image) become one post with several media.
``Comments.csv``
    The subject's comments, with the post they answer.
``Reactions.csv``
    The posts the subject reacted to (likes of every reaction type).

Not read: messages, invitations, imported contacts, recommendations and endorsements
(third parties' words), ad-targeting and inference files, saved items, votes, events,
jobs, learning, articles (HTML) and the account's security records.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import ClassVar

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import parse_any
from footprint.exports.readers import iter_csv, sniff_encoding
from footprint.model import (
    Account,
    Connection,
    Education,
    Group,
    Item,
    Media,
    Place,
    Position,
    Post,
    ProfileField,
    Ref,
    Visibility,
)
from footprint.platforms.base import DATE_ID, URL_ID, ParseContext, Platform, ProfileUrl
from footprint.registry import platforms

NAME = "linkedin"

# --- recognising files by their header row ---------------------------------------------


def _norm(name: str) -> str:
    """A column or file name compared the way LinkedIn's renames require: case, spaces
    and underscores ignored."""
    return re.sub(r"[\s_]+", "", name).lower()


def _has(*names: str) -> Callable[[list[str]], bool]:
    want = frozenset(names)
    return lambda cols: want <= set(cols)


def _exactly(*names: str) -> Callable[[list[str]], bool]:
    want = frozenset(names)
    return lambda cols: set(cols) == want and len(cols) == len(want)


@dataclass(frozen=True, slots=True)
class _Shape:
    kind: str
    matches: Callable[[list[str]], bool]  # on normalised header cells
    stem: str | None = None  # the normalised file name needed as well (a bare "Name" file)


# In reading order: the profile first (it names the account), posts last.
_SHAPES: tuple[_Shape, ...] = (
    _Shape("profile", _has("firstname", "lastname", "headline", "industry")),
    _Shape("profile_summary", _exactly("profilesummary")),
    _Shape("emails", _has("emailaddress", "confirmed", "primary")),
    _Shape("phones", _exactly("extension", "number", "type")),
    _Shape("positions", _has("companyname", "title", "startedon", "finishedon")),
    _Shape("education", _has("schoolname", "degreename")),
    _Shape("skills", _exactly("name"), stem="skills"),
    _Shape("languages", _exactly("name", "proficiency")),
    _Shape("certifications", _has("name", "authority", "licensenumber")),
    _Shape("connections", _has("firstname", "lastname", "connectedon")),
    _Shape("member_follows", _exactly("date", "status", "fullname")),
    _Shape("company_follows", _has("organization", "followedon")),
    _Shape("shares", _has("date", "sharelink", "sharecommentary")),
    _Shape("comments", _exactly("date", "link", "message")),
    _Shape("reactions", _exactly("date", "type", "link")),
)
_BY_KIND = {s.kind: s for s in _SHAPES}

# How far into a file the header may be: Connections.csv's preamble is three lines.
_HEAD_BYTES = 4096
_HEAD_LINES = 8


def _stem(member: Member) -> str:
    """The file name without extension or the ``_<member id>`` suffix newer exports add."""
    stem = _norm(PurePosixPath(member.basename).stem)
    return re.sub(r"\d+$", "", stem)


def _split_line(line: str) -> list[str]:
    delimiter = "\t" if line.count("\t") > line.count(",") else ","
    try:
        row = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []
    return [_norm(c.strip().lstrip("\ufeff")) for c in row]


def _header_test(shape: _Shape) -> Callable[[list[str]], bool]:
    """For :func:`iter_csv`: is this row the header of a file of ``shape``?"""
    return lambda cells: shape.matches([_norm(c) for c in cells])


def _looks_binary(head: bytes) -> bool:
    """A NUL byte or many control bytes: a photo or other binary file.

    One stray control character (an escape sequence typed into a company name) does not
    make a CSV binary; it is read, and reports strip it before display.
    """
    sample = head[:512]
    if b"\x00" in sample:
        return True
    return sum(1 for b in sample if b < 9 or 13 < b < 32) > len(sample) // 20


# --- small helpers ---------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>\"'\]\[]+", re.IGNORECASE)
_URL_TRAIL = ".,;:!?)}'\""
_HASHTAG = re.compile(r"(?<![\w#&/])#(\w*[^\W\d_]\w*)")
_TYPED = re.compile(r"^\s*([A-Za-z_]+):(?!//)\s*(.*?)\s*$")
_PROFILE_URL = re.compile(r"linkedin\.com/in/([^/?#\s]+)", re.IGNORECASE)

_VISIBILITY: dict[str, Visibility] = {
    "public": "public",
    "anyone": "public",
    "loggedin": "public",  # any LinkedIn member: as good as public to an adversary
    "connections": "connections",
    "connectionsonly": "connections",
    # MEMBER_NETWORK (every share of the 2025 fixture, a prolific public poster's) names
    # LinkedIn's public-or-connections setting, not its value: the export does not say.
    "membernetwork": "unknown",
}


def _visibility(value: str | None) -> Visibility:
    return _VISIBILITY.get(_norm(value or ""), "unknown")


def _rows(member: Member, kind: str) -> Iterator[dict[str, str]]:
    """Rows keyed by normalised column name, values stripped."""
    for row in iter_csv(member, is_header=_header_test(_BY_KIND[kind])):
        yield {_norm(k): (v or "").strip() for k, v in row.items()}


def _get(row: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        value = row.get(key)
        if value and value.upper() not in ("N/A", "NONE", "NULL"):
            return value
    return None


def urls_in(text: str) -> list[str]:
    """The web addresses written in a text, without trailing punctuation."""
    return [m.group(0).rstrip(_URL_TRAIL) for m in _URL.finditer(text)]


def hashtags_in(text: str) -> list[str]:
    """The hashtags of a text, without the ``#``, in order, once each."""
    return list(dict.fromkeys(m.group(1) for m in _HASHTAG.finditer(text)))


def unwrap_lines(text: str) -> str:
    """Undo the 2025 ``Shares.csv`` quirk: each line of a multi-line post is wrapped in
    quotes (``first"`` / ``"middle"`` / ``"last``). Changed only when every line shows it,
    so a post that merely contains quotes is left alone."""
    text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    middle = lines[1:-1]
    if not (
        lines[0].endswith('"')
        and lines[-1].startswith('"')
        and all(len(line) >= 2 and line[0] == '"' and line[-1] == '"' for line in middle)
    ):
        return text
    out = [lines[0][:-1], *(line[1:-1] for line in middle), lines[-1][1:]]
    return "\n".join(out)


def _split_entries(value: str) -> list[str]:
    """``[A:x],[B:y]`` (2023+) or ``A:x, B:y`` (2018) or ``x, y`` as separate entries."""
    value = value.strip()
    if "[" in value:
        parts = re.findall(r"\[([^\]]*)\]", value)
        rest = re.sub(r"\[[^\]]*\]", "", value).strip(" ,")
        if rest:
            parts.extend(_split_entries(rest))
    else:
        parts = re.split(r",\s*(?=[A-Za-z_]+:)", value) if ":" in value else value.split(",")
    return [p.strip() for p in parts if p.strip()]


def websites(value: str) -> list[tuple[str | None, str]]:
    """``(type, url)`` for each website in ``Profile.csv``'s ``Websites`` column."""
    out: list[tuple[str | None, str]] = []
    for entry in _split_entries(value):
        m = _TYPED.match(entry)
        kind, url = (m.group(1).upper(), m.group(2)) if m else (None, entry)
        if url:
            out.append((kind, url))
    return out


def twitter_handles(value: str) -> list[str]:
    """Each handle in ``Twitter Handles``: ``name`` (2018) or ``[name]`` (2025)."""
    out = []
    for entry in _split_entries(value):
        handle = entry.strip().lstrip("@").strip()
        if handle:
            out.append(handle)
    return out


# --- the parser ------------------------------------------------------------------------


@platforms.register(NAME)
class LinkedIn(Platform):
    """LinkedIn data export (CSV)."""

    name = NAME
    title = "LinkedIn"
    download = "Settings > Data privacy > Get a copy of your data"
    generations = "2018 Complete (UTF-16 shares), 2023-25 Basic and Complete"
    profile_urls = (ProfileUrl.of(r"^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$", r"^/in/([^/?#]+)/?$"),)
    item_ids: ClassVar[Mapping[str, str]] = {
        "connection": 'the connection\'s `URL` when the row has one, else `"First Last"`',
        "share": "its `ShareLink` (`Share Link` in older exports), else its `Date`",
        "comment": "its `Date` (many comments share one `Link`)",
        "position": '`"<Company Name>|<Started On>"`, with `field` `position`',
    }
    id_format = re.compile(f"{URL_ID}|{DATE_ID}")  # ShareLink, or the date
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": (
            "On LinkedIn, Me > View profile, then the pencil on your intro or the "
            "section; change or clear the {field}."
        ),
        "change_email": (
            "On LinkedIn, Settings & Privacy > Sign in & security > Email addresses: make"
            " a personal address primary and remove the work one."
        ),
        "unlink_accounts": (
            "On LinkedIn, Me > View profile > Contact info: remove the website and the X handle."
        ),
        "remove_position": (
            "On LinkedIn, Me > View profile > Experience > the pencil > Delete experience"
            " (or hide the whole section from the public: Settings & Privacy > Visibility"
            " > Edit your public profile)."
        ),
        "delete_posts": "Me > Posts & Activity: on each post listed, … > Delete post.",
        "delete_comments": "Me > Posts & Activity > Comments: on each comment listed, … > Delete.",
        "leave_group": "LinkedIn My network > Following (Companies): unfollow it.",
        "hide_connections": (
            "LinkedIn Settings & Privacy > Visibility > Connections: turn off 'Allow your"
            " connections to see your connections list'."
        ),
        "turn_on_2fa": (
            "Settings & Privacy > Sign in & security > Two-step verification: Authenticator app."
        ),
    }
    kinds = tuple(s.kind for s in _SHAPES)

    def identify(self, member: Member) -> str | None:
        head = member.head(_HEAD_BYTES)
        if not head:
            return None
        encoding = sniff_encoding(head)
        if encoding.startswith("utf-16"):
            head = head[: len(head) - len(head) % 2]
        elif head.lstrip()[:1] in (b"{", b"[", b"<") or _looks_binary(head):
            return None  # JSON, HTML, XML or a photo: not a CSV
        text = head.decode(encoding, errors="replace")
        lines = text.splitlines()
        if len(head) >= _HEAD_BYTES and len(lines) > 1:
            lines = lines[:-1]  # the last line may be cut short
        stem: str | None = None
        for line in lines[:_HEAD_LINES]:
            if not line.strip():
                continue
            cells = _split_line(line)
            for shape in _SHAPES:
                if not shape.matches(cells):
                    continue
                if shape.stem is not None:
                    stem = stem if stem is not None else _stem(member)
                    if stem != shape.stem:
                        continue
                return shape.kind
        return None

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterable[Item]:
        reader: Callable[[Member, ParseContext], Iterator[Item]] | None = getattr(
            self, f"_read_{kind}", None
        )
        if kind not in _BY_KIND or reader is None:
            raise ParseError(f"unknown LinkedIn file kind {kind!r}")
        return reader(member, ctx)

    def coverage(self, kinds: set[str]) -> list[str]:
        out = []
        if "profile" not in kinds:
            out.append(
                "This LinkedIn export holds no Profile.csv: headline, summary and "
                "websites could not be checked"
            )
        if "positions" not in kinds:
            out.append(
                "This LinkedIn export holds no Positions.csv: the work history could not be checked"
            )
        if "connections" not in kinds:
            out.append(
                "This LinkedIn export holds no Connections.csv: colleague clusters "
                "among connections could not be checked"
            )
        if "shares" not in kinds:
            out.append(
                "This LinkedIn export holds no Shares.csv: the person's posts could "
                "not be checked (the Complete export has them)"
            )
        if "comments" not in kinds and "reactions" not in kinds:
            out.append("This LinkedIn export holds no comments or reactions")
        out.append(
            "LinkedIn exports do not say who can see the profile, the connections "
            "list or comments, nor whether MEMBER_NETWORK posts were public"
        )
        out.append("LinkedIn exports hold no list of followers and no profile address")
        return out

    # Each reader below streams its file row by row.

    def _ref(
        self,
        member: Member,
        field: str,
        item: str | None = None,
        date: str | None = None,
        url: str | None = None,
        visibility: Visibility = "unknown",
    ) -> Ref:
        return Ref(NAME, member.name, item, field, visibility, date, url)

    def _field(
        self,
        member: Member,
        field: str,
        value: str,
        date: str | None = None,
        url: str | None = None,
    ) -> ProfileField:
        return ProfileField(field, value, self._ref(member, field, date=date, url=url))

    # --- profile ---------------------------------------------------------------------

    def _read_profile(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "profile"):
            yield from self._profile_row(member, row, ctx)

    def _profile_row(
        self, member: Member, row: dict[str, str], ctx: ParseContext
    ) -> Iterator[Item]:
        name = " ".join(p for p in (_get(row, "firstname"), _get(row, "lastname")) if p)
        profile_url = _get(row, "profileurl", "publicprofileurl", "linkedinurl", "url")
        handle = None
        if profile_url and (m := _PROFILE_URL.search(profile_url)):
            handle = m.group(1)
        else:
            profile_url = None
        ctx.state.setdefault("account", handle)
        yield Account(
            NAME,
            handle,
            self._ref(member, "handle", url=profile_url),
            display_name=name or None,
            url=profile_url,
        )
        if name:
            yield self._field(member, "display_name", name)
        if handle:
            yield self._field(member, "handle", handle, url=profile_url)
        for column, field in (
            ("maidenname", "maiden_name"),
            ("headline", "headline"),
            ("summary", "summary"),
            ("industry", "industry"),
            ("birthdate", "birthday"),
            ("contactinstructions", "contact_instructions"),
        ):
            if value := _get(row, column):
                yield self._field(member, field, value)
        geo, country = _get(row, "geolocation"), _get(row, "country")
        address, zip_code = _get(row, "address"), _get(row, "zipcode")
        for value in (geo, address, zip_code, country):
            if value:
                yield self._field(member, "location", value)
        if geo or country or address or zip_code:
            street = ", ".join(p for p in (address, zip_code) if p) or None
            yield Place(
                "profile", self._ref(member, "location"), name=geo or country, address=street
            )
        for _kind, url in websites(_get(row, "websites") or ""):
            yield self._field(member, "website", url, url=url)
        for twitter in twitter_handles(_get(row, "twitterhandles") or ""):
            yield self._field(member, "twitter_handle", twitter)
        for entry in _split_entries(_get(row, "instantmessengers") or ""):
            yield self._field(member, "instant_messenger", entry)

    def _read_profile_summary(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "profile_summary"):
            if value := _get(row, "profilesummary"):
                yield self._field(member, "summary", value)

    def _read_emails(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "emails"):
            if address := _get(row, "emailaddress"):
                yield self._field(member, "email", address, date=parse_any(_get(row, "updatedon")))

    def _read_phones(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "phones"):
            if number := _get(row, "number"):
                if extension := _get(row, "extension"):
                    number = f"{number} ext. {extension}"
                yield self._field(member, "phone", number)

    def _read_skills(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "skills"):
            if value := _get(row, "name"):
                yield self._field(member, "skill", value)

    def _read_languages(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "languages"):
            if value := _get(row, "name"):
                yield self._field(member, "language", value)

    def _read_certifications(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "certifications"):
            if not (name := _get(row, "name")):
                continue
            if authority := _get(row, "authority"):
                name = f"{name} ({authority})"
            yield self._field(
                member,
                "certification",
                name,
                date=parse_any(_get(row, "startedon")),
                url=_get(row, "url"),
            )

    # --- history ---------------------------------------------------------------------

    def _read_positions(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "positions"):
            company = _get(row, "companyname")
            if not company:
                continue
            started_on = _get(row, "startedon") or ""
            started = parse_any(started_on)
            yield Position(
                company,
                self._ref(member, "position", item=f"{company}|{started_on}", date=started),
                title=_get(row, "title"),
                description=_get(row, "description"),
                location=_get(row, "location"),
                started=started,
                finished=parse_any(_get(row, "finishedon")),
            )

    def _read_education(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "education"):
            school = _get(row, "schoolname")
            if not school:
                continue
            start = _get(row, "startdate") or ""
            started = parse_any(start)
            yield Education(
                school,
                self._ref(member, "education", item=f"{school}|{start}", date=started),
                degree=_get(row, "degreename"),
                started=started,
                finished=parse_any(_get(row, "enddate")),
            )

    # --- lists -----------------------------------------------------------------------

    def _read_connections(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "connections"):
            name = " ".join(p for p in (_get(row, "firstname"), _get(row, "lastname")) if p)
            url = _get(row, "url", "profileurl")
            item = url or name
            if not item:
                continue
            yield Connection(
                "connection",
                self._ref(
                    member,
                    "connections",
                    item=item,
                    date=parse_any(_get(row, "connectedon")),
                    url=url,
                ),
                name=name or None,
                url=url,
                company=_get(row, "company"),
                position=_get(row, "position"),
            )

    def _read_member_follows(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "member_follows"):
            if name := _get(row, "fullname"):
                yield Connection(
                    "following",
                    self._ref(member, "following", item=name, date=parse_any(_get(row, "date"))),
                    name=name,
                )

    def _read_company_follows(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "company_follows"):
            if name := _get(row, "organization"):
                yield Group(
                    "company",
                    name,
                    self._ref(member, "groups", item=name, date=parse_any(_get(row, "followedon"))),
                )

    # --- posts -----------------------------------------------------------------------

    def _read_shares(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        # One share with several images comes as consecutive rows that differ only in
        # MediaUrl: they are gathered into one post.
        pending: Post | None = None
        for row in _rows(member, "shares"):
            post = self._share(member, row)
            if (
                pending is not None
                and post.ref.item == pending.ref.item
                and (post.text == pending.text)
            ):
                pending = Post(
                    pending.kind,
                    pending.text,
                    pending.ref,
                    hashtags=pending.hashtags,
                    urls=tuple(dict.fromkeys(pending.urls + post.urls)),
                    media=pending.media
                    + tuple(m for m in post.media if m.uri not in {p.uri for p in pending.media}),
                )
                continue
            if pending is not None:
                yield pending
            pending = post
        if pending is not None:
            yield pending

    def _share(self, member: Member, row: dict[str, str]) -> Post:
        raw = row.get("sharecommentary", "")
        text = unwrap_lines(raw).strip() if raw else ""
        date_raw = _get(row, "date")
        link = _get(row, "sharelink")
        visibility = _visibility(_get(row, "visibility"))
        ref = self._ref(
            member,
            "text",
            item=link or date_raw,
            date=parse_any(date_raw),
            url=link,
            visibility=visibility,
        )
        shared = _get(row, "sharedurl")
        urls = tuple(dict.fromkeys([*([shared] if shared else []), *urls_in(text)]))
        media: tuple[Media, ...] = ()
        if media_url := _get(row, "mediaurl"):
            media = (
                Media(
                    media_url,
                    self._ref(
                        member,
                        "media",
                        item=link or date_raw,
                        date=ref.date,
                        url=media_url,
                        visibility=visibility,
                    ),
                ),
            )
        return Post("share", text, ref, hashtags=tuple(hashtags_in(text)), urls=urls, media=media)

    def _read_comments(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "comments"):
            date_raw = _get(row, "date")
            link = _get(row, "link")
            text = row.get("message", "")
            if not (date_raw or link or text):
                continue
            yield Post(
                "comment",
                text,
                self._ref(
                    member, "text", item=date_raw or link, date=parse_any(date_raw), url=link
                ),
                hashtags=tuple(hashtags_in(text)),
                urls=tuple(dict.fromkeys(urls_in(text))),
                target=link,
            )

    def _read_reactions(self, member: Member, ctx: ParseContext) -> Iterator[Item]:
        for row in _rows(member, "reactions"):
            date_raw = _get(row, "date")
            link = _get(row, "link")
            if not (link or date_raw):
                continue
            yield Post(
                "like",
                "",
                self._ref(
                    member, "text", item=link or date_raw, date=parse_any(date_raw), url=link
                ),
                target=link,
            )
