"""Phrase templates: frequent skeleton patterns with one wildcard, e.g. 深入 开展 <*> 活动.

Drain-style log miners group lines by length and a prefix tree, which splits Chinese
headings whose variable part spans a different number of words. Here every skeleton
proposes patterns "first k words + <*> + last j words" (and itself, exactly) with at least
two fixed words, or one when that word is a frame (a leading verb, 召开 <*>, or a head
noun at the end, <*> 比赛; data/frames.toml); a pattern's
support is the number of distinct plans using it (copies counted once); each item takes the
most specific pattern with enough support (most fixed words, then most plans, then the
pattern text; support.py), so results are stable across runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.mine.rules import load_frames
from pipeline.mine.skeleton import SLOT_TAG, Skeleton
from pipeline.mine.support import assign_patterns
from pipeline.mine.usable import WILDCARD

# A pattern needs this many fixed words (unless it is a one-word frame) and MIN_PLANS
# distinct plans (support.py) to be a template.
MIN_FIXED = 2
MAX_PREFIX, MAX_SUFFIX = 3, 2


@dataclass(frozen=True, slots=True)
class PhraseItem:
    """An item's heading skeleton, with where it comes from."""

    item_id: str
    plan_id: str
    doc_id: str
    skeleton: Skeleton
    plan_key: str  # the plan's copy group (its own id when it has no copies)


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
    """Template pattern -> its member items (only patterns used by >= MIN_PLANS plans,
    copies of one plan counted once)."""
    return assign_patterns(list(items), lambda it: candidate_patterns(it.skeleton),
                           lambda it: it.plan_key, lambda p, n: (_fixed(p), n, " ".join(p)))
