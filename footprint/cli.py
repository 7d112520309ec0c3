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
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, overload

from footprint import __version__
from footprint.errors import NotAvailable, ProfileError, UsageError
from footprint.escape import terminal
from footprint.online.settings import (
    DEFAULT_MAX_HANDLE_CHECKS,
    DEFAULT_MAX_REQUESTS,
    OnlineSettings,
)

# The exit status of a process whose output pipe closed (128 + SIGPIPE), as a shell
# reports one killed by the signal: `footprint scan ... | head -1` stops quietly.
CLOSED_PIPE = 141

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


def _positive(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


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
    s.add_argument(
        "--lang",
        choices=LANGS,
        help="language of the html, md and text reports (default: from LANGUAGE/LANG, "
        "else English); the JSON report is always English",
    )
    s.add_argument("--out", metavar="FILE", help="write the report here instead of standard output")
    s.add_argument(
        "--graph", metavar="FILE", help="write the exposure graph (.graphml/.gexf/.json)"
    )
    s.add_argument("--high-risk", action="store_true", help="plan for high-risk staff")
    s.add_argument(
        "--manifests",
        metavar="DIR",
        help="write the plan's manifests here (a CSV per platform and action: the post "
        "ids to delete, the likes to undo, ...)",
    )
    s.add_argument(
        "--online",
        action="store_true",
        help="look up what the exports leave as ids and short links, and your live public "
        "profiles (off by default; docs/online.md lists every host contacted)",
    )
    s.add_argument(
        "--cache",
        metavar="DIR",
        help="with --online: keep look-ups in DIR (nothing is kept without it)",
    )
    s.add_argument(
        "--max-requests",
        type=_positive,
        default=DEFAULT_MAX_REQUESTS,
        metavar="N",
        help="with --online: at most N requests for look-ups (default: %(default)s)",
    )
    s.add_argument(
        "--check-handles",
        action="store_true",
        help="with --online: check where else your own handles are in use (each site learns "
        "the handle and your address)",
    )
    s.add_argument(
        "--max-handle-checks",
        type=_positive,
        default=DEFAULT_MAX_HANDLE_CHECKS,
        metavar="N",
        help="with --check-handles: at most N requests (default: %(default)s)",
    )
    s.add_argument(
        "--sites",
        metavar="FILE",
        help="with --check-handles: a sites list in the WhatsMyName format (default: footprint's)",
    )
    s.add_argument(
        "--proxy",
        metavar="URL",
        help="with --online: send every request through this proxy (HTTPS_PROXY etc. apply too)",
    )
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
    d.add_argument(
        "--force",
        action="store_true",
        help="compare even reports of different people or made with different profiles",
    )

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
            desc=terminal(label),
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


def _report(writer: Callable[..., None], result: ScanResult, out: TextIO, lang: str) -> None:
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


def _online_settings(args: argparse.Namespace) -> OnlineSettings:
    """--cache, --max-requests, --check-handles ...: checked against --online by scan()."""
    return OnlineSettings(
        cache=args.cache,
        max_requests=args.max_requests,
        check_handles=args.check_handles,
        max_handle_checks=args.max_handle_checks,
        sites=args.sites,
        proxy=args.proxy,
    )


def say(stream: TextIO, line: str) -> None:
    """One line on standard error, anything from an export in it shown, not obeyed."""
    stream.write(f"footprint: {terminal(line)}\n")


def _output_file(raw: str, option: str, inputs: Sequence[str]) -> Path:
    """A file to write: checked before the scan, so that a bad path costs nothing."""
    path = Path(raw)
    parent = path.parent
    if path.is_dir():
        raise UsageError(f"{option} {raw}: is a folder; give the name of a file to write")
    if not parent.is_dir():
        raise UsageError(f"{option} {raw}: the folder {parent} does not exist")
    if path.exists():
        if not os.access(path, os.W_OK):
            raise UsageError(f"{option} {raw}: cannot be written (permission denied)")
        for given in inputs:
            if Path(given).exists() and path.samefile(given):
                raise UsageError(f"{option} {raw}: is one of the exports to scan")
    elif not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"{option} {raw}: the folder {parent} cannot be written to")
    return path


def _output_folder(raw: str, option: str) -> Path:
    path = Path(raw)
    if path.exists() and not path.is_dir():
        raise UsageError(f"{option} {raw}: is a file; give a folder")
    where = path if path.is_dir() else path.parent
    if not where.is_dir():
        raise UsageError(f"{option} {raw}: the folder {where} does not exist")
    if not os.access(where, os.W_OK | os.X_OK):
        raise UsageError(f"{option} {raw}: the folder {where} cannot be written to")
    return path


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot be written ({exc.strerror or exc})") from exc


