"""The command line: contract JSON, exit statuses, errors on standard error, offline."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from footprint.cli import main
from tests.conftest import real_path


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


REQUIRED = {
    "schema",
    "tool",
    "options",
    "organisation",
    "subject",
    "sources",
    "problems",
    "signals",
    "exposure",
    "plan",
    "posture",
    "coverage",
}


def test_scan_real_mastodon_folder_gives_contract_json() -> None:
    folder = real_path("mastodon", "dealingwith__masto-archive")
    code, out, err = run("scan", str(folder), "--quiet")
    assert code == 0, err
    report = json.loads(out)
    assert set(report) >= REQUIRED
    assert report["schema"] == "footprint.report/1"
    assert report["exposure"]["tier"] in ("low", "medium", "high", "critical")
    assert isinstance(report["plan"], list) and report["posture"]
    (src,) = report["sources"]
    assert src["platform"] == "mastodon"
    assert src["counts"]["likes"] == 1115
    assert report["subject"]["accounts"][0]["platform"] == "mastodon"


def test_broken_member_is_a_problem_and_exit_1() -> None:
    folder = real_path("mastodon", "vivlim__gts-backdated-import", "testdata")
    code, out, err = run("scan", str(folder), "--quiet")
    assert code == 1
    report = json.loads(out)
    (src,) = report["sources"]
    assert any(p.startswith("outbox.json: invalid JSON") for p in src["problems"])
    assert src["counts"]["posts"] >= 2  # testoutbox.json and what came before the break
    line = next(x for x in err.splitlines() if "outbox.json" in x)
    assert line.startswith("footprint: ") and str(folder) in line


def test_nothing_readable_is_exit_2(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("nothing to see")
    code, out, err = run("scan", str(junk), "--quiet")
    assert code == 2
    assert "no export footprint recognises" in err
    assert json.loads(out)["sources"] == []


def test_missing_path_is_usage_error(tmp_path: Path) -> None:
    code, _, err = run("scan", str(tmp_path / "nope.zip"))
    assert code == 2 and "no such file" in err


@pytest.mark.parametrize("cmd", [["review", "d", "--org", "x", "--out", "o"]])
def test_not_built_commands_say_so(cmd: list[str]) -> None:
    code, _out, err = run(*cmd)
    assert code == 2 and err.strip() == f"footprint: {cmd[0]} is not available yet"


def test_bad_profile_is_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "org.toml"
    bad.write_text('id = "Bad Id"\nname = "x"\n')
    code, _, err = run("scan", str(tmp_path), "--org", str(bad))
    assert code == 2
    assert str(bad) in err and "'id'" in err


def test_out_writes_only_the_report(tmp_path: Path) -> None:
    folder = real_path("mastodon", "dealingwith__masto-archive")
    work = tmp_path / "work"
    work.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    out_file = work / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "footprint", "scan", str(folder), "--out", str(out_file), "--quiet"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in work.iterdir()] == ["report.json"]
    assert list(home.rglob("*")) == []
    assert json.loads(out_file.read_text())["schema"] == "footprint.report/1"


def test_text_format(tmp_path: Path) -> None:
    folder = real_path("linkedin", "mohamedeways__LinkedIn-Profile")
    code, out, _ = run("scan", str(folder), "--format", "text", "--quiet")
    assert code == 0
    assert "What was read" in out and "What shows your employer" in out


def test_control_characters_do_not_reach_the_terminal(tmp_path: Path) -> None:
    csv = tmp_path / "Positions.csv"
    csv.write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        '"Evil\x1b[2J Corp",Boss,,,Jan 2020,\n',
        encoding="utf-8",
    )
    code, out, _ = run("scan", str(csv), "--format", "text", "--quiet")
    assert code == 0
    assert "\x1b" not in out


def test_version_and_module_entry() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "footprint", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("footprint ")


def test_profiles_lists_shipped_profiles() -> None:
    code, out, _ = run("profiles")
    assert code == 0
    ids = [line.split()[0] for line in out.splitlines()]
    for pid in (
        "uk-police",
        "uk-civil-service",
        "welsh-government",
        "uk-parliament",
        "south-wales-police",
        "home-office",
    ):
        assert pid in ids
    assert "UK policing (sector)" in out


def test_hostile_zip_is_reported_member_by_member(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "twitter.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "data/account.js",
            'window.YTD.account.part0 = [ {\n  "account" : {\n    "username" : "pcjones"\n  }\n} ]',
        )
        zf.writestr("data/like.js", b"\0" * (64 * 1024 * 1024))  # expands ~1000 times
        zf.writestr("../../etc/cron.d/evil", b"* * * * * root sh")
        zf.writestr("data/tweets.js", 'window.YTD.tweets.part0 = [ {\n  "tweet" : {\n    "id_')
        zf.writestr("nested/archive.zip", b"PK\x05\x06" + b"\0" * 18)
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run("scan", str(path), "--quiet")
    assert code == 1
    report = json.loads(out)
    (src,) = report["sources"]
    assert src["counts"]["accounts"] == 1  # the rest was still read
    problems = "\n".join(src["problems"])
    assert "data/like.js: expands" in problems and "zip bomb" in problems
    assert "../../etc/cron.d/evil: path leaves the export" in problems
    assert "data/tweets.js: truncated" in problems
    assert "nested/archive.zip: a nested archive" in problems
    lines = err.strip().splitlines()
    assert len(lines) == 4 and all(line.startswith(f"footprint: {path}: ") for line in lines)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted


# --- choices from the registries ----------------------------------------------------------

NORTHSHIRE = Path(__file__).resolve().parent / "fixtures" / "profiles" / "northshire.toml"


@pytest.fixture
def positions(tmp_path: Path) -> Path:
    """A one-row LinkedIn Positions.csv that four detectors have something to say about."""
    csv = tmp_path / "Positions.csv"
    csv.write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        '"Northshire Police",Detective Constable,'
        '"Proud to serve #NorthshirePolice with the Northshire Police Federation",,Jan 2020,\n',
        encoding="utf-8",
    )
    return csv


def _scan(*argv: str) -> tuple[int, dict[str, Any] | None, str]:
    code, out, err = run("scan", *argv, "--quiet")
    return code, (json.loads(out) if out.strip() else None), err


def test_a_registered_reporter_is_a_format(positions: Path) -> None:
    from footprint.registry import reporters

    def probe(result: Any, out: Any) -> None:
        out.write(f"probe: {result.sources[0].platform}\n")

    reporters.register("probe")(probe)
    try:
        code, out, err = run("scan", str(positions), "--format", "probe", "--quiet")
    finally:
        reporters.unregister("probe")
    assert code == 0, err
    assert out == "probe: linkedin\n"


def test_formats_contract_names_first_then_registered() -> None:
    from footprint.cli import format_names
    from footprint.registry import reporters

    reporters.register("zz-probe")(lambda result, out: None)
    try:
        names = format_names()
    finally:
        reporters.unregister("zz-probe")
    assert names[:4] == ["json", "html", "md", "text"]
    assert "zz-probe" in names[4:] and names[4:] == sorted(names[4:])


def test_unknown_format_lists_the_valid_ones(positions: Path) -> None:
    code, out, err = run("scan", str(positions), "--format", "pdf")
    assert code == 2 and out == ""
    assert "invalid choice: 'pdf'" in err and "'json'" in err and "'text'" in err


@pytest.mark.parametrize(
    ("args", "rules", "ran"),
    [
        ([], {"employment", "mentions", "hashtags"}, None),
        (["--detectors", "mentions"], {"mentions"}, ["mentions"]),
        (
            ["--detectors", "hashtags, mentions,"],
            {"mentions", "hashtags"},
            ["hashtags", "mentions"],
        ),
        (["--skip-detectors", "employment,hashtags"], {"mentions"}, "all but employment, hashtags"),
        (
            ["--detectors", "mentions,employment", "--skip-detectors", "employment"],
            {"mentions"},
            ["mentions"],
        ),
    ],
)
def test_detector_selection(
    positions: Path, args: list[str], rules: set[str], ran: list[str] | str | None
) -> None:
    from footprint.registry import detectors

    code, report, err = _scan(str(positions), "--org", str(NORTHSHIRE), *args)
    assert code == 0, err
    assert report is not None
    assert {s["rule"] for s in report["signals"]} == rules
    chosen = report["options"]["detectors"]
    if ran is None:
        assert chosen is None
        assert not any("detectors ran" in c for c in report["coverage"])
        return
    if isinstance(ran, str):
        ran = [n for n in detectors.names() if n not in ("employment", "hashtags")]
    assert chosen == ran
    # A partial scan says so: a low score must not read as a clean bill.
    (note,) = [c for c in report["coverage"] if "detectors ran" in c]
    assert "employment" in note


@pytest.mark.parametrize("option", ["--detectors", "--skip-detectors"])
def test_unknown_detector_is_a_usage_error_listing_the_valid_ones(
    positions: Path, option: str
) -> None:
    code, out, err = run("scan", str(positions), option, "mentions,nosuch")
    assert code == 2 and out == ""
    assert "unknown detector 'nosuch'; valid: " in err
    assert "mentions" in err.split("valid: ")[1] and "employment" in err.split("valid: ")[1]


def test_skipping_every_detector_is_a_usage_error(positions: Path) -> None:
    code, out, err = run(
        "scan", str(positions), "--detectors", "mentions", "--skip-detectors", "mentions"
    )
    assert code == 2 and out == ""
    assert err.strip() == "footprint: --skip-detectors leaves no detector to run"


def test_plugins_command_lists_what_can_be_named() -> None:
    code, out, err = run("plugins")
    assert code == 0, err
    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert lines["platforms"].startswith("x, facebook, instagram, linkedin")
    assert "mentions" in lines["detectors"].split(", ")
    formats = lines["formats"].split(", ")
    assert {"json", "text"} <= set(formats) and formats == sorted(formats)
    # The line is left out once every contract format has a reporter.
    assert lines.get("formats not available yet", "") == ", ".join(
        f for f in ("html", "md") if f not in formats
    )


def test_help_imports_no_scan_machinery() -> None:
    # Building the parser must not import the parsers, detectors or reporters:
    # `footprint --help` answers at once.
    code = (
        "import sys\n"
        "from footprint.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('footprint.pipeline', 'footprint.platforms', "
        "'footprint.detectors', 'footprint.report', 'spacy') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_a_contract_format_becomes_available_once_a_reporter_is_registered(
    positions: Path,
) -> None:
    from footprint.registry import reporters

    reporters.register("md")(lambda result, out: out.write("# report\n"))
    try:
        code, out, err = run("scan", str(positions), "--format", "md", "--quiet")
    finally:
        reporters.unregister("md")
    assert (code, out) == (0, "# report\n"), err
    code, _, err = run("scan", str(positions), "--format", "md", "--quiet")
    assert code == 2 and err.strip() == "footprint: --format md is not available yet"


PERSONA = Path(__file__).resolve().parents[1] / "examples" / "personas" / "careful"


def _careful_x(tmp_path: Path) -> Path:
    """The careful persona's X archive, zipped, with two hostile member names added."""
    import zipfile

    folder = next(p for p in PERSONA.iterdir() if p.is_dir() and p.name.startswith("twitter"))
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(folder).as_posix())
        zf.writestr("data/\x1b]0;owned\x07\x1b[2J.zip", b"PK\x05\x06" + b"\0" * 18)
        zf.writestr("data/tweets-\u202egpj.js", "window.YTD.tweets.part0 = [ {")
    return path


