"""GitHub: a user's public ``name``, ``company``, ``blog``, ``bio`` and ``location``.

A profile website or bio that links to ``https://github.com/<login>`` points at a page
whose *company* field is often the employer. ``GET https://api.github.com/users/<login>``
(REST API, no token) answers with those fields. Without a token GitHub allows 60
requests an hour per address; a 403 or 429 with ``x-ratelimit-remaining: 0`` is
reported as a rate limit.

Sent: the login. Nothing else.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from footprint.online.client import Answer, Client
from footprint.online.remote import RemoteProfile

API = "https://api.github.com/users/"
HEADERS = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"}
LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")
# First path segments of github.com that are pages, not users.
_NOT_USERS = frozenset(
    [
        "about",
        "apps",
        "blog",
        "collections",
        "contact",
        "customer-stories",
        "enterprise",
        "events",
        "explore",
        "features",
        "git-guides",
        "issues",
        "join",
        "login",
        "marketplace",
        "mobile",
        "new",
        "nonprofit",
        "notifications",
        "orgs",
        "organizations",
        "pricing",
        "pulls",
        "readme",
        "search",
        "security",
        "settings",
        "site",
        "sponsors",
        "team",
        "topics",
        "trending",
        "codespaces",
        "copilot",
    ]
)


def login_of(url: str) -> str | None:
    """The login of a ``github.com/<login>`` profile URL, or None."""
    try:
        parts = urlsplit(url if "://" in url else "https://" + url)
    except ValueError:
        return None
    if (parts.hostname or "").lower() not in ("github.com", "www.github.com"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) != 1:
        return None
    login = segments[0]
    if login.lower() in _NOT_USERS or not LOGIN.match(login):
        return None
    return login


def user(client: Client, login: str, cache: bool = True) -> RemoteProfile | None:
    """The public profile of ``login``, or None (the reason is counted)."""
    if not LOGIN.match(login):
        return None
    answer = client.ok(client.get(API + login, headers=HEADERS, cache=cache), _error)
    if answer is None:
        return None
    found = parse_user(answer.json())
    if found is None:
        client.fail(answer.url, "answer not as the API documents (no user)")
    return found


def _error(answer: Answer) -> str:
    if answer.status == 403 and answer.headers.get("x-ratelimit-remaining") == "0":
        return "rate limited (GitHub allows 60 requests an hour without a token)"
    known = {404: "no such user (404)", 410: "account gone (410)"}
    return known.get(answer.status, f"HTTP {answer.status}")


def parse_user(item: Any) -> RemoteProfile | None:
    if not isinstance(item, dict) or not isinstance(item.get("login"), str):
        return None
    login = item["login"]

    def text(key: str) -> str | None:
        value = item.get(key)
        return value.strip() or None if isinstance(value, str) else None

    fields = tuple(
        (label, value)
        for label, value in (
            ("company", text("company")),
            ("website", text("blog")),
            ("location", text("location")),
        )
        if value
    )
    html_url = item.get("html_url")
    return RemoteProfile(
        "github",
        login,
        html_url if isinstance(html_url, str) else f"https://github.com/{login}",
        handle=login,
        display_name=text("name"),
        bio=text("bio"),
        fields=fields,
        account_id=str(item["id"]) if isinstance(item.get("id"), int) else None,
    )


__all__ = ["login_of", "parse_user", "user"]
