"""Mutation testing of the score, the plan and the signals, with mutmut, time-boxed.

    pip install -e '.[dev,mutation]'
    python benchmarks/mutation.py [--files footprint/exposure/scoring.py ...]
                                  [--max-children 2] [--timeout 3000]

A mutation tester changes the code one small way at a time (``<`` for ``<=``, ``+`` for
``-``, a constant, a dropped argument) and runs the tests that reach the changed
function: a change no test notices (a *survivor*) is a line the tests do not really
pin down. By default it mutates ``footprint/exposure/scoring.py``,
``footprint/exposure/plan.py`` and ``footprint/signals.py`` and runs their tests
(``tests/exposure/``, ``tests/test_signals.py``, ``tests/report/test_manifests.py``).

It works in a temporary copy of the repository (mutmut writes a ``mutants/`` folder:
never in the working tree), stops mutmut after ``--timeout`` seconds (default 50
minutes: the whole run stays under an hour on a 2-core machine), and prints, per file,
the mutants killed, survived, timed out and not checked, the score (killed over all
checked), and every survivor with its diff, to be judged killable (a test to add) or
equivalent (the change does not change behaviour). ``docs/mutation.md`` has the last
figures.

Not part of the test suite or CI: it takes tens of minutes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = (
    "footprint/exposure/scoring.py",
    "footprint/exposure/plan.py",
    "footprint/signals.py",
)
TESTS = ("tests/exposure/", "tests/test_signals.py", "tests/report/test_manifests.py")
COPY = ("footprint", "tests", "profiles", "examples", "pyproject.toml", "README.md")


def _config(files: list[str], tests: list[str]) -> str:
    def toml_list(items: list[str]) -> str:
        return "[" + ", ".join(f'"{i}"' for i in items) + "]"

    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["footprint"]\n'
        f"only_mutate = {toml_list(files)}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(tests)}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-x"]\n'
        # The personas and the shipped profiles, beside the mutated package; the shared
        # fixtures are found through FOOTPRINT_SHARED (set below).
        'also_copy = ["examples/", "profiles/"]\n'
    )


def _run(cmd: list[str], cwd: Path, timeout: float, log: Path) -> int | None:
    """Run ``cmd``, its output to ``log``; None when it had to be stopped."""
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            return proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            return None


def _results(work: Path, mutmut: str) -> dict[str, str]:
    """Mutant name -> status, from ``mutmut results --all true``."""
    proc = subprocess.run(
        [mutmut, "results", "--all", "true"],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    out: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and name:
            out[name] = status.strip()
    return out


def _file_of(mutant: str, files: list[str]) -> str:
    # Mutant names are "<module path with dots>.<function>__mutmut_<n>".
    for f in files:
        module = f.removesuffix(".py").replace("/", ".")
        if mutant.startswith(module + "."):
            return f
    return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", nargs="+", default=list(FILES))
    ap.add_argument("--tests", nargs="+", default=list(TESTS))
    ap.add_argument("--max-children", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=50 * 60, help="seconds for mutmut run")
    ap.add_argument("--keep", action="store_true", help="keep the working copy")
    ap.add_argument(
        "--mutants", nargs="+", default=[], help="only these mutants (names from a run)"
    )
    args = ap.parse_args(argv)
    mutmut = shutil.which("mutmut", path=str(Path(sys.executable).parent)) or shutil.which(
        "mutmut"
    )
    if mutmut is None:
        print("mutmut is not installed: pip install -e '.[dev,mutation]'", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="footprint-mutation-"))
    try:
        for name in COPY:
            src = ROOT / name
            if src.is_dir():
                shutil.copytree(
                    src, work / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
                )
            elif src.exists():
                shutil.copy2(src, work / name)
        with (work / "pyproject.toml").open("a", encoding="utf-8") as fh:
            fh.write(_config(args.files, args.tests))
        os.environ.setdefault("FOOTPRINT_SHARED", str(ROOT.parent / "shared"))
        start = time.monotonic()
        code = _run(
            [mutmut, "run", "--max-children", str(args.max_children), *args.mutants],
            work,
            args.timeout,
            work / "mutmut.log",
        )
        took = time.monotonic() - start
        statuses = _results(work, mutmut)
        per_file: dict[str, Counter[str]] = defaultdict(Counter)
        survivors: dict[str, list[str]] = defaultdict(list)
        for mutant, status in statuses.items():
            if args.mutants and mutant not in args.mutants:
                continue
            f = _file_of(mutant, args.files)
            per_file[f][status] += 1
            if status == "survived":
                survivors[f].append(mutant)
        stopped = " (stopped at the time limit)" if code is None else ""
        print(f"mutmut run: {took / 60:.1f} min{stopped}, exit {code}")
        print()
        print("| file | mutants | killed | survived | timeout | other | score |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        total: Counter[str] = Counter()
        for f in args.files:
            c = per_file.get(f, Counter())
            total.update(c)
            print(_row(f, c))
        print(_row("all", total))
        for f in args.files:
            for mutant in sorted(survivors.get(f, [])):
                diff = subprocess.run(
                    [mutmut, "show", mutant], cwd=work, capture_output=True, text=True, check=False
                ).stdout
                print(f"\n### {mutant}\n```diff\n{diff.strip()}\n```")
        if code is None or code != 0:
            print(f"\n(mutmut's log: {work / 'mutmut.log'})")
            args.keep = True
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _row(name: str, c: Counter[str]) -> str:
    killed = c.get("killed", 0)
    survived = c.get("survived", 0)
    timeout = c.get("timeout", 0)
    other = sum(c.values()) - killed - survived - timeout
    checked = killed + survived + timeout
    score = f"{100 * (killed + timeout) / checked:.1f}%" if checked else "-"
    return f"| {name} | {sum(c.values())} | {killed} | {survived} | {timeout} | {other} | {score} |"


if __name__ == "__main__":
    raise SystemExit(main())
