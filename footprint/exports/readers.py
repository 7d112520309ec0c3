"""Reading the file formats exports are made of: JSON, JS-wrapped JSON, CSV, mojibake.

Shared by the platform parsers, so that each of them only says *where* things are.

- :func:`load_json` reads a small member whole (orjson); :func:`iter_json_items` streams
  the elements of a large array (ijson) so a 2 GB file is never held at once.
- :func:`iter_js_array` reads X's ``window.YTD.x.partN = [ ... ]`` files fast: it cuts the
  array into elements at the pretty-printer's element boundaries and parses each with
  orjson, checking every piece; a file laid out any other way falls back to ijson.
- :func:`iter_csv` finds the header by content (LinkedIn's ``Notes:`` preamble),
  sniffs UTF-8/UTF-16 and the delimiter, and yields dict rows.
- :func:`fix_mojibake` repairs Meta's per-byte escaped UTF-8.
"""

from __future__ import annotations

import codecs
import csv
import io
import queue
import re
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, BinaryIO

import ijson
import orjson

from footprint.errors import ParseError
from footprint.exports.archive import Member

# Members at most this large are read whole; larger ones must be streamed.
WHOLE_READ_LIMIT = 256 * 1024 * 1024

_JS_PREFIX = re.compile(rb"^\s*(?:window\.|var\s+|Grailbird\.)[\w.$\[\]\"']*\s*=\s*")


def json_error(exc: Exception) -> str:
    """orjson's and ijson's messages, made one readable line."""
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"invalid JSON: {msg}"


def read_whole(member: Member, limit: int = WHOLE_READ_LIMIT) -> bytes:
    if member.size is not None and member.size > limit:
        raise ParseError(
            f"{member.size:,} bytes is too large to read whole; this file is not streamed yet"
        )
    return member.read_bytes()


def strip_bom(data: bytes) -> bytes:
    return data[3:] if data.startswith(codecs.BOM_UTF8) else data


def decode_json_bytes(data: bytes) -> Any:
    try:
        return orjson.loads(strip_bom(data))
    except orjson.JSONDecodeError as exc:
        raise ParseError(json_error(exc)) from exc


def load_json(member: Member) -> Any:
    """The whole member as JSON (for the small files of an export)."""
    data = read_whole(member)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16").encode("utf-8")
    return decode_json_bytes(data)


def js_payload_offset(head: bytes) -> int:
    """Where the JSON starts in a ``window.X = [...]`` / ``var x = {...}`` file."""
    m = _JS_PREFIX.match(head)
    if m:
        return m.end()
    i = head.find(b"=")
    j = min((k for k in (head.find(b"["), head.find(b"{")) if k >= 0), default=-1)
    if i >= 0 and (j < 0 or i < j):
        return i + 1
    return 0


def load_js(member: Member) -> Any:
    """A JS-wrapped JSON file read whole: the wrapper is skipped, never evaluated."""
    data = strip_bom(read_whole(member))
    start = js_payload_offset(data[:4096])
    payload = data[start:].strip()
    if payload.endswith(b";"):
        payload = payload[:-1]
    return decode_json_bytes(payload)


def iter_json_items(member: Member, prefix: str = "item", skip_js: bool = False) -> Iterator[Any]:
    """Stream the values at ``prefix`` (ijson syntax) without holding the file.

    ``prefix="item"`` is each element of a top-level array; ``"relationships_following.item"``
    each element of the array under that key.
    """
    offset = js_payload_offset(member.head(4096)) if skip_js else 0
    if not offset and member.head(3).startswith(codecs.BOM_UTF8):
        offset = 3
    stream = member.open()
    stream.read(offset)  # ijson reads on from where the stream stands
    try:
        yield from ijson.items(stream, prefix, use_float=True)
    except ijson.JSONError as exc:
        raise ParseError(json_error(exc)) from exc
    finally:
        stream.close()


# --- X's window.YTD arrays ------------------------------------------------------------

_CHUNK = 4 * 1024 * 1024
_MAX_ELEMENT = 256 * 1024 * 1024


_PREFETCH_OVER = 16 * 1024 * 1024


