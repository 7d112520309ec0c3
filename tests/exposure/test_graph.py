"""The exposure graph: its shape, and GraphML, GEXF and node-link JSON that networkx (and
so Gephi) reads back."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from footprint.cli import main
from footprint.exposure.graph import build_graph, write_graph
from footprint.pipeline import ScanOptions, scan
from tests.exposure.people import signal

PERSONA = Path(__file__).resolve().parents[2] / "examples" / "personas" / "pseudonymous"


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    paths = sorted(p for p in PERSONA.iterdir() if p.is_dir())
    return scan(paths, ScanOptions(org="dyfed-powys-police")).graph()


def test_shape(graph: nx.MultiDiGraph) -> None:
    kinds = nx.get_node_attributes(graph, "kind")
    assert kinds["subject"] == "subject"
    accounts = [n for n, k in kinds.items() if k == "account"]
    assert "account:x:quietcoastwalker" in accounts
    for u, v, data in graph.edges(data=True):
        pair = (kinds[u], kinds[v], data["kind"])
        assert pair in {
            ("subject", "account", "owns"),
            ("account", "evidence", "posted"),
            ("evidence", "target", "reveals"),
            ("account", "account", "links"),
        }, pair
        if data["kind"] in ("reveals", "links"):
            assert 0 < data["p"] <= 1 and data["signal"]
    # The pseudonym is linked to the LinkedIn account that names the employer.
    links = {(u, v) for u, v, d in graph.edges(data=True) if d["kind"] == "links"}
    assert any(
        u == "account:x:quietcoastwalker" and v.startswith("account:linkedin:") for u, v in links
    )
    employer = [
        n
        for n, d in graph.nodes(data=True)
        if d.get("kind") == "target" and d.get("reveals") == "employer"
    ]
    assert "target:employer:Dyfed-Powys Police" in employer


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_files_read_back(graph: nx.MultiDiGraph, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"exposure{suffix}"
    write_graph(graph, path)
    if suffix == ".graphml":
        back = nx.read_graphml(path)
        root = ET.parse(path).getroot()
        assert root.tag == "{http://graphml.graphdrawing.org/xmlns}graphml"
    elif suffix == ".gexf":
        back = nx.read_gexf(path)
        root = ET.parse(path).getroot()
        assert root.tag.endswith("gexf") and "gexf.net" in root.tag
    else:
        back = nx.node_link_graph(json.loads(path.read_text()), edges="links")
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()


def test_cli_graph_option(tmp_path: Path) -> None:
    out = tmp_path / "g.graphml"
    paths = [str(p) for p in sorted(PERSONA.iterdir()) if p.is_dir()]
    code = main(
        ["scan", *paths, "--org", "dyfed-powys-police", "--graph", str(out), "--quiet"],
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert code == 0
    assert nx.read_graphml(out).number_of_nodes() > 10


def test_cli_graph_needs_a_known_suffix(tmp_path: Path) -> None:
    err = io.StringIO()
    code = main(
        ["scan", str(PERSONA), "--graph", str(tmp_path / "g.png")], stdout=io.StringIO(), stderr=err
    )
    assert code == 2 and ".graphml, .gexf or .json" in err.getvalue()


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_control_characters_keep_the_files_valid(tmp_path: Path, suffix: str) -> None:
    hostile = "Proud\x01 of\x0b the\x1b[2J job\ufffe \u202e"
    signals = [
        replace(signal("x", "17\x00"), evidence=hostile, matched="\x07bell"),
        replace(signal("x", None, field="bio"), evidence=hostile),
    ]
    graph = build_graph(signals, [("x", "jo\x1b", "Jo\x02")])
    path = tmp_path / f"exposure{suffix}"
    write_graph(graph, path)
    if suffix == ".json":
        back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    else:
        ET.parse(path)  # well-formed XML
        back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
        labels = [d.get("label", "") for _, d in back.nodes(data=True)]
        assert any("Proud\\x01 of\\x0b the\\x1b[2J job\\ufffe" in lab for lab in labels)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
