"""Platform parsers. Importing a module registers it; this list is the registration."""

from __future__ import annotations

from footprint.platforms import (  # noqa: F401  (the registration)
    bluesky,
    facebook,
    instagram,
    linkedin,
    mastodon,
    reddit,
    tiktok,
    x,
)
from footprint.platforms.base import ParseContext, Platform
from footprint.registry import platforms

__all__ = ["ParseContext", "Platform", "platforms"]
