"""Bluesky: DIDs to handles and names, and a person's live profile and posts.

A Bluesky repository names every account it follows by DID only
(``did:plc:ewvi7nxzyoun6zhxrhs64oiz``). The public AppView
(``public.api.bsky.app``, no account needed) answers ``app.bsky.actor.getProfiles`` for
up to 25 DIDs a request with each one's handle, display name and description. A DID the
AppView does not return (a suspended or deactivated account) is asked of the PLC
directory (``plc.directory``), whose DID document gives the handle (``alsoKnownAs``);
a ``did:web`` is not looked up there, since its document lives on its own host.

For the person's own account, ``app.bsky.actor.getProfile`` and
``app.bsky.feed.getAuthorFeed`` give what a stranger sees today.

Sent: the DIDs, and the person's own DID or handle. Nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from footprint.exports.dates import parse_any
from footprint.online.client import Answer, Client
from footprint.online.remote import RemotePost, RemoteProfile

APPVIEW = "https://public.api.bsky.app/xrpc/"
PLC = "https://plc.directory/"
BATCH = 25  # getProfiles takes at most 25 actors
FEED_LIMIT = 30
DID = re.compile(r"^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]+\.[a-z]{2,})$")
_WEB = "https://bsky.app/profile/"


def profiles(client: Client, dids: Iterable[str]) -> dict[str, RemoteProfile]:
    """DID -> profile for as many of ``dids`` as could be resolved."""
    wanted = [d for d in dict.fromkeys(dids) if DID.match(d)]
    found: dict[str, RemoteProfile] = {}
    answered: set[str] = set()
    for batch in _chunks(wanted, BATCH):
        answer = client.ok(
            client.get(APPVIEW + "app.bsky.actor.getProfiles", {"actors": batch}), xrpc_error
        )
        if answer is None:
            continue
        data = answer.json()
        items = data.get("profiles") if isinstance(data, dict) else None
        if not isinstance(items, list):
            client.fail(answer.url, "answer not as the API documents (no 'profiles' list)")
            continue
        answered.update(batch)
        for item in items:
            profile = parse_profile(item)
            if profile is not None and profile.ident in batch:
                found[profile.ident] = profile
    # The AppView leaves out accounts it will not show; their DID documents still name them.
    for did in wanted:
        if did in answered and did not in found and did.startswith("did:plc:"):
            profile = plc_profile(client, did)
            if profile is not None:
                found[did] = profile
    return found


def plc_profile(client: Client, did: str) -> RemoteProfile | None:
    """The handle a DID document claims (``alsoKnownAs: ["at://<handle>"]``)."""
    answer = client.ok(client.get(PLC + did), _plc_error)
    if answer is None:
        return None
    doc = answer.json()
    if not isinstance(doc, dict) or doc.get("id") != did:
        client.fail(answer.url, "answer not as the PLC directory documents (no DID document)")
        return None
    aka = doc.get("alsoKnownAs")
    names = (
        [a[5:] for a in aka if isinstance(a, str) and a.startswith("at://")]
        if isinstance(aka, list)
        else []
    )
    handle = names[0] if names else None
    return RemoteProfile("bluesky", did, _WEB + did, handle=handle, account_id=did)


def profile(client: Client, actor: str) -> RemoteProfile | None:
    """One account's live profile (by DID or handle), never from the cache."""
    answer = client.ok(
        client.get(APPVIEW + "app.bsky.actor.getProfile", {"actor": actor}, cache=False),
        xrpc_error,
    )
    if answer is None:
        return None
    found = parse_profile(answer.json())
    if found is None:
        client.fail(answer.url, "answer not as the API documents (no profile)")
    return found


def author_feed(client: Client, did: str) -> list[RemotePost] | None:
    """The account's latest own posts and replies (reposts left out), newest first."""
    answer = client.ok(
        client.get(
            APPVIEW + "app.bsky.feed.getAuthorFeed",
            {"actor": did, "limit": str(FEED_LIMIT)},
            cache=False,
        ),
        xrpc_error,
    )
    if answer is None:
        return None
    data = answer.json()
    feed = data.get("feed") if isinstance(data, dict) else None
    if not isinstance(feed, list):
        client.fail(answer.url, "answer not as the API documents (no 'feed' list)")
        return None
    return list(_own_posts(feed, did))


def _own_posts(feed: list[Any], did: str) -> Iterator[RemotePost]:
    for entry in feed:
        if not isinstance(entry, dict) or entry.get("reason") is not None:
            continue  # a repost of someone else's post
        post = entry.get("post")
        if not isinstance(post, dict):
            continue
        author = post.get("author")
        uri = post.get("uri")
        record = post.get("record")
        if not (isinstance(author, dict) and author.get("did") == did):
            continue
        if not isinstance(uri, str) or not isinstance(record, dict):
            continue
        text = record.get("text")
        rkey = uri.rsplit("/", 1)[-1]
        yield RemotePost(
            uri=uri,
            text=text if isinstance(text, str) else "",
            created_at=parse_any(record.get("createdAt")),
            url=f"{_WEB}{did}/post/{rkey}",
        )


def parse_profile(item: Any) -> RemoteProfile | None:
    """A ``profileViewDetailed`` (or ``profileView``); None when it is not one."""
    if not isinstance(item, dict):
        return None
    did = item.get("did")
    if not isinstance(did, str) or not did.startswith("did:"):
        return None
    handle = item.get("handle")
    if not isinstance(handle, str) or handle == "handle.invalid":
        handle = None  # the AppView's placeholder when the handle does not verify
    return RemoteProfile(
        "bluesky",
        did,
        _WEB + (handle or did),
        handle=handle,
        display_name=_text(item.get("displayName")),
        bio=_text(item.get("description")),
        account_id=did,
    )


def xrpc_error(answer: Answer) -> str:
    """An XRPC error answer in a few words: ``{"error": ..., "message": ...}``."""
    data = answer.json()
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        message = data.get("message")
        detail = f": {message}" if isinstance(message, str) and message else ""
        return f"{data['error']} ({answer.status}){detail}"[:160]
    return f"HTTP {answer.status}, answer not as the API documents"


def _plc_error(answer: Answer) -> str:
    known = {404: "DID not registered (404)", 410: "DID deactivated (410)"}
    if answer.status in known:
        return known[answer.status]
    data = answer.json()
    msg = data.get("message") if isinstance(data, dict) else None
    return f"HTTP {answer.status}" + (f": {msg[:120]}" if isinstance(msg, str) else "")


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


__all__ = ["APPVIEW", "BATCH", "DID", "PLC", "author_feed", "profile", "profiles"]
