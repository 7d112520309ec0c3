"""The guides in docs/ are tested by following them.

Each guide's code blocks say where they go in their info string:

- ```` ```python file=PATH ````: a whole file (in footprint's tree, or in the plugin's);
- ```` ```python registration=PATH ````: a module name to add to the registration import
  of a package's ``__init__.py``;
- ```` ```json sample=PATH ````: a sample export or profile, used to scan.

The built-in guides are applied to a copy of footprint (the code, the README, docs/ and
the test scaffolding): their tests must pass there, ``python -m footprint.docs`` must
bring the generated tables up to date, a scan must use the new platform, detector and
format together, and each guide must touch exactly the files it promises. The plugin
guide's package is installed into a throwaway virtualenv, offline, and scanned with.
"""

from __future__ import annotations

import ast
import hashlib
import os
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.offline_venv import install
from tests.offline_venv import run as _run

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
BUILT_IN_GUIDES = ("adding-a-platform.md", "adding-a-detector.md", "adding-a-reporter.md")

_BLOCK = re.compile(r"^```(?P<lang>\w+)(?P<info>[^\n]*)\n(?P<body>.*?)^```$", re.S | re.M)


@dataclass(frozen=True)
class Block:
    lang: str
    attrs: dict[str, str]
    body: str


def blocks(guide: str) -> list[Block]:
    out = []
    for m in _BLOCK.finditer((DOCS / guide).read_text(encoding="utf-8")):
        attrs = dict(kv.split("=", 1) for kv in m.group("info").split() if "=" in kv)
        out.append(Block(m.group("lang"), attrs, m.group("body")))
    return out


def add_registration(init: Path, module: str) -> None:
    """Add ``module`` to the import of the package's own modules, keeping its style."""
    source = init.read_text(encoding="utf-8")
    package = ".".join(init.relative_to(init.parents[1]).parent.parts)
    package = f"footprint.{package}"
    node = next(
        n
        for n in ast.parse(source).body
        if isinstance(n, ast.ImportFrom) and n.module == package and n.level == 0
    )
    lines = source.splitlines(keepends=True)
    first = lines[node.lineno - 1]
    comment = first[first.index("#") :].rstrip("\n") if "#" in first else ""
    names = sorted({a.name for a in node.names} | {module})
    if node.end_lineno != node.lineno:
        body = "".join(f"    {n},\n" for n in names)
        new = f"from {package} import (  {comment}\n{body})\n"
    else:
        new = f"from {package} import {', '.join(names)}  {comment}\n"
    lines[node.lineno - 1 : node.end_lineno] = [new]
    init.write_text("".join(lines), encoding="utf-8")


def follow(guide: str, root: Path, samples: Path) -> None:
    """Do what the guide says, in ``root``; its samples go to ``samples``."""
    for block in blocks(guide):
        if "file" in block.attrs:
            path = root / block.attrs["file"]
            assert not path.exists(), f"{guide} overwrites {block.attrs['file']}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(block.body, encoding="utf-8")
        elif "registration" in block.attrs:
            add_registration(root / block.attrs["registration"], block.body.strip())
        elif "sample" in block.attrs:
            path = samples / block.attrs["sample"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(block.body, encoding="utf-8")


def snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
    }


def touched(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {p for p in after if before.get(p) != after[p]} | (set(before) - set(after))


# --- the guides' blocks -------------------------------------------------------------------


@pytest.mark.parametrize("guide", [*BUILT_IN_GUIDES, "plugins.md"])
def test_every_block_says_where_it_goes_and_parses(guide: str) -> None:
    found = blocks(guide)
    assert any("file" in b.attrs for b in found)
    for block in found:
        if block.lang == "python":
            assert block.attrs, f"{guide}: a python block with no file= or registration="
            ast.parse(block.body)


def test_the_registration_edit_keeps_the_packages_style(tmp_path: Path) -> None:
    for package in ("platforms", "detectors", "report"):
        init = tmp_path / "footprint" / package / "__init__.py"
        init.parent.mkdir(parents=True)
        shutil.copy(REPO / "footprint" / package / "__init__.py", init)
        add_registration(init, "aaa_new")
        text = init.read_text(encoding="utf-8")
        ast.parse(text)
        assert "aaa_new" in text and "noqa: F401" in text


# --- following the built-in guides in a copy of footprint --------------------------------


@pytest.fixture(scope="module")
def followed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, dict]]:
    """A copy of footprint with the three built-in guides followed, one after the other;
    and which files each guide touched."""
    root = tmp_path_factory.mktemp("guides")
    copy = root / "footprint-copy"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "footprint", copy / "footprint", ignore=skip)
    shutil.copytree(REPO / "docs", copy / "docs")
    for name in ("README.md", "pyproject.toml"):
        shutil.copy(REPO / name, copy / name)
    for rel in ("tests/__init__.py", "tests/conftest.py", "tests/detectors/conftest.py"):
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / rel, copy / rel)
    for package in ("platforms", "detectors", "report"):
        (copy / "tests" / package).mkdir(parents=True, exist_ok=True)
        (copy / "tests" / package / "__init__.py").touch()
    samples = root / "samples"
    files: dict[str, set[str]] = {}
    for guide in BUILT_IN_GUIDES:
        before = snapshot(copy)
        follow(guide, copy, samples)
        files[guide] = touched(before, snapshot(copy))
    yield copy, samples, files


