"""Organisation profiles: TOML data naming what reveals an organisation (CONTRACT.md §3).

A profile is loaded, validated and resolved once: every error names the file and the key,
an unknown key is a warning (never silently ignored), ``extends`` pulls in shipped
profiles (their terms count as ``sector``), and a cycle is an error.

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
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
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
)
TABLE_KEYS = ("handles", "account_ids")
SCALAR_KEYS = ("id", "name", "kind", "sector_name", "description", "extends", "premises")
KNOWN_KEYS = frozenset(LIST_KEYS + TABLE_KEYS + SCALAR_KEYS)
PREMISES_KEYS = frozenset(("name", "lat", "lon", "radius_m", "kind"))


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to look for, and what it reveals when found."""

    # alias | keyword | hashtag | emoji | job_title | group | domain | email_domain | handle
    # | account_id
    kind: str
    value: str
    reveals: str  # employer | sector | role
    ambiguous: bool
    origin: str  # the profile id that named it
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


def _read(path: Path) -> _Raw:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
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
    for key in LIST_KEYS:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise _err(path, key, "must be a list of non-empty strings")
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


def _terms(raw: _Raw, reveals: str) -> list[Term]:
    out: list[Term] = []
    d = raw.data
    for key, kind, ambiguous in _TERM_KEYS:
        for value in d.get(key, []):
            value = value.strip()
            if kind == "hashtag":
                value = "#" + value.lstrip("#")
            elif kind in ("domain", "email_domain"):
                value = value.lower().lstrip("@").strip(".")
            out.append(
                Term(kind, value, "role" if kind == "job_title" else reveals, ambiguous, raw.id)
            )
    for plat, names in d.get("handles", {}).items():
        for n in names:
            out.append(Term("handle", n.lstrip("@"), reveals, False, raw.id, plat))
    for plat, ids in d.get("account_ids", {}).items():
        for n in ids:
            out.append(Term("account_id", n, reveals, False, raw.id, plat))
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
    own_reveals = "sector" if top.data.get("kind") == "sector" else "employer"
    terms = _terms(top, own_reveals)
    premises = _premises(top, "location")
    context = list(top.data.get("context", []))
    exclude = list(top.data.get("exclude", []))
    warnings = list(top.warnings)
    references = _references(top, own_reveals)
    seen_values = {_dedupe_key(t) for t in terms}
    order: list[str] = []
    _walk_extends(top, [top.id], order)
    for pid in order:
        raw = _read(shipped_dir() / f"{pid}.toml")
        warnings.extend(raw.warnings)
        for t in _terms(raw, "sector"):
            key = _dedupe_key(t)
            if key not in seen_values:  # a term the profile names itself keeps its own reveals
                seen_values.add(key)
                terms.append(t)
        premises.extend(_premises(raw, "location"))
        context.extend(c for c in raw.data.get("context", []) if c not in context)
        exclude.extend(e for e in raw.data.get("exclude", []) if e not in exclude)
        references.extend(_references(raw, "sector"))
    sector_name = top.data.get("sector_name")
    if sector_name is None:
        for pid in order:
            sector_name = _read(shipped_dir() / f"{pid}.toml").data.get("sector_name")
            if sector_name:
                break
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
