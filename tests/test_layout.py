"""The pipeline is visible in the tree, and data flows one way: no stage imports a later
one (exports -> platforms -> online -> detectors -> exposure -> report; the online stage
runs only with --online, between reading and detection)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "footprint"
STAGES = ["exports", "platforms", "online", "detectors", "exposure", "report"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def _stage(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "footprint" and parts[1] in STAGES:
        return STAGES.index(parts[1])
    return None


@pytest.mark.parametrize("stage", STAGES)
def test_no_stage_imports_a_later_one(stage: str) -> None:
    here = STAGES.index(stage)
    wrong = []
    for path in sorted((PACKAGE / stage).rglob("*.py")):
        for module in _imports(path):
            there = _stage(module)
            if there is not None and there > here:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not wrong, wrong


def test_shared_modules_import_no_stage_at_load() -> None:
    # model, signals and errors sit under every stage: importing a stage from them
    # would make a cycle.
    for name in ("model.py", "signals.py", "errors.py", "registry.py"):
        stages = {m for m in _imports(PACKAGE / name) if _stage(m) is not None}
        assert not stages, (name, stages)


def test_the_checker_sees_a_backward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from footprint.report.diff import diff\n", encoding="utf-8")
    assert any(_stage(m) == STAGES.index("report") for m in _imports(bad))
