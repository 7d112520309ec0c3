"""Shared test fixtures: the real exports under ../shared, zipping folders at test time,
a guard that fails any test that opens a network connection, and a check that every
report the suite makes follows docs/report.schema.json."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from footprint.pipeline import ScanResult
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


SCHEMA_FILE = REPO / "docs" / "report.schema.json"
REPORT_SCHEMA = Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
VALIDATED = {"reports": 0}
_TO_DICT = ScanResult.to_dict


def schema_errors(document: object) -> list[str]:
    """Where ``document`` breaks docs/report.schema.json, one line per error."""
    return [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
        for e in sorted(REPORT_SCHEMA.iter_errors(document), key=lambda e: list(e.absolute_path))
    ]


def _validated_to_dict(self: ScanResult) -> dict[str, object]:
    document = _TO_DICT(self)
    errors = schema_errors(document)
    if errors:
        raise AssertionError("report breaks docs/report.schema.json:\n" + "\n".join(errors[:20]))
    VALIDATED["reports"] += 1
    return document


@pytest.fixture(autouse=True, scope="session")
def reports_follow_the_schema() -> Iterator[None]:
    """Every ScanResult.to_dict() made while the suite runs (the JSON reports of the CLI
    included) is validated against docs/report.schema.json; a report that breaks it fails
    the test that made it."""
    ScanResult.to_dict = _validated_to_dict  # type: ignore[method-assign]
    yield
    ScanResult.to_dict = _TO_DICT  # type: ignore[method-assign]
