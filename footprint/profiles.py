"""Organisation profiles: TOML data naming what reveals an organisation (CONTRACT.md §3).

A profile is loaded, validated and resolved once: every error names the file and the key
(or the registry row), an unknown key is a warning (never silently ignored), ``extends``
pulls in shipped profiles (their terms count as ``sector``), and a cycle is an error.

Shipped profiles live in the repository's ``profiles/`` folder and are built into the
package as ``footprint/profiles``; a user passes their own file with ``--org FILE``.

Keys beyond CONTRACT.md (all optional):

``kind``
    ``"sector"`` for a profile that describes a whole sector (uk-police): its own terms
    then reveal ``sector``, not ``employer``. Default ``"organisation"``.
``context``
    Extra work-context words for this organisation's ambiguous terms ("custody", "shift").
``exclude``
    Phrases in which a match means something else ("Met Office", "Home Office desk").
``sector_name``
    What the sector is called in reports ("UK policing").
``references``
    Reference images (files beside the profile) for the imagery detector.
``members``
    Registry files (``profiles/registries/*.csv``): every organisation in them whose
    ``member_of`` names this profile is a member. Its names, abbreviations, domains and
    handles become this profile's terms with ``origin`` = the member's id, revealing the
    **employer** (``Profile.org_names`` names it for the signal's target), or ``sector``
    for bodies that say only which sector (the Police Federation, the Civil Service's
    professions). A member that has a shipped profile of its own (``profiles/<id>.toml``
    with ``registry`` naming the same file) brings that profile's own terms, premises and
    ``exclude`` phrases too, but not its ``context``. Constituencies and MPs' names are
    members' terms of kinds of their own (``constituency``, ``member_name``,
    ``member_handle``) that no detector turns into a signal alone: they are what patterns
    such as "MP for <constituency>" consume.
``registry``
    The registry file that holds this organisation's sourced facts, in the row whose
    ``org`` is this profile's id: its names, Welsh names, abbreviations and domains are this
    profile's own terms, and so are those of the organisations whose ``parent`` chain leads
    to it (HMCTS and HMPPS for ``moj``), each with its own id as ``origin``.

A registry file (see ``profiles/README.md``) is CSV with one fact per row,
``org,key,value,source,provenance,note``, after ``#`` comment lines that declare each
``source`` code (``# source <code>: <text>``). Errors name the file and the line.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from footprint.errors import ProfileError

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")

LIST_KEYS = (
    "aliases",
    "ambiguous_aliases",
    "domains",
    "email_domains",
    "hashtags",
    "ambiguous_hashtags",
    "keywords",
    "emoji",
    "job_titles",
    "ambiguous_job_titles",
    "groups",
    "context",
    "exclude",
    "references",
    "members",
)
TABLE_KEYS = ("handles", "account_ids")
SCALAR_KEYS = (
    "id",
    "name",
    "kind",
    "sector_name",
    "description",
    "extends",
    "premises",
    "registry",
)
KNOWN_KEYS = frozenset(LIST_KEYS + TABLE_KEYS + SCALAR_KEYS)
PREMISES_KEYS = frozenset(("name", "lat", "lon", "radius_m", "kind"))

# Term kinds that never make a signal on their own: patterns consume them ("MP for
# <constituency>", "caseworker for <name> MP").
PATTERN_ONLY_KINDS = frozenset(("constituency", "member_name", "member_handle"))


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to look for, and what it reveals when found."""

    # alias | keyword | hashtag | emoji | job_title | group | domain | email_domain | handle
    # | account_id | constituency | member_name | member_handle (the last three: patterns only)
    kind: str
    value: str
    reveals: str  # employer | sector | role
    ambiguous: bool
    origin: str  # the id of the profile or registry organisation that named it
    platform: str | None = None  # for handles and account ids


