"""Collar numbers: positives and the look-alikes that must not count."""

from __future__ import annotations

from pathlib import Path

import pytest
from footprint.profiles import Profile, load_profile
from footprint.testing import post, profile_field, run_detector

from footprint_murmur.detector import CollarNumbers

PROFILE = Path(__file__).resolve().parents[1] / "sample" / "profile.toml"


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(PROFILE)


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("PC 4172 signing off", "PC"),
        ("Proud to be PC 4172.", "PC"),
        ("PC #4172 on the beat", "PC"),
        ("pcso 2291 reporting", "PCSO"),  # not ambiguous: any case
        ("Police Constable 123 today", "Police Constable"),
        ("DC 40511, CID", "DC"),
    ],
)
def test_found(profile: Profile, text: str, matched: str) -> None:
    (sig,) = run_detector(CollarNumbers, [post(text)], profile)
    assert (sig.kind, sig.reveals, sig.matched, sig.confidence) == (
        "job_title",
        "role",
        matched,
        0.85,
    )
    # Installed, the entry point names it "collar_numbers"; before, its class name stands in.
    assert sig.rule == (CollarNumbers.name or "collarnumbers")


@pytest.mark.parametrize(
    "text",
    [
        "pc 4172",  # an ambiguous title only as the profile writes it
        "my old PC 2010 still works",  # a year after an ambiguous title
        "New gaming PC 3000 build",  # inside an exclude phrase
        "PC World 4172 receipt",
        "PC 41 and PC 417223",  # too short, too long
        "PCSOs 2291",  # another word
        "PC4172",  # one word: the pre-filter finds titles as whole words (a known gap)
        "UPC 12345",
        "Police Constable",  # a title alone is the employment detector's
    ],
)
def test_not_found(profile: Profile, text: str) -> None:
    assert run_detector(CollarNumbers, [post(text)], profile) == []


def test_in_the_bio_counts_more(profile: Profile) -> None:
    (sig,) = run_detector(CollarNumbers, [profile_field("bio", "PCSO 2291, views my own")], profile)
    assert sig.confidence == 0.9 and "in the bio" in sig.why
    assert sig.source.field == "bio" and sig.source.item is None


def test_no_profile_no_signal() -> None:
    assert run_detector(CollarNumbers, [post("PC 4172 signing off")], None) == []
