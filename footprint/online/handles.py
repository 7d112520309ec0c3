"""Where else the person's handles are in use (``--check-handles``).

A pseudonymous handle is only as private as its least careful use: the same name on a
site that shows a real name, a photo or a company joins the two. With
``--check-handles`` (and ``--online``) footprint asks each site in a list whether an
account of that name exists, for the person's **own** handles only (those of the
accounts scanned, and their previous handles), never a third party's.

The list is in the WhatsMyName data format (``{"sites": [{"name", "uri_check",
"uri_pretty", "e_code", "e_string", "m_code", "m_string", "known", "cat", ...}]}``):
footprint ships its own (``sites.json`` beside this module: a few dozen sites where UK
public servants are found, most through an API the site documents), and ``--sites FILE``
takes another, such as the full WhatsMyName list. As in WhatsMyName, an account
**exists** when the answer has the status ``e_code`` and contains ``e_string``, is
**missing** when it has ``m_code`` and contains ``m_string``, and is **unknown**
otherwise (a changed page, a block, a captcha). Entries that need a POST request, or are
marked ``"valid": false``, are left out and listed.

A match is a *possible* link, never proof: anyone can hold the same name. The
confidence says how much the markers allow (a status that differs between an existing
and a missing account, and a distinctive marker string, each add) and how distinctive
the handle is (a four-letter handle is taken everywhere).

Each site learns the handle, and the address the request comes from: footprint warns
before it checks, and ``--proxy`` (or the usual proxy variables) sends the requests
elsewhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from footprint.errors import UsageError
from footprint.online.client import Client
from footprint.online.remote import public_host
from footprint.online.summary import HandleMatch, HandleReport

SHIPPED = Path(__file__).with_name("sites.json")
HANDLE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")
MAX_BODY = 512 * 1024  # a profile page; the markers are near the top
WARNING = (
    "--check-handles: every site checked learns your handle(s) and, unless you use --proxy "
    "or a proxy variable, your IP address"
)


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    uri_check: str
    e_code: int
    e_string: str
    m_code: int
    m_string: str
    uri_pretty: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    strip_bad_char: str = ""
    cat: str = ""

    def check_url(self, account: str) -> str:
        return self.uri_check.replace("{account}", quote(account, safe="@._-"))

    def pretty_url(self, account: str) -> str:
        return (self.uri_pretty or self.uri_check).replace("{account}", account)


def load_sites(path: str | Path | None = None) -> tuple[list[Site], list[str]]:
    """The sites of a WhatsMyName-format file (the shipped list by default), and the
    entries left out, each as ``sites[N] (name): why``.

    A file that is not such a list at all is a :class:`UsageError` naming it.
    """
    where = Path(path) if path is not None else SHIPPED
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{where}: --sites: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise UsageError(f"{where}: --sites: not JSON ({exc})") from None
    sites_raw = data.get("sites") if isinstance(data, dict) else None
    if not isinstance(sites_raw, list):
        raise UsageError(
            f"{where}: key 'sites': missing or not a list (the WhatsMyName format is "
            '{"sites": [{"name": ..., "uri_check": ..., ...}]})'
        )
    sites: list[Site] = []
    skipped: list[str] = []
    for i, raw in enumerate(sites_raw):
        site, why = _site(raw)
        if site is not None:
            sites.append(site)
        else:
            name = raw.get("name") if isinstance(raw, dict) else None
            label = f" ({name})" if isinstance(name, str) else ""
            skipped.append(f"sites[{i}]{label}: {why}")
    return sites, skipped


def _site(raw: Any) -> tuple[Site | None, str]:
    if not isinstance(raw, dict):
        return None, "not an object"
    for key, kind in (
        ("name", str),
        ("uri_check", str),
        ("e_code", int),
        ("e_string", str),
        ("m_code", int),
        ("m_string", str),
    ):
        value = raw.get(key)
        if value is None:
            return None, f"key '{key}' missing"
        if not isinstance(value, kind) or isinstance(value, bool):
            return None, f"key '{key}' must be a {'number' if kind is int else 'string'}"
    if raw.get("valid") is False:
        return None, "marked not valid in the list"
    if "post_body" in raw:
        return None, "needs a POST request; footprint sends only GET"
    uri = raw["uri_check"]
    if "{account}" not in uri:
        return None, "key 'uri_check' has no {account}"
    parts = urlsplit(uri.replace("{account}", "x"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None, "key 'uri_check' is not a web address"
    refused = public_host(parts.hostname)
    if refused is not None:
        return None, f"key 'uri_check': host {refused}"
    headers = raw.get("headers") or {}
    if not isinstance(headers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        return None, "key 'headers' must map names to strings"
    # A site's headers may not replace footprint's User-Agent or add credentials.
    headers = {
        k: v
        for k, v in headers.items()
        if k.lower() not in ("user-agent", "cookie", "authorization")
    }
    pretty = raw.get("uri_pretty")
    bad = raw.get("strip_bad_char")
    cat = raw.get("cat")
    return (
        Site(
            name=raw["name"],
            uri_check=uri,
            e_code=raw["e_code"],
            e_string=raw["e_string"],
            m_code=raw["m_code"],
            m_string=raw["m_string"],
            uri_pretty=pretty if isinstance(pretty, str) and "{account}" in pretty else None,
            headers=headers,
            strip_bad_char=bad if isinstance(bad, str) else "",
            cat=cat if isinstance(cat, str) else "",
        ),
        "",
    )


def own_handles(accounts: Iterable[tuple[str, str | None]]) -> list[str]:
    """The handles worth checking from (platform, handle) pairs of the person's accounts:
    the user part of a Mastodon address, the name of a ``*.bsky.social`` handle; once
    each, in any case."""
    out: dict[str, str] = {}
    for platform, handle in accounts:
        if not handle:
            continue
        h = handle.strip().lstrip("@")
        if platform == "bluesky":
            if not h.lower().endswith(".bsky.social"):
                continue  # a domain handle names its own site already
            h = h[: -len(".bsky.social")]
        elif "@" in h:
            h = h.split("@", 1)[0]
        if HANDLE.match(h):
            out.setdefault(h.lower(), h)
    return list(out.values())


def check_all(
    client: Client, handles: list[str], sites: list[Site], skipped: list[str]
) -> HandleReport:
    results: list[HandleMatch] = []
    missing = 0
    for handle in handles:
        for site in sites:
            match = check(client, site, handle)
            if match is None:
                continue
            if match.status == "missing":
                missing += 1
            else:
                results.append(match)
    results.sort(key=lambda m: (m.status != "exists", -m.confidence, m.site, m.handle))
    return HandleReport(tuple(handles), len(sites), tuple(results), missing, tuple(skipped))


def check(client: Client, site: Site, handle: str) -> HandleMatch | None:
    """One handle on one site; None when the request was not made (the cap)."""
    account = "".join(c for c in handle if c not in site.strip_bad_char)
    url = site.check_url(account)
    pretty = site.pretty_url(account)
    pool = client.pools["handles"]
    refused_before = pool.refused
    answer = client.get(
        url, headers=site.headers, pool="handles", cache=False, follow=False, max_body=MAX_BODY
    )
    if answer is None:
        if pool.refused > refused_before:
            return None
        return HandleMatch(handle, site.name, pretty, "unknown", 0.0, "no answer (see problems)")
    exists = answer.status == site.e_code and site.e_string in answer.text
    missing = answer.status == site.m_code and site.m_string in answer.text
    if exists and not missing:
        conf, why = _confidence(site, handle)
        return HandleMatch(handle, site.name, pretty, "exists", conf, why)
    if missing and not exists:
        return HandleMatch(handle, site.name, pretty, "missing", 0.0, "")
    return HandleMatch(
        handle,
        site.name,
        pretty,
        "unknown",
        0.0,
        f"the answer (HTTP {answer.status}) matched neither marker: the site may have "
        "changed, or blocked the check",
    )


def _confidence(site: Site, handle: str) -> tuple[float, str]:
    conf = 0.3
    reasons = [f"an account named {handle!r} exists on {site.name}"]
    if site.e_code != site.m_code:
        conf += 0.15
        reasons.append("the site answers differently for a missing account")
    if _distinctive(site.e_string):
        conf += 0.15
    else:
        reasons.append("its marker is weak")
    plain = re.sub(r"[^a-z0-9]", "", handle.lower())
    if len(plain) <= 4:
        conf *= 0.5
        reasons.append("a handle this short is taken by many people")
    elif len(plain) <= 7:
        conf *= 0.8
        reasons.append("a short handle may be someone else's")
    reasons.append("the same name is a possible link, not proof of the same person")
    return round(conf, 2), "; ".join(reasons)


def _distinctive(marker: str) -> bool:
    """A marker that is structure (a JSON key, an HTML id) rather than a common word."""
    return len(marker) >= 8 or any(c in marker for c in '"<>:={}[]')


__all__ = ["SHIPPED", "WARNING", "Site", "check", "check_all", "load_sites", "own_handles"]
