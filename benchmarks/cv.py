"""Grouped cross-validation over the train and dev articles, shared by the benchmarks.

Folds are drawn by article (never by item), FOLDS of them, with each of SHUFFLES; the
test split is never read. The feature frame is built once and reused for every fold.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import numpy as np
import pandas as pd

from pipeline.classify.features import feature_frame
from pipeline.classify.model import CALIBRATION, CALIBRATION_FOLDS, C, build_model
from pipeline.classify.rules import RuleEngine
from pipeline.classify.taxonomy import Taxonomy, load_taxonomy
from pipeline.classify.train import DEFAULT_SEED
from pipeline.evaluate.dataset import LabelledItem, labelled_items
from pipeline.evaluate.labels import model_predictions, score
from pipeline.evaluate.structure import DEFAULT_GOLD
from pipeline.segment import load_segmenter

FOLDS = 5
SHUFFLES = (0, 1, 2)


def cv_data(doc: str) -> tuple[list[LabelledItem], Taxonomy, pd.DataFrame]:
    """A benchmark's inputs: its `--segmenter` option, the labelled train+dev items, the
    taxonomy and their feature frame; prints how many items and articles there are."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--segmenter", default="rjieba")
    args = parser.parse_args()
    items = [i for i in labelled_items(DEFAULT_GOLD) if i.split != "test"]
    tax = load_taxonomy()
    frame = cv_frame(load_segmenter(args.segmenter), items, tax)
    print(f"{len(items)} labelled train+dev items from {len({i.doc for i in items})} articles")
    return items, tax, frame


def print_sweep(doc: str, setting: str, runs: list[tuple[str, dict]], ece: bool = True) -> None:
    """A benchmark's whole run: `cv_data`, then one `cross_validated` per (row name, keyword
    arguments) in `runs`, printed as a Markdown table row by row (with the ECE column if `ece`)."""
    items, tax, frame = cv_data(doc)
    columns = ["CV accuracy", "CV macro-F1"] + (["CV ECE"] if ece else [])
    print(f"| {setting} | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, kwargs in runs:
        scores = cross_validated(frame, items, tax.codes, **kwargs)[:len(columns)]
        print(f"| {name} | " + " | ".join(f"{v:.3f}" for v in scores) + " |", flush=True)


def cv_frame(segmenter, items: list[LabelledItem], tax: Taxonomy) -> pd.DataFrame:
    """The classifier's features of `items`, built once for every cross-validation run."""
    return feature_frame([i.context for i in items], segmenter, RuleEngine(tax))


def _share(docs: list[str], fraction: float, items: list[LabelledItem]) -> set[str]:
    """The first `fraction` of `docs`, extended by the next articles until every category has
    the CALIBRATION_FOLDS items calibration needs (a small share can miss a rare one)."""
    labels_of: dict[str, list[str]] = {}
    for i in items:
        labels_of.setdefault(i.doc, []).append(i.gold.label)
    pool = set(docs)
    wanted = {i.gold.label for i in items if i.doc in pool}
    n = max(2, round(len(docs) * fraction))
    while n < len(docs):
        counts = Counter(label for d in docs[:n] for label in labels_of.get(d, []))
        if all(counts[c] >= CALIBRATION_FOLDS for c in wanted):
            break
        n += 1
    return set(docs[:n])


def cross_validated(frame: pd.DataFrame, items: list[LabelledItem], codes: tuple[str, ...],
                    fraction: float = 1.0, calibration: str | None = CALIBRATION,
                    c: float = C) -> tuple[float, float, float]:
    """Mean (accuracy, macro-F1, calibration error) of grouped k-fold CV over `items` (train
    and dev).

    `fraction` < 1 trains each fold on that share of its training articles (a learning curve).
    """
    labels = np.array([i.gold.label for i in items])
    docs = sorted({i.doc for i in items})
    scores = []
    for shuffle in SHUFFLES:
        random.Random(shuffle).shuffle(docs)
        fold_of = {d: k % FOLDS for k, d in enumerate(docs)}
        preds: list = [None] * len(items)
        for fold in range(FOLDS):
            train_docs = _share([d for d in docs if fold_of[d] != fold], fraction, items)
            train_rows = [k for k, i in enumerate(items) if i.doc in train_docs]
            test_rows = [k for k, i in enumerate(items) if fold_of[i.doc] == fold]
            model = build_model(codes, DEFAULT_SEED, calibration, c).fit(frame.iloc[train_rows],
                                                                         labels[train_rows])
            for k, p in zip(test_rows, model_predictions(model, frame.iloc[test_rows])):
                preds[k] = p
        s = score("cv", items, preds, codes)
        scores.append((s.accuracy, s.macro_f1, s.ece))
    acc, f1, ece = np.mean(scores, axis=0)
    return float(acc), float(f1), float(ece)
