"""Plugins from entry points: a good one works like a built-in; a broken one (fails to
import, is not what its group needs, takes a built-in's name) is left out with a warning
naming it, and scans and the test suite go on.

Each test puts a fake distribution on ``sys.path``: a ``*.dist-info`` folder with an
``entry_points.txt``, beside the module it points at. Nothing is installed and nothing
touches the network.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from footprint import registry
from footprint.cli import main
from footprint.registry import Registry

REPO = Path(__file__).resolve().parents[1]


def fake_distribution(
    folder: Path,
    dist: str,
    groups: Mapping[str, Mapping[str, str]],
    modules: Mapping[str, str],
) -> Path:
    """``dist`` 0.1 in ``folder``: its entry points by group, and its modules' sources."""
    info = folder / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n")
    lines = []
    for group, entries in groups.items():
        lines.append(f"[{group}]")
        lines.extend(f"{name} = {value}" for name, value in entries.items())
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    for module, source in modules.items():
        (folder / f"{module}.py").write_text(textwrap.dedent(source))
    return folder


@pytest.fixture
def on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., str]]:
    """``on_path(groups, modules)`` puts a fake distribution on sys.path; module names in
    the sources are written ``MOD`` and made unique to the test."""
    added: list[str] = []

    def make(groups: Mapping[str, Mapping[str, str]], modules: Mapping[str, str]) -> str:
        mod = f"fp_plugin_{uuid.uuid4().hex[:8]}"
        folder = tmp_path / mod
        fake_distribution(
            folder,
            mod.replace("_", "-"),
            {g: {n: v.replace("MOD", mod) for n, v in e.items()} for g, e in groups.items()},
            {m.replace("MOD", mod): src for m, src in modules.items()},
        )
        monkeypatch.syspath_prepend(str(folder))
        added.append(mod)
        return mod

    yield make
    for mod in added:
        for name in [m for m in sys.modules if m.startswith(mod)]:
            del sys.modules[name]


RAISES = "raise RuntimeError('plugin bug at import')\n"

GOOD_PLATFORM = """
    from footprint.platforms.base import Platform

    class Tiny(Platform):
        title = "Tiny"
        kinds = ("notes",)

        def identify(self, member):
            return "notes" if member.head(12).startswith(b"%tiny-notes") else None

        def read(self, kind, member, ctx):
            return iter(())
"""


def _registry(kind: str) -> Registry:
    """A fresh registry of ``kind`` (sharing the built-ins) that has not loaded plugins."""
    base = {
        "platforms": "footprint.platforms.base:Platform",
        "detectors": "footprint.detectors.base:Detector",
        "reporters": None,
    }[kind]
    return Registry(kind, base=base)


def test_a_good_plugin_gets_its_entry_point_name(on_path: Callable[..., str]) -> None:
    import footprint.platforms  # noqa: F401  (the built-ins)

    mod = on_path({"footprint_platforms": {"tiny": "MOD:Tiny"}}, {"MOD": GOOD_PLATFORM})
    reg = _registry("platforms")
    cls = reg.get("tiny")
    assert cls.name == "tiny" and cls.__module__ == mod
    assert reg.warnings == []
    assert "x" in reg.names() and "tiny" not in reg.built_ins()
    (info,) = reg.plugin_info()
    assert info.distribution == f"{mod.replace('_', '-')} 0.1"


@pytest.mark.parametrize(
    "group", ["footprint_platforms", "footprint_detectors", "footprint_reporters"]
)
def test_a_plugin_that_fails_to_import_is_a_warning(
    on_path: Callable[..., str], group: str
) -> None:
    import footprint.detectors
    import footprint.platforms
    import footprint.report  # noqa: F401

    mod = on_path({group: {"broken": "MOD:Thing"}}, {"MOD": RAISES})
    reg = _registry(group.removeprefix("footprint_"))
    built_in = reg.built_ins()
    assert built_in, "the built-ins are still there"
    assert reg.names() == built_in
    (warning,) = reg.warnings
    assert warning == (
        f"{reg.singular} plugin 'broken' from {mod.replace('_', '-')} 0.1 ({mod}:Thing) "
        "could not be loaded and is left out: RuntimeError: plugin bug at import"
    )
    assert reg.names() == built_in and len(reg.warnings) == 1, "loaded once"


