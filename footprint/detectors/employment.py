"""Employment statements, job titles and positions, with or without a profile.

People say where they work in so many words: "I work for South Wales Police", "proud
to serve with Gwent Police", "Home Office employee", a LinkedIn position, a Facebook
work entry. These are found without any organisation profile (the organisation is
whatever the statement names); with a profile, a statement naming one of its aliases
is stronger and says so.

- **Statements** (spaCy ``Matcher``): "I work/worked/am working at|for|with X",
  "proud to serve/work (with|for|in) X", "joined X as", "X employee", "employee of X",
  where X is a run of capitalised words (allowing "of", "and", "&"). 0.7, or 0.9 when X
  is one of the profile's aliases; reveals ``employer``.
- **Disclaimers**: "views my own", "views are my own", "opinions my own", "tweets are
  my own", "RT ≠ endorsement" are what public-sector staff are told to write: they
  reveal the ``sector`` (0.4) without naming it.
- **Job titles** without a profile: a built-in list of public-sector roles ("police
  officer", "PCSO", "special constable", "civil servant", "caseworker", "parliamentary
  assistant", "policy officer"...) reveals the ``role`` (0.6; 0.7 in a bio or headline).
  With a profile, its job titles are found by the mentions detector instead.
- **Positions** (LinkedIn Positions, Facebook work, X professional data): the company
  reveals the ``employer`` (0.9 for a current position, 0.6 for a past one, 0.95 when
  it is the profile's organisation); the title reveals the ``role``. With a profile, a
  past position at another organisation is work history and reveals ``personal``.

Remediation: remove the statement, position or title, or make the profile section
private.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.context import assess, source_adjustment
from footprint.detectors.nlp import TextUnit, normalise
from footprint.model import Position
from footprint.registry import detectors
from footprint.signals import Signal, excerpt

GENERIC_ROLES = (
    "police officer",
    "police constable",
    "police sergeant",
    "police inspector",
    "detective constable",
    "detective sergeant",
    "detective inspector",
    "PCSO",
    "police community support officer",
    "special constable",
    "response officer",
    "police staff",
    "civil servant",
    "policy officer",
    "policy adviser",
    "policy advisor",
    "private secretary",
    "caseworker",
    "constituency caseworker",
    "parliamentary assistant",
    "parliamentary researcher",
    "senior parliamentary assistant",
    "prison officer",
    "border force officer",
    "immigration officer",
)
DISCLAIMERS = (
    "views my own",
    "views are my own",
    "views expressed are my own",
    "opinions my own",
    "opinions are my own",
    "all views my own",
    "tweets are my own",
    "tweets my own",
    "posts are my own",
    "rt ≠ endorsement",
    "rts are not endorsements",
    "retweets are not endorsements",
    "rt != endorsement",
)
TRIGGERS = (
    "work at",
    "work for",
    "work with",
    "worked at",
    "worked for",
    "working at",
    "working for",
    "working with",
    "work in",
    "proud to serve",
    "proud to work",
    "joined the",
    "employee",
    "employed by",
    "employed at",
)
_CONNECT = {"of", "and", "&", "for", "the"}


def _org_patterns() -> list[list[dict[str, Any]]]:
    # A capitalised word, then capitalised words or the small words inside names
    # ("Department for Work and Pensions", "Ministry of Justice").
    org = [{"IS_TITLE": True}, {"TEXT": {"REGEX": r"^(?:[A-Z][\w'’-]*|of|and|for|&)$"}, "OP": "*"}]
    org_upper = [{"IS_UPPER": True, "LENGTH": {">=": 2}}]
    verbs = {"LOWER": {"IN": ["work", "worked", "working", "serve", "served", "serving"]}}
    preps = {"LOWER": {"IN": ["at", "for", "with", "in"]}}
    pats = []
    for o in (org, org_upper):
        pats.append([verbs, preps, {"LOWER": "the", "OP": "?"}, *o])
        pats.append(
            [{"LOWER": "proud"}, {"LOWER": "to"}, verbs, preps, {"LOWER": "the", "OP": "?"}, *o]
        )
        pats.append(
            [
                {"LOWER": {"IN": ["employed", "employee"]}},
                {"LOWER": {"IN": ["by", "at", "of"]}},
                {"LOWER": "the", "OP": "?"},
                *o,
            ]
        )
        pats.append(
            [
                {"LOWER": {"IN": ["joined", "joining"]}},
                {"LOWER": "the", "OP": "?"},
                *o,
                {"LOWER": {"IN": ["as", "today", "this"]}},
            ]
        )
    return pats


def _organisation(span: Any) -> str:
    """The organisation a statement names: its trailing run of capitalised words."""
    tokens = list(span)
    while tokens and tokens[-1].lower_ in ("as", "today", "this"):
        tokens.pop()
    i = len(tokens)
    while i > 0 and (
        tokens[i - 1].is_title or tokens[i - 1].is_upper or tokens[i - 1].lower_ in _CONNECT
    ):
        i -= 1
    run = tokens[i:]
    while run and run[0].lower_ in _CONNECT:
        run.pop(0)
    while run and run[-1].lower_ in _CONNECT:
        run.pop()
    if not run or run[0].lower_ == "i":
        return ""
    return str(span.doc[run[0].i : run[-1].i + 1].text)


@detectors.register("employment")
class EmploymentDetector(Detector):
    name = "employment"
    item_types = (Position,)

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        vocab = env.nlp.vocab
        self.matcher = Matcher(vocab)
        self.matcher.add("STATEMENT", _org_patterns(), greedy="LONGEST")
        self.disclaimers = PhraseMatcher(vocab, attr="LOWER")
        self.disclaimers.add("DISCLAIMER", [env.nlp.make_doc(d) for d in DISCLAIMERS])
        self.roles = PhraseMatcher(vocab, attr="LOWER")
        self.use_roles = self.profile is None
        if self.use_roles:
            self.roles.add("ROLE", [env.nlp.make_doc(r) for r in GENERIC_ROLES])
        self.aliases = {}
        if self.profile is not None:
            self.aliases = {
                normalise(t.value): t for t in self.profile.of("alias") if not t.ambiguous
            }

    def terms(self) -> Iterable[str]:
        yield from TRIGGERS
        yield from DISCLAIMERS
        if self.use_roles:
            yield from GENERIC_ROLES

    def _org_term(self, name: str) -> Any:
        key = normalise(name)
        for alias, term in self.aliases.items():
            if alias == key or key.startswith(alias + " ") or alias in key.split(" of "):
                return term
        return None

    def on_text(self, unit: TextUnit) -> Iterator[Signal]:
        doc = unit.doc
        adj, adj_why = source_adjustment(unit)
        ref = unit.item.ref
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            if span[0].is_upper and len(span[0]) > 1:
                continue  # shouting: "WORK IN PROGRESS", "WORK FOR FREE"
            org = _organisation(span)
            if not org:
                continue
            ctx = assess(doc, start, end)
            term = self._org_term(org)
            conf = (0.9 if term is not None else 0.7) + ctx.delta + adj
            why = [f"employment statement naming {org!r}"]
            if term is not None:
                why.append(f"an alias of {term.origin}")
            why.extend(r for r in ctx.reasons if not r.startswith("work context"))
            if adj_why:
                why.append(adj_why)
            yield self.signal(
                ref=ref,
                field=unit.field,
                kind="employment_statement",
                reveals="employer",
                matched=org,
                why="; ".join(why),
                evidence=excerpt(unit.text, span.start_char, span.end_char),
                confidence=conf,
                origin=unit.origin,
                target=self.profile.name if term is not None and self.profile else org,
            )
        for _, start, end in self.disclaimers(doc):
            span = doc[start:end]
            yield self.signal(
                ref=ref,
                field=unit.field,
                kind="employment_statement",
                reveals="sector",
                matched=span.text,
                why="a 'views my own' disclaimer, which public-sector staff are asked to use",
                evidence=excerpt(unit.text, span.start_char, span.end_char),
                confidence=0.4 + (0.05 if unit.field == "bio" else 0.0) + min(adj, 0.0),
                origin=unit.origin,
                target="public sector",
            )
        if self.use_roles:
            for _, start, end in self.roles(doc):
                span = doc[start:end]
                ctx = assess(doc, start, end)
                conf = 0.6 + (0.1 if unit.field in ("bio", "headline", "display_name") else 0.0)
                conf += ctx.delta + min(adj, 0.0)
                why = [f"job title {span.text!r}"] + [
                    r for r in ctx.reasons if not r.startswith("work context")
                ]
                yield self.signal(
                    ref=ref,
                    field=unit.field,
                    kind="job_title",
                    reveals="role",
                    matched=span.text.lower(),
                    why="; ".join(why),
                    evidence=excerpt(unit.text, span.start_char, span.end_char),
                    confidence=conf,
                    origin=unit.origin,
                    target=span.text.lower(),
                )

    def on_item(self, item: Any, origin: str) -> Iterator[Signal]:
        if not isinstance(item, Position) or not item.company.strip():
            return
        company = item.company.strip()
        current = item.finished is None
        term = self._org_term(company)
        conf = 0.95 if term is not None else (0.9 if current else 0.6)
        when = "current position" if current else f"past position (to {item.finished})"
        why = f"{when} at {company!r}" + (
            f", an alias of {term.origin}" if term is not None else ""
        )
        # Scanning for one organisation, a past job elsewhere is work history (useful to a
        # spear-phisher), not the employer the person is targeted for.
        history = self.profile is not None and term is None and not current
        if history:
            why += f"; work history, not {self.profile.name}" if self.profile else ""
        yield self.signal(
            ref=item.ref,
            field="position",
            kind="position",
            reveals="personal" if history else "employer",
            matched=company,
            why=why,
            evidence=f"{item.title + ' at ' if item.title else ''}{company}"[:120],
            confidence=conf,
            origin=origin,
            target=self.profile.name if term is not None and self.profile else company,
        )
        if item.title:
            yield self.signal(
                ref=item.ref,
                field="position",
                kind="job_title",
                reveals="personal" if history else "role",
                matched=item.title,
                why=f"job title of a {when}" + (" (work history)" if history else ""),
                evidence=f"{item.title} at {company}"[:120],
                confidence=0.85 if current else 0.55,
                origin=origin,
                target=item.title,
            )
