"""Regenerate the example exports for ``footprint scan --online`` (docs/online.md).

    python examples/online/make_online_examples.py           # rewrite examples/online/rhiannon/
    python examples/online/make_online_examples.py --check   # only check what is on disk

One invented person, Rhiannon Pryce, an intelligence analyst with the invented
**Northshire Constabulary** (``northshire.toml`` beside this script is its profile, of
the kind a user writes for their own organisation). Her three exports show two things
only a look-up can:

- **X** (``twitter-2024-03-02-5e1f7a/``, @ffordd_fach): a pseudonymous account about hill
  walking. Nothing in it names her or her job; the profile website is, as in every X
  archive, a t.co short link, and it leads to her LinkedIn profile. The archive holds no
  tweet that expands it.
- **LinkedIn** (``Basic_LinkedInDataExport_03-02-2024/``): her real name and her employer.
- **Bluesky** (``bluesky-rhiannon.car``, a repository export): among the accounts she
  follows is the force's official account, which the profile knows only by its handle
  (``news.northshire.example``) while the repository names it by DID only.

Offline, footprint cannot join the X account to the LinkedIn profile, nor see the
official account among her follows. With ``--online`` (replayed from
``tests/cassettes/test_examples/``) it reports both. The script reuses the persona
generator's X and CSV writers (``examples/personas/make_personas.py``); the output is
deterministic. Everything personal, every DID and every id is invented.
"""

# ruff: noqa: E501  (long lines are post texts and data)
from __future__ import annotations

import datetime as dt
import hashlib
import sys
from pathlib import Path
from typing import Any

import libipld

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "personas"))
import make_personas as mp  # noqa: E402  (the personas' writers, one home for X and CSV)

OUT = HERE / "rhiannon"
X_DIR = "twitter-2024-03-02-5e1f7a"
LI_DIR = "Basic_LinkedInDataExport_03-02-2024"
CAR = "bluesky-rhiannon.car"

# The facts the tests and cassettes rely on (tests/online/test_examples.py).
X_ACCOUNT_ID = "1432771186020376577"
X_HANDLE = "ffordd_fach"
WEBSITE_TCO = "https://t.co/Qm3xT8vLpA"
LINKEDIN_URL = "https://www.linkedin.com/in/rhiannon-pryce-7c41b2"


def did(seed: str) -> str:
    """An invented did:plc (24 base32 characters), the same for the same seed."""
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    digest = hashlib.sha256(seed.encode()).digest()
    return "did:plc:" + "".join(alphabet[b % 32] for b in digest[:24])


OWN_DID = did("rhiannon")
OFFICIAL_DID = did("northshire-news")  # news.northshire.example, "Northshire Constabulary"
FOLLOWS = {
    OFFICIAL_DID: dt.datetime(2023, 11, 4, 19, 2, tzinfo=dt.UTC),
    did("snowdonia-walks"): dt.datetime(2023, 10, 1, 8, 30, tzinfo=dt.UTC),
    did("bird-photos"): dt.datetime(2023, 10, 2, 21, 15, tzinfo=dt.UTC),
    did("gone-account"): dt.datetime(2023, 10, 9, 12, 0, tzinfo=dt.UTC),  # AppView omits it
}


# --- X ----------------------------------------------------------------------------------