@dataclass(frozen=True, slots=True)
class Premises:
    name: str
    lat: float
    lon: float
    radius_m: float
    reveals: str
    origin: str
    kind: str = "workplace"


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference image (the thin blue line flag...) and what a match reveals."""

    path: Path
    reveals: str
    origin: str


@dataclass(frozen=True, slots=True)
class Organisation:
    """One organisation (or constituency, or MP) of a registry file, as footprint read it."""

    id: str
    name: str
    reveals: str  # employer | sector: what its own terms reveal
    member_of: tuple[str, ...]
    parent: str | None
    state: str  # live | closed | "" (not stated)
    source: str  # the registry file
    # Every fact about it that is not a term, in file order: (key, value, provenance).
    facts: tuple[tuple[str, str, str], ...] = ()

    def get(self, key: str) -> tuple[str, ...]:
        return tuple(v for k, v, _ in self.facts if k == key)


@dataclass(frozen=True, slots=True)
class Profile:
    """A resolved profile: its own terms and everything it extends."""

    id: str
    name: str
    kind: str
    source: str  # the file it came from
    terms: tuple[Term, ...]
    premises: tuple[Premises, ...]
    context: tuple[str, ...]
    exclude: tuple[str, ...]
    extends: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    sector_name: str | None = None
    references: tuple[Reference, ...] = ()
    # A term's origin -> the organisation's name (this profile, its parts and its members).
    org_names: Mapping[str, str] = field(default_factory=dict)
    # The registry organisations this profile knows (its own row, its parts, its members,
    # and those of the profiles it extends), by id.
    organisations: Mapping[str, Organisation] = field(default_factory=dict)

    def of(self, *kinds: str) -> Iterator[Term]:
        return (t for t in self.terms if t.kind in kinds)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}


@dataclass
class _Raw:
    id: str
    name: str
    path: Path
    data: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


def shipped_dir() -> Path:
    """The folder of shipped profiles: in the installed package, else the repository's."""
    packaged = resources.files("footprint") / "profiles"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "profiles"


def shipped_ids() -> list[str]:
    return sorted(p.stem for p in shipped_dir().glob("*.toml"))


def _err(path: Path, key: str, what: str) -> ProfileError:
    return ProfileError(f"{path}: key '{key}': {what}")


