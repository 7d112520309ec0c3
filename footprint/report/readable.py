"""The text report in plain words (``--format text``): what the HTML report says, for a
terminal. On a terminal it is laid out in colour with ``rich``; piped or written to a
file it is plain text, wrapped at 88 columns.

The same content as the HTML and Markdown reports (:mod:`footprint.report.view`), in the
reader's language: the score and its sentence, the strongest signals, the plan with the
score after each step and what each removes, what gives the employer away (a few per
group: ``--format html`` or ``json`` has them all), the security checks and what was not
read. Text from an export goes through :func:`~footprint.report.view.shown` (no control
character reaches the terminal, direction overrides are shown as their code) and is
given to ``rich`` as text, never as markup, so ``[bold]`` in a bio stays those characters.

``footprint.report.text_report.write_text`` (the older listing) stays registered and
importable; the CLI uses this module for ``--format text``.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import TextIO

from footprint.pipeline import ScanResult
from footprint.report.i18n import DEFAULT
from footprint.report.view import ReportView, build_view
from footprint.report.words import Words

WIDTH = 88
SIGNALS_SHOWN = 5  # per (what it reveals, platform)
STEP_ITEMS = 3  # the evidence named under a plan step


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    indent: int = 0
    style: str = ""  # a rich style; plain text ignores it
    hang: int = 0  # extra indent of wrapped continuation lines


def lines(v: ReportView, w: Words) -> list[Line]:
    """The report as styled lines, in reading order."""
    _ = w._
    out: list[Line] = []
    add = out.append
    head = _("What your exports reveal about where you work")
    add(Line(head, style="bold"))
    meta = []
    if v.subject:
        meta.append(f"{_('Report for')} {v.subject}")
    if v.organisation:
        meta.append(f"{_('checked against')} {v.organisation}")
    if v.generated:
        meta.append(v.generated)
    if meta:
        add(Line(" · ".join(meta), style="dim"))

    add(Line(""))
    add(Line(_("Your exposure"), style="bold underline"))
    if v.score is None:
        add(Line(w.no_score()))
    else:
        add(
            Line(
                f"{v.score}/100  {v.tier_words}", style=f"bold {_TIER_STYLE.get(v.tier or '', '')}"
            )
        )
        add(Line(v.headline, style="bold"))
        add(Line(v.outcome))
        width = max((len(t.label) for t in v.targets), default=0)
        for t in v.targets:
            bar = "█" * round(t.score / 10)
            add(Line(f"{t.label:<{width}}  {t.score:>3}  {bar}", indent=2, style=_style(t.score)))
    if v.top:
        add(Line(""))
        add(Line(_("What gives you away most"), style="bold"))
        for i, s in enumerate(v.top, 1):
            add(Line(f"{i}. {s.evidence}", indent=2, hang=3))
            add(Line(f"{s.where} · {s.confidence}", indent=5, style="dim"))
    add(Line(w.caveat(), style="dim"))

    add(Line(""))
    add(Line(_("Your plan"), style="bold underline"))
    add(Line(v.outcome))
    add(Line(w.plan_note(), style="dim"))
    for st in v.steps:
        add(Line(f"[ ] {st.number}. {st.title}", indent=2, hang=4, style="bold"))
        add(Line(st.score, indent=6, style="green" if st.lowers else "dim"))
        if st.removes:
            add(Line(st.removes, indent=6))
        if st.still:
            add(Line(st.still, indent=6, style="dim"))
        if st.how:
            add(Line(f"{_('How:')} {st.how}", indent=6))
        for item in st.items[:STEP_ITEMS]:
            add(Line(f"- {item.evidence} ({item.where})", indent=6, hang=2, style="dim"))
        hidden = len(st.items) - STEP_ITEMS + st.more_items
        if hidden > 0:
            add(Line(w.more(hidden), indent=6, style="dim"))
    if v.guidance:
        add(Line(_("For staff at high risk"), style="bold"))
        for line in v.guidance:
            add(Line(f"- {line}", indent=2, hang=2))

    add(Line(""))
    add(Line(_("What gives you away"), style="bold underline"))
    if not v.groups:
        add(Line(w.nothing_found()))
    for g in v.groups:
        add(Line(f"{g.heading} ({g.count})", style="bold"))
        for pg in g.platforms:
            add(Line(pg.title, indent=2, style="bold"))
            every = (*pg.shown, *pg.folded)
            for s in every[:SIGNALS_SHOWN]:
                add(Line(f"- {s.evidence}", indent=4, hang=2))
                add(
                    Line(
                        f"{s.reason} {s.confidence} · {s.where} · {s.visibility}",
                        indent=6,
                        style="dim",
                    )
                )
            hidden = len(every) - SIGNALS_SHOWN + pg.more
            if hidden > 0:
                add(Line(f"{w.more(hidden)} (--format html)", indent=4, style="dim"))

    add(Line(""))
    add(Line(_("Security checks"), style="bold underline"))
    for c in v.checks:
        where = f": {', '.join(c.platforms)}" if c.platforms else ""
        add(
            Line(
                f"[{c.status_words}] {c.name}{where}",
                indent=2,
                hang=2,
                style=_CHECK_STYLE.get(c.status, ""),
            )
        )
        add(Line(c.finding, indent=4))
        for plat, fix in c.fixes:
            label = f"{plat}: " if plat else ""
            add(Line(f"{_('What to do:')} {label}{fix}", indent=4, hang=2))

    add(Line(""))
    add(Line(_("What the scan could not read"), style="bold underline"))
    if v.problems:
        add(Line(w.problems_intro()))
        for p in v.problems:
            add(Line(f"- {p}", indent=2, hang=2, style="red"))
    else:
        add(Line(w.all_read()))
    for note in v.coverage:
        add(Line(f"- {note.text}", indent=2, hang=2, style="dim"))
    if v.warnings:
        add(Line(""))
        add(Line(_("Warnings"), style="bold"))
        for warning in v.warnings:
            add(Line(f"- {warning}", indent=2, hang=2, style="yellow"))

    add(Line(""))
    add(Line(_("What was read"), style="bold"))
    for src in v.sources:
        add(Line(f"{src.path} ({src.platform}: {src.counts})", indent=2, hang=2))
    add(Line(f"footprint {v.version}", style="dim"))
    return out


_TIER_STYLE = {"low": "green", "medium": "yellow", "high": "dark_orange", "critical": "red"}
_CHECK_STYLE = {"met": "green", "not_met": "red", "unknown": "yellow"}


def _style(score: int) -> str:
    return (
        "green"
        if score < 25
        else "yellow"
        if score < 50
        else "dark_orange"
        if score < 75
        else "red"
    )


def render_plain(result: ScanResult, lang: str = DEFAULT) -> str:
    """The report as plain text, wrapped at :data:`WIDTH` columns."""
    w = Words(lang)
    out = []
    for line in lines(build_view(result, w), w):
        if not line.text:
            out.append("")
            continue
        pad = " " * line.indent
        out.extend(
            textwrap.wrap(
                line.text,
                WIDTH,
                initial_indent=pad,
                subsequent_indent=pad + " " * line.hang,
                break_on_hyphens=False,
            )
            or [pad]
        )
    return "\n".join(out) + "\n"


def write_readable(result: ScanResult, out: TextIO, lang: str = DEFAULT) -> None:
    """Colour and layout on a terminal (``rich``), plain text otherwise."""
    if not out.isatty():
        out.write(render_plain(result, lang))
        return
    from rich.console import Console
    from rich.padding import Padding
    from rich.text import Text

    w = Words(lang)
    console = Console(file=out, highlight=False, emoji=False, markup=False, soft_wrap=False)
    for line in lines(build_view(result, w), w):
        # Text, never markup: "[bold]" in a bio is shown as written.
        text = Text(line.text, style=line.style)
        console.print(Padding(text, (0, 0, 0, line.indent)) if line.indent else text)
