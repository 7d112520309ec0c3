#!/usr/bin/env python3
"""Build footprint's registries (``profiles/registries/*.csv``) from open data.

    .venv/bin/python profiles/registries/build.py [SHARED_REGISTRIES_FOLDER]

(with footprint installed: the keys' vocabulary is ``footprint.profiles``'s, so what the
build writes is what the loader reads; otherwise the standard library only.)

Reads the derived CSVs and source copies in ``../shared/registries`` (its README gives the
provenance of every file; pass another folder, or set ``FOOTPRINT_SHARED`` to the folder
holding ``registries/``), plus three inputs kept in this folder:

``curated.csv``
    Facts that are not in the sources (marked ``unverified``, each with where it came from)
    and footprint's decisions about sourced facts: an alias that is an everyday word or
    that the public writes every day becomes ambiguous, a wrong or shared value is dropped,
    a body the format rule misjudges joins or leaves a sector. Every row says why.
``ids.csv``
    footprint's id for a source's body where it is not the source's own key (the shipped
    profiles' ids, ``hmrc`` for ``hm-revenue-customs``), and the few extra police bodies
    read from the WhatDoTheyKnow list.
``sources/westminster_2010_constituencies.csv``
    The 2010-2024 Westminster constituencies, which ../shared/registries does not hold
    (its header names the public repository and commit they were read from).

and writes ``organisations.csv``, ``westminster.csv`` and ``senedd.csv``. The output is
the same for the same inputs (no dates, no network), so a test re-runs this build when
../shared is present and fails if the committed files differ.

Every output row is one fact: ``org,key,value,source,provenance,note``. ``provenance`` is
``sourced`` (the value is in the named source), ``derived`` (a mechanical variant of a
sourced value: "&" for "and", a dropped leading "The", a bracketed acronym split off; the
note names the rule) or ``unverified`` (not in ../shared/registries; the note says where it
came from). ``footprint/profiles.py`` reads these files; ``profiles/README.md`` documents
the keys.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from footprint.profiles import REGISTRY_FACTS, REPEATABLE_FACTS

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

# The sources, as named in every output file's header. ``True``: from ../shared/registries.
SOURCES: dict[str, tuple[bool, str]] = {
    "wdtk": (
        True,
        "police_forces.csv and sources/m-d-johnson_golang-wdtk-linkgenerator__generated-dataset"
        ".json (WhatDoTheyKnow's police bodies, data as of 2024-02-09)",
    ),
    "ons-pfa": (
        True,
        "police_forces.csv ons_pfa_* (ONS police force areas, December 2017, via "
        "opencivicdata/ocd-division-ids)",
    ),
    "govuk": (
        True,
        "govuk_organisations.csv (the GOV.UK organisations API as scraped by the Institute for "
        "Government, 2026-08-22)",
    ),
    "statswales": (
        True,
        "welsh_names_for_organisations.csv and govuk_organisations.csv name_cy_statswales "
        "(StatsWales data providers, 2026-02-17)",
    ),
    "pcon24": (
        True,
        "uk_parliament_constituencies_2024.csv name (Parliament's spelling, DfE mp-lookup / "
        "Members API, 2026-06-27)",
    ),
    "ons-pcon24": (
        True,
        "uk_parliament_constituencies_2024.csv name_ons, name_cy_ons (ONS July 2024 names, V1 "
        "release; Gower and Montgomeryshire and Glyndŵr have no Welsh form)",
    ),
    "mysociety-pcon24": (
        True,
        "uk_parliament_constituencies_2024.csv name_mysociety, name_cy_mysociety (mySociety "
        "2025-constituencies, from the Boundary Commission for Wales; circumflexes dropped)",
    ),
    "mps": (
        True,
        "mps_current.csv (sitting MPs from DfE mp-lookup / Members API, 2026-06-27)",
    ),
    "parlparse": (
        True,
        "mps_current.csv handle columns (mySociety parlparse social-media-commons.xml, "
        "2026-01-15; partial, some stale)",
    ),
    "senedd": (
        True,
        "senedd_constituencies.csv (Senedd Cymru e-petitions service, 2026-04-12)",
    ),
    "hexmaps": (
        False,
        "profiles/registries/sources/westminster_2010_constituencies.csv (odileeds/hexmaps "
        "maps/constituencies.hexjson at e1f825af, MIT): not in ../shared/registries",
    ),
    "footprint": (
        False,
        "profiles/registries/curated.csv: entered by footprint's maintainers, not in "
        "../shared/registries; the note says where each came from",
    ),
}

HEADER = ["org", "key", "value", "source", "provenance", "note"]

# GOV.UK formats whose staff are civil servants by definition (the ../shared folder's own
# `civil_service_by_format` "yes" list). Everything else joins only by the rules below or
# by a row in curated.csv.
CIVIL_SERVICE_FORMATS = (
    "Ministerial department",
    "Non-ministerial department",
    "Executive agency",
    "Civil service",
    "Devolved government",
    "Executive office",
)
PART_FORMATS = ("Executive agency", "Sub organisation", "Executive office", "Civil service")
CIVIL_SERVICE_ROOT = "civil-service"  # GOV.UK's "Civil Service" body: the sector itself

# Police bodies whose name says "policing" rather than which force employs the person:
# officers of every force deal with them, and the Federation is the officers' staff
# association. Their terms reveal `sector`.
POLICE_SECTOR_CATEGORIES = ("national_policing_body", "staff_association")

# Hosts that are never one organisation's own (CONTRACT.md section 3).
PUBLIC_SUFFIXES = ("gov.uk", "police.uk", "org.uk", "co.uk", "ac.uk", "nhs.uk", "gov.wales")


# Keys with one value per organisation (the loader's vocabulary): the first source to give
# one wins (police bodies are read before GOV.UK, so the National Crime Agency keeps its
# police category).
SINGLE = REGISTRY_FACTS - REPEATABLE_FACTS


@dataclass
class Fact:
    key: str
    value: str
    source: str
    provenance: str
    note: str = ""


@dataclass
class Org:
    id: str
    facts: list[Fact] = field(default_factory=list)

    def add(self, key: str, value: str, source: str, provenance: str, note: str = "") -> None:
        value = " ".join(value.split())
        if not value:
            return
        if any(f.key == key and (f.value == value or key in SINGLE) for f in self.facts):
            return
        self.facts.append(Fact(key, value, source, provenance, note))

    def values(self, key: str) -> list[str]:
        return [f.value for f in self.facts if f.key == key]

    def first(self, key: str) -> str:
        got = self.values(key)
        return got[0] if got else ""


def provenance_of(source: str) -> str:
    return "sourced" if SOURCES[source][0] else "unverified"


def derived_of(source: str) -> str:
    return "derived" if SOURCES[source][0] else "unverified"


# --------------------------------------------------------------------------- reading


def read_csv(path: Path) -> list[dict[str, str]]:
    """A CSV whose leading '#' lines are comments."""
    text = path.read_text(encoding="utf-8-sig")
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO(body)))


def shared_folder(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    root = Path(os.environ.get("FOOTPRINT_SHARED", REPO.parent / "shared"))
    return root / "registries"


# --------------------------------------------------------------------------- names


_ACRONYM_IN_BRACKETS = re.compile(r"\s*\(((?:y |yr )?[A-Z][A-Za-z&]{1,9})\)\s*$")
_APOSTROPHES = ("'", "’")


def split_acronym(name: str) -> tuple[str, str]:
    """'Metropolitan Police Service (MPS)' -> ('Metropolitan Police Service', 'MPS')."""
    m = _ACRONYM_IN_BRACKETS.search(name)
    if not m:
        return name.strip(), ""
    acronym = re.sub(r"^(?:y|yr) ", "", m.group(1))
    return name[: m.start()].strip(), acronym


def name_variants(name: str) -> Iterator[tuple[str, str]]:
    """Spellings people write for an organisation's name, each with the rules that made it.

    The first is the name itself (a leading "The" dropped: matching is on word
    boundaries, so "Charity Commission" also finds "The Charity Commission"). Then "HM"
    written out, "&" and "and" swapped, and apostrophes typographic, straight or left out
    ("Chiefs' Council", "Chiefs’ Council", "Chiefs Council")."""
    base = re.sub(r"^The ", "", name)
    yield base, ("" if base == name else "leading 'The' dropped")
    forms: list[tuple[str, list[str]]] = [(base, [])]
    if base.startswith("HM "):
        rest = base[3:]
        forms += [(f"{who} Majesty's {rest}", ["'HM' written out"]) for who in ("His", "Her")]
    swapped = []
    for form, rules in forms:
        if " & " in form:
            swapped.append((form.replace(" & ", " and "), [*rules, "'&' written 'and'"]))
        elif " and " in form:
            swapped.append((form.replace(" and ", " & "), [*rules, "'and' written '&'"]))
    forms += swapped
    quoted = []
    for form, rules in forms:
        if "'" in form:
            quoted.append((form.replace("'", "’"), [*rules, "typographic apostrophe"]))
        elif "’" in form:
            quoted.append((form.replace("’", "'"), [*rules, "straight apostrophe"]))
        if re.search(r"s['’] ", form):
            quoted.append((re.sub(r"s['’] ", "s ", form), [*rules, "apostrophe left out"]))
    forms += quoted
    seen = {base}
    for form, rules in forms[1:]:
        if form not in seen:
            seen.add(form)
            yield form, "; ".join(rules)


def welsh_variants(name: str) -> Iterator[tuple[str, str]]:
    """A Welsh name, its bracketed acronym split off, and the form without 'Y'/'Yr'."""
    base, _ = split_acronym(name)
    yield base, ("" if base == name else "bracketed acronym split off")
    short = re.sub(r"^(?:Y|Yr) ", "", base)
    if short != base:
        yield short, "definite article dropped (it changes after prepositions: 'i'r', 'o'r')"


def plain_abbreviation(abbr: str) -> bool:
    """An abbreviation counts without work context only when it is four or more capital
    letters (HMRC, DVLA, PSNI): shorter ones and mixed-case ones (DWP, MoJ, Ofsted, Defra)
    are everyday words or other things too (curated.csv overrides single cases)."""
    letters = re.sub(r"[^A-Za-z]", "", abbr)
    return " " not in abbr and abbr == abbr.upper() and len(letters) >= 4


def add_names(org: Org, name: str, source: str, welsh: bool = False) -> None:
    """The name's spellings as aliases, and a bracketed acronym as an abbreviation."""
    prov = provenance_of(source)
    base, acronym = split_acronym(name)
    variants = welsh_variants(name) if welsh else name_variants(base)
    note = "Welsh" if welsh else ""
    for value, rule in variants:
        if rule:
            org.add(
                "aliases",
                value,
                source,
                derived_of(source),
                "; ".join(x for x in (note, rule) if x),
            )
        else:
            org.add("aliases", value, source, prov, note)
    if acronym and not welsh:
        add_abbreviation(org, acronym, source, "bracketed acronym in the name")


