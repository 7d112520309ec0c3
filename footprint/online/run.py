"""The online stage: between reading the exports and detecting, with ``--online`` only.

While the exports are read, :meth:`OnlineStage.hold` watches the records on their way to
the detection stage. The few that hold an identifier the export leaves opaque are held
back (up to :data:`MAX_HELD` of each kind); everything else streams on as before:

- a profile field with a short link in it (the X profile website is always a t.co link);
- a Bluesky follow, which names the account by DID only;
- a Mastodon follow, which is only ``user@server``;
- one of the person's posts whose links are short links.

After reading, :meth:`OnlineStage.run` resolves them in batches, in order of what they
are worth (the budget may run out): the profile's short links, the profiles those
fields link to (Bluesky, Mastodon, GitHub), the live public view of the person's own
Bluesky and Mastodon accounts, Bluesky follows (25 a request), Mastodon follows, short
links in posts; then, with ``--check-handles``, the person's handles on the sites list.
Every held record is then fed to the detection stage, enriched where the look-up
worked and as it was where it did not: the SAME detectors see a followed account's
handle and name, an expanded website, a linked profile's text (as a ``linked_profile``
field of the account that links to it), and the live profile and new posts. Nothing is
lost on the way: whatever fails, each held record reaches the detectors once.

Only identifiers and URLs are sent (docs/online.md lists every host). A failure is a
problem line in the report, never a crash (``--debug`` re-raises).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from footprint.model import Account, Connection, Item, Post, ProfileField, Ref, Visibility
from footprint.online import bluesky, github, handles, mastodon, shortlinks
from footprint.online.client import Client
from footprint.online.remote import RemotePost, RemoteProfile
from footprint.online.settings import OnlineSettings
from footprint.online.summary import HandleReport, LiveChange, OnlineSummary
from footprint.platforms import info, names
from footprint.platforms.base import ProfileUrl
from footprint.signals import Signal, excerpt

Consumer = Callable[[Item, str], None]

MAX_HELD = 20_000  # records of one kind held back for enrichment; the rest stream on
LIVE = ("bluesky", "mastodon")  # platforms whose public profile has an open read API
# Why the others cannot be checked the same way (shown in online.not_checked).
NO_OPEN_API = {
    "x": "X's API is paid and needs a developer account, and its pages need a login",
    "facebook": "Meta offers no open read API for people's profiles",
    "instagram": "Meta offers no open read API for people's profiles",
    "threads": "Meta offers no open read API for people's profiles",
    "linkedin": "LinkedIn has no public profile API and refuses automated reads",
    "tiktok": "TikTok's research API is for approved researchers only",
    "reddit": "Reddit's API needs a registered app since 2023",
}
LINK_FIELDS = frozenset(
    {"website", "bio", "profile_field", "summary", "also_known_as", "linked_account"}
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+|\b[a-z0-9.-]+\.[a-z]{2,}/[^\s<>\"']+", re.I)
_OWN_POST_KINDS = frozenset({"post", "reply", "share", "comment"})
_SERVICES = {"bluesky": "Bluesky", "mastodon": "Mastodon", "github": "GitHub"}
# Sites whose /@name pages look like a Mastodon server's but are not one.
_NOT_MASTODON = frozenset(
    [
        "medium.com",
        "www.medium.com",
        "youtube.com",
        "www.youtube.com",
        "m.youtube.com",
        "vimeo.com",
        "soundcloud.com",
        "linktr.ee",
        "www.pinterest.com",
        "pinterest.com",
        "www.threads.net",
        "threads.net",
        "www.tiktok.com",
        "tiktok.com",
    ]
)


@dataclass(frozen=True, slots=True)
class _Own:
    platform: str
    handle: str | None
    account_id: str | None


class OnlineStage:
    """See the module docstring. One per scan; ``client`` is for tests."""

    def __init__(
        self, settings: OnlineSettings, debug: bool = False, client: Client | None = None
    ) -> None:
        self.settings = settings
        self.debug = debug
        self.client = client or Client(
            max_requests=settings.max_requests,
            max_handle_checks=settings.max_handle_checks,
            cache_dir=Path(settings.cache) if settings.cache else None,
            proxy=settings.proxy,
        )
        # The sites list is read first, so that a bad --sites file stops the scan
        # before anything else is done.
        self.sites: list[handles.Site] = []
        self.sites_skipped: list[str] = []
        if settings.check_handles:
            self.sites, self.sites_skipped = handles.load_sites(settings.sites)
        self.fields: list[tuple[ProfileField, str]] = []
        self.follows: list[tuple[Connection, str]] = []
        self.posts: list[tuple[Post, str]] = []
        self.streamed_on: Counter[str] = Counter()  # not held: MAX_HELD reached
        self.own: dict[str, _Own] = {}
        self.export_profile: dict[tuple[str, str], str] = {}  # (origin, field) -> value
        self.latest_post: dict[str, str] = {}
        self.links: list[tuple[str, Ref, str]] = []  # (url, ref of the field, origin)
        self.previous_handles: list[str] = []
        self.platforms_seen: set[str] = set()
        self.live: list[LiveChange] = []
        self.live_now: dict[tuple[str, str], str] = {}  # (origin, field) -> live value
        self.live_checked: set[str] = set()
        self.not_checked: list[str] = []
        self.problems_found: list[str] = []
        self.resolved: dict[str, tuple[int, int]] = {}
        self.handle_report: HandleReport | None = None
        self.live_handles: list[tuple[str, str | None]] = []

    # --- while reading ------------------------------------------------------------------

    def hold(self, forward: Consumer) -> Consumer:
        """A consumer for ``read()``: records pass to ``forward``, except those held."""

        def consume(item: Item, origin: str) -> None:
            try:
                held = self._note(item, origin)
            except Exception:
                if self.debug:
                    raise
                held = False  # a slip here must never lose the record
            if not held:
                forward(item, origin)

        return consume

    def _note(self, item: Item, origin: str) -> bool:
        if isinstance(item, Account):
            self.platforms_seen.add(item.platform)
            self.own.setdefault(origin, _Own(item.platform, item.handle, item.account_id))
            return False
        if isinstance(item, ProfileField):
            return self._note_field(item, origin)
        if isinstance(item, Connection):
            return self._note_follow(item, origin)
        if isinstance(item, Post):
            plat = item.ref.platform
            date = item.ref.date
            if plat in LIVE and item.kind in ("post", "reply") and date:
                self.latest_post[origin] = max(date, self.latest_post.get(origin, ""))
            if item.kind in _OWN_POST_KINDS and _post_shorts(item):
                return self._keep(self.posts, item, origin, "posts")
        return False

    def _note_field(self, item: ProfileField, origin: str) -> bool:
        plat = item.ref.platform
        if plat in LIVE and item.field in ("display_name", "bio"):
            self.export_profile.setdefault((origin, item.field), item.value)
        if item.field == "previous_handle":
            self.previous_handles.append(item.value)
        if item.field in LINK_FIELDS:
            for url in _urls(item.value):
                self.links.append((url, item.ref, origin))
        if shortlinks.find_short(item.value):
            return self._keep(self.fields, item, origin, "profile fields")
        return False

    def _note_follow(self, item: Connection, origin: str) -> bool:
        if item.relation != "following":
            return False
        plat = item.ref.platform
        if plat == "bluesky" and item.account_id and not item.handle:
            return self._keep(self.follows, item, origin, "Bluesky follows")
        if plat == "mastodon" and item.handle and not item.name:
            return self._keep(self.follows, item, origin, "Mastodon follows")
        return False

    def _keep(self, where: list[Any], item: Any, origin: str, what: str) -> bool:
        if len(where) >= MAX_HELD:
            self.streamed_on[what] += 1
            return False
        where.append((item, origin))
        return True

    # --- after reading ------------------------------------------------------------------

    def run(self, forward: Consumer, accounts: Iterable[tuple[str, str | None]] = ()) -> None:
        """Resolve what was held, feed every held record to ``forward`` (once), look at
        the live profiles and, if asked, check the person's handles."""
        expanded: dict[str, str] = {}
        try:
            self._step("short links in the profile", self._expand_fields, expanded)
            self._step("linked profiles", self._linked_profiles, expanded, forward)
            self._step("the live profiles", self._live_view, forward)
            self._step("follows", self._follows, forward)
            self._step("short links in posts", self._expand_posts, expanded)
        finally:
            self._release(forward, expanded)
        for plat in sorted(self.platforms_seen - set(LIVE)):
            reason = NO_OPEN_API.get(plat, "it has no open read API footprint uses")
            self.not_checked.append(
                f"{plat}: what a stranger sees today was not checked ({reason})"
            )
        if self.settings.check_handles:
            self._step("handle checks", self._check_handles, list(accounts))
        for what, n in self.streamed_on.items():
            self.problems_found.append(
                f"more than {MAX_HELD:,} {what}: {n:,} were not looked up online"
            )

    def _step(self, what: str, fn: Callable[..., None], *args: Any) -> None:
        try:
            fn(*args)
        except Exception as exc:
            if self.debug:
                raise
            self.problems_found.append(f"{what}: {type(exc).__name__}: {exc}"[:200])

    def _expand_fields(self, expanded: dict[str, str]) -> None:
        wanted = [s for item, _ in self.fields for s in shortlinks.find_short(item.value)]
        self._expand(wanted, expanded, "short_links")
        for item, origin in self.fields:
            for short in shortlinks.find_short(item.value):
                target = expanded.get(shortlinks.normal(short))
                if target is not None:
                    self.links.extend((url, item.ref, origin) for url in _urls(target))

    def _expand_posts(self, expanded: dict[str, str]) -> None:
        wanted = [u for post, _ in self.posts for u in _post_shorts(post)]
        self._expand(wanted, expanded, "short_links_in_posts")

    def _expand(self, urls: list[str], expanded: dict[str, str], kind: str) -> None:
        unique = list(dict.fromkeys(shortlinks.normal(u) for u in urls))
        done = 0
        for url in unique:
            if url not in expanded:
                target = shortlinks.expand(self.client, url)
                if target is None:
                    continue
                expanded[url] = target
            done += 1
        self._count(kind, len(unique), done, "short links were not expanded")

    def _linked_profiles(self, expanded: dict[str, str], forward: Consumer) -> None:
        seen: set[tuple[str, str]] = set()
        asked = done = 0
        for url, ref, origin in self.links:
            found = _service_of(url)
            if found is None or found in seen or self._is_own(found):
                continue
            seen.add(found)
            asked += 1
            profile = self._fetch_profile(*found)
            if profile is None:
                continue
            done += 1
            text = profile.text()
            if text:
                label = _SERVICES[profile.service]
                forward(
                    ProfileField(
                        "linked_profile",
                        f"{label} profile {profile.handle or profile.ident}: {text}",
                        Ref(
                            ref.platform,
                            ref.file,
                            None,
                            "linked_profile",
                            "public",
                            None,
                            profile.url,
                        ),
                    ),
                    origin,
                )
        self._count("linked_profiles", asked, done, "linked profiles could not be read")

    def _fetch_profile(self, service: str, ident: str) -> RemoteProfile | None:
        if service == "bluesky":
            return bluesky.profile(self.client, ident)
        if service == "mastodon":
            if (why := mastodon.refusal(ident)) is not None:
                self.not_checked.append(f"a linked Mastodon profile on {ident}: {why}")
                return None
            return mastodon.lookup(self.client, ident)
        return github.user(self.client, ident)

    def _is_own(self, found: tuple[str, str]) -> bool:
        """Whether a linked profile is one of the accounts scanned (the live view reads it)."""
        service, ident = found
        for own in self.own.values():
            if own.platform != service or service not in LIVE:
                continue
            for value in (own.handle, own.account_id):
                if value and value.lower().lstrip("@") == ident.lower().lstrip("@"):
                    return True
        return False

    # --- the live view --------------------------------------------------------------------

    def _live_view(self, forward: Consumer) -> None:
        asked = done = 0
        seen: set[tuple[str, str | None]] = set()
        for origin, own in self.own.items():
            key = (own.platform, own.account_id or own.handle)
            if own.platform not in LIVE or key in seen:
                continue  # the same account in two exports is looked at once
            seen.add(key)
            if own.platform == "mastodon" and own.handle:
                why = mastodon.refusal(own.handle)
                if why is not None:
                    self.not_checked.append(f"mastodon: {own.handle}: {why}")
                    continue
            asked += 1
            if self._live_one(origin, own, forward):
                done += 1
        self._count("live_accounts", asked, done, "of your accounts could not be checked live")

    def _live_one(self, origin: str, own: _Own, forward: Consumer) -> bool:
        posts: list[RemotePost] | None
        if own.platform == "bluesky":
            actor = own.account_id or own.handle
            if not actor:
                return False
            profile = bluesky.profile(self.client, actor)
            if profile is None:
                return False
            posts = bluesky.author_feed(self.client, profile.ident)
            self.live_handles.append(("bluesky", profile.handle))
        else:
            assert own.handle is not None
            profile = mastodon.lookup(self.client, own.handle, cache=False)
            if profile is None or profile.account_id is None:
                return False
            posts = mastodon.statuses(self.client, own.handle, profile.account_id)
        self.live_checked.add(origin)
        plat = own.platform
        account = own.handle or own.account_id
        file = "live:" + _host(profile.url, plat)

        def ref(field: str) -> Ref:
            return Ref(plat, file, None, field, "public", None, profile.url)

        for field, now in (("display_name", profile.display_name), ("bio", profile.bio)):
            before = self.export_profile.get((origin, field))
            if now:
                self.live_now[(origin, field)] = now
                forward(ProfileField(field, now, ref(field)), origin)
            self.live.append(_change(plat, account, field, before, now))
        for label, value in profile.fields:
            forward(
                ProfileField("profile_field", f"{label}: {value}", ref("profile_field")), origin
            )
        if posts is None:
            return True  # the profile was read; the posts problem is counted
        since = self.latest_post.get(origin)
        new = [p for p in posts if p.created_at and (since is None or p.created_at > since)]
        for p in new:
            forward(
                Post(
                    kind="post",
                    text=p.text,
                    ref=Ref(plat, file, p.uri, "text", _vis(p.visibility), p.created_at, p.url),
                    urls=tuple(_urls(p.text)),
                ),
                origin,
            )
        self.live.append(
            LiveChange(
                plat,
                account,
                "posts",
                "new_posts" if new else "unchanged",
                export=f"latest post {since}" if since else "no posts",
                now=f"{len(new)} post(s) since the export" if new else None,
                count=len(new),
            )
        )
        return True

    # --- follows ------------------------------------------------------------------------

    def _follows(self, forward: Consumer) -> None:
        dids = [
            c.account_id for c, _ in self.follows if c.ref.platform == "bluesky" and c.account_id
        ]
        found = bluesky.profiles(self.client, dids) if dids else {}
        self._count(
            "bluesky_follows",
            len(set(dids)),
            len(found),
            "Bluesky follows were not resolved: their names and handles stay unknown",
        )
        addresses = [c.handle for c, _ in self.follows if c.ref.platform == "mastodon" and c.handle]
        refused: Counter[str] = Counter()
        masto: dict[str, RemoteProfile] = {}
        asked = 0
        for address in dict.fromkeys(addresses):
            why = mastodon.refusal(address)
            if why is not None:
                refused[why] += 1
                continue
            asked += 1
            profile = mastodon.lookup(self.client, address)
            if profile is not None:
                masto[address] = profile
        for why, n in refused.items():
            self.not_checked.append(f"{n} Mastodon follow(s) not looked up: {why}")
        self._count(
            "mastodon_follows",
            asked,
            len(masto),
            "Mastodon follows were not resolved: their names stay unknown",
        )
        enriched: list[tuple[Connection, str]] = []
        for conn, origin in self.follows:
            if conn.ref.platform == "bluesky" and conn.account_id in found:
                p = found[conn.account_id]
                conn = replace(conn, handle=p.handle, name=p.display_name)
            elif conn.ref.platform == "mastodon" and conn.handle in masto:
                p = masto[conn.handle]
                conn = replace(conn, name=p.display_name, url=p.url)
            enriched.append((conn, origin))
        self.follows = enriched

    # --- handing the records on ---------------------------------------------------------

    def _release(self, forward: Consumer, expanded: dict[str, str]) -> None:
        """Every held record to ``forward``, once, with what was resolved filled in (or
        as it was, should filling it in fail)."""
        held: list[tuple[Any, str]] = [*self.fields, *self.follows, *self.posts]
        self.fields, self.follows, self.posts = [], [], []
        for item, origin in held:
            try:
                enriched = _filled(item, expanded)
            except Exception:
                if self.debug:
                    raise
                enriched = item
            forward(enriched, origin)

    # --- handles ------------------------------------------------------------------------

    def _check_handles(self, accounts: list[tuple[str, str | None]]) -> None:
        mine = handles.own_handles(
            accounts + self.live_handles + [("", h) for h in self.previous_handles]
        )
        self.handle_report = handles.check_all(self.client, mine, self.sites, self.sites_skipped)

    # --- the result ---------------------------------------------------------------------

    def _count(self, kind: str, asked: int, done: int, failed: str) -> None:
        if asked == 0:
            return
        self.resolved[kind] = (asked, done)
        if done < asked:
            self.problems_found.append(f"{asked - done} of {asked} {failed}")

    def problems(self) -> list[str]:
        """Every problem as one report line, ``online: ...``."""
        return ["online: " + p for p in self.client.problems() + self.problems_found]

    def warnings(self) -> list[str]:
        return [handles.WARNING] if self.settings.check_handles else []

    def summary(self, signals: Sequence[Signal]) -> OnlineSummary:
        return OnlineSummary(
            requests=self.client.requests_made,
            max_requests=self.settings.max_requests,
            hosts=dict(self.client.hosts),
            from_cache=self.client.from_cache,
            resolved=dict(self.resolved),
            live=tuple(self.live),
            cleaned=tuple(self._cleaned(signals)),
            not_checked=tuple(dict.fromkeys(self.not_checked)),
            handles=self.handle_report,
            problems=tuple(self.problems()),
        )

    def _cleaned(self, signals: Sequence[Signal]) -> list[str]:
        """Signals from a profile field of an account checked live whose matched words
        are no longer in that field today. They stay in the score: copies of the old
        profile may live on (archives, screenshots), and the export still holds them."""
        out = []
        for sig in signals:
            src = sig.source
            if src.item is not None or src.file.startswith("live:"):
                continue
            if sig.origin not in self.live_checked or src.field not in ("display_name", "bio"):
                continue
            now = self.live_now.get((sig.origin, src.field), "")
            if sig.matched and sig.matched.casefold() not in now.casefold():
                out.append(sig.id)
        return out


