"""Context around a match: what raises or lowers confidence (never what creates a signal).

Work context ("shift", "colleagues", "on duty") near an ambiguous term such as "Met" or
"PC" is what lets it count at all; without it an ambiguous term produces nothing.
Cues that the words are about someone else ("my dad is a PC"), about the past
("retired", "former") or negated ("not a civil servant") lower confidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Words that make a nearby ambiguous term about work. Lower-case single tokens.
WORK_CONTEXT = frozenset(
    [
        "work",
        "works",
        "working",
        "worked",
        "job",
        "jobs",
        "role",
        "shift",
        "shifts",
        "duty",
        "colleague",
        "colleagues",
        "team",
        "office",
        "department",
        "dept",
        "employer",
        "employee",
        "employed",
        "staff",
        "career",
        "joined",
        "joining",
        "serve",
        "serving",
        "served",
        "proud",
        "officer",
        "officers",
        "force",
        "station",
        "nick",
        "patrol",
        "custody",
        "response",
        "briefing",
        "arrest",
        "arrested",
        "warrant",
        "uniform",
        "collar",
        "policing",
        "constabulary",
        "minister",
        "ministerial",
        "whitehall",
        "policy",
        "civil",
        "servant",
        "servants",
        "grade",
        "promotion",
        "promoted",
        "secondment",
        "seconded",
        "recruit",
        "recruitment",
        "training",
        "probation",
        "probationer",
        "lates",
        "earlies",
        "nights",
        "rota",
        "overtime",
        "caseworker",
        "casework",
        "constituency",
        "constituents",
        "surgery",
        "parliament",
        "mp",
        "mps",
        "westminster",
        "commons",
        "gwaith",
        "swydd",
        "staff-room",
        "tîm",
        "adran",
        "heddlu",
        "llywodraeth",
    ]
)
FIRST_PERSON = frozenset(("i", "i'm", "im", "my", "me", "we", "we're", "our", "us", "i've"))
OTHERS = frozenset(
    [
        "dad",
        "mum",
        "mom",
        "mother",
        "father",
        "brother",
        "sister",
        "son",
        "daughter",
        "husband",
        "wife",
        "partner",
        "friend",
        "friends",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "grandad",
        "grandpa",
        "grandma",
        "nan",
        "neighbour",
        "boyfriend",
        "girlfriend",
        "fiance",
        "fiancé",
        "fiancee",
        "fiancée",
    ]
)
PAST = frozenset(("former", "formerly", "ex", "ex-", "retired", "used", "previously", "was"))
NEGATION = frozenset(("not", "never", "no", "nothing", "isn't", "wasn't", "aren't"))


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the context does to a match: a confidence change and the reasons for it."""

    has_work_context: bool
    delta: float
    reasons: tuple[str, ...]


def assess(
    doc: Any, start: int, end: int, extra_context: frozenset[str] = frozenset(), window: int = 10
) -> Assessment:
    """Look ``window`` tokens around the token span [start, end) of ``doc``.

    ``extra_context`` holds the profile's own context entries: single words are compared
    with tokens, phrases ("on duty", "joined the force") with the window's text.
    """
    lo = max(0, start - window)
    hi = min(len(doc), end + window)
    before = [doc[i].lower_ for i in range(lo, start)]
    after = [doc[i].lower_ for i in range(end, hi)]
    around = before + after
    words = {w for w in extra_context if " " not in w}
    phrases = [w for w in extra_context if " " in w]
    context_words = WORK_CONTEXT | words
    work = sorted({w for w in around if w in context_words})
    if phrases:
        text = " ".join(before) + " | " + " ".join(after)
        work += sorted(p for p in phrases if p in text)
    delta = 0.0
    reasons: list[str] = []
    if work:
        reasons.append("work context " + ", ".join(repr(w) for w in work[:3]))
    near_before = before[-4:]
    other = next((w for w in near_before if w in OTHERS), None)
    if other is not None:
        delta -= 0.3
        reasons.append(f"-0.3 about someone else ({other!r})")
    past = next((w for w in before[-3:] if w in PAST), None)
    if past is not None:
        delta -= 0.15
        reasons.append(f"-0.15 in the past ({past!r})")
    neg = next((w for w in before[-3:] if w in NEGATION), None)
    if neg is not None:
        delta -= 0.45
        reasons.append(f"-0.45 negated ({neg!r})")
    if other is None and any(w in FIRST_PERSON for w in before[-6:]):
        delta += 0.05
        reasons.append("+0.05 first person")
    return Assessment(bool(work), delta, tuple(reasons))


def extra_context(profile: Any) -> frozenset[str]:
    """The profile's own context entries, lower-cased: words and phrases."""
    if profile is None:
        return frozenset()
    return frozenset(" ".join(c.lower().split()) for c in profile.context if c.strip())


# How much each place a text comes from says about the person themselves.
FIELD_WEIGHT = {
    "bio": 0.05,
    "display_name": 0.05,
    "headline": 0.05,
    "handle": 0.0,
    "summary": 0.05,
    "profile_field": 0.05,
}
KIND_WEIGHT = {"like": -0.25, "repost": -0.15}


def source_adjustment(unit: Any) -> tuple[float, str | None]:
    """Self-descriptions count a little more; others' words that were liked count less."""
    kind = getattr(unit.item, "kind", None)
    if kind in KIND_WEIGHT:
        d = KIND_WEIGHT[kind]
        return d, f"{d:+.2f} someone else's words the person {kind}d"
    d = FIELD_WEIGHT.get(unit.field, 0.0)
    return d, (f"{d:+.2f} in the {unit.field}" if d else None)
