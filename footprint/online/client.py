"""The careful client: every request footprint makes goes through one :class:`Client`.

- One ``requests.Session``, with a User-Agent naming footprint, and a connect and a read
  timeout on every call.
- Retries with backoff on 429 and 5xx through urllib3's ``Retry``, honouring
  ``Retry-After`` up to :data:`MAX_WAIT` seconds; a server that asks for a longer wait
  is left alone and the look-up is reported as rate-limited, not waited for.
- A per-host rate limit (a pause between two requests to the same host).
- A hard cap on requests per scan, one pool per purpose (``lookups`` for
  ``--max-requests``, ``handles`` for ``--max-handle-checks``); a retry counts as a
  request, and no retry is made once the pool is spent.
- Only GET and HEAD, without a body: identifiers and URLs leave the machine, nothing else.
- Redirects are followed only on the same host (a renamed GitHub user); one to another
  host, and a loop, are reported.
- Answers cached only under an explicit ``--cache DIR`` (CONTRACT.md: nothing is written
  but what the user asks for), for :data:`CACHE_MAX_AGE`; the person's own live profile
  is never read from the cache.
- A failure (no network, DNS, TLS, timeout, refused connection, a proxy error) never
  raises: the call returns ``None`` and the failure is counted per host and reason for
  the report's ``online.problems``. After a connection-level failure the host is not
  tried again in this scan.

Every host contacted, and how many requests each got, is in :attr:`Client.hosts`.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, NewConnectionError, ResponseError
from urllib3.util.retry import Retry

from footprint import __version__

USER_AGENT = (
    f"footprint/{__version__} (opt-in --online check of a person's own social-media exports)"
)
TIMEOUT = (5.0, 15.0)  # connect, read: seconds
RETRIES = 2
BACKOFF = 0.5  # seconds: 0.5, 1, 2 ... between retries without Retry-After
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_WAIT = 30.0  # the longest Retry-After honoured; a longer one is a problem, not a stall
MAX_REDIRECTS = 3  # same-host redirects followed by get()
CACHE_MAX_AGE = 7 * 24 * 3600  # a week: names and short links change slowly
MAX_BODY = 1 << 20  # the largest answer read; API answers are a few kB
# Pause between two requests to one host: polite to small Mastodon servers and well
# inside the published limits (Bluesky's AppView: 3,000 per 5 minutes per address).
HOST_INTERVAL = {"lookups": 0.25, "handles": 1.0}
# Answers worth keeping besides 2xx: redirects (short links) and "no such account".
_CACHED_ERRORS = frozenset({301, 302, 303, 307, 308, 404, 410})


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP answer, read whole (up to ``MAX_BODY``) and closed."""

    status: int
    url: str
    headers: Mapping[str, str]  # lower-cased names
    text: str
    from_cache: bool = False

    @property
    def location(self) -> str | None:
        """Where a redirect points, made absolute."""
        loc = self.headers.get("location")
        return urljoin(self.url, loc) if loc else None

    def json(self) -> Any:
        """The body as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.text)
        except ValueError:
            return None


@dataclass
class Pool:
    """A budget of requests for one purpose."""

    name: str
    limit: int
    used: int = 0
    refused: int = 0  # look-ups not made because the budget was spent

    def has_room(self) -> bool:
        return self.used < self.limit


@dataclass
class _Hooks:
    """What the retry policy asks of the client, shared by every copy urllib3 makes."""

    may_retry: Callable[[str], bool]
    count: Callable[[str], None]
    sleep: Callable[[float], None]


class _Retry(Retry):
    """urllib3's Retry, told about the request budget and the injectable clock.

    ``increment`` is called before each retry: a retry that would exceed the budget, or
    a Retry-After longer than ``MAX_WAIT``, ends the retries there (the last answer is
    returned as it is, since ``raise_on_status`` is off).
    """

    hooks: _Hooks | None = None

    def new(self, **kw: Any) -> _Retry:
        fresh = super().new(**kw)
        fresh.hooks = self.hooks
        return fresh

    def increment(
        self, method: str | None = None, url: str | None = None, *args: Any, **kwargs: Any
    ) -> _Retry:
        response = kwargs.get("response") or (args[0] if args else None)
        error = kwargs.get("error") or (args[1] if len(args) > 1 else None)
        pool = kwargs.get("_pool") or (args[2] if len(args) > 2 else None)
        host = getattr(pool, "host", None) or ""
        if isinstance(error, NewConnectionError):
            # A failed name look-up or a refused connection (urllib3 files both under
            # connect timeouts): asking again at once will not help.
            raise MaxRetryError(pool, url or "", error)  # type: ignore[arg-type]
        if response is not None:
            wait = self.get_retry_after(response)
            if wait is not None and wait > MAX_WAIT:
                raise MaxRetryError(pool, url or "", ResponseError(f"Retry-After {wait:.0f} s"))  # type: ignore[arg-type]
        if self.hooks is not None and not self.hooks.may_retry(host):
            raise MaxRetryError(pool, url or "", ResponseError("request budget spent"))  # type: ignore[arg-type]
        fresh = super().increment(method, url, *args, **kwargs)
        if self.hooks is not None:
            self.hooks.count(host)
        return fresh

    def sleep(self, response: Any = None) -> None:
        wait = self.get_retry_after(response) if response is not None else None
        if wait is None:
            wait = self.get_backoff_time()
        if wait > 0:
            (self.hooks.sleep if self.hooks is not None else time.sleep)(min(wait, MAX_WAIT))


@dataclass
class Client:
    """The one way footprint talks to the network. See the module docstring."""

    max_requests: int
    max_handle_checks: int = 0
    cache_dir: Path | None = None
    proxy: str | None = None
    session: requests.Session | None = None
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    wall_clock: Callable[[], float] = time.time
    host_interval: Mapping[str, float] = field(default_factory=lambda: dict(HOST_INTERVAL))
    hosts: Counter[str] = field(default_factory=Counter)
    failures: Counter[tuple[str, str]] = field(default_factory=Counter)
    from_cache: int = 0
    pools: dict[str, Pool] = field(default_factory=dict)
    _down: dict[str, str] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _current: str = "lookups"

    def __post_init__(self) -> None:
        self.pools = {
            "lookups": Pool("lookups", self.max_requests),
            "handles": Pool("handles", self.max_handle_checks),
        }
        if self.session is None:
            self.session = requests.Session()
            retry = _Retry(
                total=RETRIES,
                connect=1,
                read=1,
                other=0,  # DNS failures, refused connections: retrying will not help
                status=RETRIES,
                backoff_factor=BACKOFF,
                status_forcelist=RETRY_STATUSES,
                allowed_methods=frozenset({"GET", "HEAD"}),
                respect_retry_after_header=True,
                raise_on_status=False,
                raise_on_redirect=False,
                redirect=0,
            )
            retry.hooks = _Hooks(self._may_retry, self._count, lambda s: self.sleep(s))
            adapter = HTTPAdapter(max_retries=retry)
            self.session.mount("https://", adapter)
            self.session.mount("http://", adapter)
        self.session.headers["User-Agent"] = USER_AGENT
        # The usual proxy variables (HTTPS_PROXY, NO_PROXY) apply unless --proxy is given.
        self.session.trust_env = True

    # --- the budget ---------------------------------------------------------------------

    @property
    def requests_made(self) -> int:
        return sum(self.hosts.values())

    def _may_retry(self, host: str) -> bool:
        return self.pools[self._current].has_room()

    def _count(self, host: str) -> None:
        self.pools[self._current].used += 1
        self.hosts[host] += 1

    # --- requests -----------------------------------------------------------------------

    def get(
        self,
        url: str,
        params: Mapping[str, str | list[str]] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        pool: str = "lookups",
        cache: bool = True,
        follow: bool = True,
        method: str = "GET",
        max_body: int = MAX_BODY,
    ) -> Answer | None:
        """GET (or HEAD) ``url``; None when no answer came (the failure is counted).

        Any status below 500 but 429 is an answer: the caller knows what a 404 means for
        its API. A 429 or 5xx left after the retries is a failure, and the host is not
        asked again in this scan.
        ``follow``: follow same-host redirects (at most ``MAX_REDIRECTS``).
        """
        if params:
            url = url + ("&" if "?" in url else "?") + urlencode(params, doseq=True)
        seen = [url]
        answer = self._one(url, pool, cache, method, headers, max_body)
        while follow and answer is not None and 300 <= answer.status < 400 and answer.location:
            target = answer.location
            if _host(target) != _host(url):
                self.fail(url, f"redirected to another host ({_host(target)}), not followed")
                return None
            if target in seen or len(seen) > MAX_REDIRECTS:
                self.fail(url, "redirect loop" if target in seen else "too many redirects")
                return None
            seen.append(target)
            answer = self._one(target, pool, cache, method, headers, max_body)
        return answer

    def _one(
        self,
        url: str,
        pool_name: str,
        cache: bool,
        method: str,
        headers: Mapping[str, str] | None,
        max_body: int,
    ) -> Answer | None:
        host = _host(url)
        if not host or urlsplit(url).scheme not in ("http", "https"):
            self.fail(url, "not a web address, not requested")
            return None
        key = f"{method} {url}"
        if cache:
            cached = self._cache_get(key)
            if cached is not None:
                self.from_cache += 1
                return cached
        if host in self._down:
            self.fail(url, self._down[host] + "; not tried again")
            return None
        pool = self.pools[pool_name]
        if not pool.has_room():
            pool.refused += 1
            return None
        self._pace(host, pool_name)
        self._current = pool_name
        self._count(host)
        assert self.session is not None
        try:
            with self.session.request(
                method,
                url,
                headers=dict(headers or {}),
                timeout=TIMEOUT,
                allow_redirects=False,
                stream=True,
                proxies=self._proxies(),
            ) as resp:
                body = _read_capped(resp, max_body) if method == "GET" and max_body > 0 else b""
                answer = Answer(
                    resp.status_code,
                    url,
                    {k.lower(): v for k, v in resp.headers.items()},
                    body.decode(resp.encoding or "utf-8", errors="replace"),
                )
        except requests.RequestException as exc:
            reason, fatal = describe_failure(exc)
            self.fail(url, reason)
            if fatal:
                self._down[host] = reason
            return None
        finally:
            self._last[host] = self.clock()
        if answer.status == 429 or answer.status >= 500:
            # The retries are spent (or the wait asked for is too long): leave the host
            # alone for the rest of the scan.
            wait = answer.headers.get("retry-after")
            reason = (
                f"rate limited (429{', Retry-After ' + wait if wait else ''})"
                if answer.status == 429
                else f"server error ({answer.status})"
            )
            self.fail(url, reason)
            self._down[host] = reason
            return None
        if cache and (answer.status < 300 or answer.status in _CACHED_ERRORS):
            self._cache_put(key, answer)
        return answer

    def _pace(self, host: str, pool_name: str) -> None:
        last = self._last.get(host)
        if last is None:
            return
        wait = last + self.host_interval.get(pool_name, 0.0) - self.clock()
        if wait > 0:
            self.sleep(wait)

    def _proxies(self) -> dict[str, str] | None:
        if self.proxy is None:
            return None
        return {"http": self.proxy, "https": self.proxy}

    def ok(self, answer: Answer | None, why: Callable[[Answer], str]) -> Answer | None:
        """``answer`` when it is a 200; otherwise None, the failure counted as ``why`` says."""
        if answer is None:
            return None
        if answer.status != 200:
            self.fail(answer.url, why(answer))
            return None
        return answer

    # --- failures -----------------------------------------------------------------------

    def fail(self, url: str, reason: str) -> None:
        """Count one failed look-up at ``url``'s host, for the report."""
        self.failures[(_host(url) or url[:60], reason)] += 1

    def problems(self) -> list[str]:
        lines = [
            f"{host}: {reason} ({n} look-up{'s' if n != 1 else ''})"
            for (host, reason), n in self.failures.items()
        ]
        for pool in self.pools.values():
            if pool.refused:
                option = "--max-requests" if pool.name == "lookups" else "--max-handle-checks"
                lines.append(
                    f"the cap of {pool.limit} requests ({option}) was reached: "
                    f"{pool.refused} look-up{'s were' if pool.refused != 1 else ' was'} not made"
                )
        return lines

    # --- the cache ----------------------------------------------------------------------

    def _cache_path(self, key: str) -> Path | None:
        if self.cache_dir is None:
            return None
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.json"

    def _cache_get(self, key: str) -> Answer | None:
        path = self._cache_path(key)
        if path is None or not path.is_file():
            return None
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry["key"] != key or self.wall_clock() - float(entry["at"]) > CACHE_MAX_AGE:
                return None
            return Answer(
                int(entry["status"]),
                str(entry["url"]),
                {str(k): str(v) for k, v in entry["headers"].items()},
                str(entry["text"]),
                from_cache=True,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # a damaged entry is a miss; it is rewritten after the look-up

    def _cache_put(self, key: str, answer: Answer) -> None:
        path = self._cache_path(key)
        if path is None:
            return
        kept = {k: v for k, v in answer.headers.items() if k in ("location", "content-type")}
        entry = {
            "key": key,
            "at": self.wall_clock(),
            "url": answer.url,
            "status": answer.status,
            "headers": kept,
            "text": answer.text,
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            self.failures[(str(self.cache_dir), f"cache not written: {exc.strerror or exc}")] += 1


def _read_capped(resp: requests.Response, limit: int) -> bytes:
    out = bytearray()
    for chunk in resp.iter_content(chunk_size=65536):
        out += chunk
        if len(out) > limit:
            del out[limit:]
            break
    return bytes(out)


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def describe_failure(exc: requests.RequestException) -> tuple[str, bool]:
    """(what went wrong in a few words, whether the host is not worth trying again)."""
    chain = _causes(exc)
    names = {type(e).__name__ for e in chain}
    if isinstance(exc, requests.exceptions.ProxyError):
        return "the proxy failed", True
    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS error (the certificate could not be verified)", True
    if "NameResolutionError" in names or any(type(e).__name__ == "gaierror" for e in chain):
        return "DNS lookup failed (is the network down?)", True
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "connection timed out", True
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return "no answer in time (read timeout)", False
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return "redirect loop", False
    if isinstance(exc, requests.exceptions.ConnectionError):
        if "ProtocolError" in names or "RemoteDisconnected" in names:
            return "the connection was cut", False
        return "could not connect", True
    if isinstance(exc, requests.exceptions.InvalidSchema) and "SOCKS" in str(exc):
        return "a SOCKS proxy needs PySocks: pip install 'requests[socks]'", True
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
        return "not a valid address", False
    return f"request failed ({type(exc).__name__})", False


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or any(e is s for s in seen) or len(seen) > 20:
            continue
        seen.append(e)
        stack.extend([e.__cause__, e.__context__])
        stack.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
        reason = getattr(e, "reason", None)
        if isinstance(reason, BaseException):
            stack.append(reason)
    return seen


__all__ = ["USER_AGENT", "Answer", "Client", "describe_failure"]
