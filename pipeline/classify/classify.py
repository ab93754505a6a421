"""Stage 4, classify: StructuredDocument -> ClassifiedDocument (a label for every item).

`rules`: the taxonomy's rules alone; `model`: the trained classifier (which also sees the
rule votes as features). Both record which rule fired for the chosen category.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.classify.features import feature_frame, item_contexts
from pipeline.classify.model import load_model
from pipeline.classify.rules import RuleEngine
from pipeline.classify.taxonomy import Taxonomy, load_taxonomy
from pipeline.errors import ConfigError
from pipeline.records import ClassifiedDocument, ItemLabel, StructuredDocument
from pipeline.segment import load_segmenter

METHODS = ("model", "rules", "none")


class ItemClassifier:
    """Labels items with one taxonomy and, for `model`, one trained classifier."""

    def __init__(self, method: str = "model", taxonomy: str | Path | None = None,
                 model_dir: str | Path | None = None) -> None:
        if method not in METHODS:
            raise ConfigError("E202", f"unknown method {method!r}; valid: {list(METHODS)}")
        self.method = method
        self.taxonomy: Taxonomy = load_taxonomy(taxonomy)
        self.engine = RuleEngine(self.taxonomy)
        self.model = None
        if method == "model":
            self.model = load_model(Path(model_dir) if model_dir else None)
            trained_on = tuple(self.model.card["taxonomy"]["codes"])
            if trained_on != self.taxonomy.codes:
                raise ConfigError("E202", f"the model was trained on categories {list(trained_on)}, "
                                          f"the taxonomy has {list(self.taxonomy.codes)}; "
                                          "retrain with `planpipe train --taxonomy …`")
            self.segmenter = load_segmenter(self.model.card["segmenter"])

    def __call__(self, doc: StructuredDocument) -> ClassifiedDocument:
        return self.classify_many([doc])[0]

    def classify_many(self, docs: list[StructuredDocument]) -> list[ClassifiedDocument]:
        """Label the items of many articles with one model call.

        A scikit-learn call costs tens of milliseconds whatever its size, more than the
        rest of the pipeline spends on a typical article, so large runs hand the classifier
        a chunk of articles at a time. Each item's features are its own and its plan's, so
        the labels do not depend on which articles share the chunk.
        """
        if self.method == "none":
            return [ClassifiedDocument(doc) for doc in docs]
        found = [item_contexts(doc) for doc in docs]
        flat = [entry for entries in found for entry in entries]
        votes = [self.engine.vote(c.heading, c.text) for _, _, c in flat]
        if self.model is None:
            labels = [self._rule_label(plan.ordinal, it.ordinal, v)
                      for (plan, it, _), v in zip(flat, votes)]
        elif flat:
            frame = feature_frame([c for _, _, c in flat], self.segmenter, self.engine, votes)
            proba = self.model.pipeline.predict_proba(frame)
            classes = list(self.model.pipeline.classes_)
            labels = [self._model_label(plan.ordinal, it.ordinal, v, dict(zip(classes, p)))
                      for (plan, it, _), v, p in zip(flat, votes, proba)]
        else:
            labels = []
        out, start = [], 0
        for doc, entries in zip(docs, found):
            out.append(ClassifiedDocument(doc, tuple(labels[start:start + len(entries)])))
            start += len(entries)
        return out

    def _rule_label(self, plan: int, item: int, vote) -> ItemLabel:
        best = self.engine.best(vote.scores)
        total = sum(vote.scores.values())
        scores = tuple((c, s / total if total else 0.0) for c, s in vote.scores.items())
        method = "rule" if vote.fired else "fallback"
        return ItemLabel(plan, item, best, self.engine.confidence(vote.scores), method,
                         vote.best_rule, scores)

    def _model_label(self, plan: int, item: int, vote, proba: dict[str, float]) -> ItemLabel:
        best = max(self.taxonomy.codes, key=lambda c: proba.get(c, 0.0))
        agrees = vote.fired and self.engine.best(vote.scores) == best
        return ItemLabel(plan, item, best, float(proba.get(best, 0.0)),
                         "rule+model" if agrees else "model", vote.best_rule if agrees else None,
                         tuple((c, float(proba.get(c, 0.0))) for c in self.taxonomy.codes))
