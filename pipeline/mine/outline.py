"""Outline patterns: the order in which plans lay out their top-level categories.

Each plan's outline is the sequence of its depth-1 items' categories, with repeats
collapsed (competitions, competitions, welfare -> competitions > welfare). Frequent
whole outlines and frequent runs of 2-4 consecutive sections are reported with their
support (distinct plans); `gaps` says, per kind of organisation, how often plans leave
each category out of their top level.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

SEPARATOR = " > "
# A sub-sequence is reported when at least this many plans contain it.
MIN_OUTLINE_PLANS = 2
SUBSEQUENCE_LENGTHS = (2, 3, 4)


@dataclass(frozen=True, slots=True)
class PlanOutline:
    """The sequence of a plan's top-level categories, repeats collapsed."""

    plan_id: str
    doc_id: str
    kind: str
    categories: tuple[str, ...]  # collapsed
    item_ids: tuple[str, ...]  # the depth-1 items, in order


def collapse(categories: list[str], item_ids: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Categories with runs of one category collapsed to its first item."""
    cats: list[str] = []
    ids: list[str] = []
    for c, i in zip(categories, item_ids):
        if not cats or cats[-1] != c:
            cats.append(c)
            ids.append(i)
    return tuple(cats), tuple(ids)


def frequent_outlines(outlines: list[PlanOutline]) -> list[tuple[str, list[PlanOutline], bool]]:
    """(pattern, plans containing it, whole outline?) for patterns of >= MIN_OUTLINE_PLANS plans."""
    found: dict[tuple[tuple[str, ...], bool], list[PlanOutline]] = defaultdict(list)
    for o in outlines:
        if len(o.categories) >= 2:
            found[(o.categories, True)].append(o)
        seen = set()
        for n in SUBSEQUENCE_LENGTHS:
            for k in range(len(o.categories) - n + 1):
                sub = o.categories[k:k + n]
                if sub != o.categories and sub not in seen:
                    seen.add(sub)
                    found[(sub, False)].append(o)
    result = [(SEPARATOR.join(seq), plans, whole) for (seq, whole), plans in found.items()
              if len({p.plan_id for p in plans}) >= MIN_OUTLINE_PLANS]
    return sorted(result, key=lambda r: (-len(r[1]), r[0]))


def gaps(outlines: list[PlanOutline], codes: tuple[str, ...]) -> list[dict]:
    """Per kind and category: plans of that kind, and the share lacking the category."""
    by_kind: dict[str, list[PlanOutline]] = defaultdict(list)
    for o in outlines:
        if o.categories:
            by_kind[o.kind].append(o)
    rows = []
    for kind in sorted(by_kind):
        plans = by_kind[kind]
        present = Counter(c for o in plans for c in set(o.categories))
        rows += [{"kind": kind, "category": c, "n_plans": len(plans),
                  "share_missing": round(1 - present[c] / len(plans), 4)} for c in codes]
    return rows


# A kind of plan gets an outline when at least this many distinct plans of it have sections.
MIN_KIND_PLANS = 10
# A section enters a kind's usual order when at least this share of its plans have it.
MIN_SECTION_SHARE = 0.2


def kind_outlines(orders: dict[str, tuple[str, list[str]]]) -> tuple[list[dict], dict[str, float]]:
    """Per kind of plan: each section's share of plans and median position, in the usual
    order; and the mean Kendall's tau of each plan's section order against that usual order.

    `orders` maps a distinct plan to (its plan_kind, its sections in order, first mention)."""
    from scipy.stats import kendalltau

    by_kind: dict[str, list[list[str]]] = defaultdict(list)
    for kind, sections in orders.values():
        if sections:
            by_kind[kind].append(sections)
    rows, agreement = [], {}
    for kind in sorted(by_kind):
        plans = by_kind[kind]
        if len(plans) < MIN_KIND_PLANS:
            continue
        positions: dict[str, list[float]] = defaultdict(list)
        for seq in plans:
            for k, s in enumerate(seq):
                positions[s].append(k / max(len(seq) - 1, 1))
        usual = sorted((s for s in positions if len(positions[s]) / len(plans) >= MIN_SECTION_SHARE),
                       key=lambda s: (sorted(positions[s])[len(positions[s]) // 2], s))
        rank = {s: k for k, s in enumerate(usual)}
        for s in usual:
            p = sorted(positions[s])
            rows.append({"plan_kind": kind, "section": s, "n_plans": len(plans),
                         "share": round(len(p) / len(plans), 4), "median_position": round(p[len(p) // 2], 4),
                         "usual_rank": rank[s] + 1})
        taus = []
        for seq in plans:
            shared = [s for s in seq if s in rank]
            if len(shared) >= 3:
                tau = kendalltau(list(range(len(shared))), [rank[s] for s in shared]).statistic
                if tau == tau:  # not NaN
                    taus.append(float(tau))
        agreement[kind] = round(sum(taus) / len(taus), 3) if taus else float("nan")
    return rows, agreement
