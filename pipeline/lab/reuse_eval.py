"""Reuse evaluation: do the copies a person found fall in the same reuse cluster?

`corpus/gold/reuse.jsonl` lists groups of articles that copy one plan text; within a
group the k-th listed item of each member is the same paragraph. Recall is the share of
those copied items that land in one cluster with their counterpart(s).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from pipeline.lab.corpus import analysed_documents
from pipeline.lab.gold import GoldDocument, GoldItem
from pipeline.lab.matching import found_items, match
from pipeline.mine.mine import copy_groups, plan_heads
from pipeline.mine.reuse import ReuseItem, find_reuse
from pipeline.paths import gold_file
from pipeline.tables.rows import plan_opening


@dataclass
class ReuseReport:
    """How many copied gold items share a cluster with their copy, and how well plans that
    are copies of one text are grouped (pairs of plans in the gold's plan copy groups)."""

    copied: int
    found: int
    misses: list[str]
    clusters: list
    gold_pairs: set = field(default_factory=set)
    found_pairs: set = field(default_factory=set)

    @property
    def pair_precision(self) -> float:
        return len(self.gold_pairs & self.found_pairs) / len(self.found_pairs) if self.found_pairs else 0.0

    @property
    def pair_recall(self) -> float:
        return len(self.gold_pairs & self.found_pairs) / len(self.gold_pairs) if self.gold_pairs else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.copied if self.copied else 0.0

    def render(self, show: int = 30) -> str:
        """The report `planpipe eval reuse` prints."""
        lines = [f"reuse evaluation: {self.found} of {self.copied} copied items in a cluster with "
                 f"their copy; recall {self.recall:.3f}", f"clusters found: {len(self.clusters)}",
                 f"copy groups: {len(self.gold_pairs)} plan pairs in the gold, {len(self.found_pairs)} "
                 f"found; precision {self.pair_precision:.3f}, recall {self.pair_recall:.3f}"]
        lines += [f"  missed pair {a} ~ {b}" for a, b in sorted(self.gold_pairs - self.found_pairs)]
        lines += [f"  extra pair  {a} ~ {b}" for a, b in sorted(self.found_pairs - self.gold_pairs)]
        lines += [f"  missed {m}" for m in self.misses]
        lines.append(f"first {min(show, len(self.clusters))} clusters, for reading:")
        for k, c in enumerate(self.clusters[:show], 1):
            lines.append(f"  [{k}] {len(c.members)} items")
            lines += [f"      {s:.2f} {i.doc_id} {i.text[:50]!r}" for i, s in c.members[:4]]
        return "\n".join(lines)


def evaluate_reuse(gold_path: Path | None = None, corpus: Path | None = None) -> ReuseReport:
    """Recall of the copies listed in the reuse gold, over clusters of the whole corpus."""
    text = (gold_path or gold_file("reuse.jsonl")).read_text(encoding="utf-8")
    groups = [json.loads(line) for line in text.splitlines() if line.strip()]
    # every article: copies are searched corpus-wide
    docs = {rec: doc.structured for rec, doc in analysed_documents(corpus, None).items()}
    items: list[ReuseItem] = []
    ordinals: list[int] = []
    for rec, doc in docs.items():
        for f in found_items(doc):
            items.append(ReuseItem(f"{rec}|{f.plan.ordinal}|{f.item.ordinal}", f"{rec}|{f.plan.ordinal}",
                                   rec, doc.clean.norm[f.item.text_start:f.item.text_end]))
            ordinals.append(f.item.ordinal)
    heads, openings = plan_heads((i.item_id, i.plan_id, o, i.text) for i, o in zip(items, ordinals))
    alike: list[tuple[str, str]] = []
    clusters = find_reuse(items, alike)
    cluster_of = {i.item_id: k for k, c in enumerate(clusters) for i, _ in c.members}
    copied = found = 0
    misses = []
    for g in groups:
        ids_per_member = []
        for m in g["members"]:
            if not m["items"]:
                continue  # a copy named for its plan only: its plan pair counts, not its items
            gold = GoldDocument(m["doc"], "test", 1,
                                tuple(GoldItem(m["plan"], 0, mk, st) for mk, st in m["items"]))
            pairs, _ = match(gold, found_items(docs[m["doc"]])) if m["doc"] in docs else ([], [])
            ids_per_member.append([f"{m['doc']}|{f.plan.ordinal}|{f.item.ordinal}" if f else None
                                   for _, f in pairs])
        for position in zip(*ids_per_member):
            for k, item_id in enumerate(position):
                copied += 1
                others = [o for j, o in enumerate(position) if j != k and o]
                if item_id and any(cluster_of.get(item_id) is not None
                                   and cluster_of.get(item_id) == cluster_of.get(o) for o in others):
                    found += 1
                else:
                    misses.append(f"{g['group']}: {item_id or '(item not found)'}")
    sizes: dict[str, int] = {}
    for it in items:
        sizes[it.plan_id] = sizes.get(it.plan_id, 0) + 1
    lengths = {f"{rec}|{p.ordinal}": p.end - p.start for rec, doc in docs.items() for p in doc.plans}
    found_groups: dict[str, set[str]] = {}
    leads = {f"{rec}|{p.ordinal}": plan_opening(doc, p) for rec, doc in docs.items() for p in doc.plans}
    for plan, (group, _) in copy_groups(clusters, sizes, lengths, heads, openings, leads, alike).items():
        found_groups.setdefault(group, set()).add(plan)
    found_pairs = {pair for g in found_groups.values() for pair in combinations(sorted(g), 2)}
    gold_pairs = {pair for g in groups if g.get("copy") == "plan"
                  for pair in combinations(sorted({f"{m['doc']}|{m['plan']}" for m in g["members"]}), 2)}
    return ReuseReport(copied, found, misses, clusters, gold_pairs, found_pairs)
