"""Open an export as the platform delivered it: a zip, a tar(.gz), a folder or one file.

An export is read where it lies. Nothing is extracted, nothing is written and the input
is opened read-only. Each data file inside is a :class:`Member` that can be opened as a
fresh binary stream as often as a parser needs (streaming, never the whole archive in
memory).

Members that could hurt the reader are refused *before* they are read, each with a
problem naming the member: paths with ``..`` or an absolute path, links (symlinks and
hard links are never followed), devices, nested archives, and members whose declared
expanded size or compression ratio is absurd (a zip bomb). The rest of the export is
still read.
"""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, cast

from footprint.errors import UnsafeMember

MiB = 1024 * 1024
GiB = 1024 * MiB

# Extensions of archives nested inside an export: never opened (a bomb's favourite shape).
NESTED_ARCHIVE_SUFFIXES = (".zip", ".tar", ".tgz", ".tar.gz", ".gz", ".bz2", ".xz", ".7z", ".rar")


@dataclass(frozen=True, slots=True)
class Limits:
    """What an export may hold before a member is refused unread.

    The defaults stream a 2 GB likes file without complaint; a member that claims to
    expand more than ``max_ratio`` times (and is larger than ``ratio_floor`` bytes) is a
    bomb, since real exports compress JSON by 5 to 30 times.
    """

    max_member_bytes: int = 32 * GiB
    max_total_bytes: int = 128 * GiB
    max_ratio: float = 200.0
    ratio_floor: int = 16 * MiB
    max_members: int = 500_000


@dataclass(frozen=True, slots=True)
class Refused:
    """A member that was not read, and why."""

    member: str
    reason: str


class Member:
    """One file inside an export."""

    __slots__ = ("_head", "_opener", "container", "name", "size")

    def __init__(
        self, container: str, name: str, size: int | None, opener: Callable[[], BinaryIO]
    ) -> None:
        self.container = container  # the path the user gave
        self.name = name  # POSIX path inside the export; a lone file's own name
        self.size = size
        self._opener = opener
        self._head: bytes | None = None

    @property
    def basename(self) -> str:
        return PurePosixPath(self.name).name

    def open(self) -> BinaryIO:
        """A new read-only binary stream over the member's bytes."""
        return self._opener()

    def head(self, n: int = 16384) -> bytes:
        """The first bytes (cached): what platforms recognise a file by."""
        if self._head is None or (len(self._head) < n and self._head_may_grow(n)):
            with self.open() as fh:
                self._head = fh.read(n)
        return self._head[:n]

    def _head_may_grow(self, n: int) -> bool:
        return self._head is not None and (self.size is None or len(self._head) < self.size)

    def read_bytes(self) -> bytes:
        with self.open() as fh:
            return fh.read()

    def __repr__(self) -> str:
        return f"Member({self.container!r}, {self.name!r})"


class Export:
    """An opened input path: its members and the members refused unread."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind  # "zip", "tar", "folder", "file"
        self.members: list[Member] = []
        self.refused: list[Refused] = []
        self._closers: list[Callable[[], None]] = []

    def close(self) -> None:
        for closer in self._closers:
            closer()
        self._closers.clear()

    def __enter__(self) -> Export:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def safe_member_name(raw: str) -> str:
    """The member's path as POSIX, or :class:`UnsafeMember` for absolute and ``..`` paths."""
    name = raw.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UnsafeMember("absolute path, not read")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise UnsafeMember("path leaves the export ('..'), not read")
    return "/".join(parts)


# Single gzipped data files, not archives: Strava keeps each activity's original file so.
# Their reader decompresses them itself, with a cap on the expanded size.
GZIPPED_DATA_SUFFIXES = (".gpx.gz", ".tcx.gz", ".fit.gz")


