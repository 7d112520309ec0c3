"""What the human-readable reports show, chosen and worded once for HTML and Markdown.

:func:`build_view` turns a :class:`~footprint.pipeline.ScanResult` into a
:class:`ReportView`: the score and its sentence, the strongest signals, the signals
grouped by what they reveal and by platform (a few shown, the rest counted), the plan
with the score after each step and what each removes, the security checks in words, and
what the scan could not read. Every string from an export passes through :func:`shown`
here; each format then escapes it for itself (jinja2's autoescape, Markdown's escaper).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from footprint.escape import terminal
from footprint.platforms import order as platform_order
from footprint.platforms import title as platform_title
from footprint.report.words import Words
from footprint.signals import REVEALS, Signal

if TYPE_CHECKING:
    from footprint.exposure.posture import Check
    from footprint.pipeline import ScanResult

SHOWN = 8  # signals shown per (what it reveals, platform) before "show more"
FOLDED = 200  # further signals folded away per group; the rest are counted
TOP = 5  # the strongest signals in the summary
STEP_ITEMS = 50  # the evidence listed under a plan step (all are in the manifests and JSON)


def shown(value: object) -> str:
    """Text from an export, safe to lay out: control characters and the characters that
    reorder text (an RTL override makes "gpj.exe" read as "exe.jpg") are shown as visible
    escapes (``\\x1b``, ``\\u202e``), as on the terminal (:func:`footprint.escape.terminal`),
    so a name reads as it is stored. Emoji sequences (joiners, variation selectors, tag
    characters) are kept: 🖤💙🖤 is evidence."""
    return terminal(value)


def tier_class(score: int | None) -> str:
    """The CSS class of a score's tier (CONTRACT.md's bounds)."""
    if score is None:
        return "t-none"
    if score < 25:
        return "t-low"
    if score < 50:
        return "t-medium"
    return "t-high" if score < 75 else "t-critical"


def https_url(value: str | None) -> str | None:
    """An export's URL, when it is a plain https address: only those become links."""
    if not value:
        return None
    url = shown(value).strip()
    if url.lower().startswith("https://") and not any(c in url for c in ' "<>`'):
        return url
    return None


@dataclass(frozen=True, slots=True)
class SignalView:
    id: str
    reveals: str
    evidence: str
    reason: str
    confidence: str
    strength: str  # strong | likely | possible (a CSS class, not shown)
    visibility: str
    where: str
    platform: str
    url: str | None
    technical: str  # the detector's own explanation (English reports only)


@dataclass(frozen=True, slots=True)
class PlatformGroup:
    platform: str
    title: str
    shown: tuple[SignalView, ...]
    folded: tuple[SignalView, ...]
    more: int  # neither shown nor folded: in the JSON report only


@dataclass(frozen=True, slots=True)
class RevealsGroup:
    reveals: str
    heading: str
    count: int
    score: int | None
    targets: tuple[str, ...]
    platforms: tuple[PlatformGroup, ...]


@dataclass(frozen=True, slots=True)
class StepView:
    number: int
    kind: str  # exposure | security | advice
    title: str
    how: str
    score: str
    removes: str
    score_after: int
    lowers: bool
    guidance: str
    items: tuple[SignalView, ...]  # the evidence the step deals with, strongest first
    more_items: int
    still: str  # while the score stays at or above the plan's target: what remains


@dataclass(frozen=True, slots=True)
class CheckView:
    """One check in one state, for every platform in that state."""

    name: str
    status: str  # met | not_met | unknown
    status_words: str
    platforms: tuple[str, ...]  # platform titles ("" for a check about no one platform)
    finding: str
    fixes: tuple[tuple[str, str], ...]  # (platform title or "", what to do)
    technical: tuple[str, ...]  # what the check found, in English, where it holds data


@dataclass(frozen=True, slots=True)
class Note:
    """A line another stage wrote, translated when the catalogue has it; ``english``
    when it is shown as written (a note made for this scan, with names in it)."""

    text: str
    english: bool


@dataclass(frozen=True, slots=True)
class TargetScore:
    reveals: str
    label: str
    score: int


@dataclass(frozen=True, slots=True)
class AccountView:
    platform: str
    handle: str
    name: str
    score: int | None


@dataclass(frozen=True, slots=True)
class SourceView:
    path: str
    platform: str
    counts: str
    files: int


