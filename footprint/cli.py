"""The ``footprint`` command (CONTRACT.md section 1).

Choices come from the registries, so a plugin's platform, detector or report format is
named on the command line exactly like a built-in. They are looked up lazily: building
the parser imports no parser, detector or reporter, and ``footprint --help`` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import io
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, overload

from footprint import __version__
from footprint.errors import NotAvailable, ProfileError, UsageError

if TYPE_CHECKING:
    from footprint.pipeline import ScanResult

# The formats CONTRACT.md names; one no reporter is registered for yet answers
# "not available yet" rather than being refused as unknown.
CONTRACT_FORMATS = ("json", "html", "md", "text")
# --out's extension names the format when --format is not given.
SUFFIX_FORMATS = {
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "text",
}
LANGS = ("en", "cy")


def platform_names() -> list[str]:
    from footprint.platforms import names

    return names()


def format_names() -> list[str]:
    """CONTRACT.md's formats first, then every other registered reporter (plugins)."""
    from footprint.report import reporters

    have = reporters.names()
    return list(CONTRACT_FORMATS) + [n for n in have if n not in CONTRACT_FORMATS]


def built_formats() -> list[str]:
    from footprint.report import reporters

    return reporters.names()


def detector_names() -> list[str]:
    from footprint.detectors import detectors

    return detectors.names()


class _Choices(Sequence[str]):
    """A registry's names, looked up on first use (argparse asks only when it checks a
    value or prints the choices in help)."""

    def __init__(self, lookup: Callable[[], list[str]]) -> None:
        self._lookup = lookup
        self._names: list[str] | None = None

    def _all(self) -> list[str]:
        if self._names is None:
            self._names = self._lookup()
        return self._names

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[str]: ...
    def __getitem__(self, i: int | slice) -> str | Sequence[str]:
        return self._all()[i]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __contains__(self, name: object) -> bool:
        return name in self._all()


def _name_list(what: str, lookup: Callable[[], list[str]]) -> Callable[[str], list[str]]:
    """argparse type for ``NAME,NAME,...``: every name must be registered."""

    def parse(text: str) -> list[str]:
        names = [n.strip() for n in text.split(",") if n.strip()]
        if not names:
            raise argparse.ArgumentTypeError(f"names no {what}")
        valid = lookup()
        for name in names:
            if name not in valid:
                raise argparse.ArgumentTypeError(
                    f"unknown {what} {name!r}; valid: {', '.join(valid)}"
                )
        return list(dict.fromkeys(names))

    return parse


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
    s.add_argument(
        "--format",
        choices=_Choices(format_names),
        metavar="FORMAT",
        help="report format: %(choices)s; default: from --out's extension (.json, .html, "
        ".md, .txt), else text on a terminal and json when piped",
    )
    s.add_argument("--out", metavar="FILE", help="write the report here instead of standard output")
    s.add_argument(
        "--lang",
        choices=LANGS,
        help="language of the html, md and text reports (default: from LANGUAGE/LANG, "
        "else English); the JSON report is always English",
    )
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
    s.add_argument(
        "--platform",
        choices=_Choices(platform_names),
        metavar="NAME",
        help="read every PATH as this platform: %(choices)s",
    )
    s.add_argument(
        "--detectors",
        type=_name_list("detector", detector_names),
        metavar="NAME,...",
        help="run only these detectors (default: all; `footprint plugins` lists them)",
    )
    s.add_argument(
        "--skip-detectors",
        type=_name_list("detector", detector_names),
        metavar="NAME,...",
        help="run every detector but these",
    )
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

    c = sub.add_parser(
        "check",
        help="what a draft post, bio or display name would reveal (exit 1 if it reveals "
        "your employer, line of work or role)",
        description="Run footprint's detectors on a draft before you post it. One line per "
        "finding says what the words would reveal and why. Exit status: 0 nothing reveals "
        "your employer, line of work or role; 1 something does (or a detector failed, so "
        "the check is incomplete); 2 bad usage.",
    )
    c.add_argument("text", nargs="?", metavar="TEXT", help="the words (else --file, else stdin)")
    c.add_argument("--file", metavar="FILE", help="read the words from this UTF-8 file")
    c.add_argument("--org", metavar="ID_OR_FILE", help="organisation profile id or TOML file")
    c.add_argument(
        "--as",
        dest="field",
        choices=("text", "bio", "display_name"),
        default="text",
        help="what the words are: a post (text, the default), a bio or a display name",
    )
    c.add_argument("--lang", choices=LANGS, help="language of the answer (default: LANGUAGE/LANG)")
    c.add_argument("--debug", action="store_true", help="re-raise errors instead of reporting them")

    sub.add_parser("profiles", help="list the shipped organisation profiles")
    sub.add_parser(
        "plugins", help="list the platforms, detectors and report formats, plugins included"
    )
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
    if args.format is not None and args.format not in built_formats():
        raise NotAvailable(f"--format {args.format}")