def x_archive(base: Path) -> None:
    data = base / "data"
    generated = dt.datetime(2024, 3, 2, 9, 40, tzinfo=dt.UTC)
    created = dt.datetime(2021, 8, 31, 20, 5, 11, tzinfo=dt.UTC)
    tweets = [
        (
            dt.datetime(2024, 2, 24, 16, 12, tzinfo=dt.UTC),
            "Cloud inversion over the valley this morning. Worth the 5am start.",
        ),
        (
            dt.datetime(2024, 2, 10, 13, 3, tzinfo=dt.UTC),
            "Boots finally dry after last weekend. Pen y Fan again next month?",
        ),
        (
            dt.datetime(2024, 1, 27, 18, 45, tzinfo=dt.UTC),
            "Anyone know if the ridge path above the reservoir is open after the storm?",
        ),
    ]
    files: dict[str, tuple[str, list[Any]]] = {
        "account.js": (
            "account",
            [
                {
                    "account": {
                        "email": "fforddfach@proton.me",
                        "createdVia": "web",
                        "username": X_HANDLE,
                        "accountId": X_ACCOUNT_ID,
                        "createdAt": mp.iso_ms(created),
                        "accountDisplayName": "Ffordd Fach",
                    }
                }
            ],
        ),
        "profile.js": (
            "profile",
            [
                {
                    "profile": {
                        "description": {
                            "bio": "Hills, rain and a good flask. Views my own.",
                            "website": WEBSITE_TCO,
                            "location": "Somewhere wet",
                        },
                        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1432771950662615040/Xw2k9fQa.jpg",
                    }
                }
            ],
        ),
        "tweets.js": ("tweets", [{"tweet": _tweet(when, text)} for when, text in tweets]),
        "following.js": (
            "following",
            [
                {
                    "following": {
                        "accountId": aid,
                        "userLink": f"https://twitter.com/intent/user?user_id={aid}",
                    }
                }
                for aid in ("1190288547113250817", "843129960355004416", "1501983200667533313")
            ],
        ),
    }
    manifest: dict[str, dict[str, Any]] = {}
    for name, (glob, records) in files.items():
        mp.write(data / name, f"window.YTD.{glob}.part0 = " + mp.x_json(records))
        key = glob
        entry: dict[str, Any] = {
            "files": [
                {
                    "fileName": f"data/{name}",
                    "globalName": f"YTD.{glob}.part0",
                    "count": str(len(records)),
                }
            ]
        }
        manifest[key] = entry
    size = sum((data / n).stat().st_size for n in files)
    head = {
        "userInfo": {"accountId": X_ACCOUNT_ID, "userName": X_HANDLE, "displayName": "Ffordd Fach"},
        "archiveInfo": {
            "sizeBytes": str(size),
            "generationDate": mp.iso_ms(generated),
            "isPartialArchive": False,
            "maxPartSizeBytes": "53687091200",
        },
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
    }
    mp.write(
        data / "manifest.js",
        "window.__THAR_CONFIG = " + mp.x_manifest(head, dict(sorted(manifest.items()))),
    )


def _tweet(when: dt.datetime, text: str) -> dict[str, Any]:
    # Ids whose embedded time is the tweet's (X's snowflake), from a fixed sequence.
    tid = str(((int(when.timestamp() * 1000) - mp.TW_EPOCH_MS) << 22) | 0x2A5F)
    return {
        "edit_info": {
            "initial": {
                "editTweetIds": [tid],
                "editableUntil": mp.iso_ms(when + dt.timedelta(hours=1)),
                "editsRemaining": "5",
                "isEditEligible": True,
            }
        },
        "retweeted": False,
        "source": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "4",
        "id_str": tid,
        "truncated": False,
        "retweet_count": "0",
        "id": tid,
        "created_at": mp.tw_date(when),
        "favorited": False,
        "full_text": text,
        "lang": "en",
    }


# --- LinkedIn ---------------------------------------------------------------------------


def linkedin(base: Path) -> None:
    mp.write(
        base / "Profile.csv",
        mp.csv_text(
            mp.PROFILE_2023,
            [
                [
                    "Rhiannon",
                    "Pryce",
                    "",
                    "",
                    "",
                    "Intelligence Analyst at Northshire Constabulary",
                    "Analyst in the force intelligence bureau. Data, maps and too much coffee.",
                    "Law Enforcement",
                    "",
                    "Northshire, England, United Kingdom",
                    "",
                    "",
                    "",
                ]
            ],
        ),
    )
    mp.write(
        base / "Positions.csv",
        mp.csv_text(
            mp.POSITIONS,
            [
                [
                    "Northshire Constabulary",
                    "Intelligence Analyst",
                    "",
                    "Northshire, England, United Kingdom",
                    "Jan 2020",
                    "",
                ],
                [
                    "Office for National Statistics",
                    "Research Officer",
                    "",
                    "Newport, Wales, United Kingdom",
                    "Sep 2016",
                    "Dec 2019",
                ],
            ],
        ),
    )
    mp.write(
        base / "Email Addresses.csv",
        mp.csv_text(
            mp.EMAILS,
            [
                ["rhiannon.pryce@gmail.com", "Yes", "Yes", "3/14/16, 7:12 PM"],
            ],
        ),
    )