@dataclass(frozen=True, slots=True)
class ReportView:
    lang: str
    subject: str
    organisation: str | None
    version: str
    generated: str | None
    score: int | None
    tier: str | None
    tier_words: str
    score_words: str
    headline: str
    outcome: str
    targets: tuple[TargetScore, ...]
    top: tuple[SignalView, ...]
    groups: tuple[RevealsGroup, ...]
    steps: tuple[StepView, ...]
    checks: tuple[CheckView, ...]
    guidance: tuple[str, ...]
    problems: tuple[str, ...]
    warnings: tuple[str, ...]  # a profile's unknown keys, plugins left out: English
    coverage: tuple[Note, ...]
    accounts: tuple[AccountView, ...]
    sources: tuple[SourceView, ...]
    signal_count: int
    technical: bool  # show detectors' and checks' English details (English reports)


def signal_view(sig: Signal, w: Words) -> SignalView:
    return SignalView(
        id=sig.id,
        reveals=sig.reveals,
        evidence=shown(sig.evidence),
        reason=shown(w.reason(sig)),
        confidence=w.confidence(sig.confidence),
        strength=(
            "strong" if sig.confidence >= 0.8 else "likely" if sig.confidence >= 0.5 else "possible"
        ),
        visibility=w.visibility(sig.visibility),
        where=shown(w.where(sig)),
        platform=sig.platform,
        url=https_url(sig.source.url),
        technical=shown(sig.why),
    )


def _groups(result: ScanResult, w: Words) -> list[RevealsGroup]:
    by: dict[str, dict[str, list[Signal]]] = defaultdict(lambda: defaultdict(list))
    for sig in result.signals:
        by[sig.reveals][sig.platform].append(sig)
    scores = result.exposure.by_target if result.exposure else {}
    out = []
    for reveals in [*REVEALS, *sorted(set(by) - set(REVEALS))]:
        platforms = by.get(reveals)
        if not platforms:
            continue
        targets: dict[str, int] = defaultdict(int)
        pgroups = []
        strongest = {p: max(s.confidence for s in sigs) for p, sigs in platforms.items()}
        for plat in sorted(platforms, key=lambda p: (-strongest[p], platform_order(p))):
            sigs = platforms[plat]
            for s in sigs:
                targets[shown(w.target(s))] += 1
            views = [signal_view(s, w) for s in sigs[: SHOWN + FOLDED]]
            pgroups.append(
                PlatformGroup(
                    platform=plat,
                    title=platform_title(plat),
                    shown=tuple(views[:SHOWN]),
                    folded=tuple(views[SHOWN:]),
                    more=max(0, len(sigs) - SHOWN - FOLDED),
                )
            )
        ranked = sorted(targets, key=lambda t: (-targets[t], t))
        out.append(
            RevealsGroup(
                reveals=reveals,
                heading=w.reveals_heading(reveals),
                count=sum(len(s) for s in platforms.values()),
                score=scores.get(reveals),
                targets=tuple(ranked),
                platforms=tuple(pgroups),
            )
        )
    return out


def _steps(result: ScanResult, w: Words) -> list[StepView]:
    by_id = {s.id: s for s in result.signals}
    before = result.exposure.score if result.exposure else 0
    target = 25 if result.options.high_risk else 50
    left = {s.id: s.reveals for s in result.signals}  # what still shows, step after step
    out = []
    for i, step in enumerate(result.plan, 1):
        sigs = [by_id[x] for x in step.signals if x in by_id]
        ranked = sorted(sigs, key=lambda s: (-s.confidence, s.source.date or "", s.id))
        showing = Counter(left.values())
        if step.kind == "exposure" and step.effect == "remove":
            for s in sigs:
                left.pop(s.id, None)
        still = ""
        if step.kind == "exposure" and step.score_after >= target:
            still = w.still(Counter(left.values()))
        out.append(
            StepView(
                number=i,
                kind=step.kind,
                title=shown(w.step_title(step, sigs)),
                how=w.step_how(step, sigs, result.exposure),
                score=w.step_score(step, before),
                removes=w.step_removes(step, sigs, showing),
                score_after=step.score_after,
                lowers=step.kind == "exposure" and step.score_after < before,
                guidance=w.guidance(step.guidance),
                items=tuple(signal_view(s, w) for s in ranked[:STEP_ITEMS]),
                more_items=max(0, len(ranked) - STEP_ITEMS),
                still=still,
            )
        )
        if step.kind == "exposure":
            before = step.score_after
    return out


