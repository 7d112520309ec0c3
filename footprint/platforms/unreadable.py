"""Exports footprint cannot read but can name, with what to download instead."""

from __future__ import annotations

from footprint.exports.archive import Member

_HTML_HINTS = (
    (
        b"facebook",
        "a Facebook export in HTML format: request it again as JSON "
        "(Accounts Center > Your information and permissions > Download your "
        "information > Format: JSON)",
    ),
    (
        b"instagram",
        "an Instagram export in HTML format: request it again as JSON "
        "(Accounts Center > Download your information > Format: JSON)",
    ),
)
# Takeout products footprint reads; any other product's files are named as such.
_TAKEOUT_READ = "footprint reads its YouTube and Google Maps (saved places, Timeline) parts"


def name_unreadable(member: Member) -> str | None:
    """What an unreadable export file is and what to do, or ``None`` if it is not one."""
    name = member.name.lower()
    base = member.basename.lower()
    if base == "archive_browser.html":
        return None  # the Takeout's index page: nothing about the person
    if name.startswith("takeout/") or "/takeout/" in name:
        parts = member.name.split("/")
        at = [p.lower() for p in parts].index("takeout")
        product = parts[at + 1] if len(parts) > at + 2 else "Google Takeout"
        return f"a file of {product} from a Google Takeout, not read: {_TAKEOUT_READ}"
    if base in ("user_data.txt", "user_data_tiktok.txt") or (
        name.endswith(".txt") and "tiktok" in name
    ):
        return (
            "a TikTok export in TXT format: request it again as JSON "
            "(Settings and privacy > Account > Download your data > File format: JSON)"
        )
    if base in ("index.html", "your_posts_1.html", "profile_information.html") or (
        base.endswith(".html") and ("your_activity" in name or "personal_information" in name)
    ):
        head = member.head(4096).lower()
        for needle, message in _HTML_HINTS:
            if needle in head or needle.decode() in name:
                return message
        return (
            "an export in HTML format: footprint reads the JSON form; request the "
            "export again with the JSON format"
        )
    return None
