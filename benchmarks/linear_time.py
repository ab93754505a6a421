"""Is every stage linear in a page's size? Time per stage at sizes N and 8N, per page shape.

    .venv/bin/python benchmarks/linear_time.py [--n 100000] [--method rules|model]

Shapes: `one-line` (the bundled pages run together without line breaks, as a PDF dump
gives it), `short-lines` (a numbered item per line, "1、…" to "999、…" and again: a
hundred thousand lines at 8 × 400,000 characters), `inline-list` (one paragraph of
numbered items "1、…2、…"; numbering is read up to 999). For each shape and stage (clean,
structure, classify) the seconds at N and 8N characters and their ratio are printed:
linear is about 8, quadratic 64. A ratio above 12 is marked. Pages longer than ingest's
MAX_PAGE_CHARS are cut when read from files; this benchmark calls the stages directly,
so it also measures sizes past that limit.
"""

from __future__ import annotations

import argparse
import json
import time

from pipeline.paths import corpus_dir
from pipeline.process import DocumentProcessor, ProcessorSettings
from pipeline.records import RawDocument

LIMIT = 12.0


def _pages() -> list[str]:
    path = corpus_dir() / "pages.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def shapes(n: int) -> dict[str, str]:
    """Each shape's text of n characters."""
    one_line = "".join(p.replace("\n", "") for p in _pages())
    lines = "".join(f"{k % 999 + 1}、组织职工开展第{k}项活动\n" for k in range(n // 8))
    k, parts, size = 1, [], 0
    while size < n:
        part = f"{k}、组织职工开展第{k}项活动;"
        parts.append(part)
        size += len(part)
        k += 1
    return {"one-line": (one_line * (n // len(one_line) + 1))[:n],
            "short-lines": (lines * (n // len(lines) + 1))[:n],
            "inline-list": "工会活动安排:" + "".join(parts)[:n]}


def stage_times(processor: DocumentProcessor, text: str) -> tuple[dict[str, float], int]:
    raw = RawDocument("bench", "bench.txt", "bench.txt", "bench.txt", text, encoding="utf-8")
    times = {}
    started = time.perf_counter()
    cleaned = processor.clean(raw)
    times["clean"] = time.perf_counter() - started
    started = time.perf_counter()
    structured = processor.structure(cleaned)
    times["structure"] = time.perf_counter() - started
    started = time.perf_counter()
    processor.classify.classify_many([structured])
    times["classify"] = time.perf_counter() - started
    return times, sum(len(plan.items) for plan in structured.plans)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--method", default="rules")
    args = ap.parse_args()
    processor = DocumentProcessor(ProcessorSettings(method=args.method))
    small, large = shapes(args.n), shapes(8 * args.n)
    print(f"| shape | stage | s at {args.n:,} chars | s at {8 * args.n:,} | ratio (linear 8) | items |")
    print("|---|---|---|---|---|---|")
    for shape in small:
        (a, n_a), (b, n_b) = stage_times(processor, small[shape]), stage_times(processor, large[shape])
        for stage in a:
            ratio = b[stage] / a[stage] if a[stage] > 0 else float("nan")
            flag = " ⚠ superlinear" if ratio > LIMIT else ""
            print(f"| {shape} | {stage} | {a[stage]:.3f} | {b[stage]:.3f} | {ratio:.1f}{flag} | "
                  f"{n_a:,} → {n_b:,} |", flush=True)


if __name__ == "__main__":
    main()
