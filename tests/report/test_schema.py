"""docs/report.schema.json: a valid draft 2020-12 schema that takes every report footprint
makes (tests/conftest.py checks each one the suite makes) and refuses broken ones."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from footprint.exposure.scoring import Exposure
from tests.conftest import SCHEMA_FILE, VALIDATED, schema_errors
from tests.personas import ORGS, scan_persona


def test_the_schema_is_a_valid_2020_12_schema() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return scan_persona("police-officer", ORGS["police-officer"]).to_dict()


def test_every_persona_report_validates() -> None:
    before = VALIDATED["reports"]
    for persona, org in ORGS.items():
        assert schema_errors(scan_persona(persona, org).to_dict()) == []
    assert VALIDATED["reports"] == before + len(ORGS)  # the suite-wide check ran too


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        if value is KeyError:
            del node[last]
        else:
            node[int(last) if last.isdigit() else last] = value

    return edit


BROKEN = {
    "no schema key": _set("schema", KeyError),
    "another schema": _set("schema", "footprint.report/2"),
    "no coverage": _set("coverage", KeyError),
    "tool renamed": _set("tool.name", "other"),
    "high_risk a string": _set("options.high_risk", "yes"),
    "organisation id with capitals": _set("organisation.id", "South Wales"),
    "account without handle key": _set("subject.accounts.0.handle", KeyError),
    "negative count": _set("sources.0.counts.posts", -1),
    "signal id too short": _set("signals.0.id", "abc"),
    "reveals outside the contract": _set("signals.0.reveals", "salary"),
    "visibility outside the contract": _set("signals.0.visibility", "friends"),
    "confidence above 1": _set("signals.0.confidence", 1.2),
    "source without item": _set("signals.0.source.item", KeyError),
    "date not ISO 8601": _set("signals.0.source.date", "20/09/2019"),
    "evidence a whole post": _set("signals.0.evidence", "x" * 500),
    "score above 100": _set("exposure.score", 101),
    "score not an integer": _set("exposure.score", 99.5),
    "tier unknown": _set("exposure.tier", "severe"),
    "tier against the score": _set("exposure.tier", "low"),
    "by_target outside the contract": _set("exposure.by_target.salary", 10),
    "plan step without score_after": _set("plan.0.score_after", KeyError),
    "plan step naming a bad id": _set("plan.0.signals", ["not-an-id"]),
    "check status unknown": _set("posture.0.status", "maybe"),
    "problems not strings": _set("problems", [{"x": 1}]),
}


@pytest.mark.parametrize("edit", BROKEN.values(), ids=list(BROKEN))
def test_a_broken_report_is_refused(report: dict[str, Any], edit: Callable[..., None]) -> None:
    doc = copy.deepcopy(report)
    edit(doc)
    assert schema_errors(doc)


def test_added_keys_are_allowed_where_the_contract_allows_them(report: dict[str, Any]) -> None:
    doc = copy.deepcopy(report)
    doc["generated_at"] = "2026-01-01T00:00:00Z"
    doc["signals"][0]["explanation"] = {"rule": "alias", "context": ["job"]}
    doc["plan"][0]["removes"] = "two posts"
    doc["exposure"] = None
    doc["plan"] = doc["posture"] = doc["coverage"] = []
    assert schema_errors(doc) == []


def test_the_suite_wide_check_fails_the_test_that_makes_a_bad_report() -> None:
    result = scan_persona("careful", ORGS["careful"])
    assert result.exposure is not None
    wrong = replace(result, exposure=Exposure(score=10, tier="critical", by_target={}))
    with pytest.raises(AssertionError, match=r"exposure: .* is not valid|tier"):
        wrong.to_dict()
