"""Phrase templates: frequent skeleton patterns with one wildcard, e.g. 深入 开展 <*> 活动.

Drain-style log miners group lines by length and a prefix tree, which splits Chinese
headings whose variable part spans a different number of words. Here every skeleton
proposes patterns "first k words + <*> + last j words" (and itself, exactly) with at least
two fixed words, or one when that word is a frame (a leading verb, 召开 <*>, or a head
noun at the end, <*> 比赛; data/frames.toml); a pattern's
support is the number of distinct plans using it; each item takes the most specific
pattern with enough support (most fixed words, then most plans, then the pattern text),
so results do not depend on input order and are stable across runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.mine.rules import load_frames
from pipeline.mine.skeleton import SLOT_TAG, Skeleton

WILDCARD = "<*>"
# A pattern needs this many fixed words (unless it is a one-word frame) and this many
# distinct plans to be a template.
MIN_FIXED = 2
MIN_PLANS = 3
MAX_PREFIX, MAX_SUFFIX = 3, 2


@dataclass(frozen=True)
class PhraseItem:
    """An item's heading skeleton, with where it comes from."""

    item_id: str
    plan_id: str
    doc_id: str
    skeleton: Skeleton


def candidate_patterns(skel: Skeleton) -> set[tuple[str, ...]]:
    """Every pattern a skeleton could belong to (see the module docstring)."""
    tokens, n = skel.words, len(skel.words)
    out = {tokens} if n >= MIN_FIXED else set()
    for k in range(0, MAX_PREFIX + 1):
        for j in range(0, MAX_SUFFIX + 1):
            if k + j >= MIN_FIXED and k + j < n:  # the wildcard stands for at least one word
                out.add(tokens[:k] + (WILDCARD,) + tokens[n - j:] if j else tokens[:k] + (WILDCARD,))
    if n >= 2:
        frames = load_frames()
        lead, tail = (tokens[0], skel.tags[0]), (tokens[-1], skel.tags[-1])
        if lead[1] in frames.lead_tags and lead[0] not in frames.light_words:
            out.add((lead[0], WILDCARD))
        if (tail[1] != SLOT_TAG and tail[1] not in frames.tail_exclude_tags
                and tail[0] not in frames.light_words):
            out.add((WILDCARD, tail[0]))
    return out


def _fixed(pattern: tuple[str, ...]) -> int:
    return sum(t != WILDCARD for t in pattern)


def mine_phrases(items: Iterable[PhraseItem]) -> dict[tuple[str, ...], list[PhraseItem]]:
    """Template pattern -> its member items (only patterns used by >= MIN_PLANS plans)."""
    items = list(items)
    candidates = {it.item_id: candidate_patterns(it.skeleton) for it in items}
    plans: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for it in items:
        for p in candidates[it.item_id]:
            plans[p].add(it.plan_id)
    support = {p: len(s) for p, s in plans.items() if len(s) >= MIN_PLANS}
    while True:
        members: dict[tuple[str, ...], list[PhraseItem]] = defaultdict(list)
        for it in items:
            fitting = [p for p in candidates[it.item_id] if p in support]
            if fitting:
                members[max(fitting, key=lambda p: (_fixed(p), support[p], " ".join(p)))].append(it)
        # items taking a more specific pattern can leave a pattern with too few plans:
        # drop it and let its items fall back to their next pattern
        weak = {p for p, m in members.items() if len({i.plan_id for i in m}) < MIN_PLANS}
        if not weak:
            return dict(members)
        for p in weak:
            del support[p]