def add_abbreviation(org: Org, abbr: str, source: str, note: str = "") -> None:
    """An abbreviation as an alias. Two letters or fewer are left out: "DA", "HA", "JO"
    are everyday words or letters, and every text holding one in any case would have to
    be read closely for the rare one that means the body."""
    abbr = abbr.strip()
    names = {f.value.casefold() for f in org.facts if f.key in ("name", "aliases")}
    if not abbr or abbr.casefold() in names or len(re.sub(r"[^A-Za-z]", "", abbr)) <= 2:
        return
    key = "aliases" if plain_abbreviation(abbr) else "ambiguous_aliases"
    why = (
        "abbreviation"
        if key == "aliases"
        else "abbreviation: short or mixed case, needs work context"
    )
    org.add(key, abbr, source, provenance_of(source), "; ".join(x for x in (note, why) if x))


def host_of(value: str) -> str:
    value = value.strip().lower()
    if "@" in value:
        value = value.rsplit("@", 1)[1]
    value = re.sub(r"^[a-z]+://", "", value).split("/", 1)[0].split(":", 1)[0]
    value = re.sub(r"^www\.", "", value).strip(".")
    if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", value):
        return ""
    if value in PUBLIC_SUFFIXES:
        return ""
    return value


# --------------------------------------------------------------------------- curated input


