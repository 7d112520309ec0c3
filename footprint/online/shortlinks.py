"""Short links (t.co, bit.ly, lnkd.in, ow.ly ...): where they lead, without visiting it.

An X archive gives the profile website only as a t.co link, and people put bit.ly and
lnkd.in links in bios and posts. Each link is asked for with HEAD (GET when the service
refuses HEAD, with the body left unread) and without following redirects: the
``Location`` the shortener answers is the address. A hop to another shortener is
followed; the destination itself is never contacted, so the site a link leads to does
not learn that anyone looked.

What cannot be expanded is a problem, never a guess: a link the service no longer has
(404, 410), an interstitial page instead of a redirect (the address is then inside the
page, which is not downloaded), a redirect loop, more than :data:`MAX_HOPS` hops.
"""

from __future__ import annotations

import re

from footprint.online.client import Client

SHORTENERS = frozenset(
    {
        "t.co",
        "bit.ly",
        "bitly.com",
        "j.mp",
        "lnkd.in",
        "ow.ly",
        "buff.ly",
        "tinyurl.com",
        "is.gd",
        "goo.gl",
        "dlvr.it",
        "ift.tt",
        "trib.al",
        "fb.me",
        "tiny.cc",
        "rebrand.ly",
        "shorturl.at",
        "t.ly",
        "cutt.ly",
        "rb.gy",
    }
)
MAX_HOPS = 5

# A short link in free text, with or without its scheme ("bit.ly/abc" in a bio).
_IN_TEXT = re.compile(
    r"(?<![\w./@-])(?:https?://)?(?:www\.)?(?:"
    + "|".join(re.escape(h) for h in sorted(SHORTENERS, key=len, reverse=True))
    + r")/[A-Za-z0-9_-]+",
    re.IGNORECASE,
)


# A whole short link: one match per URL, since every link of every post is asked.
_WHOLE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:"
    + "|".join(re.escape(h) for h in sorted(SHORTENERS, key=len, reverse=True))
    + r")/[^/?#\s]",
    re.IGNORECASE,
)


def is_short(url: str) -> bool:
    """Whether ``url`` is a link on a known shortener (with a path: not its home page)."""
    return _WHOLE.match(url.strip()) is not None


def find_short(text: str) -> list[str]:
    """The short links in ``text``, as written, once each."""
    return list(dict.fromkeys(m.group(0) for m in _IN_TEXT.finditer(text)))


def normal(url: str) -> str:
    """A short link as requested: with its scheme (https when it was left out)."""
    return url if "://" in url else "https://" + url


def expand(client: Client, url: str) -> str | None:
    """Where ``url`` leads, or None (the reason is counted by the client)."""
    current = normal(url)
    seen = {current}
    for _ in range(MAX_HOPS):
        answer = client.get(current, method="HEAD", follow=False)
        if answer is not None and answer.status in (403, 405, 501):
            # Some services refuse HEAD: the same request as GET, its body left unread.
            answer = client.get(current, follow=False, max_body=0)
        if answer is None:
            return None
        target = answer.location if 300 <= answer.status < 400 else None
        if target is None:
            client.fail(current, _why_not(answer.status))
            return None
        if target in seen:
            client.fail(current, "redirect loop")
            return None
        if not is_short(target):
            return target
        seen.add(target)
        current = target
    client.fail(normal(url), f"more than {MAX_HOPS} redirects")
    return None


def _why_not(status: int) -> str:
    if status in (404, 410):
        return f"the short link no longer exists ({status})"
    if 200 <= status < 300:
        return "answered with a page instead of a redirect: not expanded"
    if 300 <= status < 400:
        return f"a redirect without a Location ({status})"
    return f"unexpected answer (HTTP {status})"


__all__ = ["SHORTENERS", "expand", "find_short", "is_short", "normal"]
