"""`footprint diff`: a re-scan after remediation against the first scan."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from footprint.cli import main

PERSONA = Path(__file__).resolve().parents[2] / "examples" / "personas" / "pseudonymous"


def _scan(paths: list[Path], out: Path) -> dict[str, object]:
    code = main(
        ["scan", *map(str, paths), "--org", "dyfed-powys-police", "--out", str(out), "--quiet"],
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert code == 0
    return json.loads(out.read_text())  # type: ignore[no-any-return]


def test_diff_after_remediation(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    shutil.copytree(PERSONA, exports, ignore=shutil.ignore_patterns("README.md"))
    paths = sorted(p for p in exports.iterdir() if p.is_dir())
    before = _scan(paths, tmp_path / "before.json")
    # The person deletes their LinkedIn positions and work address, as the plan says.
    linkedin = next(p for p in paths if p.name.startswith("Basic_LinkedIn"))
    (linkedin / "Positions.csv").unlink()
    (linkedin / "Email Addresses.csv").unlink()
    after = _scan(paths, tmp_path / "after.json")

    out = io.StringIO()
    code = main(
        ["diff", str(tmp_path / "before.json"), str(tmp_path / "after.json"), "--format", "json"],
        stdout=out,
        stderr=io.StringIO(),
    )
    assert code == 0
    d = json.loads(out.getvalue())
    removed = {s["id"] for s in d["removed"]}
    old_ids = {s["id"] for s in before["signals"]}  # type: ignore[attr-defined]
    new_ids = {s["id"] for s in after["signals"]}  # type: ignore[attr-defined]
    assert removed == old_ids - new_ids and removed
    assert {s["kind"] for s in d["removed"]} >= {"position", "email_domain"}
    assert {s["id"] for s in d["remaining"]} == old_ids & new_ids
    assert d["new"] == []
    assert d["score"]["change"] == d["score"]["after"] - d["score"]["before"]

    text = io.StringIO()
    assert (
        main(
            ["diff", str(tmp_path / "before.json"), str(tmp_path / "after.json")],
            stdout=text,
            stderr=io.StringIO(),
        )
        == 0
    )
    assert "Removed:" in text.getvalue()


def test_diff_rejects_other_json(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}')
    err = io.StringIO()
    assert main(["diff", str(bad), str(bad)], stdout=io.StringIO(), stderr=err) == 2
    assert "not a footprint.report/1 document" in err.getvalue()
