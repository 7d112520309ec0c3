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

from footprint.signals import Signal

# How much of a signal counts, by who can see the evidence. Private items count only for
# what a platform (a data request, a subpoena) or a breach could expose.
VISIBILITY_WEIGHT = {"public": 1.0, "unknown": 0.7, "connections": 0.5, "private": 0.15}
SUBJECT = "subject"


def weight(signal: Signal) -> float:
    """The probability a signal contributes: confidence x visibility weight."""
    return round(signal.confidence * VISIBILITY_WEIGHT.get(signal.visibility, 0.7), 4)


def account_node(platform: str, account: str | None) -> str:
    return f"account:{platform}:{account or '?'}"


def evidence_node(signal: Signal) -> str:
    where = signal.source.item if signal.source.item is not None else "field:" + signal.source.field
    return f"evidence:{signal.platform}:{signal.account or '?'}:{where}"


def target_node(signal: Signal) -> str:
    what = signal.target or signal.matched
    return f"target:{signal.reveals}:{what}"


def _linked_account(signal: Signal, accounts: dict[tuple[str, str], str]) -> str | None:
    """The account a cross-account signal points to (``target`` = ``platform:handle``)."""
    if not signal.target or ":" not in signal.target:
        return None
    plat, _, handle = signal.target.partition(":")
    key = (plat, handle.lstrip("@").lower().split("@")[0])
    if key in accounts:
        return accounts[key]
    if not handle:  # "the same e-mail on the LinkedIn account": the platform's only account
        same = [node for (p, _), node in accounts.items() if p == plat]
        return same[0] if len(same) == 1 else None
    return f"account:{plat}:{handle}"


def build_graph(
    signals: Iterable[Signal], accounts: Iterable[tuple[str, str | None, str | None]] = ()
) -> nx.MultiDiGraph:
    """The exposure graph of a scan.

    ``accounts`` are the subject's accounts as (platform, handle, display name); accounts
    that only appear in signals are added too.
    """
    g = nx.MultiDiGraph(name="footprint exposure graph")
    g.add_node(SUBJECT, kind="subject", label="the person")
    known: dict[tuple[str, str], str] = {}

    def add_account(platform: str, handle: str | None, name: str | None = None) -> str:
        node = account_node(platform, handle)
        if node not in g:
            g.add_node(
                node,
                kind="account",
                label=f"{platform}: {handle or name or '?'}",
                platform=platform,
                handle=handle or "",
                name=name or "",
                scanned=True,
            )
            g.add_edge(SUBJECT, node, kind="owns")
        elif name and not g.nodes[node].get("name"):
            g.nodes[node]["name"] = name
        if handle:
            known[(platform, handle.lstrip("@").lower().split("@")[0])] = node
        return node

    sigs = list(signals)
    for platform, handle, name in accounts:
        add_account(platform, handle, name)
    for s in sigs:
        add_account(s.platform, s.account)
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
        if s.reveals == "identity":
            other = _linked_account(s, known)
            if other is not None and other != acc:
                if other not in g:
                    plat = other.split(":", 2)[1]
                    g.add_node(
                        other,
                        kind="account",
                        label=other[len("account:") :],
                        platform=plat,
                        handle=other.split(":", 2)[2],
                        scanned=False,
                    )
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
    """GraphML (.graphml), GEXF (.gexf) or node-link JSON (.json), by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        nx.write_graphml(g, path)
    elif suffix == ".gexf":
        nx.write_gexf(g, path)
    elif suffix == ".json":
        data: Any = nx.node_link_data(g, edges="links")
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        raise ValueError(f"{path}: the graph file must end in .graphml, .gexf or .json")
