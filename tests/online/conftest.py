"""Fixtures for the online tests: cassettes, a client that never waits, a network that is
down.

Cassettes (``tests/cassettes/<test module>/``) are YAML files written by hand from each
service's published API documentation: there is no internet here to record from. They
are replayed by pytest-recording in ``none`` mode (pyproject.toml: ``--record-mode=none
--block-network``), so a request no cassette holds fails the test instead of leaving the
machine. VCR answers inside urllib3, before any socket: the suite's ``no_network`` guard
(tests/conftest.py) stays on and still fails anything that gets past it.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from footprint.online import client as client_module
from footprint.online.client import Client

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "online"


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / Path(str(request.node.fspath)).stem)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "record_mode": "none",
        "match_on": ("method", "scheme", "host", "port", "path", "query"),
        # Each recorded answer is given once, in order: a 429 then a 200 is a retry.
        "allow_playback_repeats": False,
    }


class FakeClock:
    """Time that passes only when the client sleeps: pacing and backoff without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_client(clock: FakeClock) -> Callable[..., Client]:
    """``make_client(max_requests=..., ...)``: a Client on the fake clock."""

    def make(**kwargs: Any) -> Client:
        kwargs.setdefault("max_requests", 50)
        kwargs.setdefault("max_handle_checks", 50)
        return Client(clock=clock, sleep=clock.sleep, wall_clock=lambda: 1_700_000_000.0, **kwargs)

    return make


@pytest.fixture
def no_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scans build their own Client: no pause between requests to one host."""
    for pool in list(client_module.HOST_INTERVAL):
        monkeypatch.setitem(client_module.HOST_INTERVAL, pool, 0.0)


@pytest.fixture
def network_down(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Name resolution fails for every name but loopback, as on a machine with no
    network: ``socket.gaierror``, which is what urllib3 turns into a NameResolutionError."""
    asked: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name in ("localhost", "127.0.0.1", "::1"):
            return real(host, *args, **kwargs)
        asked.append(name)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield asked
