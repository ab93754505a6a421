"""Stages 1-5 at volume: article at a time vs in chunks, one process vs several, one run.

    .venv/bin/python benchmarks/throughput.py [--copies 10] [--workers 2] [--chunked-only]

The bundled corpus is written `--copies` times into a scratch folder (as separate JSON
Lines files, so every copy is an article of its own) and run through `planpipe run`
without mining, in three ways side by side: one article per classifier call (chunk size
1), chunks of CHUNK_SIZE articles in this process, and the same chunks on `--workers`
local processes (`--chunked-only` leaves out the slow first way, for large `--copies`).
Wall time includes starting the processes and loading the model (once per process); the
tables of all runs are compared and must be equal.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from scratch import copy_corpus

from pipeline import load_tables, run
from pipeline.run import CHUNK_SIZE

TABLES = ("documents", "plans", "items", "labels", "label_scores")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunked-only", action="store_true")
    args = ap.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="planpipe-throughput-"))
    try:
        corpus = copy_corpus(scratch / "in", args.copies)
        ways = [("article at a time", dict(chunk_size=1)),
                (f"chunks of {CHUNK_SIZE}", dict(chunk_size=CHUNK_SIZE)),
                (f"chunks of {CHUNK_SIZE}, {args.workers} processes",
                 dict(chunk_size=CHUNK_SIZE, workers=args.workers))][args.chunked_only:]
        print("| how | articles | items | seconds | articles/s | items/s |")
        print("|---|---|---|---|---|---|")
        first = None
        for k, (name, options) in enumerate(ways):
            out = scratch / f"out{k}"
            started = time.perf_counter()
            s = run([corpus], out, progress=False, mine=False, **options)
            took = time.perf_counter() - started
            print(f"| {name} | {s.documents:,} | {s.items:,} | {took:.1f} | "
                  f"{s.documents / took:,.0f} | {s.items / took:,.0f} |", flush=True)
            tables = load_tables(out)
            first = first or tables
            assert all(tables[t].equals(first[t]) for t in TABLES), f"{name}: tables differ"
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