def _cmd_scan(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from footprint.pipeline import ScanOptions, generated_at, scan
    from footprint.report import reporters
    from footprint.report.i18n import choose_language

    _not_yet(args)
    lang = choose_language(args.lang)
    for raw in args.paths:
        if not Path(raw).exists():
            raise UsageError(f"{raw}: no such file or folder")
    # Every path to write is checked before the scan: a typo is a usage error in a
    # second, not an internal error after a long scan.
    graph_path = _output_file(args.graph, "--graph", args.paths) if args.graph else None
    if graph_path is not None and graph_path.suffix.lower() not in (".graphml", ".gexf", ".json"):
        raise UsageError(f"{args.graph}: --graph takes a .graphml, .gexf or .json file")
    out_path = _output_file(args.out, "--out", args.paths) if args.out else None
    fmt = choose_format(args.format, args.out, stdout)
    manifest_dir = _output_folder(args.manifests, "--manifests") if args.manifests else None
    generated_at()  # a malformed SOURCE_DATE_EPOCH is a usage error, before the scan
    options = ScanOptions(
        org=args.org,
        platform=args.platform,
        me=tuple(n.strip() for n in args.me if n.strip()),
        debug=args.debug,
        images=not args.no_images,
        high_risk=args.high_risk,
        detectors=_detector_selection(args),
        online=args.online,
        online_settings=_online_settings(args),
        manifests=manifest_dir is not None,
    )
    if args.online and args.check_handles:
        # Said before anything is sent, not after.
        from footprint.online.handles import WARNING

        say(stderr, f"warning: {WARNING}")
    show_progress = not args.quiet and stderr.isatty()
    result: ScanResult = scan(
        args.paths, options, progress=_progress_factory(stderr) if show_progress else None
    )
    for line in result.warnings:
        if not (args.check_handles and "--check-handles" in line):  # said before the scan
            say(stderr, f"warning: {line}")
    for line in result.all_problems():
        say(stderr, line)
    if result.online is not None and not args.quiet:
        hosts = ", ".join(f"{h} {n}" for h, n in sorted(result.online.hosts.items()))
        say(stderr, f"online: {result.online.requests} request(s)" + (f" ({hosts})" * bool(hosts)))
    if graph_path is not None:
        from footprint.exposure.graph import write_graph

        try:
            write_graph(result.graph(), graph_path)
        except OSError as exc:
            raise UsageError(f"{graph_path}: cannot be written ({exc.strerror or exc})") from exc
        if not args.quiet:
            say(stderr, f"exposure graph written to {graph_path}")
    if manifest_dir is not None:
        from footprint.report.manifests import write_manifests

        try:
            written = write_manifests(result.manifests, manifest_dir)
        except OSError as exc:
            raise UsageError(f"{manifest_dir}: cannot be written ({exc.strerror or exc})") from exc
        if not args.quiet:
            for path in written:
                say(stderr, f"manifest written to {path}")
            if not written:
                say(stderr, "no manifests written: no step of the plan acts on listed items")
    writer = reporters.get(fmt)
    if fmt == "text":  # the report in plain words; text_report.write_text stays registered
        from footprint.report.readable import write_readable

        writer = write_readable
    if args.lang and args.lang != "en" and fmt != "json" and not _speaks(writer):
        say(stderr, f"warning: the {fmt} report is in English only for now")
    if out_path is not None:
        buf = io.StringIO()
        _report(writer, result, buf, lang)
        _write(out_path, buf.getvalue())
        if not args.quiet:
            say(stderr, f"report written to {out_path}")
    else:
        _report(writer, result, stdout, lang)
        stdout.flush()
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
        say(stderr, problem)
    stdout.write(render_check(found, choose_language(args.lang)))
    return found.exit_code


def _cmd_diff(args: argparse.Namespace, stdout: TextIO) -> int:
    from footprint.report.diff import comparable, diff, dumps, load_report, render_text

    old, new = load_report(Path(args.old)), load_report(Path(args.new))
    if not args.force:
        refusal = comparable(old, new)
        if refusal is not None:
            raise UsageError(f"{refusal} (--force compares them anyway)")
    d = diff(old, new)
    stdout.write(dumps(d) if args.format == "json" else render_text(d))
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
        say(stderr, f"warning: {warning}")
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
                    say(stderr, f"warning: {warning}")
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
    except BrokenPipeError:
        # The reader went away (`| head`): nothing more can be said to it, and Python
        # must not complain when it flushes standard output on the way out.
        _quiet(stdout)
        return CLOSED_PIPE
    except (NotAvailable, UsageError, ProfileError) as exc:
        return _fail(stderr, str(exc), 2)
    except KeyboardInterrupt:
        return _fail(stderr, "interrupted", 130)
    except Exception as exc:
        if debug:
            raise
        return _fail(
            stderr,
            f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)",
            1,
        )


def _fail(stderr: TextIO, message: str, code: int) -> int:
    try:
        say(stderr, message)
    except BrokenPipeError:
        _quiet(stderr)
    return code


def _quiet(stream: TextIO) -> None:
    """Point a closed stream's descriptor at the null device, so that the final flush at
    exit finds somewhere to write."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
