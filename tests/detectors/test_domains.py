"""Links and e-mail domains: the organisation's own hosts, never public portals."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from footprint.signals import Signal
from tests.detectors.conftest import field, post

Detect = Callable[..., list[Signal]]


@pytest.mark.parametrize(
    ("item", "kind", "matched"),
    [
        (
            post("appeal", urls=("https://www.northshire.police.uk/news/appeal",)),
            "link_domain",
            "northshire.police.uk",
        ),
        (
            post("read https://northshire.police.uk/join today"),
            "link_domain",
            "northshire.police.uk",
        ),
        (
            field("website", "https://www.northshire.police.uk"),
            "link_domain",
            "northshire.police.uk",
        ),
        (
            field("email", "pc.jones@northshire.police.uk", visibility="private"),
            "email_domain",
            "northshire.police.uk",
        ),
        (field("email", "a.b@cid.pnn.police.uk"), "email_domain", "cid.pnn.police.uk"),
        (post("email me on a.b@northshire.police.uk"), "email_domain", "northshire.police.uk"),
        (post("see northshire.police.uk for details"), "link_domain", "northshire.police.uk"),
    ],
)
def test_found(detect: Detect, item: object, kind: str, matched: str) -> None:
    sigs = detect(item, only=["domains"])
    assert (kind, matched) in {(s.kind, s.matched) for s in sigs}, sigs


@pytest.mark.parametrize(
    "item",
    [
        post("renew it here https://www.gov.uk/renew-adult-passport"),
        post("crime map", urls=("https://www.police.uk/pu/your-area/",)),
        post("link", urls=("https://t.co/abc",)),
        post(
            "notnorthshire.police.uk.evil.com is a phishing host",
            urls=("https://northshire.police.uk.evil.com/x",),
        ),
        post("northshire.police.ukraine"),
        field("email", "gareth@gmail.com"),
    ],
)
def test_not_found(detect: Detect, item: object) -> None:
    assert detect(item, only=["domains"]) == []


@pytest.mark.parametrize(
    ("email", "confidence"),
    [
        ("jo.bloggs@homeoffice.gov.uk", 0.9),
        ("jo@gov.wales", 0.9),
        ("jo@acme-widgets.co.uk", 0.35),
    ],
)
def test_work_email_without_profile(detect: Detect, email: str, confidence: float) -> None:
    (sig,) = detect(field("email", email), profile=None, only=["domains"])
    assert sig.reveals == "employer" and sig.confidence == pytest.approx(confidence)


def test_personal_mail_without_profile(detect: Detect) -> None:
    assert detect(field("email", "jo@outlook.com"), profile=None, only=["domains"]) == []


def test_fediverse_handle_in_bio_is_not_an_email(detect: Detect) -> None:
    bio = field("bio", "Coast walks. Also @quietcoastwalker@social.example")
    assert detect(bio, profile=None, only=["domains"]) == []


def test_bio_address_keeps_the_bio_field(detect: Detect) -> None:
    (sig,) = detect(field("bio", "Contact: a.b@northshire.police.uk"), only=["domains"])
    assert (sig.kind, sig.source.field) == ("email_domain", "bio")
