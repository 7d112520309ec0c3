"""Shared test fixtures: the real exports under ../shared, zipping folders at test time,
and a guard that fails any test that opens a network connection."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from footprint.testing import tar_export, zip_export

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FOOTPRINT_SHARED", REPO.parent / "shared"))
REAL = SHARED / "fixtures" / "real"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def real_path(*parts: str) -> Path:
    """A file or folder under ../shared/fixtures/real; the test is skipped when absent."""
    path = REAL.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real fixture not available: {path}")
    return path


@pytest.fixture
def real() -> type:
    return type("Real", (), {"path": staticmethod(real_path)})


@pytest.fixture
def zipped(tmp_path: Path):  # type: ignore[no-untyped-def]
    """``zipped(folder)`` -> a zip of that folder made for this test."""

    def make(folder: Path, name: str = "export.zip") -> Path:
        return zip_export(folder, tmp_path / name)

    return make


@pytest.fixture
def tarred(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(folder: Path, name: str = "export.tar.gz") -> Path:
        return tar_export(folder, tmp_path / name)

    return make


class NetworkBlocked(RuntimeError):
    pass


LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """footprint is offline by default: any connection attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkBlocked(f"network access attempted: {args!r}")

    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        # Loopback names resolve (a test may serve pages locally); any other name fails
        # the test, before a DNS query could leave the machine.
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name in LOOPBACK:
            return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]
        raise NetworkBlocked(f"DNS look-up attempted: {name!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield
