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
from typing import TypeVar

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
    proposed = [set(candidates(it)) for it in items]
    plans: dict[P, set[str]] = defaultdict(set)
    for it, cands in zip(items, proposed):
        for p in cands:
            plans[p].add(plan_key(it))
    support = {p: len(s) for p, s in plans.items() if len(s) >= min_plans}
    while True:
        ranked = {p: rank(p, n) for p, n in support.items()}  # once per pattern, not per item
        members: dict[P, list[T]] = defaultdict(list)
        for it, cands in zip(items, proposed):
            fitting = [p for p in cands if p in ranked]
            if fitting:
                members[max(fitting, key=ranked.__getitem__)].append(it)
        weak = {p for p, m in members.items() if len({plan_key(i) for i in m}) < min_plans}
        if not weak:
            return dict(members)
        for p in weak:
            del support[p]
