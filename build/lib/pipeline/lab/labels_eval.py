"""Label evaluation on both axes: rules alone, rules + model, and people, side by side.

Predictions come from the `ItemClassifier` a run uses (`label_contexts`, the method
`classify_many` calls), so the figures are those of the labels `planpipe run` writes. A
category counts as right when it is the gold label or its `also` label (the guide allows a
second, equally right category). Beside the model stands a blind second reading of gold
items by another annotator (`corpus/gold/second_reading.jsonl`): how far people agree is
how far a model can be expected to go.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import cohen_kappa_score, confusion_matrix, precision_recall_fscore_support

from pipeline.classify import ItemClassifier
from pipeline.classify.taxonomy import AXES
from pipeline.lab.dataset import LabelledItem, labelled_items
from pipeline.lab.gold import load_gold, squash
from pipeline.paths import gold_file
from pipeline.records import AxisLabel

# Equal-width confidence bins for the reliability table and the calibration error.
CONFIDENCE_BINS = 10
# Confidence thresholds at which an analyst might keep only the surer labels.
THRESHOLDS = (0.5, 0.7, 0.9)
FIRST_PAGES = "first pages"


@dataclass
class AxisScores:
    """One method's labels on one axis against the gold, with the figures derived from them."""

    method: str
    axis: str
    codes: tuple[str, ...]
    truth: list[str]  # gold label, or the `also` label the prediction chose
    pred: list[str]
    confidence: list[float]

    @property
    def right(self) -> np.ndarray:
        return np.asarray([t == p for t, p in zip(self.truth, self.pred)], dtype=bool)

    @property
    def accuracy(self) -> float:
        return float(self.right.mean()) if self.pred else 0.0

    @property
    def macro_f1(self) -> float:
        present = [c for c in self.codes if c in self.truth]
        if not present:
            return 0.0
        _, _, f, _ = precision_recall_fscore_support(self.truth, self.pred, labels=present, zero_division=0)
        return float(np.mean(f))

    @property
    def kappa(self) -> float:
        if len(set(self.truth) | set(self.pred)) < 2:
            return 1.0
        return float(cohen_kappa_score(self.truth, self.pred))

    def per_label(self):
        """Precision, recall, F1 and support per label."""
        return precision_recall_fscore_support(self.truth, self.pred, labels=list(self.codes),
                                               zero_division=0)

    def reliability(self, bins: int = CONFIDENCE_BINS) -> list[tuple[float, float, int, float, float]]:
        """(low, high, items, mean confidence, accuracy) per confidence bin that holds items."""
        conf = np.asarray(self.confidence)
        right = self.right.astype(float)
        edges = np.linspace(0.0, 1.0, bins + 1)
        which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
        return [(float(edges[b]), float(edges[b + 1]), int((which == b).sum()),
                 float(conf[which == b].mean()), float(right[which == b].mean()))
                for b in range(bins) if (which == b).any()]

    @property
    def ece(self) -> float:
        """Expected calibration error: how far stated confidence is from accuracy, weighted
        by items per bin. 0 means an item given 0.8 is right 80 % of the time."""
        n = len(self.pred)
        return sum(k / n * abs(c - a) for _, _, k, c, a in self.reliability()) if n else 0.0

    def selective(self, threshold: float) -> tuple[float, float]:
        """(share of items, accuracy) of the items labelled with confidence ≥ `threshold`."""
        keep = [r for r, c in zip(self.right, self.confidence) if c >= threshold]
        return (len(keep) / len(self.pred) if self.pred else 0.0,
                float(np.mean(keep)) if keep else 0.0)


def score_axis(method: str, axis: str, items: list[LabelledItem], preds: list[tuple[str, float]],
               codes: tuple[str, ...]) -> AxisScores:
    """A method's labels on `axis` scored against the gold of `items`."""
    truth = [p if it.accepts(axis, p) else it.gold_label(axis) for it, (p, _) in zip(items, preds)]
    return AxisScores(method, axis, codes, truth, [p for p, _ in preds], [c for _, c in preds])


