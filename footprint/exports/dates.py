"""Turning each platform's timestamps into ISO 8601 UTC strings (``2023-02-18T19:45:15Z``).

Every function returns ``None`` for what is not a date (empty, ``0``, "N/A", out of
range) rather than guessing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
# Epoch seconds between 1990 and 2100: anything else is a placeholder or garbage.
_EPOCH_MIN, _EPOCH_MAX = 631152000, 4102444800


def _fmt(dt: datetime) -> str:
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def from_epoch(value: object) -> str | None:
    """Epoch seconds (int, float or digits; milliseconds recognised) to ISO."""
    if value is None or isinstance(value, bool):
        return None
    try:
        ts = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if ts > _EPOCH_MAX * 100:  # milliseconds
        ts /= 1000.0
    if not _EPOCH_MIN <= ts <= _EPOCH_MAX:
        return None
    return _fmt(datetime.fromtimestamp(ts, UTC))


def from_twitter(value: str | None) -> str | None:
    """``Sat Feb 18 19:45:15 +0000 2023`` (X's ``created_at``) to ISO; fast for ``+0000``."""
    if not value:
        return None
    parts = value.split()
    if len(parts) != 6:
        return parse_any(value)
    _, mon, day, clock, zone, year = parts
    month = _MONTHS.get(mon[:3].lower())
    if month is None or len(clock) != 8:
        return parse_any(value)
    if zone == "+0000":
        return f"{year}-{month:02d}-{int(day):02d}T{clock}Z"
    try:
        return _fmt(datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y"))
    except ValueError:
        return None


_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",  # legacy X: 2015-02-28 20:00:07 +0000
    "%Y-%m-%d %H:%M:%S %Z",  # Reddit: 2023-01-15 12:34:56 UTC
    "%Y-%m-%d %H:%M:%S",  # LinkedIn 2025 shares, TikTok (zone unknown, taken as UTC)
    "%Y/%m/%d %H:%M:%S %Z",  # LinkedIn 2018 shares
    "%Y/%m/%d %H:%M:%S",
    "%a %b %d %H:%M:%S %Z %Y",  # LinkedIn company follows: Tue Jun 20 12:25:51 UTC 2023
    "%a %b %d %H:%M:%S %z %Y",
    "%d %b %Y",  # LinkedIn connections: 22 Dec 2025
    "%m/%d/%y, %I:%M %p",  # LinkedIn 2018: 4/11/18, 9:05 AM
    "%m/%d/%y",
    "%d-%b-%Y",
    "%Y-%m-%d",
    "%b %d, %Y",
)
_MONTH_YEAR = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{4})$")  # "Mar 2019", "March 2019"
_YEAR = re.compile(r"^(\d{4})$")


def parse_any(value: object) -> str | None:
    """Any of the textual date forms exports use, to ISO (UTC where a zone is missing).

    A month and year (``Mar 2019``, LinkedIn positions) becomes ``2019-03``; a lone year
    ``2019``. Digits alone are epoch seconds.
    """
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_epoch(value)
    text = str(value).strip()
    if not text or text.upper() in ("N/A", "NONE", "NULL", "0"):
        return None
    if text.isdigit() and len(text) >= 9:
        return from_epoch(text)
    if (m := _YEAR.match(text)) is not None:
        return m.group(1)
    if (m := _MONTH_YEAR.match(text)) is not None:
        month = _MONTHS.get(m.group(1).lower())
        return f"{m.group(2)}-{month:02d}" if month else None
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return _fmt(_assume_utc(datetime.fromisoformat(iso)))
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            return _fmt(_assume_utc(datetime.strptime(text, fmt)))
        except ValueError:
            continue
    return None


def _assume_utc(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)
