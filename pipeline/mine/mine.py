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
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain, combinations, groupby
from operator import itemgetter

import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline.mine.examples import pick_examples, unreadable_items
from pipeline.mine.exemplars import SectionLine, mine_exemplars, pattern_tokens, section_value
from pipeline.mine.outline import PlanOutline, collapse, frequent_outlines, gaps, kind_outlines
from pipeline.mine.phrases import PhraseItem, mine_phrases
from pipeline.mine.reuse import (
    COPY_MAX_PLANS,
    ReuseCluster,
    ReuseItem,
    UnionFind,
    alike_openings,
    cut_after_opening,
    cut_short_copies,
    find_reuse,
    guiding_texts_differ,
    strip_openings,
)
from pipeline.mine.skeleton import skeleton
from pipeline.mine.usable import gap_fillers, usable
from pipeline.segment import DEFAULT_BACKEND, load_segmenter

# Plans are copies when the clusters they share cover this share of the smaller one's items
# (the reuse gold's plan pairs: planpipe eval reuse prints their precision and recall).
COPY_SHARE = 0.5
# A copy begins like its original: one of the smaller plan's first this many items, with at
# least COPY_HEAD_MIN_CHARS characters of text (more than a bare heading), is shared.
COPY_HEAD_ITEMS = 3
COPY_HEAD_MIN_CHARS = 6
# Pairs of plans gathered from copy clusters before they are summed (48 bytes a pair).
PAIR_CHUNK = 1 << 20
_VARIANT_END = re.compile(r"[\s:：]+$")
# The columns the mine stage reads (`load_tables(out, columns=READS)`): a million items'
# original text and label scores are not needed, and would not fit in memory beside them.
READS = {
    "items": ["item_id", "plan_id", "doc_id", "depth", "ordinal", "heading", "heading_norm", "section",
              "text_norm"],
    "plans": ["plan_id", "char_start", "char_end", "opening_norm", "org_kind", "plan_kind", "activity"],
    "labels": ["item_id", "category", "role"],
}


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
    return mine_columns(item_columns(tables.items, tables.labels), tables.plans, segmenter)


