"""Personal details an attacker would use for spear-phishing.

The MP online-safety toolkit warns that attackers gather personal information to write
convincing e-mails. Found here: a birthday, a phone number, family members, a home
town, a school or university, pets and children named in posts.

- **Profile fields**: ``birthday``, ``phone``, ``family``, ``hometown``, ``relationship``
  and schools (education) are reported (0.9; the export says they are the person's);
  a family member or partner is a third party, so the evidence says one is listed, or
  gives the status ("Married"), never the name.
  Their visibility decides how much they matter: many are private on the platform, and
  the report says so.
- **Text**: "my dog Bramble", "our cat Mr Whiskers", "my son Tomos", "my daughter's
  school", a UK phone number in a bio or post, "happy birthday to me". Names are
  taken only when capitalised right after the phrase (0.6); a phone number 0.7 (0.8 in
  a bio).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.matcher import Matcher

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.nlp import TextUnit
from footprint.model import Education, ProfileField
from footprint.registry import detectors
from footprint.signals import Signal, excerpt

PROFILE_FIELDS = {
    "birthday": "birthday",
    "phone": "phone number",
    "family": "family member",
    "hometown": "home town",
    "maiden_name": "maiden name",
    "relationship": "relationship",
}
PETS = ("dog", "cat", "puppy", "kitten", "pup", "horse", "pony", "rabbit", "bunny")
FAMILY = (
    "son",
    "daughter",
    "wife",
    "husband",
    "boy",
    "girl",
    "kids",
    "children",
    "partner",
    "mum",
    "dad",
    "mother",
    "father",
    "sister",
    "brother",
)
TRIGGERS = [f"{p} {w}" for p in ("my", "our") for w in PETS + FAMILY]
# Not "school" alone (it is in one tweet in twenty): the named forms below are rarer.
TRIGGERS += [
    "primary",
    "high school",
    "primary school",
    "academy",
    "nursery",
    "ysgol",
    "birthday to my",
    "birthday to our",
    "happy birthday to me",
    "my birthday",
    "call me",
    "text me",
    "ring me",
    "whatsapp me",
    "mob",
    "mobile",
    "tel",
    "phone",
    "contact me",
]
_SCHOOL_WORDS = frozenset(
    ("primary", "school", "academy", "nursery", "infants", "juniors", "high", "secondary", "the")
)
BIO_FIELDS = ("bio", "headline", "summary", "profile_field")
# UK mobile and landline numbers, as people write them.
PHONE_RE = re.compile(
    r"(?<![\d+])(?:\+44\s?\(?0?\)?\s?|0)(?:7\d{3}|[1-3]\d{2,3})[\s-]?\d{3}[\s-]?\d{3,4}(?!\d)"
)


# Relationship statuses as platforms word them: shown without the partner's name.
STATUSES = (
    "single",
    "in a relationship",
    "engaged",
    "married",
    "in a civil union",
    "in a civil partnership",
    "in a domestic partnership",
    "in an open relationship",
    "it's complicated",
    "separated",
    "divorced",
    "widowed",
)


def _status(value: str) -> str:
    """The relationship status without the partner ('Married (Ffion Morrow)' -> 'Married');
    a value that is not a known status may be a name: not shown."""
    for status in STATUSES:
        if value.casefold().replace("’", "'").startswith(status):
            return value[: len(status)]
    return "relationship listed"


@detectors.register("personal")
class PersonalDetector(Detector):
    name = "personal"
    item_types = (ProfileField, Education)

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.matcher = Matcher(env.nlp.vocab)
        self.matcher.add(
            "PET",
            [
                [
                    {"LOWER": {"IN": ["my", "our"]}},
                    {"LOWER": {"IN": list(PETS)}},
                    {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"}, "OP": "+"},
                ]
            ],
            greedy="LONGEST",
        )
        self.matcher.add(
            "FAMILY",
            [
                [
                    {"LOWER": {"IN": ["my", "our"]}},
                    {"LOWER": {"IN": list(FAMILY)}},
                    {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"}},
                ]
            ],
        )
        self.matcher.add(
            "FAMILY",
            [
                [
                    {"LOWER": "birthday"},
                    {"LOWER": "to"},
                    {"LOWER": {"IN": ["my", "our"]}},
                    {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"}},
                ]
            ],
        )
        # A named school: "at St Anne's Primary", "at Ysgol Glan Taf" (children's schools
        # are what a spear-phishing e-mail or a stranger at the gate would use).
        self.matcher.add(
            "SCHOOL",
            [
                [
                    {"LOWER": {"IN": ["at", "to"]}},
                    {"TEXT": {"REGEX": r"^(?:[A-Z][\w.'’-]*|'s|’s)$"}, "OP": "+"},
                    {
                        "LOWER": {
                            "IN": ["primary", "school", "academy", "nursery", "infants", "juniors"]
                        }
                    },
                ],
                [
                    {"LOWER": {"IN": ["at", "to"]}},
                    {"LOWER": "ysgol"},
                    {"IS_TITLE": True, "OP": "+"},
                ],
            ],
            greedy="LONGEST",
        )
        self.matcher.add(
            "BIRTHDAY",
            [
                [{"LOWER": "happy"}, {"LOWER": "birthday"}, {"LOWER": "to"}, {"LOWER": "me"}],
                [{"LOWER": "my"}, {"LOWER": "birthday"}, {"LOWER": "today"}],
            ],
        )

    def terms(self) -> Iterable[str]:
        return TRIGGERS

    def on_item(self, item: Any, origin: str) -> Iterator[Signal]:
        if isinstance(item, Education) and item.school.strip():
            yield self.signal(
                ref=item.ref,
                field="education",
                kind="personal_info",
                reveals="personal",
                matched=item.school.strip(),
                why="a school or university in the profile",
                evidence=item.school.strip()[:120],
                confidence=0.8,
                origin=origin,
                target="school",
            )
        elif isinstance(item, ProfileField) and item.field in BIO_FIELDS:
            # Bios are few and short: look for a phone number in every one.
            for m in PHONE_RE.finditer(item.value):
                yield self.signal(
                    ref=item.ref,
                    field=item.field,
                    kind="personal_info",
                    reveals="personal",
                    matched="phone number",
                    why="a UK phone number in the profile",
                    evidence=excerpt(item.value, *m.span()),
                    confidence=0.8,
                    origin=origin,
                    target="phone number",
                )
        elif isinstance(item, ProfileField) and item.field in PROFILE_FIELDS and item.value.strip():
            what = PROFILE_FIELDS[item.field]
            value = item.value.strip()
            # A family member or a partner is a third party: say that there is one, or
            # the status, never who.
            if item.field == "family":
                evidence = f"{what} listed"
            elif item.field == "relationship":
                evidence = _status(value)
            else:
                evidence = value[:120]
            yield self.signal(
                ref=item.ref,
                field=item.field,
                kind="personal_info",
                reveals="personal",
                matched=what,
                why=f"{what} in the profile",
                evidence=evidence,
                confidence=0.9,
                origin=origin,
                target=what,
            )

    def on_text(self, unit: TextUnit) -> Iterator[Signal]:
        text = unit.text
        ref = unit.item.ref
        in_profile = unit.field in ("bio", "headline", "summary", "profile_field")
        liked = getattr(unit.item, "kind", None) in ("like", "repost")
        if liked:
            return  # someone else's pet or phone number is not the person's
        if not in_profile:  # profile fields: see on_item
            for m in PHONE_RE.finditer(text):
                yield self.signal(
                    ref=ref,
                    field="text",
                    kind="personal_info",
                    reveals="personal",
                    matched="phone number",
                    why="a UK phone number in a post",
                    evidence=excerpt(text, *m.span()),
                    confidence=0.7,
                    origin=unit.origin,
                    target="phone number",
                )
        doc = unit.doc
        vocab = self.env.nlp.vocab
        for match_id, start, end in self.matcher(doc):
            label = vocab.strings[match_id]
            span = doc[start:end]
            if label == "SCHOOL" and all(t.lower_ in _SCHOOL_WORDS for t in span[1:]):
                continue  # "to Primary School": no name, nothing to find
            what = {
                "PET": "pet's name",
                "FAMILY": "family member's name",
                "BIRTHDAY": "birthday",
                "SCHOOL": "school",
            }[label]
            yield self.signal(
                ref=ref,
                field=unit.field,
                kind="personal_info",
                reveals="personal",
                matched=what,
                why=f"{what} in {'the profile' if in_profile else 'a post'}",
                evidence=excerpt(text, span.start_char, span.end_char),
                confidence=0.6,
                origin=unit.origin,
                target=what,
            )
