"""docs/online.md lists every host footprint may contact, and the examples are up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from footprint.online import bluesky, github, handles, shortlinks

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "online.md").read_text(encoding="utf-8")


def test_every_fixed_host_is_in_docs_online() -> None:
    hosts = set(shortlinks.SHORTENERS)
    hosts |= {urlsplit(u).hostname or "" for u in (bluesky.APPVIEW, bluesky.PLC, github.API)}
    sites, _ = handles.load_sites()
    hosts |= {urlsplit(s.uri_check.replace("{account}", "x")).hostname or "" for s in sites}
    missing = sorted(h for h in hosts if f"`{h}`" not in DOC)
    assert not missing, f"hosts footprint may contact that docs/online.md does not list: {missing}"
    assert f"{len(sites)} sites" in DOC


def test_docs_online_says_what_the_cassettes_are() -> None:
    assert "written by\nhand from each service's published API documentation" in DOC


def test_the_online_examples_are_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "examples" / "online" / "make_online_examples.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