def both_right(category: AxisScores, role: AxisScores) -> float:
    """Share of items right on both axes."""
    return float((category.right & role.right).mean()) if category.pred else 0.0


def predictions(items: list[LabelledItem], classifier: ItemClassifier) -> dict[str, list[tuple[str, float]]]:
    """Per axis, (label, confidence) that `classifier` gives each item, as a run labels it."""
    labels: list[tuple[AxisLabel, AxisLabel]] = classifier.label_contexts([i.context for i in items])
    return {axis: [(pair[n].code, pair[n].confidence) for pair in labels] for n, axis in enumerate(AXES)}


def scores_of(method: str, items: list[LabelledItem], classifier: ItemClassifier) -> dict[str, AxisScores]:
    """Both axes of one classifier scored on `items`."""
    preds = predictions(items, classifier)
    return {axis: score_axis(method, axis, items, preds[axis], classifier.taxonomy.axis(axis).codes)
            for axis in AXES}


@dataclass
class HumanAgreement:
    """A blind second reading of gold items, scored against the gold like a method."""

    items: int
    articles: int
    scores: dict[str, AxisScores]


def human_agreement(codes: dict[str, tuple[str, ...]], gold_path: Path | None = None,
                    reading_path: Path | None = None) -> HumanAgreement:
    """The second reader's labels against the gold labels of the same items (all splits)."""
    gold = {g.doc: g for g in load_gold(gold_path or gold_file("structure.jsonl"))}
    path = reading_path or gold_file("second_reading.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    truth: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        same = [it for it in gold[r["doc"]].items
                if (it.plan, squash(it.marker), squash(it.start)) == (r["plan"], squash(r["marker"]),
                                                                      squash(r["start"]))]
        it = same[r.get("occurrence", 1) - 1]
        accepted = {"category": {it.label, *it.also}, "role": {it.role}}
        for axis, given in (("category", r["label"]), ("role", r["role"])):
            truth[axis].append(given if given in accepted[axis] else str(it.label if axis == "category"
                                                                        else it.role))
            pred[axis].append(given)
    scores = {axis: AxisScores("second reader", axis, codes[axis], truth[axis], pred[axis],
                               [1.0] * len(pred[axis])) for axis in AXES}
    return HumanAgreement(len(rows), len({r["doc"] for r in rows}), scores)


