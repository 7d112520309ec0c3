"""``scan()``: one person's exports in, the report's data out.

The stages run one way: open each export -> recognise its members -> parse them into
the shared model -> (detectors, exposure graph, score and plan: later stages) -> the
:class:`ScanResult` that reporters write. Records are streamed through the stages: a
million tweets pass one at a time, and only small things (accounts, counts, problems)
are kept.

``scan()`` takes everything it needs as arguments (no hidden globals) and records the
version and options in its result.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from footprint import __version__
from footprint.detectors import DetectEnv, build_detectors
from footprint.detectors.nlp import NlpEngine
from footprint.detectors.stage import DetectionStage
from footprint.errors import FootprintError, UsageError
from footprint.exports.archive import Export, Limits, Member, open_export
from footprint.exports.imaging import available as imaging_available
from footprint.exposure.actions import BY_NAME
from footprint.exposure.graph import build_graph
from footprint.exposure.guidance import HIGH_RISK
from footprint.exposure.instructions import instructions
from footprint.exposure.plan import Step, make_plan
from footprint.exposure.posture import Check, PostureCollector, security_steps
from footprint.exposure.scoring import Exposure, score_signals
from footprint.model import Account, Item, Post, ProfileField, Ref
from footprint.online.settings import OnlineSettings
from footprint.online.summary import OnlineSummary
from footprint.platforms import ParseContext
from footprint.platforms import order as platform_order
from footprint.platforms.ingest import (
    Classified,
    classify,
    describe_error,
    image_members,
    platform_instances,
    read_images,
    read_part,
)
from footprint.profiles import Profile, load_profile
from footprint.registry import detectors as detector_registry
from footprint.registry import plugin_warnings
from footprint.signals import Signal, merge

if TYPE_CHECKING:
    from footprint.online.run import OnlineStage

SCHEMA = "footprint.report/1"


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Everything that changes what a scan does; recorded in the report."""

    org: str | None = None  # a shipped profile id or a TOML file
    detectors: tuple[str, ...] | None = None  # None: every registered detector
    images: bool = True  # fingerprint image files when the profile names reference images
    high_risk: bool = False
    online: bool = False  # network look-ups (docs/online.md); nothing is attempted without it
    online_settings: OnlineSettings = field(default_factory=OnlineSettings)
    platform: str | None = None  # force every path to be read as this platform
    me: tuple[str, ...] = ()  # the names the person writes under in chat exports (--me)
    debug: bool = False  # re-raise instead of reporting a problem
    limits: Limits = field(default_factory=Limits)
    # The caller writes the plan's manifests (``--manifests``): the steps name them, and
    # the result holds their text (``ScanResult.manifests``).
    manifests: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "org": self.org,
            "detectors": list(self.detectors) if self.detectors is not None else None,
            "images": self.images,
            "high_risk": self.high_risk,
            "online": self.online,
            "online_settings": self.online_settings.to_dict(),
            "platform": self.platform,
            "me": list(self.me),
            "manifests": self.manifests,
        }


