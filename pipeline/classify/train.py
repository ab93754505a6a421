"""`planpipe train`: fit the classifier on the train split, report on dev, write the model.

The test split is not read here; `planpipe eval labels` is the only place it is scored.
"""

from __future__ import annotations

import platform
from collections import Counter
from importlib import metadata
from pathlib import Path

from pipeline.classify.features import feature_frame
from pipeline.classify.model import (
    CALIBRATION,
    CALIBRATION_FOLDS,
    DEFAULT_MODEL_DIR,
    WEIGHTS,
    C,
    build_model,
    save_model,
)
from pipeline.classify.rules import RuleEngine
from pipeline.classify.taxonomy import load_taxonomy
from pipeline.errors import ConfigError
from pipeline.evaluate.dataset import data_digest, labelled_items
from pipeline.evaluate.labels import model_predictions, rule_predictions, score
from pipeline.evaluate.structure import DEFAULT_GOLD
from pipeline.run import DEFAULT_CORPUS
from pipeline.segment import DEFAULT_BACKEND, load_segmenter

DEFAULT_SEED = 13
_LIBRARIES = ("scikit-learn", "skops", "numpy", "scipy", "jieba", "rjieba", "spacy", "pkuseg", "opencc")


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def train(gold: Path = DEFAULT_GOLD, corpus: Path | None = None, out: Path = DEFAULT_MODEL_DIR,
          segmenter: str = DEFAULT_BACKEND, taxonomy: Path | None = None,
          seed: int = DEFAULT_SEED, save: bool = True) -> dict:
    """Train, score on dev, save `classifier.skops` and `model_card.json`; return the card."""
    tax = load_taxonomy(taxonomy)
    engine, seg = RuleEngine(tax), load_segmenter(segmenter)
    items = labelled_items(gold, corpus)
    unknown = sorted({i.gold.label for i in items} - set(tax.codes))
    if unknown:
        raise ConfigError("E203", f"{gold}: labels {unknown} are not in the taxonomy {list(tax.codes)}")
    parts = {s: [i for i in items if i.split == s] for s in ("train", "dev")}
    counts = Counter(i.gold.label for i in parts["train"])
    scarce = {c: counts[c] for c in tax.codes if counts[c] < CALIBRATION_FOLDS}
    if scarce:
        raise ConfigError("E203", f"{gold}: calibration needs at least {CALIBRATION_FOLDS} training "
                                  f"items of every category; too few for {scarce}")
    frames = {s: feature_frame([i.context for i in parts[s]], seg, engine) for s in parts}
    model = build_model(tax.codes, seed).fit(frames["train"], [i.gold.label for i in parts["train"]])

    dev = parts["dev"]
    majority = Counter(i.gold.label for i in parts["train"]).most_common(1)[0][0]
    scored = {
        "model": score("model", dev, model_predictions(model, frames["dev"]), tax.codes),
        "rules": score("rules", dev, rule_predictions(engine, dev), tax.codes),
        "majority": score("majority", dev, [(majority, 1.0)] * len(dev), tax.codes),
    }
    card = {
        "model": "classifier.skops",
        "made_by": "planpipe train",
        "seed": seed,
        "segmenter": segmenter,
        "features": "word 1-2-grams, heading words, char 1-3-grams, context (parent heading + plan "
                    "title, or an untitled plan's opening text) char 1-2-grams, rule votes of the item, "
                    "its parent heading and the plan title; the plan's mix of rule votes over all its items",
        "estimator": f"LogisticRegression(C={C}, class_weight=balanced), "
                     f"{CALIBRATION}-calibrated ({CALIBRATION_FOLDS}-fold)",
        "feature_weights": WEIGHTS,
        "taxonomy": {"name": tax.name, "sha256": tax.digest, "codes": list(tax.codes)},
        "training_data": {
            "gold": gold.name,
            "sha256": data_digest([gold, corpus or DEFAULT_CORPUS]),
            "train_items": len(parts["train"]),
            "train_articles": len({i.doc for i in parts["train"]}),
            "dev_items": len(dev),
            "dev_articles": len({i.doc for i in dev}),
        },
        "label_counts": dict(sorted(Counter(i.gold.label for i in parts["train"]).items())),
        "metrics_dev": {name: {"accuracy": round(s.accuracy, 4), "macro_f1": round(s.macro_f1, 4),
                               "ece": round(s.ece, 4)}
                        for name, s in scored.items()},
        "libraries": {"python": platform.python_version(),
                      **{d: _version(d) for d in _LIBRARIES if _version(d)}},
    }
    if save:
        save_model(model, card, out)
    return card
