"""Does more labelled data still help? Grouped 5-fold CV over the train and dev articles,
each fold trained on a growing share of its training articles (test is not used).

    .venv/bin/python benchmarks/learning_curve.py [--segmenter rjieba]
"""

from __future__ import annotations

from cv import print_sweep

FRACTIONS = (0.25, 0.5, 0.75, 1.0)


def main() -> None:
    print_sweep(__doc__, "share of training articles",
                [(f"{fraction:.0%}", {"fraction": fraction}) for fraction in FRACTIONS])


if __name__ == "__main__":
    main()
