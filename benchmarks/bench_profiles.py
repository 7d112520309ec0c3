"""How long loading a profile takes, registries included.

    python benchmarks/bench_profiles.py [--repeat N]

``footprint scan`` loads its profile once per scan. A sector profile reads its registry
(``uk-civil-service``: every government body whose staff are civil servants;
``uk-parliament``: 1,295 constituencies and 650 MPs) and the shipped profiles of its
members. Prints, per shipped sector profile and a few organisation profiles, the number of
terms and organisations, and the time of the first load in a fresh process (the registry
parsed, everything imported) and of a later load in the same process (the parsed
registry reused). Target: the first load well under 0.5 s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

PROFILES = (
    "uk-police",
    "uk-civil-service",
    "uk-parliament",
    "senedd",
    "welsh-government",
    "merseyside-police",
    "moj",
)

_ONE = """
import time
from footprint.profiles import _platform_names, load_profile
_platform_names()  # the platform registry is imported by the CLI anyway
t = time.perf_counter(); p = load_profile({pid!r}); first = time.perf_counter() - t
t = time.perf_counter(); load_profile({pid!r}); again = time.perf_counter() - t
print(len(p.terms), len(p.organisations), first, again)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per profile")
    args = ap.parse_args()
    print(f"{'profile':<20}{'terms':>7}{'orgs':>7}{'first load':>13}{'later load':>13}")
    for pid in PROFILES:
        runs = []
        for _ in range(args.repeat):
            out = subprocess.run(
                [sys.executable, "-c", _ONE.format(pid=pid)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            runs.append((int(out[0]), int(out[1]), float(out[2]), float(out[3])))
        terms, orgs = runs[0][0], runs[0][1]
        first = min(r[2] for r in runs)
        again = min(r[3] for r in runs)
        print(f"{pid:<20}{terms:>7,}{orgs:>7,}{first * 1000:>10.0f} ms{again * 1000:>10.0f} ms")


if __name__ == "__main__":
    main()
