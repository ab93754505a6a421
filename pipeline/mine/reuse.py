"""Reused paragraphs: near-duplicate items across plans and documents (MinHash + LSH).

Template sites copy plans from each other with small edits. Each item's text becomes the
set of its character 4-grams (Simplified view, no spaces or punctuation), hashed with
crc32 into a sorted array. MinHash signatures (the standard universal-hash scheme,
computed with numpy) go into datasketch's LSH index. Items sharing an LSH bucket are
candidates; walking each bucket in order, an item is joined (union-find) to the bucket's
first member, or failing that to its predecessor, when the exact Jaccard similarity of
the two sets reaches REUSE_JACCARD. Pairs already in one cluster are not checked again.
Work is linear in the number of bucket entries, so a thousand copies of one template
paragraph cost a thousand checks, not a million.

Plans that share a cluster are copies of one another (or share a passage). Within such a
pair of plans, short items (a heading such as "一、主要工作", too short to shingle) join the
copies where their Simplified text is the same once spaces and punctuation are dropped.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

SHINGLE = 4
NUM_PERM = 64
# LSH proposes pairs estimated above LSH_THRESHOLD; exact Jaccard must reach REUSE_JACCARD.
# Calibrated on the bundled corpus's known copies (corpus/gold/reuse.jsonl).
LSH_THRESHOLD = 0.4
REUSE_JACCARD = 0.5
# Texts shorter than this (characters, after stripping) are too generic to call reuse on
# their own; inside plans already linked as copies they join by exact text.
MIN_CHARS = 12
# Shortest text (characters) an item of a linked plan needs to join its copy by exact text.
MIN_COPY_CHARS = 2
# A passage shared by more distinct plans than this is boilerplate ("活动时间：另行通知" on
# thousands of pages of a large corpus), not a sign that plans copy one another: it links no
# plans. Pairing its plans would cost the square of their number (the bundled corpus's
# widest cluster spans 5 plans).
COPY_MAX_PLANS = 50
SEED = 1
_DROP = re.compile(r"[\s\W_]+")
_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
_rng = np.random.RandomState(SEED)
_A = _rng.randint(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)


class UnionFind:
    """Disjoint sets of keys (items, plans) joined pair by pair, with path halving."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def root(self, k):
        """The representative of `k`'s set (a new key is a set of its own)."""
        parent = self.parent
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(self, a, b) -> None:
        """Join the sets of `a` and `b` (`a`'s representative stays)."""
        self.parent[self.root(b)] = self.root(a)

    def groups(self, keys) -> list[list]:
        """The keys in sets, each set in the order of `keys`, sets by their first key."""
        found: dict = defaultdict(list)
        for k in keys:
            found[self.root(k)].append(k)
        return list(found.values())


@dataclass(frozen=True)
class ReuseItem:
    """An item's text, with where it comes from."""

    item_id: str
    plan_id: str
    doc_id: str
    text: str


@dataclass(frozen=True)
class ReuseCluster:
    """Near-duplicate items of at least two plans."""

    members: tuple[tuple[ReuseItem, float], ...]  # (item, Jaccard with the first member)


def shingle_hashes(text: str) -> np.ndarray:
    """Sorted unique crc32 hashes of the text's character 4-grams."""
    s = _DROP.sub("", text).encode("utf-32-le")
    width = 4 * SHINGLE
    return np.unique(np.fromiter((zlib.crc32(s[i:i + width]) for i in range(0, len(s) - width + 4, 4)),
                                 dtype=np.uint64))


def signature(hashes: np.ndarray) -> LeanMinHash:
    """The MinHash signature of a set of shingle hashes."""
    values = ((np.outer(_A, hashes) + _B[:, None]) % _PRIME) & _MAX32
    # "legacy" is datasketch's name for this classic (a*x + b mod p) & 0xffffffff scheme
    return LeanMinHash(seed=SEED, hashvalues=values.min(axis=1), scheme="legacy")


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted, unique hash arrays."""
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter) if a.size or b.size else 0.0


def find_reuse(items: Iterable[ReuseItem]) -> list[ReuseCluster]:
    """Clusters of near-duplicate items spanning at least two plans, largest first."""
    every = list(items)
    clusters = _near_duplicates([i for i in every if len(_DROP.sub("", i.text)) >= MIN_CHARS])
    return _join_within_copies(every, clusters)


def _join_within_copies(items: list[ReuseItem], clusters: list[ReuseCluster]) -> list[ReuseCluster]:
    """Clusters grown by the short items of plans the clusters link (exact text, see above)."""
    linked: dict[str, set[str]] = defaultdict(set)
    for c in clusters:
        plans = {i.plan_id for i, _ in c.members}
        if len(plans) > COPY_MAX_PLANS:
            continue
        for p in plans:
            linked[p] |= plans - {p}
    by_plan: dict[str, dict[str, list[ReuseItem]]] = defaultdict(lambda: defaultdict(list))
    for it in items:
        key = _DROP.sub("", it.text)
        if it.plan_id in linked and MIN_COPY_CHARS <= len(key) < MIN_CHARS:
            by_plan[it.plan_id][key].append(it)
    known = {i.item_id: i for c in clusters for i, _ in c.members}
    score = {i.item_id: s for c in clusters for i, s in c.members}
    sets = UnionFind()
    for c in clusters:
        first = c.members[0][0].item_id
        for i, _ in c.members[1:]:
            sets.union(first, i.item_id)
    for plan in sorted(by_plan):
        for other in sorted(linked[plan]):
            if other <= plan or other not in by_plan:
                continue
            for key, mine in by_plan[plan].items():
                for a in mine:
                    for b in by_plan[other].get(key, []):
                        known[a.item_id], known[b.item_id] = a, b
                        sets.union(a.item_id, b.item_id)
    out = []
    for ids in sets.groups(sorted(known)):
        if len({known[i].plan_id for i in ids}) >= 2:
            out.append(ReuseCluster(tuple((known[i], score.get(i, 1.0)) for i in ids)))
    out.sort(key=lambda c: (-len(c.members), c.members[0][0].item_id))
    return out


def _near_duplicates(items: list[ReuseItem]) -> list[ReuseCluster]:
    """MinHash + LSH clusters of items of at least MIN_CHARS (see the module docstring)."""
    items = sorted(items, key=lambda i: i.item_id)
    sets = [shingle_hashes(i.text) for i in items]
    hashes = [signature(h) for h in sets]
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for k, h in enumerate(hashes):
        lsh.insert(k, h, check_duplication=False)
    joined = UnionFind()

    def link(a: int, b: int) -> bool:
        if items[a].plan_id == items[b].plan_id or joined.root(a) == joined.root(b):
            return joined.root(a) == joined.root(b)
        if jaccard(sets[a], sets[b]) >= REUSE_JACCARD:
            joined.union(a, b)
            return True
        return False

    for table in lsh.hashtables:
        for key in table.keys():
            bucket = sorted(table.get(key))
            for prev, k in zip(bucket, bucket[1:]):
                if not link(bucket[0], k):
                    link(prev, k)
    clusters = []
    for members in joined.groups(range(len(items))):
        if len({items[k].plan_id for k in members}) < 2:
            continue
        head = members[0]
        clusters.append(ReuseCluster(tuple(
            (items[k], round(jaccard(sets[head], sets[k]), 4)) for k in members)))
    clusters.sort(key=lambda c: (-len(c.members), c.members[0][0].item_id))
    return clusters
