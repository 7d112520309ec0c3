"""Offline stays the default and stays provable: without --online a whole scan, from the
command line and from the library API, makes no connection and no DNS look-up, and
does not even import the network client.

The command line runs in a fresh interpreter watched by an audit hook (PEP 578): every
socket connection, name look-up and send is an audit event raised by the interpreter
itself, whichever library would have made it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import footprint
from tests.online.conftest import EXAMPLES

REPO = Path(__file__).resolve().parents[2]
EXPORTS = [
    str(EXAMPLES / "rhiannon" / "twitter-2024-03-02-5e1f7a"),
    str(EXAMPLES / "rhiannon" / "Basic_LinkedInDataExport_03-02-2024"),
    str(EXAMPLES / "rhiannon" / "bluesky-rhiannon.car"),
]
PROFILE = str(EXAMPLES / "northshire.toml")

WATCHED = (
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.sendto",
    "socket.sendmsg",
)

CHILD = """
import io, json, sys
seen = []
watched = set(sys.argv[1].split(","))
def hook(event, args):
    if event in watched:
        seen.append([event, repr(args)[:200]])
sys.addaudithook(hook)
from footprint.cli import main
out = io.StringIO()
argv = ["scan", *sys.argv[3:], "--org", sys.argv[2], "--quiet"]
code = main(argv, stdout=out, stderr=io.StringIO())
report = json.loads(out.getvalue())
print(json.dumps({
    "code": code,
    "events": seen,
    "online_modules": sorted(m for m in sys.modules if m.startswith("footprint.online")),
    "signals": len(report["signals"]),
    "online": report["online"],
}))
"""


def test_a_scan_without_online_makes_no_network_call_at_all() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOOTPRINT")}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, ",".join(WATCHED), PROFILE, *EXPORTS],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 0
    assert result["signals"] > 0  # it did scan
    assert result["events"] == []
    assert result["online"] is None
    # Only the options and the report's shape are loaded, never the client or requests use.
    assert result["online_modules"] == [
        "footprint.online",
        "footprint.online.settings",
        "footprint.online.summary",
    ]


def test_the_hook_sees_a_look_up_when_one_is_made() -> None:
    """The watcher above is not blind: a name look-up in the child is an event."""
    probe = (
        "import sys; seen=[]\n"
        "sys.addaudithook(lambda e, a: seen.append(e) if e == 'socket.getaddrinfo' else None)\n"
        "import socket\n"
        "try:\n    socket.getaddrinfo('localhost', 80)\nexcept OSError:\n    pass\n"
        "print(len(seen))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip() == "1", done.stderr


def test_the_library_api_without_online_touches_no_socket(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def spy(name: str) -> Any:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            raise AssertionError(f"{name} called without --online")

        return refuse

    for name in ("getaddrinfo", "gethostbyname", "create_connection"):
        monkeypatch.setattr(socket, name, spy(name))
    monkeypatch.setattr(socket.socket, "connect", spy("connect"))
    result = footprint.scan(EXPORTS, org=PROFILE)
    assert calls == []
    assert result.online is None
    assert result.to_dict()["online"] is None
    assert result.options.to_dict()["online"] is False
