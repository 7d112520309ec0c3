"""footprint: what your own social-media exports reveal about where you work."""

from __future__ import annotations

__version__ = "0.1.0"
