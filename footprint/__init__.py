"""footprint: what your own social-media exports reveal about where you work.

The public API (imported on first use, so that ``footprint --version`` stays fast)::

    import footprint
    result = footprint.scan(["twitter.zip"], org="uk-police")
    result.signals, result.exposure, result.plan, result.to_dict()
    footprint.check_text("Proud of the team at South Wales Police", org="south-wales-police")

``footprint.platforms.ingest.load(path)`` reads one export into the shared model
(``footprint.model``) for scripts that want the records themselves.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {
    "scan": "footprint.pipeline",
    "ScanOptions": "footprint.pipeline",
    "ScanResult": "footprint.pipeline",
    "OnlineSettings": "footprint.online.settings",
    "check_text": "footprint.pipeline",
    "TextCheck": "footprint.pipeline",
    "Signal": "footprint.signals",
    "Profile": "footprint.profiles",
    "load_profile": "footprint.profiles",
    "load": "footprint.platforms.ingest",
}

__all__ = [
    "OnlineSettings",
    "Profile",
    "ScanOptions",
    "ScanResult",
    "Signal",
    "TextCheck",
    "__version__",
    "check_text",
    "load",
    "load_profile",
    "scan",
]


def __getattr__(name: str) -> Any:
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'footprint' has no attribute {name!r}")
