"""The careful client: what every request carries, retries, the cap, pacing, the cache,
and every kind of failure as a counted problem, never an exception."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from footprint.online.client import CACHE_MAX_AGE, TIMEOUT, USER_AGENT, Client
from tests.online.conftest import FakeClock


class Adapter(BaseAdapter):
    """A transport that records what it is asked and answers (or raises) as told."""

    def __init__(self, answer: Callable[[requests.PreparedRequest], Any]) -> None:
        super().__init__()
        self.answer = answer
        self.calls: list[tuple[requests.PreparedRequest, Any, Any]] = []

    def send(  # type: ignore[override]
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> requests.Response:
        self.calls.append((request, timeout, proxies))
        outcome = self.answer(request)
        if isinstance(outcome, BaseException):
            raise outcome
        status, body, *more = outcome
        resp = requests.Response()
        resp.status_code = status
        resp.raw = io.BytesIO(body.encode())
        resp.headers = CaseInsensitiveDict(
            {"content-type": "application/json", **(more or [{}])[0]}
        )
        resp.url = request.url or ""
        resp.request = request
        resp.encoding = "utf-8"
        return resp

    def close(self) -> None:
        pass


def with_adapter(
    make_client: Callable[..., Client], answer: Callable[[Any], Any], **kwargs: Any
) -> tuple[Client, Adapter]:
    adapter = Adapter(answer)
    session = requests.Session()
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return make_client(session=session, **kwargs), adapter


def test_every_request_names_footprint_has_timeouts_and_sends_no_body(
    make_client: Callable[..., Client],
) -> None:
    client, adapter = with_adapter(make_client, lambda r: (200, "{}"))
    client.get("https://api.github.com/users/octocat", headers={"Accept": "x"})
    client.get("https://t.co/abc", method="HEAD", follow=False)
    client.get("https://public.api.bsky.app/xrpc/x", {"actors": ["did:plc:a", "did:plc:b"]})
    assert len(adapter.calls) == 3
    for request, timeout, _ in adapter.calls:
        assert request.headers["User-Agent"] == USER_AGENT
        assert "footprint" in USER_AGENT
        assert timeout == TIMEOUT and all(t > 0 for t in TIMEOUT)
        assert request.body is None
        assert request.method in ("GET", "HEAD")
    assert adapter.calls[2][0].url == (
        "https://public.api.bsky.app/xrpc/x?actors=did%3Aplc%3Aa&actors=did%3Aplc%3Ab"
    )
    assert dict(client.hosts) == {"api.github.com": 1, "t.co": 1, "public.api.bsky.app": 1}


def test_the_proxy_option_wins_over_the_proxy_variables(
    make_client: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://from-env.proxy.test:3128")
    client, adapter = with_adapter(make_client, lambda r: (200, "{}"))
    client.get("https://t.co/abc")
    assert adapter.calls[-1][2]["https"] == "http://from-env.proxy.test:3128"
    client, adapter = with_adapter(
        make_client, lambda r: (200, "{}"), proxy="socks5h://127.0.0.1:9050"
    )
    client.get("https://t.co/abc")
    assert adapter.calls[-1][2]["https"] == "socks5h://127.0.0.1:9050"


@pytest.mark.parametrize(
    ("error", "reason", "asked_again"),
    [
        (requests.exceptions.SSLError("certificate verify failed"), "TLS error", False),
        (requests.exceptions.ConnectTimeout("timed out"), "connection timed out", False),
        (requests.exceptions.ReadTimeout("read timed out"), "read timeout", True),
        (requests.exceptions.ProxyError("proxy said no"), "the proxy failed", False),
        (requests.exceptions.ConnectionError("refused"), "could not connect", False),
        (requests.exceptions.ChunkedEncodingError("cut"), "request failed", True),
    ],
)
def test_a_failure_is_counted_never_raised(
    make_client: Callable[..., Client], error: Exception, reason: str, asked_again: bool
) -> None:
    client, adapter = with_adapter(make_client, lambda r: error)
    assert client.get("https://mastodon.social/api/v1/accounts/lookup?acct=a") is None
    assert client.get("https://mastodon.social/api/v1/accounts/lookup?acct=b") is None
    # A host that cannot be reached is not asked again in this scan; a slow answer may be.
    assert len(adapter.calls) == (2 if asked_again else 1)
    [line, *rest] = client.problems()
    assert line.startswith("mastodon.social: ") and reason in line
    assert bool(rest) != asked_again
    assert all("; not tried again (1 look-up)" in r for r in rest)


def test_no_network_is_a_problem_per_host(
    make_client: Callable[..., Client], network_down: list[str]
) -> None:
    client = make_client()
    assert client.get("https://t.co/abc", method="HEAD", follow=False) is None
    assert client.get("https://t.co/def", method="HEAD", follow=False) is None
    assert network_down == ["t.co"]  # asked once, not retried, not asked again
    assert client.problems() == [
        "t.co: DNS lookup failed (is the network down?) (1 look-up)",
        "t.co: DNS lookup failed (is the network down?); not tried again (1 look-up)",
    ]


def test_the_cap_is_hard(make_client: Callable[..., Client]) -> None:
    client, adapter = with_adapter(make_client, lambda r: (200, "{}"), max_requests=2)
    answers = [client.get(f"https://api.github.com/users/u{i}") for i in range(4)]
    assert [a is not None for a in answers] == [True, True, False, False]
    assert len(adapter.calls) == 2
    assert client.problems() == [
        "the cap of 2 requests (--max-requests) was reached: 2 look-ups were not made"
    ]


def test_handle_checks_have_their_own_cap(make_client: Callable[..., Client]) -> None:
    client, _adapter = with_adapter(
        make_client, lambda r: (200, "{}"), max_requests=5, max_handle_checks=1
    )
    assert client.get("https://api.github.com/users/a", pool="handles") is not None
    assert client.get("https://api.github.com/users/b", pool="handles") is None
    assert client.get("https://api.github.com/users/c") is not None
    assert client.pools["handles"].refused == 1 and client.pools["lookups"].refused == 0
    assert "--max-handle-checks" in client.problems()[0]


@pytest.mark.vcr("retry_after.yaml")
def test_429_is_retried_after_the_wait_the_server_asks(
    make_client: Callable[..., Client], clock: FakeClock
) -> None:
    client = make_client()
    answer = client.get(
        "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=alice.bsky.social"
    )
    assert answer is not None and answer.status == 200
    assert clock.slept == [2.0]  # Retry-After: 2
    assert client.hosts["public.api.bsky.app"] == 2  # a retry is a request
    assert client.problems() == []


@pytest.mark.vcr("retry_after.yaml")
def test_no_retry_beyond_the_cap(make_client: Callable[..., Client], clock: FakeClock) -> None:
    client = make_client(max_requests=1)
    url = "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=alice.bsky.social"
    assert client.get(url) is None
    assert clock.slept == []
    assert client.requests_made == 1
    assert client.problems() == [
        "public.api.bsky.app: rate limited (429, Retry-After 2) (1 look-up)"
    ]


@pytest.mark.vcr("long_wait.yaml")
def test_a_long_retry_after_is_not_waited_for(
    make_client: Callable[..., Client], clock: FakeClock
) -> None:
    client = make_client()
    url = "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=alice.bsky.social"
    assert client.get(url) is None
    assert clock.slept == []
    assert client.problems() == [
        "public.api.bsky.app: rate limited (429, Retry-After 3600) (1 look-up)"
    ]


@pytest.mark.vcr("server_errors.yaml")
def test_5xx_is_retried_with_backoff(make_client: Callable[..., Client], clock: FakeClock) -> None:
    client = make_client()
    answer = client.get("https://mastodon.social/api/v1/accounts/lookup?acct=alice")
    assert answer is not None and answer.status == 200
    assert json.loads(answer.text)["acct"] == "alice"
    assert client.hosts["mastodon.social"] == 3
    assert clock.slept == [1.0]  # urllib3: no pause before the first retry, then 0.5 * 2
    assert client.problems() == []


@pytest.mark.vcr("server_down.yaml")
def test_a_server_that_stays_down_is_left_alone(make_client: Callable[..., Client]) -> None:
    client = make_client()
    url = "https://mastodon.social/api/v1/accounts/lookup?acct=alice"
    assert client.get(url) is None
    assert client.get(url.replace("alice", "bob")) is None
    assert client.hosts["mastodon.social"] == 3
    assert client.problems() == [
        "mastodon.social: server error (503) (1 look-up)",
        "mastodon.social: server error (503); not tried again (1 look-up)",
    ]


@pytest.mark.vcr("redirects.yaml")
def test_redirects_on_the_same_host_only(make_client: Callable[..., Client]) -> None:
    client = make_client()
    renamed = client.get("https://api.github.com/users/old-name")
    assert renamed is not None and json.loads(renamed.text)["login"] == "new-name"
    assert client.get("https://api.github.com/users/loop-a") is None
    assert client.get("https://api.github.com/users/elsewhere") is None
    assert "tracker.example.net" not in client.hosts
    assert client.problems() == [
        "api.github.com: redirect loop (1 look-up)",
        "api.github.com: redirected to another host (tracker.example.net), not followed "
        "(1 look-up)",
    ]


@pytest.mark.vcr("cache_first.yaml")
def test_the_cache_is_used_only_when_given(
    make_client: Callable[..., Client], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "cwd"
    home = tmp_path / "home"
    work.mkdir()
    home.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(home))
    cache = tmp_path / "cache"
    url = "https://api.github.com/users/octocat"
    first = make_client(cache_dir=cache)
    assert first.get(url) is not None
    # The cassette holds one answer: a second request would fail the test.
    second = make_client(cache_dir=cache)
    answer = second.get(url)
    assert answer is not None and answer.from_cache and "octocat" in answer.text
    assert second.requests_made == 0 and second.from_cache == 1
    # Written only under --cache: nothing in the working folder or the home folder.
    assert list(work.iterdir()) == [] and list(home.iterdir()) == []
    assert len([p for p in cache.rglob("*") if p.is_file()]) == 1


@pytest.mark.vcr("nothing.yaml")
def test_old_or_damaged_cache_entries_are_misses(
    make_client: Callable[..., Client], tmp_path: Path
) -> None:
    client = make_client(cache_dir=tmp_path)
    key = "GET https://api.github.com/users/octocat"
    path = client._cache_path(key)
    assert path is not None
    path.parent.mkdir(parents=True)
    entry = {
        "key": key,
        "at": 1_700_000_000.0 - CACHE_MAX_AGE - 1,
        "url": "u",
        "status": 200,
        "headers": {},
        "text": "{}",
    }
    path.write_text(json.dumps(entry), encoding="utf-8")
    assert client._cache_get(key) is None
    entry["at"] = 1_700_000_000.0
    path.write_text(json.dumps(entry), encoding="utf-8")
    assert client._cache_get(key) is not None
    path.write_text("{not json", encoding="utf-8")
    assert client._cache_get(key) is None


@pytest.mark.vcr("pace.yaml")
def test_requests_to_one_host_are_paced(
    make_client: Callable[..., Client], clock: FakeClock
) -> None:
    client = make_client()
    assert client.get("https://api.github.com/users/one") is not None
    assert client.get("https://plc.directory/did:plc:abcdefghijklmnopqrstuvwx") is not None
    assert clock.slept == []  # another host: no wait
    assert client.get("https://api.github.com/users/two") is not None
    assert clock.slept == [0.25]


def test_only_web_addresses_are_requested(make_client: Callable[..., Client]) -> None:
    client, adapter = with_adapter(make_client, lambda r: (200, "{}"))
    assert client.get("file:///etc/passwd") is None
    assert client.get("ftp://example.org/x") is None
    assert adapter.calls == []