@dataclass(frozen=True, slots=True)
class SubjectAccount:
    platform: str
    handle: str | None
    display_name: str | None
    account_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "handle": self.handle,
            "display_name": self.display_name,
            "account_id": self.account_id,
        }


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """One (path, platform) pair: what was read from it and what went wrong."""

    path: str
    platform: str
    counts: dict[str, int]
    problems: tuple[str, ...]
    files_read: int
    # The oldest and newest dates on any record read: what period the export covers,
    # and so (the newest) about when it was made.
    first_date: str | None = None
    last_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "platform": self.platform,
            "counts": dict(sorted(self.counts.items())),
            "problems": list(self.problems),
            "files_read": self.files_read,
            "dates": {"first": self.first_date, "last": self.last_date},
        }


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What a scan found; ``to_dict()`` is the ``footprint.report/1`` document."""

    version: str
    options: ScanOptions
    accounts: tuple[SubjectAccount, ...]
    sources: tuple[SourceSummary, ...]
    problems: tuple[str, ...]
    coverage: tuple[str, ...]
    organisation: dict[str, str] | None = None
    signals: tuple[Signal, ...] = ()
    warnings: tuple[str, ...] = ()
    exposure: Exposure | None = None
    plan: tuple[Step, ...] = ()
    posture: tuple[Check, ...] = ()
    guidance: tuple[str, ...] = ()  # the extra guidance for high-risk staff
    generated_at: str | None = None  # ISO 8601, UTC (SOURCE_DATE_EPOCH when set)
    manifests: dict[str, str] = field(default_factory=dict)  # file name -> CSV text
    online: OnlineSummary | None = None  # what --online asked and found; None without it

    def account_tuples(self) -> list[tuple[str, str | None, str | None]]:
        return [(a.platform, a.handle, a.display_name) for a in self.accounts]

    def graph(self) -> Any:
        """The exposure graph (networkx ``MultiDiGraph``), rebuilt from the signals."""
        return build_graph(self.signals, self.account_tuples())

    @property
    def exit_code(self) -> int:
        """CONTRACT.md: 0 ran, 1 something could not be handled whole, 2 nothing readable."""
        if not self.sources:
            return 2
        if self.problems or any(s.problems for s in self.sources):
            return 1
        return 0

    def all_problems(self) -> list[str]:
        """Every problem as one line naming the path (and member): for standard error."""
        lines = [f"{s.path}: {p}" for s in self.sources for p in s.problems]
        return lines + list(self.problems)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "tool": {"name": "footprint", "version": self.version},
            "generated_at": self.generated_at,
            "options": self.options.to_dict(),
            "organisation": self.organisation,
            "subject": {"accounts": [a.to_dict() for a in self.accounts]},
            "sources": [s.to_dict() for s in self.sources],
            "problems": list(self.problems),
            "signals": [s.to_dict() for s in self.signals],
            "exposure": self.exposure.to_dict() if self.exposure is not None else None,
            "plan": [s.to_dict() for s in self.plan],
            "posture": [c.to_dict() for c in self.posture],
            "coverage": list(self.coverage),
            "guidance": list(self.guidance),
            "warnings": list(self.warnings),
            "online": self.online.to_dict() if self.online is not None else None,
        }


Progress = Callable[[str, int | None], Callable[[int], None]]
"""``progress(label, total_bytes)`` -> ``advance(n_bytes)``; the CLI draws it with tqdm."""


class _Counting(io.RawIOBase):
    """A read-only stream that reports how many bytes pass through it."""

    def __init__(self, raw: Any, advance: Callable[[int], None]) -> None:
        self._raw = raw
        self._advance = advance

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        data = self._raw.read(len(b))
        n = len(data)
        b[:n] = data
        if n:
            self._advance(n)
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def _tracked(member: Member, advance: Callable[[int], None]) -> Member:
    """The same member, its reads reported to ``advance`` (head cache kept)."""
    tracked = Member(
        member.container,
        member.name,
        member.size,
        lambda: cast(BinaryIO, io.BufferedReader(_Counting(member.open(), advance), 1 << 20)),
    )
    tracked._head = member._head
    return tracked


class _Subject:
    """The accounts that make up the subject, merged across exports."""

    def __init__(self) -> None:
        self.accounts: dict[tuple[str, str], SubjectAccount] = {}
        self.names: dict[str, str] = {}

    def add(self, item: Item) -> None:
        if isinstance(item, Account):
            key = (item.platform, item.account_id or item.handle or "")
            old = self.accounts.get(key)
            self.accounts[key] = SubjectAccount(
                item.platform,
                item.handle or (old.handle if old else None),
                item.display_name or (old.display_name if old else None),
                item.account_id or (old.account_id if old else None),
            )
        elif isinstance(item, ProfileField) and item.field == "display_name":
            self.names.setdefault(item.ref.platform, item.value)

    def display_names(self) -> tuple[str, ...]:
        """Every display name seen so far on the person's accounts, once each."""
        found = [a.display_name for a in self.accounts.values() if a.display_name]
        return tuple(dict.fromkeys(found + list(self.names.values())))

    def seen(self, platforms: Iterable[str]) -> tuple[SubjectAccount, ...]:
        """Accounts, plus one without a handle for a platform that named none."""
        have = {k[0] for k in self.accounts}
        out = list(self.accounts.values())
        for plat in platforms:
            if plat not in have:
                out.append(SubjectAccount(plat, None, self.names.get(plat)))
        out = [
            a
            if a.display_name
            else SubjectAccount(a.platform, a.handle, self.names.get(a.platform), a.account_id)
            for a in out
        ]
        return tuple(sorted(out, key=lambda a: (a.platform, a.handle or "", a.account_id or "")))


