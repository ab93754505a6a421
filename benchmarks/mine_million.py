"""Mining at scale: N synthetic items made by recombining real ones, time and peak memory.

    .venv/bin/python benchmarks/mine_million.py --items 1000000

Synthetic items: each takes the marker, heading and category of a random real item of the
bundled corpus and a text spliced from clauses of two real items (with a random clause
dropped), so phrase skeletons, near-duplicates and outlines recur as they do across
template sites. Plans get 4-16 items, documents 1-3 plans. The tables are written as a
run writes them, then `planpipe mine DIR` mines them in a process of its own, as a user
re-mines a run: its wall time and peak resident memory (ru_maxrss) are printed, apart from
the memory the synthesis needed (made in a process of its own). `--keep DIR` leaves the
tables there (and reuses them when DIR already holds them).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import load_tables, run
from pipeline.paths import corpus_dir
from pipeline.tables import Tables
from pipeline.tables.schema import TABLES, arrow_schema


def real_tables() -> Tables:
    """The tables of a run over the bundled corpus (no mining)."""
    out = tempfile.mkdtemp(prefix="planpipe-bench-")
    run([corpus_dir()], out, progress=False, mine=False)
    return load_tables(out)


def synthesize(n: int, seed: int = 7) -> Tables:
    """n items recombined from real ones, in plans and documents shaped like real ones."""
    rng = random.Random(seed)
    real = real_tables()
    role = dict(zip(real.labels.item_id, real.labels.role))
    category = dict(zip(real.labels.item_id, real.labels.category))
    base = [r for r in real.items.to_dict("records") if isinstance(r["heading"], str)]
    real_plans = real.plans.to_dict("records")
    clauses = [c for r in base for c in r["text_norm"].replace("。", "。|").split("|") if len(c) > 4]
    items, plans, docs, labels = [], [], [], []
    d = p = 0
    while len(items) < n:
        doc_id = f"d{d:07d}"
        docs.append({"doc_id": doc_id, "title": rng.choice(base)["heading"][:20]})
        for _ in range(rng.randint(1, 3)):
            plan_id = f"{doc_id}-p{p:07d}"
            like = rng.choice(real_plans)
            plans.append({**like, "plan_id": plan_id, "doc_id": doc_id, "copy_group": None,
                          "canonical": None})
            for k in range(rng.randint(4, 16)):
                src = rng.choice(base)
                parts = [src["text_norm"], rng.choice(clauses), rng.choice(clauses)]
                parts.pop(rng.randrange(3))
                item_id = f"{plan_id}-i{k:04d}"
                text = "".join(parts)
                items.append({**src, "item_id": item_id, "plan_id": plan_id, "doc_id": doc_id,
                              "parent_id": None, "depth": 1 if k % 4 == 0 else 2, "ordinal": k + 1,
                              "text": text, "text_norm": text})
                labels.append({"item_id": item_id, "category": category[src["item_id"]],
                               "role": role[src["item_id"]]})
            p += 1
        d += 1
    frame = pd.DataFrame
    return Tables(documents=frame(docs), plans=frame(plans), items=frame(items[:n]),
                  labels=frame(labels[:n]), label_scores=frame())


def write(tables: Tables, out: Path) -> None:
    """The tables as a run writes them (the mine stage does not read label_scores)."""
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        schema = arrow_schema(table)
        frame = tables[table].reindex(columns=schema.names)
        pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False),
                       out / f"{table}.parquet")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None,
                        help="write the synthetic tables here (reused if already written)")
    parser.add_argument("--synthesize-only", action="store_true",
                        help="write the synthetic tables to --keep and stop")
    args = parser.parse_args()
    out = args.keep or Path(tempfile.mkdtemp(prefix="planpipe-million-"))
    if args.synthesize_only:
        t0 = time.perf_counter()
        tables = synthesize(args.items)
        write(tables, out)
        print(f"synthesized {len(tables.items):,} items in {len(tables.plans):,} plans, "
              f"{len(tables.documents):,} documents: {time.perf_counter() - t0:.1f} s")
        return
    if not (out / "items.parquet").exists():
        # in a process of its own: Linux keeps a process's peak memory across exec, so a mine
        # process started from one that held the synthetic tables would report their size
        subprocess.run([sys.executable, __file__, "--items", str(args.items), "--keep", str(out),
                        "--synthesize-only"], check=True)
    t1 = time.perf_counter()
    # the mine process's own peak (os.wait4 on it): RUSAGE_CHILDREN would also count the
    # worker processes of the bundled run the synthesis reads its items from
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        mine = subprocess.Popen([sys.executable, "-m", "pipeline", "mine", str(out)],
                                stdout=stdout, stderr=stderr, text=True)
        _, status, usage = os.wait4(mine.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        t2 = time.perf_counter()
        stdout.seek(0), stderr.seek(0)
        if code:
            sys.exit(f"planpipe mine failed ({code}): {stderr.read().strip()}")
        print(stdout.read().splitlines()[0])
    kinds = pd.read_parquet(out / "templates.parquet").kind.value_counts().to_dict()
    print(f"planpipe mine: {kinds} in {t2 - t1:.1f} s; peak resident memory {usage.ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