@dataclass
class LabelReport:
    """Everything `planpipe eval labels` prints for one split."""

    split: str
    items: list[LabelledItem]
    methods: dict[str, dict[str, AxisScores]]  # method -> axis -> scores, in print order
    human: HumanAgreement | None

    def group(self, name: str, keep: np.ndarray) -> dict[str, dict[str, AxisScores]]:
        """The scores of the items where `keep` is true."""
        out = {}
        for method, axes in self.methods.items():
            out[method] = {axis: AxisScores(s.method, axis, s.codes,
                                            [t for t, k in zip(s.truth, keep) if k],
                                            [p for p, k in zip(s.pred, keep) if k],
                                            [c for c, k in zip(s.confidence, keep) if k])
                           for axis, s in axes.items()}
        return out

    def render(self, worst: int = 15) -> str:
        """The report `planpipe eval labels` prints."""
        lines = [f"label evaluation on the {self.split} split: {len(self.items)} items from "
                 f"{len({i.doc for i in self.items})} articles (macro-F1 over the labels present)"]
        cohorts = sorted({i.added or FIRST_PAGES for i in self.items}, key=lambda c: (c != FIRST_PAGES, c))
        groups = [("all", np.ones(len(self.items), dtype=bool))]
        if len(cohorts) > 1:
            groups += [(c if c == FIRST_PAGES else f"pages added {c}",
                        np.asarray([(i.added or FIRST_PAGES) == c for i in self.items])) for c in cohorts]
        for name, keep in groups:
            part = self.group(name, keep)
            n = int(keep.sum())
            articles = len({i.doc for i, k in zip(self.items, keep) if k})
            lines += ["", f"{name} ({n} items, {articles} articles):"]
            lines += _table(part, self.human if name == "all" else None)
        model = list(self.methods)[-1]
        for axis in AXES:
            s = self.methods[model][axis]
            p, r, f, support = s.per_label()
            lines += ["", f"{axis}, {model}, per label (precision / recall / F1, support):"]
            lines += [f"  {c:20} {p[k]:.2f} / {r[k]:.2f} / {f[k]:.2f}  n={int(support[k])}"
                      for k, c in enumerate(s.codes)]
            lines += [f"  calibration error (ECE) {s.ece:.3f}; kept at a confidence threshold "
                      "(share of items / accuracy): " + ", ".join(
                          f">= {t}: {sh:.2f} / {acc:.3f}"
                          for t in THRESHOLDS for sh, acc in [s.selective(t)])]
            lines += [f"  reliability {lo:.1f}-{hi:.1f}: {k:>4} items, confidence {c:.3f}, accuracy {a:.3f}"
                      for lo, hi, k, c, a in s.reliability()]
            cm = confusion_matrix(s.truth, s.pred, labels=list(s.codes))
            lines += ["  confusion (rows gold, columns predicted): " + " ".join(c[:9] for c in s.codes)]
            lines += [f"  {c:20}" + "".join(f"{v:>8}" for v in row) for c, row in zip(s.codes, cm)]
        cat, role = self.methods[model]["category"], self.methods[model]["role"]
        wrong = sorted((k for k in range(len(self.items)) if not (cat.right[k] and role.right[k])),
                       key=lambda k: -(cat.confidence[k] + role.confidence[k]))
        lines += ["", f"worst mistakes of {model} (most confident first; predicted -> gold):"]
        for k in wrong[:worst]:
            it = self.items[k]
            lines.append(f"  {cat.pred[k]}/{role.pred[k]} -> {it.gold.label}/{it.gold.role}  "
                         f"{it.doc}: {it.gold.marker}{it.context.heading[:36]}")
        return "\n".join(lines)


def _table(methods: dict[str, dict[str, AxisScores]], human: HumanAgreement | None) -> list[str]:
    columns = [(m, axes) for m, axes in methods.items()]
    if human is not None:
        columns.append((f"people ({human.items} items)", human.scores))
    out = [f"  {'':26}" + "".join(f"{name:>22}" for name, _ in columns)]
    for axis in AXES:
        for metric in ("accuracy", "macro_f1", "kappa"):
            out.append(f"  {axis + ' ' + metric.replace('_', '-'):26}"
                       + "".join(f"{getattr(axes[axis], metric):>22.3f}" for _, axes in columns))
    out.append(f"  {'both axes right':26}" + "".join(
        f"{both_right(axes['category'], axes['role']):>22.3f}" for _, axes in columns))
    return out


def evaluate_labels(gold: Path | None = None, corpus: Path | None = None, split: str = "test",
                    model_dir: Path | None = None, taxonomy: Path | None = None) -> LabelReport:
    """Rules alone and rules + model, as `planpipe run` labels, against the gold of `split`,
    with the people's agreement beside them."""
    items = [i for i in labelled_items(gold, corpus) if i.split == split]
    rules = ItemClassifier("rules", taxonomy)
    model = ItemClassifier("model", taxonomy, model_dir)
    methods = {"rules": scores_of("rules", items, rules),
               "rules+model": scores_of("rules+model", items, model)}
    codes = {axis: rules.taxonomy.axis(axis).codes for axis in AXES}
    human = human_agreement(codes, gold) if gold is None or gold == gold_file("structure.jsonl") else None
    return LabelReport(split, items, methods, human)
