"""How trustworthy are the classifier's confidences? Calibration methods side by side.

    .venv/bin/python benchmarks/calibration.py [--segmenter rjieba]

Grouped 5-fold cross-validation over the train and dev articles (three shuffles; test is
not used), the same model with each way of turning scores into probabilities: the
logistic regression's own, and scikit-learn's CalibratedClassifierCV with sigmoid,
isotonic and temperature scaling. ECE is the expected calibration error over ten
confidence bins (0 = an item labelled with confidence 0.8 is right 80 % of the time).
"""

from __future__ import annotations

from cv import cross_validated, cv_data

from pipeline.classify.model import CALIBRATION

METHODS = (None, "sigmoid", "isotonic", "temperature")


def main() -> None:
    items, tax, frame = cv_data(__doc__)
    print("| calibration | CV accuracy | CV macro-F1 | CV ECE |")
    print("|---|---|---|---|")
    for method in METHODS:
        acc, f1, ece = cross_validated(frame, items, tax.codes, calibration=method)
        name = (method or "none (logistic regression)") + (" (default)" if method == CALIBRATION else "")
        print(f"| {name} | {acc:.3f} | {f1:.3f} | {ece:.3f} |", flush=True)


if __name__ == "__main__":
    main()
