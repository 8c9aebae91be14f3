#!/usr/bin/env python3
"""Throughput of the default pipeline: MB/s, documents/s, time per stage, peak memory.

usage:
  python benchmarks/throughput.py                      # the bundled examples, repeated
  python benchmarks/throughput.py CORPUS.jsonl         # one {"text": ...} object per line
  python benchmarks/throughput.py FOLDER               # every .txt file in it
  options: --repeat N (bundled examples only), --limit N, --runs N (report the fastest of N runs,
           default 3, and the median), --scaling (1x/2x/4x: is time linear?)

Besides the throughput it prints calibration_loop_seconds, the time of a fixed pure-Python loop
(see calibration_seconds): on a shared machine it shows when the machine itself is slow, though
it does not always move with the pipeline. It also prints the interpreter that ran it (see
interpreter): how CPython was built changes the figure by a fifth.

Timing lives here, not in the tests. Run it on one core (taskset -c 0 ...) for the README figures.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import attrs

import claimkit
from claimkit import Document, Pipeline


def load_corpus(path: str | None, repeat: int, limit: int) -> list[tuple[str, str | None]]:
    """(text, published) pairs from a JSONL file, a folder of .txt files, or the bundled examples."""
    docs: list[tuple[str, str | None]] = []
    if path is None:
        from claimkit._examples import example_articles

        articles = example_articles()
        docs = [(a.text, a.published.isoformat() if a.published else None) for a in articles] * repeat
    elif Path(path).is_dir():
        docs = [(p.read_text(encoding="utf-8"), None) for p in sorted(Path(path).glob("*.txt"))]
    else:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    docs.append((row["text"], row.get("published")))
    return docs[:limit] if limit else docs


def timed(pipeline: Pipeline, spent: dict[str, float]) -> Pipeline:
    """The same pipeline with each stage's wall time added to ``spent``."""

    def wrap(name: str, func: Callable[[Document], Document]) -> Callable[[Document], Document]:
        def run(doc: Document) -> Document:
            t0 = time.perf_counter()
            try:
                return func(doc)
            finally:
                spent[name] += time.perf_counter() - t0

        return run

    return Pipeline(tuple(attrs.evolve(s, func=wrap(s.name, s.func)) for s in pipeline.stages))


def run(docs: list[tuple[str, str | None]]) -> dict[str, object]:
    spent: dict[str, float] = defaultdict(float)
    pipeline = timed(claimkit.default_pipeline(), spent)
    chars = sum(len(t) for t, _ in docs)
    size = sum(len(t.encode("utf-8")) for t, _ in docs)
    claims = errors = 0
    t0 = time.perf_counter()
    for text, published in docs:
        doc = claimkit.extract(text, published=published, pipeline=pipeline)
        claims += len(doc.claims)
        errors += len(doc.errors)
    seconds = time.perf_counter() - t0
    return {
        "documents": len(docs), "chars": chars, "megabytes": round(size / 1e6, 3),
        "seconds": round(seconds, 3), "mb_per_s": round(size / 1e6 / seconds, 3) if seconds else None,
        "docs_per_s": round(len(docs) / seconds, 1) if seconds else None,
        "claims": claims, "stage_errors": errors,
        "stage_seconds": {k: round(v, 3) for k, v in sorted(spent.items(), key=lambda kv: -kv[1])},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def calibration_seconds() -> float:
    """The fastest of three runs of a fixed pure-Python loop: how fast this machine runs Python
    right now. A shared machine's speed varies from minute to minute; a slow loop marks a slow
    moment, but the pipeline's speed does not always follow it, so compare commits by
    alternating runs (or instruction counts), not by this figure."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i
        best = min(best, time.perf_counter() - t0)
    return round(best, 3)


def interpreter() -> str:
    """The Python that runs the benchmark: version, executable and, on Linux, whether it loads
    libpython as a shared library. A shared-library build (``--enable-shared``, which pyenv
    uses by default) ran this pipeline 15 to 25 % slower here than a distribution's
    interpreter, which links libpython into the executable (and may be built with other
    optimisations too): compare figures from the same interpreter only."""
    build = ""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            build = ", libpython shared" if "libpython" in maps.read() else ", libpython static"
    except OSError:  # not Linux: the version and the path are all we know
        pass
    return f"{platform.python_implementation()} {platform.python_version()} ({sys.executable}{build})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", help="a .jsonl file or a folder of .txt files")
    ap.add_argument("--repeat", type=int, default=200, help="repeat the bundled examples N times")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--scaling", action="store_true", help="also time 2x and 4x the corpus")
    ap.add_argument("--runs", type=int, default=3,
                    help="time the corpus N times and report the fastest run (the median too)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error(f"--runs must be at least 1, got {args.runs}")
    docs = load_corpus(args.corpus, args.repeat, args.limit)
    # Load the plugins and dateparser (on the first absolute date) before the clock starts.
    claimkit.extract("On 12 March 2025, three soldiers were killed in Kabul, officials said.",
                     published="2025-03-14")
    # On a shared machine one run can be slowed by other work: as timeit does, the fastest of
    # several runs is the figure, and the median shows the spread.
    before = calibration_seconds()
    # fastest first, by throughput: the printed seconds are rounded to the millisecond, which
    # on a small corpus can tie two runs whose MB/s differ
    runs = sorted((run(docs) for _ in range(args.runs)),
                  key=lambda r: -float(r["mb_per_s"] or 0))  # type: ignore[arg-type]
    result = runs[0]
    result["runs"] = args.runs
    result["mb_per_s_median"] = runs[len(runs) // 2]["mb_per_s"]
    result["calibration_loop_seconds"] = {"before": before, "after": calibration_seconds()}
    result["python"] = interpreter()
    if args.scaling:
        result["scaling_seconds"] = {f"{k}x": run(docs * k)["seconds"] for k in (1, 2, 4)}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
