"""Shared by the CV benchmarks: parse the common options, run a sweep, print a Markdown table.

The cross-validation itself is the lab's (`pipeline/lab/cv.py`): grouped folds over the train
and dev articles, each held-out fold labelled by an `ItemClassifier` holding that fold's
model, the way a run labels; the test split is never read.
"""

from __future__ import annotations

import argparse

from pipeline.lab.cv import HEADER, cross_validated, cv_data


def print_sweep(doc: str, setting: str, runs: list[tuple[str, dict]]) -> None:
    """One `cross_validated` per (row name, keyword arguments) in `runs`, printed as a table."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--segmenter", default="rjieba")
    args = parser.parse_args()
    data = cv_data(args.segmenter)
    print(f"{len(data.items)} labelled train+dev items from {len({i.doc for i in data.items})} articles")
    print(f"| {setting} | " + " | ".join(HEADER) + " |")
    print("|---" * (len(HEADER) + 1) + "|")
    for name, kwargs in runs:
        scores = cross_validated(data, **kwargs).row()
        print(f"| {name} | " + " | ".join(f"{v:.3f}" for v in scores) + " |", flush=True)
