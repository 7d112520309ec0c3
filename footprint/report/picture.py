"""The picture of the exposure: you, your accounts, and what each one reveals.

Computed in Python from the exposure graph (:func:`footprint.exposure.graph.build_graph`)
and drawn as SVG by the HTML template; no script, no layout library. Three columns:

- **you**, on the left;
- **your accounts**, each with its score (what it reveals, with what linked accounts
  reveal flowing in), the ones the scan read first; accounts your evidence points to but
  that were not in the exports are marked so; dashed arcs join accounts that give each
  other away;
- **what is revealed**, one box per kind (employer, line of work, role, whereabouts,
  linked accounts, personal details) naming its most frequent targets.

Lines join each account to each kind it reveals, thicker for more pieces of evidence,
solid for strong evidence and dotted for weak. Grouping by kind keeps the picture to at
most a dozen accounts and six boxes, whether the scan found 3 signals or 3,000.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from footprint.exposure.scoring import Exposure
from footprint.platforms import title as platform_title
from footprint.report.view import shown, tier_class
from footprint.report.words import LIKELY, STRONG, Words
from footprint.signals import REVEALS

WIDTH = 960
MARGIN = 20
YOU_X, YOU_W, YOU_H = 16, 104, 56
ACC_X, ACC_W, ACC_H = 176, 272, 58
KIND_X, KIND_W = 568, 376
LINE = 20  # height of one line of text in a box
GAP = 14
MAX_SCANNED = 10
MAX_OTHER = 4
TARGETS_SHOWN = 3


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    y: float
    text: str
    cls: str
    data: bool = False  # a name from the exports or the profile: not to be translated


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    cls: str
    label: str  # what a screen reader and a tooltip say
    texts: tuple[Text, ...]


@dataclass(frozen=True, slots=True)
class Line:
    d: str  # SVG path
    width: float
    cls: str
    label: str


@dataclass(frozen=True, slots=True)
class Picture:
    width: int
    height: int
    title: str
    description: str
    boxes: tuple[Box, ...]
    lines: tuple[Line, ...]
    sentences: tuple[str, ...]  # the same picture in words, one sentence per account


def fit(text: str, room: float, size: float = 14) -> str:
    """Cut ``text`` to about ``room`` pixels of a sans-serif font of ``size`` pixels,
    with an ellipsis; wide characters (emoji, CJK) count double."""
    budget = room / (size * 0.56)
    used = 0.0
    for i, ch in enumerate(text):
        used += 2.0 if ord(ch) > 0x2E80 else 1.0
        if used > budget:
            return text[: max(i - 1, 1)].rstrip() + "…"
    return text


def _strength(p: float) -> str:
    return "strong" if p >= STRONG else "likely" if p >= LIKELY else "possible"


@dataclass
class _Account:
    node: str
    platform: str
    handle: str
    name: str
    scanned: bool
    score: int | None = None
    evidence: int = 0


def build_picture(g: nx.MultiDiGraph, exposure: Exposure | None, w: Words) -> Picture:
    """Lay out the picture of graph ``g`` (see the module docstring)."""
    scores = {(a.platform, a.account): a.score for a in (exposure.by_account if exposure else ())}
    accounts: dict[str, _Account] = {}
    for node, data in g.nodes(data=True):
        if data.get("kind") != "account":
            continue
        plat = data.get("platform", "")
        handle = data.get("handle") or ""
        name = data.get("name") or ""
        accounts[node] = _Account(
            node,
            plat,
            handle,
            name,
            bool(data.get("scanned", True)),
            scores.get((plat, handle or name or "?")),
        )
    # (account, kind) -> evidence count and strongest p; (kind, target label) -> count.
    reach: dict[tuple[str, str], list[float]] = defaultdict(list)
    targets: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for acc in accounts.values():
        for _, ev, d in g.out_edges(acc.node, data=True):
            if d.get("kind") != "posted":
                continue
            acc.evidence += 1
            best: dict[str, float] = {}
            for _, tgt, e in g.out_edges(ev, data=True):
                if e.get("kind") != "reveals":
                    continue
                tdata = g.nodes[tgt]
                kind = tdata.get("reveals", "")
                best[kind] = max(best.get(kind, 0.0), float(e.get("p", 0.0)))
                label = shown(w.target_text(kind, str(tdata.get("label", ""))))
                targets[kind][label] += 1
            for kind, p in best.items():
                reach[(acc.node, kind)].append(p)
    kinds = [k for k in REVEALS if targets.get(k)] + sorted(set(targets) - set(REVEALS))
    scanned = sorted(
        (a for a in accounts.values() if a.scanned),
        key=lambda a: (-(a.score or 0), -a.evidence, a.platform, a.handle),
    )
    others = sorted((a for a in accounts.values() if not a.scanned), key=lambda a: a.node)
    shown_accounts = scanned[:MAX_SCANNED] + others[:MAX_OTHER]
    hidden = len(scanned) - len(scanned[:MAX_SCANNED]) + len(others) - len(others[:MAX_OTHER])

    # Column heights, then vertical centring.
    kind_heights = []
    for k in kinds:
        n = min(len(targets[k]), TARGETS_SHOWN) + (1 if len(targets[k]) > TARGETS_SHOWN else 0)
        kind_heights.append(32 + LINE * n)
    acc_rows = len(shown_accounts) + (1 if hidden else 0)
    acc_total = acc_rows * ACC_H + max(acc_rows - 1, 0) * GAP
    kind_total = sum(kind_heights) + max(len(kinds) - 1, 0) * GAP
    inner = max(acc_total, kind_total, YOU_H)
    height = int(inner + 2 * MARGIN)

    boxes: list[Box] = []
    lines: list[Line] = []
    you_y = MARGIN + (inner - YOU_H) / 2
    you_label = w._("You")
    boxes.append(
        Box(
            YOU_X,
            you_y,
            YOU_W,
            YOU_H,
            "you",
            you_label,
            (Text(YOU_X + YOU_W / 2, you_y + YOU_H / 2 + 5, you_label, "you-label"),),
        )
    )
    you_mid = you_y + YOU_H / 2

    acc_y: dict[str, float] = {}
    y = MARGIN + (inner - acc_total) / 2
    for acc in shown_accounts:
        acc_y[acc.node] = y + ACC_H / 2
        title = platform_title(acc.platform)
        who = (
            ("@" + acc.handle)
            if acc.handle and acc.platform != "linkedin"
            else (acc.handle or acc.name or "?")
        )
        who = shown(who)
        if acc.scanned:
            label = w._("{platform} account {who}, score {score}").format(
                platform=title, who=who, score=acc.score if acc.score is not None else "–"
            )
            second = fit(who, ACC_W - 84, 13)
        else:
            label = w._("{platform} account {who}, not in these exports").format(
                platform=title, who=who
            )
            second = fit(w._("{who} (not scanned)").format(who=who), ACC_W - 24, 13)
        texts = [
            Text(ACC_X + 12, y + 24, fit(title, ACC_W - 84, 15), "acc-platform", True),
            Text(ACC_X + 12, y + 44, second, "acc-handle", acc.scanned),
        ]
        cls = "account" if acc.scanned else "account other"
        if acc.scanned and acc.score is not None:
            texts.append(Text(ACC_X + ACC_W - 34, y + ACC_H / 2 + 6, str(acc.score), "badge-num"))
            cls += " " + tier_class(acc.score)
        boxes.append(Box(ACC_X, y, ACC_W, ACC_H, cls, label, tuple(texts)))
        if acc.scanned:
            mid = y + ACC_H / 2
            lines.append(
                Line(
                    _curve(YOU_X + YOU_W, you_mid, ACC_X, mid),
                    1.5,
                    "owns",
                    w._("You own this account"),
                )
            )
        y += ACC_H + GAP
    if hidden:
        text = w.ngettext("and {n} more account", "and {n} more accounts", hidden).format(n=hidden)
        boxes.append(
            Box(
                ACC_X,
                y,
                ACC_W,
                ACC_H,
                "account more",
                text,
                (Text(ACC_X + 12, y + 34, text, "acc-handle"),),
            )
        )

    kind_y: dict[str, float] = {}
    y = MARGIN + (inner - kind_total) / 2
    by_target = exposure.by_target if exposure else {}
    for k, h in zip(kinds, kind_heights, strict=True):
        kind_y[k] = y + 22
        ranked = sorted(targets[k], key=lambda t: (-targets[k][t], t))
        head = w.target_label(k)
        score = by_target.get(k)
        texts = [Text(KIND_X + 12, y + 22, fit(head, KIND_W - 70, 15), "kind-head")]
        if score is not None:
            texts.append(Text(KIND_X + KIND_W - 12, y + 22, str(score), "kind-score"))
        ty = y + 22 + LINE
        for t in ranked[:TARGETS_SHOWN]:
            texts.append(
                Text(
                    KIND_X + 12,
                    ty,
                    fit(f"{t} ({targets[k][t]})", KIND_W - 24, 13),
                    "kind-target",
                    True,
                )
            )
            ty += LINE
        rest = len(ranked) - TARGETS_SHOWN
        if rest > 0:
            texts.append(
                Text(
                    KIND_X + 12,
                    ty,
                    w.more(rest),
                    "kind-more",
                )
            )
        label = w._("{what}: {score} out of 100; {targets}").format(
            what=head, score=score if score is not None else "–", targets=", ".join(ranked[:5])
        )
        boxes.append(Box(KIND_X, y, KIND_W, h, "kind " + tier_class(score), label, tuple(texts)))
        y += h + GAP

    sentences = []
    for acc in shown_accounts:
        if acc.node not in acc_y:
            continue
        parts = []
        for k in kinds:
            ps = reach.get((acc.node, k))
            if not ps:
                continue
            width = min(1.5 + 1.8 * math.log2(1 + len(ps)), 10.0)
            strength = _strength(max(ps))
            said = w.ngettext(
                "{account} shows {what}: {n} piece of evidence, the strongest {strength}",
                "{account} shows {what}: {n} pieces of evidence, the strongest {strength}",
                len(ps),
            ).format(
                account=platform_title(acc.platform),
                what=w.reveals(k),
                n=len(ps),
                strength=w.confidence_word(max(ps)),
            )
            lines.append(
                Line(
                    _curve(ACC_X + ACC_W, acc_y[acc.node], KIND_X, kind_y[k]),
                    round(width, 1),
                    "reveals " + strength,
                    said,
                )
            )
            parts.append(f"{w.reveals(k)} ({len(ps)})")
        who = shown(acc.handle or acc.name or "?")
        if parts:
            sentences.append(
                w._("{platform} ({who}) shows {what}.").format(
                    platform=platform_title(acc.platform), who=who, what=", ".join(parts)
                )
            )
        elif acc.scanned:
            sentences.append(
                w._("{platform} ({who}) shows nothing footprint looks for.").format(
                    platform=platform_title(acc.platform), who=who
                )
            )

    # Accounts that give each other away: one dashed arc per pair, left of the column.
    pairs = set()
    for u, v, d in g.edges(data=True):
        if d.get("kind") == "links" and u in acc_y and v in acc_y and u != v:
            pairs.add(tuple(sorted((u, v))))
    for a, b in sorted(pairs):
        ya, yb = acc_y[a], acc_y[b]
        bulge = 14 + 0.18 * abs(ya - yb)
        lines.append(
            Line(
                f"M {ACC_X} {ya:.1f} C {ACC_X - bulge:.1f} {ya:.1f}, "
                f"{ACC_X - bulge:.1f} {yb:.1f}, {ACC_X} {yb:.1f}",
                2.0,
                "links",
                w._("{a} and {b} give each other away").format(
                    a=platform_title(accounts[a].platform), b=platform_title(accounts[b].platform)
                ),
            )
        )
        sentences.append(
            w._("{a} and {b} are linked: one gives the other away.").format(
                a=platform_title(accounts[a].platform), b=platform_title(accounts[b].platform)
            )
        )

    n_acc = len(scanned)
    description = " ".join(
        [
            w.ngettext(
                "{n} account read, joined to what it reveals.",
                "{n} accounts read, each joined to what it reveals.",
                n_acc,
            ).format(n=n_acc),
            *sentences,
        ]
    )
    return Picture(
        width=WIDTH,
        height=height,
        title=w._("Your accounts and what each reveals"),
        description=description,
        boxes=tuple(boxes),
        lines=tuple(lines),
        sentences=tuple(sentences),
    )


def _curve(x1: float, y1: float, x2: float, y2: float) -> str:
    mid = (x1 + x2) / 2
    return f"M {x1:.1f} {y1:.1f} C {mid:.1f} {y1:.1f}, {mid:.1f} {y2:.1f}, {x2:.1f} {y2:.1f}"