@pytest.mark.parametrize(
    ("group", "source", "problem"),
    [
        ("footprint_platforms", "class Thing:\n    pass\n", "is not a subclass of Platform"),
        (
            "footprint_platforms",
            "from footprint.platforms.base import Platform\n"
            "class Thing(Platform):\n    title = 'T'\n    kinds = ('a',)\n",
            "does not define identify, read",
        ),
        (
            "footprint_platforms",
            GOOD_PLATFORM.replace('title = "Tiny"', "").replace("Tiny", "Thing"),
            "does not set title",
        ),
        (
            "footprint_detectors",
            "def Thing(env):\n    return None\n",
            "is not a subclass of Detector",
        ),
        ("footprint_reporters", "Thing = 'json'\n", "is not a function (got str)"),
    ],
)
def test_a_plugin_that_is_not_what_its_group_needs_is_a_warning(
    on_path: Callable[..., str], group: str, source: str, problem: str
) -> None:
    import footprint.detectors
    import footprint.platforms  # noqa: F401

    on_path({group: {"odd": "MOD:Thing"}}, {"MOD": textwrap.dedent(source)})
    reg = _registry(group.removeprefix("footprint_"))
    assert "odd" not in reg.names()
    (warning,) = reg.warnings
    assert "plugin 'odd' from " in warning
    assert warning.endswith(f"{problem} and is left out")


def test_a_plugin_cannot_take_a_built_ins_name(on_path: Callable[..., str]) -> None:
    import footprint.platforms  # noqa: F401
    from footprint.platforms.x import X

    on_path(
        {"footprint_platforms": {"x": "MOD:Tiny"}},
        {"MOD": GOOD_PLATFORM},
    )
    reg = _registry("platforms")
    assert reg.get("x") is X
    (warning,) = reg.warnings
    assert "takes the name of a built-in platform ('x')" in warning


def test_a_plugin_that_registers_over_a_built_in_at_import_is_undone(
    on_path: Callable[..., str],
) -> None:
    import footprint.platforms  # noqa: F401
    from footprint.platforms.x import X

    source = GOOD_PLATFORM + textwrap.indent(
        "from footprint.registry import platforms\nplatforms.register('x')(Tiny)\n", "    "
    )
    on_path({"footprint_platforms": {"tiny": "MOD:Tiny"}}, {"MOD": source})
    reg = _registry("platforms")
    try:
        assert reg.get("x") is X and X.name == "x"
        assert "tiny" not in reg.names()
        (warning,) = reg.warnings
        assert "takes the name of a built-in platform ('x')" in warning
    finally:
        registry.platforms.register("x")(X)  # whatever happened, X stays X


def test_two_plugins_with_one_name(on_path: Callable[..., str]) -> None:
    import footprint.platforms  # noqa: F401

    first = on_path({"footprint_platforms": {"tiny": "MOD:Tiny"}}, {"MOD": GOOD_PLATFORM})
    on_path({"footprint_platforms": {"tiny": "MOD:Tiny"}}, {"MOD": GOOD_PLATFORM})
    reg = _registry("platforms")
    assert reg.get("tiny").__module__ in (first, reg.plugin_info()[0].value.split(":")[0])
    (warning,) = reg.warnings
    assert "has the name of another plugin" in warning and "is left out" in warning


# --- from the command line ----------------------------------------------------------------