@dataclass
class Reading:
    """What reading the exports gave, besides the records themselves (which stream)."""

    sources: list[SourceSummary] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    coverage: list[str] = field(default_factory=list)
    subject: _Subject = field(default_factory=lambda: _Subject())
    kinds_seen: dict[str, set[str]] = field(default_factory=dict)
    account_of: dict[str, str | None] = field(default_factory=dict)  # origin -> handle or id

    @property
    def platforms(self) -> list[str]:
        return sorted({s.platform for s in self.sources}, key=platform_order)


Consumer = Callable[[Item, str], None]
"""Receives each record as it is parsed, with its origin (``"<path>|<platform>"``)."""


def read(
    paths: Sequence[str | Path],
    options: ScanOptions,
    consumers: Sequence[Consumer] = (),
    progress: Progress | None = None,
    images: bool = False,
) -> Reading:
    """Stages 1 and 2: open each export, recognise its members, parse them into the model.

    Records are streamed to ``consumers`` one at a time and not kept: a million tweets
    pass through in bounded memory. ``images``: fingerprint image files no parser claimed.
    """
    candidates = platform_instances(options.platform)
    reading = Reading()
    # A chat export recognises the person by the names on their other accounts: an export
    # holding one is read after the others (reopened: nothing is kept open or copied).
    later: list[Path] = []
    for raw in paths:
        path = Path(raw)
        export = _open(path, options, reading)
        if export is None:
            continue
        with export:
            classified = classify(export, candidates, options.debug)
            if len(paths) > 1 and any(
                p.platform.reads_after_others for p in classified.parts.values()
            ):
                later.append(path)
                continue
            _read_export(path, export, classified, options, consumers, progress, images, reading)
    for path in later:
        export = _open(path, options, reading)
        if export is None:
            continue
        with export:
            classified = classify(export, candidates, options.debug)
            _read_export(path, export, classified, options, consumers, progress, images, reading)
    return reading


def _open(path: Path, options: ScanOptions, reading: Reading) -> Export | None:
    try:
        return open_export(path, options.limits)
    except (FootprintError, OSError) as exc:
        if options.debug:
            raise
        reading.problems.append(f"{path}: {exc}" if str(path) not in str(exc) else str(exc))
        return None


