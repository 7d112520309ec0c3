"""What the resolvers return, whatever the service: a public profile and its posts.

Also the one rule for hosts taken from an export (a Mastodon follow's server, a linked
profile's host): footprint contacts only public DNS names, never an IP address, a
single-label name, a private or reserved domain (``localhost``, ``.local``,
``.internal``, ``.example``, ``.onion`` ...). An export is input, and input must not
make the user's machine probe their own network.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
# RFC 2606 and 6761 reserved names, mDNS, common private suffixes, and Tor.
_NOT_PUBLIC = (
    "localhost",
    "local",
    "internal",
    "intranet",
    "lan",
    "home",
    "corp",
    "home.arpa",
    "example",
    "invalid",
    "test",
    "onion",
)


def public_host(host: str) -> str | None:
    """None when ``host`` may be contacted, else why not (a few words)."""
    host = host.lower().rstrip(".")
    try:
        ipaddress.ip_address(host.strip("[]"))
        return "an IP address, not contacted"
    except ValueError:
        pass
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return "not a public host name, not contacted"
    if any(host == s or host.endswith("." + s) for s in _NOT_PUBLIC):
        return "a reserved or private domain, not contacted"
    if labels[-1].isdigit():
        return "not a public host name, not contacted"
    return None


@dataclass(frozen=True, slots=True)
class RemoteProfile:
    """A public profile as its service's API gives it today."""

    service: str  # bluesky | mastodon | github
    ident: str  # the DID, user@host or login it was asked for
    url: str  # the profile page
    handle: str | None = None
    display_name: str | None = None
    bio: str | None = None
    fields: tuple[tuple[str, str], ...] = ()  # (label, value): website, company, profile fields
    account_id: str | None = None  # the service's own id (Mastodon's numeric id)
    verified: tuple[str, ...] = ()  # field values whose link the linked site confirms

    def text(self) -> str:
        """The profile as one line of text, for the detectors: name, bio, fields."""
        parts = [p for p in (self.display_name, self.bio) if p]
        parts += [
            f"{label}: {value}" + (" (verified)" if value in self.verified else "")
            for label, value in self.fields
            if value
        ]
        return " · ".join(" ".join(p.split()) for p in parts)


@dataclass(frozen=True, slots=True)
class RemotePost:
    """One of the person's own public posts, as the service shows it today."""

    uri: str  # the same id the export gives the post (CONTRACT.md source.item)
    text: str
    created_at: str | None  # ISO 8601 UTC
    url: str | None = None
    visibility: str = "public"


__all__ = ["RemotePost", "RemoteProfile", "public_host"]
