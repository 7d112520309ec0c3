"""The options of ``--online`` and ``--check-handles``, recorded in the report.

This module imports nothing that touches the network: the pipeline reads it on every
scan, and only a scan with ``online=True`` imports the client (``footprint.online.run``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from footprint.errors import UsageError

# A scan's look-ups: a few batches of Bluesky profiles, a handful of short links and
# profiles. Enough for a typical person; a follow list of thousands needs more, and
# --max-requests says so.
DEFAULT_MAX_REQUESTS = 300
# Thirty-odd sites for two or three handles.
DEFAULT_MAX_HANDLE_CHECKS = 120
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


@dataclass(frozen=True, slots=True)
class OnlineSettings:
    """What ``--cache``, ``--max-requests``, ``--check-handles``, ``--max-handle-checks``,
    ``--sites`` and ``--proxy`` set. They apply only with ``online=True``."""

    cache: str | None = None  # a folder for cached look-ups; None: nothing is written
    max_requests: int = DEFAULT_MAX_REQUESTS
    check_handles: bool = False
    max_handle_checks: int = DEFAULT_MAX_HANDLE_CHECKS
    sites: str | None = None  # a WhatsMyName-format file instead of the shipped list
    proxy: str | None = None  # http(s):// or socks5:// URL; the usual variables apply too

    def to_dict(self) -> dict[str, Any]:
        return {
            "cache": self.cache,
            "max_requests": self.max_requests,
            "check_handles": self.check_handles,
            "max_handle_checks": self.max_handle_checks,
            "sites": self.sites,
            "proxy": redact_proxy(self.proxy),
        }

    def is_default(self) -> bool:
        return self == OnlineSettings()

    def check(self, online: bool) -> None:
        """Refuse settings that cannot apply: every one of them needs ``--online``."""
        if not online and not self.is_default():
            given = [
                name
                for name, value, default in (
                    ("--cache", self.cache, None),
                    ("--max-requests", self.max_requests, DEFAULT_MAX_REQUESTS),
                    ("--check-handles", self.check_handles, False),
                    ("--max-handle-checks", self.max_handle_checks, DEFAULT_MAX_HANDLE_CHECKS),
                    ("--sites", self.sites, None),
                    ("--proxy", self.proxy, None),
                )
                if value != default
            ]
            raise UsageError(
                f"{', '.join(given)} only apply with --online: without it footprint makes no "
                "network connection at all"
            )
        if self.max_requests < 1:
            raise UsageError("--max-requests must be at least 1")
        if self.max_handle_checks < 1:
            raise UsageError("--max-handle-checks must be at least 1")
        if self.proxy is not None:
            parts = urlsplit(self.proxy)
            try:
                port_ok = parts.port is None or parts.port > 0
            except ValueError:
                port_ok = False
            if parts.scheme.lower() not in PROXY_SCHEMES or not parts.hostname or not port_ok:
                raise UsageError(
                    f"--proxy {redact_proxy(self.proxy)!r}: give a URL such as "
                    "http://proxy.example:3128 or socks5h://127.0.0.1:9050"
                )


def redact_proxy(proxy: str | None) -> str | None:
    """The proxy without its password: reports are shared, credentials are not."""
    if proxy is None:
        return None
    parts = urlsplit(proxy)
    if "@" not in parts.netloc:
        return proxy
    return f"{parts.scheme}://***@{parts.netloc.rsplit('@', 1)[1]}"


__all__ = ["DEFAULT_MAX_HANDLE_CHECKS", "DEFAULT_MAX_REQUESTS", "OnlineSettings", "redact_proxy"]
