"""The Markdown report (``--format md``): the HTML report's content as GitHub-flavoured
Markdown, for a ticket or a wiki page.

Every string, from an export or not, passes through :func:`md` before it is written: a
``|`` cannot end a table cell, a ``<`` cannot open an HTML tag, ``*``, ``_``, `````,
``[`` and ``]`` cannot start emphasis, code or a link, and a line break cannot end a list
item or a table row. The picture becomes its sentences (Markdown has no safe way to
carry an inline SVG).
"""

from __future__ import annotations

import re
from typing import TextIO

from footprint.pipeline import ScanResult
from footprint.registry import reporters
from footprint.report.i18n import DEFAULT
from footprint.report.picture import build_picture
from footprint.report.view import ReportView, SignalView, build_view, shown
from footprint.report.words import Words

_ESCAPE = re.compile(r"([\\`*_\[\]|~#])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def md(value: object) -> str:
    """Text that Markdown shows as it is, in a paragraph, a list item or a table cell."""
    text = " ".join(shown(value).split())
    text = _ENTITY.sub("&amp;", text)
    text = text.replace("<", "&lt;")
    return _ESCAPE.sub(r"\\\1", text)


def render_md(result: ScanResult, lang: str = DEFAULT) -> str:
    w = Words(lang)
    v = build_view(result, w)
    picture = build_picture(result.graph(), result.exposure, w)
    _ = w._
    out: list[str] = []
    put = out.append

    put(f"# {md(_('What your exports reveal about where you work'))}")
    put("")
    meta = []
    if v.subject:
        meta.append(f"{md(_('Report for'))} **{md(v.subject)}**")
    if v.organisation:
        meta.append(f"{md(_('checked against'))} {md(v.organisation)}")
    if v.generated:
        meta.append(md(v.generated))
    if meta:
        put(" · ".join(meta))
        put("")

    put(f"## {md(_('Your exposure'))}")
    put("")
    if v.score is None:
        put(md(w.no_score()))
    else:
        put(f"**{md(v.score_words)}: {md(v.tier_words)}**")
        put("")
        put(f"**{md(v.headline)}**")
        put("")
        put(md(v.outcome))
        put("")
        put(f"| {md(_('What your exports can reveal'))} | {md(_('Score'))} |")
        put("|---|---:|")
        for t in v.targets:
            put(f"| {md(t.label)} | {t.score} |")
    put("")
    if v.top:
        put(f"### {md(_('What gives you away most'))}")
        put("")
        for i, s in enumerate(v.top, 1):
            put(f"{i}. **{md(s.evidence)}** ({md(s.where)}; {md(s.confidence)})")
        put("")
    put(md(w.caveat()))
    put("")

    put(f"## {md(_('The picture'))}")
    put("")
    for line in picture.sentences:
        put(f"- {md(line)}")
    put("")

    put(f"## {md(_('Your plan'))}")
    put("")
    put(md(v.outcome))
    put("")
    put(md(w.plan_note()))
    put("")
    for st in v.steps:
        put(f"- [ ] **{st.number}. {md(st.title)}** ({md(st.score)})")
        if st.removes:
            put(f"  {md(st.removes)}")
        if st.still:
            put(f"  {md(st.still)}")
        if st.how:
            put(f"  **{md(_('How:'))}** {md(st.how)}")
        for s in st.items[:10]:
            put(f"  - {md(s.evidence)} ({md(s.where)})")
        hidden = len(st.items) - 10 + st.more_items
        if hidden > 0:
            put(f"  - {md(w.more(hidden))}")
    if v.guidance:
        put("")
        put(f"### {md(_('For staff at high risk'))}")
        put("")
        for line in v.guidance:
            put(f"- {md(line)}")
    put("")

    put(f"## {md(_('What gives you away'))}")
    put("")
    if not v.groups:
        put(md(w.nothing_found()))
        put("")
    for g in v.groups:
        put(f"### {md(g.heading)} ({g.count})")
        put("")
        for pg in g.platforms:
            put(f"#### {md(pg.title)}")
            put("")
            put(
                f"| {md(_('Evidence'))} | {md(_('Why it counts'))} | "
                f"{md(_('Confidence'))} | {md(_('Where'))} |"
            )
            put("|---|---|---|---|")
            for s in (*pg.shown, *pg.folded):
                put(_row(s))
            if pg.more:
                put("")
                put(md(w.more_in_json(pg.more)))
            put("")

    put(f"## {md(_('Security checks'))}")
    put("")
    for c in v.checks:
        where = f": {md(', '.join(c.platforms))}" if c.platforms else ""
        put(f"- **{md(c.status_words)}**: {md(c.name)}{where}. {md(c.finding)}")
        for plat, fix in c.fixes:
            label = f"{md(plat)}: " if plat else ""
            put(f"  - {md(_('What to do:'))} {label}{md(fix)}")
    put("")

    put(f"## {md(_('What the scan could not read'))}")
    put("")
    if v.problems:
        put(md(w.problems_intro()))
        put("")
        for line in v.problems:
            put(f"- {md(line)}")
    else:
        put(md(w.all_read()))
    put("")
    if v.warnings:
        put(f"### {md(_('Warnings'))}")
        put("")
        for line in v.warnings:
            put(f"- {md(line)}")
        put("")
    if v.coverage:
        put(f"### {md(_('What these exports cannot show'))}")
        put("")
        for note in v.coverage:
            put(f"- {md(note.text)}")
        put("")

    put(f"## {md(_('About this report'))}")
    put("")
    put(_about(v, w))
    put("")
    return "\n".join(out)


def _row(s: SignalView) -> str:
    cells = (s.evidence, s.reason, s.confidence, f"{s.where}; {s.visibility}")
    return "| " + " | ".join(md(c) for c in cells) + " |"


def _about(v: ReportView, w: Words) -> str:
    _ = w._
    accounts = "; ".join(
        " ".join(x for x in (a.platform, a.handle, f"({a.name})" if a.name else "") if x)
        for a in v.accounts
    )
    sources = "; ".join(f"{s.path} ({s.platform}: {s.counts})" for s in v.sources)
    lines = [
        f"- **{md(_('Accounts'))}**: {md(accounts)}",
        f"- **{md(_('Read'))}**: {md(sources)}",
        f"- **{md(_('Signals'))}**: {v.signal_count}",
        "",
        md(w.made_here()),
        "",
        f"footprint {md(v.version)}",
    ]
    return "\n".join(lines)


def write_md(result: ScanResult, out: TextIO, lang: str = DEFAULT) -> None:
    out.write(render_md(result, lang))


reporters.register("md")(write_md)
