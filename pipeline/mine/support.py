"""Give each item its most specific pattern that enough distinct plans use.

Phrase templates (phrases.py) and exemplars (exemplars.py) both let every item propose
several patterns, from specific to general. A pattern's support is the number of distinct
plans among the items proposing it, copies of one plan counted once (the caller passes each
item's copy group as its plan key). Each item takes its best-ranked supported pattern;
items taking a more specific pattern can leave another with too little support, which is
then dropped and its items fall back. The result does not depend on input order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from itertools import chain
from typing import TypeVar

import numpy as np

# A template needs this many distinct plans (copies counted once): phrase templates and
# exemplars alike.
MIN_PLANS = 3

T = TypeVar("T")
P = TypeVar("P", bound=Hashable)


def assign_patterns(items: Sequence[T], candidates: Callable[[T], Iterable[P]],
                    plan_key: Callable[[T], str], rank: Callable[[P, int], tuple],
                    min_plans: int = MIN_PLANS) -> dict[P, list[T]]:
    """Pattern -> member items, for patterns used by at least `min_plans` distinct plans.

    `rank(pattern, support)` orders an item's candidates, highest first.
    """
    numbers: dict[P, int] = {}  # pattern -> its number: items hold numbers, not pattern tuples
    patterns: list[P] = []
    proposed: list[tuple[int, ...]] = []
    for it in items:
        row = []
        for p in dict.fromkeys(candidates(it)):
            k = numbers.get(p)
            if k is None:
                k = numbers[p] = len(patterns)
                patterns.append(p)
            row.append(k)
        proposed.append(tuple(row))
    plan_numbers: dict[str, int] = {}
    plan_of = np.array([plan_numbers.setdefault(plan_key(it), len(plan_numbers)) for it in items],
                       dtype=np.int64)
    pattern = np.fromiter(chain.from_iterable(proposed), dtype=np.int64)
    plan = np.repeat(plan_of, [len(r) for r in proposed])
    width = max(len(plan_numbers), 1)
    pairs = np.unique(pattern * width + plan)  # distinct (pattern, plan) pairs
    counts = np.bincount(pairs // width, minlength=len(patterns))
    support = {int(k): int(counts[k]) for k in np.flatnonzero(counts >= min_plans)}
    while True:
        ranked = {k: rank(patterns[k], n) for k, n in support.items()}  # once per pattern, not per item
        members: dict[int, list[T]] = defaultdict(list)
        for it, cands in zip(items, proposed):
            fitting = [p for p in cands if p in ranked]
            if fitting:
                members[max(fitting, key=ranked.__getitem__)].append(it)
        weak = {p for p, m in members.items() if len({plan_key(i) for i in m}) < min_plans}
        if not weak:
            return {patterns[k]: m for k, m in members.items()}
        for k in weak:
            del support[k]
