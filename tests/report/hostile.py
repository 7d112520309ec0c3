"""A small X export made at test time whose every text is an attack on a report: markup
that would run script, a ``javascript:`` link, direction overrides, Markdown table breakers.
Each payload would set ``window.__pwned`` if it ever ran."""

from __future__ import annotations

import json
from pathlib import Path

RLO = "\u202e"
DISPLAY_NAME = '<img src=x onerror="window.__pwned=1">Daf | Morrow 🖤💙🖤'
BIO = (
    "South Wales Police <script>window.__pwned=2</script> [me](javascript:window.__pwned=3) "
    f"<b>bold</b> | pipe {RLO}gpj.exe"
)
POST = (
    'Proud of South Wales Police <svg onload="window.__pwned=4"></svg> '
    "javascript:window.__pwned=5 </script><!-- #thinblueline"
)
PAYLOADS = ("<script>window.__pwned=2</script>", "<img src=x onerror=", "<svg onload=")


def _js(name: str, rows: list[dict[str, object]]) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(rows, ensure_ascii=False, indent=1)


def hostile_export(folder: Path) -> Path:
    """Write the export into ``folder`` and return it."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "account.js").write_text(
        _js(
            "account",
            [
                {
                    "account": {
                        "email": "daf@example.org",
                        "username": "daf_morrow88",
                        "accountId": "742811600480526896",
                        "createdAt": "2016-06-14T20:11:05.000Z",
                        "accountDisplayName": DISPLAY_NAME,
                    }
                }
            ],
        ),
        encoding="utf-8",
    )
    (data / "profile.js").write_text(
        _js(
            "profile",
            [
                {
                    "profile": {
                        "description": {
                            "bio": BIO,
                            "website": "javascript:window.__pwned=6",
                            "location": f"Cardiff {RLO}evil",
                        }
                    }
                }
            ],
        ),
        encoding="utf-8",
    )
    tweet = {
        "tweet": {
            "id_str": "1761345223033948974",
            "id": "1761345223033948974",
            "created_at": "Sat Feb 24 11:00:00 +0000 2024",
            "full_text": POST,
            "entities": {"hashtags": [], "user_mentions": [], "urls": []},
            "lang": "en",
        }
    }
    (data / "tweets.js").write_text(_js("tweets", [tweet]), encoding="utf-8")
    return folder