@dataclass(frozen=True)
class Curated:
    org: str
    key: str
    value: str
    action: str
    note: str
    line: int


CURATED_ACTIONS = ("add", "ambiguous", "plain", "drop", "statswales")


def read_curated(path: Path) -> list[Curated]:
    rows = []
    for i, r in enumerate(read_csv(path), start=2):
        action = r["action"].strip()
        if action not in CURATED_ACTIONS:
            raise SystemExit(f"{path}: row {i}: action {action!r} not one of {CURATED_ACTIONS}")
        if not r["note"].strip():
            raise SystemExit(f"{path}: row {i}: every curated row says why (note)")
        rows.append(
            Curated(
                r["org"].strip(), r["key"].strip(), r["value"].strip(), action, r["note"].strip(), i
            )
        )
    return rows


def read_ids(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    return {(r["source"], r["key"]): r for r in read_csv(path)}


# --------------------------------------------------------------------------- police


def police(shared: Path, ids: dict[tuple[str, str], dict[str, str]]) -> dict[str, Org]:
    orgs: dict[str, Org] = {}
    govuk = {r["slug"]: r for r in read_csv(shared / "govuk_organisations.csv")}
    wdtk = {
        x["WDTK_ID"]: x
        for x in json.loads(
            (
                shared / "sources" / "m-d-johnson_golang-wdtk-linkgenerator__generated-dataset.json"
            ).read_text("utf-8")
        )
    }
    listed = set()
    for r in read_csv(shared / "police_forces.csv"):
        key = r["key"]
        listed.add(r["wdtk_id"])
        mapped = ids.get(("wdtk", key))
        oid = mapped["id"] if mapped else (r["govuk_slug"] or key.replace("_", "-"))
        org = orgs.setdefault(oid, Org(oid))
        src = "wdtk" if "wdtk" in r["sources"] else "govuk"
        if r["govuk_slug"] in govuk:
            org.add("name", govuk[r["govuk_slug"]]["name"].strip(), "govuk", "sourced")
        clean = split_acronym(r["official_name"])[0]
        if not org.values("name"):
            note = "" if clean == r["official_name"] else "bracketed acronym split off"
            org.add("name", clean, src, provenance_of(src), note)
        org.add("member_of", "uk-police", src, "sourced", "a police force or national police body")
        org.add("category", r["category"], src, "sourced")
        if r["category"] in POLICE_SECTOR_CATEGORIES:
            org.add(
                "reveals",
                "sector",
                src,
                "derived",
                f"category {r['category']}: says policing, not which force",
            )
        org.add("state", "live", src, "sourced")
        add_names(org, r["official_name"], src)
        if r["name_cy_statswales"]:
            add_names(org, r["name_cy_statswales"], "statswales", welsh=True)
        for short in filter(None, (s.strip() for s in r["short_names_in_sources"].split(";"))):
            add_abbreviation(org, short, src, "short name in the source")
        body = wdtk.get(r["wdtk_id"])
        if body:  # the FOI address's host first: sourced, where the home page's is derived
            _police_mail(org, body)
        domain = host_of(r["website_domain"])
        if domain:
            org.add("domains", domain, src, "sourced", "home page")
            org.add(
                "email_domains",
                domain,
                src,
                "derived",
                "the home page's host: its mail is the body's own",
            )
        if r["ons_pfa_code"]:
            org.add("ons_code", r["ons_pfa_code"], "ons-pfa", "sourced", r["ons_pfa_name"])
        if r["wikidata_qid"]:
            org.add("wikidata", r["wikidata_qid"], src, "sourced")
        if r["hq_postal_address"]:
            org.add(
                "hq_address", r["hq_postal_address"], src, "sourced", "no coordinates in the source"
            )
        if r["govuk_slug"] in govuk:
            # GOV.UK's name is the one people write ("College of Policing", not WDTK's
            # "College of Policing Limited").
            add_names(org, govuk[r["govuk_slug"]]["name"].strip(), "govuk")
        if r["govuk_slug"] and r["govuk_slug"] != oid:
            org.add("govuk_slug", r["govuk_slug"], "govuk", "sourced")
    # Bodies police_forces.csv leaves out: the old Scottish forces (merged into Police
    # Scotland) and the defunct national agencies still name old employers in bios; the
    # ports', airports' and other statutory constabularies are police forces too.
    for wid, body in sorted(wdtk.items()):
        if wid in listed:
            continue
        extra = ids.get(("wdtk", wid))
        name = body["Name"].strip()
        constabulary = re.search(r"(?:Police|Constabulary)$", name) and not re.search(
            r"Authority|Board|Partnership|Commissioner|Panel", name
        )
        if not extra and not constabulary:
            continue
        oid = extra["id"] if extra and extra.get("id") else wid.replace("_", "-")
        if extra and extra.get("category"):
            category = extra["category"]
        elif body["Is_Defunct"]:
            category = "former_force"
        else:
            category = "other_constabulary"
        org = orgs.setdefault(oid, Org(oid))
        org.add("name", name, "wdtk", "sourced")
        org.add("member_of", "uk-police", "wdtk", "sourced", "a police force or police body")
        if extra and extra.get("category"):
            org.add("category", category, "footprint", "unverified", extra.get("note", ""))
        else:
            org.add(
                "category",
                category,
                "wdtk",
                "derived",
                "defunct" if body["Is_Defunct"] else "not in police_forces.csv",
            )
        if category in POLICE_SECTOR_CATEGORIES:
            org.add(
                "reveals",
                "sector",
                "wdtk",
                "derived",
                f"category {category}: says policing, not which force",
            )
        if body["Is_Defunct"]:
            org.add("state", "closed", "wdtk", "sourced", "defunct in WhatDoTheyKnow")
        else:
            org.add("state", "live", "wdtk", "sourced")
        add_names(org, name, "wdtk")
        # Ports and companies run their own constabularies from company hosts, which are
        # not the police's own: only police.uk hosts are kept.
        domain = host_of(body["Home_Page_URL"])
        if domain.endswith(".police.uk"):
            org.add("domains", domain, "wdtk", "sourced", "home page")
            org.add(
                "email_domains",
                domain,
                "wdtk",
                "derived",
                "the home page's host: its mail is the body's own",
            )
        _police_mail(org, body, police_only=True)
        if body.get("WikiData_Identifier"):
            org.add("wikidata", body["WikiData_Identifier"], "wdtk", "sourced")
    return orgs


def _police_mail(org: Org, body: dict[str, str], police_only: bool = False) -> None:
    for field_name in ("FOI_Email_Address", "Email_General"):
        host = host_of(body.get(field_name) or "") if "@" in (body.get(field_name) or "") else ""
        if host and (not police_only or host.endswith(".police.uk")):
            org.add(
                "email_domains",
                host,
                "wdtk",
                "sourced",
                f"host of the body's {field_name.split('_')[0]} address",
            )


# --------------------------------------------------------------------------- government


def government(
    shared: Path,
    ids: dict[tuple[str, str], dict[str, str]],
    curated: list[Curated],
    have: dict[str, Org],
) -> dict[str, Org]:
    rows = {r["slug"]: r for r in read_csv(shared / "govuk_organisations.csv")}

    def oid(slug: str) -> str:
        mapped = ids.get(("govuk", slug))
        return mapped["id"] if mapped else slug

    slug_of = {oid(s): s for s in rows}
    # Membership: the format rule, then curated joins and leaves, then parts of members
    # and the old names of members, until nothing changes.
    why: dict[str, tuple[str, str]] = {}
    for slug, r in rows.items():
        if r["format"] in CIVIL_SERVICE_FORMATS:
            why[slug] = ("derived", f"GOV.UK format '{r['format']}': staff are civil servants")
    leave = set()
    for c in curated:
        if c.key == "member_of" and c.value == "uk-civil-service" and c.org in slug_of:
            if c.action == "add":
                why[slug_of[c.org]] = ("unverified", c.note)
            elif c.action == "drop":
                leave.add(slug_of[c.org])
    for slug in leave:
        why.pop(slug, None)
    changed = True
    while changed:
        changed = False
        for slug, r in rows.items():
            if slug in why or slug in leave:
                continue
            parents = [p for p in r["parent_slugs"].split(";") if p]
            successors = [p for p in r["superseded_by_slugs"].split(";") if p]
            if r["format"] == "Sub organisation" and any(p in why for p in parents):
                member = next(p for p in parents if p in why)
                why[slug] = ("derived", f"a part of {rows[member]['name'].strip()}")
                changed = True
            elif r["govuk_closed_status"] == "changed_name" and any(s in why for s in successors):
                new = next(s for s in successors if s in why)
                why[slug] = ("derived", f"the former name of {rows[new]['name'].strip()}")
                changed = True
    orgs: dict[str, Org] = {}
    for slug in sorted(why, key=oid):
        r = rows[slug]
        o = oid(slug)
        org = have.get(o) or orgs.setdefault(o, Org(o))
        name = r["name"].strip()
        org.add("name", split_acronym(name)[0], "govuk", "sourced")
        prov, reason = why[slug]
        org.add(
            "member_of",
            "uk-civil-service",
            "govuk" if prov != "unverified" else "footprint",
            prov,
            reason,
        )
        org.add("category", r["format"], "govuk", "sourced")
        closed = r["govuk_status"] == "closed"
        org.add("state", "closed" if closed else "live", "govuk", "sourced")
        if closed:
            if r["closed_at"]:
                org.add("closed_on", r["closed_at"][:10], "govuk", "sourced")
            if r["govuk_closed_status"]:
                org.add("closed_how", r["govuk_closed_status"], "govuk", "sourced")
        add_names(org, name, "govuk")
        if r["abbreviation"]:
            add_abbreviation(org, r["abbreviation"], "govuk", "GOV.UK abbreviation")
        if r["name_cy_statswales"]:
            add_names(org, r["name_cy_statswales"], "statswales", welsh=True)
        if o != slug:
            org.add("govuk_slug", slug, "govuk", "sourced")
        # A GOV.UK parent is where the body belongs: for an executive agency, a
        # sub-organisation or an executive office that is the department it is part of
        # (its staff are that department's civil servants); for other formats it is only
        # the sponsor, so no parent is written (curated.csv adds the few that are parts).
        parents = [p for p in r["parent_slugs"].split(";") if p in why]
        if parents and r["format"] in PART_FORMATS:
            org.add("parent", oid(parents[0]), "govuk", "sourced", "the first parent GOV.UK lists")
        # GOV.UK also points live devolved bodies (Estyn) at the Welsh Government as
        # "superseded by": only a closed body has a successor.
        for s in (p for p in r["superseded_by_slugs"].split(";") if p in why and closed):
            org.add("successor", oid(s), "govuk", "sourced")
    # The Civil Service's own parts (its professions and functions) say "civil servant",
    # not which department: their terms reveal `sector`.
    for slug in why:
        chain, seen = slug, set()
        while chain and chain not in seen:
            seen.add(chain)
            parents = [p for p in rows[chain]["parent_slugs"].split(";") if p in why]
            chain = parents[0] if parents else ""
            if chain == CIVIL_SERVICE_ROOT:
                target = have.get(oid(slug)) or orgs[oid(slug)]
                target.add(
                    "reveals", "sector", "govuk", "derived", "a part of the Civil Service itself"
                )
                break
    if CIVIL_SERVICE_ROOT in why:
        orgs[oid(CIVIL_SERVICE_ROOT)].add(
            "reveals", "sector", "govuk", "derived", "the Civil Service itself"
        )
    return orgs


def statswales_names(shared: Path) -> dict[str, str]:
    return {
        r["name_en"]: r["name_cy"] for r in read_csv(shared / "welsh_names_for_organisations.csv")
    }


# --------------------------------------------------------------------------- curated


def apply_curated(orgs: dict[str, Org], curated: list[Curated], shared: Path, path: Path) -> None:
    welsh = statswales_names(shared)
    for c in curated:
        where = f"{path}: row {c.line}"
        if c.action == "statswales":
            if c.value not in welsh:
                raise SystemExit(
                    f"{where}: {c.value!r} is not in welsh_names_for_organisations.csv"
                )
            org = orgs.setdefault(c.org, Org(c.org))
            org.add("name", split_acronym(c.value)[0], "statswales", "sourced")
            add_names(org, c.value, "statswales")
            add_names(org, welsh[c.value], "statswales", welsh=True)
            org.add("state", "live", "statswales", "sourced", "listed as a current data provider")
            continue
        if c.org not in orgs:
            if c.action == "add" and c.key == "name":
                orgs[c.org] = Org(c.org)
            elif c.key == "member_of":
                continue  # a membership decision about a body the build left out
            else:
                raise SystemExit(f"{where}: no organisation {c.org!r} (add its 'name' first)")
        org = orgs[c.org]
        if c.action == "add":
            if c.key == "member_of" and c.value in org.values("member_of"):
                continue
            org.add(c.key, c.value, "footprint", "unverified", c.note)
        elif c.action in ("ambiguous", "plain"):
            src_key, dst_key = (
                ("aliases", "ambiguous_aliases")
                if c.action == "ambiguous"
                else ("ambiguous_aliases", "aliases")
            )
            hit = [f for f in org.facts if f.key == src_key and f.value == c.value]
            if not hit:
                raise SystemExit(f"{where}: {c.org} has no {src_key} {c.value!r}")
            for f in hit:
                f.key = dst_key
                f.note = "; ".join(x for x in (f.note, c.note) if x)
        elif c.action == "drop":
            before = len(org.facts)
            org.facts = [f for f in org.facts if not (f.key == c.key and f.value == c.value)]
            if len(org.facts) == before and c.key != "member_of":
                raise SystemExit(f"{where}: {c.org} has no {c.key} {c.value!r} to drop")


# --------------------------------------------------------------------------- parliaments


def constituency_variants(name: str) -> Iterator[tuple[str, str]]:
    """'Birmingham, Edgbaston' is also written 'Birmingham Edgbaston'; 'Richmond (Yorks)'
    is 'Richmond'. ('&' for 'and' is left to the matcher's normalisation.)"""
    if ", " in name:
        yield name.replace(", ", " "), "comma left out"
    plain = re.sub(r"\s*\([^)]*\)$", "", name)
    if plain != name:
        yield plain, "bracketed qualifier dropped"


def westminster(shared: Path, here: Path) -> dict[str, Org]:
    orgs: dict[str, Org] = {}
    old = read_csv(here / "sources" / "westminster_2010_constituencies.csv")
    # Five Scottish seats kept their boundaries, and so their codes, in 2024.
    unchanged = {r["gss_code"] for r in old}
    for r in read_csv(shared / "uk_parliament_constituencies_2024.csv"):
        org = orgs.setdefault(r["gss_code"].lower(), Org(r["gss_code"].lower()))
        org.add("name", r["name"], "pcon24", "sourced")
        org.add("member_of", "uk-parliament", "pcon24", "sourced")
        if r["gss_code"] in unchanged:
            org.add("period", "2010-", "hexmaps", "unverified", "the same code in 2010 and 2024")
        org.add("period", "2024-", "pcon24", "sourced")
        org.add("state", "live", "pcon24", "sourced")
        for value, src in (
            (r["name"], "pcon24"),
            (r["name_ons"], "ons-pcon24"),
            (r["name_mysociety"], "mysociety-pcon24"),
        ):
            if value:
                org.add("constituencies", value, src, "sourced")
                for v, rule in constituency_variants(value):
                    org.add("constituencies", v, src, "derived", rule)
        for value, src, who in (
            (r["name_cy_ons"], "ons-pcon24", "Welsh (ONS V1)"),
            (r["name_cy_mysociety"], "mysociety-pcon24", "Welsh (mySociety, from the BCW)"),
        ):
            if value and value not in org.values("constituencies"):
                org.add("constituencies", value, src, "sourced", who)
            elif value:
                _note(org, "constituencies", value, who)
    for r in old:
        oid = r["gss_code"].lower()
        org = orgs.setdefault(oid, Org(oid))
        org.add("name", r["name"], "hexmaps", "unverified")
        org.add("member_of", "uk-parliament", "hexmaps", "unverified")
        org.add("period", "2010-2024", "hexmaps", "unverified")
        org.add("state", "closed", "hexmaps", "unverified", "abolished at the July 2024 election")
        org.add("constituencies", r["name"], "hexmaps", "unverified")
        for v, rule in constituency_variants(r["name"]):
            org.add("constituencies", v, "hexmaps", "unverified", rule)
    for r in read_csv(shared / "mps_current.csv"):
        oid = f"mp-{r['parliament_member_id']}"
        org = orgs.setdefault(oid, Org(oid))
        org.add("name", f"{r['name']} MP", "mps", "sourced")
        org.add("member_of", "uk-parliament", "mps", "sourced")
        org.add("constituency", r["constituency_gss_code"].lower(), "mps", "sourced")
        org.add("member_names", r["name"], "mps", "sourced")
        title = re.sub(r"\s+MP$", "", r["full_title"]).strip()
        if title and title != r["name"]:
            org.add("member_names", title, "mps", "derived", "full title without 'MP'")
        for col, plat in (
            ("x_handle", "x"),
            ("bluesky_handle", "bluesky"),
            ("instagram_username", "instagram"),
            ("threads_username", "threads"),
        ):
            if r[col]:
                org.add(f"member_handles.{plat}", r[col].lstrip("@"), "parlparse", "sourced")
    return orgs


def _note(org: Org, key: str, value: str, note: str) -> None:
    for f in org.facts:
        if f.key == key and f.value == value and note not in f.note:
            f.note = "; ".join(x for x in (f.note, note) if x)


def senedd(shared: Path) -> dict[str, Org]:
    orgs: dict[str, Org] = {}
    regions: dict[str, tuple[str, str]] = {}
    for r in read_csv(shared / "senedd_constituencies.csv"):
        org = orgs.setdefault(r["gss_code"].lower(), Org(r["gss_code"].lower()))
        org.add("name", r["name_en"], "senedd", "sourced")
        org.add("member_of", "senedd", "senedd", "sourced", "a Senedd constituency")
        org.add("category", "constituency", "senedd", "sourced")
        org.add("period", f"{r['start_date']}-{r['end_date']}", "senedd", "sourced")
        org.add("state", "live" if r["status"] == "current" else "closed", "senedd", "sourced")
        org.add("constituencies", r["name_en"], "senedd", "sourced")
        for v, rule in constituency_variants(r["name_en"]):
            org.add("constituencies", v, "senedd", "derived", rule)
        if r["name_cy"] and r["name_cy"] != r["name_en"]:
            org.add("constituencies", r["name_cy"], "senedd", "sourced", "Welsh")
        if r["region_gss_code"]:
            org.add(
                "region", r["region_gss_code"].lower(), "senedd", "sourced", r["region_name_en"]
            )
            regions[r["region_gss_code"]] = (r["region_name_en"], r["region_name_cy"])
        for code in filter(None, r["westminster_2024_gss_codes"].split(";")):
            org.add(
                "westminster", code.strip().lower(), "senedd", "sourced", "the 2024 seat it pairs"
            )
    for code, (en, cy) in sorted(regions.items()):
        org = orgs.setdefault(code.lower(), Org(code.lower()))
        org.add("name", en, "senedd", "sourced")
        org.add("member_of", "senedd", "senedd", "sourced", "a former Senedd electoral region")
        org.add("category", "region", "senedd", "sourced")
        org.add("period", "2007-05-03-2026-05-06", "senedd", "sourced")
        org.add("state", "closed", "senedd", "sourced", "regions ended 2026-05-06")
        org.add("constituencies", en, "senedd", "sourced", "electoral region")
        if cy and cy != en:
            org.add("constituencies", cy, "senedd", "sourced", "electoral region, Welsh")
    return orgs


# --------------------------------------------------------------------------- writing

KEY_ORDER = (
    "name",
    "member_of",
    "reveals",
    "category",
    "state",
    "closed_on",
    "closed_how",
    "period",
    "parent",
    "successor",
    "nation",
    "region",
    "constituency",
    "party",
    "aliases",
    "ambiguous_aliases",
    "constituencies",
    "member_names",
    "domains",
    "email_domains",
)


def _order(key: str) -> tuple[int, str]:
    base = key.split(".", 1)[0]
    return (KEY_ORDER.index(key) if key in KEY_ORDER else len(KEY_ORDER), base)


def render(title: str, about: str, orgs: dict[str, Org], used: Iterable[str]) -> str:
    buf = io.StringIO()
    buf.write(f"# {title}\n")
    for line in about.strip().splitlines():
        buf.write(f"# {line}\n")
    buf.write(
        "# Built by profiles/registries/build.py; do not edit by hand: change curated.csv or\n"
        "# ids.csv beside this file and run `python profiles/registries/build.py`.\n"
    )
    for code in sorted(set(used)):
        _, text = SOURCES[code]
        buf.write(f"# source {code}: {text}\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for oid in sorted(orgs):
        org = orgs[oid]
        facts = sorted(enumerate(org.facts), key=lambda p: (_order(p[1].key), p[0]))
        for _, f in facts:
            w.writerow([oid, f.key, f.value, f.source, f.provenance, f.note])
    return buf.getvalue()


def build(shared: Path, here: Path = HERE) -> dict[str, str]:
    """The registries' text, by file name, from ``shared`` (../shared/registries)."""
    curated_path = here / "curated.csv"
    curated = read_curated(curated_path)
    ids = read_ids(here / "ids.csv")
    orgs = police(shared, ids)
    orgs.update(government(shared, ids, curated, orgs))
    apply_curated(orgs, curated, shared, curated_path)
    for org in orgs.values():
        if not org.values("name"):
            raise SystemExit(f"organisation {org.id!r} has no name")
    west = westminster(shared, here)
    sen = senedd(shared)

    def used(o: dict[str, Org]) -> list[str]:
        return [f.source for org in o.values() for f in org.facts]

    return {
        "organisations.csv": render(
            "footprint registry: UK police forces, national police bodies, and the government "
            "bodies whose staff are civil servants",
            "member_of names the sector profile an organisation belongs to (uk-police, "
            "uk-civil-service);\nparent is the body it is part of; closed bodies are kept "
            "because old bios name them.",
            orgs,
            used(orgs),
        ),
        "westminster.csv": render(
            "footprint registry: UK Parliament constituencies (2024 and 2010-2024) and sitting MPs",
            "Constituency names and MPs' names are never evidence on their own: they are "
            "what patterns\nsuch as 'MP for <constituency>' and 'caseworker for <name> MP' "
            "look for.",
            west,
            used(west),
        ),
        "senedd.csv": render(
            "footprint registry: Senedd Cymru constituencies and former electoral regions",
            "The Senedd is not the UK Parliament: these belong to the senedd profile only.",
            sen,
            used(sen),
        ),
    }


def main(argv: list[str]) -> int:
    shared = shared_folder(argv[1] if len(argv) > 1 else None)
    if not (shared / "govuk_organisations.csv").is_file():
        print(
            f"build.py: {shared} does not hold the registries (govuk_organisations.csv)",
            file=sys.stderr,
        )
        return 2
    for name, text in build(shared).items():
        (HERE / name).write_text(text, encoding="utf-8")
        rows = text.count("\n") - sum(1 for line in text.splitlines() if line.startswith("#")) - 1
        print(f"{name}: {rows} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