@pytest.fixture
def fresh_registries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The process-wide registries forget their plugins for this test (restored after)."""
    import footprint.detectors
    import footprint.platforms
    import footprint.report  # noqa: F401

    for reg in (registry.platforms, registry.detectors, registry.reporters):
        monkeypatch.setattr(reg, "_plugins", None)
        monkeypatch.setattr(reg, "_info", {})
        monkeypatch.setattr(reg, "warnings", [])


def _positions(tmp_path: Path) -> Path:
    csv = tmp_path / "Positions.csv"
    csv.write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme,Engineer,,,Jan 2020,\n",
        encoding="utf-8",
    )
    return csv


def test_scan_with_a_broken_plugin_warns_on_stderr_and_in_the_report(
    tmp_path: Path, on_path: Callable[..., str], fresh_registries: None
) -> None:
    mod = on_path({"footprint_detectors": {"broken": "MOD:Broken"}}, {"MOD": RAISES})
    out, err = io.StringIO(), io.StringIO()
    code = main(["scan", str(_positions(tmp_path)), "--quiet"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    report = json.loads(out.getvalue())
    assert report["sources"][0]["counts"]["positions"] == 1
    (warning,) = report["warnings"]
    assert warning.startswith(f"detector plugin 'broken' from {mod.replace('_', '-')} 0.1")
    assert f"footprint: warning: {warning}\n" in err.getvalue()


def test_text_report_shows_the_warning(
    tmp_path: Path, on_path: Callable[..., str], fresh_registries: None
) -> None:
    on_path({"footprint_reporters": {"broken": "MOD:write"}}, {"MOD": RAISES})
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["scan", str(_positions(tmp_path)), "--quiet", "--format", "text"], stdout=out, stderr=err
    )
    assert code == 0, err.getvalue()
    warnings = out.getvalue().split("\nWarnings\n")[1]
    assert "reporter plugin 'broken'" in warnings and "RuntimeError" in warnings


def test_a_plugin_platform_is_a_choice_and_reads(
    tmp_path: Path, on_path: Callable[..., str], fresh_registries: None
) -> None:
    source = GOOD_PLATFORM.replace(
        "return iter(())",
        "from footprint.model import Account, Ref\n"
        "            yield Account('tiny', 'sam', Ref('tiny', member.name, None, 'handle'))",
    )
    on_path({"footprint_platforms": {"tiny": "MOD:Tiny"}}, {"MOD": source})
    notes = tmp_path / "notes.txt"
    notes.write_text("%tiny-notes\n")
    out, err = io.StringIO(), io.StringIO()
    code = main(["scan", str(notes), "--platform", "tiny", "--quiet"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    report = json.loads(out.getvalue())
    assert report["subject"]["accounts"] == [
        {"platform": "tiny", "handle": "sam", "display_name": None, "account_id": None}
    ]
    assert report["warnings"] == []


# --- footprint's own test suite, with a broken plugin in every group ----------------------


def test_the_test_suite_runs_with_broken_plugins_installed(tmp_path: Path) -> None:
    folder = fake_distribution(
        tmp_path / "dist",
        "broken-everything",
        {
            "footprint_platforms": {"bad-platform": "broken_everything:P"},
            "footprint_detectors": {"bad-detector": "broken_everything:D"},
            "footprint_reporters": {"bad-reporter": "broken_everything:R"},
        },
        {"broken_everything": RAISES},
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), str(REPO)])}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/platforms/test_facts.py",
            "tests/detectors/test_stage.py",
            "tests/test_cli.py::test_nothing_readable_is_exit_2",
            "tests/test_cli.py::test_plugins_command_lists_what_can_be_named",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout


@pytest.mark.parametrize(
    ("group", "option"),
    [
        ("footprint_platforms", "--platform"),
        ("footprint_detectors", "--detectors"),
        ("footprint_reporters", "--format"),
    ],
)
def test_naming_a_broken_plugin_says_why_it_is_missing(
    tmp_path: Path,
    on_path: Callable[..., str],
    fresh_registries: None,
    group: str,
    option: str,
) -> None:
    mod = on_path({group: {"broken": "MOD:Thing"}}, {"MOD": RAISES})
    out, err = io.StringIO(), io.StringIO()
    code = main(["scan", str(tmp_path), option, "broken"], stdout=out, stderr=err)
    assert code == 2 and out.getvalue() == ""
    lines = err.getvalue().splitlines()
    assert any(
        "broken" in line and ("invalid choice" in line or "unknown" in line) for line in lines
    )
    dist = mod.replace("_", "-")
    assert lines[-1].startswith(f"footprint: warning: {group[10:-1]} plugin 'broken' from {dist}")
