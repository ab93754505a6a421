"""Compare the segmenter backends side by side in one run: speed, and classifier quality.

    .venv/bin/python benchmarks/segmenters.py [--repeat 5]

Speed: every item text of the bundled corpus (heading and text, as the classifier sees
them) cut `--repeat` times per backend, after a warm-up; load time reported apart.
Quality: the classifier trained with each backend, macro-F1 and accuracy on the dev
split, and — because the dev split is small (a few items move its score by a point) — the
mean of grouped 5-fold cross-validation over the train and dev articles, folds drawn by
article with three different shuffles. The test split is not used to choose a default.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

import numpy as np
import pandas as pd

from pipeline.classify.features import feature_frame, item_contexts
from pipeline.classify.model import CALIBRATION, CALIBRATION_FOLDS, C, build_model
from pipeline.classify.rules import RuleEngine
from pipeline.classify.taxonomy import Taxonomy, load_taxonomy
from pipeline.classify.train import DEFAULT_SEED, train
from pipeline.clean import Cleaner
from pipeline.evaluate.dataset import LabelledItem, labelled_items
from pipeline.evaluate.labels import model_predictions, score
from pipeline.evaluate.structure import DEFAULT_GOLD
from pipeline.ingest import read_inputs
from pipeline.run import DEFAULT_CORPUS
from pipeline.segment import BACKENDS, load_segmenter
from pipeline.structure import StructureParser

FOLDS = 5
SHUFFLES = (0, 1, 2)


def corpus_texts() -> list[str]:
    clean, parse = Cleaner(), StructureParser()
    texts = []
    for raw in read_inputs([DEFAULT_CORPUS]):
        if raw.text:
            texts += [c.heading + c.text for _, _, c in item_contexts(parse(clean(raw)))]
    return texts


def cv_frame(segmenter, items: list[LabelledItem], tax: Taxonomy) -> pd.DataFrame:
    """The classifier's features of `items`, built once for every cross-validation run."""
    return feature_frame([i.context for i in items], segmenter, RuleEngine(tax))


def _share(docs: list[str], fraction: float, items: list[LabelledItem]) -> set[str]:
    """The first `fraction` of `docs`, extended by the next articles until every category has
    the CALIBRATION_FOLDS items calibration needs (a small share can miss a rare one)."""
    labels_of: dict[str, list[str]] = {}
    for i in items:
        labels_of.setdefault(i.doc, []).append(i.gold.label)
    wanted = {i.gold.label for i in items if i.doc in set(docs)}
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = corpus_texts()
    tax = load_taxonomy()  # the corpus is parsed and matched to the gold once, for every backend
    cv_items = [i for i in labelled_items(DEFAULT_GOLD) if i.split != "test"]
    chars = sum(len(t) for t in texts) * args.repeat
    print(f"{len(texts)} item texts, {chars // args.repeat} characters, x{args.repeat}")
    print("| backend | load s | items/s | chars/s | dev macro-F1 | dev accuracy "
          "| CV macro-F1 | CV accuracy |")
    print("|---|---|---|---|---|---|---|---|")
    for name in BACKENDS:
        t0 = time.perf_counter()
        seg = load_segmenter(name)
        load = time.perf_counter() - t0
        for t in texts[:50]:
            seg.cut(t)
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            for t in texts:
                seg.cut(t)
        spent = time.perf_counter() - t0
        dev = train(segmenter=name, save=False)["metrics_dev"]["model"]
        cv_acc, cv_f1, _ = cross_validated(cv_frame(seg, cv_items, tax), cv_items, tax.codes)
        print(f"| {name} | {load:.2f} | {len(texts) * args.repeat / spent:,.0f} | {chars / spent:,.0f} "
              f"| {dev['macro_f1']:.3f} | {dev['accuracy']:.3f} | {cv_f1:.3f} | {cv_acc:.3f} |")


if __name__ == "__main__":
    main()
