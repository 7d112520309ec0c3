"""Deletion manifests: the items a plan deletes, one CSV per platform.

Existing bulk-deletion tools take a list of post ids (X: tweet ids); the manifest gives
them that, with each item's date, address, what it is and the plan step it belongs to.
Columns: ``id,date,url,kind,step``. Profile fields and lists are not in it (they are
edited, not deleted).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from footprint.pipeline import ScanResult

DELETING = {
    "delete_posts",
    "delete_comments",
    "remove_likes",
    "undo_reposts",
    "remove_location",
    "remove_images",
    "hide_events",
}
COLUMNS = ("id", "date", "url", "kind", "step")


def manifests(result: ScanResult) -> dict[str, str]:
    """Platform -> CSV text, for the platforms whose plan deletes anything."""
    by_id = {s.id: s for s in result.signals}
    rows: dict[str, dict[str, tuple[str, str, str, str, str]]] = defaultdict(dict)
    for step in result.plan:
        if step.action not in DELETING:
            continue
        for sid in step.signals:
            sig = by_id.get(sid)
            if sig is None or sig.source.item is None:
                continue
            rows[sig.platform].setdefault(
                sig.source.item,
                (
                    sig.source.item,
                    sig.source.date or "",
                    sig.source.url or "",
                    sig.item_kind or "",
                    step.title,
                ),
            )
    out = {}
    for platform, items in sorted(rows.items()):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(COLUMNS)
        for row in sorted(items.values(), key=lambda r: (r[1], r[0])):
            w.writerow(row)
        out[platform] = buf.getvalue()
    return out


def write_manifests(result: ScanResult, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for platform, text in manifests(result).items():
        path = folder / f"{platform}-deletions.csv"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