def _text(path: Path) -> str:
    """A profile's or registry's text; an unreadable file is an error naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(f"{path}: not UTF-8 text (byte {exc.start})") from exc


def _read(path: Path) -> _Raw:
    text = _text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: invalid TOML: {exc}") from exc
    warnings = [f"{path}: unknown key '{k}' ignored" for k in data if k not in KNOWN_KEYS]
    for key in ("id", "name"):
        if key not in data:
            raise _err(path, key, "required")
        if not isinstance(data[key], str) or not data[key].strip():
            raise _err(path, key, "must be a non-empty string")
    if not _ID.match(data["id"]):
        raise _err(path, "id", f"{data['id']!r} must be lowercase letters, digits and '-'")
    if isinstance(data.get("members"), str):
        data["members"] = [data["members"]]
    for key in LIST_KEYS:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise _err(path, key, "must be a list of non-empty strings")
    registry = data.get("registry")
    if registry is not None and (not isinstance(registry, str) or not registry.strip()):
        raise _err(path, "registry", "must be the path of a registry file")
    extends = data.get("extends", [])
    if isinstance(extends, str):
        extends = [extends]
        data["extends"] = extends
    if not isinstance(extends, list) or not all(isinstance(v, str) for v in extends):
        raise _err(path, "extends", "must be a list of profile ids")
    kind = data.get("kind", "organisation")
    if kind not in ("organisation", "sector"):
        raise _err(path, "kind", f"{kind!r} must be 'organisation' or 'sector'")
    valid_platforms = _platform_names()
    for key in TABLE_KEYS:
        table = data.get(key, {})
        if not isinstance(table, dict):
            raise _err(path, key, "must be a table of platform = [names]")
        for plat, names in table.items():
            if plat not in valid_platforms:
                raise _err(
                    path, f"{key}.{plat}", f"unknown platform; valid: {', '.join(valid_platforms)}"
                )
            if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
                raise _err(path, f"{key}.{plat}", "must be a list of non-empty strings")
    premises = data.get("premises", [])
    if not isinstance(premises, list):
        raise _err(path, "premises", "must be an array of tables ([[premises]])")
    for i, prem in enumerate(premises):
        where = f"premises[{i}]"
        if not isinstance(prem, dict):
            raise _err(path, where, "must be a table")
        for k in prem:
            if k not in PREMISES_KEYS:
                warnings.append(f"{path}: unknown key '{where}.{k}' ignored")
        if not isinstance(prem.get("name"), str):
            raise _err(path, f"{where}.name", "required string")
        for k, lo, hi in (("lat", -90.0, 90.0), ("lon", -180.0, 180.0)):
            v = prem.get(k)
            if not isinstance(v, int | float) or isinstance(v, bool) or not lo <= v <= hi:
                raise _err(path, f"{where}.{k}", f"required number between {lo:g} and {hi:g}")
        r = prem.get("radius_m", 250)
        if not isinstance(r, int | float) or isinstance(r, bool) or not 0 < r <= 50_000:
            raise _err(path, f"{where}.radius_m", "must be a number of metres, 1 to 50000")
    return _Raw(data["id"], data["name"], path, data, warnings)


_TERM_KEYS = (
    ("aliases", "alias", False),
    ("ambiguous_aliases", "alias", True),
    ("keywords", "keyword", False),
    ("hashtags", "hashtag", False),
    ("ambiguous_hashtags", "hashtag", True),
    ("emoji", "emoji", False),
    ("job_titles", "job_title", False),
    ("ambiguous_job_titles", "job_title", True),
    ("groups", "group", False),
    ("domains", "domain", False),
    ("email_domains", "email_domain", False),
)


def _clean(kind: str, value: str) -> str:
    value = value.strip()
    if kind == "hashtag":
        return "#" + value.lstrip("#")
    if kind in ("domain", "email_domain"):
        return value.lower().lstrip("@").strip(".")
    if kind in ("handle", "member_handle"):
        return value.lstrip("@")
    return value


def _terms(raw: _Raw, reveals: str, origin: str | None = None) -> list[Term]:
    out: list[Term] = []
    d = raw.data
    who = origin or raw.id
    for key, kind, ambiguous in _TERM_KEYS:
        for value in d.get(key, []):
            out.append(
                Term(
                    kind,
                    _clean(kind, value),
                    "role" if kind == "job_title" else reveals,
                    ambiguous,
                    who,
                )
            )
    for plat, names in d.get("handles", {}).items():
        for n in names:
            out.append(Term("handle", _clean("handle", n), reveals, False, who, plat))
    for plat, ids in d.get("account_ids", {}).items():
        for n in ids:
            out.append(Term("account_id", n, reveals, False, who, plat))
    return out


def _premises(raw: _Raw, reveals: str) -> list[Premises]:
    return [
        Premises(
            p["name"],
            float(p["lat"]),
            float(p["lon"]),
            float(p.get("radius_m", 250)),
            reveals,
            raw.id,
            str(p.get("kind", "workplace")),
        )
        for p in raw.data.get("premises", [])
    ]


# --------------------------------------------------------------------------- registries

REGISTRY_HEADER = ("org", "key", "value", "source", "provenance", "note")
PROVENANCE = ("sourced", "derived", "unverified")
# Registry keys that are terms: key -> (term kind, ambiguous). Platform tables are
# written "handles.x", "account_ids.bluesky", "member_handles.x".
REGISTRY_TERMS = {
    "aliases": ("alias", False),
    "ambiguous_aliases": ("alias", True),
    "domains": ("domain", False),
    "email_domains": ("email_domain", False),
    "constituencies": ("constituency", False),
    "member_names": ("member_name", False),
}
REGISTRY_TABLES = {
    "handles": "handle",
    "account_ids": "account_id",
    "member_handles": "member_handle",
}
# Facts about an organisation that are not terms: one value each, except REPEATABLE_FACTS.
REGISTRY_FACTS = frozenset(
    (
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
        "constituency",
        "region",
        "westminster",
        "hq_address",
        "ons_code",
        "wikidata",
        "govuk_slug",
    )
)
REPEATABLE_FACTS = frozenset(("member_of", "successor", "westminster"))
_ID_FACTS = frozenset(("member_of", "parent", "successor", "constituency", "region"))
_SOURCE_LINE = re.compile(r"^#\s*source\s+([a-z0-9-]+)\s*:")


@dataclass(frozen=True, slots=True)
class Registry:
    """A registry file, read and validated: its organisations and their terms."""

    path: Path
    organisations: Mapping[str, Organisation]
    terms: Mapping[str, tuple[Term, ...]]  # by organisation id; reveals = the organisation's
    warnings: tuple[str, ...] = ()

    def members_of(self, profile_id: str) -> Iterator[Organisation]:
        return (o for o in self.organisations.values() if profile_id in o.member_of)

    def parts_of(self, org_id: str) -> Iterator[Organisation]:
        """Organisations that are part of ``org_id`` or became it: those whose chain of
        ``parent`` and ``successor`` links leads to it (HMCTS for the Ministry of Justice,
        the Department for International Development for the FCDO)."""
        for org in self.organisations.values():
            if org.id == org_id:
                continue
            todo, seen = [org], {org.id}
            while todo:
                here = todo.pop()
                ups = ([here.parent] if here.parent else []) + list(here.get("successor"))
                if org_id in ups:
                    yield org
                    break
                for up in ups:
                    if up not in seen and up in self.organisations:
                        seen.add(up)
                        todo.append(self.organisations[up])


_READ: dict[tuple[Path, int, int], Registry] = {}


def read_registry(path: Path) -> Registry:
    """Read and validate one registry file; errors name the file and the line.

    A registry is read once per process and file version: the cache is keyed by the
    file's path, size and modification time, and what it holds is immutable, so it
    never changes a result (a file edited in between is read again)."""
    path = path.resolve()
    try:
        st = path.stat()
    except OSError as exc:
        raise ProfileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    key = (path, st.st_size, st.st_mtime_ns)
    if key not in _READ:
        _READ[key] = _parse_registry(path)
    return _READ[key]


def _parse_registry(path: Path) -> Registry:
    lines = _text(path).splitlines(keepends=True)
    sources: set[str] = set()
    first = 0
    while first < len(lines) and lines[first].startswith("#"):
        m = _SOURCE_LINE.match(lines[first])
        if m:
            sources.add(m.group(1))
        first += 1
    rows = csv.reader(io.StringIO("".join(lines[first:])))
    header = next(rows, None)
    if header is None or tuple(header) != REGISTRY_HEADER:
        raise ProfileError(
            f"{path}: line {first + 1}: the header must be {','.join(REGISTRY_HEADER)}"
        )
    platforms = frozenset(_platform_names())
    facts: dict[str, list[tuple[str, str, str, int]]] = {}
    found: dict[str, list[tuple[str, str, bool, str | None]]] = {}
    warnings: list[str] = []
    for n, row in enumerate(rows, start=first + 2):
        if not row:
            continue
        if len(row) != len(REGISTRY_HEADER):
            raise ProfileError(f"{path}: line {n}: {len(row)} columns, expected 6")
        oid, key, value, source, prov, _note = row
        if not _ID.match(oid):
            raise ProfileError(
                f"{path}: line {n}: org {oid!r} must be lowercase letters, digits and '-'"
            )
        if not value.strip():
            raise ProfileError(f"{path}: line {n}: key '{key}' of {oid}: empty value")
        if source not in sources:
            raise ProfileError(
                f"{path}: line {n}: source {source!r} is not declared ('# source {source}: ...')"
            )
        if prov not in PROVENANCE:
            raise ProfileError(f"{path}: line {n}: provenance {prov!r} must be one of {PROVENANCE}")
        if key in REGISTRY_TERMS:
            kind, ambiguous = REGISTRY_TERMS[key]
            found.setdefault(oid, []).append((kind, value, ambiguous, None))
        elif key in REGISTRY_FACTS:
            facts.setdefault(oid, []).append((key, value.strip(), prov, n))
            continue
        elif "." in key and key.partition(".")[0] in REGISTRY_TABLES:
            table, _, plat = key.partition(".")
            if plat not in platforms:
                raise ProfileError(
                    f"{path}: line {n}: key '{key}': unknown platform; "
                    f"valid: {', '.join(sorted(platforms))}"
                )
            found.setdefault(oid, []).append((REGISTRY_TABLES[table], value, False, plat))
        else:
            warnings.append(f"{path}: line {n}: unknown key '{key}' ignored")
            continue
        facts.setdefault(oid, [])
    orgs: dict[str, Organisation] = {}
    for oid, fs in facts.items():
        seen: dict[str, int] = {}
        for key, value, _, n in fs:
            if key in seen and key not in REPEATABLE_FACTS:
                raise ProfileError(
                    f"{path}: line {n}: key '{key}' of {oid} repeated (first on line {seen[key]})"
                )
            seen.setdefault(key, n)
            if key in _ID_FACTS and not _ID.match(value):
                raise ProfileError(
                    f"{path}: line {n}: key '{key}' of {oid}: {value!r} is not an id"
                )
        one = {k: v for k, v, _, _ in fs if k not in REPEATABLE_FACTS}
        if "name" not in one:
            raise ProfileError(f"{path}: org {oid!r}: key 'name' required (none in the file)")
        reveals = one.get("reveals", "employer")
        if reveals not in ("employer", "sector"):
            raise ProfileError(
                f"{path}: line {seen['reveals']}: key 'reveals' of {oid}: {reveals!r} must be "
                "'employer' or 'sector'"
            )
        orgs[oid] = Organisation(
            id=oid,
            name=one["name"],
            reveals=reveals,
            member_of=tuple(v for k, v, _, _ in fs if k == "member_of"),
            parent=one.get("parent"),
            state=one.get("state", ""),
            source=str(path),
            facts=tuple((k, v, p) for k, v, p, _ in fs),
        )
    for oid, org in orgs.items():
        if org.parent and org.parent not in orgs:
            line = next(n for k, _, _, n in facts[oid] if k == "parent")
            raise ProfileError(
                f"{path}: line {line}: key 'parent' of {oid}: no organisation {org.parent!r}"
            )
    terms = {
        oid: tuple(
            Term(kind, _clean(kind, value), orgs[oid].reveals, ambiguous, oid, plat)
            for kind, value, ambiguous, plat in ts
        )
        for oid, ts in found.items()
    }
    return Registry(path, MappingProxyType(orgs), MappingProxyType(terms), tuple(warnings))


def _registry_path(raw: _Raw, key: str, name: str) -> Path:
    """A registry named by a profile: beside the profile, else among the shipped ones."""
    for base in (raw.path.parent, shipped_dir()):
        path = (base / name).resolve()
        if path.is_file():
            return path
    raise _err(raw.path, key, f"{name!r}: no such registry file")


@dataclass
class _Bundle:
    """What one profile file contributes, before ``extends`` merges them."""

    terms: list[Term] = field(default_factory=list)
    premises: list[Premises] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    org_names: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


class _Registries:
    """The registry files one ``load_profile`` call reads, each read once, and the
    shipped profiles (members with a profile of their own)."""

    def __init__(self) -> None:
        self.read: dict[Path, Registry] = {}
        self.shipped = {p.stem: p for p in shipped_dir().glob("*.toml")}

    def get(self, path: Path) -> Registry:
        if path not in self.read:
            self.read[path] = read_registry(path)
        return self.read[path]


def _own(raw: _Raw, reveals: str, registries: _Registries) -> _Bundle:
    """A profile file's own terms, its registry row and parts, and its members."""
    out = _Bundle(
        _terms(raw, reveals), _premises(raw, "location"), list(raw.data.get("exclude", []))
    )
    out.org_names[raw.id] = raw.name
    name = raw.data.get("registry")
    if name:
        reg = registries.get(_registry_path(raw, "registry", name))
        out.warnings.extend(w for w in reg.warnings if w not in out.warnings)
        row = reg.organisations.get(raw.id)
        if row is None:
            raise _err(raw.path, "registry", f"{name!r} has no organisation {raw.id!r}")
        out.organisations[row.id] = row
        out.terms.extend(replace(t, reveals=reveals) for t in reg.terms.get(row.id, ()))
        for part in reg.parts_of(raw.id):
            out.organisations[part.id] = part
            out.org_names[part.id] = part.name
            own = reveals if part.reveals == "employer" else "sector"
            out.terms.extend(replace(t, reveals=own) for t in reg.terms.get(part.id, ()))
    for name in raw.data.get("members", []):
        path = _registry_path(raw, "members", name)
        reg = registries.get(path)
        out.warnings.extend(w for w in reg.warnings if w not in out.warnings)
        # Live members first: where a closed body and a live one share a name (a 2010
        # seat and its 2024 successor), the term names the live one.
        for org in sorted(reg.members_of(raw.id), key=lambda o: o.state == "closed"):
            out.organisations[org.id] = org
            out.org_names[org.id] = org.name
            out.terms.extend(reg.terms.get(org.id, ()))
            member = registries.shipped.get(org.id)
            if member is not None:
                mraw = _read(member)
                linked = mraw.data.get("registry")
                if linked and _registry_path(mraw, "registry", linked) == path:
                    # The member's own hand-checked profile: its terms, premises and
                    # exclude phrases (not its context words: "London" must not become
                    # work context for every force's ambiguous terms).
                    out.org_names[org.id] = mraw.name
                    out.terms.extend(_terms(mraw, org.reveals))
                    out.premises.extend(_premises(mraw, "location"))
                    out.exclude.extend(mraw.data.get("exclude", []))
    return out


