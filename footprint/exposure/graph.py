"""The exposure graph: who owns what evidence, what it reveals, and how accounts link.

Nodes (``kind`` attribute):

- ``subject``: the person (one node, ``subject``);
- ``account``: each of their accounts (``account:<platform>:<handle>``), and accounts
  their evidence points to but that were not scanned (``scanned=False``);
- ``evidence``: each piece of evidence: a post, a bio, a group membership, a whole
  connection list, a photo (``evidence:<platform>:<account>:<item or field>``);
- ``target``: what is revealed: ``target:employer:<name>``, ``target:sector:<name>``,
  ``target:role:<title>``, ``target:location:<place>``, ``target:personal:<what>``,
  ``target:identity:<account>``.

Edges (``kind`` attribute): ``owns`` (subject -> account), ``posted`` (account ->
evidence), ``reveals`` (evidence -> target, with ``p`` = the signal's confidence times
the weight of its visibility, the highest where several signals of one piece of evidence
reveal the same target), and ``links`` (account -> account, from cross-account
evidence, ``p`` as above): what one account reveals flows to the accounts linked to it.

Every attribute is a string, number or boolean, so the graph writes to GraphML, GEXF
and node-link JSON as it is (``write_graph``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from footprint.escape import json_text, xml_text
from footprint.signals import Signal

# How much of a signal counts, by who can see the evidence. Private items count only for
# what a platform (a data request, a subpoena) or a breach could expose.
VISIBILITY_WEIGHT = {"public": 1.0, "unknown": 0.7, "connections": 0.5, "private": 0.15}
SUBJECT = "subject"


def weight(signal: Signal, visibility: str | None = None) -> float:
    """The probability a signal contributes: confidence x visibility weight (of its own
    visibility, or of ``visibility``: what it would be if hidden)."""
    seen_by = signal.visibility if visibility is None else visibility
    return round(signal.confidence * VISIBILITY_WEIGHT.get(seen_by, 0.7), 4)


def account_node(platform: str, account: str | None) -> str:
    return f"account:{platform}:{account or '?'}"


def evidence_node(signal: Signal) -> str:
    where = signal.source.item if signal.source.item is not None else "field:" + signal.source.field
    return f"evidence:{signal.platform}:{signal.account or '?'}:{where}"


def target_node(signal: Signal) -> str:
    what = signal.target or signal.matched
    return f"target:{signal.reveals}:{what}"


class AccountIndex:
    """The subject's accounts, and the accounts their cross-account evidence points to.

    Shared by the graph and the score, so that both resolve a link to the same account.
    ``nodes`` holds each account's attributes by node id, in the order first seen.
    """

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        self._known: dict[tuple[str, str], str] = {}

    def add(self, platform: str, handle: str | None, name: str | None = None) -> str:
        """One of the subject's (scanned) accounts; its node id."""
        node = account_node(platform, handle)
        data = self.nodes.get(node)
        if data is None:
            self.nodes[node] = {
                "kind": "account",
                "label": f"{platform}: {handle or name or '?'}",
                "platform": platform,
                "handle": handle or "",
                "name": name or "",
                "scanned": True,
            }
        elif name and not data.get("name"):
            data["name"] = name
        if handle:
            self._known[(platform, _handle_key(handle))] = node
        return node

    def linked(self, signal: Signal) -> str | None:
        """The account a cross-account signal points to (``target`` = ``platform:handle``),
        added as not scanned when it is not one of the subject's."""
        if not signal.target or ":" not in signal.target:
            return None
        plat, _, handle = signal.target.partition(":")
        found = self._known.get((plat, _handle_key(handle)))
        if found is not None:
            return found
        if not handle:  # "the same e-mail on the LinkedIn account": the platform's only account
            same = [node for (p, _), node in self._known.items() if p == plat]
            return same[0] if len(same) == 1 else None
        node = f"account:{plat}:{handle}"
        if node not in self.nodes:
            self.nodes[node] = {
                "kind": "account",
                "label": node[len("account:") :],
                "platform": plat,
                "handle": handle,
                "scanned": False,
            }
        return node


