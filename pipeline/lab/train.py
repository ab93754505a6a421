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
    WEIGHTS,
    C,
    build_model,
    save_card,
    save_model,
)
from pipeline.classify.rules import RuleEngine
from pipeline.classify.taxonomy import load_taxonomy
from pipeline.errors import ConfigError
from pipeline.lab.dataset import data_digest, labelled_items
from pipeline.lab.labels_eval import pipeline_predictions, score
from pipeline.paths import bundled_model_dir, corpus_dir, gold_file
from pipeline.process import ProcessorSettings
from pipeline.segment import DEFAULT_BACKEND, load_segmenter

DEFAULT_SEED = 13
_LIBRARIES = ("scikit-learn", "skops", "numpy", "scipy", "jieba", "rjieba", "spacy", "pkuseg", "opencc")


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def train(gold: Path | None = None, corpus: Path | None = None, out: Path | None = None,
          segmenter: str = DEFAULT_BACKEND, taxonomy: Path | None = None,
          seed: int = DEFAULT_SEED) -> dict:
    """Train, save `classifier.skops` and `model_card.json`, score dev through the pipeline
    with the saved model (as `planpipe run` would label), and return the card."""
    gold = gold or gold_file("structure.jsonl")
    out = out or bundled_model_dir()
    tax = load_taxonomy(taxonomy)
    engine, seg = RuleEngine(tax), load_segmenter(segmenter)
    items = labelled_items(gold, corpus)
    unknown = sorted({str(i.gold.label) for i in items} - set(tax.codes))
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
            "sha256": data_digest([gold, corpus or corpus_dir()]),
            "train_items": len(parts["train"]),
            "train_articles": len({i.doc for i in parts["train"]}),
            "dev_items": len(dev),
            "dev_articles": len({i.doc for i in dev}),
        },
        "label_counts": dict(sorted(Counter(i.gold.label for i in parts["train"]).items())),
        "libraries": {"python": platform.python_version(),
                      **{d: _version(d) for d in _LIBRARIES if _version(d)}},
    }
    save_model(model, card, out)
    majority = str(Counter(i.gold.label for i in parts["train"]).most_common(1)[0][0])
    tax_path = str(taxonomy) if taxonomy else None
    scored = {
        "model": score("model", dev, pipeline_predictions(dev, corpus, ProcessorSettings(
            "model", tax_path, str(out))), tax.codes),
        "rules": score("rules", dev, pipeline_predictions(dev, corpus, ProcessorSettings(
            "rules", tax_path)), tax.codes),
        "majority": score("majority", dev, [(majority, 1.0)] * len(dev), tax.codes),
    }
    card["metrics_dev"] = {name: {"accuracy": round(s.accuracy, 4), "macro_f1": round(s.macro_f1, 4),
                                  "ece": round(s.ece, 4)} for name, s in scored.items()}
    save_card(card, out)
    return card
