"""A short walk-through of footprint as a library: scan, read the signals, the score and
the plan, and save the report.

Run from the repository root after `pip install .`:

    python examples/scan_example.py
"""

from __future__ import annotations

import json
from pathlib import Path

from footprint.pipeline import ScanOptions, scan

HERE = Path(__file__).resolve().parent
persona = HERE / "personas" / "police-officer"

# Every export of one person is scanned together, as one subject.
paths = sorted(p for p in persona.iterdir() if p.is_dir())
result = scan(paths, ScanOptions(org="south-wales-police"))

print(f"{len(result.signals)} signals from {len(result.sources)} exports")
for signal in result.signals[:8]:
    print(f"  {signal.confidence:.2f}  {signal.reveals:<9} {signal.platform:<9} {signal.evidence}")

if result.exposure is not None:
    print(f"\nExposure {result.exposure.score}/100 ({result.exposure.tier}): "
          f"{result.exposure.by_target}")
print("\nFirst steps of the plan:")
for step in result.plan[:5]:
    print(f"  {step.title} -> {step.score_after}")

# The same report `footprint scan --format json` writes.
out = Path("footprint-report.json")
out.write_text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
print(f"\nReport written to {out}")
