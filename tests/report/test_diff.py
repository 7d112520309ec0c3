"""`footprint diff`: a re-scan after remediation against the first scan."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from footprint.cli import main
from footprint.report.diff import same_account

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


def _report(persona: str, org: str, out: Path, env_epoch: str | None = None) -> dict[str, Any]:
    paths = sorted(p for p in (PERSONA.parent / persona).iterdir() if p.is_dir())
    code = main(
        ["scan", *map(str, paths), "--org", org, "--out", str(out), "--quiet"],
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert code in (0, 1)
    return json.loads(out.read_text())  # type: ignore[no-any-return]


def _diff(old: Path, new: Path, *extra: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["diff", str(old), str(new), *extra], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _write(path: Path, report: dict[str, Any]) -> Path:
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def test_diff_refuses_two_different_people(tmp_path: Path) -> None:
    _report("police-officer", "uk-police", tmp_path / "a.json")
    _report("mp-caseworker", "uk-police", tmp_path / "b.json")
    code, out, err = _diff(tmp_path / "a.json", tmp_path / "b.json")
    assert code == 2 and out == ""
    assert "share no account" in err and "--force" in err
    assert "x daf_morrow88" in err and "x meg_aldridge" in err
    code, out, _ = _diff(tmp_path / "a.json", tmp_path / "b.json", "--force")
    assert code == 0 and "Removed:" in out


def test_diff_refuses_two_profiles(tmp_path: Path) -> None:
    _report("police-officer", "uk-police", tmp_path / "a.json")
    _report("police-officer", "south-wales-police", tmp_path / "b.json")
    code, _, err = _diff(tmp_path / "a.json", tmp_path / "b.json")
    assert code == 2 and "profile uk-police" in err and "south-wales-police" in err
    assert _diff(tmp_path / "a.json", tmp_path / "b.json", "--force")[0] == 0


def test_a_changed_handle_on_the_same_account_id_is_the_same_person(tmp_path: Path) -> None:
    before = _report("police-officer", "uk-police", tmp_path / "a.json")
    after = json.loads(json.dumps(before))
    for account in after["subject"]["accounts"]:
        account["handle"] = (account["handle"] or "") + "_new"
        account["display_name"] = "Someone Else"
    # Only X gives an account id: the renamed X account is still the person's.
    assert _diff(tmp_path / "a.json", _write(tmp_path / "b.json", after))[0] == 0
    # The same handle on another account id is someone else.
    other = json.loads(json.dumps(before))
    other["subject"]["accounts"] = [
        {**a, "account_id": "1"} for a in other["subject"]["accounts"] if a["platform"] == "x"
    ]
    code, _, err = _diff(tmp_path / "a.json", _write(tmp_path / "c.json", other))
    assert code == 2 and "share no account" in err


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ({"account_id": "42", "handle": "jo"}, {"account_id": "42", "handle": "joanne"}, True),
        ({"account_id": "42", "handle": "jo"}, {"account_id": "43", "handle": "jo"}, False),
        ({"account_id": None, "handle": "Jo"}, {"account_id": "42", "handle": "jo"}, True),
        ({"handle": None, "display_name": "Jo Bloggs"}, {"display_name": "jo bloggs"}, True),
        ({"handle": "jo"}, {"handle": "jon"}, False),
        ({}, {}, False),
    ],
)
def test_same_account(a: dict[str, Any], b: dict[str, Any], same: bool) -> None:
    assert same_account({"platform": "x", **a}, {"platform": "x", **b}) is same
    assert not same_account({"platform": "x", **a}, {"platform": "mastodon", **b})


def test_reports_record_who_when_and_with_what(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1709510400")
    report = _report("police-officer", "south-wales-police", tmp_path / "a.json")
    assert report["generated_at"] == "2024-03-04T00:00:00Z"
    x = next(a for a in report["subject"]["accounts"] if a["platform"] == "x")
    assert x["account_id"] == "742811600480526896"
    assert all("account_id" in a for a in report["subject"]["accounts"])
    org = report["organisation"]
    assert org["id"] == "south-wales-police" and len(org["digest"]) == 16
    for src in report["sources"]:
        assert src["dates"]["first"] <= src["dates"]["last"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    err = io.StringIO()
    assert main(["scan", str(PERSONA), "--quiet"], stdout=io.StringIO(), stderr=err) == 2
    assert "SOURCE_DATE_EPOCH" in err.getvalue()


def test_diff_notes_a_changed_profile_and_the_order(tmp_path: Path) -> None:
    before = _report("police-officer", "south-wales-police", tmp_path / "a.json")
    after = json.loads(json.dumps(before))
    after["organisation"]["digest"] = "0" * 16
    after["generated_at"] = "2000-01-01T00:00:00Z"
    code, out, _ = _diff(tmp_path / "a.json", _write(tmp_path / "b.json", after))
    assert code == 0
    assert "The profile's terms changed" in out and "was made before the first" in out