def _prefetched(fh: BinaryIO) -> Iterator[bytes]:
    """``fh``'s chunks, the next one read by a helper thread while this one is parsed.

    Reading a zip member is mostly zlib inflating, which runs without the GIL: on two
    cores it then costs almost nothing next to parsing. At most two chunks wait.
    """
    chunks: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def work() -> None:
        try:
            while not stop.is_set():
                chunk = fh.read(_CHUNK)
                while not stop.is_set():
                    try:
                        chunks.put(chunk, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if not chunk:
                    return
        except BaseException as exc:  # handed to the consumer, raised there
            chunks.put(exc)

    thread = threading.Thread(target=work, name="footprint-x-reader", daemon=True)
    thread.start()
    try:
        while True:
            item = chunks.get()
            if isinstance(item, BaseException):
                raise item
            if not item:
                return
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # let a blocked put() finish, then wait for the thread
            try:
                chunks.get_nowait()
            except queue.Empty:
                thread.join(0.05)


class _Layout(Exception):
    """The fast path met a layout it does not cut; fall back to ijson."""


def iter_js_array(member: Member) -> Generator[Any, None, None]:
    """Each element of a ``window.YTD.<name>.partN = [ ... ]`` (or Grailbird) array.

    Fast path: X pretty-prints the array with every element closing on a line of its
    own at the indentation its opening brace had. A raw newline cannot occur inside a
    JSON string, so ``\\n<indent>}`` followed by ``,`` and ``{`` is an element boundary
    (or a deeper one if the layout is different, in which case the slice does not
    parse). Each slice is parsed with orjson; the first slice that fails sends the rest
    of the file to ijson, skipping the elements already given, so nothing is given
    twice. For big files:

    - each chunk is searched for boundaries once (the buffer is not rescanned from its
      start as it grows, which is quadratic when boundaries are rare);
    - a file without a line break in its first 64 KiB (minified) goes to ijson at once
      instead of being buffered up to 512 MiB first;
    - a truncated file yields every complete element, the last one included, before
      the error, and the ijson error says how many elements came before it;
    - members over 16 MiB are read by a helper thread one chunk ahead, so that
      inflating a zip member overlaps with parsing.
    """
    done = 0
    try:
        for element in _fast_elements(member):
            yield element
            done += 1
        return
    except _Layout:
        pass
    offset = js_payload_offset(member.head(4096))
    stream = member.open()
    try:
        stream.read(offset)
        i = 0
        try:
            for element in ijson.items(stream, "item", use_float=True):
                if i >= done:
                    yield element
                i += 1
        except ijson.JSONError as exc:
            raise ParseError(
                f"{json_error(exc)} (after {i:,} item{'' if i == 1 else 's'})"
            ) from exc
    finally:
        stream.close()


def _fast_elements(member: Member) -> Iterator[Any]:
    head = member.head(65536)
    start = js_payload_offset(head[:4096])
    bracket = head.find(b"[", start)
    if bracket < 0 or head[start:bracket].strip():
        raise _Layout
    k = bracket + 1
    n = len(head)
    while k < n and head[k] in b" \t\r\n":
        k += 1
    if k >= n:
        if member.size is not None and member.size <= n:
            raise ParseError("truncated: the array does not end with ']'")
        raise _Layout
    if head[k] == 0x5D:  # "]": an empty array
        return
    if head[k] != 0x7B or b"\n" not in head[k:]:  # not objects, or minified
        raise _Layout
    line_start = head.rfind(b"\n", 0, k) + 1
    indent = b"" if line_start <= bracket else head[line_start:k]
    if indent.strip():
        raise _Layout
    boundary = re.compile(rb"\n" + re.escape(indent) + rb"\}[ \t\r\n]*,[ \t\r\n]*\{")
    close = len(indent) + 2  # "\n" + indent + "}"
    loads = orjson.loads
    decode_error = orjson.JSONDecodeError
    with member.open() as fh:
        fh.read(k)
        buf = b""
        scan_from = 0
        big = member.size is None or member.size > _PREFETCH_OVER
        for chunk in _prefetched(fh) if big else iter(lambda: fh.read(_CHUNK), b""):
            buf = buf + chunk if buf else chunk
            pos = 0
            for m in boundary.finditer(buf, scan_from):
                end = m.start() + close
                try:
                    yield loads(buf[pos:end])
                except decode_error:
                    raise _Layout from None
                pos = m.end() - 1
            buf = buf[pos:]
            # The next search starts where this one could not match (a boundary may
            # straddle the chunk's end): far enough back for the longest boundary.
            scan_from = max(0, len(buf) - (len(indent) + 64))
            if len(buf) > _MAX_ELEMENT:
                raise _Layout  # no boundary in 256 MiB: not the layout we cut
        tail = buf.rstrip()
        if tail.endswith(b";"):
            tail = tail[:-1].rstrip()
        if not tail.endswith(b"]"):
            # The last complete element may still be in the buffer: give it first.
            last = tail.rfind(b"\n" + indent + b"}")
            if last > 0:
                try:
                    element = loads(tail[: last + close])
                except decode_error:
                    element = None
                if element is not None:
                    yield element
            raise ParseError("truncated: the array does not end with ']'")
        tail = tail[:-1].rstrip()
        if tail:
            try:
                yield loads(tail)
            except decode_error:
                raise _Layout from None


# --- text and CSV -----------------------------------------------------------------------


def sniff_encoding(head: bytes) -> str:
    """``utf-8-sig`` / ``utf-16`` from a BOM or zero bytes; else ``utf-8``."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head[1:2] == b"\x00" and head[3:4] == b"\x00":
        return "utf-16-le"
    if len(head) >= 4 and head[0:1] == b"\x00" and head[2:3] == b"\x00":
        return "utf-16-be"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    return "utf-8"


def head_text(member: Member, n: int = 16384) -> str:
    """The start of a text member, decoded leniently (for recognising it)."""
    head = member.head(n)
    enc = sniff_encoding(head)
    if enc.startswith("utf-16") and len(head) % 2:
        head = head[:-1]
    return head.decode(enc, errors="replace")


def open_text(member: Member) -> io.TextIOWrapper:
    """The member as text with the encoding sniffed; bad bytes raise ``UnicodeDecodeError``."""
    enc = sniff_encoding(member.head(64))
    return io.TextIOWrapper(member.open(), encoding=enc, errors="strict", newline="")


def iter_csv(
    member: Member,
    is_header: Callable[[list[str]], bool] | None = None,
    fieldnames: Iterable[str] | None = None,
) -> Iterator[dict[str, str]]:
    """Rows of a CSV member as dicts keyed by header names (stripped).

    The header is the first row ``is_header`` accepts (LinkedIn puts a ``Notes:``
    preamble before it); with ``fieldnames`` the file has no header. The delimiter is a
    tab when the header line has more tabs than commas (LinkedIn 2018 ``Shares.csv``).
    """
    sample = head_text(member, 8192)
    lines = sample.splitlines()
    delimiter = ","
    for line in lines:
        if line.count("\t") > line.count(","):
            delimiter = "\t"
            break
        if line.count(","):
            break
    fh = open_text(member)
    try:
        reader = csv.reader(fh, delimiter=delimiter)
        header: list[str] | None = list(fieldnames) if fieldnames is not None else None
        try:
            for row in reader:
                if header is None:
                    cells = [c.strip().lstrip("\ufeff") for c in row]
                    if not any(cells):
                        continue
                    if is_header is None or is_header(cells):
                        header = cells
                    continue
                if not any(c.strip() for c in row):
                    continue
                yield {name: (row[i] if i < len(row) else "") for i, name in enumerate(header)}
        except UnicodeDecodeError as exc:
            # exc.start counts from the start of the decoder's current chunk, not the file.
            raise ParseError(
                f"not valid {fh.encoding} text near line {reader.line_num + 1} ({exc.reason})"
            ) from exc
        except csv.Error as exc:
            raise ParseError(f"invalid CSV at line {reader.line_num}: {exc}") from exc
        if header is None and is_header is not None:
            raise ParseError("no header row found")
    finally:
        fh.close()


# --- Meta's mojibake ---------------------------------------------------------------------


def fix_text(s: str) -> str:
    """Undo Meta's escaping of each UTF-8 byte as its own ``\\u00XX`` character.

    Left unchanged when the string holds a character above U+00FF (it was not escaped
    that way) or the bytes are not valid UTF-8 (it was real Latin-1 text).
    """
    if s.isascii():
        return s
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def fix_mojibake(value: Any) -> Any:
    """:func:`fix_text` applied to every string in a parsed JSON value."""
    if isinstance(value, str):
        return fix_text(value)
    if isinstance(value, list):
        return [fix_mojibake(v) for v in value]
    if isinstance(value, dict):
        return {fix_text(k): fix_mojibake(v) for k, v in value.items()}
    return value