def mine_columns(cols: ItemColumns, plan_table: pd.DataFrame,
                 segmenter: str = DEFAULT_BACKEND) -> MinedTables:
    """`mine_tables` on the item columns (`item_columns`) and the plans table: `planpipe mine`
    frees the items table before mining a million items."""
    category = {i: c for i, c in zip(cols.item_id, cols.category) if c is not None}
    role = {i: r for i, r in zip(cols.item_id, cols.role) if r is not None}
    templates: list[dict] = []
    # template_members as columns: a million items' rows as dicts would take gigabytes
    members: dict[str, list] = {"template_id": [], "item_id": [], "similarity": [], "example": []}

    alike: list[tuple[str, str]] = []
    clusters = find_reuse((ReuseItem(*row) for row in zip(cols.item_id, cols.plan_id, cols.doc_id,
                                                          cols.text_norm)), alike)
    heads, openings = plan_heads(zip(cols.item_id, cols.plan_id, cols.ordinal, cols.text_norm))
    copies = copy_groups(clusters, Counter(cols.plan_id),
                         dict(zip(plan_table.plan_id, plan_table.char_end - plan_table.char_start)),
                         heads, openings, dict(zip(plan_table.plan_id, plan_table.opening_norm)), alike)

    unreadable = unreadable_items(zip(cols.item_id, cols.doc_id, cols.text_norm))

    def key(plan_id: str) -> str:
        return copy_key(copies, plan_id)

    def add(kind: str, ident: str, pattern: str, rows: list[tuple[str, str, str, float]],
            section: str | None = None, words: tuple[str, ...] | None = None,
            fillers: list[tuple[tuple[str, str], ...]] | None = None) -> None:
        tid = _tid(kind, ident)
        ids = [r[0] for r in rows]
        examples = pick_examples(rows, key, unreadable)
        templates.append({
            "template_id": tid, "kind": kind, "pattern": pattern, "section": section,
            "usable": usable(words, fillers or ()) if words is not None else None,
            "category": _majority([category.get(i) for i in ids]),
            "role": _majority([role.get(i) for i in ids]), "n_items": len(rows),
            "n_plans": len({key(r[1]) for r in rows}), "n_docs": len({r[2] for r in rows}),
            "example_item_id": min(ids)})
        members["template_id"].extend([tid] * len(rows))
        members["item_id"].extend(r[0] for r in rows)
        members["similarity"].extend(r[3] for r in rows)
        members["example"].extend(r[0] in examples for r in rows)

    tagger = load_segmenter(segmenter)
    # Headings are skeletonised in the Simplified view (text_norm is aligned character for
    # character with text, and the heading is a prefix of text), so 開展…活動 and 开展…活动
    # fall in one template. Section headings (活动时间, 参加对象) are left to the exemplars
    # and the sections table: phrase templates are what items say they do.
    phrase_items, lines = [], []
    top: list[tuple[str, int, str, str, str | None]] = []  # depth-1 items: plan, ordinal, item, page, section
    headings: list[tuple[str, str, str, str]] = []  # section headings: section, heading, plan, page
    for item_id, plan_id, doc_id, text, n, section, heading_norm, depth, ordinal in zip(
            cols.item_id, cols.plan_id, cols.doc_id, cols.text_norm, cols.heading_len, cols.section,
            cols.heading_norm, cols.depth, cols.ordinal):
        if depth == 1:
            top.append((plan_id, ordinal, item_id, doc_id, section))
        if section is not None and heading_norm is not None:
            headings.append((section, heading_norm, plan_id, doc_id))
        if n < 0:
            continue  # no heading
        if section is None:
            phrase_items.append(PhraseItem(item_id, plan_id, doc_id, skeleton(text[:n], tagger),
                                           key(plan_id)))
            continue
        value = section_value(text, text[:n])
        if value:
            lines.append(SectionLine(item_id, plan_id, doc_id, key(plan_id), section,
                                     heading_variant(heading_norm), value))
    del cols
    top.sort()
    for pattern, its in sorted(mine_phrases(phrase_items).items(), key=lambda kv: " ".join(kv[0])):
        text = " ".join(pattern)
        add("phrase", text, text, [(i.item_id, i.plan_id, i.doc_id, 1.0) for i in its], words=pattern,
            fillers=gap_fillers(pattern, [i.skeleton for i in its]))
    del phrase_items
    for line_pattern, found in sorted(mine_exemplars(lines).items()):
        add("exemplar", line_pattern, line_pattern, [(i.item_id, i.plan_id, i.doc_id, 1.0) for i in found],
            section=_majority([i.section for i in found]), words=pattern_tokens(line_pattern))

    for cluster in clusters:
        first = cluster.members[0][0]
        add("reuse", first.item_id, first.text[:40],
            [(i.item_id, i.plan_id, i.doc_id, s) for i, s in cluster.members])

    outlines = _outlines(top, plan_table, category)
    for outline, plans, whole in frequent_outlines(outlines):
        seq = outline.split(" > ")
        rows = []
        for o in plans:
            picked = list(o.item_ids) if whole else _sub_items(o, seq)
            rows += [(i, o.plan_id, o.doc_id, 1.0) for i in picked]
        add("outline", ("whole " if whole else "part ") + outline,
            outline if whole else f"… {outline} …", rows)

    codes = tuple(sorted(set(category.values())))
    orders = _section_orders(top, plan_table, copies)
    kind_rows, agreement = kind_outlines({p: (kind, secs) for p, (kind, _, secs) in orders.items()})
    # the same per activity (a sports day, a care visit), over activity plans and notices alike
    activity_rows, activity_agreement = kind_outlines(
        {p: (activity, secs) for p, (_, activity, secs) in orders.items() if activity})
    kind_rows = [{**r, "activity": None} for r in kind_rows] + \
        [{**r, "plan_kind": None, "activity": r["plan_kind"]} for r in activity_rows]
    agreement.update({f"activity {a}": tau for a, tau in activity_agreement.items()})
    return MinedTables(pd.DataFrame(templates, columns=_cols("templates")),
                       _members_frame(members),
                       pd.DataFrame(gaps(outlines, codes), columns=_cols("outline_gaps")),
                       section_variants(headings, copies),
                       pd.DataFrame(kind_rows, columns=_cols("kind_outlines")), agreement, copies)


