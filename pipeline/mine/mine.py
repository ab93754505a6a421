"""Stage 6, mine: corpus-wide templates from the tables of a run.

1. phrase templates from item heading skeletons (phrases.py),
2. reuse clusters of near-duplicate items (reuse.py),
3. outline patterns of plans' top-level categories (outline.py),
written as `templates`, `template_members` and `outline_gaps`. Mining reads the
tables, so it runs after a whole corpus is parsed (`planpipe mine DIR` reruns it).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from pipeline.mine.outline import PlanOutline, collapse, frequent_outlines, gaps
from pipeline.mine.phrases import PhraseItem, mine_phrases
from pipeline.mine.reuse import ReuseItem, find_reuse
from pipeline.mine.rules import load_kinds
from pipeline.mine.skeleton import skeleton
from pipeline.segment import DEFAULT_BACKEND, load_segmenter

KIND_TEXT_CHARS = 200  # how much of a plan's items is read to tell its kind


@dataclass
class MinedTables:
    """The corpus-level tables the mine stage writes."""

    templates: pd.DataFrame
    template_members: pd.DataFrame
    outline_gaps: pd.DataFrame


def phrase_coverage(mined: MinedTables, n_items: int) -> float:
    """Share of all items that belong to a phrase template (each used by >= 3 plans)."""
    members = mined.template_members.merge(mined.templates[["template_id", "kind"]])
    return members[members.kind == "phrase"].item_id.nunique() / n_items if n_items else 0.0


def _tid(kind: str, key: str) -> str:
    return f"{kind[:3]}-{hashlib.blake2b(key.encode(), digest_size=6).hexdigest()}"


def _majority(categories: list[str | None]) -> str | None:
    counts = Counter(c for c in categories if c)
    return min(counts, key=lambda c: (-counts[c], c)) if counts else None


def plan_kind(text: str) -> str:
    """The first kind of organisation of data/kinds.toml whose pattern matches `text`."""
    return next(k.id for k in load_kinds() if k.pattern.search(text))


def mine_tables(tables, segmenter: str = DEFAULT_BACKEND) -> MinedTables:
    """Phrase templates, reuse clusters and outline patterns of a run's tables."""
    items = tables.items.sort_values("item_id")
    category = dict(zip(tables.labels.item_id, tables.labels.category))
    templates: list[dict] = []
    members: list[dict] = []

    def add(kind: str, key: str, pattern: str, rows: list[tuple[str, str, str, float]]) -> None:
        tid = _tid(kind, key)
        ids = [r[0] for r in rows]
        templates.append({
            "template_id": tid, "kind": kind, "pattern": pattern,
            "category": _majority([category.get(i) for i in ids]), "n_items": len(rows),
            "n_plans": len({r[1] for r in rows}), "n_docs": len({r[2] for r in rows}),
            "example_item_id": min(ids)})
        members.extend({"template_id": tid, "item_id": i, "similarity": s} for i, _, _, s in rows)

    tagger = load_segmenter(segmenter)
    # Headings are skeletonised in the Simplified view (text_norm is aligned character for
    # character with text, and the heading is a prefix of text), so 開展…活動 and 开展…活动
    # fall in one template.
    phrase_items = [PhraseItem(r.item_id, r.plan_id, r.doc_id,
                               skeleton(r.text_norm[:len(r.heading)], tagger))
                    for r in items.itertuples() if isinstance(r.heading, str)]
    for pattern, its in sorted(mine_phrases(phrase_items).items(), key=lambda kv: " ".join(kv[0])):
        text = " ".join(pattern)
        add("phrase", text, text, [(i.item_id, i.plan_id, i.doc_id, 1.0) for i in its])

    reuse_items = [ReuseItem(r.item_id, r.plan_id, r.doc_id, r.text_norm) for r in items.itertuples()]
    for cluster in find_reuse(reuse_items):
        first = cluster.members[0][0]
        add("reuse", first.item_id, first.text[:40],
            [(i.item_id, i.plan_id, i.doc_id, s) for i, s in cluster.members])

    outlines = _outlines(tables, category)
    for outline, plans, whole in frequent_outlines(outlines):
        seq = outline.split(" > ")
        rows = []
        for o in plans:
            picked = list(o.item_ids) if whole else _sub_items(o, seq)
            rows += [(i, o.plan_id, o.doc_id, 1.0) for i in picked]
        add("outline", ("whole " if whole else "part ") + outline,
            outline if whole else f"… {outline} …", rows)

    codes = tuple(sorted(set(category.values())))
    return MinedTables(pd.DataFrame(templates, columns=_cols("templates")),
                       pd.DataFrame(members, columns=_cols("template_members")),
                       pd.DataFrame(gaps(outlines, codes), columns=_cols("outline_gaps")))


def _sub_items(o: PlanOutline, seq: list[str]) -> list[str]:
    n = len(seq)
    for k in range(len(o.categories) - n + 1):
        if list(o.categories[k:k + n]) == seq:
            return list(o.item_ids[k:k + n])
    return []


def _outlines(tables, category: dict[str, str]) -> list[PlanOutline]:
    docs = dict(zip(tables.documents.doc_id, tables.documents.title.fillna("")))
    titles = dict(zip(tables.plans.plan_id, tables.plans.title.fillna("")))
    top = tables.items[tables.items.depth == 1].sort_values(["plan_id", "ordinal"])
    out = []
    for plan_id, rows in top.groupby("plan_id", sort=True):
        doc_id = rows.doc_id.iloc[0]
        head = " ".join(rows.text_norm.fillna(""))[:KIND_TEXT_CHARS]
        cats, ids = collapse([category.get(i, "?") for i in rows.item_id], list(rows.item_id))
        kind = plan_kind(f"{titles.get(plan_id, '')} {docs.get(doc_id, '')} {head}")
        out.append(PlanOutline(plan_id, doc_id, kind, cats, ids))
    return out


def _cols(table: str) -> list[str]:
    from pipeline.tables.schema import MINED_TABLES

    return [c.name for c in MINED_TABLES[table]]
