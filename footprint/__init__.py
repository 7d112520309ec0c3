"""footprint: what your own social-media exports reveal about where you work.

The public API (imported on first use, so that ``footprint --version`` stays fast)::

    from footprint.scan import ScanOptions, scan
    result = scan(["twitter.zip"], ScanOptions(org="uk-police"))
    result.signals, result.exposure, result.plan, result.to_dict()

``footprint.ingest.load(path)`` reads one export into the shared model
(``footprint.model``) for scripts that want the records themselves.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

# ``scan`` the function lives in ``footprint.scan`` the module: the package attribute
# ``footprint.scan`` is the module once it is imported, so import the function from there.
_API = {
    "ScanOptions": "footprint.scan",
    "ScanResult": "footprint.scan",
    "Signal": "footprint.signals",
    "Profile": "footprint.profiles",
    "load_profile": "footprint.profiles",
    "load": "footprint.ingest",
}

__all__ = [
    "Profile",
    "ScanOptions",
    "ScanResult",
    "Signal",
    "__version__",
    "load",
    "load_profile",
]


def __getattr__(name: str) -> Any:
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'footprint' has no attribute {name!r}")
