"""Generate large synthetic exports for benchmarking the parsers.

Today it writes an X "Your X data" (GDPR) archive laid out like a real one:

- ``data/tweets.js``: ``window.YTD.tweets.part0 = [ ... ]`` pretty-printed as X does it
  (2-space indent, ``" : "`` between key and value, ``[ ]`` for empty arrays, every number
  as a string), each element ``{"tweet": {...}}`` with ``edit_info``, ``entities``
  (hashtags, mentions, urls, media), ``extended_entities``, replies, retweets
  (``RT @user: ...``), ``&amp;`` entities and the odd geotagged tweet;
- ``data/like.js``, ``data/following.js``, ``data/follower.js``;
- ``data/account.js``, ``data/profile.js`` and ``data/manifest.js``.

With ``--strava N`` it also writes a Strava bulk export (``strava-export/``): an
``activities.csv`` with the repeated columns of a real one and N activity files, GPX
(every fourth gzipped) of a few hundred track points each, commutes on weekdays. With
``--timeline N`` it writes a phone ``Timeline.json`` (``google-maps/``) of N semantic
segments (visits, and paths of 20 points between them) plus 50 raw signals per segment:
the millions of points a location history holds. ``--no-x`` skips the X archive.

Everything is synthetic and deterministic for a given ``--seed``. Output goes to
``benchmarks/data/`` (git-ignored)::

    python benchmarks/generate.py                      # 500,000 tweets and likes
    python benchmarks/generate.py --tweets 20000 --likes 20000 --zip
    python benchmarks/generate.py --no-x --strava 5000 --timeline 100000
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import shutil
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "data" / "x-archive"

ACCOUNT_ID = "1180000000000000001"
HANDLE = "jo_example"

_WORD_TEXT = (
    "the a of to and in is it you that was for on are with as I his they be at one have "
    "this from or had by hot word but what some we can out other were all there when up use "
    "your how said an each she which do their time if will way about many then them write "
    "would like so these her long make thing see him two has look more day could go come did "
    "number sound no most people my over know water than call first who may down side been "
    "now find any new work part take get place made live where after back little only round "
    "man year came show every good me give our under name very through just form sentence "
    "great think say help low line differ turn cause much mean before move right boy old too "
    "same tell does set three want air well also play small end put home read hand port "
    "large spell add even land here must big high such follow act why ask men change went "
    "light kind off need house picture try us again animal point mother world near build self "
    "earth father head stand own page should country found answer school grow study still "
    "learn plant cover food sun four between state keep eye never last let thought city tree "
    "cross farm hard start might story saw far sea draw left late run while press close night "
    "real life few north open seem together next white children begin got walk example ease "
    "paper group always music those both mark often letter until mile river car feet care "
    "second book carry took science eat room friend began idea fish mountain stop once base "
    "café naïve über 🙂 ☕ 🚲"
)
WORDS = _WORD_TEXT.split()
HASHTAGS = (
    "coffee",
    "running",
    "python",
    "OpenData",
    "cycling",
    "weekend",
    "books",
    "music",
    "photography",
    "gardening",
    "LocalNews",
    "football",
    "sunset",
    "travel",
    "jobs",
)
MENTIONS = tuple(f"user{i:04d}" for i in range(400))
DOMAINS = (
    "example.com",
    "news.example.org",
    "blog.example.net",
    "shop.example",
    "docs.example.io",
    "github.com",
    "en.wikipedia.org",
    "www.bbc.co.uk",
    "youtu.be",
    "medium.com",
)
LANGS = ("en", "en", "en", "en", "fr", "de", "und", "es")
SOURCES = (
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
)
TCO = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def twitter_date(dt: datetime) -> str:
    return dt.strftime("%a %b %d %H:%M:%S +0000 %Y")


def iso_ms(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class Gen:
    """One deterministic stream of synthetic items."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.next_id = 1_600_000_000_000_000_000

    def tco(self) -> str:
        return "https://t.co/" + "".join(self.rng.choices(TCO, k=10))

    def sentence(self, lo: int, hi: int) -> str:
        return " ".join(self.rng.choices(WORDS, k=self.rng.randint(lo, hi)))

    def mention(self, name: str, start: int) -> dict[str, Any]:
        uid = str(self.rng.randrange(10**6, 10**18))
        return {
            "name": name.capitalize() + " Example",
            "screen_name": name,
            "indices": [str(start), str(start + len(name) + 1)],
            "id_str": uid,
            "id": uid,
        }

    def media(self, tweet_id: str, n: int, short: str, at: int) -> list[dict[str, Any]]:
        out = []
        for _ in range(n):
            mid = str(self.rng.randrange(10**18, 2 * 10**18))
            key = "".join(self.rng.choices(TCO, k=15))
            size = {"w": "1200", "h": "900", "resize": "fit"}
            out.append(
                {
                    "expanded_url": f"https://twitter.com/{HANDLE}/status/{tweet_id}/photo/1",
                    "indices": [str(at), str(at + 23)],
                    "url": short,
                    "media_url": f"http://pbs.twimg.com/media/{key}.jpg",
                    "id_str": mid,
                    "id": mid,
                    "media_url_https": f"https://pbs.twimg.com/media/{key}.jpg",
                    "sizes": {
                        "medium": size,
                        "small": {"w": "680", "h": "510", "resize": "fit"},
                        "thumb": {"w": "150", "h": "150", "resize": "crop"},
                        "large": size,
                    },
                    "type": "photo",
                    "display_url": f"pic.twitter.com/{short[-10:]}",
                }
            )
        return out

    def tweet(self, when: datetime) -> dict[str, Any]:
        rng = self.rng
        self.next_id -= rng.randrange(10**9, 10**12)
        tid = str(self.next_id)
        mentions: list[dict[str, Any]] = []
        hashtags: list[dict[str, Any]] = []
        urls: list[dict[str, Any]] = []
        media: list[dict[str, Any]] = []
        extra: dict[str, Any] = {}
        roll = rng.random()
        text = self.sentence(4, 30)
        if rng.random() < 0.05:
            text += " &amp; " + self.sentence(1, 5)
        if roll < 0.2:  # a retweet: truncated, no embedded original
            who = rng.choice(MENTIONS)
            mentions.append(self.mention(who, 3))
            text = f"RT @{who}: {text}"[:140]
        elif roll < 0.5:  # a reply
            who = rng.choice(MENTIONS)
            mentions.append(self.mention(who, 0))
            text = f"@{who} {text}"
            parent = str(self.next_id - rng.randrange(10**6, 10**12))
            uid = mentions[0]["id_str"]
            extra = {
                "in_reply_to_status_id_str": parent,
                "in_reply_to_user_id": uid,
                "in_reply_to_status_id": parent,
                "in_reply_to_screen_name": who,
                "in_reply_to_user_id_str": uid,
            }
        if rng.random() < 0.15:
            tag = rng.choice(HASHTAGS)
            hashtags.append(
                {"text": tag, "indices": [str(len(text) + 1), str(len(text) + 2 + len(tag))]}
            )
            text += " #" + tag
        if rng.random() < 0.2:
            short = self.tco()
            host = rng.choice(DOMAINS)
            path = "/".join(rng.choices(WORDS[:60], k=rng.randint(1, 3)))
            urls.append(
                {
                    "url": short,
                    "expanded_url": f"https://{host}/{path}",
                    "display_url": f"{host}/{path}"[:26],
                    "indices": [str(len(text) + 1), str(len(text) + 24)],
                }
            )
            text += " " + short
        if rng.random() < 0.1:
            short = self.tco()
            media = self.media(tid, rng.choice((1, 1, 1, 2, 4)), short, len(text) + 1)
            text += " " + short
        entities: dict[str, Any] = {
            "hashtags": hashtags,
            "symbols": [],
            "user_mentions": mentions,
            "urls": urls,
        }
        if media:
            entities["media"] = media[:1]
        t: dict[str, Any] = {
            "edit_info": {
                "initial": {
                    "editTweetIds": [tid],
                    "editableUntil": iso_ms(when + timedelta(minutes=30)),
                    "editsRemaining": "5",
                    "isEditEligible": roll >= 0.2,
                }
            },
            "retweeted": False,
            "source": rng.choice(SOURCES),
            "entities": entities,
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(rng.randrange(0, 50)),
        }
        if extra:
            t["in_reply_to_status_id_str"] = extra["in_reply_to_status_id_str"]
        t["id_str"] = tid
        if extra:
            t["in_reply_to_user_id"] = extra["in_reply_to_user_id"]
        t["truncated"] = False
        t["retweet_count"] = str(rng.randrange(0, 10))
        t["id"] = tid
        if extra:
            t["in_reply_to_status_id"] = extra["in_reply_to_status_id"]
        if media or urls:
            t["possibly_sensitive"] = False
        t["created_at"] = twitter_date(when)
        t["favorited"] = False
        t["full_text"] = text
        t["lang"] = rng.choice(LANGS)
        if extra:
            t["in_reply_to_screen_name"] = extra["in_reply_to_screen_name"]
            t["in_reply_to_user_id_str"] = extra["in_reply_to_user_id_str"]
        if rng.random() < 0.01:  # geotagged: API-style keys, numbers as strings
            lat, lon = 51.5 + rng.random() / 10, -0.2 + rng.random() / 10
            t["coordinates"] = {"type": "Point", "coordinates": [f"{lon:.6f}", f"{lat:.6f}"]}
            t["geo"] = {"type": "Point", "coordinates": [f"{lat:.6f}", f"{lon:.6f}"]}
            t["place"] = {
                "full_name": "London, England",
                "name": "London",
                "country": "United Kingdom",
                "country_code": "GB",
                "place_type": "city",
            }
        if media:
            t["extended_entities"] = {"media": media}
        return {"tweet": t}

    def like(self) -> dict[str, Any]:
        tid = str(self.rng.randrange(10**17, 2 * 10**18))
        like: dict[str, Any] = {"tweetId": tid}
        if self.rng.random() < 0.95:  # absent when the tweet is no longer accessible
            like["fullText"] = self.sentence(5, 35)
        like["expandedUrl"] = f"https://twitter.com/i/web/status/{tid}"
        return {"like": like}

    def follow(self, kind: str) -> dict[str, Any]:
        uid = str(self.rng.randrange(10**6, 2 * 10**18))
        return {
            kind: {"accountId": uid, "userLink": f"https://twitter.com/intent/user?user_id={uid}"}
        }


