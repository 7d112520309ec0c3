"""``footprint check`` and ``footprint.check_text``: a draft before it is posted."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import footprint
from footprint.cli import main
from footprint.pipeline import check_text


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    inp: io.StringIO = io.StringIO(stdin) if stdin is not None else Tty()
    code = main(list(argv), stdout=out, stderr=err, stdin=inp)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("text", "field", "reveals"),
    [
        ("Proud of the team at South Wales Police tonight", "text", {"employer"}),
        ("Another night shift done 🖤💙🖤 #thinblueline", "text", {"sector"}),
        ("PC in Cardiff. Views my own", "bio", {"role", "sector"}),
        ("Email me: daf@south-wales.police.uk", "text", {"employer"}),
        ("Jane 🖤💙🖤", "display_name", {"sector"}),
    ],
)
def test_words_that_reveal_work(text: str, field: str, reveals: set[str]) -> None:
    found = check_text(text, org="south-wales-police", field=field)
    assert {s.reveals for s in found.signals} >= reveals
    assert found.reveals_work and found.exit_code == 1
    assert all(s.platform == "draft" for s in found.signals)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely walk on the beach with the dog this morning",
        "Rugby tonight, anyone coming?",
        "",
        "PC gaming all weekend",  # an ambiguous title without work context is no signal
    ],
)
def test_words_that_reveal_nothing(text: str) -> None:
    found = check_text(text, org="south-wales-police")
    assert not found.reveals_work and found.exit_code == 0


def test_without_an_organisation_generic_statements_still_count() -> None:
    assert check_text("I work at the Home Office as a policy adviser").reveals_work
    assert not check_text("Proud of the team at South Wales Police tonight").reveals_work


def test_the_library_offers_it_lazily() -> None:
    found = footprint.check_text("Proud of South Wales Police", org="south-wales-police")
    assert isinstance(found, footprint.TextCheck)
    assert found.to_dict()["reveals_work"] is True


def test_bad_field_is_an_error() -> None:
    with pytest.raises(ValueError, match="field 'post'"):
        check_text("x", field="post")


def test_cli_one_line_per_finding_then_the_verdict() -> None:
    code, out, err = run(
        "check",
        "Proud of the team at South Wales Police tonight 🖤💙🖤",
        "--org",
        "south-wales-police",
    )
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == (
        "Reveals your employer, strong (0.85): “South Wales Police”. It names South Wales Police."
    )
    assert lines[1].startswith("Reveals your line of work, likely (0.65): “🖤💙🖤”.")
    assert lines[-1] == (
        "These words would reveal your employer, your line of work. Think before you post them."
    )


def test_cli_nothing_found_exits_0_and_says_what_was_checked() -> None:
    code, out, _ = run("check", "Lovely day", "--org", "south-wales-police")
    assert code == 0
    assert out == "Nothing here reveals your employer, line of work or role (South Wales Police).\n"
    code, out, _ = run("check", "Lovely day")
    assert code == 0 and "Without --org" in out


def test_cli_reads_standard_input_and_files(tmp_path: Path) -> None:
    code, out, _ = run("check", "--org", "south-wales-police", stdin="Proud of South Wales Police")
    assert code == 1 and "your employer" in out
    draft = tmp_path / "draft.txt"
    draft.write_text("PC in Cardiff. Views my own", encoding="utf-8")
    code, out, _ = run("check", "--file", str(draft), "--as", "bio", "--org", "south-wales-police")
    assert code == 1 and "your role" in out


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["check", "words", "--file", "x.txt"], None, "not both"),
        (["check"], None, "give the words as TEXT"),
        (["check", "--file", "/nonexistent/draft.txt"], None, "cannot be read"),
        (["check", "x", "--org", "no-such-profile"], None, "unknown profile"),
        (["check", "x", "--as", "post"], None, "invalid choice"),
    ],
)
def test_cli_bad_usage_is_exit_2(
    argv: list[str], stdin: str | None, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(*argv, stdin=stdin)
    assert code == 2 and out == ""
    assert message in err + capsys.readouterr().err  # argparse writes to sys.stderr


def test_cli_answers_in_welsh() -> None:
    code, out, _ = run(
        "check", "Proud of South Wales Police", "--org", "south-wales-police", "--lang", "cy"
    )
    assert code == 1
    assert out.splitlines()[0].startswith("Yn datgelu eich cyflogwr, cryf")
    assert out.splitlines()[-1].startswith("Byddai'r geiriau hyn yn datgelu eich cyflogwr.")


def test_cli_draft_text_cannot_steer_the_terminal() -> None:
    code, out, _ = run(
        "check",
        "South Wales Police \x1b[2J\x1b]0;owned\x07 #thinblueline\x1b[0m",
        "--org",
        "south-wales-police",
    )
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out
