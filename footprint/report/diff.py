"""``footprint diff OLD.json NEW.json``: what a re-scan after remediation removed.

Signal ids are stable across scans (CONTRACT.md), so comparing the two reports' ids
says what is gone, what remains and what is new, and the exposure scores give the
change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from footprint.errors import UsageError


@dataclass(frozen=True, slots=True)
class Diff:
    removed: list[dict[str, Any]]
    remaining: list[dict[str, Any]]
    added: list[dict[str, Any]]
    score_before: int | None
    score_after: int | None
    by_target_before: dict[str, int]
    by_target_after: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        change = (
            self.score_after - self.score_before
            if self.score_before is not None and self.score_after is not None
            else None
        )
        return {
            "schema": "footprint.report.diff/1",
            "score": {"before": self.score_before, "after": self.score_after, "change": change},
            "by_target": {
                t: {"before": self.by_target_before.get(t), "after": self.by_target_after.get(t)}
                for t in sorted(set(self.by_target_before) | set(self.by_target_after))
            },
            "removed": [_brief(s) for s in self.removed],
            "remaining": [_brief(s) for s in self.remaining],
            "new": [_brief(s) for s in self.added],
        }


def _brief(s: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "kind", "reveals", "platform", "evidence", "confidence")
    return {k: s.get(k) for k in keys}


def load_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not a JSON report ({exc})") from exc
    if not isinstance(data, dict) or data.get("schema") != "footprint.report/1":
        raise UsageError(f"{path}: not a footprint.report/1 document")
    return data


def diff(old: dict[str, Any], new: dict[str, Any]) -> Diff:
    old_sigs = {s["id"]: s for s in old.get("signals", [])}
    new_sigs = {s["id"]: s for s in new.get("signals", [])}
    oe = old.get("exposure") or {}
    ne = new.get("exposure") or {}
    return Diff(
        removed=[s for i, s in old_sigs.items() if i not in new_sigs],
        remaining=[s for i, s in new_sigs.items() if i in old_sigs],
        added=[s for i, s in new_sigs.items() if i not in old_sigs],
        score_before=oe.get("score"),
        score_after=ne.get("score"),
        by_target_before=oe.get("by_target") or {},
        by_target_after=ne.get("by_target") or {},
    )


def render_text(d: Diff) -> str:
    lines = []
    if d.score_before is not None and d.score_after is not None:
        lines.append(
            f"Exposure {d.score_before} -> {d.score_after} ({d.score_after - d.score_before:+d})"
        )
        for t in sorted(set(d.by_target_before) | set(d.by_target_after)):
            b, a = d.by_target_before.get(t), d.by_target_after.get(t)
            if b != a:
                lines.append(f"  {t}: {b} -> {a}")
    lines.append(f"Removed: {len(d.removed)}   Remaining: {len(d.remaining)}   New: {len(d.added)}")
    for title, group in (("Removed", d.removed), ("Still there", d.remaining), ("New", d.added)):
        if not group:
            continue
        lines.append(f"\n{title}")
        for s in group[:50]:
            ev = "".join(ch if ch.isprintable() else " " for ch in str(s.get("evidence", "")))
            lines.append(f"  {s.get('platform')} {s.get('kind')} ({s.get('reveals')}): {ev}")
        if len(group) > 50:
            lines.append(f"  ... and {len(group) - 50} more")
    return "\n".join(lines) + "\n"
