"""Test helpers for footprint's own tests and for plugin authors.

Everything here builds small inputs at test time and fails loudly: a helper never
skips, never swallows a detector's error, and never writes outside the folder it is
given. It needs no test framework (failures are ``AssertionError``), so it works under
pytest, unittest or a plain script::

    from footprint.testing import write_export, run_platform, run_detector, post

    folder = write_export(tmp_path / "export", {"account.json": {"handle": "sam"}})
    read = run_platform(MyPlatform, folder)
    assert read.problems == []

    signals = run_detector(MyDetector, [post("PC 4172 on nights")], profile)

Exports
    :func:`write_export` (a folder of files), :func:`zip_export`, :func:`tar_export`,
    :func:`member` (one in-memory file), :func:`file_member` (one file on disk).
Platforms
    :func:`run_platform` (one platform over an export: records and problems),
    :func:`claims` (what each platform recognises in an export),
    :func:`load_alone` (every platform offered; only the one named may claim anything),
    :func:`assert_platform_facts` (everything footprint needs to know is said).
Detectors
    :func:`run_detector` / :func:`run_detectors` (records in, signals out, through the
    real detection stage; any detector problem fails), :func:`profile_from_toml`,
    :func:`post` and :func:`profile_field` (records with a made-up :class:`Ref`).
"""

from __future__ import annotations

import functools
import io
import json
import sys
import tarfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from footprint.detectors import DetectEnv, Detector, detectors
from footprint.detectors.nlp import NlpEngine
from footprint.detectors.stage import DetectionStage
from footprint.exports.archive import Member, open_export
from footprint.exposure.instructions import GENERIC as PLAN_ACTIONS
from footprint.model import Item, Post, ProfileField, Ref, Visibility
from footprint.platforms import Platform, platforms
from footprint.platforms.base import ParseContext
from footprint.platforms.ingest import Loaded, classify, load, platform_instances, read_part
from footprint.profiles import Profile, load_profile
from footprint.signals import Signal, merge

__all__ = [
    "assert_platform_facts",
    "claims",
    "file_member",
    "load_alone",
    "member",
    "post",
    "profile_field",
    "profile_from_toml",
    "run_detector",
    "run_detectors",
    "run_platform",
    "tar_export",
    "write_export",
    "zip_export",
]

# --- exports ------------------------------------------------------------------------------


