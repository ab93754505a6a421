"""The classifier: shared features and one calibrated head per label axis, saved with skops.

The features (pipeline/classify/features.py) are vectorised once per item by one
ColumnTransformer, and two logistic regressions read them: one for the category, one for
the role. They are saved together, as a plain dict of scikit-learn objects, next to a
model card. Loading never executes code from the file: skops reads only types on an
allowlist, and a file whose model card names another scikit-learn version is refused,
because estimators pickled under one version can silently mis-score under another. A
model saved before the role axis existed is refused with a message to retrain.
"""

from __future__ import annotations

import copy
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import MaxAbsScaler

from pipeline.classify.features import SHAPE_COLUMNS, VOTE_BLOCKS, vote_columns
from pipeline.classify.taxonomy import AXES, Taxonomy
from pipeline.errors import ConfigError
from pipeline.paths import bundled_model_dir

MODEL_FILE = "classifier.skops"
CARD_FILE = "model_card.json"
# The model-card format this version writes and reads: 2 = two label axes (category, role);
# 3 = the vectorisers' vocabularies stored as arrays of terms (VOCABULARIES).
MODEL_FORMAT = 3
# Where the saved model keeps the vectorisers' vocabularies: per transformer, its terms in
# column order. A vocabulary dict of 50,000 terms is 100,000 skops nodes, each audited and
# built on every load (over a second a process); an array of terms is one node.
VOCABULARIES = "vocabularies"

# Regularisation and feature weights, chosen by grouped cross-validation over the train and
# dev articles (`benchmarks/regularisation.py` sweeps C; `benchmarks/feature_weights.py`).
C = 16.0
WEIGHTS = {"words": 1.0, "heading_words": 1.0, "chars": 1.0, "parent": 1.0, "context": 1.0, "style": 0.5,
           "cat_own": 1.5, "cat_rules": 1.0, "cat_inherited": 1.0, "cat_parent": 1.0, "cat_plan": 1.0,
           "cat_mix": 1.0, "role_own": 1.5, "role_parent": 1.0, "shape": 1.0}
CALIBRATION_FOLDS = 3
# Isotonic calibration: in grouped cross-validation (`benchmarks/calibration.py`) its
# confidences are nearest the observed accuracy (sigmoid left the model underconfident).
CALIBRATION = "isotonic"
_TOKENS = r"[^ ]+"  # features are pre-segmented, space-joined words
# Text columns whose values items share: vectorised once per distinct value (`transform`).
SHARED_COLUMNS = ("parent", "context", "style")


def build_features(taxonomy: Taxonomy) -> ColumnTransformer:
    """The untrained feature transformer shared by both heads."""
    return ColumnTransformer(
        [
            ("words", TfidfVectorizer(token_pattern=_TOKENS, lowercase=False, ngram_range=(1, 2),
                                      sublinear_tf=True), "words"),
            ("heading_words", TfidfVectorizer(token_pattern=_TOKENS, lowercase=False,
                                              sublinear_tf=True), "heading_words"),
            ("chars", TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True,
                                      min_df=2), "chars"),
            ("parent", TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True,
                                       min_df=2), "parent"),
            ("context", TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True,
                                        min_df=2), "context"),
            ("style", CountVectorizer(token_pattern=_TOKENS, lowercase=False, binary=True), "style"),
            *((block, MaxAbsScaler(), vote_columns(block, taxonomy.axis(axis).codes))
              for block, axis in VOTE_BLOCKS),
            ("shape", "passthrough", list(SHAPE_COLUMNS)),
        ],
        transformer_weights=WEIGHTS,
    )


def build_head(seed: int, calibration: str | None = CALIBRATION, c: float = C):
    """One untrained head: logistic regression, calibrated unless `calibration` is None."""
    linear = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    if calibration is None:
        return linear
    folds = StratifiedKFold(CALIBRATION_FOLDS, shuffle=True, random_state=seed)
    return CalibratedClassifierCV(linear, method=calibration, cv=folds)


def fit_model(taxonomy: Taxonomy, frame, labels: dict[str, list[str]], seed: int,
              calibration: str | None = CALIBRATION, c: float = C) -> dict[str, Any]:
    """Features fitted on `frame`, and a head per axis fitted on its `labels`."""
    features = build_features(taxonomy)
    x = features.fit_transform(frame)
    return {"features": features,
            **{axis: build_head(seed, calibration, c).fit(x, labels[axis]) for axis in AXES}}


def transform(features: ColumnTransformer, frame) -> sparse.csr_matrix:
    """`features.transform(frame)`, the same matrix, with the text columns that items share
    (SHARED_COLUMNS: every item of a plan has its plan's context) vectorised once per
    distinct value instead of once per item."""
    weights = features.transformer_weights or {}
    blocks = []
    for name, transformer, columns in features.transformers_:
        if isinstance(transformer, str):
            if transformer == "drop":
                continue
            block: Any = sparse.csr_matrix(frame[columns].to_numpy(dtype=float))  # passthrough
        elif name in SHARED_COLUMNS:
            values, inverse = np.unique(frame[columns].to_numpy(dtype=str), return_inverse=True)
            block = transformer.transform(values)[inverse]
        else:
            block = transformer.transform(frame[columns])
        blocks.append(block * weights[name] if name in weights else block)
    return sparse.hstack(blocks).tocsr()