def _env(copy: Path) -> dict[str, str]:
    # The copy comes first on the path: it is the footprint these processes import.
    return {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}


def test_each_guide_touches_three_files(followed: tuple[Path, Path, dict]) -> None:
    _, _, files = followed
    assert files == {
        "adding-a-platform.md": {
            "footprint/platforms/chirrup.py",
            "footprint/platforms/__init__.py",
            "tests/platforms/test_chirrup.py",
        },
        "adding-a-detector.md": {
            "footprint/detectors/premises_named.py",
            "footprint/detectors/__init__.py",
            "tests/detectors/test_premises_named.py",
        },
        "adding-a-reporter.md": {
            "footprint/report/summary_report.py",
            "footprint/report/__init__.py",
            "tests/report/test_summary_report.py",
        },
    }


def test_the_guides_tests_pass_and_are_lint_clean(followed: tuple[Path, Path, dict]) -> None:
    copy, _, files = followed
    new_tests = sorted(f for fs in files.values() for f in fs if f.startswith("tests/"))
    ran = _run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *new_tests],
        copy,
        _env(copy),
    )
    assert ran.returncode == 0, ran.stdout[-4000:] + ran.stderr[-2000:]
    assert f"{len(new_tests)} failed" not in ran.stdout and " passed" in ran.stdout
    written = sorted(f for fs in files.values() for f in fs)
    lint = _run([sys.executable, "-m", "ruff", "check", "--no-cache", *written], copy)
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_the_new_platform_detector_and_format_scan_together(
    followed: tuple[Path, Path, dict],
) -> None:
    copy, samples, _ = followed
    scanned = _run(
        [
            sys.executable,
            "-m",
            "footprint",
            "scan",
            str(samples / "chirrup"),
            "--org",
            str(samples / "testshire.toml"),
            "--detectors",
            "premises_named",
            "--format",
            "summary",
            "--quiet",
        ],
        samples,
        _env(copy),
    )
    assert scanned.returncode == 0, scanned.stderr
    # The sample was recognised from its content (no --platform), the detector found the
    # premises in it, and the format wrote them.
    assert re.fullmatch(r"exposure \d+/100 \(\w+\); 1 signal: location 1\n", scanned.stdout)


def test_the_generated_tables_follow_the_new_platform(followed: tuple[Path, Path, dict]) -> None:
    copy, _, _ = followed
    check = _run([sys.executable, "-m", "footprint.docs", "--check"], copy, _env(copy))
    assert check.returncode == 1
    assert "README.md is out of date" in check.stderr
    assert "docs/contract-for-plugins.md is out of date" in check.stderr
    before = snapshot(copy)
    wrote = _run([sys.executable, "-m", "footprint.docs"], copy, _env(copy))
    assert wrote.returncode == 0, wrote.stderr
    assert touched(before, snapshot(copy)) == {"README.md", "docs/contract-for-plugins.md"}
    readme = (copy / "README.md").read_text(encoding="utf-8")
    assert "| Chirrup | Settings > Your data > Export |" in readme
    table = (copy / "docs" / "contract-for-plugins.md").read_text(encoding="utf-8")
    assert "| Chirrup | post | the chirrup's `id` |" in table


# --- following the plugin guide: a package installed beside footprint --------------------


@pytest.mark.plugin_install
def test_the_plugin_guide_builds_a_working_plugin(tmp_path: Path) -> None:
    package, samples = tmp_path / "footprint-noted", tmp_path / "samples"
    follow("plugins.md", package, samples)
    python, env = install(package, tmp_path)

    scanned = _run(
        [
            str(python),
            "-m",
            "footprint",
            "scan",
            str(samples / "notes.jsonl"),
            "--org",
            str(samples / "testshire.toml"),
            "--format",
            "ids",
            "--quiet",
        ],
        tmp_path,
        env,
    )
    assert scanned.returncode == 0 and scanned.stderr == "", scanned.stderr
    # The platform read the sample, the detector found the name in the handle, the
    # format wrote its id: the three entry points, used like built-ins.
    assert re.fullmatch(r"[0-9a-f]{16} employer noted\n", scanned.stdout), scanned.stdout

    tests = _run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"], package, env)
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-2000:]
    assert " passed" in tests.stdout and "skipped" not in tests.stdout
