"""Regenerate the synthetic persona exports in ``examples/personas/``.

    python examples/personas/make_personas.py           # rewrite every persona folder
    python examples/personas/make_personas.py --check   # only validate what is on disk

The output is deterministic: every run writes the same bytes (random choices use a
``random.Random`` seeded with the persona's name; no clock is read). Each persona folder
holds one unpacked export per platform, written in that platform's own layout, encoding
and formatting (see FORMATS.md), plus a README.md generated from the same data, so the
item ids in the README tables always match the files.

Everything personal is invented: people, handles, account ids, e-mail local parts, phone
numbers (Ofcom's 07700 900xxx drama range), posts, connections, friends. Organisations
are real UK public bodies, because that is what footprint looks for. Account ids given to
real organisations' accounts (``@SWPolice``, ``@PolFed``) are invented stand-ins, not
their real ids. Fediverse servers use the reserved ``.example`` domain. Media files
(photos), X's ``README.txt`` and ``Your archive.html`` are left out to keep the examples
small; the JSON still points at them as a real export would.
"""

# ruff: noqa: E501  (long lines are post texts and data)
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import random
import re
import shutil
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
UTC = dt.UTC


# --------------------------------------------------------------------------- helpers


def t(y: int, mo: int, d: int, h: int = 12, mi: int = 0, s: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def epoch(when: dt.datetime) -> int:
    return int(when.timestamp())


def tw_date(when: dt.datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


def iso_ms(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def iso_s(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


TW_EPOCH_MS = 1288834974657


def snowflake(when: dt.datetime, rng: random.Random) -> str:
    """An X id whose embedded time is `when` (19 digits for dates after 2016)."""
    ms = int(when.timestamp()) * 1000 + rng.randrange(1000)
    return str(((ms - TW_EPOCH_MS) << 22) | rng.randrange(1 << 22))


def masto_id(when: dt.datetime, rng: random.Random) -> str:
    ms = int(when.timestamp()) * 1000 + rng.randrange(1000)
    return str((ms << 16) | rng.randrange(1 << 16))


def token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def pretty(o, *, colon: str, empty, ascii: bool, level: int = 0) -> str:
    """JSON pretty-printer with a platform's own spacing for colons and empty containers."""
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(o, dict):
        if not o:
            return empty("{", "}", pad, inner)
        body = ",\n".join(
            inner
            + json.dumps(k, ensure_ascii=ascii)
            + colon
            + pretty(v, colon=colon, empty=empty, ascii=ascii, level=level + 1)
            for k, v in o.items()
        )
        return "{\n" + body + "\n" + pad + "}"
    if isinstance(o, list):
        if not o:
            return empty("[", "]", pad, inner)
        body = ",\n".join(
            inner + pretty(v, colon=colon, empty=empty, ascii=ascii, level=level + 1) for v in o
        )
        return "[\n" + body + "\n" + pad + "]"
    return json.dumps(o, ensure_ascii=ascii)


def x_json(o, level: int = 0) -> str:
    """X archive style: `"key" : value`, `[ ]` for empty, raw UTF-8."""
    return pretty(
        o, colon=" : ", empty=lambda a, b, pad, inner: a + " " + b, ascii=False, level=level
    )


def x_manifest(head: dict, data_types: dict) -> str:
    """manifest.js body: like x_json, but each `files` list is written inline as `[ { ... } ]`."""
    parts = [f"  {json.dumps(k)} : {x_json(v, 1)}" for k, v in head.items()]
    types = []
    for key, entry in data_types.items():
        inner = []
        if "mediaDirectory" in entry:
            inner.append(f'      "mediaDirectory" : {json.dumps(entry["mediaDirectory"])}')
        if "files" in entry:
            files = ", ".join(
                "{\n"
                + ",\n".join(f"        {json.dumps(k)} : {json.dumps(v)}" for k, v in f.items())
                + "\n      }"
                for f in entry["files"]
            )
            inner.append(f'      "files" : [ {files} ]')
        types.append(f"    {json.dumps(key)} : {{\n" + ",\n".join(inner) + "\n    }")
    parts.append('  "dataTypes" : {\n' + ",\n".join(types) + "\n  }")
    return "{\n" + ",\n".join(parts) + "\n}"


def mojibake(o):
    """Meta's encoding: every UTF-8 byte of a non-ASCII character becomes its own \\u00XX."""
    if isinstance(o, str):
        return o.encode("utf-8").decode("latin-1")
    if isinstance(o, list):
        return [mojibake(v) for v in o]
    if isinstance(o, dict):
        return {mojibake(k): mojibake(v) for k, v in o.items()}
    return o


def fb_json(o) -> str:
    return pretty(mojibake(o), colon=": ", empty=lambda a, b, pad, inner: a + b, ascii=True)


def ig_json(o) -> str:
    """Instagram (2022+) writes empty containers over three lines, the middle one indented."""
    return pretty(
        mojibake(o),
        colon=": ",
        empty=lambda a, b, pad, inner: a + "\n" + inner + "\n" + pad + b,
        ascii=True,
    )


def masto_json(o) -> str:
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def csv_text(header, rows, preamble: str = "") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return preamble + buf.getvalue()


LINKEDIN_CONNECTIONS_NOTES = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n\n'
)

PROFILE_2023 = [
    "First Name",
    "Last Name",
    "Maiden Name",
    "Address",
    "Birth Date",
    "Headline",
    "Summary",
    "Industry",
    "Zip Code",
    "Geo Location",
    "Twitter Handles",
    "Websites",
    "Instant Messengers",
]
PROFILE_2018 = [
    "First Name",
    "Last Name",
    "Maiden Name",
    "Address",
    "Birth Date",
    "Contact Instructions",
    "Headline",
    "Summary",
    "Industry",
    "Country",
    "Zip Code",
    "Geo Location",
    "Twitter Handles",
    "Websites",
    "Instant Messengers",
]
POSITIONS = ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
EMAILS = ["Email Address", "Confirmed", "Primary", "Updated On"]
EDUCATION = ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"]


def li_short(when: dt.datetime) -> str:
    """LinkedIn's M/D/YY, H:MM AM (2018 Connections, Email Addresses)."""
    hour = when.hour % 12 or 12
    return f"{when.month}/{when.day}/{when.strftime('%y')}, {hour}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


def li_follows(rows: list[tuple[str, dt.datetime]]) -> str:
    rows = sorted(rows, key=lambda r: r[1], reverse=True)
    return csv_text(["Organization", "Followed On"], [[org, li_follow(when)] for org, when in rows])


def li_follow(when: dt.datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S UTC %Y")


def excerpt(text: str, n: int = 90) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# --------------------------------------------------------------------------- persona


class Persona:
    def __init__(self, slug: str):
        self.slug = slug
        self.dir = ROOT / slug
        self.rng = random.Random(slug)
        self.rows: list[tuple] = []  # what a careful human would see
        self.negatives: list[tuple] = []  # ordinary text that must not be flagged
        self.exports: list[tuple] = []  # (folder, platform, form, files)

    def see(self, platform, file, item, field, text, reveals, why):
        self.rows.append((platform, file, item, field, excerpt(text), reveals, why))

    def neg(self, platform, file, item, text, why):
        self.negatives.append((platform, file, item, excerpt(text), why))

    def export(self, folder: str, platform: str, form: str):
        self.exports.append((folder, platform, form))
        return self.dir / folder

    def readme(self, title: str, who: str, notes: list[str]) -> str:
        out = [
            f"# {title}",
            "",
            who.strip(),
            "",
            "## Exports",
            "",
            "| folder | platform | form | files |",
            "|---|---|---|---|",
        ]
        for folder, platform, form in self.exports:
            base = self.dir / folder
            files = sorted(p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file())
            out.append(
                f"| `{folder}/` | {platform} | {form} | "
                + ", ".join(f"`{f}`" for f in files)
                + " |"
            )
        out += [
            "",
            "Scan them together (the trailing `/` keeps this README out of the glob):",
            "",
            "```",
            f"footprint scan examples/personas/{self.slug}/*/ --format text",
            "```",
            "",
            "## What a careful human would see",
            "",
            "`item` is the platform's own id of the item (CONTRACT.md, `source.item`); "
            "`-` marks a profile field or a whole-list signal.",
            "",
            "| # | platform | file | item | field | text | reveals | why |",
            "|---|---|---|---|---|---|---|---|",
        ]
        if not self.rows:
            out[-2:] = [
                "Nothing that reveals an employer, a sector, a role, a workplace or personal details "
                "an attacker could use. The exports necessarily hold the account e-mail (a private field)."
            ]
        for i, (pl, f, item, field, text, rev, why) in enumerate(self.rows, 1):
            out.append(
                f"| {i} | {pl} | `{f}` | {cell(item)} | {field} | "
                f"{md(text)} | **{rev}** | {md(why)} |"
            )
        out += ["", "## Deliberate negatives (must NOT be flagged)", ""]
        if self.negatives:
            out += [
                "| # | platform | file | item | text | why it is not a signal |",
                "|---|---|---|---|---|---|",
            ]
            for i, (pl, f, item, text, why) in enumerate(self.negatives, 1):
                out.append(f"| {i} | {pl} | `{f}` | {cell(item)} | {md(text)} | {md(why)} |")
        out += ["", "## Notes", ""] + [f"- {n}" for n in notes] + [""]
        return "\n".join(out)


def cell(item: str | None) -> str:
    return f"`{item}`" if item else "-"


def md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


# --------------------------------------------------------------------------- X archive

SOURCES = {
    "android": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
    "iphone": '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    "web": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
}
HASHTAG = re.compile(r"(?<![\w&/])#(\w*[^\W\d_]\w*)")
MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")


class XArchive:
    """Builds one unpacked X archive. layout '2022' = tweet.js, '2023' = tweets.js + edit_info."""

    def __init__(
        self,
        p: Persona,
        folder: str,
        layout: str,
        *,
        username: str,
        display: str,
        email: str,
        account_id: str,
        created: dt.datetime,
        generated: dt.datetime,
        bio: str,
        location: str,
        website: str = "",
        people: dict | None = None,
        source: str = "android",
    ):
        self.p, self.layout, self.username = p, layout, username
        self.base = p.export(
            folder,
            "x",
            f"GDPR archive, {layout} layout "
            f"({'tweet.js / YTD.tweet' if layout == '2022' else 'tweets.js / YTD.tweets'})",
        )
        self.tweets_name = "tweet" if layout == "2022" else "tweets"
        self.account_id, self.display, self.generated = account_id, display, generated
        self.people = people or {}
        self.source = source
        self.tweets: list[dict] = []
        self.manifest: dict[str, dict] = {}
        self.files: dict[str, list] = {}
        self.website_tco = ""
        if website:
            self.website_tco = "https://t.co/" + token(p.rng, 10)
        self.add_file(
            "account",
            "account.js",
            [
                {
                    "account": {
                        "email": email,
                        "createdVia": "web",
                        "username": username,
                        "accountId": account_id,
                        "createdAt": iso_ms(created),
                        "accountDisplayName": display,
                    }
                }
            ],
        )
        self.add_file(
            "profile",
            "profile.js",
            [
                {
                    "profile": {
                        "description": {
                            "bio": bio,
                            "website": self.website_tco,
                            "location": location,
                        },
                        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{snowflake(created + dt.timedelta(days=3), p.rng)}/{token(p.rng, 8)}.jpg",
                        "headerMediaUrl": f"https://pbs.twimg.com/profile_banners/{account_id}/{epoch(created) + 86400 * 40}",
                    }
                }
            ],
            media_dir="data/profile_media",
        )
        self.file_tag = f"{folder}/data/{self.tweets_name}.js"

    def add_file(self, key: str, name: str, records: list, media_dir: str | None = None):
        glob = name[:-3].replace("-", "_")
        self.files[name] = [glob, records]
        entry = {}
        if media_dir:
            entry["mediaDirectory"] = media_dir
        entry["files"] = [
            {
                "fileName": f"data/{name}",
                "globalName": f"YTD.{glob}.part0",
                "count": str(len(records)),
            }
        ]
        self.manifest[key] = entry

    def mention_ids(self, handle: str):
        if handle not in self.people:
            self.people[handle] = (
                handle,
                snowflake(
                    t(2017, 1, 1) + dt.timedelta(days=self.p.rng.randrange(1500)), self.p.rng
                ),
            )
        return self.people[handle]

    def tweet(
        self,
        when: dt.datetime,
        text: str,
        *,
        urls=(),
        media: str | None = None,
        reply_to: str | None = None,
        geo: tuple | None = None,
        place: dict | None = None,
        lang: str = "en",
        see=(),
        neg: str | None = None,
        likes: int | None = None,
    ) -> str:
        rng = self.p.rng
        tid = snowflake(when, rng)
        url_ents = []
        for expanded in urls:
            expanded, tco = (
                expanded
                if isinstance(expanded, tuple)
                else (expanded, "https://t.co/" + token(rng, 10))
            )
            pos = text.index("{url}")
            text = text[:pos] + tco + text[pos + 5 :]
            disp = re.sub(r"^https?://(www\.)?", "", expanded)
            if len(disp) > 26:
                disp = disp[:25] + "…"
            url_ents.append(
                {
                    "url": tco,
                    "expanded_url": expanded,
                    "display_url": disp,
                    "indices": [str(pos), str(pos + len(tco))],
                }
            )
        media_obj = None
        if media:
            tco = "https://t.co/" + token(rng, 10)
            text = (text + " " + tco) if text else tco
            pos = len(text) - len(tco)
            mid = snowflake(when - dt.timedelta(seconds=40), rng)
            key = token(rng, 15)
            sizes = {
                "medium": {"w": "1200", "h": "900", "resize": "fit"},
                "small": {"w": "680", "h": "510", "resize": "fit"},
                "thumb": {"w": "150", "h": "150", "resize": "crop"},
                "large": {"w": "2048", "h": "1536", "resize": "fit"},
            }
            media_obj = {
                "expanded_url": f"https://twitter.com/{self.username}/status/{tid}/photo/1",
                "indices": [str(pos), str(len(text))],
                "url": tco,
                "media_url": f"http://pbs.twimg.com/media/{key}.jpg",
                "id_str": mid,
                "id": mid,
                "media_url_https": f"https://pbs.twimg.com/media/{key}.jpg",
                "sizes": sizes,
                "type": "photo",
                "display_url": "pic.twitter.com/" + tco.rsplit("/", 1)[1],
            }
        hashtags = [
            {"text": m.group(1), "indices": [str(m.start()), str(m.end())]}
            for m in HASHTAG.finditer(text)
        ]
        mentions = []
        for m in MENTION.finditer(text):
            name, uid = self.mention_ids(m.group(1))
            mentions.append(
                {
                    "name": name,
                    "screen_name": m.group(1),
                    "indices": [str(m.start()), str(m.end())],
                    "id_str": uid,
                    "id": uid,
                }
            )
        ents = {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": url_ents}
        if media_obj:
            ents["media"] = [media_obj]
        rec: dict = {}
        if self.layout == "2023":
            rec["edit_info"] = {
                "initial": {
                    "editTweetIds": [tid],
                    "editableUntil": iso_ms(when + dt.timedelta(minutes=30)),
                    "editsRemaining": "5",
                    "isEditEligible": not text.startswith("RT @"),
                }
            }
        rec["retweeted"] = False
        rec["source"] = SOURCES[self.source]
        rec["entities"] = ents
        rec["display_text_range"] = ["0", str(len(text))]
        rec["favorite_count"] = (
            "0"
            if text.startswith("RT @")
            else str(likes if likes is not None else rng.randrange(0, 14))
        )
        reply = None
        if reply_to:
            reply = (
                snowflake(when - dt.timedelta(minutes=rng.randrange(5, 90)), rng),
                self.mention_ids(reply_to)[1],
            )
            rec["in_reply_to_status_id_str"] = reply[0]
        rec["id_str"] = tid
        if reply:
            rec["in_reply_to_user_id"] = reply[1]
        rec["truncated"] = False
        rec["retweet_count"] = str(rng.randrange(0, 3))
        rec["id"] = tid
        if reply:
            rec["in_reply_to_status_id"] = reply[0]
        if geo:
            lat, lon = geo
            rec["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
            rec["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
        if place:
            rec["place"] = place
        if media_obj:
            rec["possibly_sensitive"] = False
        rec["created_at"] = tw_date(when)
        rec["favorited"] = False
        rec["full_text"] = text
        rec["lang"] = lang
        if reply:
            rec["in_reply_to_screen_name"] = reply_to
            rec["in_reply_to_user_id_str"] = reply[1]
        if media_obj:
            rec["extended_entities"] = {"media": [media_obj]}
        self.tweets.append(rec)
        for reveals, field, why in see:
            self.p.see("x", self.file_tag, tid, field, text, reveals, why)
        if neg:
            self.p.neg("x", self.file_tag, tid, text, neg)
        return tid

    def likes(self, items: list[tuple]):
        """items: (when, fullText or None, see) -> like.js"""
        recs = []
        for when, text, see in items:
            lid = snowflake(when, self.p.rng)
            like = {"tweetId": lid}
            if text is not None:
                like["fullText"] = text
            like["expandedUrl"] = f"https://twitter.com/i/web/status/{lid}"
            recs.append({"like": like})
            for reveals, why in see:
                self.p.see(
                    "x", f"{self.base.name}/data/like.js", lid, "like", text or "", reveals, why
                )
        self.add_file("like", "like.js", recs)

    def follows(self, kind: str, ids: list[str]):
        recs = [
            {kind: {"accountId": i, "userLink": f"https://twitter.com/intent/user?user_id={i}"}}
            for i in ids
        ]
        self.add_file(kind, f"{kind}.js", recs)

    def finish(self, extra_empty=("account-suspension.js",)):
        self.tweets.sort(key=lambda r: int(r["id_str"]), reverse=True)
        tweets = [{"tweet": r} for r in self.tweets]
        self.add_file(
            self.tweets_name,
            f"{self.tweets_name}.js",
            tweets,
            media_dir="data/tweet_media" if self.layout == "2022" else "data/tweets_media",
        )
        for name in extra_empty:
            if name[:-3] not in [n[:-3] for n in self.files]:
                key = re.sub(r"-(\w)", lambda m: m.group(1).upper(), name[:-3])
                self.add_file(key, name, [])
        for name, (glob, recs) in self.files.items():
            write(self.base / "data" / name, f"window.YTD.{glob}.part0 = " + x_json(recs))
        size = sum(len((self.base / "data" / n).read_bytes()) for n in self.files)
        head = {
            "userInfo": {
                "accountId": self.account_id,
                "userName": self.username,
                "displayName": self.display,
            },
            "archiveInfo": {
                "sizeBytes": str(size),
                "generationDate": iso_ms(self.generated),
                "isPartialArchive": False,
                "maxPartSizeBytes": "53687091200",
            },
            "readmeInfo": {
                "fileName": "data/README.txt",
                "directory": "data/",
                "name": "README.txt",
            },
        }
        text = x_manifest(head, dict(sorted(self.manifest.items())))
        write(self.base / "data" / "manifest.js", "window.__THAR_CONFIG = " + text)


def city_place(rng, name, full_name, bbox, place_type="city"):
    (w, s), (e, n) = bbox
    pid = token(rng, 16, "0123456789abcdef")
    return {
        "attributes": {},
        "bounding_box": {"coordinates": [[[w, s], [e, s], [e, n], [w, n]]], "type": "Polygon"},
        "country": "United Kingdom",
        "country_code": "GB",
        "full_name": full_name,
        "id": pid,
        "name": name,
        "place_type": place_type,
        "url": f"https://api.twitter.com/1.1/geo/id/{pid}.json",
    }


def account_ids(rng, n, start=None, days=3800):
    start = start or t(2012, 1, 1)
    return [
        snowflake(start + dt.timedelta(days=rng.randrange(days), seconds=rng.randrange(86400)), rng)
        for _ in range(n)
    ]


# --------------------------------------------------------------------------- Mastodon archive

AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
MASTO_CONTEXT = [
    "https://www.w3.org/ns/activitystreams",
    "https://w3id.org/security/v1",
    {
        "manuallyApprovesFollowers": "as:manuallyApprovesFollowers",
        "sensitive": "as:sensitive",
        "Hashtag": "as:Hashtag",
        "movedTo": {"@id": "as:movedTo", "@type": "@id"},
        "alsoKnownAs": {"@id": "as:alsoKnownAs", "@type": "@id"},
        "toot": "http://joinmastodon.org/ns#",
        "Emoji": "toot:Emoji",
        "featured": {"@id": "toot:featured", "@type": "@id"},
        "featuredTags": {"@id": "toot:featuredTags", "@type": "@id"},
        "schema": "http://schema.org#",
        "PropertyValue": "schema:PropertyValue",
        "value": "schema:value",
        "ostatus": "http://ostatus.org#",
        "atomUri": "ostatus:atomUri",
        "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
        "conversation": "ostatus:conversation",
        "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"},
        "blurhash": "toot:blurhash",
        "discoverable": "toot:discoverable",
        "indexable": "toot:indexable",
        "memorial": "toot:memorial",
        "votersCount": "toot:votersCount",
        "suspended": "toot:suspended",
    },
]


def masto_link(url: str) -> str:
    scheme, rest = re.match(r"(https?://(?:www\.)?)(.*)", url).groups()
    shown, hidden = (rest[:30], rest[30:]) if len(rest) > 30 else (rest, "")
    cls = "ellipsis" if hidden else ""
    return (
        f'<a href="{url}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
        f'<span class="invisible">{scheme}</span><span class="{cls}">{shown}</span>'
        f'<span class="invisible">{hidden}</span></a>'
    )


def masto_tag(host: str, tag: str) -> str:
    return f'<a href="https://{host}/tags/{tag.lower()}" class="mention hashtag" rel="tag">#<span>{tag}</span></a>'


def masto_mention(host: str, user: str) -> str:
    return (
        f'<span class="h-card" translate="no"><a href="https://{host}/@{user}" class="u-url mention">'
        f"@<span>{user}</span></a></span>"
    )


class MastodonArchive:
    def __init__(
        self,
        p: Persona,
        folder: str,
        *,
        host: str,
        username: str,
        name: str,
        summary: str,
        fields: list[tuple[str, str]],
        published: dt.datetime,
        also_known_as=(),
    ):
        self.p, self.host, self.username = p, host, username
        self.base = p.export(
            folder,
            "mastodon",
            "account archive (actor.json, outbox.json, likes.json, bookmarks.json)",
        )
        self.folder = folder
        self.actor_url = f"https://{host}/users/{username}"
        self.items: list[dict] = []
        rng = p.rng
        key_body = (
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
            + token(rng, 348, string.ascii_letters + string.digits + "+/")
            + "IDAQAB"
        )
        pem = (
            "-----BEGIN PUBLIC KEY-----\n"
            + "\n".join(key_body[i : i + 64] for i in range(0, len(key_body), 64))
            + "\n-----END PUBLIC KEY-----\n"
        )
        actor = {
            "@context": MASTO_CONTEXT,
            "id": self.actor_url,
            "type": "Person",
            "following": f"{self.actor_url}/following",
            "followers": f"{self.actor_url}/followers",
            "inbox": f"{self.actor_url}/inbox",
            "outbox": "outbox.json",
            "featured": f"{self.actor_url}/collections/featured",
            "featuredTags": f"{self.actor_url}/collections/tags",
            "preferredUsername": username,
            "name": name,
            "summary": summary,
            "url": f"https://{host}/@{username}",
            "manuallyApprovesFollowers": False,
            "discoverable": True,
            "indexable": False,
            "published": iso_s(published),
            "memorial": False,
            "devices": f"{self.actor_url}/collections/devices",
            "publicKey": {
                "id": f"{self.actor_url}#main-key",
                "owner": self.actor_url,
                "publicKeyPem": pem,
            },
            "tag": [],
            "attachment": [{"type": "PropertyValue", "name": k, "value": v} for k, v in fields],
            "endpoints": {"sharedInbox": f"https://{host}/inbox"},
            "likes": "likes.json",
            "bookmarks": "bookmarks.json",
        }
        if also_known_as:
            actor["alsoKnownAs"] = list(also_known_as)
        self.actor = actor

    def note(
        self,
        when: dt.datetime,
        html: str,
        *,
        visibility: str = "public",
        lang: str = "en",
        tags=(),
        mentions=(),
        attachment: dict | None = None,
        reply_to: str | None = None,
        see=(),
        neg: str | None = None,
    ) -> str:
        rng = self.p.rng
        html = html.replace("'", "&#39;")  # Mastodon escapes apostrophes in content
        sid = masto_id(when, rng)
        obj_id = f"{self.actor_url}/statuses/{sid}"
        followers = f"{self.actor_url}/followers"
        mention_urls = [f"https://{self.host}/users/{m}" for m in mentions]
        to, cc = {
            "public": ([AS_PUBLIC], [followers, *mention_urls]),
            "unlisted": ([followers], [AS_PUBLIC, *mention_urls]),
            "private": ([followers], mention_urls),
            "direct": (mention_urls, []),
        }[visibility]
        tag = [
            {"type": "Mention", "href": f"https://{self.host}/users/{m}", "name": f"@{m}"}
            for m in mentions
        ]
        tag += [
            {"type": "Hashtag", "href": f"https://{self.host}/tags/{h.lower()}", "name": f"#{h}"}
            for h in tags
        ]
        att = []
        if attachment:
            parts = "/".join(sid[i : i + 3] for i in range(0, 18, 3))
            att.append(
                {
                    "type": "Document",
                    "mediaType": "image/jpeg",
                    "url": f"/system/media_attachments/files/{parts}/original/{token(rng, 16, '0123456789abcdef')}.jpeg",
                    "name": attachment["alt"],
                    "blurhash": "U"
                    + token(
                        rng, 27, string.ascii_letters + string.digits + "#$%*+,-.:;=?@[]^_{|}~"
                    ),
                    "focalPoint": [0.0, 0.0],
                    "width": 1600,
                    "height": 1200,
                }
            )
        conv = f"tag:{self.host},{when.strftime('%Y-%m-%d')}:objectId={rng.randrange(10**6, 10**8)}:objectType=Conversation"
        obj = {
            "id": obj_id,
            "type": "Note",
            "summary": None,
            "inReplyTo": reply_to,
            "published": iso_s(when),
            "url": f"https://{self.host}/@{self.username}/{sid}",
            "attributedTo": self.actor_url,
            "to": to,
            "cc": cc,
            "sensitive": False,
            "atomUri": obj_id,
            "inReplyToAtomUri": reply_to,
            "conversation": conv,
            "content": html,
            "contentMap": {lang: html},
            "attachment": att,
            "tag": tag,
            "replies": {
                "id": f"{obj_id}/replies",
                "type": "Collection",
                "first": {
                    "type": "CollectionPage",
                    "next": f"{obj_id}/replies?only_other_accounts=true&page=true",
                    "partOf": f"{obj_id}/replies",
                    "items": [],
                },
            },
            "likes": {
                "id": f"{obj_id}/likes",
                "type": "Collection",
                "totalItems": rng.randrange(0, 9),
            },
            "shares": {
                "id": f"{obj_id}/shares",
                "type": "Collection",
                "totalItems": rng.randrange(0, 3),
            },
        }
        self.items.append(
            {
                "id": f"{obj_id}/activity",
                "type": "Create",
                "actor": self.actor_url,
                "published": iso_s(when),
                "to": to,
                "cc": cc,
                "object": obj,
            }
        )
        plain = re.sub(r"<[^>]+>", "", html.replace("</p><p>", " ")).replace("&#39;", "'")
        file = f"{self.folder}/outbox.json"
        for reveals, field, why in see:
            self.p.see("mastodon", file, obj_id, field, plain, reveals, f"{why} ({visibility})")
        if neg:
            self.p.neg("mastodon", file, obj_id, plain, neg)
        return obj_id

    def finish(self, likes: list[str], bookmarks: list[str] = ()):
        self.items.sort(key=lambda a: int(a["object"]["id"].rsplit("/", 1)[1]))
        outbox = {
            "@context": MASTO_CONTEXT,
            "id": "outbox.json",
            "type": "OrderedCollection",
            "totalItems": len(self.items),
            "orderedItems": self.items,
        }
        write(self.base / "actor.json", masto_json(self.actor))
        write(self.base / "outbox.json", masto_json(outbox))
        for name, urls in (("likes.json", likes), ("bookmarks.json", list(bookmarks))):
            write(
                self.base / name,
                masto_json(
                    {
                        "@context": "https://www.w3.org/ns/activitystreams",
                        "id": name,
                        "type": "OrderedCollection",
                        "orderedItems": urls,
                    }
                ),
            )


# --------------------------------------------------------------------------- Meta helpers


def fb_post(when, text=None, *, title, attachments=None):
    rec = {"timestamp": epoch(when)}
    if attachments:
        rec["attachments"] = [{"data": attachments}]
    rec["data"] = [{"post": text}] if text else [{"update_timestamp": epoch(when)}]
    rec["title"] = title
    return rec


def fb_media(uri, when, title, description=None, ip="203.0.113.%d"):
    m = {
        "uri": uri,
        "creation_timestamp": epoch(when),
        "media_metadata": {
            "photo_metadata": {"exif_data": [{"upload_ip": ip % (epoch(when) % 200 + 20)}]}
        },
        "title": title,
    }
    if description:
        m["description"] = description
    return {"media": m}


def ig_entry(handle, when):
    return {
        "title": "",
        "media_list_data": [],
        "string_list_data": [
            {
                "href": f"https://www.instagram.com/{handle}",
                "value": handle,
                "timestamp": epoch(when),
            }
        ],
    }


def ig_profile(fields: dict, photo_uri: str, photo_when):
    return {
        "profile_user": [
            {
                "title": "User Information",
                "media_map_data": {
                    "Profile Photo": {
                        "uri": photo_uri,
                        "creation_timestamp": epoch(photo_when),
                        "title": "",
                    }
                },
                "string_map_data": {
                    k: {"href": "", "value": v, "timestamp": 0} for k, v in fields.items()
                },
            }
        ]
    }


# =========================================================================== personas

CARDIFF_BBOX = ((-3.3413, 51.3804), (-3.0729, 51.5614))
CARDIFF_BAY_STATION = (51.4648, -3.1703)  # Cardiff Bay Police Station, James Street
WG_CATHAYS_PARK = (51.4883, -3.1824)  # Crown Buildings, Cathays Park
MARSHAM_STREET = (51.4954, -0.1298)  # 2 Marsham Street (Home Office)


def police_officer() -> Persona:
    p = Persona("police-officer")
    rng = p.rng
    swp_id, polfed_id = "1190000000000000101", "1190000000000000202"  # invented stand-ins
    people = {
        "SWPolice": ("South Wales Police", swp_id),
        "PolFed": ("Police Federation", polfed_id),
        "bethanw_runs": ("Bethan W 🏃‍♀️", snowflake(t(2018, 4, 2), rng)),
        "gruff_ll": ("Gruff", snowflake(t(2016, 9, 9), rng)),
    }
    x = XArchive(
        p,
        "twitter-2024-03-04-a1b2c3",
        "2023",
        username="daf_morrow88",
        display="Daf Morrow",
        email="daf.morrow88@gmail.com",
        account_id=snowflake(t(2016, 6, 14, 20, 11), rng),
        created=t(2016, 6, 14, 20, 11, 5),
        generated=t(2024, 3, 4, 9, 30, 12),
        bio="Dad, rugby, coffee. Views my own 🖤💙🖤",
        location="Cardiff",
        people=people,
    )
    p.see(
        "x",
        "twitter-2024-03-04-a1b2c3/data/profile.js",
        None,
        "bio",
        "Dad, rugby, coffee. Views my own 🖤💙🖤",
        "sector",
        "🖤💙🖤 is the thin-blue-line emoji; 'views my own' implies an employer",
    )
    p.see(
        "x",
        "twitter-2024-03-04-a1b2c3/data/profile.js",
        None,
        "bio",
        "Dad, rugby, coffee.",
        "personal",
        "parent (weak)",
    )
    x.tweet(
        t(2022, 9, 5, 18, 2),
        "Three years of training and tutoring, and tonight I start on response. Nervous and excited in equal measure 🖤💙🖤",
        see=[
            ("sector", "text", "thin-blue-line emoji"),
            ("role", "text", "'start on response' = response officer"),
        ],
    )
    x.tweet(
        t(2022, 9, 6, 7, 12),
        "First night shift as response officer done. Four jobs, one foot chase, zero sleep. #thinblueline",
        see=[
            ("role", "text", "'response officer', night shift"),
            ("sector", "hashtag", "#thinblueline"),
        ],
    )
    x.tweet(
        t(2022, 9, 18, 21, 40),
        "Three years with @SWPolice today. Proud of this job, most days anyway 😅",
        see=[("employer", "mention", "mentions the force's account in an employment statement")],
    )
    x.tweet(
        t(2022, 10, 2, 14, 5),
        "Met my sister for lunch in Penarth, first time in months. Fish &amp; chips on the pier 🐟",
        neg="'Met' is the verb, not the Metropolitan Police (also: &amp; must be decoded)",
    )
    x.tweet(
        t(2022, 10, 12, 6, 50),
        "On lates this week so the school run is all on Ffion. Diolch cariad ❤️",
        see=[
            ("role", "text", "'on lates' = shift work (weak on its own)"),
            ("personal", "text", "partner's first name Ffion"),
        ],
    )
    x.tweet(
        t(2022, 10, 29, 21, 48),
        "Brew before briefing ☕ quiet one hopefully",
        geo=CARDIFF_BAY_STATION,
        place=city_place(rng, "Cardiff", "Cardiff, Wales", CARDIFF_BBOX),
        see=[
            (
                "location",
                "place",
                "geotag 51.4648,-3.1703 = Cardiff Bay Police Station, James Street",
            ),
            ("role", "text", "'briefing' before a shift, posted from the station"),
        ],
    )
    x.tweet(
        t(2022, 11, 26, 17, 30),
        "Wales v Australia at the Principality today! 🏉 Come on Wales",
        place=city_place(rng, "Cardiff", "Cardiff, Wales", CARDIFF_BBOX),
        see=[("location", "place", "place Cardiff (home city, not premises)")],
    )
    x.tweet(
        t(2022, 11, 20, 23, 15),
        "#TBL 🖤💙🖤 look after each other out there, rough week for the team",
        see=[("sector", "hashtag", "ambiguous #TBL with police context (emoji, 'the team')")],
    )
    x.tweet(
        t(2022, 12, 3, 10, 20),
        "Laminator finally arrived. Ffion's reading cards for the kids are in a pile marked #TBL (to be laminated) 😂",
        neg="#TBL here means 'to be laminated': no police context nearby",
    )
    x.tweet(
        t(2022, 12, 24, 16, 0),
        "Working Christmas Eve and Christmas Day this year. Such is the job. Merry Christmas all 🎄",
        see=[("role", "text", "shift work over Christmas (weak, context only)")],
    )
    x.tweet(
        t(2023, 1, 8, 19, 2),
        "New gaming PC finally built. Weekend sorted 🎮",
        neg="'PC' = personal computer; the ambiguous job title PC needs police context",
    )
    x.tweet(
        t(2023, 1, 21, 11, 45),
        "Thinking of joining? Applications for police constable are open now. Best decision I ever made 👇 {url}",
        urls=["https://www.south-wales.police.uk/careers/police-constable/"],
        see=[
            ("employer", "link", "t.co expands to south-wales.police.uk"),
            ("role", "text", "'police constable' + 'best decision I ever made'"),
        ],
    )
    x.tweet(
        t(2023, 2, 4, 15, 10),
        "The Blue Line train was late again. Chicago in February is no joke 🥶",
        neg="'Blue Line' is the Chicago L line, not the thin blue line",
    )
    x.tweet(
        t(2023, 2, 18, 9, 5),
        "Another colleague assaulted on shift last night. It is not part of the job. @PolFed #ProtectTheProtectors",
        see=[
            ("sector", "hashtag", "#ProtectTheProtectors is the police federation's campaign"),
            ("sector", "mention", "mentions @PolFed"),
            ("role", "text", "'colleague assaulted on shift'"),
        ],
    )
    x.tweet(
        t(2023, 3, 11, 13, 30),
        "Blue light discount at the garden centre, cheers! 🌱",
        see=[("sector", "text", "'blue light discount' = emergency-services card (weak)")],
    )
    x.tweet(
        t(2023, 3, 30, 4, 55),
        "Custody was rammed tonight. Home, toast, bed.",
        see=[("role", "text", "custody suite at 5 am (weak)")],
    )
    x.tweet(
        t(2023, 4, 15, 10, 0),
        "Working from my home office today sorting the house admin. Bramble supervising 🐕",
        see=[("personal", "text", "dog's name Bramble")],
        neg="'home office' = a room at home, not the Home Office",
    )
    x.tweet(
        t(2023, 5, 6, 8, 30),
        "Happy birthday to me 🎂 35 today and feeling every year of it",
        see=[("personal", "text", "birthday: post date + age = 6 May 1988")],
    )
    x.tweet(
        t(2023, 5, 20, 16, 40),
        "Bramble's first swim at Barry Island 🐾",
        media="bramble",
        see=[("personal", "media", "photo of the dog, named")],
    )
    x.tweet(
        t(2023, 6, 10, 7, 20),
        "New policies at the gym: no phones on the gym floor and you have to wipe down the benches. About time.",
        neg="'policies' is not 'police'",
    )
    x.tweet(
        t(2023, 7, 1, 21, 5),
        "Cardiff Rugby (still the Blues to me) at the Arms Park tonight 💙",
        neg="'Blues' and a single 💙 are rugby, not the 🖤💙🖤 sequence",
    )
    x.tweet(
        t(2023, 7, 22, 22, 10),
        "Finished my last PEQF assignment!! Degree done alongside the day job 🎓",
        see=[("sector", "text", "PEQF = the police degree entry route")],
    )
    x.tweet(
        t(2023, 8, 12, 9, 0),
        "Ynys Môn for a week with the family ☀️ Phones off.",
        place=city_place(
            rng,
            "Isle of Anglesey",
            "Isle of Anglesey, Wales",
            ((-4.7, 53.12), (-4.03, 53.43)),
            "admin",
        ),
        see=[("personal", "text", "family holiday, away from home for a week")],
    )
    x.tweet(
        t(2023, 9, 9, 12, 0),
        "RT @bethanw_runs: Half marathon done! Thanks to everyone who sponsored me for the Police Dependants' Trust 💙",
        see=[("sector", "text", "retweet of a colleague's police-charity post (weak)")],
    )
    x.tweet(
        t(2023, 10, 14, 20, 15),
        "Anyone recommend a decent cover for body armour? Mine's falling apart after three winters",
        see=[("role", "text", "wears body armour at work (weak)")],
    )
    x.tweet(
        t(2023, 11, 5, 17, 45),
        "PC Morrow on nights for bonfire night. Pray for us 🎆",
        see=[
            ("role", "text", "ambiguous title 'PC' + surname, with shift context"),
            ("identity", "text", "surname Morrow"),
        ],
    )
    x.tweet(
        t(2023, 12, 2, 19, 30),
        "@bethanw_runs congrats!! 🎉 pint on me next rest day",
        reply_to="bethanw_runs",
    )
    x.tweet(
        t(2024, 1, 13, 18, 0),
        "Sunday roast at Mam's in Bridgend. Best in Wales, don't @ me",
        see=[("location", "text", "family home in Bridgend")],
    )
    x.tweet(
        t(2024, 2, 3, 8, 10),
        "18 months on independent patrol and I still love it. Best team in Cardiff 🚓",
        see=[
            ("role", "text", "'independent patrol' = constable after tutorship"),
            ("location", "text", "works in Cardiff"),
        ],
    )
    x.tweet(t(2024, 2, 24, 11, 0), "Coffee number four. It's that kind of rest day ☕")
    x.likes(
        [
            (
                t(2024, 2, 20),
                "Reminder to all South Wales Police Federation members: branch council meeting Thursday 7pm. Reps will be there to answer questions.",
                [("sector", "liked a police federation notice (private)")],
            ),
            (t(2024, 1, 30), "Six Nations fixtures are out! Who's going to Cardiff? 🏴󠁧󠁢󠁷󠁬󠁳󠁿🏉", []),
            (
                t(2023, 12, 25),
                "Massive thanks to every officer, dispatcher and staff member working today 🖤💙🖤 #thinblueline",
                [("sector", "liked a #thinblueline post (private)")],
            ),
            (t(2023, 11, 18), "Best flat white in Cardiff? Go.", []),
            (
                t(2023, 10, 2),
                "Police constable degree apprenticeship, 2019 intake reunion: who's in? 🍻",
                [("sector", "liked a police-recruit reunion post (private)")],
            ),
            (
                t(2023, 8, 30),
                "Dog owners of Cardiff: the new off-lead field in Bute Park is open 🐕",
                [],
            ),
            (t(2023, 6, 1), None, []),
            (
                t(2023, 4, 22),
                "Anyone else's toddler obsessed with bin lorries or is it just mine",
                [],
            ),
            (
                t(2023, 2, 19),
                "Proud to be part of the Police Federation. Every member deserves support when things go wrong.",
                [("sector", "liked a police federation post (private)")],
            ),
            (t(2022, 11, 26), "Rugby club quiz night raised £400 for the junior kit fund 🏉", []),
        ]
    )
    following = [
        swp_id,
        polfed_id,
        people["bethanw_runs"][1],
        people["gruff_ll"][1],
        *account_ids(rng, 6),
    ]
    x.follows("following", following)
    x.follows(
        "follower",
        [
            people["bethanw_runs"][1],
            people["gruff_ll"][1],
            *account_ids(rng, 5, t(2016, 1, 1), 2500),
        ],
    )
    p.see(
        "x",
        "twitter-2024-03-04-a1b2c3/data/following.js",
        swp_id,
        "following",
        f"accountId {swp_id}",
        "employer",
        "follows the force's account (the id is resolvable offline: it is the id_str of the @SWPolice mention)",
    )
    p.see(
        "x",
        "twitter-2024-03-04-a1b2c3/data/following.js",
        polfed_id,
        "following",
        f"accountId {polfed_id}",
        "sector",
        "follows @PolFed (id_str of the @PolFed mention)",
    )
    p.see(
        "x",
        "twitter-2024-03-04-a1b2c3/data/account.js",
        None,
        "email",
        "daf.morrow88@gmail.com",
        "identity",
        "personal e-mail (private; no employer domain)",
    )
    x.finish()

    # ---------------------------------------------------------------- LinkedIn (2023)
    li = p.export(
        "Basic_LinkedInDataExport_03-02-2024", "linkedin", "Basic export, 2023-24 form (UTF-8 CSV)"
    )
    lf = "Basic_LinkedInDataExport_03-02-2024"
    write(
        li / "Profile.csv",
        csv_text(
            PROFILE_2023,
            [
                [
                    "Dafydd",
                    "Morrow",
                    "",
                    "",
                    "May 6",
                    "Police Constable at South Wales Police",
                    "Response officer in Cardiff. Previously a Special Constable and a leisure attendant. Community policing, rugby and (a lot of) coffee.",
                    "Law Enforcement",
                    "",
                    "Cardiff, Wales, United Kingdom",
                    "",
                    "",
                    "",
                ]
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Profile.csv",
        None,
        "headline",
        "Police Constable at South Wales Police",
        "employer",
        "headline names the force",
    )
    p.see(
        "linkedin", f"{lf}/Profile.csv", None, "headline", "Police Constable", "role", "job title"
    )
    p.see(
        "linkedin",
        f"{lf}/Profile.csv",
        None,
        "birthday",
        "May 6",
        "personal",
        "birthday (day and month)",
    )
    p.see(
        "linkedin",
        f"{lf}/Profile.csv",
        None,
        "location",
        "Cardiff, Wales, United Kingdom",
        "location",
        "home area",
    )
    write(
        li / "Positions.csv",
        csv_text(
            POSITIONS,
            [
                [
                    "South Wales Police",
                    "Police Constable",
                    "Response policing, Cardiff.",
                    "Cardiff, Wales, United Kingdom",
                    "Sep 2019",
                    "",
                ],
                [
                    "South Wales Police",
                    "Special Constable",
                    "Volunteer special constable, Bridgend.",
                    "Bridgend, Wales, United Kingdom",
                    "Mar 2017",
                    "Aug 2019",
                ],
                [
                    "Cardiff Council",
                    "Leisure Attendant",
                    "",
                    "Cardiff, Wales, United Kingdom",
                    "Jun 2010",
                    "Aug 2019",
                ],
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Positions.csv",
        "South Wales Police|Sep 2019",
        "position",
        "South Wales Police, Police Constable (current)",
        "employer",
        "current position",
    )
    p.see(
        "linkedin",
        f"{lf}/Positions.csv",
        "South Wales Police|Mar 2017",
        "position",
        "South Wales Police, Special Constable",
        "role",
        "past volunteer police role",
    )
    write(
        li / "Email Addresses.csv",
        csv_text(
            EMAILS,
            [
                ["daf.morrow88@gmail.com", "Yes", "Yes", li_short(t(2015, 3, 2, 21, 14))],
                [
                    "dafydd.morrow@south-wales.police.uk",
                    "Yes",
                    "No",
                    li_short(t(2019, 10, 1, 8, 2)),
                ],
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Email Addresses.csv",
        None,
        "email",
        "dafydd.morrow@south-wales.police.uk",
        "employer",
        "work e-mail domain of the force (private to the export)",
    )
    conns = [
        ("Rhian", "Beddoe", "South Wales Police", "Police Sergeant"),
        ("Gethin", "Pryce", "South Wales Police", "Police Constable"),
        ("Lowri", "Thickett", "South Wales Police", "Police Constable"),
        ("Aled", "Mostyn", "South Wales Police", "Detective Constable"),
        ("Kerry", "Blandford", "South Wales Police", "Police Community Support Officer"),
        ("Owain", "Hepburn", "South Wales Police", "Inspector"),
        ("Sara", "Llewelyn-Dunn", "South Wales Police", "Police Staff - Custody Detention Officer"),
        ("Tomos", "Argent", "South Wales Police", "Response Officer"),
        ("Nia", "Castellano", "South Wales Police", "Tutor Constable"),
        ("Bryn", "Oakhurst", "Heddlu De Cymru - South Wales Police", "Cwnstabl / Constable"),
        ("Dylan", "Penhale", "Police Federation of England and Wales", "Workplace Representative"),
        ("Ceri", "Waldron", "Gwent Police", "Police Constable"),
        ("Hywel", "Maddox", "Dyfed-Powys Police", "Police Sergeant"),
        ("Anwen", "Sheriff", "College of Policing", "Learning Designer"),
        ("Rob", "Fairweather", "Cardiff Council", "Leisure Centre Manager"),
        ("Jodie", "Pask", "Cardiff Council", "Lifeguard"),
        ("Emyr", "Tallis", "University of South Wales", "Lecturer in Policing"),
        ("Leanne", "Broadmead", "Admiral Group", "Claims Handler"),
        ("Iestyn", "Garrow", "Welsh Rugby Union", "Community Coach"),
        ("Becky", "Sallow", "NHS Wales", "Paramedic"),
        ("Craig", "Lundie", "Self-employed", "Personal Trainer"),
        ("Ffion", "Marwood", "Cardiff and Vale University Health Board", "Staff Nurse"),
        ("Gareth", "Summerhill", "Tesco", "Store Manager"),
        ("Manon", "Treharne", "Bridgend College", "Student Services Officer"),
        ("Steffan", "Ivory", "Costain", "Site Engineer"),
    ]
    rows = []
    for i, (fn, ln, co, pos) in enumerate(conns):
        when = t(2017, 4, 1) + dt.timedelta(days=rng.randrange(2400))
        slug = f"{fn.lower()}-{ln.lower()}-{token(rng, 6, '0123456789abcdef')}"
        email = f"{fn.lower()}.{ln.lower()}@outlook.com" if i in (2, 17) else ""
        rows.append(
            [
                fn,
                ln,
                f"https://www.linkedin.com/in/{slug}",
                email,
                co,
                pos,
                when.strftime("%d %b %Y"),
            ]
        )
    rows.sort(key=lambda r: dt.datetime.strptime(r[6], "%d %b %Y"), reverse=True)
    write(
        li / "Connections.csv",
        csv_text(
            [
                "First Name",
                "Last Name",
                "URL",
                "Email Address",
                "Company",
                "Position",
                "Connected On",
            ],
            rows,
            LINKEDIN_CONNECTIONS_NOTES,
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Connections.csv",
        None,
        "connections",
        "10 of 25 connections at South Wales Police (one written 'Heddlu De Cymru - South Wales Police')",
        "employer",
        "colleague cluster",
    )
    p.see(
        "linkedin",
        f"{lf}/Connections.csv",
        None,
        "connections",
        "police federation, Gwent, Dyfed-Powys, College of Policing connections",
        "sector",
        "sector cluster",
    )
    write(
        li / "Company Follows.csv",
        li_follows(
            [
                ("South Wales Police", t(2019, 9, 2, 19, 4, 11)),
                ("Police Federation of England and Wales", t(2019, 11, 20, 21, 33, 2)),
                ("College of Policing", t(2020, 1, 8, 12, 1, 45)),
                ("Welsh Rugby Union", t(2018, 2, 3, 10, 15, 9)),
                ("University of South Wales", t(2019, 9, 30, 8, 44, 0)),
                ("Cardiff Council", t(2016, 5, 12, 13, 2, 58)),
            ]
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Company Follows.csv",
        "South Wales Police",
        "following",
        "South Wales Police",
        "employer",
        "follows the force's company page",
    )
    p.see(
        "linkedin",
        f"{lf}/Company Follows.csv",
        "Police Federation of England and Wales",
        "following",
        "Police Federation of England and Wales",
        "sector",
        "follows the federation",
    )
    write(
        li / "Education.csv",
        csv_text(
            EDUCATION,
            [
                [
                    "University of South Wales",
                    "2019",
                    "2023",
                    "",
                    "BSc (Hons) Professional Policing Practice",
                    "",
                ],
                ["Brynteg School", "1999", "2006", "", "", "Rugby, Duke of Edinburgh"],
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Education.csv",
        None,
        "education",
        "BSc (Hons) Professional Policing Practice",
        "sector",
        "police degree",
    )
    p.see(
        "linkedin",
        f"{lf}/Education.csv",
        None,
        "education",
        "Brynteg School 1999-2006",
        "personal",
        "school (spear-phishing material)",
    )
    write(
        li / "Skills.csv",
        csv_text(
            ["Name"],
            [
                ["Community Policing"],
                ["Public Safety"],
                ["First Aid"],
                ["Conflict Resolution"],
                ["Customer Service"],
                ["Welsh"],
            ],
        ),
    )

    # ---------------------------------------------------------------- Facebook (2022-23)
    fb = p.export(
        "facebook-dafmorrow88-2023-11-02-Qm3xT0pa",
        "facebook",
        "2022-23 reorganised layout (personal_information/, your_activity_across_facebook/, connections/)",
    )
    ff = "facebook-dafmorrow88-2023-11-02-Qm3xT0pa"
    profile = {
        "profile_v2": {
            "name": {
                "full_name": "Dafydd Morrow",
                "first_name": "Dafydd",
                "middle_name": "",
                "last_name": "Morrow",
            },
            "emails": {
                "emails": ["daf.morrow88@gmail.com"],
                "previous_emails": [],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "birthday": {"year": 1988, "month": 5, "day": 6},
            "gender": {"gender_option": "MALE", "pronoun": "MALE"},
            "current_city": {"name": "Cardiff, United Kingdom", "timestamp": epoch(t(2014, 8, 1))},
            "hometown": {"name": "Bridgend, United Kingdom", "timestamp": epoch(t(2011, 2, 3))},
            "relationship": {
                "status": "Married",
                "partner": "Ffion Morrow",
                "anniversary": {"year": 2017, "month": 7, "day": 15},
                "timestamp": epoch(t(2017, 7, 16)),
            },
            "family_members": [
                {"name": "Ffion Morrow", "relation": "Wife", "timestamp": epoch(t(2017, 7, 16))},
                {"name": "Carys Morrow", "relation": "Sister", "timestamp": epoch(t(2012, 1, 9))},
                {"name": "Siân Morrow", "relation": "Mother", "timestamp": epoch(t(2012, 1, 9))},
            ],
            "education_experiences": [
                {
                    "name": "University of South Wales",
                    "start_timestamp": epoch(t(2019, 9, 1)),
                    "end_timestamp": epoch(t(2023, 7, 1)),
                    "graduated": True,
                    "concentrations": ["Professional Policing"],
                    "school_type": "University",
                    "timestamp": epoch(t(2023, 7, 23)),
                },
                {
                    "name": "Brynteg School",
                    "start_timestamp": epoch(t(1999, 9, 1)),
                    "end_timestamp": epoch(t(2006, 7, 1)),
                    "graduated": True,
                    "concentrations": [],
                    "school_type": "High School",
                    "timestamp": epoch(t(2011, 2, 3)),
                },
            ],
            "work_experiences": [
                {
                    "employer": "South Wales Police",
                    "title": "Police Constable",
                    "location": "Cardiff, United Kingdom",
                    "description": "",
                    "start_timestamp": epoch(t(2019, 9, 2)),
                    "timestamp": epoch(t(2019, 9, 20)),
                },
                {
                    "employer": "Cardiff Council",
                    "title": "Leisure Attendant",
                    "location": "Cardiff, United Kingdom",
                    "description": "",
                    "start_timestamp": epoch(t(2010, 6, 1)),
                    "end_timestamp": epoch(t(2019, 8, 31)),
                    "timestamp": epoch(t(2011, 2, 3)),
                },
            ],
            "blood_info": {"blood_donor_status": "unregistered"},
            "websites": [],
            "phone_numbers": [
                {"phone_type": "Mobile", "phone_number": "+447700900123", "verified": True}
            ],
            "username": "daf.morrow.88",
            "registration_timestamp": epoch(t(2008, 10, 11, 18, 2)),
            "profile_uri": "https://www.facebook.com/daf.morrow.88",
        }
    }
    write(
        fb / "personal_information/profile_information/profile_information.json", fb_json(profile)
    )
    pf = f"{ff}/personal_information/profile_information/profile_information.json"
    p.see(
        "facebook",
        pf,
        None,
        "position",
        "work_experiences: South Wales Police, Police Constable",
        "employer",
        "work history",
    )
    p.see("facebook", pf, None, "position", "Police Constable", "role", "job title")
    p.see("facebook", pf, None, "birthday", "6 May 1988", "personal", "full date of birth")
    p.see(
        "facebook",
        pf,
        None,
        "location",
        "current_city Cardiff; hometown Bridgend",
        "location",
        "home area",
    )
    p.see(
        "facebook",
        pf,
        None,
        "family",
        "wife Ffion Morrow, sister Carys, mother Siân (mojibake)",
        "personal",
        "family names",
    )
    p.see("facebook", pf, None, "phone", "+447700900123", "personal", "mobile number (private)")
    groups = {
        "groups_joined_v2": [
            {
                "timestamp": epoch(t(2023, 5, 2, 20, 1)),
                "data": [{"name": "Cardiff Allotment Society"}],
                "title": "You became a member of Cardiff Allotment Society.",
            },
            {
                "timestamp": epoch(t(2021, 3, 14, 22, 30)),
                "data": [{"name": "Thin Blue Line UK"}],
                "title": "You became a member of Thin Blue Line UK.",
            },
            {
                "timestamp": epoch(t(2020, 6, 7, 9, 12)),
                "title": "You stopped being a member of Cardiff Dog Walkers.",
            },
            {
                "timestamp": epoch(t(2019, 10, 3, 19, 45)),
                "data": [{"name": "South Wales Police Federation Members"}],
                "title": "You became a member of South Wales Police Federation Members.",
            },
        ]
    }
    write(
        fb / "your_activity_across_facebook/groups/your_group_membership_activity.json",
        fb_json(groups),
    )
    gf = f"{ff}/your_activity_across_facebook/groups/your_group_membership_activity.json"
    p.see(
        "facebook",
        gf,
        "South Wales Police Federation Members",
        "groups",
        "South Wales Police Federation Members",
        "employer",
        "group named after the force's federation branch",
    )
    p.see(
        "facebook",
        gf,
        "Thin Blue Line UK",
        "groups",
        "Thin Blue Line UK",
        "sector",
        "police-support group",
    )
    p.neg(
        "facebook",
        gf,
        "Cardiff Allotment Society",
        "Cardiff Allotment Society",
        "ordinary hobby group",
    )
    pages = {
        "page_likes_v2": [
            {"name": "South Wales Police", "timestamp": epoch(t(2019, 9, 3, 7, 0))},
            {
                "name": "Police Federation of England and Wales",
                "timestamp": epoch(t(2019, 10, 3, 19, 50)),
            },
            {"name": "Welsh Rugby Union", "timestamp": epoch(t(2013, 2, 2, 15, 0))},
            {"name": "Cardiff Rugby", "timestamp": epoch(t(2016, 9, 1, 19, 0))},
        ]
    }
    write(fb / "your_activity_across_facebook/pages/pages_you've_liked.json", fb_json(pages))
    p.see(
        "facebook",
        f"{ff}/your_activity_across_facebook/pages/pages_you've_liked.json",
        "South Wales Police",
        "following",
        "South Wales Police",
        "employer",
        "likes the force's page",
    )
    friends = [
        "Ffion Morrow",
        "Carys Morrow",
        "Siân Morrow",
        "Gethin Pryce",
        "Lowri Thickett",
        "Rhian Beddoe",
        "Tomos Argent",
        "Nia Castellano",
        "Bethan Whitcombe",
        "Gruffydd Lloyd",
        "Siôn Prydderch",
        "Craig Lundie",
        "Jodie Pask",
        "Iestyn Garrow",
        "Manon Treharne",
        "Rob Fairweather",
        "Becky Sallow",
        "Dylan Penhale",
    ]
    fr = [
        {"name": n, "timestamp": epoch(t(2009, 1, 1) + dt.timedelta(days=rng.randrange(5000)))}
        for n in friends
    ]
    fr.sort(key=lambda r: r["timestamp"], reverse=True)
    write(fb / "connections/friends/your_friends.json", fb_json({"friends_v2": fr}))
    p.see(
        "facebook",
        f"{ff}/connections/friends/your_friends.json",
        None,
        "connections",
        "5 of 18 friends are South Wales Police connections on LinkedIn (and one is the federation rep)",
        "employer",
        "colleague cluster (needs cross-platform name matching)",
    )
    media_dir = "your_activity_across_facebook/posts/media"
    posts = [
        fb_post(
            t(2023, 9, 2, 20, 14),
            "Four years in the job today. Proud to be part of South Wales Police 💙",
            title="Dafydd Morrow updated his status.",
        ),
        fb_post(
            t(2023, 6, 17, 6, 41),
            "Early start 🥱",
            title="Dafydd Morrow was at Cardiff Bay.",
            attachments=[
                {
                    "place": {
                        "name": "Cardiff Bay",
                        "coordinate": {"latitude": 51.4651, "longitude": -3.1695},
                        "address": "Cardiff, United Kingdom",
                        "url": "https://www.facebook.com/pages/Cardiff-Bay/000000000000001",
                    }
                }
            ],
        ),
        fb_post(
            t(2023, 5, 28, 15, 3),
            "Bramble, 2 today! Best boy 🐾",
            title="Dafydd Morrow added a new photo.",
            attachments=[
                fb_media(
                    f"{media_dir}/TimelinePhotos_Hc2Lr9aQ1w/348210955_1029384756_n.jpg",
                    t(2023, 5, 28, 15, 3),
                    "Timeline photos",
                    "Bramble, 2 today! Best boy 🐾",
                )
            ],
        ),
        fb_post(
            t(2023, 8, 14, 19, 22),
            "Penwythnos hir yn Ynys Môn ☀️ Traeth Llanddwyn yn anhygoel",
            title="Dafydd Morrow updated his status.",
        ),
        fb_post(
            t(2023, 3, 2, 21, 0),
            "Worth every penny of the subs.",
            title="Dafydd Morrow shared a link.",
            attachments=[
                {
                    "external_context": {
                        "url": "https://www.polfed.org/news/latest-news/",
                        "name": "Latest news | Police Federation",
                        "source": "polfed.org",
                    }
                }
            ],
        ),
        fb_post(
            t(2023, 1, 9, 9, 15),
            "Happy birthday to our Carys! 🎂 Don't do anything I wouldn't do",
            title="Dafydd Morrow updated his status.",
        ),
        fb_post(
            t(2023, 7, 29, 18, 30),
            "Allotment finally producing something other than slugs 🥔",
            title="Dafydd Morrow updated his status.",
        ),
    ]
    posts.sort(key=lambda r: r["timestamp"], reverse=True)
    write(
        fb / "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
        fb_json(posts),
    )
    pp = f"{ff}/your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json"
    p.see(
        "facebook",
        pp,
        str(epoch(t(2023, 9, 2, 20, 14))),
        "text",
        "Four years in the job today. Proud to be part of South Wales Police 💙",
        "employer",
        "employment statement naming the force",
    )
    p.see(
        "facebook",
        pp,
        str(epoch(t(2023, 6, 17, 6, 41))),
        "place",
        "check-in 'Cardiff Bay' at 51.4651,-3.1695, 06:41",
        "location",
        "about 60 m from Cardiff Bay Police Station at shift-start time",
    )
    p.see(
        "facebook",
        pp,
        str(epoch(t(2023, 5, 28, 15, 3))),
        "media",
        "Bramble, 2 today! Best boy 🐾",
        "personal",
        "pet's name and birthday",
    )
    p.see(
        "facebook",
        pp,
        str(epoch(t(2023, 8, 14, 19, 22))),
        "text",
        "Penwythnos hir yn Ynys Môn (mojibake M\\u00c3\\u00b4n)",
        "personal",
        "away from home (tests the encoding repair)",
    )
    p.see(
        "facebook",
        pp,
        str(epoch(t(2023, 3, 2, 21, 0))),
        "link",
        "polfed.org link, 'worth every penny of the subs'",
        "sector",
        "pays police federation subscriptions",
    )
    p.see(
        "facebook",
        pp,
        str(epoch(t(2023, 1, 9, 9, 15))),
        "text",
        "Happy birthday to our Carys!",
        "personal",
        "sister's birthday",
    )
    p.neg(
        "facebook",
        pp,
        str(epoch(t(2023, 7, 29, 18, 30))),
        "Allotment finally producing something other than slugs",
        "ordinary",
    )

    write(
        p.dir / "README.md",
        p.readme(
            "Persona: police officer (South Wales Police)",
            """
**Dafydd "Daf" Morrow** (invented), 35, a response police constable with South Wales Police in
Cardiff since September 2019 (Special Constable before that). Married to Ffion, two small children,
a dog called Bramble, family in Bridgend. Public X account under a nickname, a LinkedIn profile that
says exactly what he does, and a Facebook account he thinks of as private.

Suggested profile: `--org south-wales-police` (extends `uk-police`).""",
            [
                "The X account ids `1190000000000000101` (@SWPolice) and `1190000000000000202` (@PolFed) are invented "
                "stand-ins. They appear both as `id_str` of the mentions in tweets and in `following.js`, so a scanner can "
                "resolve the follow offline by cross-referencing mentions; a profile can also list them under `account_ids`.",
                f"Premises used: Cardiff Bay Police Station, James Street ({CARDIFF_BAY_STATION[0]}, {CARDIFF_BAY_STATION[1]}). "
                "The geotagged tweet is at that point; the Facebook check-in is about 60 m away.",
                "X `geo` is [lat, lon] and `coordinates` is [lon, lat], both as strings; `place.bounding_box` holds numbers.",
                "Facebook strings are mojibake (`Si\\u00c3\\u00a2n`, `M\\u00c3\\u00b4n`, emoji as four escapes). "
                "`work_experiences` item keys, `hometown`, `relationship`, the check-in `place` attachment and "
                "`pages_you've_liked.json` (`page_likes_v2`) follow the best available description, not a copied file.",
                "Media files (the Bramble photos), X `README.txt` and `Your archive.html` are not included.",
            ],
        ),
    )
    return p


# ---------------------------------------------------------------------------


def welsh_gov() -> Persona:
    p = Persona("welsh-gov-policy-officer")
    rng = p.rng
    people = {"gwenllian_writes": ("Gwenllian ✍️", snowflake(t(2015, 5, 5), rng))}
    x = XArchive(
        p,
        "twitter-2022-05-20-9f8e7d",
        "2022",
        username="elin_rhys_",
        display="Elin Rhys 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
        email="elin.rhys@outlook.com",
        account_id=snowflake(t(2017, 2, 8, 21, 0), rng),
        created=t(2017, 2, 8, 21, 0, 44),
        generated=t(2022, 5, 20, 18, 4, 51),
        bio="Polisi, llyfrau a choffi ☕ Policy, books and coffee. Caerdydd. Barn fy hun / views my own.",
        location="Caerdydd / Cardiff",
        people=people,
        source="iphone",
    )
    pf = "twitter-2022-05-20-9f8e7d/data/profile.js"
    p.see(
        "x",
        pf,
        None,
        "bio",
        "Polisi ... Policy ... Barn fy hun / views my own.",
        "role",
        "works in policy; 'views my own' implies an employer",
    )
    x.tweet(
        t(2021, 9, 6, 17, 31),
        "Diwrnod prysur yn Llywodraeth Cymru heddiw! Ymgynghoriad newydd ar y gweill 📝 #GwasanaethSifil",
        lang="cy",
        see=[
            ("employer", "text", "'Llywodraeth Cymru' = Welsh Government (Welsh name)"),
            ("sector", "hashtag", "#GwasanaethSifil = #CivilService"),
        ],
    )
    x.tweet(
        t(2021, 9, 6, 17, 33),
        "Busy day at Welsh Government today – new consultation in the pipeline 📝 #CivilService",
        see=[
            ("employer", "text", "'at Welsh Government today'"),
            ("sector", "hashtag", "#CivilService"),
        ],
    )
    x.tweet(
        t(2021, 9, 20, 9, 2),
        "Mae'r ymgynghoriad ar agor / The consultation is now open: {url}",
        urls=["https://www.gov.wales/consultation-draft-community-transport-strategy"],
        lang="cy",
        see=[("employer", "link", "gov.wales is the Welsh Government's own domain")],
    )
    x.tweet(
        t(2021, 10, 1, 12, 10),
        "Darllenwch y canllawiau newydd 👇 {url}",
        urls=["https://www.llyw.cymru/canllawiau-trafnidiaeth-gymunedol"],
        lang="cy",
        see=[
            ("employer", "link", "llyw.cymru is the Welsh-language domain of the Welsh Government")
        ],
    )
    x.tweet(
        t(2021, 10, 14, 8, 40),
        "Yn ôl yn swyddfa Parc Cathays am y tro cyntaf ers misoedd. Mae'r lifftiau dal yn araf 😅",
        lang="cy",
        see=[("location", "text", "'swyddfa Parc Cathays' = the Cathays Park office (premises)")],
    )
    x.tweet(
        t(2021, 10, 14, 8, 42),
        "Back in the Cathays Park office for the first time in months. The lifts are still slow 😅",
        see=[("location", "text", "'the Cathays Park office' (premises)")],
    )
    x.tweet(
        t(2021, 11, 2, 13, 5),
        "Cinio yn y ffreutur ym Mharc Cathays – cawl ar ddydd Mawrth, wrth gwrs 🥣",
        lang="cy",
        see=[
            (
                "location",
                "text",
                "'ym Mharc Cathays' = Parc Cathays after nasal mutation (Parc -> Mharc)",
            )
        ],
    )
    x.tweet(
        t(2021, 11, 16, 21, 40),
        "C'mon Cymru! ⚽🏴󠁧󠁢󠁷󠁬󠁳󠁿 What a night at the Cardiff City Stadium #TogetherStronger",
        neg="'Cymru' alone is the football team, not Llywodraeth Cymru",
    )
    x.tweet(
        t(2021, 12, 3, 20, 12),
        "Dinner at Mam's was WG tonight – well good 😋",
        neg="'WG' = 'well good'; the ambiguous alias WG needs work context",
    )
    x.tweet(
        t(2022, 1, 11, 22, 5),
        "Late one finishing a ministerial briefing. Tea and toast for tea 🫖",
        see=[("role", "text", "writes ministerial briefings = civil-service policy role")],
    )
    x.tweet(
        t(2022, 1, 25, 18, 30),
        "#OneTeamGov Wales meetup was brilliant – so many good ideas on open policy making",
        see=[("sector", "hashtag", "#OneTeamGov (public-sector reform network)")],
    )
    x.tweet(
        t(2022, 2, 8, 9, 15),
        "Gweithio o adref heddiw. Y gath yn helpu gyda'r e-byst 🐈",
        lang="cy",
        neg="working from home, nothing about the employer",
    )
    x.tweet(
        t(2022, 2, 28, 19, 0),
        "Dydd Gŵyl Dewi hapus i bawb yfory! 🌼",
        lang="cy",
        neg="St David's Day greeting (raw ŵ in X JSON)",
    )
    x.tweet(
        t(2022, 3, 15, 12, 20),
        "@gwenllian_writes Diolch! Barn fy hun wrth gwrs 😉",
        reply_to="gwenllian_writes",
        lang="cy",
        see=[("sector", "text", "'barn fy hun' = 'my own views' (weak)")],
    )
    x.tweet(
        t(2022, 3, 29, 17, 55),
        "Policy officer life: three drafts, two consultations, one very patient line manager 😂",
        see=[("role", "text", "'policy officer' job title")],
    )
    x.tweet(t(2022, 4, 12, 20, 0), "Llyfr newydd o'r llyfrgell – wedi gwirioni 📚", lang="cy")
    x.tweet(
        t(2022, 4, 26, 12, 45),
        "Tip from a WG policy colleague: draft in both languages from day one, not at the end.",
        see=[("employer", "text", "ambiguous 'WG' with work context ('policy colleague')")],
    )
    x.tweet(
        t(2022, 5, 7, 10, 5),
        "Parkrun in Bute Park this morning, PB! 🏃‍♀️",
        see=[("location", "text", "Saturday routine in Cardiff")],
    )
    x.tweet(
        t(2022, 5, 14, 22, 30),
        "Moving flat from Cathays to Canton next weekend – anyone got a van? 📦",
        see=[("location", "text", "moving home to Canton (personal)")],
        neg="'Cathays' alone is a neighbourhood, not the Cathays Park office",
    )
    x.likes(
        [
            (
                t(2022, 5, 18),
                "Swyddi newydd yn Llywodraeth Cymru – ymgeisiwch erbyn dydd Gwener",
                [("employer", "liked a Welsh Government job post (private)")],
            ),
            (t(2022, 4, 2), "Bute Park in spring is unbeatable 🌸", []),
            (t(2022, 3, 1), "Dydd Gŵyl Dewi Hapus! 🌼🏴󠁧󠁢󠁷󠁬󠁳󠁿", []),
            (
                t(2022, 1, 26),
                "Thanks to everyone who came to #OneTeamGov Wales last night!",
                [("sector", "liked an #OneTeamGov post (private)")],
            ),
            (t(2021, 11, 17), "CYMRU! What a result ⚽", []),
            (t(2021, 10, 3), "Reading recommendations for a wet weekend? 📚", []),
        ]
    )
    wg_x_id = "1190000000000000303"  # invented stand-in for an official account
    x.follows("following", [wg_x_id, people["gwenllian_writes"][1], *account_ids(rng, 6)])
    x.follows(
        "follower", [people["gwenllian_writes"][1], *account_ids(rng, 5, t(2015, 1, 1), 2500)]
    )
    x.finish()

    host = "mastodon.example"
    m = MastodonArchive(
        p,
        "archive-20230612081502-4c1d2e9b",
        host=host,
        username="elinrhys",
        name="Elin Rhys",
        summary="<p>Polisi cyhoeddus, beicio a llyfrau. Public policy, cycling and books.</p><p>Barn fy hun / views my own.</p>",
        fields=[
            ("Gwaith / Work", "Llywodraeth Cymru / Welsh Government"),
            ("Iaith / Language", "Cymraeg, English"),
        ],
        published=t(2022, 11, 8, 0, 0),
    )
    af = "archive-20230612081502-4c1d2e9b/actor.json"
    p.see(
        "mastodon",
        af,
        None,
        "bio",
        "Gwaith / Work: Llywodraeth Cymru / Welsh Government",
        "employer",
        "profile field names the employer in both languages",
    )
    p.see("mastodon", af, None, "bio", "Public policy ... views my own", "role", "policy work")
    m.note(
        t(2022, 11, 9, 19, 4),
        "<p>Helo Mastodon! Polisi, beicio a llyfrau. Yn gweithio yng Nghaerdydd.</p>",
        lang="cy",
        see=[("location", "text", "'yng Nghaerdydd' = in Cardiff (mutated Caerdydd)")],
    )
    m.note(
        t(2022, 11, 9, 19, 6), "<p>Hello Mastodon! Policy, cycling and books. Based in Cardiff.</p>"
    )
    m.note(
        t(2022, 12, 5, 10, 30),
        "<p>Consultation responses are in – thank you to everyone who took part. "
        + masto_link(
            "https://www.gov.wales/consultation-draft-community-transport-strategy-responses"
        )
        + "</p>",
        visibility="unlisted",
        see=[("employer", "link", "gov.wales link (href; visible text is split into spans)")],
    )
    m.note(
        t(2023, 1, 17, 17, 45),
        "<p>Diwrnod hir yn y swyddfa ym Mharc Cathays. Amser am baned ☕</p>",
        visibility="private",
        lang="cy",
        see=[("location", "text", "'y swyddfa ym Mharc Cathays' = the office in Cathays Park")],
    )
    m.note(
        t(2023, 2, 1, 12, 0),
        "<p>Balch o fod yn rhan o&#39;r " + masto_tag(host, "GwasanaethSifil") + " 🏴󠁧󠁢󠁷󠁬󠁳󠁿</p>",
        lang="cy",
        tags=["GwasanaethSifil"],
        see=[("sector", "hashtag", "#GwasanaethSifil")],
    )
    m.note(
        t(2022, 11, 21, 18, 55),
        "<p>Cymru v Iran on Friday, come on! ⚽ " + masto_tag(host, "TogetherStronger") + "</p>",
        tags=["TogetherStronger"],
        neg="'Cymru' = the football team",
    )
    m.note(
        t(2023, 4, 8, 15, 20),
        "<p>40km along the Taff Trail today ☀️</p>",
        attachment={"alt": "Golygfa o'r afon Taf ger Castell Coch"},
    )
    m.note(
        t(2022, 12, 14, 21, 10),
        "<p>"
        + masto_mention(host, "gwenllian")
        + " see you at the WG Christmas do on Friday? 🎄</p>",
        visibility="direct",
        mentions=["gwenllian"],
        see=[
            (
                "employer",
                "text",
                "'WG Christmas do' (ambiguous alias, work context; direct message)",
            )
        ],
    )
    m.note(
        t(2023, 5, 2, 20, 40),
        "<p>Reading list for the bank holiday 📚 anything by Kate Roberts, please.</p>",
    )
    m.note(
        t(2023, 5, 30, 9, 5),
        "<p>Barn fy hun, nid barn fy nghyflogwr 😉</p>",
        visibility="unlisted",
        lang="cy",
        reply_to=f"https://{host}/users/gwenllian/statuses/110447213006455119",
        see=[("sector", "text", "'my own views, not my employer's' (weak)")],
    )
    m.finish(
        likes=[
            f"https://{host}/users/gwenllian/statuses/{masto_id(t(2023, 3, d), rng)}"
            for d in (3, 9, 21)
        ]
        + [
            f"https://social.example/users/llyfrgell/statuses/{masto_id(t(2023, 4, 2), rng)}",
            f"https://mastodon.example/users/WelshGovernment/statuses/{masto_id(t(2023, 5, 11), rng)}",
        ]
    )
    p.see(
        "mastodon",
        "archive-20230612081502-4c1d2e9b/likes.json",
        None,
        "like",
        "https://mastodon.example/users/WelshGovernment/statuses/...",
        "employer",
        "liked a post by the official-looking account",
    )
    mf = p.export(
        "mastodon-following-2023-06-12",
        "mastodon",
        "Data export page: following_accounts.csv (header form)",
    )
    write(
        mf / "following_accounts.csv",
        "Account address,Show boosts,Notify on new posts,Languages\n"
        "WelshGovernment@mastodon.example,true,false,\n"
        "LlywodraethCymru@mastodon.example,true,false,cy\n"
        "gwenllian@mastodon.example,true,true,\n"
        'llyfrgell@social.example,true,false,"cy, en"\n'
        "taffbikes@social.example,false,false,\n",
    )
    p.see(
        "mastodon",
        "mastodon-following-2023-06-12/following_accounts.csv",
        "WelshGovernment@mastodon.example",
        "following",
        "WelshGovernment@mastodon.example, LlywodraethCymru@mastodon.example",
        "employer",
        "follows the (invented) official accounts in both languages",
    )

    write(
        p.dir / "README.md",
        p.readme(
            "Persona: Welsh Government policy officer (bilingual)",
            """
**Elin Rhys** (invented), a policy officer at the Welsh Government (Llywodraeth Cymru), based at
Cathays Park in Cardiff. Writes in Welsh and English; moved to Mastodon in November 2022 but kept
her X account. Her posts name the employer in Welsh, use Welsh mutations of the office name
("ym Mharc Cathays"), and mix in football "Cymru" and slang "WG" that mean something else.

Suggested profile: `--org welsh-government`.""",
            [
                "The X archive is the older May-2022 form: `tweet.js` / `window.YTD.tweet.part0`, no `edit_info`; "
                "`manifest.js` lists `tweet` with `data/tweet_media`.",
                "Welsh text is raw UTF-8 in X and Mastodon files (ŵ, ô, the Welsh flag tag sequence 🏴󠁧󠁢󠁷󠁬󠁳󠁿).",
                "Mastodon is compact JSON as Mastodon writes it. Visibility: public (`as:Public` in `to`), unlisted "
                "(in `cc`), private/followers-only (followers collection only), direct (mentions only).",
                "`WelshGovernment@mastodon.example` / `LlywodraethCymru@mastodon.example` are invented official-looking "
                "accounts on a reserved domain; a profile under test can list them in `handles.mastodon`. The X "
                f"accountId `{wg_x_id}` in following.js is likewise an invented stand-in (not resolvable from this export).",
                f"Premises: Crown Buildings, Cathays Park ({WG_CATHAYS_PARK[0]}, {WG_CATHAYS_PARK[1]}). "
                "Note that Cardiff Central police station is also in Cathays Park.",
                "The archive's media, avatar and header images are not included.",
            ],
        ),
    )
    return p


# ---------------------------------------------------------------------------


def civil_servant() -> Persona:
    p = Persona("civil-servant")
    rng = p.rng
    folder = "Complete_LinkedInDataExport_06-14-2018"
    li = p.export(
        folder, "linkedin", "Complete export, 2018 form (Shares.csv UTF-16LE + BOM, tab-separated)"
    )
    write(
        li / "Profile.csv",
        csv_text(
            PROFILE_2018,
            [
                [
                    "Hannah",
                    "Whitlock",
                    "",
                    "",
                    "Oct 3, 1990",
                    "",
                    "Policy Adviser at Home Office",
                    "Civil servant working on immigration and borders policy. Previously HMRC. Interested in open policy making, #OneTeamGov and good data.",
                    "Government Administration",
                    "United Kingdom",
                    "",
                    "London, United Kingdom",
                    "",
                    "",
                    "",
                ]
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{folder}/Profile.csv",
        None,
        "headline",
        "Policy Adviser at Home Office",
        "employer",
        "headline names the department",
    )
    p.see(
        "linkedin", f"{folder}/Profile.csv", None, "headline", "Policy Adviser", "role", "job title"
    )
    p.see(
        "linkedin",
        f"{folder}/Profile.csv",
        None,
        "bio",
        "Civil servant working on immigration and borders policy. Previously HMRC.",
        "sector",
        "'civil servant', #OneTeamGov",
    )
    p.see(
        "linkedin",
        f"{folder}/Profile.csv",
        None,
        "birthday",
        "Oct 3, 1990",
        "personal",
        "full date of birth",
    )
    write(
        li / "Positions.csv",
        csv_text(
            POSITIONS,
            [
                [
                    "Home Office",
                    "Policy Adviser",
                    "Immigration and borders policy.",
                    "London, United Kingdom",
                    "Apr 2017",
                    "",
                ],
                [
                    "HM Revenue & Customs ",
                    "Executive Officer",
                    "Compliance casework, then policy support.",
                    "Nottingham, United Kingdom",
                    "Sep 2013",
                    "Mar 2017",
                ],
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{folder}/Positions.csv",
        "Home Office|Apr 2017",
        "position",
        "Home Office, Policy Adviser (current)",
        "employer",
        "current position",
    )
    p.see(
        "linkedin",
        f"{folder}/Positions.csv",
        "HM Revenue & Customs|Sep 2013",
        "position",
        "HM Revenue & Customs (with LinkedIn's trailing space), Executive Officer",
        "sector",
        "past civil-service employer",
    )
    write(
        li / "Email Addresses.csv",
        csv_text(
            EMAILS,
            [
                ["hwhitlock90@gmail.com", "Yes", "Yes", li_short(t(2012, 11, 4, 19, 22))],
                ["hannah.whitlock@homeoffice.gov.uk", "Yes", "No", li_short(t(2017, 4, 24, 9, 3))],
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{folder}/Email Addresses.csv",
        None,
        "email",
        "hannah.whitlock@homeoffice.gov.uk",
        "employer",
        "departmental e-mail domain (homeoffice.gov.uk is the department's own, unlike gov.uk)",
    )
    conns = [
        ("Priya", "Chandwick", "Home Office", "Senior Policy Adviser"),
        ("James", "Orrell", "Home Office", "Policy Adviser"),
        ("Aisha", "Bellamy", "Home Office", "Grade 7 Policy Lead"),
        ("Tom", "Kestle", "Home Office", "Higher Executive Officer"),
        ("Ruth", "Adeyemi", "Home Office", "Analyst"),
        ("Mark", "Denholm", "Home Office", "Deputy Director"),
        ("Sophie", "Varga", "UK Visas and Immigration", "Caseworker"),
        ("Daniel", "Frome", "Border Force", "Border Force Officer"),
        ("Helen", "Marsh-Tolley", "HM Revenue & Customs", "Officer"),
        ("Gary", "Pinnock", "HM Revenue & Customs", "Higher Officer"),
        ("Kate", "Lindqvist", "HM Revenue & Customs", "Compliance Caseworker"),
        ("Ola", "Benedict", "HMRC", "Policy Adviser"),
        ("Chris", "Aldous", "Cabinet Office", "Fast Streamer"),
        ("Fiona", "Groat", "Cabinet Office", "Policy Profession Unit"),
        ("Ben", "Whitcombe", "Ministry of Justice", "Policy Officer"),
        ("Laura", "Penrith", "Deloitte", "Consultant"),
        ("Sam", "Okonjo", "University of Nottingham", "Researcher"),
        ("Emma", "Tarrant", "John Lewis Partnership", "Partner"),
        ("Nick", "Haverley", "Self-employed", "Photographer"),
        ("Jess", "Amberley", "NHS England", "Project Manager"),
    ]
    rows = []
    for i, (fn, ln, co, pos) in enumerate(conns):
        when = t(2013, 10, 1, 9) + dt.timedelta(
            days=rng.randrange(1650), minutes=rng.randrange(600)
        )
        email = f"{fn[0].lower()}{ln.lower().replace('-', '')}@gmail.com" if i % 4 == 1 else ""
        rows.append((when, [fn, ln, email, co, pos, li_short(when)]))
    rows.sort(key=lambda r: r[0], reverse=True)
    write(
        li / "Connections.csv",
        csv_text(
            ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"],
            [r for _, r in rows],
        ),
    )
    p.see(
        "linkedin",
        f"{folder}/Connections.csv",
        None,
        "connections",
        "6 of 20 connections at Home Office (+ UKVI, Border Force)",
        "employer",
        "colleague cluster (2018 form: no URL column, M/D/YY dates)",
    )
    p.see(
        "linkedin",
        f"{folder}/Connections.csv",
        None,
        "connections",
        "HMRC, Cabinet Office, Ministry of Justice connections",
        "sector",
        "civil-service cluster",
    )
    shares_hdr = [
        "Date",
        "Share Title",
        "Share Description",
        "Share Link",
        "Share Commentary",
        "Shared URL",
        "Media URL",
        "Type",
        "Visibility",
    ]
    shares = [
        (
            t(2017, 5, 2, 8, 15, 44),
            "Delighted to start my new role as Policy Adviser in the Home Office! #CivilService",
            "",
            "Public",
            [
                ("employer", "employment statement naming the department"),
                ("role", "'Policy Adviser'"),
            ],
            None,
        ),
        (
            t(2017, 6, 28, 17, 41, 57),
            "Brilliant day at #OneTeamGov – so many ideas on open policy making",
            "",
            "Public",
            [("sector", "#OneTeamGov")],
            None,
        ),
        (
            t(2017, 9, 14, 12, 16, 21),
            "Proud of the team at 2 Marsham Street for getting the new guidance out the door",
            "",
            "Connections",
            [("location", "'2 Marsham Street' = the Home Office headquarters")],
            None,
        ),
        (
            t(2017, 11, 20, 19, 2, 3),
            "PSA for anyone travelling this winter: renew early, it's all online now.",
            "https://www.gov.uk/renew-adult-passport",
            "Public",
            [],
            "a citizens' page on www.gov.uk (public suffix) reveals nothing",
        ),
        (
            t(2018, 1, 15, 9, 30, 0),
            "We're hiring! Policy roles in the Home Office, closing 31 January #CivilServiceJobs",
            "https://www.civilservicejobs.service.gov.uk/csr/index.cgi",
            "Public",
            [
                ("employer", "'we're hiring ... in the Home Office'"),
                ("sector", "#CivilServiceJobs"),
            ],
            None,
        ),
        (
            t(2018, 2, 22, 20, 10, 5),
            "My home office setup is finally done – standing desk and all. WFH Fridays just got better",
            "",
            "Connections",
            [],
            "'home office' = a study at home, lower case",
        ),
        (
            t(2018, 3, 8, 7, 55, 30),
            "#IWD2018 shout-out to the brilliant women of the Civil Service Fast Stream",
            "",
            "Public",
            [("sector", "Civil Service Fast Stream")],
            None,
        ),
        (
            t(2018, 4, 30, 16, 0, 12),
            "New structure chart for the department is out",
            "https://www.gov.uk/government/organisations/home-office",
            "Connections",
            [
                (
                    "employer",
                    "gov.uk link whose path is the department's own organisation page ('the department')",
                )
            ],
            None,
        ),
        (
            t(2018, 5, 21, 21, 5, 48),
            "Worth a re-read every now and then: the Civil Service Code",
            "https://www.gov.uk/government/publications/civil-service-code",
            "Public",
            [("sector", "Civil Service Code")],
            None,
        ),
        (
            t(2018, 6, 2, 10, 20, 0),
            "Ten years of parkrun this weekend 🏃‍♀️ thanks to every volunteer",
            "",
            "Public",
            [],
            None,
        ),
    ]
    srows = []
    for when, text, url, vis, see, neg in sorted(shares, key=lambda s: s[0], reverse=True):
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{((epoch(when) * 1000 + rng.randrange(1000)) << 22) | rng.randrange(1 << 22)}"
        srows.append(
            [when.strftime("%Y/%m/%d %H:%M:%S UTC"), "", "", link, text, url, "", "Homepage", vis]
        )
        for reveals, why in see:
            p.see(
                "linkedin",
                f"{folder}/Shares.csv",
                link,
                "text",
                text + (f" [{url}]" if url else ""),
                reveals,
                f"{why} ({vis})",
            )
        if neg:
            p.neg(
                "linkedin", f"{folder}/Shares.csv", link, text + (f" [{url}]" if url else ""), neg
            )
    body = (
        "\n".join(
            "\t".join('"' + c.replace('"', '""') + '"' for c in r) for r in [shares_hdr, *srows]
        )
        + "\n"
    )
    write(li / "Shares.csv", b"\xff\xfe" + body.encode("utf-16-le"))
    write(
        li / "Education.csv",
        csv_text(
            EDUCATION,
            [["University of Leeds", "2009", "2012", "", "BA Politics", "Debating society"]],
        ),
    )
    write(
        li / "Skills.csv",
        csv_text(
            ["Name"],
            [
                ["Policy Analysis"],
                ["Stakeholder Management"],
                ["Public Policy"],
                ["Briefing"],
                ["Immigration Law"],
                ["Data Analysis"],
            ],
        ),
    )

    # ---------------------------------------------------------------- Instagram (2024)
    igf = "instagram-hannah.whitlock-2024-05-12-Ux7Kq2Rw"
    ig = p.export(
        igf,
        "instagram",
        "2024 Accounts Center layout (personal_information/personal_information/, your_instagram_activity/, connections/)",
    )
    write(
        ig / "personal_information/personal_information/personal_information.json",
        ig_json(
            ig_profile(
                {
                    "Email": "hwhitlock90@gmail.com",
                    "Phone Confirmed": "False",
                    "Username": "hannah.whitlock",
                    "Name": "Hannah W",
                    "Bio": "Civil servant. Views my own. 🏃‍♀️📚",
                    "Gender": "female",
                    "Date of birth": "1990-10-03",
                    "Private Account": "True",
                },
                "media/other/284711029_1837465_5543210987654321_n_17998877665544332.jpg",
                t(2022, 6, 4),
            )
        ),
    )
    ipf = f"{igf}/personal_information/personal_information/personal_information.json"
    p.see(
        "instagram",
        ipf,
        None,
        "bio",
        "Civil servant. Views my own.",
        "sector",
        "'civil servant' in the bio",
    )
    p.see(
        "instagram",
        ipf,
        None,
        "birthday",
        "1990-10-03",
        "personal",
        "date of birth (private field)",
    )
    write(
        ig / "personal_information/information_about_you/account_based_in.json",
        ig_json(
            {
                "inferred_data_primary_location": [
                    {
                        "title": "",
                        "media_map_data": {},
                        "string_map_data": {
                            "City Name": {
                                "href": "",
                                "value": "London, United Kingdom",
                                "timestamp": 0,
                            }
                        },
                    }
                ]
            }
        ),
    )
    write(
        ig / "personal_information/personal_information/professional_information.json",
        ig_json(
            {
                "profile_business": [
                    {"title": "Business Information", "media_map_data": {}, "string_map_data": {}}
                ]
            }
        ),
    )

    def ig_media(when, caption, uri_id, exif=None):
        meta = {}
        if exif is not None:
            meta["photo_metadata"] = {"exif_data": [exif]}
        meta["camera_metadata"] = {"has_camera_metadata": exif is not None}
        return {
            "uri": f"media/posts/{when.strftime('%Y%m')}/{uri_id}.jpg",
            "creation_timestamp": epoch(when),
            "media_metadata": meta,
            "title": caption,
            "cross_post_source": {"source_app": "FB"},
        }

    def mid():
        return f"{rng.randrange(10**17, 10**18)}_{rng.randrange(10**15, 10**16)}_{rng.randrange(10**18, 10**19)}_n_{rng.randrange(10**16, 10**17)}"

    posts = []
    w = t(2024, 2, 7, 19, 48, 30)
    posts.append(
        {
            "media": [
                ig_media(
                    w,
                    "Late one at the office. At least the walk out is pretty 🌆",
                    mid(),
                    {
                        "latitude": MARSHAM_STREET[0],
                        "longitude": MARSHAM_STREET[1],
                        "lens_model": "iPhone 13 back camera 5.1mm f/1.6",
                        "software": "17.2.1",
                        "device_id": "7C1E42AA-0B3D-4F0E-9D11-2A6B5C4D3E2F",
                        "camera_position": "back",
                        "date_time_original": w.strftime("%Y:%m:%d %H:%M:%S"),
                        "source_type": "library",
                    },
                )
            ]
        }
    )
    p.see(
        "instagram",
        f"{igf}/your_instagram_activity/content/posts_1.json",
        str(epoch(w)),
        "media",
        f"photo GPS {MARSHAM_STREET[0]},{MARSHAM_STREET[1]}: 'Late one at the office'",
        "location",
        "GPS at 2 Marsham Street (Home Office HQ) + 'at the office'",
    )
    w = t(2023, 11, 12, 11, 2, 9)
    posts.append(
        {
            "media": [
                ig_media(
                    w, "Finally sorted my home office 🌿 standing desk + plants = happy", mid()
                )
            ]
        }
    )
    p.neg(
        "instagram",
        f"{igf}/your_instagram_activity/content/posts_1.json",
        str(epoch(w)),
        "Finally sorted my home office 🌿 standing desk + plants",
        "'home office' = a room at home",
    )
    w = t(2024, 3, 16, 14, 30, 0)
    posts.append(
        {
            "media": [
                ig_media(
                    w,
                    "Sale on the Home Office range at the furniture shop – very tempted by the oak desk 🪵",
                    mid(),
                )
            ]
        }
    )
    p.neg(
        "instagram",
        f"{igf}/your_instagram_activity/content/posts_1.json",
        str(epoch(w)),
        "Sale on the Home Office range at the furniture shop",
        "capitalised 'Home Office' is a furniture range: no work context",
    )
    w = t(2024, 4, 2, 8, 10, 0)
    posts.append(
        {
            "media": [
                ig_media(
                    w,
                    "PSA: passports take ages in spring. Renew early! www.gov.uk/renew-adult-passport",
                    mid(),
                )
            ]
        }
    )
    p.neg(
        "instagram",
        f"{igf}/your_instagram_activity/content/posts_1.json",
        str(epoch(w)),
        "PSA ... www.gov.uk/renew-adult-passport",
        "citizens' page on www.gov.uk reveals nothing",
    )
    w = t(2023, 9, 23, 17, 45, 0)
    posts.append(
        {
            "media": [ig_media(w, "", mid()), ig_media(w + dt.timedelta(seconds=6), "", mid())],
            "title": "Weekend in the Peak District 🥾 Mam Tor in the fog",
            "creation_timestamp": epoch(w),
        }
    )
    w = t(2023, 7, 14, 16, 20, 0)
    posts.append({"media": [ig_media(w, "Team away day 🎳 #OneTeamGov #CivilService", mid())]})
    p.see(
        "instagram",
        f"{igf}/your_instagram_activity/content/posts_1.json",
        str(epoch(w)),
        "hashtag",
        "Team away day 🎳 #OneTeamGov #CivilService",
        "sector",
        "civil-service hashtags",
    )
    w = t(2023, 10, 3, 20, 0, 0)
    posts.append(
        {
            "media": [
                ig_media(w, "Birthday cake courtesy of my sister Lucy 🎂 33 and thriving", mid())
            ]
        }
    )
    p.see(
        "instagram",
        f"{igf}/your_instagram_activity/content/posts_1.json",
        str(epoch(w)),
        "text",
        "Birthday cake courtesy of my sister Lucy 🎂 33",
        "personal",
        "birthday (3 October) and sister's name",
    )
    w = t(2023, 6, 3, 9, 30, 0)
    posts.append({"media": [ig_media(w, "Sunday market haul 🍅🥬", mid())]})
    posts.sort(
        key=lambda r: r.get("creation_timestamp", r["media"][0]["creation_timestamp"]), reverse=True
    )
    write(ig / "your_instagram_activity/content/posts_1.json", ig_json(posts))
    following = [
        ("ukhomeoffice", t(2017, 4, 25)),
        ("hmrcgovuk", t(2015, 1, 19)),
        ("civilservice", t(2017, 6, 29)),
        ("lucy.whitlock.bakes", t(2016, 3, 3)),
        ("parkrun_uk", t(2018, 6, 1)),
        ("peakdistrictwalks", t(2023, 9, 24)),
        ("priya.chandwick", t(2017, 5, 5)),
        ("jamesorrell_", t(2017, 5, 9)),
    ]
    following.sort(key=lambda f: f[1], reverse=True)
    write(
        ig / "connections/followers_and_following/following.json",
        ig_json(
            {
                "relationships_following": [
                    ig_entry(h, w + dt.timedelta(seconds=rng.randrange(86400)))
                    for h, w in following
                ]
            }
        ),
    )
    p.see(
        "instagram",
        f"{igf}/connections/followers_and_following/following.json",
        "ukhomeoffice",
        "following",
        "ukhomeoffice",
        "employer",
        "follows the department's account",
    )
    p.see(
        "instagram",
        f"{igf}/connections/followers_and_following/following.json",
        "hmrcgovuk",
        "following",
        "hmrcgovuk, civilservice",
        "sector",
        "follows civil-service accounts",
    )
    followers = [
        "lucy.whitlock.bakes",
        "priya.chandwick",
        "jamesorrell_",
        "n.haverley.photo",
        "emmatarrant_",
        "sam.okonjo",
    ]
    write(
        ig / "connections/followers_and_following/followers_1.json",
        ig_json(
            [ig_entry(h, t(2016, 1, 1) + dt.timedelta(days=rng.randrange(2900))) for h in followers]
        ),
    )
    likes = [
        ("civilservice", "p"),
        ("lucy.whitlock.bakes", "p"),
        ("parkrun_uk", "reel"),
        ("peakdistrictwalks", "p"),
    ]
    write(
        ig / "your_instagram_activity/likes/liked_posts.json",
        ig_json(
            {
                "likes_media_likes": [
                    {
                        "title": h,
                        "string_list_data": [
                            {
                                "href": f"https://www.instagram.com/{k}/{token(rng, 11, string.ascii_letters + string.digits + '_-')}/",
                                "value": "👍",
                                "timestamp": epoch(t(2024, 4, 30) - dt.timedelta(days=9 * i)),
                            }
                        ],
                    }
                    for i, (h, k) in enumerate(likes)
                ]
            }
        ),
    )

    write(
        p.dir / "README.md",
        p.readme(
            "Persona: civil servant (Home Office policy)",
            """
**Hannah Whitlock** (invented), a policy adviser in the Home Office in London since April 2017,
previously an executive officer at HMRC in Nottingham. Her 2018 LinkedIn export says it all;
her Instagram (2024 export) is mostly private life but says "Civil servant" and has a photo whose
GPS puts her at 2 Marsham Street in the evening.

Suggested profile: `--org home-office` (extends `uk-civil-service`).""",
            [
                "`Shares.csv` is UTF-16LE with a BOM, tab-separated, every field quoted, LF line ends "
                "(as in the 2018 fixture); the other LinkedIn CSVs are UTF-8.",
                "2018 `Connections.csv`: no `Notes:` preamble and no URL column, so `source.item` is `First Last`; "
                "dates are `M/D/YY, H:MM AM`.",
                "`Positions.csv` keeps LinkedIn's trailing space in `HM Revenue & Customs `.",
                "Instagram strings are mojibake; empty containers are written over three lines as Instagram does. "
                f"The GPS post is at 2 Marsham Street ({MARSHAM_STREET[0]}, {MARSHAM_STREET[1]}).",
                "`ukhomeoffice`, `hmrcgovuk` and `civilservice` stand for the organisations' Instagram accounts; check the "
                "real handles before listing them in a profile.",
                "The `www.gov.uk/government/organisations/home-office` share is a deliberate edge case: gov.uk is a public "
                "suffix, but the path is the department's own page. A careful human reads it as the employer, "
                "together with 'the department' in the commentary.",
                "Media files are not included.",
            ],
        ),
    )
    return p


# ---------------------------------------------------------------------------


def mp_caseworker() -> Persona:
    p = Persona("mp-caseworker")
    rng = p.rng
    people = {"jo_caseworks": ("Jo P", snowflake(t(2019, 2, 2), rng))}
    x = XArchive(
        p,
        "twitter-2023-10-09-5e6f7a",
        "2023",
        username="meg_aldridge",
        display="Meg Aldridge",
        email="megan.aldridge@parliament.uk",
        account_id=snowflake(t(2018, 1, 20, 20, 0), rng),
        created=t(2018, 1, 20, 20, 0, 3),
        generated=t(2023, 10, 9, 12, 0, 40),
        bio="Mum of two, Bristol City, slow runner. Helping people untangle things 9-5 👩‍💼",
        location="Bristol",
        people=people,
        source="iphone",
    )
    xf = "twitter-2023-10-09-5e6f7a/data"
    p.see(
        "x",
        f"{xf}/account.js",
        None,
        "email",
        "megan.aldridge@parliament.uk",
        "employer",
        "the X account is registered to a parliament.uk work address (private, but it is the employer's domain)",
    )
    p.see(
        "x",
        f"{xf}/profile.js",
        None,
        "bio",
        "Mum of two ... Helping people untangle things 9-5",
        "personal",
        "parent",
    )
    x.tweet(
        t(2022, 11, 3, 17, 20),
        "Constituency surgery this Saturday 10-12 at the library. Bring your paperwork! 📋",
        see=[("role", "text", "'constituency surgery' = MP's advice session")],
    )
    x.tweet(
        t(2022, 11, 14, 12, 30),
        "Casework mountain today. 47 emails before lunch 😵",
        see=[("role", "text", "'casework'")],
    )
    x.tweet(
        t(2022, 12, 1, 9, 10),
        "Our office is hiring a parliamentary assistant – great first job in politics {url}",
        urls=["https://www.w4mpjobs.org/JobDetails.aspx?jobid=000000"],
        see=[
            ("role", "text", "'our office is hiring a parliamentary assistant'"),
            ("sector", "link", "w4mpjobs.org = the jobs board for MPs' staff"),
        ],
    )
    x.tweet(
        t(2022, 12, 12, 8, 5),
        "GP surgery ring-back at 8am sharp. On hold for 40 minutes. Why is it like this",
        neg="'surgery' = GP practice, not a constituency surgery",
    )
    x.tweet(
        t(2023, 1, 7, 21, 0),
        "Finally tidied the house. It lasted eleven minutes.",
        neg="'the house' = her home, not the House of Commons",
    )
    x.tweet(
        t(2023, 1, 19, 13, 15),
        "Useful explainer on how select committees work {url}",
        urls=["https://committees.parliament.uk/committee/about-committees/"],
        see=[("employer", "link", "parliament.uk link (weak: anyone can link to it)")],
    )
    x.tweet(
        t(2023, 2, 8, 7, 30),
        "Train to Westminster for the staff training day. Portcullis House coffee is not worth the hype",
        see=[
            ("location", "text", "Portcullis House = parliamentary estate"),
            ("employer", "text", "'staff training day' at Westminster"),
        ],
    )
    x.tweet(
        t(2023, 2, 24, 18, 0),
        "Another Friday, another constituent who's been waiting nine months for a visa decision. We'll get there.",
        see=[("role", "text", "works for constituents = MP's caseworker")],
    )
    x.tweet(
        t(2023, 3, 14, 7, 45),
        "Happy 7th birthday to my Alfie! 🎂🦖 Dinosaur cake attempt #3 incoming",
        see=[("personal", "text", "son Alfie, birthday 14 March (born 2016)")],
    )
    x.tweet(
        t(2023, 3, 30, 8, 50),
        "Back at the house after the school run, tea in hand ☕",
        neg="'the house' = home",
    )
    x.tweet(t(2023, 4, 15, 15, 0), "Bristol City away day 🔴⚪ Come on you Reds")
    x.tweet(
        t(2023, 5, 2, 10, 0),
        "Reminder: if you want help from your MP, email is best – not DMs please! 🙏",
        see=[("role", "text", "speaks for an MP's office")],
    )
    x.tweet(
        t(2023, 6, 10, 9, 30),
        "Half marathon training week 6 🏃‍♀️ legs say no",
        see=[("personal", "text", "routine (weak)")],
    )
    x.tweet(
        t(2023, 7, 1, 20, 0),
        "Mum's 60th at the Harbourside 🥂 love you Carol",
        see=[("personal", "text", "mother's first name and age")],
    )
    x.tweet(
        t(2023, 7, 20, 12, 40),
        "@jo_caseworks ha, the joys of the shared inbox. Solidarity 💪",
        reply_to="jo_caseworks",
    )
    x.tweet(
        t(2023, 7, 27, 17, 55),
        "Recess means catching up on casework, not a holiday! 😅",
        see=[("sector", "text", "'recess' + 'casework' = parliamentary calendar")],
    )
    x.tweet(
        t(2023, 9, 5, 8, 20),
        "Parliamentary assistant by day, taxi driver for two under-10s by evening 🚗",
        see=[("role", "text", "'parliamentary assistant'")],
    )
    x.tweet(
        t(2023, 9, 6, 15, 40),
        "Rosie's first day in Year 2 at St Anne's Primary 🎒 where did the summer go",
        media="rosie",
        see=[("personal", "media", "daughter Rosie, school St Anne's Primary, school-gate photo")],
    )
    x.tweet(
        t(2023, 9, 28, 19, 10),
        "Dentist, then GP, then parents' evening. The glamour.",
        neg="appointments, nothing about work",
    )
    x.likes(
        [
            (
                t(2023, 9, 30),
                "Caseworkers are the unsung heroes of Parliament. Thank you all 👏",
                [("sector", "liked a caseworker-appreciation post (private)")],
            ),
            (t(2023, 8, 2), "Bristol Harbourside at sunset never gets old", []),
            (t(2023, 6, 12), "Week 6 of half marathon training. Who else is suffering?", []),
            (
                t(2023, 3, 1),
                "MPs' staff: the new IPSA guidance on office budgets is out",
                [("sector", "liked an MPs'-staff admin post (private)")],
            ),
        ]
    )
    x.follows("following", [people["jo_caseworks"][1], *account_ids(rng, 7)])
    x.follows("follower", [people["jo_caseworks"][1], *account_ids(rng, 4, t(2015, 1, 1), 2800)])
    x.finish()

    # ---------------------------------------------------------------- Facebook (2021-22)
    ff = "facebook-megaldridge-2022-06-30-Vb8sK1lm"
    fb = p.export(ff, "facebook", "2021-22 layout (topic folders at the root, _v2 keys)")
    profile = {
        "profile_v2": {
            "name": {
                "full_name": "Megan Aldridge",
                "first_name": "Megan",
                "middle_name": "",
                "last_name": "Aldridge",
            },
            "emails": {
                "emails": ["meg.aldridge87@yahoo.co.uk"],
                "previous_emails": ["megan.hughes87@hotmail.co.uk"],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "birthday": {"year": 1987, "month": 9, "day": 22},
            "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
            "current_city": {"name": "Bristol, United Kingdom", "timestamp": 0},
            "hometown": {"name": "Weston-super-Mare", "timestamp": epoch(t(2010, 5, 1))},
            "previous_names": [{"name": "Megan Hughes", "timestamp": epoch(t(2013, 8, 18))}],
            "family_members": [
                {
                    "name": "Mark Aldridge",
                    "relation": "Husband",
                    "timestamp": epoch(t(2013, 8, 18)),
                },
                {"name": "Carol Hughes", "relation": "Mother", "timestamp": epoch(t(2010, 5, 1))},
            ],
            "education_experiences": [
                {
                    "name": "University of the West of England",
                    "start_timestamp": epoch(t(2005, 9, 1)),
                    "end_timestamp": epoch(t(2008, 7, 1)),
                    "graduated": True,
                    "concentrations": ["Politics"],
                    "school_type": "University",
                    "timestamp": epoch(t(2010, 5, 1)),
                },
            ],
            "work_experiences": [
                {
                    "employer": "UK Parliament",
                    "title": "Caseworker",
                    "location": "Bristol, United Kingdom",
                    "description": "Constituency office",
                    "start_timestamp": epoch(t(2019, 6, 3)),
                    "timestamp": epoch(t(2019, 6, 20)),
                },
            ],
            "websites": [],
            "phone_numbers": [
                {"phone_type": "Mobile", "phone_number": "+447700900456", "verified": True}
            ],
            "username": "meg.aldridge.87",
            "registration_timestamp": epoch(t(2007, 11, 2, 21, 30)),
            "profile_uri": "https://www.facebook.com/meg.aldridge.87",
        }
    }
    write(fb / "profile_information/profile_information.json", fb_json(profile))
    pf = f"{ff}/profile_information/profile_information.json"
    p.see(
        "facebook",
        pf,
        None,
        "position",
        "work_experiences: UK Parliament, Caseworker, 'Constituency office'",
        "employer",
        "work history",
    )
    p.see("facebook", pf, None, "position", "Caseworker", "role", "job title")
    p.see("facebook", pf, None, "birthday", "22 September 1987", "personal", "full date of birth")
    p.see(
        "facebook",
        pf,
        None,
        "family",
        "husband Mark Aldridge, mother Carol Hughes, maiden name Hughes",
        "personal",
        "family and maiden name (security-question material)",
    )
    p.see(
        "facebook",
        pf,
        None,
        "location",
        "Bristol; hometown Weston-super-Mare",
        "location",
        "home area",
    )
    posts = [
        fb_post(
            t(2022, 5, 20, 18, 30),
            "Proud of our office today – helped a family get their housing sorted after six months. This is why I love casework ❤️",
            title="Megan Aldridge updated her status.",
        ),
        fb_post(
            t(2022, 3, 14, 16, 0),
            "Alfie's 6th birthday party 🎉🦕",
            title="Megan Aldridge added 2 new photos.",
            attachments=[
                fb_media(
                    "photos_and_videos/Alfie6_a9Kx2mQ/275830011_50987766554433_n.jpg",
                    t(2022, 3, 14, 16, 0),
                    "Alfie's 6th 🦕",
                ),
                fb_media(
                    "photos_and_videos/Alfie6_a9Kx2mQ/275830011_50987766554434_n.jpg",
                    t(2022, 3, 14, 16, 0),
                    "Alfie's 6th 🦕",
                ),
            ],
        ),
        fb_post(
            t(2021, 9, 3, 9, 5),
            "Rosie started at St Anne's Primary today 😭🎒",
            title="Megan Aldridge updated her status.",
        ),
        fb_post(
            t(2022, 1, 10, 20, 45),
            "For everyone who asked how to get in touch with an MP 👇",
            title="Megan Aldridge shared a link.",
            attachments=[
                {
                    "external_context": {
                        "url": "https://www.parliament.uk/get-involved/contact-an-mp-or-lord/",
                        "name": "Contact an MP or Lord - UK Parliament",
                        "source": "parliament.uk",
                    }
                }
            ],
        ),
        fb_post(
            t(2022, 2, 1, 8, 40),
            "GP surgery finally called back. Only took three days 🙄",
            title="Megan Aldridge updated her status.",
        ),
        fb_post(
            t(2021, 11, 20, 14, 10),
            "Constituency surgery in the pouring rain – hats off to everyone who came ☔",
            title="Megan Aldridge updated her status.",
        ),
        fb_post(
            t(2022, 6, 12, 11, 0),
            "Café Rouge brunch, then the Downs with the kids ☀️",
            title="Megan Aldridge updated her status.",
        ),
    ]
    posts.sort(key=lambda r: r["timestamp"], reverse=True)
    write(fb / "posts/your_posts_1.json", fb_json(posts))
    pp = f"{ff}/posts/your_posts_1.json"
    p.see(
        "facebook",
        pp,
        str(epoch(t(2022, 5, 20, 18, 30))),
        "text",
        "Proud of our office today ... This is why I love casework",
        "role",
        "caseworker",
    )
    p.see(
        "facebook",
        pp,
        str(epoch(t(2022, 3, 14, 16, 0))),
        "media",
        "Alfie's 6th birthday party",
        "personal",
        "son's name and birthday",
    )
    p.see(
        "facebook",
        pp,
        str(epoch(t(2021, 9, 3, 9, 5))),
        "text",
        "Rosie started at St Anne's Primary today",
        "personal",
        "daughter's name and school",
    )
    p.see(
        "facebook",
        pp,
        str(epoch(t(2022, 1, 10, 20, 45))),
        "link",
        "parliament.uk: Contact an MP or Lord",
        "employer",
        "parliament.uk link (weak: a public page)",
    )
    p.see(
        "facebook",
        pp,
        str(epoch(t(2021, 11, 20, 14, 10))),
        "text",
        "Constituency surgery in the pouring rain",
        "role",
        "constituency surgery",
    )
    p.neg(
        "facebook",
        pp,
        str(epoch(t(2022, 2, 1, 8, 40))),
        "GP surgery finally called back",
        "'surgery' = GP",
    )
    p.neg(
        "facebook",
        pp,
        str(epoch(t(2022, 6, 12, 11, 0))),
        "Café Rouge brunch, then the Downs (mojibake Caf\\u00c3\\u00a9)",
        "ordinary",
    )
    groups = {
        "groups_joined_v2": [
            {
                "timestamp": epoch(t(2021, 9, 6, 20, 0)),
                "data": [{"name": "St Anne's Primary PTA"}],
                "title": "You became a member of St Anne's Primary PTA.",
            },
            {
                "timestamp": epoch(t(2020, 2, 11, 12, 30)),
                "data": [{"name": "MPs' Staff & Caseworkers Network"}],
                "title": "You became a member of MPs' Staff & Caseworkers Network.",
            },
            {
                "timestamp": epoch(t(2019, 4, 1, 19, 0)),
                "data": [{"name": "Bristol Parkrun Friends"}],
                "title": "You became a member of Bristol Parkrun Friends.",
            },
        ]
    }
    write(fb / "groups/your_group_membership_activity.json", fb_json(groups))
    gf = f"{ff}/groups/your_group_membership_activity.json"
    p.see(
        "facebook",
        gf,
        "MPs' Staff & Caseworkers Network",
        "groups",
        "MPs' Staff & Caseworkers Network",
        "sector",
        "MPs' staff group",
    )
    p.see(
        "facebook",
        gf,
        "St Anne's Primary PTA",
        "groups",
        "St Anne's Primary PTA",
        "personal",
        "children's school",
    )
    comments = {
        "comments_v2": [
            {
                "timestamp": epoch(t(2022, 6, 2, 21, 0)),
                "data": [
                    {
                        "comment": {
                            "timestamp": epoch(t(2022, 6, 2, 21, 0)),
                            "comment": "See you at surgery on Saturday, I'll bring the biscuits 🍪",
                            "author": "Megan Aldridge",
                        }
                    }
                ],
                "title": "Megan Aldridge commented on Jo Penrose's post.",
            },
            {
                "timestamp": epoch(t(2022, 3, 15, 9, 0)),
                "data": [
                    {
                        "comment": {
                            "timestamp": epoch(t(2022, 3, 15, 9, 0)),
                            "comment": "The house is a tip after the party 😂 worth it",
                            "author": "Megan Aldridge",
                        }
                    }
                ],
                "title": "Megan Aldridge replied to Sian Cottle's comment.",
            },
            {
                "timestamp": epoch(t(2021, 7, 1, 19, 30)),
                "data": [
                    {
                        "comment": {
                            "timestamp": epoch(t(2021, 7, 1, 19, 30)),
                            "comment": "Happy birthday Mum! Can't believe you're 58 ❤️",
                            "author": "Megan Aldridge",
                        }
                    }
                ],
                "title": "Megan Aldridge commented on Carol Hughes's post.",
            },
            {
                "timestamp": epoch(t(2022, 4, 26, 13, 10)),
                "data": [
                    {
                        "comment": {
                            "timestamp": epoch(t(2022, 4, 26, 13, 10)),
                            "comment": "Our office gets the same ones every week, the MP's inbox never sleeps",
                            "author": "Megan Aldridge",
                        }
                    }
                ],
                "title": "Megan Aldridge commented on Jo Penrose's post.",
            },
        ]
    }
    write(fb / "comments/comments.json", fb_json(comments))
    cf = f"{ff}/comments/comments.json"
    p.see(
        "facebook",
        cf,
        str(epoch(t(2022, 6, 2, 21, 0))),
        "text",
        "See you at surgery on Saturday",
        "role",
        "'surgery' + Saturday with a colleague (ambiguous, needs context)",
    )
    p.see(
        "facebook",
        cf,
        str(epoch(t(2022, 4, 26, 13, 10))),
        "text",
        "Our office ... the MP's inbox never sleeps",
        "role",
        "works in an MP's office",
    )
    p.see(
        "facebook",
        cf,
        str(epoch(t(2021, 7, 1, 19, 30))),
        "text",
        "Happy birthday Mum! Can't believe you're 58",
        "personal",
        "mother's age",
    )
    p.neg(
        "facebook",
        cf,
        str(epoch(t(2022, 3, 15, 9, 0))),
        "The house is a tip after the party",
        "'the house' = home",
    )
    friends = [
        "Mark Aldridge",
        "Carol Hughes",
        "Jo Penrose",
        "Sian Cottle",
        "Dave Pellow",
        "Amira Haddad",
        "Becca Thorne",
        "Liam O'Dowd",
        "Kirsty Mayhew",
        "Hannah Griggs",
        "Tom Ashby",
        "Zoë Kettering",
        "Nadia Brennan",
        "Paul Stirling",
    ]
    fr = [
        {"name": n, "timestamp": epoch(t(2008, 1, 1) + dt.timedelta(days=rng.randrange(5000)))}
        for n in friends
    ]
    fr.sort(key=lambda r: r["timestamp"], reverse=True)
    write(fb / "friends_and_followers/friends.json", fb_json({"friends_v2": fr}))

    write(
        p.dir / "README.md",
        p.readme(
            "Persona: MP's constituency caseworker",
            """
**Megan "Meg" Aldridge** (invented), a caseworker and parliamentary assistant in a Member of
Parliament's constituency office near Bristol since June 2019. Two children (Alfie, born March 2016;
Rosie, at St Anne's Primary), husband Mark, mother Carol. Her X account is registered to her
parliament.uk address. She posts a lot of family detail, which is the spear-phishing risk the MP
online-safety toolkit warns about. The MP is deliberately not named.

Suggested profile: `--org uk-parliament` (or an MPs'-staff profile).""",
            [
                "Facebook 2021-22 layout: `profile_information/`, `posts/your_posts_1.json` (top-level list), `groups/`, "
                "`comments/comments.json` (`comments_v2`), `friends_and_followers/friends.json` (`friends_v2`).",
                "Comment `author` is the account holder. Strings are mojibake (`Zo\\u00c3\\u00ab`, `Caf\\u00c3\\u00a9`, emoji).",
                "The w4mpjobs link id is a placeholder (`jobid=000000`).",
                "Media files are not included.",
            ],
        ),
    )
    return p


# ---------------------------------------------------------------------------


def pseudonymous() -> Persona:
    p = Persona("pseudonymous")
    rng = p.rng
    linkedin_url = "https://www.linkedin.com/in/bethan-carrow-7c1e42"
    masto_host = "social.example"
    x = XArchive(
        p,
        "twitter-2024-01-21-0d9c8b",
        "2023",
        username="quietcoastwalker",
        display="Coast Walker 🌊",
        email="bethan.carrow@outlook.com",
        account_id=snowflake(t(2019, 3, 3, 20, 0), rng),
        created=t(2019, 3, 3, 20, 0, 17),
        generated=t(2024, 1, 21, 10, 15, 0),
        bio="Walking the Wales Coast Path one stretch at a time 🥾 Also @quietcoastwalker@social.example",
        location="Wales",
        website=linkedin_url,
        source="android",
    )
    xf = "twitter-2024-01-21-0d9c8b/data"
    p.see(
        "x",
        f"{xf}/profile.js",
        None,
        "bio",
        "Also @quietcoastwalker@social.example",
        "identity",
        "bio names the Mastodon account",
    )
    p.see(
        "x",
        f"{xf}/profile.js",
        None,
        "website",
        f"{x.website_tco} (t.co only in profile.js)",
        "identity",
        f"the same t.co link is expanded in tweet entities to {linkedin_url}",
    )
    p.see(
        "x",
        f"{xf}/account.js",
        None,
        "email",
        "bethan.carrow@outlook.com",
        "identity",
        "same personal e-mail as in the LinkedIn export (private to both exports)",
    )
    x.add_file(
        "screenNameChange",
        "screen-name-change.js",
        [
            {
                "screenNameChange": {
                    "accountId": x.account_id,
                    "screenNameChange": {
                        "changedAt": iso_ms(t(2020, 7, 12, 21, 4, 33)),
                        "changedFrom": "bethcarrow_walks",
                        "changedTo": "quietcoastwalker",
                    },
                }
            }
        ],
    )
    p.see(
        "x",
        f"{xf}/screen-name-change.js",
        None,
        "handle",
        "bethcarrow_walks -> quietcoastwalker",
        "identity",
        "the old handle carries her real name",
    )
    walks = [
        (
            t(2023, 4, 1, 18, 0),
            "Day 1 of the Carmarthenshire section: Pendine to Laugharne. Sun, wind, one very confused sheep 🐑",
        ),
        (t(2023, 4, 15, 17, 30), "Llansteffan at low tide. The castle looks like it's floating ✨"),
        (
            t(2023, 5, 6, 19, 10),
            "Ferryside to Kidwelly, mostly in the rain. Boots now officially not waterproof",
        ),
        (
            t(2023, 5, 27, 16, 45),
            "Burry Port lighthouse for lunch, Pembrey forest for the afternoon 🌲",
        ),
        (
            t(2023, 6, 17, 20, 5),
            "Amroth to Tenby. Hardest 7 miles of the whole path so far, worth it",
        ),
        (t(2023, 7, 8, 18, 20), "Red kites over the estuary this evening. Counted eleven 🪶"),
        (t(2023, 8, 19, 15, 0), "Rest weekend. Foot blisters are winning."),
        (t(2023, 9, 9, 19, 40), "Stackpole to Barafundle. Busy, but that water though 💙"),
        (t(2023, 10, 21, 17, 0), "Storm cancelled the walk. Tea, map, next month's plan ☕🗺️"),
        (
            t(2023, 11, 25, 16, 30),
            "Short one: Saundersfoot and back before dark. Winter walking is a different sport",
        ),
        (t(2023, 12, 30, 14, 10), "Year total: 212 miles of coast path. Happy new year walkers 🎉"),
        (t(2024, 1, 13, 18, 0), "Long week. Glad it's the weekend; the coast is calling"),
    ]
    for i, (when, text) in enumerate(walks):
        x.tweet(
            when,
            text,
            see=[
                (
                    "location",
                    "text",
                    "walks start in Carmarthenshire again and again: home area (weak)",
                )
            ]
            if i == 0
            else (),
        )
    x.tweet(
        t(2023, 3, 4, 20, 30),
        "A few people asked who's behind the boots. Fair enough: {url}",
        urls=[(linkedin_url, x.website_tco)],
        see=[("identity", "link", "links the pseudonym to her named LinkedIn profile")],
    )
    x.tweet(
        t(2022, 11, 12, 19, 0),
        "Posting most walks over on Mastodon now too: {url}",
        urls=[f"https://{masto_host}/@quietcoastwalker"],
        see=[("identity", "link", "links to the Mastodon account")],
    )
    x.tweet(
        t(2023, 2, 11, 9, 0),
        "The Met Office says gales on the coast today, so it's a cake-and-maps day 🍰",
        neg="'Met Office' = the weather service, not the Metropolitan Police",
    )
    x.likes(
        [
            (
                t(2023, 9, 1),
                "Dyfed-Powys Police are recruiting police staff investigators. Closing date Friday.",
                [
                    (
                        "employer",
                        "liked a recruitment post of the employer named on LinkedIn (private, weak)",
                    )
                ],
            ),
            (
                t(2023, 6, 18),
                "Amroth to Tenby is the hardest stretch of the whole coast path, change my mind",
                [],
            ),
            (t(2023, 4, 2), "Red kite numbers in Carmarthenshire are up again 🪶", []),
        ]
    )
    x.follows("following", account_ids(rng, 8))
    x.follows("follower", account_ids(rng, 6, t(2018, 1, 1), 2000))
    x.finish()

    lf = "Basic_LinkedInDataExport_01-20-2024"
    li = p.export(lf, "linkedin", "Basic export, 2023-24 form")
    write(
        li / "Profile.csv",
        csv_text(
            PROFILE_2023,
            [
                [
                    "Bethan",
                    "Carrow",
                    "",
                    "",
                    "Feb 11",
                    "Police Staff Investigator at Dyfed-Powys Police",
                    "Investigator with Dyfed-Powys Police. Previously counter-fraud in local government. Spare time: walking the Wales Coast Path.",
                    "Law Enforcement",
                    "",
                    "Carmarthen, Wales, United Kingdom",
                    "[quietcoastwalker]",
                    f"[PERSONAL:https://{masto_host}/@quietcoastwalker]",
                    "",
                ]
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Profile.csv",
        None,
        "headline",
        "Police Staff Investigator at Dyfed-Powys Police",
        "employer",
        "headline names the force",
    )
    p.see(
        "linkedin",
        f"{lf}/Profile.csv",
        None,
        "headline",
        "Police Staff Investigator",
        "role",
        "job title",
    )
    p.see(
        "linkedin",
        f"{lf}/Profile.csv",
        None,
        "handle",
        "Twitter Handles: [quietcoastwalker]",
        "identity",
        "LinkedIn names the pseudonymous X handle",
    )
    p.see(
        "linkedin",
        f"{lf}/Profile.csv",
        None,
        "website",
        f"[PERSONAL:https://{masto_host}/@quietcoastwalker]",
        "identity",
        "LinkedIn links the Mastodon account",
    )
    p.see(
        "linkedin",
        f"{lf}/Profile.csv",
        None,
        "birthday",
        "Feb 11",
        "personal",
        "birthday (day and month)",
    )
    write(
        li / "Positions.csv",
        csv_text(
            POSITIONS,
            [
                [
                    "Dyfed-Powys Police",
                    "Police Staff Investigator",
                    "",
                    "Carmarthen, Wales, United Kingdom",
                    "Jan 2021",
                    "",
                ],
                [
                    "Carmarthenshire County Council",
                    "Counter Fraud Officer",
                    "",
                    "Carmarthen, Wales, United Kingdom",
                    "Sep 2016",
                    "Dec 2020",
                ],
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Positions.csv",
        "Dyfed-Powys Police|Jan 2021",
        "position",
        "Dyfed-Powys Police, Police Staff Investigator",
        "employer",
        "current position",
    )
    write(
        li / "Email Addresses.csv",
        csv_text(
            EMAILS,
            [
                ["bethan.carrow@outlook.com", "Yes", "Yes", li_short(t(2014, 6, 9, 20, 41))],
                ["b.carrow@dyfed-powys.police.uk", "Yes", "No", li_short(t(2021, 1, 11, 8, 30))],
            ],
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Email Addresses.csv",
        None,
        "email",
        "b.carrow@dyfed-powys.police.uk",
        "employer",
        "force e-mail domain",
    )
    conns = [
        ("Huw", "Glanville", "Dyfed-Powys Police", "Detective Sergeant"),
        ("Mererid", "Stackhouse", "Dyfed-Powys Police", "Investigator"),
        ("Alun", "Preece", "Dyfed-Powys Police", "Police Staff Investigator"),
        ("Karen", "Lowther", "Dyfed-Powys Police", "Case Officer"),
        ("Rhodri", "Faull", "Heddlu Dyfed-Powys Police", "Detective Constable"),
        ("Eirian", "Wenlock", "Carmarthenshire County Council", "Fraud Manager"),
        ("Nerys", "Upton", "Carmarthenshire County Council", "Revenues Officer"),
        ("Pete", "Ransome", "Natural Resources Wales", "Ranger"),
        ("Cerys", "Bowden", "Hywel Dda University Health Board", "Physiotherapist"),
        ("Jon", "Astley", "Self-employed", "Walking Guide"),
        ("Meinir", "Caddick", "University of Wales Trinity Saint David", "Lecturer"),
        ("Gwyn", "Harries", "Swansea Council", "Investigator"),
    ]
    rows = []
    for fn, ln, co, pos in conns:
        when = t(2016, 1, 1) + dt.timedelta(days=rng.randrange(2900))
        rows.append(
            [
                fn,
                ln,
                f"https://www.linkedin.com/in/{fn.lower()}-{ln.lower()}-{token(rng, 6, '0123456789abcdef')}",
                "",
                co,
                pos,
                when.strftime("%d %b %Y"),
            ]
        )
    rows.sort(key=lambda r: dt.datetime.strptime(r[6], "%d %b %Y"), reverse=True)
    write(
        li / "Connections.csv",
        csv_text(
            [
                "First Name",
                "Last Name",
                "URL",
                "Email Address",
                "Company",
                "Position",
                "Connected On",
            ],
            rows,
            LINKEDIN_CONNECTIONS_NOTES,
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Connections.csv",
        None,
        "connections",
        "5 of 12 connections at Dyfed-Powys Police",
        "employer",
        "colleague cluster",
    )
    write(
        li / "Company Follows.csv",
        li_follows(
            [
                ("Dyfed-Powys Police", t(2020, 11, 2, 20, 11, 5)),
                ("Natural Resources Wales", t(2019, 5, 19, 9, 0, 33)),
                ("Carmarthenshire County Council", t(2016, 8, 30, 12, 12, 12)),
            ]
        ),
    )
    p.see(
        "linkedin",
        f"{lf}/Company Follows.csv",
        "Dyfed-Powys Police",
        "following",
        "Dyfed-Powys Police",
        "employer",
        "follows the force",
    )

    m = MastodonArchive(
        p,
        "archive-20240120221005-7a3b9f01",
        host=masto_host,
        username="quietcoastwalker",
        name="Coast Walker 🌊",
        summary="<p>Walking the Wales Coast Path one stretch at a time. Photos, blisters, red kites.</p>",
        fields=[
            ("X", masto_link("https://twitter.com/quietcoastwalker")),
            ("Route", "Wales Coast Path, south to north"),
        ],
        published=t(2022, 11, 10),
        also_known_as=["https://mastodon.example/users/coastwalker"],
    )
    af = "archive-20240120221005-7a3b9f01/actor.json"
    p.see(
        "mastodon",
        af,
        None,
        "handle",
        "alsoKnownAs https://mastodon.example/users/coastwalker",
        "identity",
        "previous account",
    )
    p.see(
        "mastodon",
        af,
        None,
        "website",
        "X: https://twitter.com/quietcoastwalker",
        "identity",
        "profile field links the X account",
    )
    m.note(
        t(2022, 11, 10, 20, 0),
        "<p>Hello! Moving my coast path posts over here. Same walker, fewer ads. "
        + masto_tag(masto_host, "WalesCoastPath")
        + "</p>",
        tags=["WalesCoastPath"],
    )
    m.note(
        t(2023, 4, 1, 18, 5),
        "<p>Pendine to Laugharne today. Dylan Thomas's boathouse in the sun ☀️</p>",
        attachment={"alt": "Laugharne estuary at low tide with the boathouse"},
    )
    m.note(t(2023, 5, 6, 19, 15), "<p>Kidwelly castle in the rain. Still lovely.</p>")
    m.note(
        t(2023, 6, 13, 13, 10),
        "<p>Lunch walk from HQ up the hill at Llangunnor, red kites overhead again 🪶</p>",
        visibility="private",
        see=[
            (
                "location",
                "text",
                "'from HQ ... at Llangunnor': the force headquarters site outside Carmarthen (needs a premises entry)",
            )
        ],
    )
    m.note(
        t(2023, 6, 17, 20, 10),
        "<p>Amroth to Tenby. Never again. (Until next time.)</p>",
        visibility="unlisted",
    )
    m.note(t(2023, 9, 9, 19, 45), "<p>Barafundle. No words. 💙</p>")
    m.note(
        t(2023, 11, 3, 17, 30),
        "<p>Work's been heavy lately. The sea helps.</p>",
        visibility="private",
        see=[("personal", "text", "wellbeing (weak)")],
    )
    m.note(t(2024, 1, 13, 18, 5), "<p>212 miles in 2023. Next year: Pembrokeshire proper.</p>")
    m.finish(
        likes=[
            f"https://mastodon.example/users/redkitewatch/statuses/{masto_id(t(2023, 6, 14), rng)}",
            f"https://{masto_host}/users/coastpathwales/statuses/{masto_id(t(2023, 9, 10), rng)}",
        ]
    )

    write(
        p.dir / "README.md",
        p.readme(
            "Persona: pseudonymous account tied to a named employer",
            """
**Bethan Carrow** (invented), a police staff investigator with Dyfed-Powys Police in Carmarthen.
She posts coast-path walks as **@quietcoastwalker**, never naming her job. But the accounts point at
each other: the X profile's website (and a tweet) expands to her LinkedIn page, her bio names the
Mastodon account, LinkedIn lists the X handle and the Mastodon link, the X archive records that
the handle used to be `bethcarrow_walks`, and both exports carry the same personal e-mail. LinkedIn
names the employer. No single account reveals it; the links do.

Suggested profile: `--org dyfed-powys-police` (extends `uk-police`).""",
            [
                "X `profile.js` holds only the t.co short link, as X writes it; the expansion comes from the tweet that "
                "uses the same t.co link (`entities.urls[].expanded_url`).",
                "`screen-name-change.js` follows the shape `{screenNameChange: {accountId, screenNameChange: {changedAt, "
                "changedFrom, changedTo}}}` documented by a parser, not a copied file.",
                "No Bluesky export: a CAR file cannot be written by hand here. Mastodon plays that role; its server is "
                "the reserved `social.example`.",
                "LinkedIn `Twitter Handles` uses the bracketed form `[quietcoastwalker]`, `Websites` `[PERSONAL:url]`.",
                "Dyfed-Powys Police headquarters is at Llangunnor, Carmarthen; Mastodon has no geolocation, so the "
                "followers-only post is only text.",
            ],
        ),
    )
    return p


# ---------------------------------------------------------------------------


def careful() -> Persona:
    p = Persona("careful")
    rng = p.rng
    x = XArchive(
        p,
        "twitter-2023-12-01-3c4d5e",
        "2023",
        username="hills_and_loaves",
        display="Sam R",
        email="hillsandloaves@proton.me",
        account_id=snowflake(t(2020, 4, 11, 10, 0), rng),
        created=t(2020, 4, 11, 10, 0, 52),
        generated=t(2023, 12, 1, 22, 10, 0),
        bio="Hills, books, bread.",
        location="",
        source="web",
    )
    neg = [
        (
            t(2023, 1, 7, 11, 0),
            "Met my sister for coffee. She's finally moving back from Leeds 🎉",
            [],
            "'Met' is the verb",
        ),
        (
            t(2023, 1, 21, 16, 30),
            "New policies at the library: you can now borrow 12 books at once. Dangerous. 📚",
            [],
            "'policies' is not 'police'",
        ),
        (
            t(2023, 2, 4, 18, 45),
            "Painted the hallway. There's now a thin blue line of paint on the ceiling where I slipped 🙃",
            [],
            "'thin blue line' is literal paint, not the police symbol",
        ),
        (
            t(2023, 2, 18, 8, 0),
            "Met Office says rain all weekend. Of course it does. Sourdough day then 🍞",
            [],
            "'Met Office' = weather service",
        ),
        (
            t(2023, 3, 11, 10, 30),
            "Renewing my passport before the summer rush: {url}",
            ["https://www.gov.uk/renew-adult-passport"],
            "a citizens' page on www.gov.uk reveals nothing",
        ),
        (
            t(2023, 3, 25, 14, 0),
            "Home office desk setup finally done. Monitor arm is a game changer 🖥️",
            [],
            "'home office' = a room at home",
        ),
        (
            t(2023, 4, 15, 9, 20),
            "The Blue Line train was late again (holiday in Lisbon, no complaints) ☀️",
            [],
            "'Blue Line' = Lisbon metro line",
        ),
        (
            t(2023, 4, 29, 20, 0),
            "#TBR pile is getting silly. Send help, or more shelves 📚",
            [],
            "#TBR = to be read (not #TBL)",
        ),
        (
            t(2023, 5, 20, 21, 30),
            "Rewatched Line of Duty. Ted Hastings remains the best thing on television",
            [],
            "police TV drama, not police work",
        ),
        (
            t(2023, 6, 3, 15, 10),
            "Finally saw Constable's Hay Wain in person at the National Gallery 🎨",
            [],
            "'Constable' = the painter John Constable",
        ),
        (
            t(2023, 6, 24, 12, 0),
            "Old laptop died. New PC fund starts now 💸",
            [],
            "'PC' = personal computer",
        ),
        (
            t(2023, 7, 8, 17, 40),
            "GP surgery rang back within the hour. A miracle.",
            [],
            "'surgery' = GP",
        ),
        (
            t(2023, 7, 22, 19, 0),
            "Dinner was WG – well good. Dal with extra ginger 🍛",
            [],
            "'WG' = well good",
        ),
        (
            t(2023, 8, 5, 13, 0),
            "Tidied the house, baked, read 80 pages. Peak Saturday",
            [],
            "'the house' = home",
        ),
        (t(2023, 8, 26, 18, 30), "C'mon Cymru! ⚽ What a finish", [], "'Cymru' = football team"),
    ]
    for when, text, urls, why in neg:
        x.tweet(when, text, urls=urls, neg=why)
    for when, text in [
        (t(2023, 1, 1, 10, 0), "New year, new walking boots 🥾"),
        (t(2023, 3, 4, 18, 0), "Finished The Secret History. I need to lie down."),
        (t(2023, 5, 6, 7, 30), "Summit before the crowds. Cold hands, happy heart ⛰️"),
        (t(2023, 9, 16, 16, 0), "Sourdough attempt #4. It's edible! 🍞"),
        (t(2023, 10, 14, 11, 0), "Autumn leaves and a flask of soup. Nothing better 🍂"),
        (t(2023, 11, 18, 20, 30), "Book club picked a 700-page novel. Wish me luck"),
    ]:
        x.tweet(when, text)
    x.likes(
        [
            (t(2023, 11, 2), "Best bread flour for a beginner? Asking for me.", []),
            (t(2023, 8, 20), "Book recommendations for a long train journey, go 📚", []),
            (t(2023, 5, 7), "Sunrise from the summit this morning ⛰️", []),
        ]
    )
    x.follows("following", account_ids(rng, 7))
    x.follows("follower", account_ids(rng, 4, t(2019, 1, 1), 1500))
    x.finish()

    igf = "instagram-hills_and_loaves-2022-10-02-Pz4nW8yc"
    ig = p.export(igf, "instagram", "2020-22 layout (topic folders at the root)")
    write(
        ig / "personal_information/personal_information.json",
        ig_json(
            ig_profile(
                {
                    "Email": "hillsandloaves@proton.me",
                    "Username": "hills_and_loaves",
                    "Name": "Sam",
                    "Bio": "Hills, books, bread. 🥾📚🍞",
                    "Gender": "prefer_not_to_say",
                    "Private Account": "True",
                },
                "media/other/221000033_555666777888_1112223334445556667_n_17900011122233344.jpg",
                t(2021, 5, 2),
            )
        ),
    )
    posts = []
    captions = [
        (t(2022, 9, 24, 17, 0), "Sourdough attempt #4 🍞 finally an ear!", None),
        (t(2022, 8, 13, 8, 15), "Early start, empty summit ⛰️", None),
        (t(2022, 7, 2, 20, 30), "Current read. No spoilers please 📖", None),
        (
            t(2022, 5, 28, 12, 0),
            "Painted the hallway. Spot the thin blue line of paint on the ceiling 🙃",
            "'thin blue line' = paint",
        ),
        (t(2022, 4, 9, 19, 0), "Dal night 🍛 recipe in the comments", None),
        (
            t(2022, 3, 5, 15, 45),
            "Home office glow-up: plants, lamp, too many notebooks 🌿",
            "'home office' = a room at home",
        ),
    ]
    for when, cap, why in captions:
        uri = f"media/posts/{when.strftime('%Y%m')}/{rng.randrange(10**17, 10**18)}_{rng.randrange(10**15, 10**16)}_n_{rng.randrange(10**16, 10**17)}.jpg"
        posts.append({"media": [{"uri": uri, "creation_timestamp": epoch(when), "title": cap}]})
        if why:
            p.neg("instagram", f"{igf}/content/posts_1.json", str(epoch(when)), cap, why)
    write(ig / "content/posts_1.json", ig_json(posts))
    following = [
        "bakewithbeth_",
        "booksandbrews.uk",
        "mountain.mornings",
        "the.dal.diaries",
        "pen.pals.club",
    ]
    write(
        ig / "followers_and_following/following.json",
        ig_json(
            {
                "relationships_following": [
                    ig_entry(h, t(2020, 6, 1) + dt.timedelta(days=rng.randrange(800)))
                    for h in following
                ]
            }
        ),
    )
    write(
        ig / "followers_and_following/followers_1.json",
        ig_json(
            [
                ig_entry(h, t(2020, 6, 1) + dt.timedelta(days=rng.randrange(800)))
                for h in ["bakewithbeth_", "sunday.strolls", "reading.rach"]
            ]
        ),
    )
    write(
        ig / "likes/liked_posts.json",
        ig_json(
            {
                "likes_media_likes": [
                    {
                        "title": h,
                        "string_list_data": [
                            {
                                "href": f"https://www.instagram.com/p/{token(rng, 11, string.ascii_letters + string.digits + '_-')}/",
                                "value": "❤️",
                                "timestamp": epoch(t(2022, 9, 1) - dt.timedelta(days=11 * i)),
                            }
                        ],
                    }
                    for i, h in enumerate(
                        ["bakewithbeth_", "mountain.mornings", "booksandbrews.uk"]
                    )
                ]
            }
        ),
    )

    write(
        p.dir / "README.md",
        p.readme(
            "Persona: careful (reveals nothing)",
            """
**Sam** (invented), who posts about hills, books and bread and never about work. Every employer
word here is a homonym trap. A scan with any organisation profile should find **no employer,
sector or role signal**; at most it may note that the accounts exist.""",
            [
                "The only personal data are private export fields: the account e-mail on a privacy-focused provider "
                "(`account.js`, Instagram `Email`). No birthday, phone, city, family or workplace anywhere.",
                "The Instagram export is the 2020-22 root-folder layout: `personal_information/personal_information.json`, "
                "`content/posts_1.json`, `followers_and_following/`, `likes/liked_posts.json`.",
                "Media files are not included.",
            ],
        ),
    )
    return p


# =========================================================================== Strava, Takeout, WhatsApp

GRANGETOWN = (51.4712, -3.1868)  # a street of terraces, about 1.4 km from the Bay station
STRAVA_ACTIVITIES = [
    "Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description",
    "Elapsed Time", "Distance", "Max Heart Rate", "Relative Effort", "Commute",
    "Activity Private Note", "Activity Gear", "Filename", "Athlete Weight", "Bike Weight",
    "Elapsed Time", "Moving Time", "Distance", "Max Speed", "Average Speed", "Commute",
]


def strava_date(when: dt.datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{when.strftime('%b')} {when.day}, {when.year}, {hour}:{when.minute:02d}:{when.second:02d} {'AM' if when.hour < 12 else 'PM'}"


def gpx_track(name: str, points: list[tuple[float, float, dt.datetime]], kind: str) -> str:
    """A Strava GPX original (creator StravaGPX, activity type as a word, as in 2025 files)."""
    pts = "".join(
        f'   <trkpt lat="{lat:.6f}" lon="{lon:.6f}">\n    <ele>{8 + i:.1f}</ele>\n'
        f"    <time>{iso_s(when)}</time>\n   </trkpt>\n"
        for i, (lat, lon, when) in enumerate(points)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx creator="StravaGPX Android" version="1.1" xmlns="http://www.topografix.com/GPX/1/1">\n'
        f" <metadata>\n  <time>{iso_s(points[0][2])}</time>\n </metadata>\n"
        f" <trk>\n  <name>{name}</name>\n  <type>{kind}</type>\n  <trkseg>\n{pts}  </trkseg>\n </trk>\n</gpx>\n"
    )


def near(rng: random.Random, where: tuple[float, float], metres: float) -> tuple[float, float]:
    """A point within about `metres` of `where` (GPS scatter, the bike rack, the side door)."""
    dlat = (rng.random() * 2 - 1) * metres / 111_000
    dlon = (rng.random() * 2 - 1) * metres / (111_000 * 0.62)
    return (where[0] + dlat, where[1] + dlon)


class StravaExport:
    """A Strava bulk export folder: activities.csv (repeated columns), one GPX per activity."""

    def __init__(self, p: Persona, folder: str, athlete: str, visibility: str):
        self.p = p
        self.folder = folder
        self.base = p.export(folder, "strava", "bulk export, 2024-25 layout (CSV tables, GPX originals)")
        self.rows: list[list] = []
        self.rng = random.Random(p.slug + "/strava")
        self.next_id = 10_900_000_000 + self.rng.randrange(10**8)
        self.athlete = athlete
        write(
            self.base / "visibility_settings.csv",
            csv_text(
                ["Include your activities in Metro and Heatmap", "Who can see that you were part of a group activity",
                 "Who can see your activity in Flybys", "Who can view your training log", "Profile Visibility",
                 "Default Activity Visibility"],
                [["True" if visibility == "Everyone" else "False", visibility, visibility, "Only Me", visibility, visibility]],
            ),
        )

    def activity(self, when: dt.datetime, name: str, route: list[tuple[float, float]], minutes: int,
                 commute: bool, kind: str = "Ride", gz: bool = False, desc: str = "") -> str:
        aid = str(self.next_id)
        upload = str(self.next_id + 1_150_000_000)
        self.next_id += self.rng.randrange(3_000_000, 9_000_000)
        steps = len(route) - 1
        points = [(lat, lon, when + dt.timedelta(minutes=minutes * i / steps)) for i, (lat, lon) in enumerate(route)]
        gpx = gpx_track(name, points, "cycling" if kind == "Ride" else "running")
        filename = f"activities/{upload}.gpx" + (".gz" if gz else "")
        if gz:
            import gzip

            write(self.base / filename, gzip.compress(gpx.encode(), mtime=0))
        else:
            write(self.base / filename, gpx)
        km = round(sum(
            math.dist((a[0] * 111.0, a[1] * 69.0), (b[0] * 111.0, b[1] * 69.0)) for a, b in zip(route, route[1:])
        ), 2)
        secs = minutes * 60
        self.rows.append([aid, strava_date(when), name, kind, desc, secs, km, "", "", "true" if commute else "false",
                          "", "", filename, "61.0", "", secs, secs - 40, round(km * 1000, 1), "9.1",
                          round(km * 1000 / secs, 6), "1" if commute else "0"])
        return aid

    def finish(self, profile: dict, clubs: list[tuple[str, dt.datetime]], zones: list[tuple[str, tuple[float, float]]]):
        write(self.base / "activities.csv", csv_text(STRAVA_ACTIVITIES, self.rows))
        write(
            self.base / "profile.csv",
            csv_text(
                ["Athlete ID", "Email Address", "First Name", "Last Name", "Sex", "Description", "Weight", "City",
                 "State", "Country", "Health Consent Status", "Date of Health Consent approval/denial"],
                [[self.athlete, profile["email"], profile["first"], profile["last"], "F", profile["bio"], "61.0",
                  profile["city"], "Wales", "United Kingdom", "Approved", strava_date(profile["consent"])]],
            ),
        )
        write(self.base / "memberships.csv",
              csv_text(["Join Date", "Club Name"], [[strava_date(w), c] for c, w in clubs]))
        write(
            self.base / "privacy_zones.csv",
            csv_text(["Address", "Radius", "Latitude & Longitude"],
                     [[a, "0.40 kilometers", f"{ll[0]:.6f}, {ll[1]:.6f}"] for a, ll in zones]),
        )
        write(self.base / "connected_apps.csv", csv_text(["Enabled Application Name"], [["Strava Cycling Android Application"]]))


def takeout_youtube(p: Persona, folder: str, channel: tuple[str, str], comments: list[tuple], subs: list[str]):
    """A Takeout with the 2025 YouTube layout: channel.csv, comments.csv (JSON fragments)."""
    base = p.export(folder, "youtube", "Google Takeout, 2025 YouTube layout")
    yt = base / "Takeout" / "YouTube and YouTube Music"
    rng = random.Random(p.slug + "/youtube")
    cid = channel[0]
    write(yt / "channels" / "channel.csv", csv_text(["Channel ID", "Channel title (Original)", "Channel visibility"], [[cid, channel[1], "Public"]]))
    rows = []
    for when, text, see, neg in comments:
        comment_id = "Ugx" + token(rng, 21, string.ascii_letters + string.digits + "_-") + "4AaABAg"
        video = token(rng, 11, string.ascii_letters + string.digits + "_-")
        fragments = json.dumps({"text": text}, ensure_ascii=False, separators=(",", ":"))
        rows.append([comment_id, cid, when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(10**6):06d}+00:00", "0", "", video, fragments])
        rel = f"{folder}/Takeout/YouTube and YouTube Music/comments/comments.csv"
        for reveals, why in see:
            p.see("youtube", rel, comment_id, "text", text, reveals, why)
        if neg:
            p.neg("youtube", rel, comment_id, text, neg)
    write(yt / "comments" / "comments.csv", csv_text(["Comment ID", "Channel ID", "Comment create timestamp", "Price", "Post ID", "Video ID", "Comment text"], rows))
    write(
        yt / "subscriptions" / "subscriptions.csv",
        csv_text(["Channel ID", "Channel URL", "Channel title"],
                 [[f"UC{token(rng, 22)}", "", s] for s in subs]),
    )
    return base


def whatsapp_android(p: Persona, folder: str, group: str, lines: list[tuple[dt.datetime, str | None, str]]):
    """An Android "Export chat" text file: `DD/MM/YYYY, HH:MM - Name: text`, 24-hour clock."""
    base = p.export(folder, "whatsapp", "Android \"Export chat\" without media (a .txt)")
    out = []
    for when, who, text in lines:
        stamp = when.strftime("%d/%m/%Y, %H:%M")
        out.append(f"{stamp} - {who}: {text}" if who else f"{stamp} - {text}")
    write(base / f"WhatsApp Chat with {group}.txt", "\n".join(out) + "\n")
    return base


def commuting_officer() -> Persona:
    p = Persona("commuting-officer")
    rng = p.rng
    # --- Strava: commutes to Cardiff Bay Police Station ---
    st = StravaExport(p, "export_61240387", "61240387", "Everyone")
    station = CARDIFF_BAY_STATION
    commutes = 0
    day = dt.datetime(2024, 2, 5, tzinfo=UTC)
    while day < dt.datetime(2024, 3, 29, tzinfo=UTC):
        # Response shifts: earlies Monday to Thursday, the bike both ways.
        if day.weekday() < 4:
            leave = day.replace(hour=6, minute=rng.randrange(5, 20))
            route = [near(rng, GRANGETOWN, 40), (51.4680, -3.1800), (51.4660, -3.1740), near(rng, station, 60)]
            st.activity(leave, "Morning Ride", route, 16 + rng.randrange(5), True, gz=commutes % 5 == 4)
            back = day.replace(hour=17, minute=rng.randrange(10, 40))
            st.activity(back, "Evening Ride", list(reversed([near(rng, GRANGETOWN, 40), (51.4680, -3.1800), (51.4660, -3.1740), near(rng, station, 60)])), 18 + rng.randrange(5), True)
            commutes += 2
        elif day.weekday() == 5:
            start = near(rng, GRANGETOWN, 40)
            st.activity(day.replace(hour=9, minute=30), "Saturday long run", [start, (51.4780, -3.1920), (51.4900, -3.1950), (51.4790, -3.1900), near(rng, GRANGETOWN, 40)], 62, False, kind="Run")
        day += dt.timedelta(days=1)
    st.finish(
        {"email": "cerys.pugh.runs@gmail.com", "first": "Cerys", "last": "P", "bio": "Bikes, bakes and the Bay 🚲", "city": "Cardiff", "consent": t(2023, 5, 2, 20, 11)},
        [("Cardiff Roadrunners", t(2023, 5, 9, 19, 2)), ("Grangetown Cycle Club", t(2023, 6, 1, 18, 40))],
        [],
    )
    acts = f"export_61240387/activities.csv"
    p.see("strava", acts, None, "location", f"{commutes} rides marked Commute, Mon-Thu 06:xx from Grangetown to the Bay and back at 17:xx",
          "location", "the rides end within 60 m of Cardiff Bay Police Station on weekday mornings: the workplace")
    p.see("strava", acts, None, "location", "the same rides: a regular commute to a South Wales Police station",
          "employer", "someone who rides to a police station every working day works there")
    p.see("strava", "export_61240387/activities/*.gpx", None, "place", "each commute's end (mornings) or start (evenings), item = its Activity ID",
          "location", "every activity point within the station's radius")
    p.see("strava", acts, None, "location", "rides start and end in one Grangetown street on most days", "personal", "the home area")

    # --- Google Takeout: YouTube comments naming the force ---
    comments = [
        (t(2023, 11, 18, 21, 4), "Nine years with South Wales Police and this is exactly what a Friday late on response looks like 😅", [("employer", "names the force (alias)")], None),
        (t(2024, 1, 6, 10, 12), "Shout out to @SWPolice for the Bay 10k marshals, brilliant morning", [("employer", "mentions the force's handle")], None),
        (t(2024, 2, 20, 19, 45), "That sourdough crumb though 😍 saving this for my rest days", [], None),
        (t(2024, 3, 2, 8, 30), "Met Office says rain for the half again. Of course it does", [], "'Met Office' = weather service"),
        (t(2024, 3, 9, 20, 5), "Tried the 20 minute bike service, the chain finally stopped squeaking", [], None),
    ]
    takeout_youtube(p, "takeout-20240402T081500Z-001", ("UCk3YtQ8wVZp1sLmN4rTa0Gx", "Cerys P"), comments,
                    ["South Wales Police", "GCN", "Bake with Jack", "Welsh Cycling"])
    p.see("youtube", "takeout-20240402T081500Z-001/Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv",
          "South Wales Police", "groups", "subscribed to the South Wales Police channel", "employer", "the force's own channel (a followed page)")

    # --- WhatsApp: the shift's group chat ---
    wa = "whatsapp-response-team-b"
    chat = [
        (t(2023, 9, 4, 9, 14), None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        (t(2023, 9, 4, 9, 14), None, 'Gareth Lloyd created group "Response Team B"'),
        (t(2023, 9, 4, 9, 14), None, "Gareth Lloyd added you"),
        (t(2023, 9, 4, 9, 20), "Gareth Lloyd", "Welcome all. Rota for Sept attached, lates start Monday at the Bay"),
        (t(2023, 9, 4, 9, 20), "Gareth Lloyd", "<Media omitted>"),
        (t(2023, 9, 4, 9, 31), "Cerys P", "Thanks Sarge 👍"),
        (t(2023, 9, 15, 22, 47), "Cerys P", "Custody full again at Bay, taking ours up to Cathays"),
        (t(2023, 9, 15, 22, 49), "Rhys Morgan", "Same. Radio's been non stop since 8"),
        (t(2023, 10, 21, 6, 5), "Cerys P", "Parking's shut, bikes are round the side door\nlocation: https://maps.google.com/?q=51.465200,-3.169200"),
        (t(2023, 10, 30, 13, 2), "Cerys P", "Anyone swap an early on the 14th? Dentist 🙃"),
    ]
    whatsapp_android(p, wa, "Response Team B", chat)
    wtxt = f"{wa}/WhatsApp Chat with Response Team B.txt"
    p.see("whatsapp", wtxt, "Response Team B", "groups", "Response Team B", "employer",
          "a work group on WhatsApp, against the Welsh Government and force guidance (posture check)")
    p.see("whatsapp", wtxt, None, "text", "Custody full again at Bay, taking ours up to Cathays", "role",
          "custody, response shifts and the Bay station: police work, in her own words")
    p.see("whatsapp", wtxt, None, "text", "location: https://maps.google.com/?q=51.465200,-3.169200", "location",
          "a shared map pin at the station's side door")

    write(
        p.dir / "README.md",
        p.readme(
            "Persona: commuting officer (Strava, YouTube, WhatsApp)",
            """
**Cerys** (invented), a response officer at Cardiff Bay police station, South Wales Police. She never
names her job in a profile: her Strava rides, YouTube comments and her shift's WhatsApp group do. Scan
with `--org south-wales-police` (its profile has the Cardiff Bay Police Station premises): the commute
to the station is found as the workplace and the employer, and the comments name the force.""",
            [
                "Strava: a 2024-25 bulk export. `activities.csv` repeats `Elapsed Time`, `Distance` and `Commute` "
                "like the real files; every commute is marked `Commute` true; every fifth activity file is "
                "gzipped (`.gpx.gz`). Default activity visibility is Everyone, so the activities are public. "
                "No privacy zone is set. Dates are UTC.",
                "Google Takeout: the 2025 YouTube layout (`channels/channel.csv`, `comments/comments.csv` with the "
                "comment text as JSON fragments, `subscriptions/subscriptions.csv`).",
                "WhatsApp: an Android \"Export chat\" text file without media, day/month order (the 15th settles it), "
                "24-hour clock. The colleagues' names are invented; reports never copy them into evidence. "
                "WhatsApp is read by the chats work (issue 12); until it lands that folder is reported as "
                "an export footprint does not recognise.",
                "Rows whose item is `-` are signals about a whole list (item null) or, for the WhatsApp lines, "
                "items whose id is the file and line the WhatsApp parser chooses.",
            ],
        ),
    )
    return p


def careful_commuter() -> Persona:
    p = Persona("careful-commuter")
    rng = p.rng
    # --- Strava: weekend runs from different trailheads, activities visible to followers only ---
    st = StravaExport(p, "export_70455120", "70455120", "Followers")
    trailheads = [(51.5072, -3.2310), (51.4400, -3.1760), (51.5310, -3.1990), (51.4890, -3.1730),
                  (51.5600, -3.2650), (51.4550, -3.2100), (51.5150, -3.1300), (51.4700, -3.2500)]
    day = dt.datetime(2024, 2, 3, tzinfo=UTC)
    for i, start in enumerate(trailheads):
        when = day + dt.timedelta(days=7 * i, hours=9, minutes=rng.randrange(40))
        loop = [start, (start[0] + 0.01, start[1] + 0.01), (start[0] + 0.012, start[1] - 0.006), near(rng, start, 30)]
        st.activity(when, "Trail run", loop, 55 + rng.randrange(20), False, kind="Run")
    st.finish(
        {"email": "nia.w.trails@proton.me", "first": "Nia", "last": "W", "bio": "Trails and tea", "city": "", "consent": t(2023, 3, 12, 19, 0)},
        [("Cardiff Trail Runners", t(2023, 3, 20, 20, 15))],
        [("Home", near(rng, (51.4950, -3.2000), 50))],
    )
    comments = [
        (t(2023, 12, 2, 20, 10), "This trail looks unreal, adding it to the list for spring", [], None),
        (t(2024, 1, 13, 9, 30), "The team won on Saturday! Netball league, not the rugby 😄", [], "'the team' = netball"),
        (t(2024, 2, 24, 18, 0), "Quick response from the shop, new shoes arrived next day", [], "'response' = customer service"),
        (t(2024, 3, 16, 21, 40), "Line of Duty rewatch is going well, no spoilers", [], "police TV drama, not police work"),
    ]
    takeout_youtube(p, "takeout-20240405T190000Z-001", ("UCq8VnL2xR5kT0pWy7bJs3Hd", "Nia W"), comments,
                    ["Trail Running Wales", "Bake with Jack"])
    whatsapp_android(p, "whatsapp-book-club", "Book Club 📚", [
        (t(2023, 10, 2, 19, 0), None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        (t(2023, 10, 2, 19, 0), None, 'Sioned created group "Book Club 📚"'),
        (t(2023, 10, 2, 19, 1), None, "Sioned added you"),
        (t(2023, 10, 2, 19, 5), "Sioned", "Next one: The Secret History. 600 pages, sorry"),
        (t(2023, 10, 16, 20, 30), "Nia W", "Halfway. Who else is team Henry?"),
        (t(2023, 10, 30, 21, 15), "Nia W", "Can we meet at the café by the park on the 13th?"),
    ])
    write(
        p.dir / "README.md",
        p.readme(
            "Persona: careful commuter (stays low)",
            """
**Nia** (invented), who also works for South Wales Police and also runs, watches YouTube and chats on
WhatsApp, but keeps work out of them: her runs start from different trailheads and never from home or
work, a privacy zone covers home, her activities are for followers only, her comments and her only
group are about running, baking and books. A scan with `--org south-wales-police` stays **low**.""",
            [
                "Strava: no commutes are recorded; default activity visibility is Followers, so footprint says "
                "the activities' visibility is unknown (older ones may be public). The privacy zone is private.",
                "Google Takeout: the 2025 YouTube layout. WhatsApp: an Android export of a book club group.",
            ],
        ),
    )
    return p


# =========================================================================== main

PERSONAS = [
    police_officer,
    welsh_gov,
    civil_servant,
    mp_caseworker,
    pseudonymous,
    careful,
    commuting_officer,
    careful_commuter,
]
SLUGS = [
    "police-officer",
    "welsh-gov-policy-officer",
    "civil-servant",
    "mp-caseworker",
    "pseudonymous",
    "careful",
    "commuting-officer",
    "careful-commuter",
]


def check() -> list[str]:
    """Validate every data file under the persona folders; return a list of problems."""
    problems = []
    for slug in SLUGS:
        for path in sorted((ROOT / slug).rglob("*")):
            if not path.is_file() or path.name == "README.md":
                continue
            rel = path.relative_to(ROOT)
            raw = path.read_bytes()
            try:
                if path.suffix == ".js":
                    text = raw.decode("utf-8")
                    m = re.match(r"window\.(YTD\.\w+\.part\d+|__THAR_CONFIG) = ", text)
                    if not m:
                        raise ValueError("missing window.YTD / __THAR_CONFIG prefix")
                    if m.group(1).startswith("YTD."):
                        glob = m.group(1).split(".")[1]
                        if glob != path.stem.replace("-", "_"):
                            raise ValueError(f"global {glob} does not match file name")
                    json.loads(text[m.end() :])
                elif path.suffix == ".json":
                    data = json.loads(raw.decode("utf-8"))
                    if "facebook-" in str(rel) or "instagram-" in str(rel):
                        if not raw.isascii():
                            raise ValueError(
                                "Meta JSON must be ASCII with \\u00XX mojibake escapes"
                            )
                        json.dumps(data)
                elif path.suffix == ".csv":
                    if raw.startswith(b"\xff\xfe"):
                        text = raw[2:].decode("utf-16-le")
                        rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
                    else:
                        text = raw.decode("utf-8")
                        lines = text.split("\n")
                        if lines[0] == "Notes:":
                            text = "\n".join(lines[3:])
                        rows = list(csv.reader(io.StringIO(text)))
                    widths = {len(r) for r in rows if r}
                    if len(widths) != 1:
                        raise ValueError(f"ragged rows: widths {sorted(widths)}")
                elif path.suffix == ".txt":
                    lines = raw.decode("utf-8").splitlines()
                    if not all(re.match(r"\d\d/\d\d/\d{4}, \d\d:\d\d - ", ln) or not re.match(r"\d", ln) for ln in lines):
                        raise ValueError("a line that is not a WhatsApp Android message start")
                elif path.name.endswith((".gpx", ".gpx.gz")):
                    import gzip
                    import xml.etree.ElementTree as ET

                    ET.fromstring(gzip.decompress(raw) if path.suffix == ".gz" else raw)
                else:
                    raise ValueError("unexpected file type")
            except Exception as exc:  # report and continue
                problems.append(f"{rel}: {exc}")
    return problems


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        for slug in SLUGS:
            if (ROOT / slug).exists():
                shutil.rmtree(ROOT / slug)
        for make in PERSONAS:
            make()
    problems = check()
    for line in problems:
        print(line, file=sys.stderr)
    if not problems:
        count = sum(
            1 for s in SLUGS for f in (ROOT / s).rglob("*") if f.is_file() and f.name != "README.md"
        )
        print(f"ok: {count} data files in {len(SLUGS)} personas are valid")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
