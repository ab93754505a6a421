"""Which regularisation strength? Grouped CV over the train and dev articles for a range of C.

    .venv/bin/python benchmarks/regularisation.py [--segmenter rjieba]

The model as `planpipe train` builds it (features, weights, calibration), with only the
logistic regression's C changed; three shuffles of grouped 5-fold CV, test unused.
"""

from __future__ import annotations

from cv import print_sweep

from pipeline.classify.model import C

VALUES = (2.0, 4.0, 8.0, 16.0, 32.0)


def main() -> None:
    print_sweep(__doc__, "C", [(f"{c:g}{' (default)' if c == C else ''}", {"c": c}) for c in VALUES])


if __name__ == "__main__":
    main()
