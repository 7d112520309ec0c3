"""Issue 14's "Done when", on examples/online/rhiannon: with --online (replayed from
tests/cassettes/test_examples/) the X profile's t.co website is her LinkedIn profile, and
her Bluesky follows include the force's official account; without --online neither is
reported and nothing is sent; with the network down the offline results stand, with a
problem line."""

from __future__ import annotations

import copy
import io
import json
import socket
from pathlib import Path
from typing import Any

import pytest

from footprint.cli import main
from tests.conftest import schema_errors
from tests.online.conftest import EXAMPLES

PERSON = EXAMPLES / "rhiannon"
PROFILE = EXAMPLES / "northshire.toml"
EXPORTS = [
    PERSON / "twitter-2024-03-02-5e1f7a",
    PERSON / "Basic_LinkedInDataExport_03-02-2024",
    PERSON / "bluesky-rhiannon.car",
]
OFFICIAL = "news.northshire.example"


def scan(tmp_path: Path, *extra: str, quiet: bool = True) -> tuple[int, dict[str, Any], str]:
    out = tmp_path / "report.json"
    err = io.StringIO()
    code = main(
        ["scan", *map(str, EXPORTS), "--org", str(PROFILE), "--out", str(out), *extra]
        + (["--quiet"] if quiet else []),
        stdout=io.StringIO(),
        stderr=err,
    )
    return code, json.loads(out.read_text(encoding="utf-8")), err.getvalue()


def identity_link(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        s
        for s in report["signals"]
        if s["kind"] == "cross_account"
        and s["platform"] == "x"
        and s["source"]["field"] == "website"
        and s["target"] == "linkedin:rhiannon-pryce-7c41b2"
    ]


def follows_official(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        s
        for s in report["signals"]
        if s["kind"] == "follows_official" and s["platform"] == "bluesky"
    ]


@pytest.mark.vcr("rhiannon.yaml")
def test_online_finds_the_identity_link_and_the_official_follow(
    tmp_path: Path, no_pause: None
) -> None:
    code, report, err = scan(tmp_path, "--online", quiet=False)
    assert code == 0, (err, report["problems"])
    assert report["problems"] == []
    assert (
        "footprint: online: 5 request(s) (plc.directory 1, public.api.bsky.app 3, t.co 1)\n" in err
    )
    [link] = identity_link(report)
    assert link["reveals"] == "identity"
    assert "one of the accounts scanned" in link["why"]
    assert link["evidence"] == "https://www.linkedin.com/in/rhiannon-pryce-7c41b2"
    [follow] = follows_official(report)
    assert follow["matched"] == OFFICIAL
    assert follow["reveals"] == "employer"
    assert follow["evidence"] == f"follows {OFFICIAL}"
    online = report["online"]
    # Every host contacted, and how many requests each got.
    assert online["hosts"] == {"t.co": 1, "public.api.bsky.app": 3, "plc.directory": 1}
    assert online["requests"] == 5
    assert online["resolved"]["short_links"] == {"asked": 1, "resolved": 1}
    # The AppView left one follow out; the PLC directory named it.
    assert online["resolved"]["bluesky_follows"] == {"asked": 4, "resolved": 4}
    live = {(c["platform"], c["field"]): c for c in online["live"]}
    assert live[("bluesky", "bio")]["status"] == "unchanged"
    assert live[("bluesky", "posts")]["status"] == "new_posts"
    assert live[("bluesky", "posts")]["count"] == 1  # the repost is not hers
    assert any(line.startswith("x: ") for line in online["not_checked"])
    assert any(line.startswith("linkedin: ") for line in online["not_checked"])
    assert report["options"]["online"] is True
    # docs/report.schema.json describes the online object: it takes this one, not a broken one.
    assert schema_errors(report) == []
    for path, bad in ((("live", 0, "status"), "gone"), (("hosts", "t.co"), 0)):
        broken = copy.deepcopy(report)
        node = broken["online"]
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = bad
        assert schema_errors(broken), path


def test_offline_reports_neither_and_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []

    def spy(name: str) -> Any:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[:2]!r}")
            raise AssertionError(f"network use without --online: {name}")

        return refuse

    for name in ("getaddrinfo", "gethostbyname", "create_connection"):
        monkeypatch.setattr(socket, name, spy(name))
    monkeypatch.setattr(socket.socket, "connect", spy("connect"))
    code, report, err = scan(tmp_path)
    assert attempts == []
    assert code == 0, err
    assert identity_link(report) == []
    assert follows_official(report) == []
    assert report["online"] is None
    assert report["options"]["online"] is False


def test_network_down_keeps_the_offline_results(
    tmp_path: Path, network_down: list[str], no_pause: None
) -> None:
    _, offline, _ = scan(tmp_path)
    code, report, err = scan(tmp_path, "--online")
    assert code == 1  # something could not be handled whole: the look-ups
    assert {s["id"] for s in report["signals"]} == {s["id"] for s in offline["signals"]}
    assert report["exposure"] == offline["exposure"]
    lines = [p for p in report["problems"] if p.startswith("online: ")]
    assert "online: t.co: DNS lookup failed (is the network down?) (1 look-up)" in lines
    assert any(p.startswith("online: public.api.bsky.app: DNS lookup failed") for p in lines)
    assert "online: 4 of 4 Bluesky follows were not resolved" in " ".join(lines)
    assert all(f"footprint: {p}" in err for p in lines)
    # One failed name look-up per host: a host that cannot be resolved is not asked again.
    assert sorted(network_down) == ["public.api.bsky.app", "t.co"]
