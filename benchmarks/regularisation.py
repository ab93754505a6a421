"""Which regularisation strength? Grouped CV over the train and dev articles for a range of C.

    .venv/bin/python benchmarks/regularisation.py [--segmenter rjieba]

The model as `planpipe train` builds it (features, weights, calibration), with only the
logistic regression's C changed; three shuffles of grouped 5-fold CV, test unused.
"""

from __future__ import annotations

import argparse

from cv import cross_validated, cv_frame

from pipeline.classify.model import C
from pipeline.classify.taxonomy import load_taxonomy
from pipeline.evaluate.dataset import labelled_items
from pipeline.evaluate.structure import DEFAULT_GOLD
from pipeline.segment import load_segmenter

VALUES = (2.0, 4.0, 8.0, 16.0, 32.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segmenter", default="rjieba")
    args = parser.parse_args()
    items = [i for i in labelled_items(DEFAULT_GOLD) if i.split != "test"]
    tax = load_taxonomy()
    frame = cv_frame(load_segmenter(args.segmenter), items, tax)
    print(f"{len(items)} labelled train+dev items from {len({i.doc for i in items})} articles")
    print("| C | CV accuracy | CV macro-F1 | CV ECE |")
    print("|---|---|---|---|")
    for c in VALUES:
        acc, f1, ece = cross_validated(frame, items, tax.codes, c=c)
        print(f"| {c:g}{' (default)' if c == C else ''} | {acc:.3f} | {f1:.3f} | {ece:.3f} |", flush=True)


if __name__ == "__main__":
    main()
