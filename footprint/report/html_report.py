"""The HTML report (``--format html``): one self-contained page a person reads in a minute.

The page works offline, opened from a USB stick or an e-mail attachment: it has no
external resource of any kind (system fonts, inline SVG), and its Content-Security-Policy
forbids every request. Its one stylesheet and one short script (a print button, folded
parts opened for printing, a count of ticked plan steps) are footprint's own, inline and
listed in the policy by their SHA-256 hashes. The report's data goes in once, as the
``footprint.report/1`` document in a ``<script type="application/json">`` block.

Every string from an export is escaped by jinja2's autoescape and shown as text: a bio
holding ``<script>``, an ``<img onerror>`` or a ``javascript:`` link stays words on the
page; direction overrides are shown as their code (:func:`footprint.report.view.shown`);
only plain ``https://`` addresses become links.

Sections, in the order a person acts on them: the score and tier in words, the picture
(:mod:`footprint.report.picture`), what gives the employer away (by what it reveals, then
platform), the plan as a checklist, the security checks, what the scan could not read.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from typing import TextIO

import jinja2
import orjson
from markupsafe import Markup

from footprint.escape import json_text
from footprint.pipeline import ScanResult
from footprint.registry import reporters
from footprint.report.i18n import DEFAULT, translations
from footprint.report.picture import build_picture
from footprint.report.view import build_view, tier_class
from footprint.report.words import Words


def _asset(name: str) -> str:
    return resources.files("footprint.report").joinpath("templates", name).read_text("utf-8")


def csp_hash(source: str) -> str:
    """The CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def _assets() -> tuple[str, str, str]:
    css = _asset("report.css")
    js = _asset("report.js")
    policy = "; ".join(
        [
            "default-src 'none'",
            f"style-src {csp_hash(css)}",
            f"script-src {csp_hash(js)}",
            "img-src 'none'",
            "font-src 'none'",
            "connect-src 'none'",
            "media-src 'none'",
            "object-src 'none'",
            "frame-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    return css, js, policy


@cache
def _environment(lang: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("footprint.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.globals["tier_class"] = tier_class
    return env


def json_block(document: object) -> Markup:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, no
    comment opener, no ``&`` can end the block or change how it is parsed; line
    separators and direction overrides are written as escapes, so that the page's source
    reads as stored too. The document parses back unchanged."""
    text = json_text(orjson.dumps(document).decode("utf-8"))
    for raw in ("<", ">", "&"):
        text = text.replace(raw, f"\\u{ord(raw):04x}")
    return Markup(text)


def render_html(result: ScanResult, lang: str = DEFAULT) -> str:
    """The report as one HTML page, in English (``en``) or Welsh (``cy``)."""
    words = Words(lang)
    css, js, policy = _assets()
    template = _environment(lang).get_template("report.html.j2")
    return template.render(
        v=build_view(result, words),
        picture=build_picture(result.graph(), result.exposure, words),
        data=json_block(result.to_dict()),
        css=Markup(css),
        js=Markup(js),
        csp=policy,
        plan_note=words.plan_note(),
        w=words,
    )


def write_html(result: ScanResult, out: TextIO, lang: str = DEFAULT) -> None:
    out.write(render_html(result, lang))


reporters.register("html")(write_html)
