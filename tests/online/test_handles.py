"""--check-handles: the shipped sites list, WhatsMyName files, the person's own handles
only, the markers and the confidence they allow, the warning and the cap."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from footprint.cli import main
from footprint.errors import UsageError
from footprint.online import handles
from footprint.online.client import Client
from footprint.online.handles import Site, check, load_sites, own_handles
from footprint.testing import write_export


def test_the_shipped_list_loads_whole() -> None:
    sites, skipped = load_sites()
    assert skipped == []
    assert len(sites) >= 25
    assert len({s.name for s in sites}) == len(sites)
    assert all(s.uri_check.startswith("https://") for s in sites)
    data = json.loads(handles.SHIPPED.read_text(encoding="utf-8"))
    assert set(data) >= {"license", "authors", "categories", "sites"}
    assert {s["cat"] for s in data["sites"]} <= set(data["categories"])


SITES_FILE = {
    "license": ["test"],
    "authors": ["test"],
    "categories": ["coding", "social"],
    "sites": [
        {
            "name": "GitHub",
            "uri_check": "https://api.github.com/users/{account}",
            "uri_pretty": "https://github.com/{account}",
            "e_code": 200,
            "e_string": '"login":',
            "m_string": '"Not Found"',
            "m_code": 404,
            "known": ["torvalds"],
            "cat": "coding",
        },
        {
            "name": "Mastodon (mastodon.social)",
            "uri_check": "https://mastodon.social/api/v1/accounts/lookup?acct={account}",
            "uri_pretty": "https://mastodon.social/@{account}",
            "e_code": 200,
            "e_string": '"acct":',
            "m_string": '"error":',
            "m_code": 404,
            "known": ["Gargron"],
            "cat": "social",
        },
        {
            "name": "Reddit",
            "uri_check": "https://www.reddit.com/user/{account}/about.json",
            "e_code": 200,
            "e_string": '"kind": "t2"',
            "m_string": '"error": 404',
            "m_code": 404,
            "known": ["spez"],
            "cat": "social",
        },
        {
            "name": "Needs POST",
            "uri_check": "https://x.example.org/api",
            "post_body": "{}",
            "e_code": 200,
            "e_string": "a",
            "m_string": "b",
            "m_code": 404,
        },
        {
            "name": "Off",
            "uri_check": "https://off.example.org/{account}",
            "valid": False,
            "e_code": 200,
            "e_string": "a",
            "m_string": "b",
            "m_code": 404,
        },
        {
            "name": "No code",
            "uri_check": "https://a.example.org/{account}",
            "e_string": "a",
            "m_string": "b",
            "m_code": 404,
        },
        {
            "name": "Bad code",
            "uri_check": "https://a.example.org/{account}",
            "e_code": "200",
            "e_string": "a",
            "m_string": "b",
            "m_code": 404,
        },
        {
            "name": "No account",
            "uri_check": "https://a.example.org/user",
            "e_code": 200,
            "e_string": "a",
            "m_string": "b",
            "m_code": 404,
        },
        {
            "name": "Local",
            "uri_check": "http://192.168.1.1/{account}",
            "e_code": 200,
            "e_string": "a",
            "m_string": "b",
            "m_code": 404,
        },
        {
            "name": "Not web",
            "uri_check": "ftp://files.example.org/{account}",
            "e_code": 200,
            "e_string": "a",
            "m_string": "b",
            "m_code": 404,
        },
        "not an object",
    ],
}


def write_sites(tmp_path: Path, data: Any = SITES_FILE) -> Path:
    path = tmp_path / "wmn-data.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_a_whatsmyname_file_loads_with_each_left_out_entry_named(tmp_path: Path) -> None:
    sites, skipped = load_sites(write_sites(tmp_path))
    assert [s.name for s in sites] == ["GitHub", "Mastodon (mastodon.social)", "Reddit"]
    assert skipped == [
        "sites[3] (Needs POST): needs a POST request; footprint sends only GET",
        "sites[4] (Off): marked not valid in the list",
        "sites[5] (No code): key 'e_code' missing",
        "sites[6] (Bad code): key 'e_code' must be a number",
        "sites[7] (No account): key 'uri_check' has no {account}",
        "sites[8] (Local): key 'uri_check': host an IP address, not contacted",
        "sites[9] (Not web): key 'uri_check' is not a web address",
        "sites[10]: not an object",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        ({"sites": {}}, "key 'sites': missing or not a list"),
        ([1, 2], "key 'sites': missing or not a list"),
    ],
)
def test_a_file_that_is_not_a_sites_list_is_a_usage_error(
    tmp_path: Path, content: Any, message: str
) -> None:
    path = write_sites(tmp_path, content)
    with pytest.raises(UsageError) as err:
        load_sites(path)
    assert str(path) in str(err.value) and message in str(err.value)
    with pytest.raises(UsageError, match="no-such-file"):
        load_sites(tmp_path / "no-such-file.json")


@pytest.mark.parametrize(
    ("accounts", "checked"),
    [
        ([("x", "ffordd_fach"), ("instagram", "Ffordd_Fach")], ["ffordd_fach"]),
        ([("mastodon", "rhiwalks@toot.wales")], ["rhiwalks"]),
        ([("bluesky", "rhi-outdoors.bsky.social")], ["rhi-outdoors"]),
        ([("bluesky", "rhiannon.example.net")], []),  # a domain handle is its own site
        ([("linkedin", None), ("x", "@a")], []),  # too short to mean anything
        ([("x", "has space"), ("x", "../etc")], []),
    ],
)
def test_own_handles(accounts: list[tuple[str, str | None]], checked: list[str]) -> None:
    assert own_handles(accounts) == checked


@pytest.mark.parametrize(
    ("handle", "e_code", "e_string", "confidence"),
    [
        ("ffordd_fach", 200, '"login":', 0.6),  # distinct status and marker, long handle
        ("ffordd_fach", 404, '"login":', 0.45),  # same status for missing accounts
        ("ffordd_fach", 200, "user", 0.45),  # a weak marker
        ("rhiwalk", 200, '"login":', 0.48),  # seven letters
        ("rhi", 200, '"login":', 0.3),  # three letters: taken everywhere
    ],
)
def test_confidence_follows_the_markers_and_the_handle(
    handle: str, e_code: int, e_string: str, confidence: float
) -> None:
    site = Site("S", "https://s.example.org/{account}", e_code, e_string, 404, "gone")
    if e_code == 404:
        site = Site("S", site.uri_check, 404, e_string, 404, "gone")
    value, why = handles._confidence(site, handle)
    assert value == confidence
    assert "not proof" in why


def tiny_x(folder: Path) -> Path:
    def js(name: str, records: list[Any]) -> str:
        return f"window.YTD.{name}.part0 = " + json.dumps(records)

    return write_export(
        folder,
        {
            "data/account.js": js(
                "account",
                [
                    {
                        "account": {
                            "username": "ffordd_fach",
                            "accountId": "1432771186020376577",
                            "accountDisplayName": "Ffordd Fach",
                        }
                    }
                ],
            ),
            "data/profile.js": js(
                "profile", [{"profile": {"description": {"bio": "Hills.", "website": ""}}}]
            ),
        },
    )


def mastodon_follows(folder: Path) -> Path:
    # Someone else's handles: never checked.
    return write_export(
        folder,
        {"following_accounts.csv": "Account address,Show boosts\nstranger@social.example,true\n"},
    )


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(list(argv), stdout=io.StringIO(), stderr=err)
    return code, err.getvalue()


@pytest.mark.vcr("three_sites.yaml")
def test_check_handles_asks_each_site_about_the_persons_own_handle(
    tmp_path: Path, no_pause: None
) -> None:
    x = tiny_x(tmp_path / "x")
    follows = mastodon_follows(tmp_path / "masto")
    out = tmp_path / "report.json"
    code, err = run(
        "scan",
        str(x),
        str(follows),
        "--online",
        "--check-handles",
        "--sites",
        str(write_sites(tmp_path)),
        "--out",
        str(out),
    )
    assert code == 0, err
    # The warning comes first, before anything is sent.
    assert err.splitlines()[0] == f"footprint: warning: {handles.WARNING}"
    report = json.loads(out.read_text(encoding="utf-8"))
    found = report["online"]["handles"]
    assert found["checked"] == ["ffordd_fach"]
    assert found["sites"] == 3
    assert [(m["site"], m["status"], m["url"]) for m in found["found"]] == [
        ("GitHub", "exists", "https://github.com/ffordd_fach")
    ]
    assert found["found"][0]["confidence"] == 0.6
    assert [(m["site"], m["status"]) for m in found["unknown"]] == [("Reddit", "unknown")]
    assert found["missing"] == 1
    assert len(found["skipped"]) == 8
    assert report["online"]["hosts"] == {
        "api.github.com": 1,
        "mastodon.social": 1,
        "www.reddit.com": 1,
    }
    assert handles.WARNING in report["warnings"]


@pytest.mark.vcr("three_sites.yaml")
def test_handle_checks_stop_at_their_cap(tmp_path: Path, no_pause: None) -> None:
    x = tiny_x(tmp_path / "x")
    out = tmp_path / "report.json"
    code, _err = run(
        "scan",
        str(x),
        "--online",
        "--check-handles",
        "--max-handle-checks",
        "2",
        "--sites",
        str(write_sites(tmp_path)),
        "--out",
        str(out),
    )
    assert code == 1
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["online"]["requests"] == 2
    assert (
        "online: the cap of 2 requests (--max-handle-checks) was reached: 1 look-up was not made"
        in report["problems"]
    )


@pytest.mark.parametrize(
    "extra",
    [
        ["--check-handles"],
        ["--cache", "somewhere"],
        ["--proxy", "http://p.example:3128"],
        ["--max-requests", "5"],
    ],
)
def test_online_options_need_online(tmp_path: Path, extra: list[str]) -> None:
    x = tiny_x(tmp_path / "x")
    code, err = run("scan", str(x), *extra)
    assert code == 2
    assert "only apply with --online" in err and extra[0] in err


def test_a_bad_sites_file_stops_before_anything_is_read(tmp_path: Path) -> None:
    x = tiny_x(tmp_path / "x")
    code, err = run(
        "scan",
        str(x),
        "--online",
        "--check-handles",
        "--sites",
        str(write_sites(tmp_path, "[")),
    )
    assert code == 2 and "not JSON" in err


def test_check_with_no_answer_is_unknown(make_client: Callable[..., Client]) -> None:
    client = make_client(max_handle_checks=0)
    site = Site("S", "https://s.example.org/{account}", 200, '"id":', 404, "gone")
    assert check(client, site, "ffordd_fach") is None  # the cap: not made, not reported as a result


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (200, '{"login":"ffordd_fach"}', "exists"),
        (200, "<html>a page without the marker</html>", "unknown"),  # a changed site
        (404, '{"message":"Not Found"}', "missing"),
        (404, "<html>blocked</html>", "unknown"),
        (200, '{"login":"x","message":"Not Found"}', "exists"),  # m_code differs: exists
        (429, "", "unknown"),  # no answer: rate limited
    ],
)
def test_markers_decide(
    make_client: Callable[..., Client], status: int, body: str, expected: str
) -> None:
    from tests.online.test_client import with_adapter

    client, adapter = with_adapter(make_client, lambda r: (status, body))
    site = Site(
        "GitHub", "https://api.github.com/users/{account}", 200, '"login":', 404, '"Not Found"'
    )
    match = check(client, site, "ffordd_fach")
    assert match is not None and match.status == expected
    assert adapter.calls[0][0].url == "https://api.github.com/users/ffordd_fach"
    assert (match.confidence > 0) is (expected == "exists")