def resolve_path(id_or_file: str) -> Path:
    """A shipped id or a path to a TOML file; unknown ids list the valid ones."""
    candidate = Path(id_or_file)
    if candidate.suffix == ".toml" or candidate.exists() or "/" in id_or_file:
        if not candidate.is_file():
            raise ProfileError(f"{id_or_file}: no such profile file")
        return candidate
    path = shipped_dir() / f"{id_or_file}.toml"
    if not path.is_file():
        raise ProfileError(
            f"unknown profile {id_or_file!r}; shipped profiles: {', '.join(shipped_ids())}"
        )
    return path


def load_profile(id_or_file: str | Path) -> Profile:
    """Load, validate and resolve a profile (and everything it extends)."""
    path = resolve_path(str(id_or_file))
    top = _read(path)
    registries = _Registries()
    own_reveals = "sector" if top.data.get("kind") == "sector" else "employer"
    own = _own(top, own_reveals, registries)
    terms: list[Term] = []
    seen_values: set[tuple[str, str, str | None]] = set()

    def add(found: list[Term], as_sector: bool) -> None:
        for t in found:
            if as_sector and t.reveals == "employer":
                t = replace(t, reveals="sector")
            key = _dedupe_key(t)
            if key not in seen_values:  # a term the profile names itself keeps its reveals
                seen_values.add(key)
                terms.append(t)

    add(own.terms, as_sector=False)
    premises = list(own.premises)
    context = list(top.data.get("context", []))
    exclude = list(dict.fromkeys(own.exclude))
    warnings = list(top.warnings) + own.warnings
    references = _references(top, own_reveals)
    org_names = dict(own.org_names)
    organisations = dict(own.organisations)
    order: list[str] = []
    _walk_extends(top, [top.id], order)
    sector_name = top.data.get("sector_name")
    for pid in order:
        raw = _read(shipped_dir() / f"{pid}.toml")
        inherited = _own(raw, "sector", registries)
        warnings.extend(w for w in raw.warnings + inherited.warnings if w not in warnings)
        add(inherited.terms, as_sector=True)
        premises.extend(inherited.premises)
        context.extend(c for c in raw.data.get("context", []) if c not in context)
        exclude.extend(e for e in inherited.exclude if e not in exclude)
        references.extend(_references(raw, "sector"))
        for oid, name in inherited.org_names.items():
            org_names.setdefault(oid, name)
        for oid, org in inherited.organisations.items():
            organisations.setdefault(oid, org)
        if sector_name is None and raw.data.get("sector_name"):
            sector_name = raw.data["sector_name"]
    return Profile(
        id=top.id,
        name=top.name,
        kind=str(top.data.get("kind", "organisation")),
        source=str(path),
        terms=tuple(terms),
        premises=tuple(premises),
        context=tuple(context),
        exclude=tuple(exclude),
        extends=tuple(order),
        warnings=tuple(warnings),
        sector_name=sector_name,
        references=tuple(references),
        org_names=org_names,
        organisations=organisations,
    )