def _checks(result: ScanResult, w: Words) -> list[CheckView]:
    """Checks in the same state on several platforms become one entry naming each."""
    grouped: dict[tuple[str, str, str], list[Check]] = {}
    for c in result.posture:
        grouped.setdefault((c.check, c.status, w.check_finding(c)), []).append(c)
    out = []
    rank = {"not_met": 0, "unknown": 1, "met": 2}
    ordered = sorted(grouped.items(), key=lambda kv: rank.get(kv[0][1], 1))
    for (_, status, finding), checks in ordered:
        fixes: list[tuple[str, str]] = []
        for c in checks:
            fix = w.check_fix(c)
            if fix and (not fixes or fixes[-1][1] != fix):
                fixes.append((platform_title(c.platform) if c.platform else "", fix))
        technical = tuple(
            shown(c.detail)
            for c in checks
            if w.lang == "en" and (c.status == "not_met" or c.check == "recent_logins")
        )
        out.append(
            CheckView(
                name=w.check_name(checks[0]),
                status=status,
                status_words=w.check_status(status),
                platforms=tuple(platform_title(c.platform) for c in checks if c.platform),
                finding=finding,
                fixes=tuple(fixes),
                technical=technical,
            )
        )
    return out


def _note(text: str, w: Words) -> Note:
    said = w.runtime(text)
    return Note(shown(said), english=w.lang != "en" and said == text)


def _subject(result: ScanResult) -> str:
    names = [a.display_name for a in result.accounts if a.display_name]
    if names:
        return shown(max(set(names), key=lambda n: (names.count(n), len(n))))
    handles = [a.handle for a in result.accounts if a.handle]
    return shown(handles[0]) if handles else ""


def _employer(result: ScanResult) -> str | None:
    """The organisation the headline names: the profile's, else the employer most
    signals name (an employment statement without ``--org``)."""
    if result.organisation and result.organisation.get("name"):
        return shown(result.organisation["name"])
    named = [s.target for s in result.signals if s.reveals == "employer" and s.target]
    if not named:
        return None
    return shown(max(sorted(set(named)), key=named.count))


def build_view(result: ScanResult, w: Words) -> ReportView:
    """The content of a human-readable report, worded in ``w``'s language."""
    e = result.exposure
    by_account = {(a.platform, a.account): a.score for a in (e.by_account if e else ())}
    accounts = tuple(
        AccountView(
            platform=platform_title(a.platform),
            handle=shown(a.handle or ""),
            name=shown(a.display_name or ""),
            score=by_account.get((a.platform, a.handle or a.display_name or "?")),
        )
        for a in result.accounts
    )
    sources = tuple(
        SourceView(
            path=shown(s.path),
            platform=platform_title(s.platform),
            counts=w.counts(s.counts),
            files=s.files_read,
        )
        for s in result.sources
    )
    checks = tuple(_checks(result, w))
    generated = getattr(result, "generated_at", None)
    if generated:  # "2024-03-04T09:30:00Z" -> "made 2024-03-04 09:30 UTC"
        when = f"{generated[:10]} {generated[11:16]} UTC" if len(generated) >= 16 else generated
        generated = w._("made {when}").format(when=when)
    return ReportView(
        lang=w.lang,
        subject=_subject(result),
        organisation=shown(result.organisation["name"]) if result.organisation else None,
        version=result.version,
        generated=str(generated) if generated else None,
        score=e.score if e else None,
        tier=e.tier if e else None,
        tier_words=w.tier(e.tier) if e else "",
        score_words=w.score(e.score) if e else "",
        headline=w.headline(e, _employer(result)) if e else "",
        outcome=w.plan_outcome(e.score, result.plan, result.options.high_risk) if e else "",
        targets=tuple(
            TargetScore(t, w.target_label(t), v) for t, v in (e.by_target.items() if e else ())
        ),
        top=tuple(signal_view(s, w) for s in result.signals[:TOP]),
        groups=tuple(_groups(result, w)),
        steps=tuple(_steps(result, w)),
        checks=checks,
        guidance=tuple(w.guidance(g) for g in result.guidance),
        problems=tuple(shown(p) for p in result.all_problems()),
        warnings=tuple(shown(x) for x in result.warnings),
        coverage=tuple(_note(c, w) for c in result.coverage),
        accounts=accounts,
        sources=sources,
        signal_count=len(result.signals),
        technical=w.lang == "en",
    )
