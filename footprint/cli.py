"""The ``footprint`` command (CONTRACT.md section 1)."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from footprint import __version__
from footprint.errors import NotAvailable, ProfileError, UsageError
from footprint.pipeline import ScanOptions, ScanResult, scan

FORMATS = ("json", "html", "md", "text")
BUILT_FORMATS = ("json", "text")


def platform_names() -> list[str]:
    from footprint.platforms import names

    return names()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="footprint",
        description="What your own social-media exports reveal about where you work.",
    )
    p.add_argument("--version", action="version", version=f"footprint {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("scan", help="scan one person's exports (zip, tar.gz, folder or file)")
    s.add_argument("paths", nargs="+", metavar="PATH", help="an export as the platform delivers it")
    s.add_argument("--org", metavar="ID_OR_FILE", help="organisation profile id or TOML file")
    s.add_argument("--format", choices=FORMATS, help="report format (default: json)")
    s.add_argument("--out", metavar="FILE", help="write the report here instead of standard output")
    s.add_argument(
        "--graph", metavar="FILE", help="write the exposure graph (.graphml/.gexf/.json)"
    )
    s.add_argument("--high-risk", action="store_true", help="plan for high-risk staff")
    s.add_argument(
        "--manifests",
        metavar="DIR",
        help="write a deletion manifest per platform (CSV of post ids and dates) here",
    )
    s.add_argument("--online", action="store_true", help="allow network look-ups (off by default)")
    s.add_argument("--platform", choices=platform_names(), help="read every PATH as this platform")
    s.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="NAME",
        help="your name as it appears in chat exports (WhatsApp, Telegram); repeatable",
    )
    s.add_argument("--quiet", action="store_true", help="no progress output")
    s.add_argument(
        "--no-images",
        action="store_true",
        help="do not compare image files with the profile's reference images",
    )
    s.add_argument("--debug", action="store_true", help="re-raise errors instead of reporting them")

    r = sub.add_parser("review", help="consented reviews of many people (one folder each)")
    r.add_argument("dir", metavar="DIR")
    r.add_argument("--org", required=True, metavar="ID_OR_FILE")
    r.add_argument("--out", required=True, metavar="DIR")

    d = sub.add_parser("diff", help="what a re-scan after remediation removed")
    d.add_argument("old", metavar="OLD.json")
    d.add_argument("new", metavar="NEW.json")
    d.add_argument("--format", choices=("text", "json"), default="text")

    sub.add_parser("profiles", help="list the shipped organisation profiles")
    return p


def _progress_factory(stream: TextIO) -> Callable[[str, int | None], Callable[[int], None]]:
    from tqdm import tqdm

    bars: list[tqdm] = []

    def start(label: str, total: int | None) -> Callable[[int], None]:
        for old in bars:
            old.close()
        bars.clear()
        bar = tqdm(
            total=total or None,
            desc=label,
            unit="B",
            unit_scale=True,
            file=stream,
            leave=False,
            dynamic_ncols=True,
        )
        bars.append(bar)
        advance: Callable[[int], None] = bar.update
        return advance

    return start


def _not_yet(args: argparse.Namespace) -> None:
    """Options that later stages will honour: refused plainly until they exist."""
    if args.online:
        raise NotAvailable("--online")
    if args.format in ("html", "md"):
        raise NotAvailable(f"--format {args.format}")


def _cmd_scan(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from footprint.registry import reporters
    from footprint.report import reporters as _loaded  # noqa: F401  (registration)

    _not_yet(args)
    fmt = args.format or "json"
    graph_path = Path(args.graph) if args.graph else None
    if graph_path is not None and graph_path.suffix.lower() not in (".graphml", ".gexf", ".json"):
        raise UsageError(f"{args.graph}: --graph takes a .graphml, .gexf or .json file")
    for raw in args.paths:
        if not Path(raw).exists():
            raise UsageError(f"{raw}: no such file or folder")
    options = ScanOptions(
        org=args.org,
        platform=args.platform,
        me=tuple(n.strip() for n in args.me if n.strip()),
        debug=args.debug,
        images=not args.no_images,
        high_risk=args.high_risk,
    )
    show_progress = not args.quiet and stderr.isatty()
    result: ScanResult = scan(
        args.paths, options, progress=_progress_factory(stderr) if show_progress else None
    )
    for line in result.warnings:
        stderr.write(f"footprint: warning: {line}\n")
    for line in result.all_problems():
        stderr.write(f"footprint: {line}\n")
    if graph_path is not None:
        from footprint.exposure.graph import write_graph

        write_graph(result.graph(), graph_path)
        if not args.quiet:
            stderr.write(f"footprint: exposure graph written to {graph_path}\n")
    if args.manifests:
        from footprint.report.manifests import write_manifests

        for path in write_manifests(result, Path(args.manifests)):
            if not args.quiet:
                stderr.write(f"footprint: deletion manifest written to {path}\n")
    writer = reporters.get(fmt)
    if args.out:
        out_path = Path(args.out)
        buf = io.StringIO()
        writer(result, buf)
        out_path.write_text(buf.getvalue(), encoding="utf-8")
        if not args.quiet:
            stderr.write(f"footprint: report written to {out_path}\n")
    else:
        writer(result, stdout)
    return result.exit_code


def _cmd_diff(args: argparse.Namespace, stdout: TextIO) -> int:
    import json

    from footprint.report.diff import diff, load_report, render_text

    d = diff(load_report(Path(args.old)), load_report(Path(args.new)))
    if args.format == "json":
        stdout.write(json.dumps(d.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        stdout.write(render_text(d))
    return 0


def _cmd_profiles(stdout: TextIO) -> int:
    from footprint.profiles import list_profiles

    rows = list_profiles()
    width = max((len(pid) for pid, _, _ in rows), default=2)
    for pid, name, kind in rows:
        label = f"{name} (sector)" if kind == "sector" else name
        stdout.write(f"{pid:<{width}}  {label}\n")
    return 0


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for bad usage, 0 for --help
        return int(exc.code or 0)
    debug = bool(getattr(args, "debug", False))
    try:
        if args.command == "scan":
            return _cmd_scan(args, stdout, stderr)
        if args.command == "profiles":
            return _cmd_profiles(stdout)
        if args.command == "diff":
            return _cmd_diff(args, stdout)
        if args.command == "review":
            raise NotAvailable(args.command)
        parser.print_help(stderr)
        return 2
    except (NotAvailable, UsageError, ProfileError) as exc:
        stderr.write(f"footprint: {exc}\n")
        return 2
    except KeyboardInterrupt:
        stderr.write("footprint: interrupted\n")
        return 130
    except Exception as exc:
        if debug:
            raise
        stderr.write(
            f"footprint: internal error: {type(exc).__name__}: {exc} "
            "(run with --debug for the traceback)\n"
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