def test_escapes_from_member_names_and_profile_keys_are_shown_not_obeyed(
    tmp_path: Path,
) -> None:
    profile = tmp_path / "org.toml"
    profile.write_text(
        'id = "evil"\nname = "Evil\\u001b[2J Org"\n"\\u001b]0;owned\\u0007" = 1\n',
        encoding="utf-8",
    )
    code, out, err = run(
        "scan", str(_careful_x(tmp_path)), "--org", str(profile), "--format", "text", "--quiet"
    )
    assert code == 1
    for raw in ("\x1b", "\x07", "\u202e"):
        assert raw not in err and raw not in out
    assert "\\x1b]0;owned\\x07\\x1b[2J.zip: a nested archive" in err
    assert "tweets-\\u202egpj.js" in err
    assert "warning: " in err and "unknown key '\\x1b]0;owned\\x07'" in err
    assert "checked against Evil\\x1b[2J Org" in out  # the text report's header
    assert all(line.startswith("footprint: ") for line in err.splitlines())


def test_json_report_escapes_direction_overrides(tmp_path: Path) -> None:
    code, out, _ = run("scan", str(_careful_x(tmp_path)), "--quiet")
    assert code == 1
    assert "\u202e" not in out and "\\u202e" in out
    assert any("\u202e" in p for s in json.loads(out)["sources"] for p in s["problems"])


