"""Detection speed and the whole scan, on the large synthetic X archive.

    python benchmarks/generate.py          # once: benchmarks/data/x-archive
    python benchmarks/bench_scan.py [PATH]

Prints, from one run:

1. **Detection** with every shipped profile loaded at once (their terms merged into one
   profile, written to ``benchmarks/data/all-profiles.toml`` and loaded by the real
   loader): the records are parsed in batches of 50,000 and only the detection stage's
   time is counted. Texts per second.
2. **spaCy on every text**, for comparison: ``spacy.blank("en")`` tokenising a sample of
   the same texts, and the ``PhraseMatcher`` over them. Texts per second.
3. **The whole scan**, parse to report, as a user runs it (``footprint scan PATH --org
   uk-police --format json --out ...``) in a fresh process: seconds and peak memory.
   Then the same with the all-profiles file.

Targets (2 cores): detection at 100,000 texts/s or more; the whole scan under 30 s
with peak memory under 1 GB.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "data" / "x-archive"
ALL_PROFILES = HERE / "data" / "all-profiles.toml"
SAMPLE = 20_000
BATCH = 50_000


def write_all_profiles(dest: Path) -> int:
    """Every shipped profile's terms in one TOML profile (for the benchmark only): each
    file's own lists and, resolved by the loader, the terms its registry row, parts and
    members bring (every force, government body, constituency and MP)."""
    from footprint.profiles import LIST_KEYS, _read, load_profile, shipped_dir, shipped_ids

    merged: dict[str, list[str]] = {k: [] for k in LIST_KEYS if k not in ("references", "members")}
    handles: dict[str, list[str]] = {}
    seen: set[tuple[str, str]] = set()

    def put(key: str, value: str) -> None:
        if (key, value) not in seen:
            seen.add((key, value))
            merged[key].append(value)

    for pid in shipped_ids():
        data = _read(shipped_dir() / f"{pid}.toml").data
        for key in merged:
            for v in data.get(key, []):
                put(key, v)
        for plat, names in data.get("handles", {}).items():
            handles.setdefault(plat, []).extend(n for n in names if n not in handles.get(plat, []))
        registry_keys = {
            ("alias", False): "aliases",
            ("alias", True): "ambiguous_aliases",
            ("domain", False): "domains",
            ("email_domain", False): "email_domains",
        }
        for t in load_profile(pid).terms:
            key = registry_keys.get((t.kind, t.ambiguous))
            if key:
                put(key, t.value)
            elif (
                t.kind == "handle"
                and t.platform
                and t.value not in handles.setdefault(t.platform, [])
            ):
                handles[t.platform].append(t.value)
    lines = ['id = "all-shipped"', 'name = "All shipped profiles"']
    for key, values in merged.items():
        quoted = ", ".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
        lines.append(f"{key} = [{quoted}]")
    lines.append("[handles]")
    for plat, names in handles.items():
        lines.append(f"{plat} = [" + ", ".join(f'"{n}"' for n in names) + "]")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(v) for v in merged.values()) + sum(len(v) for v in handles.values())


def bench_detection(path: Path) -> None:
    from footprint.detectors import DetectEnv, build_detectors
    from footprint.detectors.nlp import NlpEngine
    from footprint.detectors.stage import DetectionStage, texts_of
    from footprint.exports.archive import open_export
    from footprint.platforms import ParseContext
    from footprint.platforms.ingest import classify, platform_instances, read_part
    from footprint.profiles import load_profile

    n_terms = write_all_profiles(ALL_PROFILES)
    profile = load_profile(ALL_PROFILES)
    env = DetectEnv(profile, NlpEngine())
    stage = DetectionStage(build_detectors(env), env)
    items = 0
    texts = 0
    detect_s = 0.0
    sample: list[str] = []
    with open_export(path) as export:
        parts = classify(export, platform_instances()).parts
        for name, part in parts.items():
            ctx = ParseContext(name, str(path))
            batch: list[object] = []
            for item in read_part(part, ctx):
                batch.append(item)
                if len(batch) >= BATCH:
                    detect_s += _run(stage, batch, name)
                    items += len(batch)
                    for it in batch:
                        for text, _ in texts_of(it):
                            texts += 1
                            if len(sample) < SAMPLE and texts % 37 == 0:
                                sample.append(text)
                    batch = []
            detect_s += _run(stage, batch, name)
            items += len(batch)
            texts += sum(1 for it in batch for _ in texts_of(it))
    t = time.perf_counter()
    signals = stage.finish()
    detect_s += time.perf_counter() - t
    print(
        f"profiles merged: {len(__import__('footprint.profiles').profiles.shipped_ids())} "
        f"shipped, {n_terms:,} terms, {len(profile.terms):,} after resolving"
    )
    print(
        f"detection: {items:,} records, {texts:,} texts in {detect_s:.2f} s = "
        f"{texts / detect_s:,.0f} texts/s; {stage.texts_candidates:,} candidates "
        f"({stage.texts_candidates / max(texts, 1):.1%}) went to spaCy; {len(signals):,} hits"
    )

    from spacy.matcher import PhraseMatcher

    nlp = env.nlp.nlp
    t = time.perf_counter()
    docs = list(nlp.pipe(sample, batch_size=256))
    tok_s = time.perf_counter() - t
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add(
        "T",
        [
            nlp.make_doc(t.value)
            for t in profile.terms
            if t.kind in ("alias", "keyword", "job_title")
        ],
    )
    t = time.perf_counter()
    for d in docs:
        matcher(d)
    match_s = time.perf_counter() - t
    spacy_rate = len(sample) / (tok_s + match_s)
    print(
        f"spaCy on every text (sample of {len(sample):,}): tokenising "
        f"{len(sample) / tok_s:,.0f} texts/s, + PhraseMatcher {spacy_rate:,.0f} texts/s; "
        f"pre-filter + spaCy on candidates is {texts / detect_s / spacy_rate:.1f}x faster"
    )


def _run(stage: object, batch: list[object], platform: str) -> float:
    t = time.perf_counter()
    feed = stage.feed  # type: ignore[attr-defined]
    origin = "bench|" + platform
    for item in batch:
        feed(item, origin)
    stage.flush()  # type: ignore[attr-defined]
    return time.perf_counter() - t


_RUN_AND_MEASURE = (
    "import resource, sys\n"
    "from footprint.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('peak_kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def bench_whole_scan(path: Path, org: str) -> None:
    """``footprint scan`` as a user runs it, in a fresh process that reports its peak RSS."""
    out = HERE / "data" / "report.json"
    args = ["scan", str(path), "--org", org, "--format", "json", "--out", str(out), "--quiet"]
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _RUN_AND_MEASURE, *args], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - t
    peak = [ln for ln in proc.stderr.splitlines() if ln.startswith("peak_kb ")]
    peak_mb = int(peak[-1].split()[1]) / 1024 if peak else float("nan")
    label = Path(org).name if org.endswith(".toml") else org
    print(
        f"whole scan --org {label}: {seconds:.1f} s, peak {peak_mb:,.0f} MB, exit "
        f"{proc.returncode}, {out.stat().st_size / 1e3:,.0f} kB report"
        + (f"\n  stderr: {proc.stderr.strip()[:300]}" if proc.returncode else "")
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.path.exists():
        sys.exit(f"{args.path}: not found; run benchmarks/generate.py first")
    bench_detection(args.path)
    bench_whole_scan(args.path, "uk-police")
    bench_whole_scan(args.path, str(ALL_PROFILES))


if __name__ == "__main__":
    main()
