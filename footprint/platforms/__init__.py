"""Platform parsers. Importing a module registers it; this list is the registration."""

from __future__ import annotations

from footprint.platforms import (  # noqa: F401  (the registration)
    bluesky,
    facebook,
    google_maps,
    instagram,
    linkedin,
    mastodon,
    reddit,
    snapchat,
    strava,
    tiktok,
    x,
    youtube,
)
from footprint.platforms.base import ParseContext, Platform, PrivateMode, ProfileUrl
from footprint.registry import platforms

# Built-ins in CONTRACT.md's order; plugins follow, by name.
BUILT_IN = (
    "x",
    "facebook",
    "instagram",
    "linkedin",
    "mastodon",
    "bluesky",
    "reddit",
    "tiktok",
    "strava",
    "youtube",
    "google-maps",
    "snapchat",
)
# Names CONTRACT.md reserves for platforms still to be built.
PLANNED = (
    "threads",
    "whatsapp",
    "strava",
    "youtube",
    "google-maps",
    "discord",
    "telegram",
    "snapchat",
)


def names() -> list[str]:
    """Every registered platform's name: built-ins first in CONTRACT.md's order."""
    found = platforms.get_all()
    return [n for n in BUILT_IN if n in found] + sorted(n for n in found if n not in BUILT_IN)


def info(name: str) -> type[Platform] | None:
    """The platform class registered as ``name`` (what footprint knows about it), or None."""
    found: dict[str, type[Platform]] = platforms.get_all()
    return found.get(name)


def title(name: str) -> str:
    """The platform's name for people ("X", "LinkedIn"); an unknown one as given."""
    cls = info(name)
    return cls.title if cls is not None else name


def order(name: str) -> tuple[int, str]:
    """Sort key: CONTRACT.md's order, then plugins by name."""
    return (BUILT_IN.index(name) if name in BUILT_IN else len(BUILT_IN), name)


__all__ = [
    "BUILT_IN",
    "PLANNED",
    "ParseContext",
    "Platform",
    "PrivateMode",
    "ProfileUrl",
    "info",
    "names",
    "order",
    "platforms",
    "title",
]