def _no_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the scan ran before the output paths were checked")

    monkeypatch.setattr("footprint.pipeline.scan", refuse)


@pytest.mark.parametrize(
    ("option", "make", "message"),
    [
        ("--out", lambda t: t / "missing" / "report.json", "does not exist"),
        ("--out", lambda t: t, "is a folder"),
        ("--graph", lambda t: t / "missing" / "g.graphml", "does not exist"),
        ("--graph", lambda t: t, "is a folder"),
        ("--manifests", lambda t: t / "missing" / "manifests", "does not exist"),
        ("--manifests", lambda t: t / "file.txt", "is a file"),
    ],
)
def test_bad_output_paths_are_usage_errors_before_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str, make: Any, message: str
) -> None:
    (tmp_path / "file.txt").write_text("mine")
    _no_scan(monkeypatch)
    target = make(tmp_path)
    code, out, err = run("scan", str(PERSONA), option, str(target), "--quiet")
    assert code == 2 and out == ""
    assert err.startswith(f"footprint: {option} {target}: ") and message in err
    assert "internal error" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]  # nothing written


def test_the_report_never_overwrites_an_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = tmp_path / "tweets.js"
    export.write_text('window.YTD.tweets.part0 = [ ]', encoding="utf-8")
    _no_scan(monkeypatch)
    code, _, err = run("scan", str(export), "--out", str(export), "--quiet")
    assert code == 2 and "is one of the exports to scan" in err
    assert export.read_text(encoding="utf-8") == 'window.YTD.tweets.part0 = [ ]'


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    _no_scan(monkeypatch)
    code, _, err = run("scan", str(PERSONA), "--out", str(locked / "r.json"), "--quiet")
    assert code == 2 and "cannot be written to" in err


def test_a_closed_pipe_ends_quietly() -> None:
    # The reader goes away before footprint writes a byte (`footprint scan ... | head -0`).
    proc = subprocess.Popen(
        [sys.executable, "-m", "footprint", "scan", str(PERSONA), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    code = proc.wait(timeout=120)
    assert err == "" and code == 141


def test_manifests_are_written_only_where_asked(tmp_path: Path) -> None:
    persona = PERSONA.parent / "police-officer"
    folders = [str(p) for p in sorted(persona.iterdir()) if p.is_dir()]
    where = tmp_path / "manifests"
    code, out, err = run(
        "scan", *folders, "--org", "south-wales-police", "--manifests", str(where), "--quiet"
    )
    assert code == 0, err
    names = sorted(p.name for p in where.iterdir())
    assert "x-delete-posts.csv" in names and all(n.endswith(".csv") for n in names)
    report = json.loads(out)
    assert report["options"]["manifests"] is True
    named = {s["manifest"] for s in report["plan"] if s["manifest"]}
    assert named == set(names)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["manifests"]
