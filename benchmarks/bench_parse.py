"""Measure the parsers: items, seconds, items per second and peak memory, per kind of file.

    python benchmarks/generate.py              # once: the synthetic X archive
    python benchmarks/bench_parse.py           # benchmarks/data/x-archive
    python benchmarks/bench_parse.py PATH ...  # any exports (zip, tar.gz, folder, file)
    python benchmarks/bench_parse.py benchmarks/data/whatsapp --me "Sam Carter"

Every measurement runs in a fresh subprocess, so each peak (``ru_maxrss``) belongs to
that run alone. For each path it prints, per (platform, kind): the members, items,
seconds, items/s and peak MB of the parser reading those members (items are counted and
dropped, as a streaming scan does); for X ``tweets`` also a bare ``orjson.loads`` of
the same file(s) (JS prefix stripped, gc paused, the read not timed) and the parser's
speed as a ratio of it; then one streaming pass over the whole export, as
``footprint.platforms.ingest.load`` reads it but without keeping the items.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "data" / "x-archive"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


# --- workers (each runs in its own process) ------------------------------------------------


def _classified(path: str) -> tuple[Any, Any]:
    from footprint.exports.archive import open_export
    from footprint.platforms.ingest import classify, platform_instances

    export = open_export(Path(path))
    return export, classify(export, platform_instances())


def worker_kind(path: str, platform: str, kind: str, me: str = "[]") -> dict[str, Any]:
    from footprint.platforms.base import ParseContext

    export, classified = _classified(path)
    part = classified.parts[platform]
    members = sorted(part.members[kind], key=lambda m: m.name)
    ctx = ParseContext(platform, path, me=tuple(json.loads(me)))
    base = peak_mb()
    items = 0
    t0 = time.perf_counter()
    for member in members:
        try:
            for _ in part.platform.read(kind, member, ctx):
                items += 1
        except Exception as exc:
            ctx.problem(member, f"{type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - t0
    export.close()
    return {
        "items": items,
        "seconds": seconds,
        "peak_mb": peak_mb(),
        "base_mb": base,
        "members": len(members),
        "problems": ctx.problems,
    }


def worker_orjson(path: str, platform: str, kind: str) -> dict[str, Any]:
    import orjson

    from footprint.exports.readers import js_payload_offset

    export, classified = _classified(path)
    members = sorted(classified.parts[platform].members[kind], key=lambda m: m.name)
    items = 0
    seconds = 0.0
    for member in members:
        data = member.read_bytes()
        payload = memoryview(data)[js_payload_offset(data[:4096]) :]
        gc.disable()
        t0 = time.perf_counter()
        value = orjson.loads(payload)
        seconds += time.perf_counter() - t0
        items += len(value) if isinstance(value, list) else 1
        del value, payload, data
        gc.enable()
    export.close()
    return {"items": items, "seconds": seconds, "peak_mb": peak_mb()}


def worker_all(path: str, me: str = "[]") -> dict[str, Any]:
    from footprint.platforms.base import ParseContext
    from footprint.platforms.ingest import read_part

    t0 = time.perf_counter()
    export, classified = _classified(path)
    counts: Counter[str] = Counter()
    problems: list[str] = []
    for name, part in classified.parts.items():
        ctx = ParseContext(name, path, me=tuple(json.loads(me)))
        for item in read_part(part, ctx):
            counts[item.counts_as()] += 1
        problems += ctx.problems
    seconds = time.perf_counter() - t0
    export.close()
    return {
        "items": sum(counts.values()),
        "counts": dict(counts),
        "seconds": seconds,
        "peak_mb": peak_mb(),
        "problems": problems,
    }


def worker_list(path: str) -> dict[str, Any]:
    export, classified = _classified(path)
    out = {
        "parts": {
            name: {kind: [m.name for m in ms] for kind, ms in part.members.items()}
            for name, part in classified.parts.items()
        },
        "order": {name: list(part.platform.kinds) for name, part in classified.parts.items()},
        "unrecognised": len(classified.unrecognised),
    }
    export.close()
    return out


WORKERS: dict[str, Callable[..., dict[str, Any]]] = {
    "kind": worker_kind,
    "orjson": worker_orjson,
    "all": worker_all,
    "list": worker_list,
}


def run_worker(*args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args} failed:\n{proc.stderr.strip()}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# --- the report ----------------------------------------------------------------------------


def rate(items: int, seconds: float) -> str:
    return f"{items / seconds:>12,.0f}" if seconds > 0 else f"{'-':>12}"


def bench(path: Path, me: str = "[]") -> None:
    print(f"\n{path}")
    listing = run_worker("list", str(path))
    row = "  {:<10} {:<24} {:>7} {:>10} {:>9} {:>12} {:>9}"
    print(row.format("platform", "kind", "members", "items", "seconds", "items/s", "peak MB"))
    for platform, kinds in listing["parts"].items():
        order = {k: i for i, k in enumerate(listing["order"][platform])}
        for kind in sorted(kinds, key=lambda k: (order.get(k, len(order)), k)):
            r = run_worker("kind", str(path), platform, kind, me)
            print(
                row.format(
                    platform,
                    kind,
                    r["members"],
                    f"{r['items']:,}",
                    f"{r['seconds']:.2f}",
                    rate(r["items"], r["seconds"]),
                    f"{r['peak_mb']:,.0f}",
                )
            )
            for problem in r["problems"]:
                print(f"  {'':<10} problem: {problem}")
            if platform == "x" and kind == "tweets" and r["items"]:
                o = run_worker("orjson", str(path), platform, kind)
                print(
                    row.format(
                        "",
                        "  bare orjson.loads",
                        "",
                        f"{o['items']:,}",
                        f"{o['seconds']:.2f}",
                        rate(o["items"], o["seconds"]),
                        f"{o['peak_mb']:,.0f}",
                    )
                )
                if o["seconds"] > 0 and r["seconds"] > 0:
                    ratio = (r["items"] / r["seconds"]) / (o["items"] / o["seconds"])
                    print(
                        f"  {'':<10} {'  parser / orjson':<24} {ratio:.2f}x the bare "
                        f"orjson.loads rate (parser makes model records, orjson only dicts)"
                    )
    a = run_worker("all", str(path), me)
    print(
        row.format(
            "all",
            "streaming pass",
            "",
            f"{a['items']:,}",
            f"{a['seconds']:.2f}",
            rate(a["items"], a["seconds"]),
            f"{a['peak_mb']:,.0f}",
        )
    )
    print("  counts: " + ", ".join(f"{k} {v:,}" for k, v in sorted(a["counts"].items())))
    if listing["unrecognised"]:
        print(f"  {listing['unrecognised']} member(s) not recognised by any parser")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        print(json.dumps(WORKERS[argv[1]](*argv[2:])))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, help=f"exports (default {DEFAULT})")
    ap.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="NAME",
        help="your name in chat exports, as footprint scan --me (WhatsApp, Telegram)",
    )
    args = ap.parse_args(argv)
    paths = args.paths or [DEFAULT]
    for path in paths:
        if not path.exists():
            hint = " (run benchmarks/generate.py first)" if path == DEFAULT else ""
            print(f"bench_parse: {path}: no such file or folder{hint}", file=sys.stderr)
            return 2
    print(
        f"python {sys.version.split()[0]}, {sys.platform}; peak MB is the whole process "
        f"(interpreter and imports included)"
    )
    for path in paths:
        bench(path, json.dumps(args.me))
    return 0


if __name__ == "__main__":
    sys.exit(main())