# --- Bluesky ----------------------------------------------------------------------------

_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


def tid(when: dt.datetime, clock: int = 7) -> str:
    """A record key: microseconds since 1970 and a clock id, base32-sortable (13 chars)."""
    n = (int(when.timestamp() * 1_000_000) << 10) | clock
    return "".join(_TID_ALPHABET[(n >> (5 * i)) & 31] for i in reversed(range(13)))


def _cid(block: bytes) -> bytes:
    # CIDv1, dag-cbor, sha2-256: the binary form the repository format uses.
    return b"\x01\x71\x12\x20" + hashlib.sha256(block).digest()


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def bluesky(path: Path) -> None:
    records: dict[str, dict[str, Any]] = {
        "app.bsky.actor.profile/self": {
            "$type": "app.bsky.actor.profile",
            "displayName": "Rhi",
            "description": "Birds, hills, bad puns. Mostly outdoors.",
            "createdAt": "2023-09-30T18:20:00.000Z",
        }
    }
    posts = [
        (
            dt.datetime(2024, 2, 18, 10, 5, tzinfo=dt.UTC),
            "Red kites over the road to the reservoir again. Never gets old.",
        ),
        (
            dt.datetime(2024, 1, 6, 15, 40, tzinfo=dt.UTC),
            "First proper frost of the year and the hills look unreal.",
        ),
    ]
    for when, text in posts:
        records[f"app.bsky.feed.post/{tid(when)}"] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "langs": ["en"],
            "createdAt": mp.iso_ms(when),
        }
    for subject, when in FOLLOWS.items():
        records[f"app.bsky.graph.follow/{tid(when)}"] = {
            "$type": "app.bsky.graph.follow",
            "subject": subject,
            "createdAt": mp.iso_ms(when),
        }
    blocks: dict[bytes, bytes] = {}

    def put(obj: Any) -> bytes:
        # libipld writes bytes that form a CID as a link (CBOR tag 42).
        data = libipld.encode_dag_cbor(obj)
        cid = _cid(data)
        blocks[cid] = data
        return cid

    # One tree node holding every key (sorted, each sharing its prefix with the last).
    entries = []
    previous = b""
    for key in sorted(records):
        raw = key.encode()
        shared = next(
            (i for i, (a, b) in enumerate(zip(raw, previous, strict=False)) if a != b),
            min(len(raw), len(previous)),
        )
        entries.append({"p": shared, "k": raw[shared:], "v": put(records[key]), "t": None})
        previous = raw
    root_node = put({"l": None, "e": entries})
    commit = put(
        {
            "did": OWN_DID,
            "version": 3,
            "data": root_node,
            "rev": tid(dt.datetime(2024, 3, 2, 9, 0, tzinfo=dt.UTC)),
            "prev": None,
            "sig": b"\x00" * 64,
        }
    )
    header = libipld.encode_dag_cbor({"version": 1, "roots": [commit]})
    out = bytearray(_varint(len(header)) + header)
    for cid, data in blocks.items():
        out += _varint(len(cid) + len(data)) + cid + data
    mp.write(path, bytes(out))


def build(root: Path) -> None:
    x_archive(root / X_DIR)
    linkedin(root / LI_DIR)
    bluesky(root / CAR)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        import filecmp
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            build(Path(tmp))
            cmp = filecmp.dircmp(tmp, OUT)
            bad = cmp.left_only + cmp.right_only + cmp.diff_files
            for sub in cmp.subdirs.values():
                bad += sub.left_only + sub.right_only + sub.diff_files
                for subsub in sub.subdirs.values():
                    bad += subsub.left_only + subsub.right_only + subsub.diff_files
            if bad:
                print("out of date:", ", ".join(bad))
                return 1
        print("examples/online/rhiannon is up to date")
        return 0
    build(OUT)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
