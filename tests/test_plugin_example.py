"""examples/plugin installs without the network and works from the command line: its
platform reads the sample, its detector finds the collar numbers, its format writes them.

The package is installed into a throwaway virtualenv, offline (``tests/offline_venv.py``).
Deselect with ``-m "not plugin_install"``.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from tests.offline_venv import install
from tests.offline_venv import run as _run

REPO = Path(__file__).resolve().parents[1]
PLUGIN = REPO / "examples" / "plugin"

pytestmark = pytest.mark.plugin_install


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """A virtualenv with footprint-murmur installed from a copy of examples/plugin."""
    root = tmp_path_factory.mktemp("plugin")
    source = shutil.copytree(PLUGIN, root / "src", ignore=shutil.ignore_patterns("__pycache__"))
    python, env = install(source, root)
    return python, env, source


def test_the_plugin_works_from_the_command_line(
    venv: tuple[Path, dict[str, str], Path], tmp_path: Path
) -> None:
    python, env, _ = venv
    listed = _run([str(python), "-m", "footprint", "plugins"], tmp_path, env)
    assert listed.returncode == 0, listed.stderr
    lines = dict(line.split(": ", 1) for line in listed.stdout.splitlines())
    assert "murmur (plugin: footprint-murmur 0.1.0)" in lines["platforms"]
    assert "collar_numbers (plugin: footprint-murmur 0.1.0)" in lines["detectors"]
    assert "signals-csv (plugin: footprint-murmur 0.1.0)" in lines["formats"]
    assert listed.stderr == ""

    scanned = _run(
        [
            str(python),
            "-m",
            "footprint",
            "scan",
            str(PLUGIN / "sample" / "export"),
            "--org",
            str(PLUGIN / "sample" / "profile.toml"),
            "--detectors",
            "collar_numbers",
            "--format",
            "signals-csv",
            "--quiet",
        ],
        tmp_path,
        env,
    )
    # Recognised by its content, no --platform: the plugin's platform is offered every
    # file like the built-ins, and no built-in claims its files.
    assert scanned.returncode == 0, scanned.stderr
    assert scanned.stderr == ""
    rows = list(csv.DictReader(io.StringIO(scanned.stdout)))
    assert [(r["record"], r["platform"], r["item"] or r["field"], r["why"]) for r in rows] == [
        (
            "signal",
            "murmur",
            "bio",
            "job title 'PC' of northshire-police followed by a collar number in the bio",
        ),
        (
            "signal",
            "murmur",
            "1002",
            "job title 'PC' of northshire-police followed by a collar number",
        ),
        (
            "signal",
            "murmur",
            "1004",
            "job title 'PCSO' of northshire-police followed by a collar number",
        ),
    ]
    assert {r["account"] for r in rows} == {"sam_carter"}
    assert list(tmp_path.iterdir()) == []  # nothing written but the report, to stdout


def test_the_plugins_own_tests_pass_installed(venv: tuple[Path, dict[str, str], Path]) -> None:
    python, env, source = venv  # run in the copy: nothing is written in the repository
    tests = _run([str(python), "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider"], source, env)
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-2000:]
    assert " passed" in tests.stdout and "skipped" not in tests.stdout, tests.stdout[-2000:]
