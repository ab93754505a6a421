"""Score plans and items against the gold: the numbers README reports.

An item matches a gold item when it is in the same plan, has the same marker and its
text starts with the gold `start` (both compared without whitespace, NFKC). Matching
is one-to-one in reading order. Depth accuracy is measured on matched items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.clean import Cleaner
from pipeline.evaluate.gold import GoldDocument, load_gold, squash
from pipeline.ingest import read_inputs
from pipeline.run import DEFAULT_CORPUS
from pipeline.structure import StructureParser

DEFAULT_GOLD = DEFAULT_CORPUS.parent / "gold" / "structure.jsonl"


@dataclass(frozen=True)
class PredictedItem:
    plan: int
    depth: int
    marker: str
    text: str


@dataclass
class ArticleResult:
    doc: str
    gold_plans: int
    pred_plans: int
    gold_items: int = 0
    pred_items: int = 0
    matched: int = 0
    depth_ok: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class StructureReport:
    split: str
    articles: list[ArticleResult]

    def _sum(self, attr: str) -> int:
        return sum(getattr(a, attr) for a in self.articles)

    @property
    def plan_accuracy(self) -> float:
        return sum(a.gold_plans == a.pred_plans for a in self.articles) / max(len(self.articles), 1)

    @property
    def precision(self) -> float:
        return self._sum("matched") / max(self._sum("pred_items"), 1)

    @property
    def recall(self) -> float:
        return self._sum("matched") / max(self._sum("gold_items"), 1)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def depth_accuracy(self) -> float:
        return self._sum("depth_ok") / max(self._sum("matched"), 1)

    def render(self, show: int = 20) -> str:
        lines = [
            f"structure evaluation on the {self.split} split: {len(self.articles)} articles, "
            f"{self._sum('gold_items')} gold items, {self._sum('pred_items')} predicted",
            f"plan-count accuracy  {self.plan_accuracy:.3f}",
            f"item precision       {self.precision:.3f}",
            f"item recall          {self.recall:.3f}",
            f"item F1              {self.f1:.3f}",
            f"depth accuracy       {self.depth_accuracy:.3f}  (on {self._sum('matched')} matched items)",
        ]
        failing = [a for a in self.articles if a.errors]
        lines.append(f"articles with errors: {len(failing)}")
        for a in failing[:show]:
            lines.append(f"  {a.doc}: plans {a.pred_plans}/{a.gold_plans} gold, "
                         f"items {a.matched} matched of {a.gold_items} gold / {a.pred_items} predicted")
            lines += [f"    {e}" for e in a.errors[:12]]
            if len(a.errors) > 12:
                lines.append(f"    … {len(a.errors) - 12} more")
        return "\n".join(lines)


def predict(corpus: Path | None, wanted: set[str]) -> dict[str, tuple[int, list[PredictedItem]]]:
    """Plan count and items the pipeline finds in each wanted article."""
    clean, parse = Cleaner(), StructureParser()
    found = {}
    for raw in read_inputs([corpus or DEFAULT_CORPUS]):
        if raw.record not in wanted or raw.text is None:
            continue
        doc = clean(raw)
        structured = parse(doc)
        items = [
            PredictedItem(plan.ordinal, it.depth, doc.text[it.marker.start:it.marker.end],
                          doc.text[it.text_start:it.text_end])
            for plan in structured.plans for it in plan.items
        ]
        found[raw.record] = (len(structured.plans), items)
    return found


def score_article(gold: GoldDocument, pred_plans: int, pred: list[PredictedItem]) -> ArticleResult:
    result = ArticleResult(gold.doc, gold.n_plans, pred_plans, len(gold.items), len(pred))
    if gold.n_plans != pred_plans:
        result.errors.append(f"plan count {pred_plans}, gold {gold.n_plans}")
    used: set[int] = set()
    for g in gold.items:
        key_m, key_s = squash(g.marker), squash(g.start)
        hit = next((k for k, p in enumerate(pred) if k not in used and p.plan == g.plan
                    and squash(p.marker) == key_m and squash(p.text).startswith(key_s)), None)
        if hit is None:
            result.errors.append(f"missed  plan {g.plan} d{g.depth} {g.marker}{g.start}")
            continue
        used.add(hit)
        result.matched += 1
        if pred[hit].depth == g.depth:
            result.depth_ok += 1
        else:
            result.errors.append(f"depth   plan {g.plan} {g.marker}{g.start}: {pred[hit].depth}, "
                                 f"gold {g.depth}")
    for k, p in enumerate(pred):
        if k not in used:
            result.errors.append(f"extra   plan {p.plan} d{p.depth} {p.marker.strip()}{p.text[:12]}")
    return result


def evaluate_structure(gold_path: Path, corpus: Path | None, split: str = "test") -> StructureReport:
    gold = [g for g in load_gold(gold_path) if split == "all" or g.split == split]
    predicted = predict(corpus, {g.doc for g in gold})
    articles = []
    for g in gold:
        plans, items = predicted.get(g.doc, (0, []))
        result = score_article(g, plans, items)
        if g.doc not in predicted:
            result.errors.insert(0, "article not found in the corpus")
        articles.append(result)
    return StructureReport(split, articles)
