"""`footprint scan` on every real export folder under ../shared/fixtures/real: the contract
JSON with the counts in tests/golden/real_counts.json (checked by hand against the files:
e.g. 980 legacy tweets, 1,115 Mastodon likes, 140 Facebook friends, 229/230 Instagram
followers/following, 198 LinkedIn shares from 202 rows)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from footprint.cli import main
from tests.conftest import REAL

GOLDEN = json.loads((Path(__file__).parent / "golden" / "real_counts.json").read_text())


@pytest.mark.parametrize("folder", sorted(GOLDEN))
def test_real_folder_counts(folder: str) -> None:
    path = REAL / folder
    if not path.exists():
        pytest.skip(f"real fixture not available: {path}")
    out, err = io.StringIO(), io.StringIO()
    code = main(["scan", str(path), "--quiet"], stdout=out, stderr=err)
    report = json.loads(out.getvalue())
    assert report["schema"] == "footprint.report/1"
    got = {
        s["platform"]: {"counts": s["counts"], "problems": len(s["problems"])}
        for s in report["sources"]
    }
    assert got == GOLDEN[folder]
    expected_code = 1 if any(v["problems"] for v in GOLDEN[folder].values()) else 0
    assert code == expected_code, err.getvalue()
    assert all(s["path"] == str(path) for s in report["sources"])
