"""The answer of ``footprint check``: one line per finding, then what it adds up to.

Each line says what the words would reveal, how sure footprint is (in words, with the
number), the words that matched and why they count, in the reader's language. Text from
the draft is printed as one line without control characters: it must not steer the
terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from footprint.report.i18n import DEFAULT
from footprint.report.view import shown
from footprint.report.words import Words
from footprint.signals import REVEALS

if TYPE_CHECKING:
    from footprint.pipeline import TextCheck


def render_check(found: TextCheck, lang: str = DEFAULT) -> str:
    w = Words(lang)
    lines = []
    for sig in found.signals:
        lines.append(
            w._("Reveals {what}, {confidence}: “{words}”. {why}").format(
                what=w.reveals(sig.reveals),
                confidence=w.confidence(sig.confidence),
                words=shown(sig.matched),
                why=shown(w.reason(sig)),
            )
        )
    work = [
        r
        for r in REVEALS
        if r in {"employer", "sector", "role"} and any(s.reveals == r for s in found.signals)
    ]
    if work:
        lines.append(
            w._("These words would reveal {what}. Think before you post them.").format(
                what=", ".join(w.reveals(r) for r in work)
            )
        )
    elif found.problems:
        lines.append(
            w._("The check is incomplete (a detector failed): it cannot say these words are safe.")
        )
    elif found.signals:
        lines.append(
            w._(
                "Nothing here reveals your employer, line of work or role, but see what the "
                "lines above say."
            )
        )
    elif found.organisation:
        lines.append(
            w._("Nothing here reveals your employer, line of work or role ({org}).").format(
                org=shown(found.organisation.get("name", ""))
            )
        )
    else:
        lines.append(
            w._(
                "Nothing here reveals an employer, line of work or role. Without --org only "
                "general statements (“I work at …”, job titles) were checked."
            )
        )
    return "\n".join(lines) + "\n"
