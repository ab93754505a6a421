"""planpipe against the segmenter alone, side by side in one run, on the same text.

    .venv/bin/python benchmarks/versus_jieba.py [--copies 1 10] [--json out.json]

The bundled corpus is copied `--copies` times into a scratch folder. Each way is a fresh
Python process (so imports, model loading and peak memory are its own), run one after the
other: `jieba.lcut` over every article's text (the yardstick: segmenting the text once),
`planpipe run --no-mine` (stages up to the tables) with one and two workers, and `planpipe
run` with mining. Prints MB/s, articles/s and peak RSS per way, and writes them as JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scratch import copy_corpus

JIEBA = """
import sys, jieba
from pipeline.ingest import read_inputs
jieba.setLogLevel(60)
n = 0
for raw in read_inputs([sys.argv[1]]):
    if raw.text:
        jieba.lcut(raw.text)
        n += 1
"""
PLANPIPE = """
import sys
from pipeline import run
run([sys.argv[1]], sys.argv[2], progress=False, mine=sys.argv[3] == "mine", workers=int(sys.argv[4]))
"""


# Appended to each child's code: its own peak RSS and that of the processes it started, in MB.
PEAK = """
import resource
print("PEAK", max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)
"""


def _timed(code: str, *args: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a child Python process running `code`."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code + PEAK, *args], check=True, capture_output=True,
                          text=True)
    took = time.perf_counter() - started
    peak = float(done.stdout.rsplit("PEAK", 1)[1])
    return took, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 10])
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    results = []
    print("| corpus | way | articles | MB | seconds | MB/s | articles/s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for copies in args.copies:
        scratch = Path(tempfile.mkdtemp(prefix="planpipe-vs-jieba-"))
        try:
            corpus = copy_corpus(scratch / "in", copies)
            size = sum(f.stat().st_size for f in corpus.iterdir()) / 1e6
            articles = 264 * copies
            src = str(corpus)
            ways = [("jieba.lcut", JIEBA, (src,)),
                    ("planpipe to tables, 1 worker", PLANPIPE, (src, str(scratch / "o1"), "no", "1")),
                    ("planpipe to tables, 2 workers", PLANPIPE, (src, str(scratch / "o2"), "no", "2")),
                    ("planpipe with mining, 1 worker", PLANPIPE, (src, str(scratch / "o3"), "mine", "1"))]
            for name, code, argv in ways:
                took, peak = _timed(code, *argv)
                row = {"copies": copies, "way": name, "articles": articles, "mb": round(size, 2),
                       "seconds": round(took, 2), "mb_per_s": round(size / took, 3),
                       "articles_per_s": round(articles / took, 1), "peak_rss_mb": round(peak)}
                results.append(row)
                print(f"| ×{copies} | {name} | {articles:,} | {size:.1f} | {took:.1f} | {size / took:.2f} | "
                      f"{articles / took:,.0f} | {peak:,.0f} |", flush=True)
        finally:
            shutil.rmtree(scratch)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
