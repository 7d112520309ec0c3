"""The anonymisation plan: the shortest list of steps that removes most of the exposure.

Each signal is addressed by one candidate action (edit the bio, delete these posts,
leave that group, hide the connections list...: the table in
:mod:`footprint.exposure.actions`), and a platform whose private mode hides something
adds "make the account private" for what that mode really hides. Actions are chosen
greedily by **reduction per unit of effort**: at each step every remaining action is
weighed by how much evidence mass (``docs/scoring.md``) it would take away, the best is
taken and its ``score_after`` recorded, until the score is below the target (50; 25
with ``--high-risk``) or no action is left.

The mass is a sum over pieces of evidence, so it keeps falling with every piece removed
even while the score itself stays at 100: the plan for someone with thousands of
signals starts with the step that removes most, not with nothing. A kind of target
other than the employer counts at most its weight (sector 0.5: ``-log(1 - 0.5)``), so
once a hundred posts give away someone's line of work, deleting twenty of them changes
nothing yet; while no step lowers the score, the plan takes the one that removes most
evidence (each kind weighted as in the score), until the rest start to count. Each
action's change is worked out on the few pieces of evidence it touches
(:class:`~footprint.exposure.scoring.Ledger`) and kept until a step touches the same
evidence.

Each step says what it removes ("Removes 12 of the 40 items that give away your
employer") and, while the score stays at or above the target, what still gives it away.
Security steps from the posture checks follow, with the score unchanged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from footprint.exposure.actions import BY_NAME, REVEALS_WORDS, ActionKind, action_for, title
from footprint.exposure.graph import weight
from footprint.exposure.instructions import instructions
from footprint.exposure.scoring import TARGETS, WEIGHTS, Ledger, score_of, weighted_mass
from footprint.platforms import PrivateMode, info
from footprint.platforms import title as platform_title
from footprint.signals import Signal

TARGET = 50
HIGH_RISK_TARGET = 25
# A change of the overall mass smaller than this moves no score (a target is saturated:
# its evidence could fill its weight many times over).
REAL_GAIN = 1e-6


@dataclass(frozen=True, slots=True)
class Action:
    """A candidate step: one row of the action table, on one platform, for some signals."""

    kind: ActionKind
    platform: str
    group: str
    title: str
    signals: tuple[str, ...]
    effort: float
    guidance: str
    leaves_public: str | None = None  # make_private: what the platform's mode does not hide

    @property
    def action(self) -> str:
        return self.kind.name

    @property
    def hides(self) -> bool:
        return self.kind.effect == "hide"


@dataclass(frozen=True, slots=True)
class Step:
    """A step of the plan (CONTRACT.md ``plan[]``)."""

    action: str
    platform: str
    title: str
    signals: tuple[str, ...]
    instructions: str
    score_after: int
    effort: float
    guidance: str
    kind: str = "exposure"  # or "security", "advice": steps that do not change the score
    effect: str = "remove"  # "hide": the evidence stays, seen by connections only; "none"
    removes: str = ""  # what the step takes away, in words
    still: str | None = None  # while the score stays at or above the target: what remains
    manifest: str | None = None  # the manifest file listing its items (with --manifests)

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "platform": self.platform,
            "signals": list(self.signals),
            "instructions": self.instructions,
            "score_after": self.score_after,
            "title": self.title,
            "effort": self.effort,
            "kind": self.kind,
            "effect": self.effect,
            "guidance": self.guidance,
            "removes": self.removes,
            "still": self.still,
            "manifest": self.manifest,
        }


def candidate_actions(signals: Iterable[Signal]) -> list[Action]:
    """Every action that addresses some of ``signals``, in a stable order."""
    groups: dict[tuple[str, str, str], list[Signal]] = defaultdict(list)
    kinds: dict[tuple[str, str, str], ActionKind] = {}
    by_platform: dict[str, list[Signal]] = defaultdict(list)
    for s in signals:
        kind, group = action_for(s)
        key = (kind.name, s.platform, group)
        groups[key].append(s)
        kinds.setdefault(key, kind)
        by_platform[s.platform].append(s)
    actions = [_action(kinds[key], key[1], key[2], sigs) for key, sigs in sorted(groups.items())]
    # Making an account private hides at once what the platform's private mode hides
    # (posts, say), never the profile: the platform's class says which (PrivateMode).
    private = BY_NAME["make_private"]
    for platform, sigs in sorted(by_platform.items()):
        cls = info(platform)
        mode = cls.private if cls is not None else None
        if mode is None:
            continue
        hidden = [s for s in sigs if s.visibility == "public" and _hidden_by(mode, s)]
        if hidden:
            actions.append(
                Action(
                    private,
                    platform,
                    mode.setting,
                    title(private, platform_title(platform), mode.setting, hidden),
                    tuple(sorted({s.id for s in hidden})),
                    private.effort,
                    private.guidance,
                    leaves_public=mode.leaves_public,
                )
            )
    return actions


def _hidden_by(mode: PrivateMode, s: Signal) -> bool:
    """Whether a private account hides this signal's evidence from strangers: its kind of
    item, or (for a signal about a whole list) the list, is among what the mode hides."""
    kind = s.item_kind or ""
    if kind == "list":
        return s.source.field in mode.hides
    return kind in mode.hides


def _action(kind: ActionKind, platform: str, group: str, sigs: list[Signal]) -> Action:
    items = len({s.source.item or s.source.field for s in sigs})
    return Action(
        kind,
        platform,
        group,
        title(kind, platform_title(platform), group, sigs),
        tuple(sorted({s.id for s in sigs})),
        kind.effort_for(items),
        kind.guidance_for(sigs),
    )


def make_plan(
    signals: Iterable[Signal],
    high_risk: bool = False,
    security: Iterable[Step] = (),
    max_steps: int | None = None,
) -> tuple[list[Step], list[Signal]]:
    """The plan, and the signals that would remain after it (hidden ones as hidden)."""
    sigs = {s.id: s for s in signals}
    planner = _Planner(list(sigs.values()), HIGH_RISK_TARGET if high_risk else TARGET)
    steps = planner.run(max_steps)
    remaining = [
        replace(s, visibility="connections") if sid in planner.hidden else s
        for sid, s in sigs.items()
        if sid in planner.ledger
    ]
    final = planner.score
    steps.extend(replace(s, score_after=final) for s in security)
    return steps, remaining


@dataclass
class _Planner:
    signals: list[Signal]
    target: int
    ledger: Ledger = field(init=False)
    by_id: dict[str, Signal] = field(init=False)
    hidden: set[str] = field(default_factory=set)
    score: int = 0
    total: float = 0.0
    masses: dict[str, float] = field(default_factory=dict)
    # Per target kind, how many remaining signals name each target ("South Wales Police").
    names: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def __post_init__(self) -> None:
        self.ledger = Ledger(self.signals)
        self.by_id = {s.id: s for s in self.signals}
        for s in self.by_id.values():
            self.names[s.reveals][s.target or ""] += 1
        self._measure()

    def _measure(self) -> None:
        self.masses = self.ledger.masses()
        self.score, self.total = score_of(self.masses)

    def changes(self, act: Action) -> dict[str, float | None]:
        """What the action does to each of its signals: removed (None) or hidden (new p)."""
        if not act.hides:
            return dict.fromkeys(act.signals)
        return {
            sid: weight(self.by_id[sid], "connections")
            for sid in act.signals
            if sid not in self.hidden
        }

    def gain(self, delta: dict[str, float]) -> float:
        after = {t: self.masses[t] + delta.get(t, 0.0) for t in TARGETS}
        return self.total - sum(weighted_mass(t, after[t]) for t in TARGETS)

    def run(self, max_steps: int | None) -> list[Step]:
        actions: dict[int, Action] = dict(enumerate(candidate_actions(self.signals)))
        # Which actions touch each piece of evidence, and hold each signal.
        on_evidence: dict[Any, set[int]] = defaultdict(set)
        holding: dict[str, set[int]] = defaultdict(set)
        for i, act in actions.items():
            for sid in act.signals:
                holding[sid].add(i)
                key = self.ledger.evidence_of(sid)
                if key is not None:
                    on_evidence[key].add(i)
        deltas: dict[int, dict[str, float]] = {}
        stable = {i: _stable(act) for i, act in actions.items()}
        steps: list[Step] = []
        while self.score >= self.target and actions:
            if max_steps is not None and len(steps) >= max_steps:
                break
            best: tuple[float, float, str, int] | None = None
            for i, act in actions.items():
                if i not in deltas:
                    deltas[i] = self.ledger.delta(self.changes(act))
                real = self.gain(deltas[i])
                evidence = -sum(WEIGHTS[t] * d for t, d in deltas[i].items())
                if real <= REAL_GAIN and evidence <= 1e-12:
                    continue  # it changes nothing any more
                # What lowers the score comes first; while nothing can (every kind of
                # target saturated, see the module docstring), what removes most evidence.
                rank = (real / act.effort if real > REAL_GAIN else 0.0, evidence / act.effort)
                if best is None or (*rank, stable[i]) > best[:3]:
                    best = (*rank, stable[i], i)
            if best is None:
                break
            i = best[3]
            act = actions.pop(i)
            changes = self.changes(act)
            removes = self._removes(act, deltas.pop(i))
            touched = {self.ledger.evidence_of(sid) for sid in changes}
            self.ledger.apply(changes)
            self._measure()
            if act.hides:
                self.hidden.update(changes)
            # Forget what the step changed: the actions on the same evidence are weighed
            # again, and the signals it removed leave the actions that held them too.
            for key in touched:
                for j in on_evidence.get(key, ()):
                    deltas.pop(j, None)
            gone = {sid for sid, new in changes.items() if new is None}
            for sid in gone:
                sig = self.by_id[sid]
                self.names[sig.reveals][sig.target or ""] -= 1
            for j in sorted({j for sid in gone for j in holding[sid]} & set(actions)):
                left = tuple(x for x in actions[j].signals if x not in gone)
                if not left:
                    del actions[j]
                    continue
                sigs = [self.by_id[x] for x in left]
                other = actions[j]
                actions[j] = replace(
                    other,
                    signals=left,
                    title=title(other.kind, platform_title(other.platform), other.group, sigs),
                )
                stable[j] = _stable(actions[j])
            steps.append(self._step(act, removes))
        if steps and self.score >= self.target:
            # Only a limit on the steps stops the plan early: every signal has an action
            # that removes it, so without one the score always falls below the target.
            last = steps[-1]
            note = (
                f" The plan stops after {len(steps)} steps, as asked: what remains is in the "
                "report's signals."
            )
            steps[-1] = replace(last, still=(last.still or "") + note)
        return steps

    def _removes(self, act: Action, delta: dict[str, float]) -> str:
        """What the step takes away, in words: per target kind it changes most."""
        counts = self.ledger.count
        mine: dict[str, set[Any]] = defaultdict(set)
        targets: dict[str, Counter[str]] = defaultdict(Counter)
        for sid in act.signals:
            sig = self.by_id[sid]
            mine[sig.reveals].add(self.ledger.where[sid][0])
            targets[sig.reveals][sig.target or ""] += 1
        # Order by how much each kind of target's change lowers the score.
        order = sorted(
            mine,
            key=lambda t: (
                -(
                    weighted_mass(t, self.masses[t])
                    - weighted_mass(t, self.masses[t] + delta.get(t, 0.0))
                ),
                TARGETS.index(t),
            ),
        )
        parts = [_share(len(mine[t]), counts.get(t, 0), _about(t, targets[t])) for t in order[:2]]
        text = ("Hides " if act.hides else "Removes ") + "; and ".join(parts)
        if len(order) > 2:
            text += "; and more"
        if act.hides:
            text += ", from everyone but the people you have approved"
        return text + "."

    def _still(self) -> str | None:
        """While the score is at or above the target: what still gives the person away."""
        if self.score < self.target:
            return None
        counts = self.ledger.count
        targets = self.names
        order = sorted(
            (t for t in TARGETS if counts.get(t)),
            key=lambda t: (-weighted_mass(t, self.masses[t]), TARGETS.index(t)),
        )
        parts = [
            f"{counts[t]} item{'s' if counts[t] != 1 else ''} give{'s' if counts[t] == 1 else ''}"
            f" away {_about(t, targets[t])}"
            if i == 0
            else f"{counts[t]} your {REVEALS_WORDS.get(t, t)}"
            for i, t in enumerate(order[:3])
        ]
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"The score is still {self.score}: {listed}."

    def _step(self, act: Action, removes: str) -> Step:
        field_words = act.group.replace("_", " ") if act.kind.name == "edit_profile" else "field"
        text = instructions(act.action, act.platform, field=field_words)
        if act.leaves_public:
            text += f" This does not hide {act.leaves_public}: they stay public."
        return Step(
            action=act.action,
            platform=act.platform,
            title=act.title,
            signals=act.signals,
            instructions=text,
            score_after=self.score,
            effort=round(act.effort, 2),
            guidance=act.guidance,
            effect=act.kind.effect,
            removes=removes,
            still=self._still(),
        )


def _share(n: int, of: int, about: str) -> str:
    """'2 of the 12 items that give away ...', 'all 3 items ...', 'the only item ...'."""
    if n >= of:
        if n == 1:
            return f"the only item that gives away {about}"
        return f"all {n} items that give away {about}"
    return f"{n} of the {of} items that give away {about}"


def _about(target_kind: str, targets: Counter[str]) -> str:
    """'your employer (South Wales Police)': the kind of target, and its commonest names."""
    words = f"your {REVEALS_WORDS.get(target_kind, target_kind)}"
    names = []
    for name, count in targets.most_common():
        if count <= 0:
            break
        if target_kind == "identity":
            # A link's target is "platform:handle": the account, for people.
            plat, _, handle = name.partition(":")
            name = platform_title(plat) + (f" @{handle}" if handle else "") if plat else ""
        if name and name != target_kind and name not in names:
            names.append(name)
        if len(names) == 2:
            break
    # Names may hold commas themselves ("Cardiff, Wales"): set apart with a slash.
    return f"{words} ({' / '.join(names)})" if names else words


def _stable(act: Action) -> str:
    # Ties break the same way every run (and prefer earlier action names).
    return "".join(chr(0x10FFFF - ord(c)) for c in f"{act.action}|{act.platform}|{act.title}")
