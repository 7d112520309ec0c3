"""Mastodon: an account's public profile from its own server.

A Mastodon follow in an export is only an address (``user@server``). The server's public
``GET /api/v1/accounts/lookup?acct=user`` answers with the account: display name, note
(the bio, HTML), profile fields (with ``verified_at`` when the linked site confirms the
link) and the profile URL. For the person's own account,
``GET /api/v1/accounts/:id/statuses`` gives their latest public posts.

Some servers refuse look-ups without a login (401, ``DISALLOW_UNAUTHENTICATED_API_ACCESS``)
and a moved or deleted account is a 404 or 410: each is reported, never guessed.

Sent: the user name, to the server named in the address. Servers named by an IP address,
a private or a reserved domain are not contacted (``footprint.online.remote``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from footprint.exports.dates import parse_any
from footprint.online.client import Answer, Client
from footprint.online.remote import RemotePost, RemoteProfile, public_host
from footprint.platforms.mastodon import html_to_text

ADDRESS = re.compile(r"^@?([A-Za-z0-9_]{1,30})@([A-Za-z0-9.-]+)$")
STATUS_LIMIT = 40  # the API's largest page


def split(address: str) -> tuple[str, str] | None:
    """``("user", "host")`` of ``user@host`` (or ``@user@host``), lower-case host."""
    m = ADDRESS.match(address.strip())
    return (m.group(1), m.group(2).lower()) if m else None


def refusal(address: str) -> str | None:
    """Why ``address`` will not be looked up, or None."""
    parts = split(address)
    if parts is None:
        return "not a Mastodon address"
    return public_host(parts[1])


def lookup(client: Client, address: str, cache: bool = True) -> RemoteProfile | None:
    """The account at ``user@host`` as its server shows it, or None (reason counted)."""
    parts = split(address)
    if parts is None or public_host(parts[1]) is not None:
        return None
    user, host = parts
    answer = client.ok(
        client.get(f"https://{host}/api/v1/accounts/lookup", {"acct": user}, cache=cache), _error
    )
    if answer is None:
        return None
    found = parse_account(answer.json(), f"{user}@{host}")
    if found is None:
        client.fail(answer.url, "answer not as the API documents (no Account)")
    return found


def statuses(client: Client, address: str, account_id: str) -> list[RemotePost] | None:
    """The account's latest public posts and replies (boosts left out), newest first."""
    parts = split(address)
    if parts is None or not account_id.isdigit():
        return None
    host = parts[1]
    answer = client.ok(
        client.get(
            f"https://{host}/api/v1/accounts/{account_id}/statuses",
            {"limit": str(STATUS_LIMIT), "exclude_reblogs": "true"},
            cache=False,
        ),
        _error,
    )
    if answer is None:
        return None
    data = answer.json()
    if not isinstance(data, list):
        client.fail(answer.url, "answer not as the API documents (no list of statuses)")
        return None
    return list(_posts(data))


def _posts(items: list[Any]) -> Iterator[RemotePost]:
    for item in items:
        if not isinstance(item, dict) or item.get("reblog"):
            continue
        uri = item.get("uri")
        content = item.get("content")
        if not isinstance(uri, str) or not isinstance(content, str):
            continue
        text, _ = html_to_text(content)
        url = item.get("url")
        vis = item.get("visibility")
        yield RemotePost(
            uri=uri,
            text=text,
            created_at=parse_any(item.get("created_at")),
            url=url if isinstance(url, str) else None,
            visibility="connections" if vis == "private" else "public",
        )


def parse_account(item: Any, address: str) -> RemoteProfile | None:
    """A Mastodon ``Account`` entity; None when it is not one."""
    if not isinstance(item, dict):
        return None
    acct_id = item.get("id")
    username = item.get("username")
    if not isinstance(acct_id, str) or not isinstance(username, str):
        return None
    fields: list[tuple[str, str]] = []
    verified: list[str] = []
    raw_fields = item.get("fields")
    for entry in raw_fields if isinstance(raw_fields, list) else ():
        if not isinstance(entry, dict):
            continue
        name, value = entry.get("name"), entry.get("value")
        if isinstance(name, str) and isinstance(value, str):
            text = html_to_text(value)[0].strip()
            fields.append((name.strip(), text))
            if entry.get("verified_at"):
                verified.append(text)
    note = item.get("note")
    url = item.get("url")
    display = item.get("display_name")
    return RemoteProfile(
        "mastodon",
        address,
        url if isinstance(url, str) else f"https://{address.split('@')[1]}/@{username}",
        handle=address,
        display_name=display.strip() or None if isinstance(display, str) else None,
        bio=html_to_text(note)[0].strip() or None if isinstance(note, str) else None,
        fields=tuple(fields),
        account_id=acct_id,
        verified=tuple(verified),
    )


def _error(answer: Answer) -> str:
    data = answer.json()
    detail = data.get("error") if isinstance(data, dict) else None
    known = {
        401: "the server allows no look-ups without a login (401)",
        403: "the server refused the look-up (403)",
        404: "no such account (404): moved, deleted or never there",
        410: "the account is gone (410)",
    }
    text = known.get(answer.status, f"HTTP {answer.status}")
    if isinstance(detail, str) and answer.status not in (404, 410):
        text += f": {detail[:100]}"
    return text


__all__ = ["lookup", "parse_account", "refusal", "split", "statuses"]
