"""Reused paragraphs: near-duplicate items across plans and documents (MinHash + LSH).

Template sites copy plans from each other with small edits. Each item's text becomes a
set of character 4-grams (Simplified view, no spaces or punctuation); MinHash signatures
go into an LSH index, which proposes candidate pairs without comparing all pairs; a
candidate pair is kept when the exact Jaccard similarity of the two sets reaches
REUSE_JACCARD. Kept pairs are joined into clusters (union-find).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

SHINGLE = 4
NUM_PERM = 64
# LSH proposes pairs estimated above LSH_THRESHOLD; exact Jaccard must reach REUSE_JACCARD.
# Calibrated on the bundled corpus's known copies (seed 篇3/p001, p002/p003, p020/p044).
LSH_THRESHOLD = 0.4
REUSE_JACCARD = 0.5
# Texts shorter than this (characters, after stripping) are too generic to call reuse.
MIN_CHARS = 12
_DROP = re.compile(r"[\s\W_]+")


@dataclass(frozen=True)
class ReuseItem:
    item_id: str
    plan_id: str
    doc_id: str
    text: str


@dataclass(frozen=True)
class ReuseCluster:
    members: tuple[tuple[ReuseItem, float], ...]  # (item, Jaccard with the first member)


def shingles(text: str) -> set[str]:
    s = _DROP.sub("", text)
    return {s[i:i + SHINGLE] for i in range(len(s) - SHINGLE + 1)}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def find_reuse(items: Iterable[ReuseItem], seed: int = 1) -> list[ReuseCluster]:
    """Clusters of near-duplicate items spanning at least two plans, largest first."""
    items = sorted((i for i in items if len(_DROP.sub("", i.text)) >= MIN_CHARS),
                   key=lambda i: i.item_id)
    sets = [shingles(i.text) for i in items]
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes = MinHash.bulk([[s.encode() for s in sh] for sh in sets], num_perm=NUM_PERM, seed=seed)
    for k, h in enumerate(hashes):
        lsh.insert(k, h)
    parent = list(range(len(items)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for k, h in enumerate(hashes):
        for other in lsh.query(h):
            if other > k and items[other].plan_id != items[k].plan_id \
                    and _jaccard(sets[k], sets[other]) >= REUSE_JACCARD:
                parent[root(other)] = root(k)
    groups: dict[int, list[int]] = defaultdict(list)
    for k in range(len(items)):
        groups[root(k)].append(k)
    clusters = []
    for members in groups.values():
        if len({items[k].plan_id for k in members}) < 2:
            continue
        head = members[0]
        clusters.append(ReuseCluster(tuple(
            (items[k], round(float(_jaccard(sets[head], sets[k])), 4)) for k in members)))
    clusters.sort(key=lambda c: (-len(c.members), c.members[0][0].item_id))
    return clusters


