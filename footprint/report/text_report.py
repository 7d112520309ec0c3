"""A plain-text summary for people reading a terminal."""

from __future__ import annotations

from typing import TextIO

from footprint.registry import reporters
from footprint.scan import ScanResult


def _clean(value: object) -> str:
    """One line, no control characters: text from an export must not steer the terminal."""
    text = str(value)
    return "".join(ch if ch.isprintable() else " " for ch in text)


@reporters.register("text")
def write_text(result: ScanResult, out: TextIO) -> None:
    w = out.write
    w(f"footprint {result.version}\n\n")
    w("Accounts\n")
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
    if result.coverage:
        w("\nWhat these exports cannot show\n")
        for line in result.coverage:
            w(f"  - {_clean(line)}\n")
    w("\nSignals\n")
    if result.signals:
        for sig in result.signals:
            w(f"  {_clean(sig)}\n")
    else:
        w("  Employer detection is not available in this version: only the exports were read.\n")
