"""The example personas (examples/personas/) and the profile each is scanned with."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from footprint.pipeline import ScanOptions, ScanResult, scan

PERSONAS = Path(__file__).resolve().parents[1] / "examples" / "personas"
ORGS = {
    "police-officer": "south-wales-police",
    "welsh-gov-policy-officer": "welsh-government",
    "civil-servant": "home-office",
    "mp-caseworker": "uk-parliament",
    "pseudonymous": "dyfed-powys-police",
    "careful": "uk-police",
    "commuting-officer": "south-wales-police",
    "careful-commuter": "south-wales-police",
}


def export_paths(persona: str) -> list[Path]:
    """The persona's export folders (not its README)."""
    return sorted(p for p in (PERSONAS / persona).iterdir() if p.is_dir())


@cache
def scan_persona(persona: str, org: str | None, high_risk: bool = False) -> ScanResult:
    return scan(export_paths(persona), ScanOptions(org=org, high_risk=high_risk))
