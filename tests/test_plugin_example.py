"""examples/plugin installs without the network and works from the command line: its
platform reads the sample, its detector finds the collar numbers, its format writes them.

The package is installed into a throwaway virtualenv that sees this environment's
packages (footprint, hatchling) through a ``.pth`` line, with ``pip install --no-index
--no-build-isolation``: nothing is downloaded, and this environment is left as it was.
Deselect with ``-m "not plugin_install"``.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PLUGIN = REPO / "examples" / "plugin"

pytestmark = pytest.mark.plugin_install


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """A virtualenv with footprint-murmur installed from a copy of examples/plugin."""
    root = tmp_path_factory.mktemp("plugin")
    source = shutil.copytree(PLUGIN, root / "src", ignore=shutil.ignore_patterns("__pycache__"))
    env_dir = root / "venv"
    made = _run(
        [sys.executable, "-m", "venv", "--without-pip", str(env_dir)], root, dict(os.environ)
    )
    assert made.returncode == 0, made.stderr
    python = env_dir / "bin" / "python"
    inner = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        root,
        dict(os.environ),
    )
    # This environment's packages (footprint, hatchling, pip, pytest) without copying them.
    outer = sysconfig.get_paths()["purelib"]
    Path(inner.stdout.strip(), "_outer.pth").write_text(
        f"import site; site.addsitedir({outer!r})\n", encoding="utf-8"
    )
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        PIP_CONFIG_FILE=os.devnull,  # no index, no find-links: the network is never asked
        PIP_NO_INDEX="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_NO_CACHE_DIR="1",
        HOME=str(root / "home"),
    )
    installed = _run(
        [str(python), "-m", "pip", "install", "--no-index", "--no-build-isolation", str(source)],
        root,
        env,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
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
