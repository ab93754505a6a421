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
from pipeline.paths import corpus_dir
from pipeline.tables import Tables


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
