"""Stage 4, classify: StructuredDocument -> ClassifiedDocument (two labels for every item).

`rules`: the taxonomy's rules and the guide's inheritance alone; `model`: the trained
classifier (which also sees the rule votes as features). Both record which rule decided.
Training and evaluation (pipeline/lab) label through this class, so their figures are
the labels a run writes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pipeline.classify.context import ItemContext, item_contexts
from pipeline.classify.features import feature_frame
from pipeline.classify.model import LoadedModel, load_model, predict_proba
from pipeline.classify.plan_fields import PlanDescriber
from pipeline.classify.rules import RuleEngine, RuleLabel
from pipeline.classify.sections import load_sections
from pipeline.classify.taxonomy import AXES, Taxonomy, load_taxonomy
from pipeline.errors import ConfigError
from pipeline.records import AxisLabel, ClassifiedDocument, ItemLabel, StructuredDocument
from pipeline.segment import load_segmenter

METHODS = ("model", "rules", "none")


class ItemClassifier:
    """Labels items with one taxonomy and, for `model`, one trained classifier.

    `model` may be given in memory (the lab scores a model it has just fitted); otherwise
    the one in `model_dir` (default: the bundled one) is loaded, with its safety checks.
    """

    def __init__(self, method: str = "model", taxonomy: str | Path | Taxonomy | None = None,
                 model_dir: str | Path | None = None, model: LoadedModel | None = None) -> None:
        if method not in METHODS:
            raise ConfigError("E202", f"unknown method {method!r}; valid: {list(METHODS)}")
        self.method = method
        self.describe = PlanDescriber()
        self.sections = load_sections()
        self.taxonomy = taxonomy if isinstance(taxonomy, Taxonomy) else load_taxonomy(taxonomy)
        self.engine = RuleEngine(self.taxonomy)
        self.model: LoadedModel | None = None
        if method == "model":
            self.model = model or load_model(Path(model_dir) if model_dir else None)
            for axis in AXES:
                trained_on = tuple(self.model.card["taxonomy"][axis])
                if trained_on != self.taxonomy.axis(axis).codes:
                    raise ConfigError("E202", f"the model was trained on {axis} labels {list(trained_on)}, "
                                              f"the taxonomy has {list(self.taxonomy.axis(axis).codes)}; "
                                              "retrain with `planpipe train --taxonomy …`")
            self.segmenter = load_segmenter(self.model.card["segmenter"])

    def __call__(self, doc: StructuredDocument) -> ClassifiedDocument:
        """Both labels for every item of one article."""
        return self.classify_many([doc])[0]

    def classify_many(self, docs: list[StructuredDocument]) -> list[ClassifiedDocument]:
        """Label the items of many articles with one model call.

        A scikit-learn call costs tens of milliseconds whatever its size, more than the
        rest of the pipeline spends on a typical article, so large runs hand the classifier
        a chunk of articles at a time. Each item's features are its own and its plan's, so
        the labels do not depend on which articles share the chunk.
        """
        if self.method == "none":
            return [ClassifiedDocument(doc, plans=self.describe(doc), sections=self.section_headings(doc))
                    for doc in docs]
        found = [item_contexts(doc) for doc in docs]
        flat = [entry for entries in found for entry in entries]
        contexts = [c for _, _, c in flat]
        labels = self.label_contexts(contexts)
        out, start = [], 0
        for doc, entries in zip(docs, found):
            out.append(ClassifiedDocument(doc, tuple(
                ItemLabel(plan.ordinal, it.ordinal, *labels[start + k])
                for k, (plan, it, _) in enumerate(entries)), self.describe(doc), self.section_headings(doc)))
            start += len(entries)
        return out

    def section_headings(self, doc: StructuredDocument) -> tuple[tuple[int, int, str], ...]:
        """(plan, item, section) for every item whose heading names a plan section."""
        norm = doc.clean.norm
        found = ((p.ordinal, it.ordinal, self.sections.section(norm[it.text_start:it.heading_end], it.depth))
                 for p in doc.plans for it in p.items)
        return tuple((p, i, s) for p, i, s in found if s is not None)

    def label_contexts(self, contexts: list[ItemContext]) -> list[tuple[AxisLabel, AxisLabel]]:
        """(category, role) for each item context, by this classifier's method."""
        ruled = [(self.engine.category(c), self.engine.role(c)) for c in contexts]
        if self.model is None or not contexts:
            return [(_from_rules(cat), _from_rules(role)) for cat, role in ruled]
        frame = feature_frame(contexts, self.segmenter, self.engine, [cat for cat, _ in ruled])
        proba = predict_proba(self.model.parts, frame)
        category, role = (self._model_labels(axis, [r[n] for r in ruled], proba[axis])
                          for n, axis in enumerate(AXES))
        return list(zip(category, role))

    def _model_labels(self, axis: str, ruled: list[RuleLabel],
                      proba: tuple[list[str], np.ndarray]) -> list[AxisLabel]:
        """The model's label of every row on one axis, its probabilities in taxonomy order
        (a label the head never saw scores 0; file order breaks ties)."""
        classes, p = proba
        codes = self.taxonomy.axis(axis).codes
        column = {c: k for k, c in enumerate(classes)}
        scores = np.zeros((p.shape[0], len(codes)))
        for k, code in enumerate(codes):
            if code in column:
                scores[:, k] = p[:, column[code]]
        out = []
        for rule, row, best in zip(ruled, scores.tolist(), scores.argmax(axis=1).tolist()):
            agrees = rule.method != "fallback" and rule.code == codes[best]
            out.append(AxisLabel(codes[best], row[best], "rule+model" if agrees else "model",
                                 rule.rule if agrees else None, tuple(zip(codes, row))))
        return out


def _from_rules(label: RuleLabel) -> AxisLabel:
    return AxisLabel(label.code, label.confidence, label.method, label.rule, label.scores)