def _references(raw: _Raw, reveals: str) -> list[Reference]:
    out = []
    for name in raw.data.get("references", []):
        path = (raw.path.parent / name).resolve()
        if not path.is_file():
            raise _err(raw.path, "references", f"{name!r}: no such image beside the profile")
        out.append(Reference(path, reveals, raw.id))
    return out


def _dedupe_key(t: Term) -> tuple[str, str, str | None]:
    # Ambiguous terms match only as written, so '#BackTheBlue' and '#backtheblue' differ.
    return (t.kind, t.value if t.ambiguous else t.value.casefold(), t.platform)


def _walk_extends(raw: _Raw, chain: list[str], order: list[str]) -> None:
    for pid in raw.data.get("extends", []):
        if pid in chain:
            cycle = " -> ".join([*chain, pid])
            raise _err(raw.path, "extends", f"cycle: {cycle}")
        path = shipped_dir() / f"{pid}.toml"
        if not path.is_file():
            raise _err(
                raw.path, "extends", f"unknown profile {pid!r}; shipped: {', '.join(shipped_ids())}"
            )
        if pid in order:
            continue
        parent = _read(path)
        order.append(pid)
        _walk_extends(parent, [*chain, pid], order)


def list_profiles() -> list[tuple[str, str, str]]:
    """(id, name, kind) of every shipped profile."""
    out = []
    for pid in shipped_ids():
        raw = _read(shipped_dir() / f"{pid}.toml")
        out.append((raw.id, raw.name, str(raw.data.get("kind", "organisation"))))
    return out


def _platform_names() -> list[str]:
    """Registered platforms, and those CONTRACT.md names for later (a profile may list a
    Threads handle before Threads exports are read)."""
    from footprint.platforms import PLANNED, names

    have = names()
    return have + [n for n in PLANNED if n not in have]
