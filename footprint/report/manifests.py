"""Manifests: the items a plan step acts on, one CSV per platform and action.

``--manifests DIR`` writes, for each platform and each action of the plan that works
item by item, ``<platform>-<action>.csv`` (the names come from the action table,
:mod:`footprint.exposure.actions`): ``x-delete-posts.csv`` holds only the posts to
delete, ``x-remove-likes.csv`` only the likes to undo, ``x-remove-location.csv`` only
the posts whose location should go. The files marked ``bulk`` in the table hold ids a
bulk-deletion tool can take; the others are lists to work through.

Columns: ``id,date,url,kind,step``. Every id is checked against the platform's id
format (``Platform.id_format``: X ids are digits, Bluesky ids ``at://`` URIs, ...): one
that does not fit is never written (a bulk tool would choke on it, or worse) but
reported as a problem. No cell starts as a spreadsheet formula (:func:`~footprint.
escape.csv_cell`).
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from footprint.escape import csv_cell, terminal
from footprint.exposure.actions import BY_NAME
from footprint.exposure.plan import Step
from footprint.platforms import info
from footprint.platforms.base import GENERIC_ID
from footprint.signals import Signal

COLUMNS = ("id", "date", "url", "kind", "step")


@dataclass
class Manifests:
    """The manifest files of a plan (name -> CSV text), which step each belongs to, and
    the items left out because their id is not in the platform's format."""

    files: dict[str, str] = field(default_factory=dict)
    of_step: dict[int, str] = field(default_factory=dict)  # step index -> file name
    problems: list[str] = field(default_factory=list)


def file_name(platform: str, manifest: str) -> str:
    # The platform name is a registry key (letters, digits, '-'): safe in a file name.
    safe = re.sub(r"[^a-z0-9-]", "-", platform.lower())
    return f"{safe}-{manifest}.csv"


def id_format(platform: str) -> re.Pattern[str]:
    cls = info(platform)
    return cls.id_format if cls is not None else GENERIC_ID


def build(steps: Sequence[Step], signals: Iterable[Signal]) -> Manifests:
    """The manifests for a plan's steps."""
    by_id = {s.id: s for s in signals}
    rows: dict[str, dict[str, tuple[str, str, str, str, str]]] = defaultdict(dict)
    out = Manifests()
    for index, step in enumerate(steps):
        row = BY_NAME.get(step.action)
        if row is None or row.manifest is None or step.kind != "exposure":
            continue
        name = file_name(step.platform, row.manifest)
        pattern = id_format(step.platform)
        for sid in step.signals:
            sig = by_id.get(sid)
            if sig is None or sig.source.item is None or (sig.item_kind or "") not in row.lists:
                continue
            item = sig.source.item
            if not pattern.fullmatch(item):
                out.problems.append(
                    f"{name}: {sig.source.file}: item {terminal(item)!r} is not a "
                    f"{sig.platform} id, so it is not in the manifest; act on it by hand "
                    f"({step.title})"
                )
                continue
            date, url = sig.source.date or "", sig.source.url or ""
            rows[name].setdefault(item, (item, date, url, sig.item_kind or "", step.title))
            out.of_step[index] = name
    for name, items in sorted(rows.items()):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(COLUMNS)
        for item, *rest in sorted(items.values(), key=lambda r: (r[1], r[0])):
            # The id was checked against the platform's format: written as it is.
            w.writerow([item, *(csv_cell(c) for c in rest)])
        out.files[name] = buf.getvalue()
    return out


def mention(step: Step, name: str) -> str:
    """The sentence a step's instructions gain when its manifest is written."""
    row = BY_NAME.get(step.action)
    if row is not None and row.bulk:
        return f"The ids are in {name}, for a bulk-deletion tool that takes them."
    return f"The items are listed in {name}."


def write_manifests(files: dict[str, str], folder: Path) -> list[Path]:
    """Write the manifest files into ``folder`` (created if missing; its parent must exist)."""
    if not files:
        return []
    folder.mkdir(exist_ok=True)
    written = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
