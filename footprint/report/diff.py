"""``footprint diff OLD.json NEW.json``: what a re-scan after remediation removed.

Signal ids are stable across scans (CONTRACT.md), so comparing the two reports' ids
says what is gone, what remains and what is new, and the exposure scores give the
change.

That holds only for two scans of one person with one profile. Each report records who
(``subject.accounts``, with each platform's own account id), when (``generated_at``,
and the dates each export covers) and with what profile (``organisation``: id, name
and a digest of its terms), and :func:`comparable` refuses a pair that does not match:

- the same person: some account of one report is an account of the other. Where both
  reports know a platform's account id, the ids decide (a changed handle on the same id
  is the same person; the same handle on another id is not); else the handles, else the
  display names;
- the same profile id. A profile whose terms changed (an edited file, a newer release)
  is compared, with a note saying new or removed signals may come from the profile.

``--force`` compares anyway.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footprint.errors import UsageError
from footprint.escape import json_text, terminal


@dataclass(frozen=True, slots=True)
class Diff:
    removed: list[dict[str, Any]]
    remaining: list[dict[str, Any]]
    added: list[dict[str, Any]]
    score_before: int | None
    score_after: int | None
    by_target_before: dict[str, int]
    by_target_after: dict[str, int]
    when_before: str | None = None
    when_after: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        change = (
            self.score_after - self.score_before
            if self.score_before is not None and self.score_after is not None
            else None
        )
        return {
            "schema": "footprint.report.diff/1",
            "generated_at": {"before": self.when_before, "after": self.when_after},
            "score": {"before": self.score_before, "after": self.score_after, "change": change},
            "by_target": {
                t: {"before": self.by_target_before.get(t), "after": self.by_target_after.get(t)}
                for t in sorted(set(self.by_target_before) | set(self.by_target_after))
            },
            "removed": [_brief(s) for s in self.removed],
            "remaining": [_brief(s) for s in self.remaining],
            "new": [_brief(s) for s in self.added],
            "notes": list(self.notes),
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
    signals = data.get("signals")
    if not isinstance(signals, list) or not all(
        isinstance(s, dict) and isinstance(s.get("id"), str) for s in signals
    ):
        raise UsageError(f"{path}: its signals are not a list of signals with ids")
    data["_path"] = str(path)
    return data


def _accounts(report: dict[str, Any]) -> list[dict[str, Any]]:
    subject = report.get("subject")
    accounts = subject.get("accounts") if isinstance(subject, dict) else None
    if not isinstance(accounts, list):
        return []
    return [a for a in accounts if isinstance(a, dict) and isinstance(a.get("platform"), str)]


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def same_account(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two ``subject.accounts`` entries are one account (see the module docstring)."""
    if a.get("platform") != b.get("platform"):
        return False
    for key, fold in (("account_id", False), ("handle", True), ("display_name", True)):
        x, y = _text(a.get(key)), _text(b.get(key))
        if x is not None and y is not None:
            return x.casefold() == y.casefold() if fold else x == y
    return False


def _who(report: dict[str, Any]) -> str:
    shown = []
    for a in _accounts(report)[:4]:
        name = _text(a.get("handle")) or _text(a.get("display_name")) or "?"
        shown.append(f"{a['platform']} {name}")
    return ", ".join(shown) or "no accounts"


def _organisation(report: dict[str, Any]) -> dict[str, Any]:
    org = report.get("organisation")
    return org if isinstance(org, dict) else {}


def comparable(old: dict[str, Any], new: dict[str, Any]) -> str | None:
    """Why two reports cannot be compared, or None when they can."""
    old_path, new_path = old.get("_path", "OLD"), new.get("_path", "NEW")
    old_org, new_org = _organisation(old).get("id"), _organisation(new).get("id")
    if old_org != new_org:
        return (
            f"{old_path} was made with the profile {old_org or '(none)'} and {new_path} with "
            f"{new_org or '(none)'}: their signals cannot be compared"
        )
    old_accounts, new_accounts = _accounts(old), _accounts(new)
    if not any(same_account(a, b) for a in old_accounts for b in new_accounts):
        return (
            f"{old_path} ({_who(old)}) and {new_path} ({_who(new)}) share no account: they "
            "look like two different people"
        )
    return None


def _notes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    notes = []
    old_digest = _organisation(old).get("digest")
    new_digest = _organisation(new).get("digest")
    if old_digest and new_digest and old_digest != new_digest:
        notes.append(
            "The profile's terms changed between the two scans: some removed or new signals "
            "may come from the profile, not from your accounts."
        )
    old_when, new_when = old.get("generated_at"), new.get("generated_at")
    if isinstance(old_when, str) and isinstance(new_when, str) and new_when < old_when:
        notes.append(f"The second report ({new_when}) was made before the first ({old_when}).")
    old_last, new_last = _newest(old), _newest(new)
    if old_last and new_last and new_last < old_last:
        notes.append(
            f"The second scan's exports end earlier ({new_last[:10]}) than the first's "
            f"({old_last[:10]}): download fresh exports after acting on the plan."
        )
    return notes


def _newest(report: dict[str, Any]) -> str | None:
    found = []
    for src in report.get("sources") or []:
        dates = src.get("dates") if isinstance(src, dict) else None
        last = dates.get("last") if isinstance(dates, dict) else None
        if isinstance(last, str):
            found.append(last)
    return max(found) if found else None


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
        when_before=old.get("generated_at"),
        when_after=new.get("generated_at"),
        notes=_notes(old, new),
    )


def dumps(d: Diff) -> str:
    return json_text(json.dumps(d.to_dict(), indent=2, ensure_ascii=False)) + "\n"


def render_text(d: Diff) -> str:
    lines = []
    if d.when_before or d.when_after:
        lines.append(f"Scans of {d.when_before or '?'} and {d.when_after or '?'}")
    if d.score_before is not None and d.score_after is not None:
        lines.append(
            f"Exposure {d.score_before} -> {d.score_after} ({d.score_after - d.score_before:+d})"
        )
        for t in sorted(set(d.by_target_before) | set(d.by_target_after)):
            b, a = d.by_target_before.get(t), d.by_target_after.get(t)
            if b != a:
                lines.append(f"  {t}: {b} -> {a}")
    lines.extend(f"Note: {n}" for n in d.notes)
    lines.append(f"Removed: {len(d.removed)}   Remaining: {len(d.remaining)}   New: {len(d.added)}")
    for title, group in (("Removed", d.removed), ("Still there", d.remaining), ("New", d.added)):
        if not group:
            continue
        lines.extend(("", title))
        for s in group[:50]:
            ev = s.get("evidence", "")
            lines.append(f"  {s.get('platform')} {s.get('kind')} ({s.get('reveals')}): {ev}")
        if len(group) > 50:
            lines.append(f"  ... and {len(group) - 50} more")
    # Everything in these lines came from a file: shown, never obeyed by the terminal.
    return "\n".join(terminal(line) for line in lines) + "\n"
