"""planpipe against the segmenter alone, side by side in one run, on the same text.

    .venv/bin/python benchmarks/versus_jieba.py [--copies 1 10] [--json out.json]

The bundled corpus is copied `--copies` times into a scratch folder. Each way is a fresh
Python process (so imports, model loading and peak memory are its own), run one after the
other: `jieba.lcut` over every article's text (the yardstick: segmenting the text once),
`planpipe run --no-mine` (stages up to the tables) with one and two workers, and `planpipe
run` with mining. Prints MB/s, articles/s and peak RSS per way, and writes them as JSON;
checks that the three planpipe runs wrote equal tables (the mined tables aside); and, in
one more process, times each stage (start-up and model load, reading, cleaning, structure,
classification, table rows) over the same text, in the chunks a run uses.
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

from pipeline.ingest import read_inputs
from pipeline.lab.digest import table_digests
from pipeline.tables.schema import MINED_TABLES

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


STAGES = """
import json, sys, time
started = time.perf_counter()
from pipeline.ingest import read_inputs
from pipeline.process import DocumentProcessor
from pipeline.run import CHUNK_SIZE
from pipeline.tables import document_rows
processor = DocumentProcessor()
seconds = dict.fromkeys(["start-up and model", "read", "clean", "structure", "classify", "rows"], 0.0)
seconds["start-up and model"] = time.perf_counter() - started

def timed(stage, f, *a):
    t = time.perf_counter()
    out = f(*a)
    seconds[stage] += time.perf_counter() - t
    return out

raws = iter(read_inputs([sys.argv[1]]))
while True:
    chunk = [r for r in (timed("read", next, raws, None) for _ in range(CHUNK_SIZE)) if r is not None]
    if not chunk:
        break
    docs = [timed("structure", processor.structure, timed("clean", processor.clean, r))
            for r in chunk if r.text]
    for doc in timed("classify", processor.classify.classify_many, docs):
        timed("rows", document_rows, doc)
print("STAGES", json.dumps(seconds))
"""

MINED_COLUMNS = ("copy_group", "canonical")  # plans columns the mine stage fills

# Appended to each child's code: its own peak RSS and that of the processes it started, in MB.
PEAK = """
import resource
print("PEAK", max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)
"""


def _timed(code: str, *args: str) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and output of a child Python process running `code`."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code + PEAK, *args], check=True, capture_output=True,
                          text=True)
    took = time.perf_counter() - started
    peak = float(done.stdout.rsplit("PEAK", 1)[1])
    return took, peak, done.stdout


def _equal_tables(outs: list[Path]) -> bool:
    """Whether the runs in `outs` wrote equal tables, cell for cell (what mining adds aside:
    its tables and the plans' copy groups)."""
    digests = [{t: {c: v for c, v in d.items() if c not in MINED_COLUMNS}
                for t, d in table_digests(o).items() if t not in MINED_TABLES} for o in outs]
    return all(d == digests[0] for d in digests[1:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 10])
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    results = []
    for copies in args.copies:
        print("| corpus | way | articles | MB | seconds | MB/s | articles/s | peak RSS MB |")
        print("|---|---|---|---|---|---|---|---|")
        scratch = Path(tempfile.mkdtemp(prefix="planpipe-vs-jieba-"))
        try:
            corpus = copy_corpus(scratch / "in", copies)
            size = sum(f.stat().st_size for f in corpus.iterdir()) / 1e6
            articles = sum(1 for r in read_inputs([corpus]) if r.text)
            src = str(corpus)
            ways = [("jieba.lcut", JIEBA, (src,)),
                    ("planpipe to tables, 1 worker", PLANPIPE, (src, str(scratch / "o1"), "no", "1")),
                    ("planpipe to tables, 2 workers", PLANPIPE, (src, str(scratch / "o2"), "no", "2")),
                    ("planpipe with mining, 1 worker", PLANPIPE, (src, str(scratch / "o3"), "mine", "1"))]
            for name, code, argv in ways:
                took, peak, _ = _timed(code, *argv)
                row = {"copies": copies, "way": name, "articles": articles, "mb": round(size, 2),
                       "seconds": round(took, 2), "mb_per_s": round(size / took, 3),
                       "articles_per_s": round(articles / took, 1), "peak_rss_mb": round(peak)}
                results.append(row)
                print(f"| ×{copies} | {name} | {articles:,} | {size:.1f} | {took:.1f} | {size / took:.2f} | "
                      f"{articles / took:,.0f} | {peak:,.0f} |", flush=True)
            equal = _equal_tables([scratch / "o1", scratch / "o2", scratch / "o3"])
            print(f"\n×{copies}: the three planpipe runs wrote equal tables: {'yes' if equal else 'NO'}")
            _, _, out = _timed(STAGES, src)
            stages = json.loads(out.split("STAGES", 1)[1].split("PEAK", 1)[0])
            results.append({"copies": copies, "tables_equal": equal, "stage_seconds": stages})
            print("| stage | seconds | MB/s |\n|---|---|---|")
            for stage, s in stages.items():
                print(f"| {stage} | {s:.2f} | {size / s if s else float('inf'):.2f} |")
            print(flush=True)
        finally:
            shutil.rmtree(scratch)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
