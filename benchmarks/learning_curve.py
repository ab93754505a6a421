"""Does more labelled data still help? Grouped 5-fold CV over the train and dev articles,
each fold trained on a growing share of its training articles (test is not used).

    .venv/bin/python benchmarks/learning_curve.py [--segmenter rjieba]
"""

from __future__ import annotations

import argparse

from cv import cross_validated, cv_frame

from pipeline.classify.taxonomy import load_taxonomy
from pipeline.evaluate.dataset import labelled_items
from pipeline.evaluate.structure import DEFAULT_GOLD
from pipeline.segment import load_segmenter

FRACTIONS = (0.25, 0.5, 0.75, 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segmenter", default="rjieba")
    args = parser.parse_args()
    items = [i for i in labelled_items(DEFAULT_GOLD) if i.split != "test"]
    tax = load_taxonomy()
    print(f"{len(items)} labelled train+dev items from {len({i.doc for i in items})} articles")
    print("| share of training articles | CV accuracy | CV macro-F1 |")
    print("|---|---|---|")
    frame = cv_frame(load_segmenter(args.segmenter), items, tax)
    for fraction in FRACTIONS:
        acc, f1, _ = cross_validated(frame, items, tax.codes, fraction)
        print(f"| {fraction:.0%} | {acc:.3f} | {f1:.3f} |")


if __name__ == "__main__":
    main()
