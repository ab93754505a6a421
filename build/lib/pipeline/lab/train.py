"""`planpipe train`: fit both label heads on the train split, score dev, write the model.

The items are the gold items the pipeline finds, with the contexts `ItemClassifier` builds;
the features are the ones it computes; dev is scored by an `ItemClassifier` holding the new
model. The test split is not read here: `planpipe eval labels` is the only place it is scored.
"""

from __future__ import annotations

import platform
from collections import Counter
from importlib import metadata
from pathlib import Path

from pipeline.classify import ItemClassifier
from pipeline.classify.features import feature_frame
from pipeline.classify.model import (
    CALIBRATION,
    CALIBRATION_FOLDS,
    MODEL_FORMAT,
    WEIGHTS,
    C,
    LoadedModel,
    fit_model,
    save_model,
)
from pipeline.classify.rules import RuleEngine
from pipeline.classify.taxonomy import AXES, Taxonomy, load_taxonomy
from pipeline.errors import ConfigError
from pipeline.lab.dataset import LabelledItem, data_digest, labelled_items
from pipeline.lab.labels_eval import AxisScores, both_right, score_axis, scores_of
from pipeline.paths import bundled_model_dir, corpus_dir, gold_file
from pipeline.segment import DEFAULT_BACKEND, load_segmenter

DEFAULT_SEED = 13
_LIBRARIES = ("scikit-learn", "skops", "numpy", "scipy", "jieba", "rjieba", "spacy", "pkuseg", "opencc")


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def check_labels(items: list[LabelledItem], tax: Taxonomy, where: str) -> None:
    """E203 when gold labels are not in the taxonomy, or a label has too few training items
    for calibration (the error names them)."""
    for axis in AXES:
        codes = tax.axis(axis).codes
        unknown = sorted({i.gold_label(axis) for i in items} - set(codes))
        if unknown:
            raise ConfigError("E203", f"{where}: {axis} labels {unknown} are not in the taxonomy "
                                      f"{list(codes)}")
        counts = Counter(i.gold_label(axis) for i in items if i.split == "train")
        scarce = {c: counts[c] for c in codes if counts[c] < CALIBRATION_FOLDS}
        if scarce:
            raise ConfigError("E203", f"{where}: calibration needs at least {CALIBRATION_FOLDS} training "
                                      f"items of every {axis} label; too few for {scarce}")


def fitted(items: list[LabelledItem], tax: Taxonomy, segmenter: str, seed: int,
           calibration: str | None = CALIBRATION, c: float = C, frame=None) -> dict:
    """The model's parts fitted on `items` (features, a head per axis)."""
    if frame is None:
        frame = feature_frame([i.context for i in items], load_segmenter(segmenter), RuleEngine(tax))
    return fit_model(tax, frame, {axis: [i.gold_label(axis) for i in items] for axis in AXES},
                     seed, calibration, c)


def card_for(tax: Taxonomy, segmenter: str, seed: int) -> dict:
    """The model card's fixed part: what the model is and what it was built with."""
    return {
        "model": "classifier.skops",
        "format": MODEL_FORMAT,
        "made_by": "planpipe train",
        "seed": seed,
        "segmenter": segmenter,
        "features": "shared by both heads: word 1-2-grams and heading words of one segmentation, "
                    "char 1-3-grams, context (ancestor headings + plan title, or an untitled plan's "
                    "opening) char 1-2-grams, marker style; category rule votes of the item, its parent "
                    "heading, its plan title, the plan's mix, and the guide's inherited label; role rule "
                    "votes of the item and its parent; depth, children, heading length and shape",
        "estimator": f"one LogisticRegression(C={C}, class_weight=balanced) per axis, "
                     f"{CALIBRATION}-calibrated ({CALIBRATION_FOLDS}-fold)",
        "feature_weights": WEIGHTS,
        "taxonomy": {"name": tax.name, "sha256": tax.digest, **{a: list(tax.axis(a).codes) for a in AXES}},
        "libraries": {"python": platform.python_version(),
                      **{d: v for d in _LIBRARIES if (v := _version(d))}},
    }


def _metrics(scores: dict[str, AxisScores]) -> dict:
    out: dict = {axis: {"accuracy": round(s.accuracy, 4), "macro_f1": round(s.macro_f1, 4),
                        "ece": round(s.ece, 4)} for axis, s in scores.items()}
    out["both_right"] = round(both_right(scores["category"], scores["role"]), 4)
    return out


def train(gold: Path | None = None, corpus: Path | None = None, out: Path | None = None,
          segmenter: str = DEFAULT_BACKEND, taxonomy: Path | None = None,
          seed: int = DEFAULT_SEED) -> dict:
    """Train on the train split, score dev with the new model as a run labels, save
    `classifier.skops` and `model_card.json` into `out` (default: the bundled model), and
    return the card."""
    gold = gold or gold_file("structure.jsonl")
    out = out or bundled_model_dir()
    tax = load_taxonomy(taxonomy)
    items = labelled_items(gold, corpus)
    check_labels(items, tax, str(gold))
    train_items = [i for i in items if i.split == "train"]
    dev = [i for i in items if i.split == "dev"]
    parts = fitted(train_items, tax, segmenter, seed)
    card = card_for(tax, segmenter, seed)
    card["training_data"] = {
        "gold": gold.name,
        "sha256": data_digest([gold, corpus or corpus_dir()]),
        "train_items": len(train_items), "train_articles": len({i.doc for i in train_items}),
        "dev_items": len(dev), "dev_articles": len({i.doc for i in dev}),
    }
    card["label_counts"] = {axis: dict(sorted(Counter(i.gold_label(axis) for i in train_items).items()))
                            for axis in AXES}
    model = ItemClassifier("model", tax, model=LoadedModel(parts, card))
    majority = {axis: Counter(i.gold_label(axis) for i in train_items).most_common(1)[0][0] for axis in AXES}
    card["metrics_dev"] = {
        "majority": _metrics({axis: score_axis("majority", axis, dev, [(majority[axis], 1.0)] * len(dev),
                                               tax.axis(axis).codes) for axis in AXES}),
        "rules": _metrics(scores_of("rules", dev, ItemClassifier("rules", tax))),
        "model": _metrics(scores_of("model", dev, model)),
    }
    save_model(parts, card, out)
    return card
