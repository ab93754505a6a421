"""Which regularisation strength? Grouped CV over the train and dev articles for a range of C.

    .venv/bin/python benchmarks/regularisation.py [--segmenter rjieba]

The model as `planpipe train` builds it (features, weights, calibration), with only the
logistic regression's C changed; three shuffles of grouped 5-fold CV, test unused.
"""

from __future__ import annotations

from cv import cross_validated, cv_data

from pipeline.classify.model import C

VALUES = (2.0, 4.0, 8.0, 16.0, 32.0)


def main() -> None:
    items, tax, frame = cv_data(__doc__)
    print("| C | CV accuracy | CV macro-F1 | CV ECE |")
    print("|---|---|---|---|")
    for c in VALUES:
        acc, f1, ece = cross_validated(frame, items, tax.codes, c=c)
        print(f"| {c:g}{' (default)' if c == C else ''} | {acc:.3f} | {f1:.3f} | {ece:.3f} |", flush=True)


if __name__ == "__main__":
    main()
