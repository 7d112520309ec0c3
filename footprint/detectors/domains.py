"""Links and e-mail addresses on the organisation's own domains.

Every URL in bios, website fields, posts, shares and comments (X's ``expanded_url``,
never the t.co link; Bluesky's facet URIs; Mastodon's ``href``), every e-mail address on
the account and in text, resolved to its host and registered domain with tldextract's
bundled public suffix list (never a download).

- A host matches a profile's ``domains`` when it equals the domain or ends with
  ``.`` + the domain; e-mail addresses likewise against ``email_domains``. An e-mail
  address at the employer's domain is close to proof (0.95 on the account, 0.9 in a
  text); a link to the organisation's website in a bio or website field says "this is
  where I work" (0.8); in a post it is often just sharing an appeal (0.5).
- Public portals reveal nothing: ``www.gov.uk`` (renewing a passport), ``www.police.uk``
  (crime maps) and ``*.service.gov.uk`` services are never signals.
- Without a profile, e-mail addresses still count: an address at a public-sector
  domain (``*.police.uk``, a department under ``gov.uk``, ``gov.wales``,
  ``parliament.uk``) reveals the employer (0.9), and an address at any domain that is
  not a personal mail provider may be a work address (0.35: it may be the person's own
  domain).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import tldextract

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.nlp import EMAIL_RE, URL_RE, TextUnit
from footprint.model import Post, ProfileField, Ref
from footprint.profiles import Term
from footprint.registry import detectors
from footprint.signals import Signal, excerpt

# Citizens' portals under public-sector suffixes: a link here reveals nothing.
PUBLIC_PORTALS = (
    "www.gov.uk",
    "gov.uk",
    "www.police.uk",
    "police.uk",
    "service.gov.uk",
    "assets.publishing.service.gov.uk",
    "www.nhs.uk",
    "nhs.uk",
)
# Registered-domain suffixes whose addresses belong to public-sector employers.
PUBLIC_SECTOR = {
    "police.uk": "UK policing",
    "gov.uk": "UK central government",
    "gov.wales": "Welsh Government",
    "llyw.cymru": "Welsh Government",
    "gov.scot": "Scottish Government",
    "parliament.uk": "UK Parliament",
    "nhs.net": "the NHS",
    "mod.uk": "the armed forces",
}
PERSONAL_MAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.co.uk",
        "live.com",
        "live.co.uk",
        "msn.com",
        "yahoo.com",
        "yahoo.co.uk",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "aol.co.uk",
        "protonmail.com",
        "proton.me",
        "pm.me",
        "gmx.com",
        "gmx.co.uk",
        "gmx.net",
        "mail.com",
        "yandex.com",
        "zoho.com",
        "fastmail.com",
        "fastmail.fm",
        "tutanota.com",
        "tuta.io",
        "btinternet.com",
        "btopenworld.com",
        "sky.com",
        "virginmedia.com",
        "ntlworld.com",
        "talktalk.net",
        "blueyonder.co.uk",
        "tiscali.co.uk",
        "orange.net",
        "hushmail.com",
        "mailbox.org",
        "posteo.net",
        "qq.com",
        "163.com",
        "example.com",
        "example.org",
        # Providers' own relay and proxy addresses.
        "facebook.com",
        "privaterelay.appleid.com",
        "users.noreply.github.com",
        "duck.com",
    ]
)

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
_PROFILE_TEXT = ("bio", "headline", "summary", "profile_field")


_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#]*@)?([^/?#:\[\]]+)", re.IGNORECASE)


def host_of(url: str) -> str | None:
    """The host of a URL or bare domain, lower-cased (the fast path of urlsplit)."""
    url = url.strip().strip(".,;:!?)('\"<>")
    m = _HOST.match(url)
    if m is None:
        return None
    host = m.group(1).lower().rstrip(".")
    return host or None


def registered_domain(host: str) -> str:
    r = _EXTRACT(host)
    return r.top_domain_under_public_suffix or host


def under(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _longest_suffix(host: str, index: dict[str, Term]) -> Term | None:
    """The term for ``host`` itself or its nearest parent domain in ``index``."""
    if not index:
        return None
    name = host
    while True:
        term = index.get(name)
        if term is not None:
            return term
        dot = name.find(".")
        if dot < 0:
            return None
        name = name[dot + 1 :]


def _addresses(text: str) -> Iterator[re.Match[str]]:
    """E-mail addresses in text, not fediverse handles ("@user@host" is a Mastodon account)."""
    for m in EMAIL_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] == "@":
            continue
        yield m


def is_portal(host: str) -> bool:
    return any(host == p for p in PUBLIC_PORTALS) or host.endswith(".service.gov.uk")


@detectors.register("domains")
class DomainDetector(Detector):
    name = "domains"
    item_types = (Post, ProfileField)
    post_fields = ("urls",)

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.link_terms: list[Term] = []
        self.mail_terms: list[Term] = []
        if self.profile is not None:
            self.link_terms = list(self.profile.of("domain"))
            self.mail_terms = list(self.profile.of("email_domain"))
        # host or domain -> term: a host matches its own name or any parent domain.
        self.link_index = {t.value: t for t in reversed(self.link_terms)}
        self.mail_index = {t.value: t for t in reversed(self.mail_terms)}

    def terms(self) -> Iterable[str]:
        # Not "https://": posts carry their links in ``Post.urls`` (expanded), and a
        # trigger on every link in a million tweets would send most of them to spaCy.
        # Bios and other profile text are read whole in on_item.
        for t in self.link_terms + self.mail_terms:
            yield t.value
        yield from PUBLIC_SECTOR  # bare public-sector domains in text ("@gov.wales")

    # -- matching --------------------------------------------------------------------

    def _link_term(self, host: str) -> Term | None:
        term = _longest_suffix(host, self.link_index)
        if term is None or is_portal(host):
            return None
        return term

    def _mail(self, domain: str) -> tuple[str, str, float, str] | None:
        """(reveals, target, confidence, why) for an e-mail domain, or None."""
        best = _longest_suffix(domain, self.mail_index)
        if best is not None:
            target = self.target_of(best) or best.origin
            return best.reveals, target, 0.95, f"e-mail domain {best.value!r} of {best.origin}"
        reg = registered_domain(domain)
        if reg in PERSONAL_MAIL or domain in PERSONAL_MAIL:
            return None
        for suffix, sector in PUBLIC_SECTOR.items():
            if under(domain, suffix) and not is_portal(domain):
                return "employer", reg, 0.9, f"e-mail address at {reg}, a {sector} domain"
        # Could be a work address, or the person's own domain (jo@jo-smith.net).
        return (
            "employer",
            reg,
            0.35,
            f"possibly a work e-mail address at {reg} (not a personal mail provider)",
        )

    # -- items -----------------------------------------------------------------------

    def on_item(self, item: Any, origin: str) -> Iterator[Signal]:
        if isinstance(item, Post):
            for url in item.urls:
                yield from self._url(url, item.ref, "link", origin, None, in_profile=False)
        elif isinstance(item, ProfileField):
            if item.field in _PROFILE_TEXT:
                yield from self._profile_text(item, origin)
            if item.field == "website":
                yield from self._url(item.value, item.ref, "website", origin, None, in_profile=True)
            elif item.field == "email":
                domain = item.value.rsplit("@", 1)[-1].strip().lower()
                if "@" in item.value and domain:
                    yield from self._email(domain, item.ref, "email", origin, None, account=True)

    def _url(
        self, url: str, ref: Ref, field: str, origin: str, evidence: str | None, in_profile: bool
    ) -> Iterator[Signal]:
        host = host_of(url)
        if not host:
            return
        term = self._link_term(host)
        if term is None:
            return
        conf = 0.8 if in_profile else 0.5
        where = (
            "in the profile's website"
            if field == "website"
            else ("in the bio" if ref.field == "bio" else "in a post")
        )
        target = self.target_of(term)
        yield self.signal(
            ref=ref,
            field=field,
            kind="link_domain",
            reveals=term.reveals,
            matched=registered_domain(host) if under(host, term.value) else term.value,
            why=f"link to {host}, under {term.value!r} of {term.origin}, {where}",
            evidence=evidence or excerpt(url),
            confidence=conf,
            origin=origin,
            target=target,
        )

    def _email(
        self, domain: str, ref: Ref, field: str, origin: str, evidence: str | None, account: bool
    ) -> Iterator[Signal]:
        found = self._mail(domain)
        if found is None:
            return
        reveals, target, conf, why = found
        if not account:
            conf -= 0.05
        yield self.signal(
            ref=ref,
            field=field,
            kind="email_domain",
            reveals=reveals,
            matched=domain,
            why=why + (" on the account" if account else " in text"),
            evidence=evidence or f"…@{domain}",
            confidence=conf,
            origin=origin,
            target=target,
        )

    # -- text ------------------------------------------------------------------------

    def _profile_text(self, item: ProfileField, origin: str) -> Iterator[Signal]:
        """Links and addresses written in a bio, headline or profile field."""
        text = item.value
        spans: list[tuple[int, int]] = []
        for m in _addresses(text):
            spans.append(m.span())
            yield from self._email(
                m.group(1).lower(),
                item.ref,
                item.field,
                origin,
                excerpt(text, *m.span()),
                account=False,
            )
        for m in URL_RE.finditer(text):
            if not any(s <= m.start() < e for s, e in spans):
                yield from self._url(
                    m.group(0),
                    item.ref,
                    item.field,
                    origin,
                    excerpt(text, *m.span()),
                    in_profile=True,
                )

    def on_text(self, unit: TextUnit) -> Iterator[Signal]:
        text = unit.text
        ref = unit.item.ref
        field = unit.field if unit.field != "text" else "link"
        in_profile = unit.field in _PROFILE_TEXT
        if in_profile:
            return  # read whole in on_item
        spans: list[tuple[int, int]] = []
        for m in _addresses(text):
            spans.append(m.span())
            yield from self._email(
                m.group(1).lower(),
                ref,
                "text",
                unit.origin,
                excerpt(text, *m.span()),
                account=False,
            )
        for m in URL_RE.finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            spans.append(m.span())
            yield from self._url(
                m.group(0),
                ref,
                field if in_profile else "link",
                unit.origin,
                excerpt(text, *m.span()),
                in_profile=in_profile,
            )
        # A bare domain in text ("see south-wales.police.uk"): a weaker link.
        norm = unit.normalised
        for hit in unit.hits:
            if any(s <= hit.start < e for s, e in spans):
                continue
            start = hit.start
            while start > 0 and (norm[start - 1].isalnum() or norm[start - 1] in "-."):
                start -= 1
            host = norm[start : hit.end]
            if start > 0 and norm[start - 1] == "@":
                continue  # part of an address EMAIL_RE did not take: leave it
            yield from self._url(
                host,
                ref,
                field if in_profile else "link",
                unit.origin,
                excerpt(text, start, hit.end),
                in_profile=in_profile,
            )