def _read_export(
    path: Path,
    export: Export,
    classified: Classified,
    options: ScanOptions,
    consumers: Sequence[Consumer],
    progress: Progress | None,
    check_images: bool,
    reading: Reading,
) -> None:
    refused = [f"{r.member}: {r.reason}" for r in export.refused]
    if not classified.parts:
        what = (
            "; ".join(classified.unreadable)
            if classified.unreadable
            else (
                "no export footprint recognises"
                if export.members or not refused
                else "nothing readable"
            )
        )
        reading.problems.append(f"{path}: {what}")
        reading.problems.extend(f"{path}: {r}" for r in refused)
        return
    if len(classified.parts) > 1:
        reading.problems.extend(f"{path}: {r}" for r in refused)
        refused = []
    reading.problems.extend(f"{path}: {u}" for u in classified.unreadable)
    images = image_members(classified) if check_images else {}
    def reading_order(name: str) -> tuple[bool, tuple[int, str]]:
        return (classified.parts[name].platform.reads_after_others, platform_order(name))

    for name in sorted(classified.parts, key=reading_order):
        part = classified.parts[name]
        ctx = ParseContext(
            name,
            str(path),
            debug=options.debug,
            me=options.me,
            known_names=reading.subject.display_names(),
        )
        ctx.problems.extend(refused)
        counts: Counter[str] = Counter()
        members = [m for _, m in part.ordered()]
        advance = (
            progress(f"{name}: {path.name}", sum(m.size or 0 for m in members))
            if progress
            else None
        )
        if advance is not None:
            for kind, mlist in part.members.items():
                part.members[kind] = [_tracked(m, advance) for m in mlist]
        origin = f"{path}|{name}"
        records = read_part(part, ctx)
        if images.get(name):
            records = itertools.chain(records, read_images(images[name], name, ctx))
        reading.kinds_seen.setdefault(name, set()).update(part.members)
        first: str | None = None
        last: str | None = None
        for item in records:
            counts[item.counts_as()] += 1
            date = item.ref.date
            if date:
                if first is None or date < first:
                    first = date
                if last is None or date > last:
                    last = date
            reading.subject.add(item)
            if isinstance(item, Account) and origin not in reading.account_of:
                reading.account_of[origin] = item.handle or item.account_id
            for consume in consumers:
                consume(item, origin)
        reading.sources.append(
            SourceSummary(
                str(path), name, dict(counts), tuple(ctx.problems), len(members), first, last
            )
        )
        for line in part.platform.coverage(set(part.members)) + ctx.notes:
            if line not in reading.coverage:
                reading.coverage.append(line)


def scan(
    paths: Sequence[str | Path],
    options: ScanOptions | None = None,
    progress: Progress | None = None,
    sink: Callable[[Item], None] | None = None,
    **option_values: Any,
) -> ScanResult:
    """Scan one person's exports (several paths are one subject).

    Options come as a :class:`ScanOptions` or as its fields by name
    (``scan(paths, org="uk-police")``). ``sink`` receives every record as it is parsed
    (for scripts that want the model without holding it all).
    """
    if options is None:
        options = ScanOptions(**option_values)
    elif option_values:
        options = replace(options, **option_values)
    options.online_settings.check(options.online)
    profile = load_profile(options.org) if options.org else None
    online = _online_stage(options)
    env = DetectEnv(profile, NlpEngine())
    stage = DetectionStage(
        build_detectors(env, list(options.detectors) if options.detectors is not None else None),
        env,
        debug=options.debug,
    )
    posture = PostureCollector()
    check_images = bool(options.images and profile is not None and profile.references)
    coverage_notes = _not_run(options.detectors)
    if check_images and not imaging_available():
        check_images = False
        coverage_notes.append(
            "Images were not checked against the profile's reference images: "
            "install footprint[images] (Pillow and ImageHash)"
        )
    # With --online, the records holding identifiers the export leaves opaque are held
    # back on their way to the detectors, and fed to them once resolved.
    feed = online.hold(stage.feed) if online is not None else stage.feed
    consumers: list[Consumer] = [lambda item, _: posture.feed(item), feed]
    if sink is not None:
        consumers.append(lambda item, _: sink(item))
    reading = read(paths, options, consumers, progress, check_images)
    reading.coverage.extend(coverage_notes)
    if online is not None:
        online.run(stage.feed, [(a.platform, a.handle) for a in reading.subject.accounts.values()])
        reading.problems.extend(online.problems())
        reading.coverage.extend(online.not_checked)
    raw_signals = stage.finish()
    reading.problems.extend(stage.problems)
    signals = merge(
        [s.with_account(reading.account_of.get(s.origin), s.origin) for s in raw_signals]
    )
    result = assess(reading, signals, posture, profile, options)
    if online is not None:
        result = replace(
            result,
            online=online.summary(signals),
            warnings=result.warnings + tuple(online.warnings()),
        )
    return result


