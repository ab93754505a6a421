"""Score plans and items against the gold: the numbers README reports.

Items are paired with gold items by `matching.match`; depth accuracy is measured on
matched items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.lab.corpus import analysed_documents
from pipeline.lab.gold import GoldDocument, in_page_range, load_gold
from pipeline.lab.matching import found_items, match
from pipeline.paths import gold_file
from pipeline.records import StructuredDocument


@dataclass
class ArticleResult:
    """One article's structure scored against its gold."""

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
    """Structure figures over the articles of one split."""

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
        """The report `planpipe eval structure` prints."""
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


def score_article(gold: GoldDocument, doc: StructuredDocument | None) -> ArticleResult:
    """One article's plans and items against its gold."""
    found = found_items(doc) if doc is not None else []
    n_plans = len(doc.plans) if doc is not None else 0
    result = ArticleResult(gold.doc, gold.n_plans, n_plans, len(gold.items), len(found))
    if doc is None:
        result.errors.append("article not found in the corpus")
    if gold.n_plans != n_plans:
        result.errors.append(f"plan count {n_plans}, gold {gold.n_plans}")
    pairs, extra = match(gold, found)
    for g, f in pairs:
        if f is None:
            result.errors.append(f"missed  plan {g.plan} d{g.depth} {g.marker}{g.start}")
            continue
        result.matched += 1
        if f.item.depth == g.depth:
            result.depth_ok += 1
        else:
            result.errors.append(f"depth   plan {g.plan} {g.marker}{g.start}: {f.item.depth}, gold {g.depth}")
    for f in extra:
        result.errors.append(f"extra   plan {f.plan.ordinal} d{f.item.depth} {f.marker.strip()}{f.text[:12]}")
    return result


def evaluate_structure(gold_path: Path | None = None, corpus: Path | None = None,
                       split: str = "test", pages: tuple[int, int] | None = None) -> StructureReport:
    """Plans and items of `planpipe run` against the structure gold of one split; `pages`
    keeps only the pages.jsonl records numbered in that range (a batch of added pages)."""
    gold = [g for g in load_gold(gold_path or gold_file("structure.jsonl"))
            if (split == "all" or g.split == split) and (pages is None or in_page_range(g.doc, pages))]
    analysed = analysed_documents(corpus, {g.doc for g in gold})
    return StructureReport(split, [score_article(g, analysed[g.doc].structured if g.doc in analysed else None)
                                   for g in gold])