def predict_proba(model: dict[str, Any], frame) -> dict[str, tuple[list[str], np.ndarray]]:
    """Per axis, the head's classes and their probabilities for every row of `frame`."""
    x = transform(model["features"], frame)
    return {axis: (list(model[axis].classes_), model[axis].predict_proba(x)) for axis in AXES}


@dataclass(frozen=True)
class LoadedModel:
    """The trained parts (features and one head per axis) and the card they were saved with."""

    parts: dict[str, Any]
    card: dict


def save_model(model: dict[str, Any], card: dict, directory: Path) -> None:
    """Write the model with skops (no pickle) and its model card into `directory`."""
    import skops.io as sio

    directory.mkdir(parents=True, exist_ok=True)
    features = copy.deepcopy(model["features"])
    vocabularies = {}
    for name, transformer, _ in features.transformers_:
        if hasattr(transformer, "stop_words_"):  # pruned terms: only needed for introspection
            del transformer.stop_words_
        if hasattr(transformer, "vocabulary_"):
            vocab = transformer.vocabulary_
            vocabularies[name] = np.array(sorted(vocab, key=vocab.__getitem__), dtype=str)
            del transformer.vocabulary_
    stored = {**model, "features": features, VOCABULARIES: vocabularies}
    sio.dump(stored, directory / MODEL_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    save_card(card, directory)


def save_card(card: dict, directory: Path) -> None:
    """Write the model card beside the model file."""
    (directory / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")


# Types a planpipe model may contain beyond skops' defaults (all scikit-learn's own);
# a file holding any other type is refused.
TRUSTED_TYPES: tuple[str, ...] = (
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.model_selection._split.StratifiedKFold",
)


def _require_model(directory: Path) -> tuple[Path, Path]:
    path, card_path = directory / MODEL_FILE, directory / CARD_FILE
    if not path.exists() or not card_path.exists():
        raise ConfigError("E301", f"{directory}: no trained model ({MODEL_FILE} and {CARD_FILE}); "
                                  "run `planpipe train` or use --method rules")
    return path, card_path


def read_model_files(directory: Path | None = None) -> dict[str, bytes]:
    """The model file and its card as bytes, for a Dask worker that cannot see `directory`;
    the worker writes them to a directory of its own and loads them with `load_model`, which
    checks them there as it checks any model."""
    return {p.name: p.read_bytes() for p in _require_model(Path(directory or bundled_model_dir()))}


def load_model(directory: Path | None = None) -> LoadedModel:
    """The model in `directory` (default: the bundled one), refused unless it is safe and current."""
    import sklearn
    import skops.io as sio
    from skops.io.exceptions import UntrustedTypesFoundException

    directory = Path(directory or bundled_model_dir())
    path, card_path = _require_model(directory)
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
        built_with = card["libraries"]["scikit-learn"]
    except (ValueError, KeyError, TypeError) as err:
        raise ConfigError("E304", f"{card_path}: not a planpipe model card ({err})") from err
    if card.get("format") != MODEL_FORMAT:
        raise ConfigError("E305", f"{path}: a model saved by an earlier planpipe (format "
                                  f"{card.get('format', 1)}, this version reads {MODEL_FORMAT}; "
                                  "format 1 had one label axis): retrain with `planpipe train`")
    if built_with != sklearn.__version__:
        raise ConfigError("E302", f"{path}: built with scikit-learn {built_with}, this is "
                                  f"{sklearn.__version__}; retrain with `planpipe train`")
    # One pass: skops audits every type against its defaults and TRUSTED_TYPES while it loads,
    # and refuses the file before constructing anything when a type is not trusted.
    try:
        parts = sio.load(path, trusted=list(TRUSTED_TYPES))
    except UntrustedTypesFoundException as err:
        raise ConfigError("E303", f"{path}: refuses to load types that are not trusted ({err})") from err
    except Exception as err:  # skops raises assorted errors on damaged archives
        raise ConfigError("E304", f"{path}: not a readable skops model file ({err})") from err
    if not isinstance(parts, dict) or set(parts) != {"features", VOCABULARIES, *AXES}:
        raise ConfigError("E304", f"{path}: not a planpipe model (features, vocabularies and one "
                                  "head per axis)")
    vectorisers = parts["features"].named_transformers_
    for name, terms in parts.pop(VOCABULARIES).items():
        vectorisers[name].vocabulary_ = {term: k for k, term in enumerate(terms.tolist())}
    return LoadedModel(parts, card)
