"""The resolvers, one per service, against cassettes written from their API docs:
Bluesky (AppView and PLC directory), Mastodon (account look-up, statuses), GitHub."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from footprint.online import bluesky, github, mastodon
from footprint.online.client import Client
from footprint.online.remote import public_host

DIDS: list[str] = []  # the thirty follows of bluesky_batches.yaml, in its order


def _dids() -> list[str]:
    if not DIDS:
        import hashlib

        alphabet = "abcdefghijklmnopqrstuvwxyz234567"
        for i in range(30):
            digest = hashlib.sha256(f"follow-{i}".encode()).digest()
            DIDS.append("did:plc:" + "".join(alphabet[b % 32] for b in digest[:24]))
    return DIDS


@pytest.mark.vcr("bluesky_batches.yaml")
def test_bluesky_follows_resolve_25_at_a_time(make_client: Callable[..., Client]) -> None:
    client = make_client()
    dids = _dids()
    found = bluesky.profiles(client, dids + dids[:5] + ["not-a-did", "did:plc:TOOSHORT"])
    assert client.hosts == {"public.api.bsky.app": 2, "plc.directory": 1}
    assert len(found) == 29  # the eighth is gone: the AppView omits it, PLC says 410
    assert found[dids[0]].handle == "walker0.bsky.social"
    assert found[dids[0]].display_name == "Walker 0"
    assert found[dids[3]].handle is None  # "handle.invalid": unverified, not a name
    assert dids[7] not in found
    assert client.problems() == ["plc.directory: DID deactivated (410) (1 look-up)"]


@pytest.mark.vcr("bluesky_errors.yaml")
def test_bluesky_answers_that_are_not_results(make_client: Callable[..., Client]) -> None:
    client = make_client()
    assert bluesky.profiles(client, ["did:plc:" + "a" * 24]) == {}
    assert bluesky.profiles(client, ["did:plc:" + "b" * 24]) == {}
    assert bluesky.profiles(client, ["did:plc:" + "c" * 24]) == {}
    assert bluesky.profile(client, "did:plc:" + "d" * 24) is None
    assert bluesky.author_feed(client, "did:plc:" + "e" * 24) is None
    assert bluesky.author_feed(client, "did:plc:" + "f" * 24) is None
    host = "public.api.bsky.app"
    assert client.problems() == [
        f"{host}: InvalidRequest (400): Error: actors/0 must be a valid did or a handle"
        " (1 look-up)",
        f"{host}: answer not as the API documents (no 'profiles' list) (1 look-up)",
        "plc.directory: DID not registered (404) (1 look-up)",
        f"{host}: InvalidRequest (400): Profile not found (1 look-up)",
        f"{host}: BlockedActor (400): Requester has blocked actor (1 look-up)",
        f"{host}: answer not as the API documents (no 'feed' list) (1 look-up)",
    ]


@pytest.mark.vcr("mastodon.yaml")
def test_mastodon_lookup(make_client: Callable[..., Client]) -> None:
    client = make_client()
    found = mastodon.lookup(client, "@northshirepolice@toot.wales")
    assert found is not None
    assert found.display_name == "Northshire Constabulary"
    assert (
        found.bio == "Official account. Do not report crime here: call 101, or 999 in an emergency."
    )
    assert found.fields == (
        ("Website", "https://www.northshire.police.example"),
        ("Emergency", "999"),
    )
    assert found.verified == ("https://www.northshire.police.example",)
    assert found.url == "https://toot.wales/@northshirepolice"
    assert found.account_id == "109316184551320474"
    posts = mastodon.statuses(client, "northshirepolice@toot.wales", found.account_id)
    assert posts is not None
    assert [(p.text, p.visibility) for p in posts] == [
        ("Appeal: have you seen this bike? #Northshire", "public"),
        ("Followers only: shift briefing moved.", "connections"),
    ]
    assert posts[0].uri == "https://toot.wales/users/northshirepolice/statuses/112045100000000001"
    assert posts[0].created_at == "2024-03-04T18:00:00Z"


@pytest.mark.vcr("mastodon.yaml")
def test_mastodon_lookups_that_fail(make_client: Callable[..., Client]) -> None:
    client = make_client()
    for address in (
        "nobodyhere@toot.wales",
        "private@mastodon.scot",
        "suspended@mas.to",
        "odd@fosstodon.org",
    ):
        assert mastodon.lookup(client, address) is None, address
    assert client.problems() == [
        "toot.wales: no such account (404): moved, deleted or never there (1 look-up)",
        "mastodon.scot: the server allows no look-ups without a login (401): "
        "This API requires an authenticated user (1 look-up)",
        "mas.to: the account is gone (410) (1 look-up)",
        "fosstodon.org: answer not as the API documents (no Account) (1 look-up)",
    ]


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("someone@mastodon.social", None),
        ("@someone@toot.wales", None),
        ("someone@localhost", "not a public host name, not contacted"),
        ("someone@127.0.0.1", "an IP address, not contacted"),
        ("someone@social.example", "a reserved or private domain, not contacted"),
        ("someone@files.corp.internal", "a reserved or private domain, not contacted"),
        ("someone@printer.local", "a reserved or private domain, not contacted"),
        ("someone@abc.onion", "a reserved or private domain, not contacted"),
        ("someone", "not a Mastodon address"),
        ("some one@mastodon.social", "not a Mastodon address"),
    ],
)
def test_mastodon_servers_from_an_export_are_checked_before_contact(
    address: str, refused: str | None
) -> None:
    assert mastodon.refusal(address) == refused


@pytest.mark.parametrize(
    ("host", "ok"),
    [
        ("public.api.bsky.app", True),
        ("mastodon.org.uk", True),
        ("10.0.0.1", False),
        ("[::1]", False),
        ("intranet", False),
        ("router.home.arpa", False),
        ("a..b", False),
        ("-bad.example.org", False),
    ],
)
def test_public_hosts(host: str, ok: bool) -> None:
    assert (public_host(host) is None) is ok


@pytest.mark.vcr("github.yaml")
def test_github_user(make_client: Callable[..., Client]) -> None:
    client = make_client()
    user = github.user(client, "rhi-maps")
    assert user is not None
    assert user.display_name == "Rhiannon P."
    assert ("company", "Northshire Constabulary") in user.fields
    assert "Northshire Constabulary" in user.text()
    assert github.user(client, "no-such-user-here") is None
    assert github.user(client, "later") is None
    assert github.user(client, "not a login!") is None  # never sent
    assert client.hosts == {"api.github.com": 3}
    assert client.problems() == [
        "api.github.com: no such user (404) (1 look-up)",
        "api.github.com: rate limited (GitHub allows 60 requests an hour without a token)"
        " (1 look-up)",
    ]


@pytest.mark.parametrize(
    ("url", "login"),
    [
        ("https://github.com/rhi-maps", "rhi-maps"),
        ("github.com/rhi-maps/", "rhi-maps"),
        ("https://www.github.com/Octocat", "Octocat"),
        ("https://github.com/rhi-maps/some-repo", None),
        ("https://github.com/features", None),
        ("https://github.com/orgs", None),
        ("https://gist.github.com/rhi-maps", None),
        ("https://github.com/-bad-", None),
        ("https://example.org/rhi-maps", None),
    ],
)
def test_github_profile_urls(url: str, login: str | None) -> None:
    assert github.login_of(url) == login


def test_cassettes_send_only_identifiers() -> None:
    """Every request any cassette holds is a GET or HEAD without a body."""
    import yaml

    root = Path(__file__).resolve().parents[1] / "cassettes"
    files = sorted(root.rglob("*.yaml"))
    assert files
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for interaction in data["interactions"]:
            request = interaction["request"]
            assert request["method"] in ("GET", "HEAD"), path
            assert request["body"] is None, path
            json.dumps(request)  # plain data


def test_mastodon_lookup_refuses_private_hosts_itself(make_client: Callable[..., Client]) -> None:
    from tests.online.test_client import with_adapter

    client, adapter = with_adapter(make_client, lambda r: (200, "{}"))
    for address in ("someone@localhost", "someone@10.1.2.3", "someone@wiki.corp.internal"):
        assert mastodon.lookup(client, address) is None
    assert adapter.calls == []
