"""Stage 6, mine: corpus-wide templates from the tables of a run.

1. reuse clusters of near-duplicate items (reuse.py) and the plans' copy groups,
2. phrase templates from item heading skeletons (phrases.py),
3. exemplars: section lines with typed values (exemplars.py),
4. outline patterns of plans' top-level categories (outline.py), sections and outlines per
   kind of plan,
written as `templates`, `template_members` and `outline_gaps`. Mining reads the
tables, so it runs after a whole corpus is parsed (`planpipe mine DIR` reruns it).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

import pandas as pd

from pipeline.mine.exemplars import SectionLine, mine_exemplars, pattern_tokens, section_value
from pipeline.mine.outline import PlanOutline, collapse, frequent_outlines, gaps, kind_outlines
from pipeline.mine.phrases import PhraseItem, mine_phrases
from pipeline.mine.reuse import COPY_MAX_PLANS, ReuseCluster, ReuseItem, UnionFind, find_reuse
from pipeline.mine.skeleton import skeleton
from pipeline.mine.usable import usable
from pipeline.segment import DEFAULT_BACKEND, load_segmenter

# Plans are copies when the clusters they share cover this share of the smaller one's items
# (the reuse gold's plan pairs: planpipe eval reuse prints their precision and recall).
COPY_SHARE = 0.5
# Examples a template shows, each from a different plan (copy group) and page.
MAX_EXAMPLES = 5
_VARIANT_END = re.compile(r"[\s:：]+$")


@dataclass
class MinedTables:
    """The corpus-level tables the mine stage writes, and the plans' copy groups."""

    templates: pd.DataFrame
    template_members: pd.DataFrame
    outline_gaps: pd.DataFrame
    sections: pd.DataFrame
    kind_outlines: pd.DataFrame
    order_agreement: dict[str, float]  # plan_kind -> mean Kendall's tau of plans vs the usual order
    copy_groups: dict[str, tuple[str, str]]  # plan_id -> (copy_group, canonical plan_id)


def phrase_coverage(mined: MinedTables, n_items: int) -> float:
    """Share of all items that belong to a phrase template (each used by >= 3 plans)."""
    members = mined.template_members.merge(mined.templates[["template_id", "kind"]])
    return members[members.kind == "phrase"].item_id.nunique() / n_items if n_items else 0.0


def heading_variant(heading_norm: str) -> str:
    """A section heading as its variant is counted (sections table, exemplars, the report's
    kind pages): the Simplified heading without its trailing colon or spaces."""
    return _VARIANT_END.sub("", heading_norm)


def copy_key(copies: dict[str, tuple[str, str]], plan_id: str) -> str:
    """The key a plan is counted under: its copy group, or itself when it has no copies."""
    return copies.get(plan_id, (plan_id, plan_id))[0]


def _tid(kind: str, key: str) -> str:
    return f"{kind[:3]}-{hashlib.blake2b(key.encode(), digest_size=6).hexdigest()}"


def _majority(categories: list[str | None]) -> str | None:
    counts = Counter(c for c in categories if c)
    return min(counts, key=lambda c: (-counts[c], c)) if counts else None


