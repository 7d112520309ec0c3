"""A short walk-through of footprint as a library: scan, read the signals, save the report.

Run from the repository root after `pip install .`:

    python examples/scan_example.py
"""

from __future__ import annotations

import json
from pathlib import Path

from footprint.scan import ScanOptions, scan

HERE = Path(__file__).resolve().parent
persona = HERE / "personas" / "police-officer"

# Every export of one person is scanned together, as one subject.
paths = sorted(p for p in persona.iterdir() if p.is_dir())
result = scan(paths, ScanOptions(org="uk-police"))

print(f"{len(result.signals)} signals from {len(result.sources)} exports")
for signal in result.signals[:10]:
    print(f"{signal.confidence:.2f}  {signal.reveals:<9} {signal.platform:<9} {signal.evidence}")

# The same report `footprint scan --format json` writes.
report = result.to_dict()
print(json.dumps(report["sources"], indent=2)[:800])
