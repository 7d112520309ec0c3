"""Which format and language ``footprint scan`` writes: --format, else --out's extension,
else text on a terminal and JSON when piped; --lang, else LANGUAGE/LANG."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from footprint.cli import choose_format, main
from tests.personas import export_paths

PATHS = [str(p) for p in export_paths("careful")]


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def scan(*extra: str, stdout: io.StringIO | None = None) -> tuple[int, str, str]:
    out = stdout if stdout is not None else io.StringIO()
    err = io.StringIO()
    code = main(["scan", *PATHS, "--org", "uk-police", "--quiet", *extra], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("fmt", "out", "tty", "expected"),
    [
        ("md", "report.html", False, "md"),  # --format wins
        (None, "report.html", False, "html"),
        (None, "REPORT.HTM", False, "html"),
        (None, "report.md", True, "md"),
        (None, "report.txt", False, "text"),
        (None, "report.json", True, "json"),
        (None, None, True, "text"),
        (None, None, False, "json"),
    ],
)
def test_format_follows_flag_then_extension_then_terminal(
    fmt: str | None, out: str | None, tty: bool, expected: str
) -> None:
    stream = Tty() if tty else io.StringIO()
    assert choose_format(fmt, out, stream) == expected


def test_an_extension_that_names_no_format_is_bad_usage(tmp_path: Path) -> None:
    code, _, err = scan("--out", str(tmp_path / "report.pdf"))
    assert code == 2 and "cannot tell the format from the extension" in err
    assert not (tmp_path / "report.pdf").exists()


@pytest.mark.parametrize(
    ("name", "starts"),
    [("r.html", "<!doctype html>"), ("r.md", "# What your exports"), ("r.json", "{")],
)
def test_out_writes_the_format_its_extension_names(tmp_path: Path, name: str, starts: str) -> None:
    code, out, _ = scan("--out", str(tmp_path / name))
    assert code == 0 and out == ""
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(starts)


def test_piped_is_json_and_a_terminal_is_text() -> None:
    _, piped, _ = scan()
    assert json.loads(piped)["schema"] == "footprint.report/1"
    _, shown, _ = scan(stdout=Tty())
    assert not shown.startswith("{") and "Your exposure" in shown


def test_html_and_md_are_built() -> None:
    code, html, err = scan("--format", "html")
    assert code == 0 and "not available" not in err and html.startswith("<!doctype html>")
    code, md, _ = scan("--format", "md")
    assert code == 0 and md.startswith("# What your exports reveal")


def test_language_from_the_flag_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    _, md, _ = scan("--format", "md", "--lang", "cy")
    assert md.startswith("# Beth mae eich allforiadau")
    monkeypatch.setenv("LANGUAGE", "cy")
    _, md, _ = scan("--format", "md")
    assert md.startswith("# Beth mae eich allforiadau")
    _, md, _ = scan("--format", "md", "--lang", "en")
    assert md.startswith("# What your exports")


def test_a_reporter_that_speaks_only_english_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from footprint.registry import reporters

    def english_only(result: object, out: io.StringIO) -> None:
        out.write("report\n")

    monkeypatch.setattr(reporters, "get", lambda name: english_only)
    _, out, err = scan("--format", "md", "--lang", "cy")
    assert out == "report\n" and "the md report is in English only for now" in err
    _, _, err = scan("--format", "json", "--lang", "cy")
    assert "warning" not in err


def test_help_says_how_the_format_is_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "from --out's extension" in text and "text on a terminal and json when piped" in text
