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


@dataclass(frozen=True)
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