def is_nested_archive(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(NESTED_ARCHIVE_SUFFIXES) and not lower.endswith(GZIPPED_DATA_SUFFIXES)


def sniff_container(path: Path) -> str:
    """``zip``, ``tar`` or ``file``, from the file's first bytes (never its name)."""
    with open(path, "rb") as fh:
        head = fh.read(512)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\x1f\x8b") or head.startswith(b"BZh") or head.startswith(b"\xfd7zXZ"):
        return "tar"
    if len(head) >= 262 and head[257:262] == b"ustar":
        return "tar"
    return "file"


def open_export(path: Path, limits: Limits | None = None) -> Export:
    """Open ``path`` (zip, tar, folder or single file) without extracting anything."""
    limits = limits or Limits()
    if path.is_symlink():
        raise UnsafeMember(f"{path}: a link, not followed; pass the file it points to")
    if path.is_dir():
        return _open_folder(path, limits)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file or folder")
    kind = sniff_container(path)
    if kind == "zip":
        return _open_zip(path, limits)
    if kind == "tar":
        return _open_tar(path, limits)
    export = Export(path, "file")
    export.members.append(Member(str(path), path.name, path.stat().st_size, _file_opener(path)))
    return export


def _check_size(size: int, packed: int | None, total: int, limits: Limits) -> str | None:
    if size > limits.max_member_bytes:
        return (
            f"declares {size:,} bytes expanded, over the {limits.max_member_bytes:,}-byte"
            " limit; refused"
        )
    if total + size > limits.max_total_bytes:
        return f"the export would expand past {limits.max_total_bytes:,} bytes in all; refused"
    if packed is not None and size > limits.ratio_floor:
        ratio = size / max(packed, 1)
        if ratio > limits.max_ratio:
            return (
                f"expands {ratio:,.0f} times ({packed:,} to {size:,} bytes), a likely zip bomb;"
                " refused unread"
            )
    return None


def _open_zip(path: Path, limits: Limits) -> Export:
    export = Export(path, "zip")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeMember(f"{path}: not a readable zip ({exc})") from exc
    export._closers.append(zf.close)
    total = 0
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        export.refused.append(
            Refused(
                "*",
                f"{len(infos):,} members, over the {limits.max_members:,} limit; "
                f"only the first {limits.max_members:,} read",
            )
        )
        infos = infos[: limits.max_members]
    for info in infos:
        if info.is_dir():
            continue
        try:
            name = safe_member_name(info.filename)
        except UnsafeMember as exc:
            export.refused.append(Refused(info.filename, str(exc)))
            continue
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            export.refused.append(Refused(name, "a link, not followed"))
            continue
        if info.flag_bits & 0x1:
            export.refused.append(Refused(name, "encrypted, not read"))
            continue
        if is_nested_archive(name):
            export.refused.append(
                Refused(name, "a nested archive, not opened: unpack it and scan it as its own path")
            )
            continue
        reason = _check_size(info.file_size, info.compress_size, total, limits)
        if reason:
            export.refused.append(Refused(name, reason))
            continue
        total += info.file_size
        export.members.append(Member(str(path), name, info.file_size, _zip_opener(zf, info)))
    return export


def _zip_opener(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], BinaryIO]:
    # ZipExtFile never returns more than the declared file_size, and checks the CRC
    # at the end, so a member that lies about its size cannot expand further.
    return lambda: cast(BinaryIO, zf.open(info, "r"))


def _open_tar(path: Path, limits: Limits) -> Export:
    export = Export(path, "tar")
    try:
        tf = tarfile.open(path, "r:*")  # noqa: SIM115 (closed by Export.close)
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise UnsafeMember(f"{path}: not a readable tar archive ({exc})") from exc
    export._closers.append(tf.close)
    packed_total = path.stat().st_size
    total = 0
    count = 0
    try:
        for info in tf:
            count += 1
            if count > limits.max_members:
                export.refused.append(
                    Refused("*", f"more than {limits.max_members:,} members; the rest not read")
                )
                break
            if info.isdir():
                continue
            try:
                name = safe_member_name(info.name)
            except UnsafeMember as exc:
                export.refused.append(Refused(info.name, str(exc)))
                continue
            if info.issym() or info.islnk():
                export.refused.append(Refused(name, "a link, not followed"))
                continue
            if not info.isfile():
                export.refused.append(Refused(name, "not a regular file, not read"))
                continue
            if is_nested_archive(name):
                export.refused.append(
                    Refused(
                        name, "a nested archive, not opened: unpack it and scan it as its own path"
                    )
                )
                continue
            reason = _check_size(info.size, packed_total, total, limits)
            if reason:
                export.refused.append(Refused(name, reason))
                continue
            total += info.size
            export.members.append(Member(str(path), name, info.size, _tar_opener(tf, info)))
    except (tarfile.TarError, EOFError, OSError, zlib.error) as exc:
        export.refused.append(Refused("*", f"the archive is damaged after {count} members ({exc})"))
    return export


def _tar_opener(tf: tarfile.TarFile, info: tarfile.TarInfo) -> Callable[[], BinaryIO]:
    def opener() -> BinaryIO:
        fh = tf.extractfile(info)
        if fh is None:  # pragma: no cover - isfile() was checked
            raise UnsafeMember("not a regular file")
        return cast(BinaryIO, fh)

    return opener


def _open_folder(path: Path, limits: Limits) -> Export:
    export = Export(path, "folder")
    total = 0
    for root, dirs, files in os.walk(path, followlinks=False):
        dirs.sort()
        rootp = Path(root)
        for d in list(dirs):
            if (rootp / d).is_symlink():
                rel = (rootp / d).relative_to(path).as_posix()
                export.refused.append(Refused(rel, "a link, not followed"))
                dirs.remove(d)
        for fname in sorted(files):
            full = rootp / fname
            rel = full.relative_to(path).as_posix()
            if full.is_symlink():
                export.refused.append(Refused(rel, "a link, not followed"))
                continue
            st = full.lstat()
            if not stat.S_ISREG(st.st_mode):
                export.refused.append(Refused(rel, "not a regular file, not read"))
                continue
            if is_nested_archive(rel):
                export.refused.append(
                    Refused(rel, "a nested archive, not opened: scan it as its own path")
                )
                continue
            reason = _check_size(st.st_size, None, total, limits)
            if reason:
                export.refused.append(Refused(rel, reason))
                continue
            total += st.st_size
            if len(export.members) >= limits.max_members:
                export.refused.append(
                    Refused("*", f"more than {limits.max_members:,} files; the rest not read")
                )
                return export
            export.members.append(Member(str(path), rel, st.st_size, _file_opener(full)))
    return export


def _file_opener(full: Path) -> Callable[[], BinaryIO]:
    return lambda: open(full, "rb")