def _handle_key(handle: str) -> str:
    return handle.lstrip("@").lower().split("@")[0]


def build_graph(
    signals: Iterable[Signal], accounts: Iterable[tuple[str, str | None, str | None]] = ()
) -> nx.MultiDiGraph:
    """The exposure graph of a scan.

    ``accounts`` are the subject's accounts as (platform, handle, display name); accounts
    that only appear in signals are added too.
    """
    g = nx.MultiDiGraph(name="footprint exposure graph")
    g.add_node(SUBJECT, kind="subject", label="the person")
    index = AccountIndex()
    sigs = list(signals)
    for platform, handle, name in accounts:
        index.add(platform, handle, name)
    for s in sigs:
        index.add(s.platform, s.account)
    links = [(s, index.linked(s)) for s in sigs if s.reveals == "identity"]
    for node, data in index.nodes.items():
        g.add_node(node, **data)
        if data["scanned"]:
            g.add_edge(SUBJECT, node, kind="owns")
    linked = {id(s): other for s, other in links}
    for s in sigs:
        acc = account_node(s.platform, s.account)
        ev = evidence_node(s)
        if ev not in g:
            g.add_node(
                ev,
                kind="evidence",
                label=s.evidence[:80],
                platform=s.platform,
                item=s.source.item or "",
                field=s.source.field,
                item_kind=s.item_kind or "",
                visibility=s.visibility,
                date=s.source.date or "",
                file=s.source.file,
            )
            g.add_edge(acc, ev, kind="posted")
        p = weight(s)
        other = linked.get(id(s))
        if other is not None and other != acc:
            _max_edge(g, acc, other, "links", p, s.id)
            _max_edge(g, other, acc, "links", p, s.id)
        tgt = target_node(s)
        if tgt not in g:
            g.add_node(tgt, kind="target", label=s.target or s.matched, reveals=s.reveals)
        _max_edge(g, ev, tgt, "reveals", p, s.id)
    return g


def _max_edge(g: nx.MultiDiGraph, u: str, v: str, kind: str, p: float, signal_id: str) -> None:
    """One edge of a kind between two nodes, carrying the highest probability."""
    for key, data in g.get_edge_data(u, v, default={}).items():
        if data.get("kind") == kind:
            if p > data["p"]:
                g[u][v][key].update(p=p, signal=signal_id)
            return
    g.add_edge(u, v, kind=kind, p=p, signal=signal_id)


def write_graph(g: nx.MultiDiGraph, path: Path) -> None:
    """GraphML (.graphml), GEXF (.gexf) or node-link JSON (.json), by the file's suffix.

    Texts from an export may hold characters XML 1.0 forbids (control characters): they
    are written as visible escapes, so that the file stays valid XML that Gephi opens.
    """
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        nx.write_graphml(xml_safe(g), path)
    elif suffix == ".gexf":
        nx.write_gexf(xml_safe(g), path)
    elif suffix == ".json":
        data: Any = nx.node_link_data(g, edges="links")
        text = json_text(json.dumps(data, indent=1, ensure_ascii=False))
        path.write_text(text + "\n", encoding="utf-8")
    else:
        raise ValueError(f"{path}: the graph file must end in .graphml, .gexf or .json")


def xml_safe(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` whose node ids and string attributes are all valid XML text."""

    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        return {k: xml_text(v) if isinstance(v, str) else v for k, v in attrs.items()}

    out = nx.MultiDiGraph(**clean(dict(g.graph)))
    for node, attrs in g.nodes(data=True):
        out.add_node(xml_text(node), **clean(attrs))
    for u, v, key, attrs in g.edges(keys=True, data=True):
        out.add_edge(xml_text(u), xml_text(v), key=key, **clean(attrs))
    return out
