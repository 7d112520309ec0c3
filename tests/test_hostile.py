"""A hostile-input corpus, made at test time from the real exports: every real file cut
short, with bytes flipped, and with garbage spliced in. No parser may crash the scan:
each damaged file becomes a problem naming it, and the rest is still read."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from footprint.pipeline import ScanOptions, scan
from footprint.platforms.ingest import load
from tests.conftest import REAL

SEED = 20261121
MAX_BYTES = 300_000


def _real_files() -> list[Path]:
    if not REAL.exists():
        return []
    return sorted(
        p
        for p in REAL.rglob("*")
        if p.is_file() and p.name != "SOURCES.md" and p.stat().st_size <= MAX_BYTES
    )


def _mutations(data: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
    n = len(data)
    cut = data[: rng.randrange(1, max(2, n))]
    flipped = bytearray(data)
    for _ in range(max(1, n // 500)):
        flipped[rng.randrange(n)] = rng.randrange(256)
    at = rng.randrange(n) if n else 0
    spliced = data[:at] + bytes(rng.randrange(256) for _ in range(64)) + data[at:]
    return [("cut", cut), ("flipped", bytes(flipped)), ("spliced", spliced)]


FILES = _real_files()


@pytest.mark.skipif(not FILES, reason="real fixtures not available")
@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REAL)))
def test_damaged_real_files_never_crash_a_parser(path: Path, tmp_path: Path) -> None:
    rng = random.Random(f"{SEED}:{path.name}")
    data = path.read_bytes()
    for label, damaged in _mutations(data, rng):
        target = tmp_path / label / path.name
        target.parent.mkdir(parents=True)
        target.write_bytes(damaged)
        for loaded in load(target.parent):  # must not raise
            assert all(isinstance(p, str) and p for p in loaded.problems)
            assert all(p.split(": ", 1)[0] == path.name for p in loaded.problems)


@pytest.mark.skipif(not FILES, reason="real fixtures not available")
def test_a_damaged_export_still_scans(tmp_path: Path) -> None:
    # A whole real X archive with one file cut short: the scan goes on, says which file.
    src = REAL / "twitter" / "TheExGenesis__community-archive" / "data" / "mock-archive"
    dest = tmp_path / "archive"
    shutil.copytree(src, dest)
    tweets = dest / "data" / "tweets.js"
    tweets.write_bytes(tweets.read_bytes()[:5000])
    result = scan([dest], ScanOptions(org="uk-police"))
    (source,) = result.sources
    assert result.exit_code == 1
    assert any(p.startswith("data/tweets.js: ") for p in source.problems)
    assert source.counts["followers"] == 3 and source.counts["accounts"] == 1