def choose_format(fmt: str | None, out: str | None, stdout: TextIO) -> str:
    """``--format``, else ``--out``'s extension, else text on a terminal and JSON piped."""
    if fmt:
        return fmt
    if out:
        suffix = Path(out).suffix.lower()
        if suffix not in SUFFIX_FORMATS:
            raise UsageError(
                f"{out}: cannot tell the format from the extension; give --format "
                f"({', '.join(CONTRACT_FORMATS)}) or use {', '.join(SUFFIX_FORMATS)}"
            )
        return SUFFIX_FORMATS[suffix]
    return "text" if stdout.isatty() else "json"


def _speaks(writer: Callable[..., None]) -> bool:
    """Whether a reporter takes ``lang`` (the human-readable ones in footprint's languages)."""
    return "lang" in inspect.signature(writer).parameters


def _write(writer: Callable[..., None], result: ScanResult, out: TextIO, lang: str) -> None:
    """Reporters that take ``lang`` get the reader's language."""
    if _speaks(writer):
        writer(result, out, lang=lang)
    else:
        writer(result, out)


def _detector_selection(args: argparse.Namespace) -> tuple[str, ...] | None:
    """The detectors to run: all (None), those named, less those skipped."""
    if args.detectors is None and args.skip_detectors is None:
        return None
    chosen = args.detectors if args.detectors is not None else detector_names()
    skipped = set(args.skip_detectors or ())
    left = tuple(n for n in chosen if n not in skipped)
    if not left:
        raise UsageError("--skip-detectors leaves no detector to run")
    return left


def _cmd_scan(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from footprint.pipeline import ScanOptions, scan
    from footprint.report import reporters
    from footprint.report.i18n import choose_language

    _not_yet(args)
    fmt = choose_format(args.format, args.out, stdout)
    lang = choose_language(args.lang)
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
        detectors=_detector_selection(args),
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
    if fmt == "text":  # the report in plain words; text_report.write_text stays registered
        from footprint.report.readable import write_readable

        writer = write_readable
    if args.lang and args.lang != "en" and fmt != "json" and not _speaks(writer):
        stderr.write(f"footprint: warning: the {fmt} report is in English only for now\n")
    if args.out:
        out_path = Path(args.out)
        buf = io.StringIO()
        _write(writer, result, buf, lang)
        out_path.write_text(buf.getvalue(), encoding="utf-8")
        if not args.quiet:
            stderr.write(f"footprint: report written to {out_path}\n")
    else:
        _write(writer, result, stdout, lang)
    return result.exit_code


def _cmd_check(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from footprint.pipeline import check_text
    from footprint.report.draft import render_check
    from footprint.report.i18n import choose_language

    if args.text is not None and args.file:
        raise UsageError("check: give the words as TEXT or with --file, not both")
    if args.file:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{args.file}: cannot be read as UTF-8 text ({exc})") from exc
    elif args.text is not None:
        text = args.text
    elif stdin.isatty():
        raise UsageError("check: give the words as TEXT, with --file, or on standard input")
    else:
        text = stdin.read()
    found = check_text(text, org=args.org, field=args.field, debug=args.debug)
    for problem in found.problems:
        stderr.write(f"footprint: {problem}\n")
    stdout.write(render_check(found, choose_language(args.lang)))
    return found.exit_code


def _cmd_diff(args: argparse.Namespace, stdout: TextIO) -> int:
    import json

    from footprint.report.diff import diff, load_report, render_text

    d = diff(load_report(Path(args.old)), load_report(Path(args.new)))
    if args.format == "json":
        stdout.write(json.dumps(d.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        stdout.write(render_text(d))
    return 0


def _cmd_plugins(stdout: TextIO, stderr: TextIO) -> int:
    """What can be named on the command line, and where each plugin came from."""
    from footprint.registry import Registry, detectors, platforms, plugin_warnings, reporters

    def line(label: str, reg: Registry, names: list[str]) -> None:
        info = {p.name: p for p in reg.plugin_info()}
        shown = [
            f"{n} (plugin: {info[n].distribution or info[n].value})" if n in info else n
            for n in names
        ]
        stdout.write(f"{label}: {', '.join(shown) or 'none'}\n")

    line("platforms", platforms, platform_names())
    line("detectors", detectors, detector_names())
    line("formats", reporters, built_formats())
    planned = [f for f in CONTRACT_FORMATS if f not in built_formats()]
    if planned:
        stdout.write(f"formats not available yet: {', '.join(planned)}\n")
    for warning in plugin_warnings():
        stderr.write(f"footprint: warning: {warning}\n")
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
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    stdin = stdin or sys.stdin
    parser = _parser()
    try:
        # argparse prints usage errors and help itself: to the streams main was given.
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for bad usage, 0 for --help
        if exc.code:
            # "invalid choice" for a plugin's name must also say why that plugin is missing.
            from footprint.registry import detectors, platforms, reporters

            for reg in (platforms, detectors, reporters):
                for warning in reg.warnings:
                    stderr.write(f"footprint: warning: {warning}\n")
        return int(exc.code or 0)
    debug = bool(getattr(args, "debug", False))
    try:
        if args.command == "scan":
            return _cmd_scan(args, stdout, stderr)
        if args.command == "profiles":
            return _cmd_profiles(stdout)
        if args.command == "diff":
            return _cmd_diff(args, stdout)
        if args.command == "plugins":
            return _cmd_plugins(stdout, stderr)
        if args.command == "check":
            return _cmd_check(args, stdin, stdout, stderr)
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
