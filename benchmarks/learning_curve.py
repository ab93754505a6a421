"""Does more labelled data still help? Grouped 5-fold CV over the train and dev articles,
each fold trained on a growing share of its training articles (test is not used).

    .venv/bin/python benchmarks/learning_curve.py [--segmenter rjieba]
"""

from __future__ import annotations

from cv import cross_validated, cv_data

FRACTIONS = (0.25, 0.5, 0.75, 1.0)


def main() -> None:
    items, tax, frame = cv_data(__doc__)
    print("| share of training articles | CV accuracy | CV macro-F1 |")
    print("|---|---|---|")
    for fraction in FRACTIONS:
        acc, f1, _ = cross_validated(frame, items, tax.codes, fraction)
        print(f"| {fraction:.0%} | {acc:.3f} | {f1:.3f} |")


if __name__ == "__main__":
    main()