def _change(
    platform: str, account: str | None, field: str, before: str | None, now: str | None
) -> LiveChange:
    def flat(text: str | None) -> str | None:
        return " ".join(text.split()) if text else None

    b, n = flat(before), flat(now)
    status = (
        "unchanged" if b == n else "added" if b is None else "removed" if n is None else "changed"
    )
    return LiveChange(
        platform,
        account,
        field,
        status,
        excerpt(b) if b else None,
        excerpt(n) if n else None,
    )


def _service_of(url: str) -> tuple[str, str] | None:
    """("bluesky" | "mastodon" | "github", handle) of a profile URL footprint can read."""
    login = github.login_of(url)
    if login is not None:
        return "github", login
    full = url if "://" in url else "https://" + url
    host = _host(full, "")
    if host in _NOT_MASTODON:
        return None
    try:
        path = urlsplit(full).path or "/"
    except ValueError:
        return None
    for name, shape in _shapes():
        if not shape.host.match(host):
            continue
        m = shape.path.match(path)
        if m is None:
            if shape.open_host:
                continue
            return None  # a fixed-host platform owns this URL: not a profile we read
        if name == "bluesky":
            return "bluesky", m.group(1)
        if name == "mastodon":
            return "mastodon", f"{m.group(1)}@{host}"
        return None
    return None


