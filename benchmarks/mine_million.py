"""Mining at scale: N synthetic items made by recombining real ones, time and peak memory.

    .venv/bin/python benchmarks/mine_million.py --items 1000000

Synthetic items: each takes the marker, heading and category of a random real item of the
bundled corpus and a text spliced from clauses of two real items (with a random clause
dropped), so phrase skeletons, near-duplicates and outlines recur as they do across
template sites. Plans get 4-16 items, documents 1-3 plans. The mine stage then runs on the
tables exactly as after `planpipe run`; wall time per step and the process's peak
resident memory (ru_maxrss) are printed.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time

import pandas as pd

from pipeline import load_tables, run
from pipeline.mine import mine_tables, phrase_coverage
from pipeline.tables import Tables


def real_items() -> pd.DataFrame:
    out = tempfile.mkdtemp(prefix="planpipe-bench-")
    run(None, out, progress=False, mine=False)
    t = load_tables(out, join_labels=True)
    return t.items[["marker", "heading", "text_norm", "category", "depth"]].dropna()


def synthesize(n: int, seed: int = 7) -> Tables:
    rng = random.Random(seed)
    base = real_items().to_dict("records")
    clauses = [c for r in base for c in r["text_norm"].replace("。", "。|").split("|") if len(c) > 4]
    items, plans, docs, labels = [], [], [], []
    d = p = 0
    while len(items) < n:
        doc_id = f"d{d:07d}"
        docs.append({"doc_id": doc_id, "title": rng.choice(base)["heading"][:20]})
        for _ in range(rng.randint(1, 3)):
            plan_id = f"{doc_id}-p{p:07d}"
            plans.append({"plan_id": plan_id, "doc_id": doc_id, "title": ""})
            for k in range(rng.randint(4, 16)):
                src = rng.choice(base)
                parts = [src["text_norm"], rng.choice(clauses), rng.choice(clauses)]
                parts.pop(rng.randrange(3))
                item_id = f"{plan_id}-i{k:04d}"
                items.append({"item_id": item_id, "plan_id": plan_id, "doc_id": doc_id,
                              "depth": 1 if k % 4 == 0 else 2, "ordinal": k + 1,
                              "heading": src["heading"], "text_norm": "".join(parts)})
                labels.append({"item_id": item_id, "category": src["category"]})
            p += 1
        d += 1
    frame = pd.DataFrame
    return Tables(documents=frame(docs), plans=frame(plans), items=frame(items[:n]),
                  labels=frame(labels[:n]), label_scores=frame())


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    tables = synthesize(args.items)
    t1 = time.perf_counter()
    print(f"synthesized {len(tables.items):,} items in {len(tables.plans):,} plans, "
          f"{len(tables.documents):,} documents: {t1 - t0:.1f} s, peak {peak_mb():,.0f} MB")
    mined = mine_tables(tables)
    t2 = time.perf_counter()
    kinds = mined.templates.kind.value_counts().to_dict()
    share = phrase_coverage(mined, len(tables.items))
    print(f"mined {kinds} in {t2 - t1:.1f} s; phrase coverage {share:.3f}; "
          f"peak resident memory {peak_mb():,.0f} MB")


if __name__ == "__main__":
    main()
