"""Murmur exports (Settings > Your data > Download my murmurs): a zip of ``.murmur`` files.

Murmur is an invented microblog: its export exists to show how a platform plugs into
footprint. Each file starts with a line naming what it holds and the format's version;
files are recognised by that line, never by their names.

- ``account.murmur`` (``%murmur account 1``), one ``key: value`` a line: ``handle``
  gives the :class:`~footprint.model.Account` (``https://murmur.example/@<handle>``) and
  the ``handle`` field; ``name`` the ``display_name``; ``bio``, ``website`` and
  ``location`` their fields (all public: Murmur shows them to anyone); ``joined`` the
  account's creation date; ``private: yes`` marks the account private. Unknown keys are
  skipped (they are settings, not profile text).
- ``murmurs.murmur`` (``%murmur posts 1``): a header line, then one post a line,
  ``id<TAB>date<TAB>audience<TAB>text``; ``\\n`` in the text is a line break. ``item``
  is the ``id``; ``audience`` ``everyone`` is public (visible to followers only when the
  account is private), ``followers`` connections, ``me`` private. Hashtags, links and
  ``@`` mentions are taken from the text. A line that is not four fields is a problem
  naming its line number; the lines around it are still read.

A file of another version (``%murmur posts 2``) is recognised and reported as a problem,
never silently passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import ClassVar

from footprint.errors import ParseError
from footprint.exports.archive import Member
from footprint.exports.dates import parse_any
from footprint.exports.readers import open_text
from footprint.model import Account, Item, Post, ProfileField, Ref, Visibility
from footprint.platforms.base import ParseContext, Platform, PrivateMode, ProfileUrl

_MAGIC = re.compile(rb"\A%murmur (account|posts) (\d+)\r?\n")
VERSION = "1"
_PROFILE_KEYS = {"name": "display_name", "bio": "bio", "website": "website", "location": "location"}
_AUDIENCE: dict[str, Visibility] = {
    "everyone": "public",
    "followers": "connections",
    "me": "private",
}
_HASHTAG = re.compile(r"(?<![\w&#])#(\w+)")
_MENTION = re.compile(r"(?<![\w@])@(\w+)")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")


class Murmur(Platform):
    """Murmur's export: ``account.murmur`` and ``murmurs.murmur``."""

    # ``name`` comes from the entry point ("murmur"); what people read is ``title``.
    title = "Murmur"
    kinds = ("account", "posts")  # the account first: it says whether posts are private
    download = "Settings > Your data > Download my murmurs"
    generations = "version 1 (`account.murmur`, `murmurs.murmur`)"
    verified = False  # an invented format: there are no real exports to test against
    profile_urls = (ProfileUrl.of(r"^(?:www\.)?murmur\.example$", r"^/@(\w+)/?$"),)
    item_ids: ClassVar[Mapping[str, str]] = {"post": "its `id` column"}
    settings: ClassVar[Mapping[str, str]] = {
        "edit_profile": "On Murmur, Settings > Profile; change or clear the {field}.",
        "delete_posts": "Open each murmur listed > ... > Delete.",
        "make_private": "Settings > Privacy > Private murmurs.",
    }
    private = PrivateMode(
        setting="Private murmurs",
        hides=frozenset({"post"}),
        leaves_public="your name, handle, bio, website and location",
    )

    def identify(self, member: Member) -> str | None:
        m = _MAGIC.match(member.head(64))
        return m.group(1).decode("ascii") if m else None

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterator[Item]:
        with open_text(member) as fh:
            first = fh.readline()
            version = first.split()[-1] if first.split() else ""
            if version != VERSION:
                raise ParseError(
                    f"Murmur export version {version!r}: footprint-murmur reads version {VERSION}"
                )
            if kind == "account":
                yield from self._account(fh, member, ctx)
            else:
                yield from self._posts(fh, member, ctx)

    def _account(self, lines: Iterator[str], member: Member, ctx: ParseContext) -> Iterator[Item]:
        values: dict[str, str] = {}
        for line in lines:
            key, sep, value = line.partition(":")
            if sep and value.strip():
                values[key.strip().lower()] = value.strip()
        handle = values.get("handle", "").lstrip("@")
        if not handle:
            raise ParseError("no handle: line in the account file")
        private = values.get("private", "no").lower() == "yes"
        ctx.state["private"] = private
        ref = Ref("murmur", member.name, None, "handle", "public")
        yield Account(
            "murmur",
            handle,
            ref,
            display_name=values.get("name"),
            url=f"https://murmur.example/@{handle}",
            created_at=parse_any(values.get("joined")),
            protected=private,
        )
        yield ProfileField("handle", handle, ref)
        for key, field in _PROFILE_KEYS.items():
            if values.get(key):
                yield ProfileField(
                    field, values[key], Ref("murmur", member.name, None, field, "public")
                )

    def _posts(self, lines: Iterator[str], member: Member, ctx: ParseContext) -> Iterator[Item]:
        header = next(lines, "").rstrip("\r\n").split("\t")
        if header != ["id", "date", "audience", "text"]:
            raise ParseError("line 2: expected the header id, date, audience, text")
        private = bool(ctx.state.get("private"))
        for number, line in enumerate(lines, 3):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            parts = line.split("\t", 3)
            if len(parts) != 4 or not parts[0].strip():
                ctx.problem(member, f"line {number}: not an id, date, audience and text")
                continue
            post_id, date, audience, raw = parts
            visibility = _AUDIENCE.get(audience.strip().lower(), "unknown")
            if visibility == "public" and private:
                visibility = "connections"
            text = raw.replace("\\n", "\n")
            yield Post(
                "post",
                text,
                Ref("murmur", member.name, post_id.strip(), "text", visibility, parse_any(date)),
                hashtags=tuple(dict.fromkeys(_HASHTAG.findall(_URL.sub(" ", text)))),
                urls=tuple(dict.fromkeys(_URL.findall(text))),
                mentions=tuple(dict.fromkeys(_MENTION.findall(_URL.sub(" ", text)))),
            )

    def coverage(self, kinds: set[str]) -> list[str]:
        out = ["Murmur exports hold no followers or following lists"]
        if "posts" not in kinds:
            out.append("This Murmur export holds no murmurs.murmur: posts could not be checked")
        if "account" not in kinds:
            out.append(
                "This Murmur export holds no account.murmur: the profile could not be checked"
            )
        return out