@dataclass
class ItemColumns:
    """The item columns mining walks, as lists in item_id order. Ids repeated over a plan's
    or a page's items are one shared str, not one per item."""

    item_id: list[str]
    plan_id: list[str]
    doc_id: list[str]
    text_norm: list[str]
    heading_len: list[int]  # -1 for an item without a heading
    depth: list[int]
    ordinal: list[int]
    section: list[str | None]
    heading_norm: list[str | None]  # only for items with a section
    category: list[str | None]  # the item's labels (None when it has none)
    role: list[str | None]


def item_columns(frame: pd.DataFrame, labels: pd.DataFrame) -> ItemColumns:
    """The items table and its labels as the lists mining walks (see ItemColumns)."""
    order = frame.item_id.argsort().to_numpy()
    labelled = frame[["item_id"]].merge(labels[["item_id", "category", "role"]], on="item_id", how="left")

    def shared(column: pd.Series) -> list:
        codes, uniques = pd.factorize(column.take(order))
        values = [*uniques.tolist(), None]  # code -1 (missing) reads the trailing None
        return [values[c] for c in codes]

    columns = ItemColumns(
        frame.item_id.take(order).tolist(), shared(frame.plan_id), shared(frame.doc_id),
        frame.text_norm.take(order).tolist(),
        frame.heading.str.len().take(order).fillna(-1).astype(int).tolist(),
        frame.depth.take(order).tolist(), frame.ordinal.take(order).tolist(),
        shared(frame.section.astype("string")),
        shared(frame.heading_norm.where(frame.section.notna())),
        shared(labelled.category.astype("string")), shared(labelled.role.astype("string")))
    pa.default_memory_pool().release_unused()  # the sorted copies' Arrow buffers
    return columns


def _section_orders(top: list[tuple[str, int, str, str, str | None]], plans: pd.DataFrame,
                    copies: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str | None, list[str]]]:
    """Each distinct plan's kind, activity and top-level sections in order (first mention),
    from the plans' depth-1 items sorted by plan and ordinal."""
    kinds = dict(zip(plans.plan_id, plans.plan_kind.astype("string").fillna("other")))
    activity = {p: a for p, a in zip(plans.plan_id, plans.activity) if isinstance(a, str)}
    out: dict[str, tuple[str, str | None, list[str]]] = {}
    for plan_id, rows in groupby((t for t in top if t[4] is not None), key=itemgetter(0)):
        key = copy_key(copies, plan_id)
        if key in out:
            continue  # a copy of a plan already counted
        out[key] = (kinds.get(plan_id, "other"), activity.get(plan_id),
                    list(dict.fromkeys(str(t[4]) for t in rows)))
    return out