def _online_stage(options: ScanOptions) -> OnlineStage | None:
    """The online stage (``footprint.online.run``), or None without ``--online``.

    Imported only here: a scan without ``--online`` never loads the network client.
    """
    if not options.online:
        return None
    from footprint.online.run import OnlineStage

    return OnlineStage(options.online_settings, options.debug)


def assess(
    reading: Reading,
    signals: list[Signal],
    posture: PostureCollector,
    profile: Profile | None,
    options: ScanOptions,
) -> ScanResult:
    """Stage 4: the exposure score, the posture checks and the plan, from the signals."""
    accounts = reading.subject.seen(s.platform for s in reading.sources)
    account_list = [(a.platform, a.handle, a.display_name) for a in accounts]
    checks: list[Check] = []
    exposure = None
    if reading.sources:
        checks = posture.checks(reading.platforms, reading.kinds_seen, signals)
        exposure = score_signals(signals, account_list)
    steps: list[Step] = []
    problems = list(reading.problems)
    manifests: dict[str, str] = {}
    if exposure is not None:
        steps, _ = make_plan(
            signals,
            high_risk=options.high_risk,
            security=_security_steps(checks) + _advice(exposure),
        )
        steps = _dedupe_steps(steps)
        if options.manifests:
            steps, manifests, left_out = _with_manifests(steps, signals)
            problems.extend(left_out)
    return ScanResult(
        version=__version__,
        options=options,
        accounts=accounts,
        sources=tuple(reading.sources),
        problems=tuple(problems),
        coverage=tuple(reading.coverage),
        organisation=_organisation(profile),
        signals=tuple(signals),
        warnings=(profile.warnings if profile else ()) + tuple(plugin_warnings()),
        exposure=exposure,
        plan=tuple(steps),
        posture=tuple(checks),
        guidance=HIGH_RISK if options.high_risk else (),
        generated_at=generated_at(),
        manifests=manifests,
    )


def _not_run(chosen: tuple[str, ...] | None) -> list[str]:
    """A scan with some detectors left out says which: what they find is not in the
    report, and a low score must not read as a clean bill."""
    if chosen is None:
        return []
    left_out = [n for n in detector_registry.names() if n not in chosen]
    if not left_out:
        return []
    return [
        f"Only some detectors ran ({', '.join(chosen)}): what {', '.join(left_out)} "
        "would find is not in this report"
    ]


def _with_manifests(
    steps: list[Step], signals: list[Signal]
) -> tuple[list[Step], dict[str, str], list[str]]:
    """The steps naming the manifest that lists their items, the manifests, and the
    items left out of them (an id not in the platform's format)."""
    # Imported here: the report package imports this module.
    from footprint.report.manifests import build, mention

    built = build(steps, signals)
    out = list(steps)
    for index, name in built.of_step.items():
        step = out[index]
        out[index] = replace(
            step, manifest=name, instructions=f"{step.instructions} {mention(step, name)}"
        )
    return out, built.files, built.problems


def _organisation(profile: Profile | None) -> dict[str, str] | None:
    """The profile's id and name, and a digest of every term it resolved to: two reports
    made with different profile contents (an edited file, a newer release) differ."""
    if profile is None:
        return None
    content = repr(
        (
            profile.terms,
            profile.premises,
            profile.context,
            profile.exclude,
            tuple((r.path.name, r.reveals, r.origin) for r in profile.references),
        )
    )
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
    return {**profile.to_dict(), "digest": digest}


