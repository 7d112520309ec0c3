"""A plain-text report for people reading a terminal.

In the order a person acts on it: whose accounts, what was read, how exposed, what
reveals it, what to do, the security checks, and what the exports could not show.
Every line passes through :func:`footprint.escape.terminal`: text from an export is
shown as it is, control characters and direction overrides as visible escapes, so that
it can never steer the terminal.
"""

from __future__ import annotations

from typing import TextIO

from footprint.escape import terminal
from footprint.exposure.actions import BY_NAME
from footprint.pipeline import ScanResult
from footprint.registry import reporters
from footprint.signals import Signal

SHOWN_PER_GROUP = 15
SHOWN_PER_STEP = 5


def lines(result: ScanResult) -> list[str]:
    """The report, line by line, before escaping."""
    out: list[str] = []
    w = out.append
    w(f"footprint {result.version}" + (f", {result.generated_at}" if result.generated_at else ""))
    if result.organisation:
        w(f"Organisation profile: {result.organisation['name']}")
    w("")
    w("Accounts")
    for acc in result.accounts:
        handle = f"@{acc.handle}" if acc.handle else "(no handle in the export)"
        name = f"  {acc.display_name}" if acc.display_name else ""
        w(f"  {acc.platform:<10} {handle}{name}")
    if not result.accounts:
        w("  none found")

    w("")
    w("What was read")
    for src in result.sources:
        span = ""
        if src.first_date and src.last_date:
            span = f", {src.first_date[:10]} to {src.last_date[:10]}"
        w(f"  {src.path} ({src.platform}, {src.files_read} files{span})")
        counts = ", ".join(f"{n:,} {k}" for k, n in sorted(src.counts.items()))
        w(f"    {counts or 'nothing'}")
        for problem in src.problems:
            w(f"    problem: {problem}")
    for problem in result.problems:
        w(f"  problem: {problem}")

    if result.exposure is not None:
        e = result.exposure
        w("")
        w(f"Exposure: {e.score}/100 ({e.tier})")
        w("  " + "  ".join(f"{t} {v}" for t, v in e.by_target.items()))
        for ae in e.by_account:
            flow = f" ({ae.own_score} on its own)" if ae.own_score != ae.score else ""
            w(f"  {ae.platform:<10} {ae.account:<28} {ae.score}{flow}")

    w("")
    w("What your exports reveal")
    if not result.signals:
        w("  Nothing found.")
    for reveals in ("employer", "sector", "role", "location", "identity", "personal"):
        group = [s for s in result.signals if s.reveals == reveals]
        if not group:
            continue
        w("")
        w(f"  {reveals.upper()} ({len(group)})")
        for sig in group[:SHOWN_PER_GROUP]:
            where = sig.source.item or sig.source.field
            w(f"    {sig.confidence:.2f} {sig.platform:<9} {sig.kind:<20} {sig.evidence}")
            w(f"         {sig.why} [{sig.visibility}; {sig.source.file}: {where}]")
        if len(group) > SHOWN_PER_GROUP:
            w(f"    ... and {len(group) - SHOWN_PER_GROUP} more (see --format json)")

    if result.plan:
        by_id = {s.id: s for s in result.signals}
        w("")
        w("Plan")
        for i, step in enumerate(result.plan, 1):
            if step.kind != "exposure":
                w(f"  {i:>2}. {step.title} [{step.kind}]")
                w(f"      How: {step.instructions}")
                continue
            w(f"  {i:>2}. {step.title} (score after: {step.score_after})")
            if step.removes:
                w(f"      {step.removes}")
            if step.still:
                w(f"      {step.still}")
            w(f"      How: {step.instructions}")
            row = BY_NAME.get(step.action)
            if row is not None and row.manifest is not None:
                items = [by_id[x] for x in step.signals if x in by_id]
                out.extend(_items(items, step.manifest))
    if result.posture:
        w("")
        w("Security checks")
        for check in result.posture:
            where = f" ({check.platform})" if check.platform else ""
            w(f"  {check.status:<8} {check.check}{where}: {check.detail}")
    if result.guidance:
        w("")
        w("For high-risk staff")
        for line in result.guidance:
            w(f"  - {line}")
    if result.coverage:
        w("")
        w("What these exports cannot show")
        for line in result.coverage:
            w(f"  - {line}")
    if result.warnings:
        w("")
        w("Warnings")
        for line in result.warnings:
            w(f"  - {line}")
    return out


def _items(signals: list[Signal], manifest: str | None) -> list[str]:
    """The items a step acts on, newest first: a few, then where the rest are."""
    seen: dict[str, Signal] = {}
    for s in signals:
        if s.source.item is not None:
            seen.setdefault(s.source.item, s)
    items = sorted(seen.values(), key=lambda s: (s.source.date or "", s.source.item or ""))
    items.reverse()
    out = []
    for s in items[:SHOWN_PER_STEP]:
        when = f"{s.source.date[:10]} " if s.source.date else ""
        out.append(f"      - {when}{s.source.url or s.source.item}: {s.evidence}")
    if len(items) > SHOWN_PER_STEP:
        rest = len(items) - SHOWN_PER_STEP
        where = f"in {manifest}" if manifest else "in the JSON report (--format json)"
        out.append(f"      ... and {rest} more, listed {where}")
    return out


def write_text(result: ScanResult, out: TextIO) -> None:
    for line in lines(result):
        out.write(terminal(line) + "\n")


reporters.register("text")(write_text)
