"""How trustworthy are the classifier's confidences? Calibration methods side by side.

    .venv/bin/python benchmarks/calibration.py [--segmenter rjieba]

Grouped 5-fold cross-validation over the train and dev articles (three shuffles; test is
not used), the same model with each way of turning scores into probabilities: the
logistic regression's own, and scikit-learn's CalibratedClassifierCV with sigmoid and
isotonic calibration, on both label axes. ECE is the expected calibration error over ten
confidence bins (0 = an item labelled with confidence 0.8 is right 80 % of the time).
"""

from __future__ import annotations

from cv import print_sweep

from pipeline.classify.model import CALIBRATION

METHODS = (None, "sigmoid", "isotonic")


def main() -> None:
    print_sweep(__doc__, "calibration", [
        ((method or "none (logistic regression)") + (" (default)" if method == CALIBRATION else ""),
         {"calibration": method}) for method in METHODS])


if __name__ == "__main__":
    main()
