"""A throwaway virtualenv with one package installed, without the network.

The virtualenv sees this environment's packages (footprint, hatchling, pip, pytest)
through a ``.pth`` line instead of copies, and the package is installed with
``pip install --no-index --no-build-isolation`` and pip's configuration switched off, so
nothing is downloaded and this environment is left as it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path


def run(
    cmd: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def install(package: Path, root: Path) -> tuple[Path, dict[str, str]]:
    """``package`` installed into a new virtualenv under ``root``: its python, and the
    environment to run it in."""
    venv = root / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", str(venv)], root)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    purelib = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], root
    ).stdout.strip()
    outer = sysconfig.get_paths()["purelib"]
    Path(purelib, "_outer.pth").write_text(
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
        PYTHONDONTWRITEBYTECODE="1",
        HOME=str(root / "home"),
    )
    installed = run(
        [str(python), "-m", "pip", "install", "--no-index", "--no-build-isolation", str(package)],
        root,
        env,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return python, env
