"""Open exports, recognise each member's platform from its content, and read the model.

This is the first stage of a scan (open export -> parse into the shared model); the
later stages only see the records it yields.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from footprint.exports.archive import Export, Limits, Member
from footprint.model import Item
from footprint.platforms import ParseContext, Platform, names, platforms
from footprint.platforms.unreadable import name_unreadable


def platform_instances(only: str | None = None) -> list[Platform]:
    """The registered parsers, built-ins first in CONTRACT.md's order."""
    found = platforms.get_all()
    chosen = names()
    if only is not None:
        if only not in found:
            raise KeyError(f"unknown platform {only!r}; valid names: {', '.join(chosen)}")
        chosen = [only]
    return [found[n]() for n in chosen]


@dataclass
class PlatformPart:
    """The members of one export that belong to one platform, by kind."""

    platform: Platform
    members: dict[str, list[Member]] = field(default_factory=lambda: defaultdict(list))

    def ordered(self) -> Iterator[tuple[str, Member]]:
        order = {k: i for i, k in enumerate(self.platform.kinds)}
        for kind in sorted(self.members, key=lambda k: (order.get(k, len(order)), k)):
            for member in sorted(self.members[kind], key=lambda m: m.name):
                yield kind, member


@dataclass
class Classified:
    parts: dict[str, PlatformPart]
    unrecognised: list[Member]
    unreadable: list[str]  # "<member>: <what it is and what to download instead>"


def classify(export: Export, candidates: list[Platform], debug: bool = False) -> Classified:
    """Assign each member to the first platform that recognises its content.

    A member that cannot even be opened to look at (a damaged archive entry) is reported
    as unreadable; a parser whose ``identify`` fails on it is passed over.
    """
    parts: dict[str, PlatformPart] = {}
    unrecognised: list[Member] = []
    unreadable: list[str] = []
    for member in export.members:
        try:
            member.head()
        except Exception as exc:
            if debug:
                raise
            unreadable.append(f"{member.name}: cannot be read ({describe_error(exc)})")
            continue
        for plat in candidates:
            try:
                kind = plat.identify(member)
            except Exception:
                if debug:
                    raise
                kind = None
            if kind is not None:
                parts.setdefault(plat.name, PlatformPart(plat)).members[kind].append(member)
                break
        else:
            message = name_unreadable(member)
            if message:
                unreadable.append(f"{member.name}: {message}")
            else:
                unrecognised.append(member)
    return Classified(parts, unrecognised, unreadable)


def read_part(
    part: PlatformPart,
    ctx: ParseContext,
    on_member: Callable[[Member], None] | None = None,
) -> Iterator[Item]:
    """Every record of one platform's members; a broken member becomes a problem."""
    for kind, member in part.ordered():
        if on_member is not None:
            on_member(member)
        try:
            yield from part.platform.read(kind, member, ctx)
        except Exception as exc:
            if ctx.debug:
                raise
            ctx.problem(member, describe_error(exc))


def describe_error(exc: BaseException) -> str:
    from footprint.errors import FootprintError

    if isinstance(exc, FootprintError):
        return str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return f"not valid {exc.encoding} text at byte {exc.start} ({exc.reason})"
    if isinstance(exc, MemoryError):
        return "ran out of memory reading it"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"could not be read ({type(exc).__name__}{': ' + text if text else ''})"


@dataclass
class Loaded:
    """An export read whole into memory: for scripts, tests and small exports.

    ``footprint.pipeline`` streams instead; this is the convenient form of the same records.
    """

    path: str
    platform: str
    items: list[Item]
    problems: list[str]
    state: dict[str, object]
    notes: list[str] = field(default_factory=list)  # coverage lines learned while reading

    def counts(self) -> Counter[str]:
        return Counter(item.counts_as() for item in self.items)

    def of(self, cls: type) -> list[Item]:
        return [i for i in self.items if isinstance(i, cls)]


def load(
    path: str | Path,
    platform: str | None = None,
    limits: Limits | None = None,
    debug: bool = False,
    me: tuple[str, ...] = (),
) -> list[Loaded]:
    """Read one export path into memory, one :class:`Loaded` per platform found in it.

    ``me``: the names the person writes under in chat exports (``--me``).
    """
    from footprint.exports.archive import open_export

    p = Path(path)
    out: list[Loaded] = []
    with open_export(p, limits) as export:
        classified = classify(export, platform_instances(platform))
        for name, part in classified.parts.items():
            ctx = ParseContext(name, str(p), debug=debug, me=me)
            ctx.problems.extend(f"{r.member}: {r.reason}" for r in export.refused)
            items = list(read_part(part, ctx))
            out.append(Loaded(str(p), name, items, ctx.problems, ctx.state, ctx.notes))
    return out


def image_members(classified: Classified) -> dict[str, list[Member]]:
    """The image files no parser claimed, by the platform they most likely belong to.

    An image belongs to the platform whose data files share the longest folder prefix
    with it (a folder holding an X archive and a LinkedIn export: the X media go to X).
    """
    from footprint.exports.imaging import is_image

    if not classified.parts:
        return {}
    folders = {
        name: [
            m.name.rsplit("/", 1)[0] if "/" in m.name else ""
            for ms in part.members.values()
            for m in ms
        ]
        for name, part in classified.parts.items()
    }
    out: dict[str, list[Member]] = defaultdict(list)
    for member in classified.unrecognised:
        if not is_image(member.head(16)):
            continue
        best = max(folders, key=lambda n: max(_shared(member.name, f) for f in folders[n]))
        out[best].append(member)
    return out


def _shared(a: str, folder: str) -> int:
    if not folder:
        return 0
    return len(folder) if a.startswith(folder + "/") else 0


def read_images(members: list[Member], platform: str, ctx: ParseContext) -> Iterator[Item]:
    """Fingerprints of image files (the ``images`` extra); an unreadable one is a problem."""
    from footprint.exports.imaging import fingerprint
    from footprint.model import ImageFile, Ref

    for member in members:
        try:
            with member.open() as fh:
                fp = fingerprint(fh)
        except Exception as exc:
            if ctx.debug:
                raise
            ctx.problem(member, f"image could not be read ({type(exc).__name__})")
            continue
        # The item is the file's own name, never its path: the same export as a folder
        # or as a zip (with or without a top folder) gives the same signal ids.
        base = member.name.rsplit("/", 1)[-1]
        yield ImageFile(Ref(platform, member.name, base, "media"), fp.phash, fp.thumb)
