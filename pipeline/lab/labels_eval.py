"""Label evaluation: rules alone and the full method side by side, on one split.

A prediction counts as right when it is the gold label or one of its `also` labels (the
guide allows a second, equally right category).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from pipeline.lab.corpus import analysed_documents
from pipeline.lab.dataset import LabelledItem, labelled_items
from pipeline.process import ProcessorSettings

# Equal-width confidence bins for the reliability table and the calibration error.
CONFIDENCE_BINS = 10
# Confidence thresholds at which an analyst might keep only the surer labels.
THRESHOLDS = (0.5, 0.7, 0.9)


@dataclass
class MethodScores:
    """One method's predictions against the gold, with the figures derived from them."""

    name: str
    codes: tuple[str, ...]
    truth: list[str]  # gold label, or the `also` label the prediction chose
    pred: list[str]
    confidence: list[float]

    @property
    def accuracy(self) -> float:
        return float(np.mean([t == p for t, p in zip(self.truth, self.pred)])) if self.pred else 0.0

    def per_category(self):
        """Precision, recall, F1 and support per category."""
        return precision_recall_fscore_support(self.truth, self.pred, labels=list(self.codes),
                                               zero_division=0)

    @property
    def macro_f1(self) -> float:
        present = [c for c in self.codes if c in self.truth]
        p, r, f, _ = precision_recall_fscore_support(self.truth, self.pred, labels=present,
                                                     zero_division=0)
        return float(np.mean(f)) if present else 0.0

    def reliability(self, bins: int = CONFIDENCE_BINS) -> list[tuple[float, float, int, float, float]]:
        """(low, high, items, mean confidence, accuracy) per confidence bin that holds items."""
        conf = np.asarray(self.confidence)
        right = np.asarray([t == p for t, p in zip(self.truth, self.pred)], dtype=float)
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
        keep = [t == p for t, p, c in zip(self.truth, self.pred, self.confidence) if c >= threshold]
        return (len(keep) / len(self.pred) if self.pred else 0.0,
                float(np.mean(keep)) if keep else 0.0)


def pipeline_predictions(items: list[LabelledItem], corpus: Path | None,
                         settings: ProcessorSettings) -> list[tuple[str, float]]:
    """(category, confidence) that `planpipe run` with `settings` writes for each item."""
    docs = analysed_documents(corpus, {i.doc for i in items}, settings)
    labels = {(rec, lb.plan, lb.item): lb for rec, doc in docs.items() for lb in doc.labels}
    found = [labels[(i.doc, i.plan, i.item)] for i in items]
    return [(lb.category, lb.confidence) for lb in found]


def effective_truth(item: LabelledItem, pred: str) -> str:
    """The gold label, or its `also` label where the prediction chose that one."""
    return pred if pred in (item.gold.label, *item.gold.also) else str(item.gold.label)


def score(name: str, items: list[LabelledItem], preds: list[tuple[str, float]],
          codes: tuple[str, ...]) -> MethodScores:
    """A method's predictions scored against the gold of `items`."""
    return MethodScores(name, codes, [effective_truth(i, p) for i, (p, _) in zip(items, preds)],
                        [p for p, _ in preds], [c for _, c in preds])


def render(split: str, items: list[LabelledItem], methods: list[MethodScores], worst: int = 15) -> str:
    """The report `planpipe eval labels` prints."""
    codes = methods[0].codes
    lines = [f"label evaluation on the {split} split: {len(items)} items from "
             f"{len({i.doc for i in items})} articles (macro-F1 over the categories present)", ""]
    lines.append(f"{'':22}" + "".join(f"{m.name:>14}" for m in methods))
    lines.append(f"{'accuracy':22}" + "".join(f"{m.accuracy:>14.3f}" for m in methods))
    lines.append(f"{'macro-F1':22}" + "".join(f"{m.macro_f1:>14.3f}" for m in methods))
    lines += ["", "per category (precision / recall / F1, support):"]
    stats = [m.per_category() for m in methods]
    for k, code in enumerate(codes):
        cells = "".join(f"   {m.name}: {s[0][k]:.2f}/{s[1][k]:.2f}/{s[2][k]:.2f}"
                        for m, s in zip(methods, stats))
        lines.append(f"  {code:20} n={int(stats[0][3][k]):<4}{cells}")
    lines += ["", "confidence: calibration error (ECE) and labels kept at a threshold (share / accuracy):",
              f"{'ECE':22}" + "".join(f"{m.ece:>14.3f}" for m in methods)]
    for t in THRESHOLDS:
        lines.append(f"{'confidence >= ' + str(t):22}" + "".join(
            f"{'{:.2f} / {:.3f}'.format(*m.selective(t)):>14}" for m in methods))
    full = methods[-1]
    lines += ["", f"reliability of {full.name} (confidence bin: items, mean confidence, accuracy):"]
    lines += [f"  {lo:.1f}-{hi:.1f}: {k:>4}  {c:.3f}  {a:.3f}" for lo, hi, k, c, a in full.reliability()]
    for m in methods:
        lines += ["", f"confusion matrix, {m.name} (rows gold, columns predicted):",
                  " " * 22 + "".join(f"{c[:8]:>9}" for c in codes)]
        cm = confusion_matrix(m.truth, m.pred, labels=list(codes))
        lines += [f"  {c:20}" + "".join(f"{v:>9}" for v in row) for c, row in zip(codes, cm)]
    full = methods[-1]
    wrong = sorted((k for k, (t, p) in enumerate(zip(full.truth, full.pred)) if t != p),
                   key=lambda k: -full.confidence[k])
    lines += ["", f"worst mistakes of {full.name} (most confident first):"]
    for k in wrong[:worst]:
        it = items[k]
        lines.append(f"  {full.pred[k]:>17} ({full.confidence[k]:.2f}) gold {it.gold.label:<17} "
                     f"{it.doc}: {it.gold.marker}{it.context.heading[:40]}")
    return "\n".join(lines)


def evaluate_labels(gold: Path, corpus: Path | None, split: str, model_dir: Path | None,
                    taxonomy: Path | None) -> str:
    """Rules alone and rules + model, as `planpipe run` labels, against the gold of `split`."""
    from pipeline.classify import load_taxonomy

    items = [i for i in labelled_items(gold, corpus) if i.split == split]
    codes = load_taxonomy(taxonomy).codes
    tax = str(taxonomy) if taxonomy else None
    model = str(model_dir) if model_dir else None
    methods = [score(name, items, pipeline_predictions(items, corpus, ProcessorSettings(method, tax, model)),
                     codes)
               for name, method in (("rules", "rules"), ("rules+model", "model"))]
    return render(split, items, methods)
