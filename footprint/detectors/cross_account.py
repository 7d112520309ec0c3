"""Links between the person's accounts: what ties a pseudonym to a name and an employer.

A pseudonymous X account that names nothing is still exposed if its website field
links to a LinkedIn page that names the employer. Found here:

- a website field, bio or profile field linking to a social profile (X, LinkedIn,
  Instagram, Facebook, TikTok, Reddit, Bluesky, a Mastodon ``https://host/@user``
  page): 0.9 when it is another of the accounts scanned, 0.75 otherwise;
- accounts that name each other: LinkedIn's Twitter handles, TikTok's linked
  platforms, Reddit's linked X account, Mastodon's ``alsoKnownAs``: 0.85;
- the same handle on two platforms (an attacker's first search): 0.8;
- the same e-mail address on two accounts (hidden on the platforms, but one breach
  joins them): 0.6.

Each signal reveals ``identity`` and names the other account in ``target`` as
``platform:handle``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.nlp import URL_RE
from footprint.model import Account, Post, ProfileField, Ref
from footprint.platforms import ProfileUrl, info, names
from footprint.registry import detectors
from footprint.signals import Signal, excerpt

_NOT_PROFILES = {
    "home",
    "share",
    "intent",
    "i",
    "search",
    "hashtag",
    "explore",
    "login",
    "settings",
    "about",
    "help",
    "privacy",
    "tos",
    "watch",
    "groups",
    "pages",
}
_NAMING_FIELDS = {"twitter_handle": "x", "also_known_as": None, "linked_account": None}


def profile_link(
    url: str, shapes: tuple[tuple[str, ProfileUrl], ...] | None = None
) -> tuple[str, str] | None:
    """(platform, handle) of a social-profile URL, or None.

    The URL shapes are each platform's own (``Platform.profile_urls``): a platform whose
    host matches owns the URL, and only a URL no specific host claims is tried against
    the open-ended shapes (any Mastodon server's ``https://host/@user``).
    """
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url.strip().rstrip(".,;)"))
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if not host:
        return None
    path = parts.path or "/"
    for plat, shape in shapes if shapes is not None else profile_shapes():
        if shape.host.match(host):
            m = shape.path.match(path)
            if m and m.group(1).lower() not in _NOT_PROFILES:
                return plat, m.group(1) if not shape.open_host else f"{m.group(1)}@{host}"
            if not shape.open_host:
                return None
    return None


def profile_shapes() -> tuple[tuple[str, ProfileUrl], ...]:
    """Every registered platform's profile-URL shapes, open-ended hosts last."""
    found = [(n, shape) for n in names() if (cls := info(n)) for shape in cls.profile_urls]
    return tuple(sorted(found, key=lambda ns: ns[1].open_host))


def handle_key(handle: str) -> str:
    h = handle.strip().lstrip("@").lower()
    return h.split("@")[0] if "@" in h else h


@dataclass(frozen=True, slots=True)
class _Own:
    platform: str
    handle: str | None
    origin: str
    ref: Ref
    name: str | None = None


def squash_name(name: str | None) -> str:
    """'Bethan Carrow' -> 'bethancarrow': how names appear inside handles and slugs."""
    return re.sub(r"[^a-z]", "", (name or "").lower())


@detectors.register("cross_account")
class CrossAccountDetector(Detector):
    name = "cross_account"
    item_types = (Account, ProfileField, Post)
    post_fields = ("urls",)

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.accounts: list[_Own] = []
        self.links: list[
            tuple[str, str, str, Ref, str, str]
        ] = []  # plat, handle, origin, ref, why, evidence
        self.emails: dict[str, list[tuple[str, str, Ref]]] = defaultdict(list)
        self.post_links: list[tuple[str, str, str, Ref, str, str]] = []
        self.previous: list[tuple[str, str, Ref]] = []  # (handle, origin, ref)
        self.shapes = profile_shapes()

    def on_item(self, item: Any, origin: str) -> Iterable[Signal]:
        # Links are only known whole once every account is read: collect now, judge in finish().
        self._collect(item, origin)
        return ()

    def _collect(self, item: Any, origin: str) -> None:
        if isinstance(item, Account):
            self.accounts.append(
                _Own(item.platform, item.handle, origin, item.ref, item.display_name)
            )
            return
        if isinstance(item, Post):
            if item.kind in ("post", "reply", "share", "comment"):
                for url in item.urls:
                    found = profile_link(url, self.shapes)
                    if found:
                        self.post_links.append(
                            (
                                found[0],
                                found[1],
                                origin,
                                item.ref,
                                "a post links to a " + found[0] + " profile",
                                excerpt(url),
                            )
                        )
            return
        if not isinstance(item, ProfileField):
            return
        value = item.value.strip()
        if item.field == "email" and "@" in value:
            self.emails[value.lower()].append((item.ref.platform, origin, item.ref))
        elif item.field == "website" or item.field in ("bio", "profile_field", "summary"):
            urls = (
                [value] if item.field == "website" else [m.group(0) for m in URL_RE.finditer(value)]
            )
            for url in urls:
                found = profile_link(url, self.shapes)
                if found:
                    self.links.append(
                        (
                            found[0],
                            found[1],
                            origin,
                            item.ref,
                            f"the {item.field.replace('_', ' ')} links to a {found[0]} profile",
                            excerpt(url),
                        )
                    )
        elif item.field == "previous_handle" and value:
            self.previous.append((value, origin, item.ref))
        elif item.field in _NAMING_FIELDS:
            found = profile_link(value, self.shapes) if "/" in value else None
            if found is None:
                plat = _NAMING_FIELDS[item.field] or _guess_platform(value)
                found = (plat, value.split(":", 1)[-1].strip()) if plat else None
            if found:
                self.links.append(
                    (
                        found[0],
                        found[1],
                        origin,
                        item.ref,
                        f"the account names another account ({item.field.replace('_', ' ')})",
                        excerpt(value),
                    )
                )

    def _is_own(self, plat: str, handle: str) -> bool:
        """Whether (platform, handle) is one of the scanned accounts.

        LinkedIn exports hold no profile address, so a LinkedIn link counts as the
        person's own when its slug starts with the name on the scanned LinkedIn account.
        """
        for a in self.accounts:
            if a.platform != plat:
                continue
            if a.handle and handle_key(a.handle) == handle_key(handle):
                return True
            name = squash_name(a.name)
            if plat == "linkedin" and len(name) >= 6 and squash_name(handle).startswith(name):
                return True
        return False

    def finish(self) -> Iterator[Signal]:
        for links, own_only in ((self.links, False), (self.post_links, True)):
            for plat, handle, origin, ref, why, evidence in links:
                if plat == ref.platform and self._is_own(plat, handle):
                    continue  # a link to itself
                scanned = self._is_own(plat, handle)
                if own_only and not scanned:
                    continue  # a post linking someone else's profile says nothing of identity
                yield self.signal(
                    ref=ref,
                    kind="cross_account",
                    reveals="identity",
                    matched=f"{plat}:{handle}",
                    why=why + (", one of the accounts scanned" if scanned else ""),
                    evidence=evidence,
                    confidence=(0.9 if scanned else 0.75) - (0.1 if own_only else 0.0),
                    origin=origin,
                    target=f"{plat}:{handle}",
                    item_kind="post" if own_only else "profile",
                )
        for handle, origin, ref in self.previous:
            flat = squash_name(handle)
            for a in self.accounts:
                name = squash_name(a.name)
                if (
                    a.platform != ref.platform
                    and len(name) >= 6
                    and (name in flat or (len(name) > 8 and name[:-2] in flat))
                ):
                    yield self.signal(
                        ref=Ref(ref.platform, ref.file, None, "previous_handle", ref.visibility),
                        kind="cross_account",
                        reveals="identity",
                        matched=handle,
                        why=f"an earlier handle holds the name on the {a.platform} account",
                        evidence=f"@{handle}",
                        confidence=0.7,
                        origin=origin,
                        target=f"{a.platform}:{a.handle or a.name}",
                        item_kind="profile",
                    )
                    break
        by_handle: dict[str, list[_Own]] = defaultdict(list)
        for a in self.accounts:
            if a.handle:
                by_handle[handle_key(a.handle)].append(a)
        for key, accs in by_handle.items():
            plats = {a.platform for a in accs}
            if len(plats) < 2:
                continue
            for a in accs:
                others = sorted(
                    f"{b.platform}:{b.handle}" for b in accs if b.platform != a.platform
                )
                yield self.signal(
                    ref=Ref(a.platform, a.ref.file, None, "handle", "public"),
                    kind="cross_account",
                    reveals="identity",
                    matched=key,
                    why=f"the same handle {key!r} is used on {', '.join(sorted(plats))}",
                    evidence=f"@{a.handle}",
                    confidence=0.8,
                    origin=a.origin,
                    target=others[0],
                    item_kind="profile",
                )
        for email, uses in self.emails.items():
            mail_plats = sorted({p for p, _, _ in uses})
            if len(mail_plats) < 2:
                continue
            for plat, origin, ref in uses:
                other = next(p for p in mail_plats if p != plat)
                yield self.signal(
                    ref=Ref(ref.platform, ref.file, None, "email", ref.visibility),
                    kind="cross_account",
                    reveals="identity",
                    matched="shared e-mail address",
                    why=f"the same e-mail address is on the {', '.join(mail_plats)} accounts",
                    evidence=f"…@{email.rsplit('@', 1)[-1]}",
                    confidence=0.6,
                    origin=origin,
                    target=f"{other}:",
                    item_kind="profile",
                )


def _guess_platform(value: str) -> str | None:
    low = value.lower()
    for plat in (
        "x",
        "twitter",
        "instagram",
        "facebook",
        "linkedin",
        "tiktok",
        "mastodon",
        "bluesky",
        "reddit",
        "youtube",
        "snapchat",
    ):
        if low.startswith(plat + ":") or low.startswith(plat + " "):
            return "x" if plat == "twitter" else plat
    if "@" in value.strip("@"):
        return "mastodon"
    return None
