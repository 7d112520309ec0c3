"""Employment statements, disclaimers, generic job titles and positions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from footprint.model import Position, Ref
from footprint.signals import Signal
from tests.detectors.conftest import field, post

Detect = Callable[..., list[Signal]]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("I work for South Wales Police and love it", "South Wales Police"),
        ("Proud to serve with Gwent Police since 2015", "Gwent Police"),
        ("Just joined the Home Office as a policy adviser", "Home Office"),
        (
            "Working with the Department for Work and Pensions on UC",
            "Department for Work and Pensions",
        ),
        ("I work at the Ministry of Justice", "Ministry of Justice"),
        ("Employed by HMRC since 2019", "HMRC"),
    ],
)
def test_statements(detect: Detect, text: str, org: str) -> None:
    sigs = detect(post(text), profile=None, only=["employment"])
    assert any(s.kind == "employment_statement" and s.matched == org for s in sigs), sigs


@pytest.mark.parametrize(
    "text",
    [
        "I work at home most days",
        "working from my home office",
        "I worked at it all weekend",
        "met my sister for lunch",
        "new policies at the gym",
    ],
)
def test_no_statement(detect: Detect, text: str) -> None:
    assert detect(post(text), profile=None, only=["employment"]) == []


def test_statement_naming_the_profile_org_is_stronger(detect: Detect) -> None:
    generic = detect(post("I work for Gwent Police"), only=["employment"])[0]
    own = detect(post("I work for Northshire Police"), only=["employment"])[0]
    assert own.confidence > generic.confidence
    assert own.target == "Northshire Constabulary"


@pytest.mark.parametrize("text", ["Views my own", "All views my own. RT ≠ endorsement"])
def test_disclaimer_reveals_sector(detect: Detect, text: str) -> None:
    (sig,) = detect(field("bio", text), profile=None, only=["employment"])
    assert sig.reveals == "sector"


def test_generic_roles_without_profile(detect: Detect) -> None:
    (sig,) = detect(post("first week as a PCSO done"), profile=None, only=["employment"])
    assert (sig.kind, sig.reveals, sig.matched) == ("job_title", "role", "pcso")


def test_positions(detect: Detect) -> None:
    ref = Ref("linkedin", "Positions.csv", "Northshire Police|Mar 2019", "position")
    current = Position("Northshire Police", ref, title="Detective Constable", started="2019-03")
    sigs = detect(current, only=["employment"])
    by_kind = {s.kind: s for s in sigs}
    assert by_kind["position"].confidence == pytest.approx(0.95)
    assert by_kind["position"].target == "Northshire Constabulary"
    assert by_kind["job_title"].matched == "Detective Constable"
    past = Position(
        "Acme Ltd",
        Ref("linkedin", "Positions.csv", "Acme Ltd|2010", "position"),
        finished="2012-01",
    )
    (p,) = detect(past, only=["employment"])
    assert p.confidence == pytest.approx(0.6)


@pytest.mark.parametrize(
    "text",
    ["This is a WORK IN PROGRESS. I'd love feedback", "WORK FOR FREE? NO THANKS"],
)
def test_shouting_is_not_a_statement(detect: Detect, text: str) -> None:
    assert detect(post(text), profile=None, only=["employment"]) == []


def test_negated_statement_is_weak(detect: Detect) -> None:
    (sig,) = detect(
        post("I never worked at the Boston Consulting Group"), profile=None, only=["employment"]
    )
    assert sig.confidence < 0.35 and "negated" in sig.why