def x_pretty(value: Any) -> bytes:
    """JSON the way X pretty-prints its archives: ``"key" : value`` and ``[ ]``.

    The generated text holds no double quote and no ``[]``, so the replacements cannot
    touch a string's content.
    """
    out = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    return out.replace(b'": ', b'" : ').replace(b"[]", b"[ ]").replace(b"{}", b"{ }")


def write_ytd(
    path: Path, global_name: str, items: Iterator[dict[str, Any]], batch: int = 2000
) -> int:
    """``window.YTD.<global_name>.part0 = [ ... ]`` written in batches (bounded memory)."""
    count = 0
    with open(path, "wb") as fh:
        fh.write(f"window.YTD.{global_name}.part0 = [\n".encode())
        first = True
        while True:
            chunk = [item for _, item in zip(range(batch), items, strict=False)]
            if not chunk:
                break
            body = x_pretty(chunk)[2:-2]  # drop "[\n" and "\n]"
            if not first:
                fh.write(b",\n")
            fh.write(body)
            first = False
            count += len(chunk)
        fh.write(b"\n]")
    return count


def generate_x(
    out: Path,
    tweets: int,
    likes: int,
    following: int,
    followers: int,
    seed: int,
    make_zip: bool,
    log: Callable[[str], None],
) -> Path:
    if out.exists():
        shutil.rmtree(out)
    data = out / "data"
    data.mkdir(parents=True)
    gen = Gen(seed)
    start = datetime(2023, 2, 18, 19, 45, 15, tzinfo=UTC)
    created = datetime(2011, 6, 23, 13, 4, 14, tzinfo=UTC)
    step = (start - created) / max(tweets, 1)

    def tweet_items() -> Iterator[dict[str, Any]]:
        for i in range(tweets):
            yield gen.tweet(start - step * i)

    t0 = time.perf_counter()
    files = {
        "tweets.js": ("tweets", write_ytd(data / "tweets.js", "tweets", tweet_items())),
        "like.js": (
            "like",
            write_ytd(data / "like.js", "like", (gen.like() for _ in range(likes))),
        ),
        "following.js": (
            "following",
            write_ytd(
                data / "following.js",
                "following",
                (gen.follow("following") for _ in range(following)),
            ),
        ),
        "follower.js": (
            "follower",
            write_ytd(
                data / "follower.js", "follower", (gen.follow("follower") for _ in range(followers))
            ),
        ),
    }
    account = {
        "account": {
            "email": "jo@mail.example",
            "createdVia": "web",
            "username": HANDLE,
            "accountId": ACCOUNT_ID,
            "createdAt": iso_ms(created),
            "accountDisplayName": "Jo Example ☕",
        }
    }
    profile = {
        "profile": {
            "description": {
                "bio": "Runner, reader, coffee drinker.",
                "website": "https://t.co/AbCdEfGhIj",
                "location": "Somewhere ",
            },
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/a.jpg",
        }
    }
    files["account.js"] = ("account", write_ytd(data / "account.js", "account", iter([account])))
    files["profile.js"] = ("profile", write_ytd(data / "profile.js", "profile", iter([profile])))
    manifest = {
        "userInfo": {"accountId": ACCOUNT_ID, "userName": HANDLE, "displayName": "Jo Example ☕"},
        "archiveInfo": {
            "sizeBytes": str(sum(p.stat().st_size for p in data.iterdir())),
            "generationDate": iso_ms(start),
            "isPartialArchive": False,
            "maxPartSizeBytes": "53687091200",
        },
        "dataTypes": {
            name: {
                "files": [
                    {
                        "fileName": f"data/{fname}",
                        "globalName": f"YTD.{gname}.part0",
                        "count": str(n),
                    }
                ]
            }
            for fname, (gname, n) in files.items()
            for name in [gname]
        },
    }
    (data / "manifest.js").write_bytes(b"window.__THAR_CONFIG = " + x_pretty(manifest))
    log(
        f"wrote {out} in {time.perf_counter() - t0:.1f}s: "
        + ", ".join(f"{f} {n:,}" for f, (_, n) in files.items())
    )
    if make_zip:
        zpath = out.with_suffix(".zip")
        with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for p in sorted(out.rglob("*")):
                if p.is_file():
                    zf.write(p, p.relative_to(out).as_posix())
        log(f"wrote {zpath} ({zpath.stat().st_size / 2**20:,.0f} MB)")
    return out


