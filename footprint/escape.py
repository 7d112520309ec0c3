"""Text from an export, made safe for wherever footprint shows it.

Every string in an export was written by someone else's software or by an attacker who
knows who will scan it: an archive member named ``\\x1b]0;...\\x07`` retitles the
terminal, ``\\x1b[2J`` clears it, a right-to-left override makes ``gpj.exe`` read as
``exe.jpg``, a CSV cell starting with ``=`` is a spreadsheet formula, and a control
character makes an XML file unreadable. One function per destination:

- :func:`terminal`: anything printed (the text report, standard error): C0 and C1
  controls, DEL, the bidirectional controls, line and paragraph separators and lone
  surrogates are shown as visible escapes (``\\x1b``, ``\\u202e``), never interpreted;
- :func:`json_text`: a JSON document, where the bidirectional controls and separators
  are written as ``\\uXXXX`` escapes (the JSON value is unchanged);
- :func:`csv_cell`: a cell that a spreadsheet would run as a formula (it starts with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading ``'``;
- :func:`xml_text`: characters XML 1.0 does not allow are shown as visible escapes.

Emoji (variation selectors, zero-width joiners, the tag characters of the Welsh flag)
are left alone: they are how people write, and they do not move the cursor.
"""

from __future__ import annotations

import re

# What a terminal would act on, or that reorders what it shows.
_TERMINAL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# The same, for JSON: its own escapes cover the C0 controls already.
_JSON = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\x7f-\x9f]")
# XML 1.0's Char production, negated.
_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Starts that make a spreadsheet cell a formula (and their full-width forms, which
# some spreadsheets read the same way).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    short = _SHORT.get(ch)
    if short is not None:
        return short
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal(value: object) -> str:
    """``value`` as text a terminal shows as it is: controls as visible escapes."""
    return _TERMINAL.sub(_visible, str(value))


def json_text(document: str) -> str:
    """A JSON document with the invisible reordering characters written as escapes."""
    return _JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


def csv_cell(value: object) -> str:
    """A CSV cell no spreadsheet runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def xml_text(value: str) -> str:
    """``value`` with the characters XML 1.0 forbids shown as visible escapes."""
    return _XML.sub(_visible, value)