def mine_tables(tables, segmenter: str = DEFAULT_BACKEND) -> MinedTables:
    """Reuse clusters and copy groups, phrase templates, exemplars and outline patterns of a
    run's tables. Template counts are over distinct plans: copies of one plan count once."""
    items = tables.items.sort_values("item_id")
    category = dict(zip(tables.labels.item_id, tables.labels.category))
    role = dict(zip(tables.labels.item_id, tables.labels.role))
    templates: list[dict] = []
    members: list[dict] = []

    reuse_items = [ReuseItem(r.item_id, r.plan_id, r.doc_id, r.text_norm) for r in items.itertuples()]
    clusters = find_reuse(reuse_items)
    copies = copy_groups(clusters, items.groupby("plan_id").size().to_dict(),
                         dict(zip(tables.plans.plan_id, tables.plans.char_end - tables.plans.char_start)))

    def key(plan_id: str) -> str:
        return copy_key(copies, plan_id)

    def add(kind: str, ident: str, pattern: str, rows: list[tuple[str, str, str, float]],
            section: str | None = None, words: tuple[str, ...] | None = None) -> None:
        tid = _tid(kind, ident)
        ids = [r[0] for r in rows]
        examples = _examples(rows, key)
        templates.append({
            "template_id": tid, "kind": kind, "pattern": pattern, "section": section,
            "usable": usable(words) if words is not None else None,
            "category": _majority([category.get(i) for i in ids]),
            "role": _majority([role.get(i) for i in ids]), "n_items": len(rows),
            "n_plans": len({key(r[1]) for r in rows}), "n_docs": len({r[2] for r in rows}),
            "example_item_id": min(ids)})
        members.extend({"template_id": tid, "item_id": i, "similarity": s, "example": i in examples}
                       for i, _, _, s in rows)

    tagger = load_segmenter(segmenter)
    # Headings are skeletonised in the Simplified view (text_norm is aligned character for
    # character with text, and the heading is a prefix of text), so 開展…活動 and 开展…活动
    # fall in one template. Section headings (活动时间, 参加对象) are left to the exemplars
    # and the sections table: phrase templates are what items say they do.
    headed = items[items.heading.notna()]
    phrase_items = [PhraseItem(r.item_id, r.plan_id, r.doc_id,
                               skeleton(r.text_norm[:len(r.heading)], tagger), key(r.plan_id))
                    for r in headed[headed.section.isna()].itertuples()]
    for pattern, its in sorted(mine_phrases(phrase_items).items(), key=lambda kv: " ".join(kv[0])):
        text = " ".join(pattern)
        add("phrase", text, text, [(i.item_id, i.plan_id, i.doc_id, 1.0) for i in its], words=pattern)

    lines = []
    for r in headed[headed.section.notna()].itertuples():
        value = section_value(r.text_norm, r.heading)
        if value:
            lines.append(SectionLine(r.item_id, r.plan_id, r.doc_id, key(r.plan_id), str(r.section),
                                     heading_variant(r.heading_norm), value))
    for line_pattern, found in sorted(mine_exemplars(lines).items()):
        add("exemplar", line_pattern, line_pattern, [(i.item_id, i.plan_id, i.doc_id, 1.0) for i in found],
            section=_majority([i.section for i in found]), words=pattern_tokens(line_pattern))

    for cluster in clusters:
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
    orders = _section_orders(tables, items, copies)
    kind_rows, agreement = kind_outlines({p: (kind, secs) for p, (kind, _, secs) in orders.items()})
    # the same per activity (a sports day, a care visit), over activity plans and notices alike
    activity_rows, activity_agreement = kind_outlines(
        {p: (activity, secs) for p, (_, activity, secs) in orders.items() if activity})
    kind_rows = [{**r, "activity": None} for r in kind_rows] + \
        [{**r, "plan_kind": None, "activity": r["plan_kind"]} for r in activity_rows]
    agreement.update({f"activity {a}": tau for a, tau in activity_agreement.items()})
    return MinedTables(pd.DataFrame(templates, columns=_cols("templates")),
                       pd.DataFrame(members, columns=_cols("template_members")),
                       pd.DataFrame(gaps(outlines, codes), columns=_cols("outline_gaps")),
                       section_variants(items, copies),
                       pd.DataFrame(kind_rows, columns=_cols("kind_outlines")), agreement, copies)


def _section_orders(tables, items: pd.DataFrame, copies: dict[str, tuple[str, str]]
                    ) -> dict[str, tuple[str, str | None, list[str]]]:
    """Each distinct plan's kind, activity and top-level sections in order (first mention)."""
    kinds = dict(zip(tables.plans.plan_id, tables.plans.plan_kind.astype("string").fillna("other")))
    activity = {p: a for p, a in zip(tables.plans.plan_id, tables.plans.activity) if isinstance(a, str)}
    top = items[(items.depth == 1) & items.section.notna()].sort_values(["plan_id", "ordinal"])
    out: dict[str, tuple[str, str | None, list[str]]] = {}
    for plan_id, rows in top.groupby("plan_id", sort=True):
        key = copy_key(copies, plan_id)
        if key in out:
            continue  # a copy of a plan already counted
        out[key] = (kinds.get(plan_id, "other"), activity.get(plan_id),
                    list(dict.fromkeys(rows.section.astype(str))))
    return out


