"""The documentation written from the code (``python -m footprint.docs``) is current."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from footprint import docs
from footprint.platforms.reddit import Reddit
from footprint.platforms.x import X

REPO = Path(__file__).resolve().parents[1]


def test_readme_and_contract_tables_are_current() -> None:
    assert docs.stale(REPO) == [], "run: python -m footprint.docs"


def test_the_tables_come_from_the_platform_classes() -> None:
    table = docs.platform_table()
    assert f"| X | {X.download} |" in table
    assert "| Reddit | reddit.com/settings/data-request | the CSV zip | not yet" in table
    assert table.index("| X |") < table.index("| Facebook |") < table.index("| TikTok |")
    items = docs.item_table()
    assert "| Reddit | comment, post | its `id` column, without a `t1_` / `t3_` prefix |" in items
    # A '|' inside a cell would end it.
    assert '`"<Company Name>\\|<Started On>"`' in items


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    shutil.copy(REPO / "README.md", tmp_path / "README.md")
    shutil.copy(REPO / "docs" / "contract-for-plugins.md", tmp_path / "docs")
    return tmp_path


def test_a_changed_fact_makes_the_readme_stale_until_rewritten(
    clone: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(Reddit, "verified", True)
    monkeypatch.setattr(Reddit, "item_ids", {"post": "its new id"})
    assert docs.main(["--check", "--root", str(clone)]) == 1
    err = capsys.readouterr().err
    assert "README.md is out of date" in err and "contract-for-plugins.md is out of date" in err
    assert docs.main(["--root", str(clone)]) == 0
    assert docs.main(["--check", "--root", str(clone)]) == 0
    readme = (clone / "README.md").read_text(encoding="utf-8")
    assert "| Reddit | reddit.com/settings/data-request | the CSV zip | yes |" in readme
    assert readme.count("<!-- platforms:start -->") == 1
    assert "| Reddit | post | its new id |" in (
        clone / "docs" / "contract-for-plugins.md"
    ).read_text(encoding="utf-8")


def test_missing_markers_and_not_a_clone(clone: Path, tmp_path: Path) -> None:
    markers = re.escape("no <!-- platforms:start --> ... <!-- platforms:end -->")
    with pytest.raises(ValueError, match=markers):
        docs.fill("no markers here", "platforms", "x", "README.md")
    (clone / "README.md").write_text("# footprint\n", encoding="utf-8")
    assert docs.main(["--check", "--root", str(clone)]) == 2
    assert docs.main(["--root", str(tmp_path / "nowhere")]) == 2


def test_the_architecture_tree_is_the_real_tree() -> None:
    """Every module is in docs/architecture.md's tree, named or as one of its kind
    (``<platform>.py``: a registered platform's module); every name there exists."""
    from footprint.detectors import detectors
    from footprint.platforms import platforms
    from footprint.report import reporters

    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    tree = text.split("```")[1]
    package = REPO / "footprint"
    kinds = {
        "platforms": {sys.modules[c.__module__].__file__ for c in platforms.get_all().values()},
        "detectors": {sys.modules[c.__module__].__file__ for c in detectors.get_all().values()},
        "report": {sys.modules[f.__module__].__file__ for f in reporters.get_all().values()},
    }
    folder = ""
    named: dict[str, set[str]] = {"": set()}
    for line in tree.splitlines():
        m = re.match(r"^  (\w+)/", line)
        if m:
            folder = m.group(1)
            named.setdefault(folder, set())
        elif re.match(r"^\S", line):
            folder = ""
        m = re.match(r"^\s+([\w<>]+\.py)\s", line)
        if m:
            named[folder].add(m.group(1))
    missing, phantom = [], []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        folder = rel.parts[0] if len(rel.parts) > 1 else ""
        if path.name in named.get(folder, set()) or (folder and path.name == "__init__.py"):
            continue
        if str(path) in kinds.get(folder, set()) and any("<" in n for n in named[folder]):
            continue
        missing.append(str(rel))
    for folder, names in named.items():
        for name in names:
            if "<" not in name and not (package / folder / name).is_file():
                phantom.append(f"{folder}/{name}")
    assert not missing, f"modules not in docs/architecture.md's tree: {missing}"
    assert not phantom, f"docs/architecture.md names modules that do not exist: {phantom}"
