"""Hand-labelled items with what the classifier sees of them, from the gold and corpus."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipeline.classify.context import ItemContext, item_contexts
from pipeline.lab.corpus import analysed_documents
from pipeline.lab.gold import GoldItem, label_split, load_gold
from pipeline.lab.matching import found_items, match
from pipeline.paths import gold_file


@dataclass(frozen=True)
class LabelledItem:
    """A gold item the pipeline found: where it is, its gold labels, what the classifier sees."""

    doc: str
    split: str  # train / dev / test
    gold: GoldItem
    context: ItemContext
    plan: int  # the found item's plan ordinal
    item: int  # the found item's ordinal in its plan
    added: str | None = None  # when the article joined the corpus (None: the first pages)

    def gold_label(self, axis: str) -> str:
        """The gold label on `axis` ("category" or "role")."""
        return str(self.gold.label if axis == "category" else self.gold.role)

    def accepts(self, axis: str, code: str) -> bool:
        """Whether `code` is right on `axis`: the gold label, or for the category its `also`."""
        if axis == "category":
            return code == self.gold.label or code in self.gold.also
        return code == self.gold.role


def labelled_items(gold_path: Path | None = None, corpus: Path | None = None) -> list[LabelledItem]:
    """Every labelled gold item that the pipeline finds, with its context.

    Gold items the structure stage misses cannot be labelled by the pipeline, so they are
    left out here (the structure evaluation counts them).
    """
    gold = [g for g in load_gold(gold_path or gold_file("structure.jsonl")) if any(i.label for i in g.items)]
    docs = analysed_documents(corpus, {g.doc for g in gold})
    out = []
    for g in gold:
        if g.doc not in docs:
            continue
        doc = docs[g.doc].structured
        contexts = {(p.ordinal, it.ordinal): c for p, it, c in item_contexts(doc)}
        pairs, _ = match(g, found_items(doc))
        for item, f in pairs:
            if f is not None and item.label and item.role:
                out.append(LabelledItem(g.doc, label_split(g), item,
                                        contexts[(f.plan.ordinal, f.item.ordinal)],
                                        f.plan.ordinal, f.item.ordinal, g.added))
    return out


def data_digest(paths: list[Path]) -> str:
    """sha256 over the files a model was trained from (gold and corpus)."""
    h = hashlib.sha256()
    for path in sorted(paths):
        for f in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()