def section_variants(headings: Iterable[tuple[str, str, str, str]],
                     copies: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """Each section's heading variants with the distinct plans (one per copy group) and pages
    that use them, from (section, heading_norm, plan_id, doc_id) of the section headings."""
    plans: dict[tuple[str, str], set[str]] = defaultdict(set)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for section, heading, plan_id, doc_id in headings:
        variant = (section, heading_variant(heading))
        plans[variant].add(copy_key(copies, plan_id))
        docs[variant].add(doc_id)
    rows = [{"section": section, "variant": variant, "n_plans": len(plans[(section, variant)]),
             "n_docs": len(docs[(section, variant)])} for section, variant in plans]
    frame = pd.DataFrame(rows, columns=_cols("sections"))
    return frame.sort_values(["section", "n_plans", "variant"], ascending=[True, False, True],
                             ignore_index=True)


def plan_heads(rows: Iterable[tuple[str, str, int, str]]) -> tuple[set[str], dict[str, tuple[str, ...]]]:
    """From (item_id, plan_id, ordinal, text) rows: the ids of each plan's first
    COPY_HEAD_ITEMS items, and those items' texts in order per plan (what `copy_groups`
    reads as `heads` and `openings`)."""
    heads: set[str] = set()
    first: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for item_id, plan_id, ordinal, text in rows:
        if ordinal <= COPY_HEAD_ITEMS:
            heads.add(item_id)
            first[plan_id].append((ordinal, text))
    return heads, {p: tuple(t for _, t in sorted(texts)) for p, texts in first.items()}


def copy_groups(clusters: list[ReuseCluster], items_per_plan: dict[str, int],
                length: dict[str, int], heads: set[str],
                openings: dict[str, tuple[str, ...]] | None = None,
                leads: dict[str, str] | None = None,
                alike: Iterable[tuple[str, str]] = ()) -> dict[str, tuple[str, str]]:
    """Plans that are copies of one text: linked where the reuse clusters they share cover at
    least COPY_SHARE of the smaller plan's items and one of them holds an item of the smaller
    plan's `heads` (its first COPY_HEAD_ITEMS items) longer than a bare heading: a copy, whole
    or cut short, begins like its original, while a plan that only ends with another's passage
    ("…送清凉…" then a pasted 比赛规程) is none; and where both plans open with paragraphs of
    their own, those agree (`guiding_texts_differ`: variants of one template sharing its stock
    goal lists under different guiding ideas are no copies). A fragment joins one plan only
    (`_fragments_joined_once`). A plan cut after its first few short items is linked by their
    words (`cut_short_copies` on `openings`, each plan's first COPY_HEAD_ITEMS item texts), one
    cut inside or after its opening by that and its `leads` text (`cut_after_opening`). Plans
    whose whole texts are alike (`alike`, pairs `find_reuse` gives) are copies too: a text
    reworded throughout, or one the parser found no items in, shares no item cluster; so are a
    plan without items and one whose opening its words copy (`alike_openings`: a news item on
    two sites).
    A page that runs two plans' texts together copies each through a different part of it;
    it joins the plan it shares most with, and the two plans stay apart (`_splices_cut`).
    Each group is named by its canonical member, the one with the most text."""
    names, tally = _pair_tallies(clusters, heads)
    stripped = strip_openings(openings or {})

    def own_texts(plan: str) -> tuple[str, ...]:
        return ((leads or {}).get(plan) or "",) + stripped.get(plan, ())

    sizes = np.array([items_per_plan.get(p, 1) for p in names], dtype=np.int64)
    a_at, b_at = tally.pair // len(names), tally.pair % len(names)
    # the smaller plan of each pair (fewer items; on a tie a, whose name is the lesser as names
    # are sorted): its items the shared clusters hold, and whether one of them is its head item
    a_smaller = sizes[a_at] <= sizes[b_at]
    covered = np.where(a_smaller, tally.covered_a, tally.covered_b)
    headed = np.where(a_smaller, tally.head_a, tally.head_b)
    enough = covered >= np.maximum(1.0, COPY_SHARE * np.minimum(sizes[a_at], sizes[b_at]))
    links = []
    shared: Counter = Counter()  # the clusters each link's two plans share
    for k in np.flatnonzero(enough & headed).tolist():
        a, b = names[a_at[k]], names[b_at[k]]
        if not guiding_texts_differ(own_texts(a), own_texts(b), COPY_SHARE):
            links.append((a, b))
            shared[(a, b)] = int(tally.shared[k])
    del tally, covered, headed
    used = _items_shared(clusters, set(links))
    sets = UnionFind()
    for a, b in _fragments_joined_once(_splices_cut(links, shared, used, heads), shared, items_per_plan):
        sets.union(a, b)
    for a, b in cut_short_copies(stripped, items_per_plan, COPY_HEAD_ITEMS) \
            + cut_after_opening(leads or {}, stripped, items_per_plan, COPY_HEAD_ITEMS):
        sets.union(b, a)
    bare = {plan for plan in leads or {} if not items_per_plan.get(plan)}
    for a, b in chain(alike, alike_openings(leads or {}, bare)):
        sets.union(a, b)
    out = {}
    for members in sets.groups(list(sets.parent)):
        if len(members) < 2:
            continue
        canonical = max(sorted(members), key=lambda p: length.get(p, 0))
        for p in members:
            out[p] = (_tid("copy", canonical), canonical)
    return out


@dataclass
class _PairTally:
    """Per pair of plans sharing a copy cluster (`pair` = a * plans + b, a < b by name): the
    clusters they share, how many of each one's items those clusters hold (seven "主持人:" lines
    in one cluster are seven items), and whether one holds each one's head item."""

    pair: np.ndarray
    shared: np.ndarray
    covered_a: np.ndarray
    covered_b: np.ndarray
    head_a: np.ndarray
    head_b: np.ndarray


def _pair_tallies(clusters: list[ReuseCluster], heads: set[str]) -> tuple[list[str], _PairTally]:
    """The plans of the copy clusters (sorted names) and the tally of each pair of them, in
    numpy arrays: a million items make millions of pairs, which as dictionaries keyed by name
    tuples took gigabytes. Pairs are gathered cluster by cluster and summed every PAIR_CHUNK."""
    found = list(_copy_clusters(clusters))
    names = sorted({p for _, plans in found for p in plans})
    code = {p: k for k, p in enumerate(names)}
    total = np.zeros((6, 0), dtype=np.int64)  # rows: pair, shared, covered a / b, head a / b
    parts: list[np.ndarray] = []
    waiting = 0
    for c, plans in found:
        count = Counter(i.plan_id for i, _ in c.members)
        # a bare heading ("活动内容") that many plans open with says nothing of copying
        head_plans = {i.plan_id for i, _ in c.members
                      if i.item_id in heads and len(i.text.strip()) >= COPY_HEAD_MIN_CHARS}
        idx = np.array([code[p] for p in plans], dtype=np.int64)
        counts = np.array([count[p] for p in plans], dtype=np.int64)
        headed = np.array([p in head_plans for p in plans], dtype=np.int64)
        a, b = np.triu_indices(len(plans), 1)
        parts.append(np.stack([idx[a] * len(names) + idx[b], np.ones(a.size, dtype=np.int64),
                               counts[a], counts[b], headed[a], headed[b]]))
        waiting += a.size
        if waiting >= PAIR_CHUNK:
            total, parts, waiting = _fold_pairs([total, *parts]), [], 0
    total = _fold_pairs([total, *parts])
    return names, _PairTally(total[0], total[1], total[2], total[3], total[4] > 0, total[5] > 0)


def _fold_pairs(blocks: list[np.ndarray]) -> np.ndarray:
    """Rows of (pair, shared, covered a, covered b, head a, head b) summed per pair (the head
    flags kept as 0 / 1)."""
    rows = np.concatenate(blocks, axis=1)
    keys, at = np.unique(rows[0], return_inverse=True)
    out = np.empty((6, keys.size), dtype=np.int64)
    out[0] = keys
    for k in range(1, 6):
        out[k] = np.bincount(at, weights=rows[k], minlength=keys.size).round()
    out[4:] = out[4:] > 0
    return out


def _copy_clusters(clusters: list[ReuseCluster]) -> Iterable[tuple[ReuseCluster, list[str]]]:
    """The clusters that may show copying, each with its plans in order: not boilerplate on
    more plans than copies span."""
    for c in clusters:
        plans = sorted({i.plan_id for i, _ in c.members})
        if len(plans) <= COPY_MAX_PLANS:
            yield c, plans


def _items_shared(clusters: list[ReuseCluster],
                  links: set[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """(plan, other) -> the plan's items in clusters it shares with other, for linked pairs only."""
    used: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c, plans in _copy_clusters(clusters):
        items: dict[str, set[str]] = defaultdict(set)
        for i, _ in c.members:
            items[i.plan_id].add(i.item_id)
        for a, b in combinations(plans, 2):
            if (a, b) in links:
                used[(a, b)] |= items[a]
                used[(b, a)] |= items[b]
    return used


def _splices_cut(links: list[tuple[str, str]], shared: Counter,
                 used: dict[tuple[str, str], set[str]], heads: set[str]) -> list[tuple[str, str]]:
    """`links` without those of a plan that copies two plans through disjoint parts of it (a
    page running two texts together, p068): of such a plan's links, the one through the text
    it begins with (its `heads`) stays, else the one sharing the most clusters, with every
    other link that shares some of the same items."""
    by_plan: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b in links:
        by_plan[a].append((a, b))
        by_plan[b].append((a, b))
    cut: set[tuple[str, str]] = set()
    for plan, own in by_plan.items():
        if len(own) < 2:
            continue
        other = {link: link[1] if link[0] == plan else link[0] for link in own}
        strongest = max(own, key=lambda link: (bool(used[(plan, other[link])] & heads), shared[link], link))
        core = used[(plan, other[strongest])]
        cut.update(link for link in own if not used[(plan, other[link])] & core)
    return [link for link in links if link not in cut]


def _fragments_joined_once(links: list[tuple[str, str]], shared: Counter,
                           items_per_plan: dict[str, int]) -> list[tuple[str, str]]:
    """`links` without those that would chain two unlinked plans through a fragment smaller
    than both: a page keeping only a plan's opening ("一、指导思想" and a few lines) shares it
    with every variant that begins alike, but it copies one text, the one it shares most
    with (p712: a kindergarten plan's first lines, in one template and in another that
    reuses only its 指导思想)."""
    linked = set(links) | {(b, a) for a, b in links}
    by_plan: dict[str, list[str]] = defaultdict(list)
    for a, b in links:
        by_plan[a].append(b)
        by_plan[b].append(a)
    cut: set[frozenset[str]] = set()
    for plan, others in by_plan.items():
        size = items_per_plan.get(plan, 1)
        bigger = [o for o in others if (items_per_plan.get(o, 1), o) > (size, plan)]
        if len(bigger) < 2:
            continue
        best = max(bigger, key=lambda o: (shared[tuple(sorted((plan, o)))], o))
        cut.update(frozenset((plan, o)) for o in bigger if o != best and (o, best) not in linked)
    return [link for link in links if frozenset(link) not in cut]


def _sub_items(o: PlanOutline, seq: list[str]) -> list[str]:
    n = len(seq)
    for k in range(len(o.categories) - n + 1):
        if list(o.categories[k:k + n]) == seq:
            return list(o.item_ids[k:k + n])
    return []


def _outlines(top: list[tuple[str, int, str, str, str | None]], plans: pd.DataFrame,
              category: dict[str, str]) -> list[PlanOutline]:
    """Each plan's outline (its depth-1 items, sorted by plan and ordinal), with the kind of
    organisation the plans table gives it."""
    kinds = dict(zip(plans.plan_id, plans.org_kind.astype("string").fillna("unknown")))
    out = []
    for plan_id, group in groupby(top, key=itemgetter(0)):
        rows = list(group)
        item_ids = [t[2] for t in rows]
        cats, kept = collapse([category.get(i, "?") for i in item_ids], item_ids)
        out.append(PlanOutline(plan_id, rows[0][3], kinds.get(plan_id, "unknown"), cats, kept))
    return out


def _members_frame(members: dict[str, list]) -> pd.DataFrame:
    """template_members from its columns, with the documented dtypes (also when empty)."""
    from pipeline.tables.schema import MINED_TABLES

    return pd.DataFrame({c.name: pd.Series(members[c.name], dtype=c.pandas)
                         for c in MINED_TABLES["template_members"]})


def _cols(table: str) -> list[str]:
    from pipeline.tables.schema import MINED_TABLES

    return [c.name for c in MINED_TABLES[table]]