def write_export(folder: Path, files: Mapping[str, str | bytes | Any]) -> Path:
    """A folder holding ``files`` (POSIX path inside the export -> content).

    ``bytes`` are written as they are, ``str`` as UTF-8, anything else as JSON (so a
    test states the data, not its encoding). Returns ``folder``.
    """
    for rel, content in files.items():
        path = folder.joinpath(*rel.split("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(json.dumps(content, indent=2, ensure_ascii=False), encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def zip_export(folder: Path, dest: Path) -> Path:
    """Zip ``folder``'s contents (paths relative to it) into ``dest``, as platforms ship."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(folder).as_posix())
    return dest


def tar_export(folder: Path, dest: Path) -> Path:
    """``folder``'s contents as a ``.tar.gz`` at ``dest``."""
    with tarfile.open(dest, "w:gz") as tf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                tf.add(p, p.relative_to(folder).as_posix())
    return dest


def member(name: str, data: bytes | str) -> Member:
    """One in-memory file of an export, named ``name``: what ``identify`` and ``read`` get."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return Member("test", name, len(raw), lambda: io.BytesIO(raw))


def file_member(path: Path, name: str | None = None) -> Member:
    """A file on disk as a member (named ``name``, else its own name)."""
    size = path.stat().st_size
    return Member(str(path.parent), name or path.name, size, lambda: open(path, "rb"))


# --- platforms ----------------------------------------------------------------------------


def _platform(platform: type[Platform] | str) -> type[Platform]:
    if isinstance(platform, str):
        cls: type[Platform] = platforms.get(platform)
        return cls
    return platform


def _reader(platform: type[Platform] | str) -> Platform:
    cls = _platform(platform)
    reader = cls()
    if not getattr(cls, "name", None):
        # Not registered yet (a plugin tested before it is installed): the registry would
        # name it after its entry point; the class's own name stands in.
        setattr(reader, "name", cls.__name__.lower())  # noqa: B010  (this instance only)
    return reader


def run_platform(platform: type[Platform] | str, path: Path, debug: bool = False) -> Loaded:
    """Read ``path`` with this one platform (registered or not), as ``--platform`` does.

    Returns the records and the problems: members the archive refused, and every member
    that could not be read whole (``"<member>: <what was wrong>"``). ``debug`` re-raises
    a parser's exception instead, for its traceback.
    """
    reader = _reader(platform)
    name = reader.name
    with open_export(Path(path)) as export:
        classified = classify(export, [reader], debug)
        ctx = ParseContext(name, str(path), debug=debug)
        ctx.problems.extend(f"{r.member}: {r.reason}" for r in export.refused)
        ctx.problems.extend(classified.unreadable)
        part = classified.parts.get(name)
        items: list[Item] = list(read_part(part, ctx)) if part is not None else []
    return Loaded(str(path), name, items, ctx.problems, ctx.state)


def claims(path: Path, only: Sequence[type[Platform] | str] | None = None) -> dict[str, str]:
    """Which platform recognises each member of ``path``: ``{member: "platform:kind"}``.

    Every registered platform is offered each member in footprint's order (or only the
    ones given); members nobody claims are left out. A plugin's test asserts that the
    built-ins leave its files alone, and that it leaves theirs alone.
    """
    candidates = platform_instances() if only is None else [_reader(p) for p in only]
    out: dict[str, str] = {}
    with open_export(Path(path)) as export:
        classified = classify(export, candidates, debug=True)
        for name, part in classified.parts.items():
            for kind, members in part.members.items():
                for m in members:
                    out[m.name] = f"{name}:{kind}"
    return dict(sorted(out.items()))


def load_alone(path: Path, platform: str) -> Loaded:
    """Read ``path`` as a scan does (every platform offered) and check that ``platform``
    is the only one that recognised anything in it."""
    found = load(path)
    assert [x.platform for x in found] == [platform], (
        f"{path}: expected only {platform!r}, found {[x.platform for x in found]}"
    )
    return found[0]


def assert_platform_facts(platform: type[Platform] | str) -> None:
    """Fail, listing every gap, unless the platform says all a user and the plan need.

    Checks the user documentation (module docstring), ``title``, ``download``,
    ``generations``, ``kinds``, ``item_ids``, that ``settings`` only names plan actions
    and formats cleanly, that ``app_kinds`` are kinds it reads, that profile URL shapes
    capture the handle, and that a ``private`` mode never claims to hide the profile.
    """
    cls = _platform(platform)
    gaps: list[str] = []
    module = sys.modules.get(cls.__module__)
    if module is None or not (module.__doc__ or "").strip():
        gaps.append("its module has no docstring (the user documentation: files read)")
    for attr in ("title", "download", "generations"):  # name: the registry sets it
        value = getattr(cls, attr, None)
        if not isinstance(value, str) or not value.strip():
            gaps.append(f"{attr} is not set")
    kinds = getattr(cls, "kinds", ())
    if not kinds or not all(isinstance(k, str) and k for k in kinds):
        gaps.append("kinds is empty (the kinds of file it reads, in reading order)")
    if not cls.item_ids:
        gaps.append("item_ids is empty (what source.item is for each kind of item)")
    for what, how in cls.item_ids.items():
        if not (isinstance(what, str) and what.strip() and isinstance(how, str) and how.strip()):
            gaps.append(f"item_ids entry {what!r} is blank")
    unknown = sorted(set(cls.settings) - set(PLAN_ACTIONS))
    if unknown:
        gaps.append(f"settings for actions the plan does not have: {unknown}")
    for action, text in cls.settings.items():
        try:
            filled = text.format(field="bio")
        except (KeyError, IndexError, ValueError) as exc:
            gaps.append(f"settings[{action!r}] does not format with only {{field}}: {exc}")
            continue
        if not filled.strip():
            gaps.append(f"settings[{action!r}] is blank")
    stray = sorted(set(cls.app_kinds) - set(kinds))
    if stray:
        gaps.append(f"app_kinds not among its kinds: {stray}")
    for shape in cls.profile_urls:
        if shape.path.groups < 1:
            gaps.append(f"profile URL path {shape.path.pattern!r} captures no handle")
    if cls.private is not None:
        if "profile" in cls.private.hides:
            gaps.append("private claims to hide the profile (no platform's private mode does)")
        if not cls.private.leaves_public.strip():
            gaps.append("private does not say what stays public")
        if "make_private" not in cls.settings:
            gaps.append("private is set but settings has no make_private instructions")
    assert not gaps, f"{cls.__name__}: " + "; ".join(gaps)


# --- detectors ----------------------------------------------------------------------------


@functools.cache
def _nlp() -> NlpEngine:
    # One blank spaCy pipeline for a whole test session: making one takes a second.
    return NlpEngine()


def profile_from_toml(text: str, folder: Path, name: str = "profile.toml") -> Profile:
    """Load a profile written out as ``text`` into ``folder`` (validated like ``--org``)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return load_profile(path)


def run_detectors(
    chosen: Sequence[type[Detector] | str] | None,
    records: Iterable[Any],
    profile: Profile | None = None,
    origin: str | None = None,
    merged: bool = True,
    batch_size: int = 7,
) -> list[Signal]:
    """Feed ``records`` through the real detection stage with these detectors (``None``:
    every registered one, as a scan runs them).

    Any exception in a detector is raised with its traceback, and any problem the stage
    reports fails the call: a detector's test can never pass because the detector
    switched itself off. ``merged`` merges signals by identity, as a scan does. A small
    ``batch_size`` makes the stage flush several times, as on a large export. ``origin``
    (which export a record came from) is ``"export|<the record's platform>"`` unless given.
    """
    env = DetectEnv(profile, _nlp())
    found = detectors.get_all()
    built = [_make(d, found, env) for d in (sorted(found) if chosen is None else chosen)]
    stage = DetectionStage(built, env, batch_size=batch_size, debug=True)
    for record in records:
        stage.feed(record, origin or f"export|{record.ref.platform}")
    signals = stage.finish()
    assert not stage.problems, "detector problems: " + "; ".join(stage.problems)
    return merge(signals) if merged else signals


def _make(d: type[Detector] | str, found: Mapping[str, Any], env: DetectEnv) -> Detector:
    if isinstance(d, str):
        if d not in found:
            raise AssertionError(f"unknown detector {d!r}; valid: {', '.join(sorted(found))}")
        made: Detector = found[d](env)
        return made
    made = d(env)
    if not d.name:
        # Not registered yet: the registry would name it after its entry point. Unnamed,
        # its signals would have no rule and its failure would look like any other's.
        setattr(made, "name", d.__name__.lower())  # noqa: B010  (this instance only)
    return made


def run_detector(
    detector: type[Detector] | str,
    records: Iterable[Any],
    profile: Profile | None = None,
    origin: str | None = None,
) -> list[Signal]:
    """:func:`run_detectors` with one detector."""
    return run_detectors([detector], records, profile, origin)


def post(
    text: str,
    item: str = "1",
    kind: str = "post",
    platform: str = "x",
    visibility: Visibility = "public",
    file: str = "posts.json",
    **fields: Any,
) -> Post:
    """A post (``kind``: post, reply, repost, like, comment, share) with a made-up ``Ref``."""
    return Post(kind, text, Ref(platform, file, item, "text", visibility), **fields)


def profile_field(
    name: str,
    value: str,
    platform: str = "x",
    visibility: Visibility = "public",
    file: str = "profile.json",
) -> ProfileField:
    """A profile field (``bio``, ``display_name``, ``website``...) with a made-up ``Ref``."""
    return ProfileField(name, value, Ref(platform, file, None, name, visibility))