# --- Strava and Google Maps ----------------------------------------------------------------

STRAVA_COLUMNS = (
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,"
    "Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,"
    "Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Commute\n"
)


def strava_date(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"{dt.strftime('%b')} {dt.day}, {dt.year}, {hour}:{dt.minute:02d}:{dt.second:02d} {ampm}"


def generate_strava(out: Path, activities: int, seed: int, log: Callable[[str], None]) -> None:
    """A Strava bulk export: activities.csv and one GPX original per activity."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "activities").mkdir(parents=True)
    home, work = (51.4712, -3.1868), (51.4652, -3.1692)
    start = datetime(2019, 1, 1, 6, 30, tzinfo=UTC)
    rows = []
    for i in range(activities):
        when = start + timedelta(hours=11 * i + rng.randrange(60) / 60)
        commute = when.weekday() < 5 and when.hour in (6, 7, 17, 18)
        a, b = (home, work) if when.hour < 12 else (work, home)
        n = rng.randrange(200, 600)
        pts = "".join(
            f'   <trkpt lat="{a[0] + (b[0] - a[0]) * k / n + rng.gauss(0, 2e-4):.6f}" '
            f'lon="{a[1] + (b[1] - a[1]) * k / n + rng.gauss(0, 2e-4):.6f}">\n'
            f"    <ele>{10 + k % 30}.0</ele>\n"
            f"    <time>{(when + timedelta(seconds=3 * k)).strftime('%Y-%m-%dT%H:%M:%SZ')}</time>\n"
            "   </trkpt>\n"
            for k in range(n)
        )
        gpx = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<gpx creator="StravaGPX" version="1.1" '
            'xmlns="http://www.topografix.com/GPX/1/1">\n <trk>\n  <name>Ride</name>\n'
            f"  <type>cycling</type>\n  <trkseg>\n{pts}  </trkseg>\n </trk>\n</gpx>\n"
        ).encode()
        name = f"activities/{3_000_000_000 + i}.gpx" + (".gz" if i % 4 == 3 else "")
        (out / name).write_bytes(gzip.compress(gpx, mtime=0) if name.endswith(".gz") else gpx)
        rows.append(
            f'{2_000_000_000 + i},"{strava_date(when)}",Ride,Ride,,{3 * n},8.07,,,'
            f"{'true' if commute else 'false'},,,{name},63.4,,{3 * n},{3 * n},8070.5,9.1,\n"
        )
        if (i + 1) % 1000 == 0:
            log(f"  {i + 1:,} Strava activities")
    (out / "activities.csv").write_text(STRAVA_COLUMNS + "".join(rows))


def generate_timeline(out: Path, segments: int, seed: int, log: Callable[[str], None]) -> None:
    """A phone Timeline.json: semantic segments (visits and paths) and raw signals,
    written as a stream (never held whole)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    places = [(51.4712, -3.1868, "HOME"), (51.4652, -3.1692, "INFERRED_WORK")] + [
        (51.4 + rng.random() / 10, -3.3 + rng.random() / 5, "UNKNOWN") for _ in range(200)
    ]
    t0 = datetime(2016, 1, 1, tzinfo=UTC)
    with (out / "Timeline.json").open("w") as fh:
        fh.write('{\n  "semanticSegments": [\n')
        for i in range(segments):
            when = t0 + timedelta(hours=4 * i)
            lat, lon, kind = (
                places[0] if i % 3 == 0 else places[1] if i % 3 == 1 else (rng.choice(places))
            )
            if i % 2 == 0:
                seg: dict[str, Any] = {
                    "startTime": when.isoformat(),
                    "endTime": (when + timedelta(hours=3)).isoformat(),
                    "visit": {
                        "hierarchyLevel": 0,
                        "probability": 0.9,
                        "topCandidate": {
                            "placeId": f"ChIJ{int(lat * 1e4)}{int(-lon * 1e4)}",
                            "semanticType": kind,
                            "probability": 0.8,
                            "placeLocation": {"latLng": f"{lat:.7f}°, {lon:.7f}°"},
                        },
                    },
                }
            else:
                seg = {
                    "startTime": when.isoformat(),
                    "endTime": (when + timedelta(hours=1)).isoformat(),
                    "timelinePath": [
                        {
                            "point": f"{lat + k / 1e4:.7f}°, {lon:.7f}°",
                            "time": (when + timedelta(minutes=3 * k)).isoformat(),
                        }
                        for k in range(20)
                    ],
                }
            fh.write(("    " if i == 0 else ",\n    ") + json.dumps(seg, ensure_ascii=False))
            if (i + 1) % 100_000 == 0:
                log(f"  {i + 1:,} Timeline segments")
        fh.write('\n  ],\n  "rawSignals": [\n')
        for i in range(segments * 50):
            when = t0 + timedelta(minutes=5 * i)
            sig = {
                "position": {
                    "LatLng": f"51.{i % 100000:05d}°, -3.{i % 9973:04d}°",
                    "accuracyMeters": 12,
                    "timestamp": when.isoformat(),
                }
            }
            fh.write(("    " if i == 0 else ",\n    ") + json.dumps(sig, ensure_ascii=False))
        fh.write('\n  ],\n  "userLocationProfile": {"frequentPlaces": [\n')
        fh.write(
            '    {"placeId": "ChIJhome", "placeLocation": "51.4712°, -3.1868°", "label": "HOME"},\n'
        )
        fh.write(
            '    {"placeId": "ChIJwork", "placeLocation": "51.4652°, -3.1692°", '
            '"label": "WORK"}\n  ]}\n}\n'
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write (replaced)")
    ap.add_argument("--tweets", type=int, default=500_000)
    ap.add_argument("--likes", type=int, default=500_000)
    ap.add_argument("--following", type=int, default=5_000)
    ap.add_argument("--followers", type=int, default=1_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--zip", action="store_true", help="also write <out>.zip")
    ap.add_argument("--no-x", action="store_true", help="do not write the X archive")
    ap.add_argument("--strava", type=int, default=0, help="activities of a Strava export")
    ap.add_argument("--timeline", type=int, default=0, help="segments of a Timeline.json")
    args = ap.parse_args(argv)
    log = lambda s: print(s, file=sys.stderr)  # noqa: E731
    if args.strava:
        generate_strava(DEFAULT_OUT.parent / "strava-export", args.strava, args.seed, log)
    if args.timeline:
        generate_timeline(DEFAULT_OUT.parent / "google-maps", args.timeline, args.seed, log)
    if args.no_x:
        return 0
    generate_x(
        args.out,
        args.tweets,
        args.likes,
        args.following,
        args.followers,
        args.seed,
        args.zip,
        lambda s: print(s, file=sys.stderr),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