def generated_at() -> str:
    """Now, in UTC, or ``SOURCE_DATE_EPOCH`` when it is set (reproducible reports)."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is not None and raw.strip():
        try:
            when = datetime.fromtimestamp(int(raw.strip()), tz=UTC)
        except (ValueError, OverflowError, OSError) as exc:
            raise UsageError(f"SOURCE_DATE_EPOCH={raw!r} is not a time in seconds") from exc
    else:
        when = datetime.now(tz=UTC)
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _advice(exposure: Exposure) -> list[Step]:
    """Keep work and personal apart, for someone whose accounts give the employer away."""
    exposed = [a for a in exposure.by_account if a.by_target.get("employer", 0) >= 50]
    if not exposed:
        return []
    names = ", ".join(f"{a.platform} ({a.account})" for a in exposed[:4])
    row = BY_NAME["separate_accounts"]
    return [
        Step(
            action=row.name,
            platform=exposed[0].platform,
            title=row.title,
            signals=(),
            instructions=f"These accounts give your employer away: {names}. {row.how}",
            score_after=0,
            effort=row.effort,
            guidance=row.guidance,
            kind=row.kind,
            effect=row.effect,
        )
    ]


def _security_steps(checks: list[Check]) -> list[Step]:
    return [
        Step(
            action=a,
            platform=p,
            title=title,
            signals=(),
            instructions=instructions(a, p),
            score_after=0,
            effort=1.0,
            guidance=g,
            kind="security",
            effect="none",
        )
        for a, p, title, g in security_steps(checks)
    ]


def _dedupe_steps(steps: list[Step]) -> list[Step]:
    """A security step already taken as an exposure step (change the e-mail) is not repeated."""
    seen = {(s.action, s.platform) for s in steps if s.kind == "exposure"}
    return [s for s in steps if s.kind == "exposure" or (s.action, s.platform) not in seen]



DRAFT = "draft"  # the platform a draft text is checked as: it is on none yet
DRAFT_FIELDS = ("text", "bio", "display_name")
WORK = frozenset(("employer", "sector", "role"))


@dataclass(frozen=True, slots=True)
class TextCheck:
    """What a draft post, bio or display name would reveal (``footprint check``)."""

    field: str
    signals: tuple[Signal, ...]
    problems: tuple[str, ...]  # detectors that failed: the check is then incomplete
    organisation: dict[str, str] | None = None

    @property
    def reveals_work(self) -> bool:
        """Whether the words reveal the employer, the sector or the role."""
        return any(s.reveals in WORK for s in self.signals)

    @property
    def exit_code(self) -> int:
        """1 when the words reveal work (or could not be checked whole), else 0."""
        return 1 if self.reveals_work or self.problems else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "organisation": self.organisation,
            "reveals_work": self.reveals_work,
            "signals": [s.to_dict() for s in self.signals],
            "problems": list(self.problems),
        }


def check_text(
    text: str,
    org: str | Path | Profile | None = None,
    field: str = "text",
    debug: bool = False,
) -> TextCheck:
    """Run the scan's detectors on a draft before it is posted: no archive, no graph.

    ``field`` says what the words are: ``text`` (a post), ``bio`` or ``display_name``
    (profile fields count a little more, as in a scan). ``org`` is a shipped profile id,
    a profile file or a loaded :class:`~footprint.profiles.Profile`.
    """
    if field not in DRAFT_FIELDS:
        raise ValueError(f"field {field!r}: one of {', '.join(DRAFT_FIELDS)}")
    profile = org if isinstance(org, Profile) or org is None else load_profile(org)
    env = DetectEnv(profile, NlpEngine())
    stage = DetectionStage(build_detectors(env), env, debug=debug)
    if field == "text":
        item: Item = Post("post", text, Ref(DRAFT, DRAFT, DRAFT, "text", "public"))
    else:
        item = ProfileField(field, text, Ref(DRAFT, DRAFT, None, field, "public"))
    stage.feed(item, f"{DRAFT}|{DRAFT}")
    signals = merge(stage.finish())
    return TextCheck(
        field,
        tuple(signals),
        tuple(stage.problems),
        profile.to_dict() if profile else None,
    )


__all__ = [
    "SCHEMA",
    "Reading",
    "ScanOptions",
    "ScanResult",
    "SourceSummary",
    "TextCheck",
    "assess",
    "check_text",
    "describe_error",
    "generated_at",
    "read",
    "scan",
]
