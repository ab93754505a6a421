"""Grouped cross-validation over the train and dev articles, for choosing model settings.

Folds are drawn by article (never by item), FOLDS of them, with each of SHUFFLES; the test
split is never read. The feature frame is built once and reused for every fold; each
held-out fold is labelled by an `ItemClassifier` holding that fold's model, the way a run
labels.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
import pandas as pd

from pipeline.classify import ItemClassifier
from pipeline.classify.features import feature_frame
from pipeline.classify.model import CALIBRATION, CALIBRATION_FOLDS, C, LoadedModel
from pipeline.classify.rules import RuleEngine
from pipeline.classify.taxonomy import AXES, Taxonomy, load_taxonomy
from pipeline.lab.dataset import LabelledItem, labelled_items
from pipeline.lab.labels_eval import both_right, scores_of
from pipeline.lab.train import DEFAULT_SEED, card_for, fitted
from pipeline.segment import DEFAULT_BACKEND, load_segmenter

FOLDS = 5
SHUFFLES = (0, 1, 2)


@dataclass
class CVData:
    """The train+dev items, their taxonomy, segmenter and feature frame, built once."""

    items: list[LabelledItem]
    taxonomy: Taxonomy
    segmenter: str
    frame: pd.DataFrame


def cv_data(segmenter: str = DEFAULT_BACKEND, taxonomy: Taxonomy | None = None) -> CVData:
    """The labelled train and dev items with their features."""
    tax = taxonomy or load_taxonomy()
    items = [i for i in labelled_items() if i.split != "test"]
    frame = feature_frame([i.context for i in items], load_segmenter(segmenter), RuleEngine(tax))
    return CVData(items, tax, segmenter, frame)


@dataclass
class CVScores:
    """Mean scores over folds and shuffles."""

    category_accuracy: float
    category_macro_f1: float
    role_accuracy: float
    role_macro_f1: float
    both_right: float
    category_ece: float
    role_ece: float

    def row(self) -> list[float]:
        """The figures in print order."""
        return [self.category_accuracy, self.category_macro_f1, self.role_accuracy, self.role_macro_f1,
                self.both_right, self.category_ece, self.role_ece]


HEADER = ["cat acc", "cat F1", "role acc", "role F1", "both", "cat ECE", "role ECE"]


def _share(docs: list[str], fraction: float, items: list[LabelledItem]) -> set[str]:
    """The first `fraction` of `docs`, extended by the next articles until every label of both
    axes has the CALIBRATION_FOLDS items calibration needs (a small share can miss a rare one)."""
    labels_of: dict[str, list[tuple[str, str]]] = {}
    for i in items:
        labels_of.setdefault(i.doc, []).append((i.gold_label("category"), i.gold_label("role")))
    pool = set(docs)
    wanted = {(n, lb) for i in items if i.doc in pool
              for n, lb in enumerate((i.gold_label("category"), i.gold_label("role")))}
    n = max(2, round(len(docs) * fraction))
    while n < len(docs):
        counts: dict[tuple[int, str], int] = {}
        for d in docs[:n]:
            for pair in labels_of.get(d, []):
                for k, lb in enumerate(pair):
                    counts[(k, lb)] = counts.get((k, lb), 0) + 1
        if all(counts.get(w, 0) >= CALIBRATION_FOLDS for w in wanted):
            break
        n += 1
    return set(docs[:n])


def cross_validated(data: CVData, fraction: float = 1.0, calibration: str | None = CALIBRATION,
                    c: float = C) -> CVScores:
    """Mean scores of grouped k-fold CV over `data` (train+dev articles); each fold trains on
    `fraction` of its training articles."""
    frame = data.frame
    docs = sorted({i.doc for i in data.items})
    results = []
    for shuffle in SHUFFLES:
        order = docs[:]
        random.Random(shuffle).shuffle(order)
        for k in range(FOLDS):
            held = set(order[k::FOLDS])
            train_docs = _share([d for d in order if d not in held], fraction, data.items)
            tr = [n for n, i in enumerate(data.items) if i.doc in train_docs]
            te = [n for n, i in enumerate(data.items) if i.doc in held]
            parts = fitted([data.items[n] for n in tr], data.taxonomy, data.segmenter, DEFAULT_SEED,
                           calibration, c, frame.iloc[tr].reset_index(drop=True))
            model = LoadedModel(parts, card_for(data.taxonomy, data.segmenter, DEFAULT_SEED))
            held_items = [data.items[n] for n in te]
            s = scores_of("model", held_items, ItemClassifier("model", data.taxonomy, model=model))
            results.append([s["category"].accuracy, s["category"].macro_f1, s["role"].accuracy,
                            s["role"].macro_f1, both_right(s["category"], s["role"]),
                            s["category"].ece, s["role"].ece])
    return CVScores(*np.mean(results, axis=0).tolist())


def rules_cross_validated(data: CVData) -> dict[str, float]:
    """The rules' scores on the same items (no training involved)."""
    s = scores_of("rules", data.items, ItemClassifier("rules", data.taxonomy))
    return {f"{axis} {m}": getattr(s[axis], m) for axis in AXES for m in ("accuracy", "macro_f1")}