def _shapes() -> list[tuple[str, ProfileUrl]]:
    """Every platform's profile-URL shapes, fixed hosts first (so x.com is X's, and only
    a host no platform claims is tried as a Mastodon server)."""
    found = [(n, s) for n in names() if (cls := info(n)) for s in cls.profile_urls]
    return sorted(found, key=lambda ns: ns[1].open_host)


def _filled(item: Item, expanded: dict[str, str]) -> Item:
    """A held record with its short links replaced by where they lead."""
    if isinstance(item, ProfileField):
        value = item.value
        for short in shortlinks.find_short(value):
            target = expanded.get(shortlinks.normal(short))
            if target is not None:
                value = value.replace(short, target)
        return replace(item, value=value) if value != item.value else item
    if not isinstance(item, Post):
        return item  # a follow: filled in by _follows already
    urls = [expanded.get(shortlinks.normal(u), u) for u in item.urls]
    text = item.text
    for short in _post_shorts(item):
        target = expanded.get(shortlinks.normal(short))
        if target is not None:
            text = text.replace(short, target)
            if short not in item.urls and target not in urls:
                urls.append(target)  # a link only in the text, as LinkedIn writes them
    changed = text != item.text or tuple(urls) != item.urls
    return replace(item, urls=tuple(urls), text=text) if changed else item


def _post_shorts(post: Post) -> list[str]:
    """The short links of a post: in its links, or in its text when it has no links.

    Not in an X post's text: X archives give every link's address in ``urls``, and the
    t.co forms in the text are those same links. Looking costs a regular expression per
    post, so a text without a ``/`` is passed over first."""
    if post.urls:
        return [u for u in post.urls if shortlinks.is_short(u)]
    if post.ref.platform == "x" or "/" not in post.text:
        return []
    return shortlinks.find_short(post.text)


def _urls(text: str) -> list[str]:
    return [m.group(0).rstrip(".,;:!?)") for m in _URL.finditer(text)]


def _host(url: str, default: str) -> str:
    try:
        return (urlsplit(url).hostname or default).lower()
    except ValueError:
        return default


def _vis(value: str) -> Visibility:
    if value == "connections":
        return "connections"
    return "public" if value == "public" else "unknown"


__all__ = ["LIVE", "NO_OPEN_API", "OnlineStage"]
