"""A plain-text report for people reading a terminal.

In the order a person acts on it: whose accounts, what was read, how exposed, what
reveals it, what to do, the security checks, and what the exports could not show.
Every piece of text from an export is stripped of control characters first.
"""

from __future__ import annotations

from typing import TextIO

from footprint.pipeline import ScanResult
from footprint.registry import reporters

SHOWN_PER_GROUP = 15


def _clean(value: object) -> str:
    """One line, no control characters: text from an export must not steer the terminal."""
    text = str(value)
    return "".join(ch if ch.isprintable() else " " for ch in text)


def write_text(result: ScanResult, out: TextIO) -> None:
    w = out.write
    w(f"footprint {result.version}\n")
    if result.organisation:
        w(f"Organisation profile: {_clean(result.organisation['name'])}\n")
    w("\nAccounts\n")
    for acc in result.accounts:
        handle = f"@{_clean(acc.handle)}" if acc.handle else "(no handle in the export)"
        name = f"  {_clean(acc.display_name)}" if acc.display_name else ""
        w(f"  {acc.platform:<10} {handle}{name}\n")
    if not result.accounts:
        w("  none found\n")

    w("\nWhat was read\n")
    for src in result.sources:
        w(f"  {_clean(src.path)} ({src.platform}, {src.files_read} files)\n")
        counts = ", ".join(f"{n:,} {k}" for k, n in sorted(src.counts.items()))
        w(f"    {counts or 'nothing'}\n")
        for problem in src.problems:
            w(f"    problem: {_clean(problem)}\n")
    for problem in result.problems:
        w(f"  problem: {_clean(problem)}\n")

    if result.exposure is not None:
        e = result.exposure
        w(f"\nExposure: {e.score}/100 ({e.tier})\n")
        w("  " + "  ".join(f"{t} {v}" for t, v in e.by_target.items()) + "\n")
        for ae in e.by_account:
            flow = f" ({ae.own_score} on its own)" if ae.own_score != ae.score else ""
            w(f"  {ae.platform:<10} {_clean(ae.account):<28} {ae.score}{flow}\n")

    w("\nWhat your exports reveal\n")
    if not result.signals:
        w("  Nothing found.\n")
    for reveals in ("employer", "sector", "role", "location", "identity", "personal"):
        group = [s for s in result.signals if s.reveals == reveals]
        if not group:
            continue
        w(f"\n  {reveals.upper()} ({len(group)})\n")
        for sig in group[:SHOWN_PER_GROUP]:
            where = sig.source.item or sig.source.field
            w(f"    {sig.confidence:.2f} {sig.platform:<9} {sig.kind:<20} {_clean(sig.evidence)}\n")
            place = f"{sig.visibility}; {_clean(sig.source.file)}: {_clean(where)}"
            w(f"         {_clean(sig.why)} [{place}]\n")
        if len(group) > SHOWN_PER_GROUP:
            w(f"    ... and {len(group) - SHOWN_PER_GROUP} more (see --format json)\n")

    if result.plan:
        w("\nPlan (each step: the score after it)\n")
        for i, step in enumerate(result.plan, 1):
            tag = "" if step.kind == "exposure" else f" [{step.kind}]"
            w(f"  {i:>2}. {_clean(step.title)}{tag} -> {step.score_after}\n")
            w(f"      {_clean(step.instructions)}\n")
    if result.posture:
        w("\nSecurity checks\n")
        for check in result.posture:
            where = f" ({check.platform})" if check.platform else ""
            w(f"  {check.status:<8} {check.check}{where}: {_clean(check.detail)}\n")
    if result.guidance:
        w("\nFor high-risk staff\n")
        for line in result.guidance:
            w(f"  - {_clean(line)}\n")
    if result.coverage:
        w("\nWhat these exports cannot show\n")
        for line in result.coverage:
            w(f"  - {_clean(line)}\n")
    if result.warnings:
        w("\nWarnings\n")
        for line in result.warnings:
            w(f"  - {_clean(line)}\n")


reporters.register("text")(write_text)
