"""Installed, the plugin's three entries work from footprint's command line."""

from __future__ import annotations

import csv
import io
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from footprint.cli import main

HERE = Path(__file__).resolve().parents[1]
ENTRIES = {
    ("footprint_platforms", "murmur"),
    ("footprint_detectors", "collar_numbers"),
    ("footprint_reporters", "signals-csv"),
}

installed = {
    (group, ep.name)
    for group, _ in ENTRIES
    for ep in entry_points(group=group)
    if ep.value.startswith("footprint_murmur.")
}
pytestmark = pytest.mark.skipif(
    installed != ENTRIES, reason="footprint-murmur is not installed (pip install -e .)"
)


def test_scan_the_sample_from_the_command_line() -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [
            "scan",
            str(HERE / "sample" / "export"),
            "--org",
            str(HERE / "sample" / "profile.toml"),
            "--detectors",
            "collar_numbers",
            "--format",
            "signals-csv",
            "--quiet",
        ],
        stdout=out,
        stderr=err,
    )
    assert code == 0, err.getvalue()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {(r["platform"], r["kind"], r["item"] or r["field"]) for r in rows} == {
        ("murmur", "job_title", "bio"),
        ("murmur", "job_title", "1002"),
        ("murmur", "job_title", "1004"),
    }
    assert all(r["account"] == "sam_carter" for r in rows)
