"""The text report in plain words: plain when piped, rich on a terminal, safe either way."""

from __future__ import annotations

import io
from pathlib import Path

from footprint.pipeline import scan
from footprint.report.readable import WIDTH, render_plain, write_readable
from tests.personas import ORGS, scan_persona
from tests.report.hostile import hostile_export


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_text_says_score_headline_plan_and_checks() -> None:
    text = render_plain(scan_persona("police-officer", ORGS["police-officer"]))
    assert "100/100  Critical exposure" in text
    assert "Anyone who looks can tell that South Wales Police is your employer." in text
    assert "[ ] 1. Facebook: remove the job “Police Constable at South Wales Police”" in text
    assert "Score after: 100 (no change yet)" in text
    assert "strong (0.95)" in text and "0.95 " not in text.replace("(0.95)", "")
    assert "[Needs action] A work e-mail address on a personal account: LinkedIn" in text
    assert "two_factor" not in text and "not_met" not in text
    assert max(len(line) for line in text.splitlines()) <= WIDTH
    assert "\x1b" not in text


def test_plain_text_in_welsh() -> None:
    text = render_plain(
        scan_persona("welsh-gov-policy-officer", ORGS["welsh-gov-policy-officer"]), "cy"
    )
    assert (
        "Eich amlygiad" in text and "Gall unrhyw un sy'n edrych weld mai Welsh Government" in text
    )


def test_a_terminal_gets_colour_and_hostile_text_stays_text(tmp_path: Path) -> None:
    folder = hostile_export(tmp_path / "twitter-hostile")
    result = scan([folder], org="south-wales-police")
    out = Tty()
    write_readable(result, out)
    shown = out.getvalue()
    assert "\x1b[" in shown  # rich's colours
    assert "\u202e" not in shown and "\\u202egpj.exe" in shown
    assert "<script>window.__pwned=2</script>" in shown  # words, and rich markup is not read
    plain = io.StringIO()
    write_readable(result, plain)
    assert "\x1b" not in plain.getvalue()


def test_rich_markup_in_an_export_is_shown_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "twitter"
    hostile_export(folder)
    bio = folder / "data" / "profile.js"
    bio.write_text(
        bio.read_text(encoding="utf-8").replace("<b>bold</b>", "[bold red]loud[/]"),
        encoding="utf-8",
    )
    out = Tty()
    write_readable(scan([folder], org="south-wales-police"), out)
    assert "[bold red]loud[/]" in out.getvalue()
