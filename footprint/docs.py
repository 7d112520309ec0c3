"""The parts of footprint's documentation written from the code.

``python -m footprint.docs`` rewrites them in a clone; ``--check`` only says whether they
are current (exit 1 naming the stale file; the test suite runs it). Each part sits
between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->`` markers; the text around the
markers is written by hand.

``README.md`` ``platforms``
    The platform table: each built-in platform's ``title``, ``download``,
    ``generations`` and whether it was checked against real exports (``verified``).
``docs/contract-for-plugins.md`` ``source-item``
    What ``source.item`` is for each kind of item of each built-in platform
    (``Platform.item_ids``).

Only built-in platforms are listed: a plugin documents its own.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from footprint.platforms import BUILT_IN, Platform, info, platforms

REPO = Path(__file__).resolve().parents[1]


def built_in_platforms() -> list[type[Platform]]:
    """Built-in platform classes: CONTRACT.md's order, then any newer ones by name."""
    names = platforms.built_ins()
    ordered = [n for n in BUILT_IN if n in names] + sorted(n for n in names if n not in BUILT_IN)
    out = []
    for name in ordered:
        cls = info(name)
        if cls is not None:
            out.append(cls)
    return out


def _cell(text: str) -> str:
    # A table cell is one line, and a '|' (even inside backticks) would end it.
    return " ".join(text.split()).replace("|", "\\|")


def platform_table() -> str:
    rows = [
        "| platform | what to download | generations read | checked on real exports |",
        "|---|---|---|---|",
    ]
    for cls in built_in_platforms():
        real = "yes" if cls.verified else "not yet: built from the format's documentation"
        rows.append(
            f"| {_cell(cls.title)} | {_cell(cls.download)} | {_cell(cls.generations)} | {real} |"
        )
    return "\n".join(rows) + "\n"


def item_table() -> str:
    rows = ["| platform | what | `source.item` |", "|---|---|---|"]
    for cls in built_in_platforms():
        for what, item in cls.item_ids.items():
            rows.append(f"| {_cell(cls.title)} | {_cell(what)} | {_cell(item)} |")
    return "\n".join(rows) + "\n"


# (file relative to the repository, marker name, what goes between the markers)
PARTS: tuple[tuple[str, str, Callable[[], str]], ...] = (
    ("README.md", "platforms", platform_table),
    ("docs/contract-for-plugins.md", "source-item", item_table),
)


def fill(text: str, marker: str, body: str, where: str = "") -> str:
    """``text`` with what is between ``marker``'s start and end comments replaced."""
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    i, j = text.find(start), text.find(end)
    if i < 0 or j < i:
        raise ValueError(f"{where or 'text'}: no {start} ... {end} markers")
    return text[: i + len(start)] + "\n" + body + text[j:]


def stale(root: Path = REPO, write: bool = False) -> list[str]:
    """The generated files that are not current (rewritten when ``write``)."""
    out = []
    for rel, marker, make in PARTS:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        new = fill(text, marker, make(), str(path))
        if new != text:
            out.append(rel)
            if write:
                path.write_text(new, encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m footprint.docs", description=__doc__)
    p.add_argument("--check", action="store_true", help="only report stale files (exit 1)")
    p.add_argument("--root", type=Path, default=REPO, help="the clone to write in")
    args = p.parse_args(argv)
    if not (args.root / "README.md").is_file():
        sys.stderr.write(f"footprint.docs: {args.root} is not a clone of footprint\n")
        return 2
    try:
        changed = stale(args.root, write=not args.check)
    except ValueError as exc:
        sys.stderr.write(f"footprint.docs: {exc}\n")
        return 2
    for rel in changed:
        verb = "is out of date (run python -m footprint.docs)" if args.check else "rewritten"
        sys.stderr.write(f"footprint.docs: {rel} {verb}\n")
    return 1 if args.check and changed else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