def section_variants(items: pd.DataFrame, copies: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """Each section's heading variants with the distinct plans (one per copy group) and pages
    that use them."""
    named = items[items.section.notna()]
    rows = []
    for (section, variant), group in named.groupby(
            [named.section.astype(str), named.heading_norm.map(heading_variant)]):
        plans = {copy_key(copies, p) for p in group.plan_id}
        rows.append({"section": section, "variant": variant, "n_plans": len(plans),
                     "n_docs": group.doc_id.nunique()})
    frame = pd.DataFrame(rows, columns=_cols("sections"))
    return frame.sort_values(["section", "n_plans", "variant"], ascending=[True, False, True],
                             ignore_index=True)


def copy_groups(clusters: list[ReuseCluster], items_per_plan: dict[str, int],
                length: dict[str, int]) -> dict[str, tuple[str, str]]:
    """Plans that are copies of one text: linked where the reuse clusters they share cover at
    least COPY_SHARE of the smaller plan's items; each group named by its canonical member,
    the one with the most text."""
    shared: Counter = Counter()
    for c in clusters:
        plans = sorted({i.plan_id for i, _ in c.members})
        if len(plans) > COPY_MAX_PLANS:
            continue  # boilerplate, not copying (reuse.py)
        for a, b in combinations(plans, 2):
            shared[(a, b)] += 1
    sets = UnionFind()
    for (a, b), n in shared.items():
        if n >= max(1.0, COPY_SHARE * min(items_per_plan.get(a, 1), items_per_plan.get(b, 1))):
            sets.union(a, b)
    out = {}
    for members in sets.groups(list(sets.parent)):
        if len(members) < 2:
            continue
        canonical = max(sorted(members), key=lambda p: length.get(p, 0))
        for p in members:
            out[p] = (_tid("copy", canonical), canonical)
    return out


def _examples(rows: list[tuple[str, str, str, float]], key) -> set[str]:
    """Up to MAX_EXAMPLES member items from different copy groups and pages, smallest ids
    first, so an author sees the template filled in by different sources."""
    picked: list[str] = []
    groups: set[str] = set()
    docs: set[str] = set()
    for item_id, plan_id, doc_id, _ in sorted(rows):
        if key(plan_id) not in groups and doc_id not in docs:
            picked.append(item_id)
            groups.add(key(plan_id))
            docs.add(doc_id)
            if len(picked) == MAX_EXAMPLES:
                break
    return set(picked)


def _sub_items(o: PlanOutline, seq: list[str]) -> list[str]:
    n = len(seq)
    for k in range(len(o.categories) - n + 1):
        if list(o.categories[k:k + n]) == seq:
            return list(o.item_ids[k:k + n])
    return []


def _outlines(tables, category: dict[str, str]) -> list[PlanOutline]:
    """Each plan's outline, with the kind of organisation the plans table gives it."""
    kinds = dict(zip(tables.plans.plan_id, tables.plans.org_kind.astype("string").fillna("unknown")))
    top = tables.items[tables.items.depth == 1].sort_values(["plan_id", "ordinal"])
    out = []
    for plan_id, rows in top.groupby("plan_id", sort=True):
        cats, ids = collapse([category.get(i, "?") for i in rows.item_id], list(rows.item_id))
        out.append(PlanOutline(plan_id, rows.doc_id.iloc[0], kinds.get(plan_id, "unknown"), cats, ids))
    return out


def _cols(table: str) -> list[str]:
    from pipeline.tables.schema import MINED_TABLES

    return [c.name for c in MINED_TABLES[table]]
