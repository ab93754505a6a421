"""Reused paragraphs: near-duplicate items across plans and documents (MinHash + LSH).

Template sites copy plans from each other with small edits. Each item's text becomes the
set of its character 4-grams (Simplified view, no spaces or punctuation), hashed with
crc32 into a sorted array. MinHash signatures use the classic universal-hash scheme
(datasketch's "legacy" one: (a*x + b mod 2^61-1) & 0xffffffff). LSH cuts each signature
into BANDS bands of ROWS values; items with one band equal are candidates. Walking each
band's buckets in order, an item is joined (union-find) to the bucket's first member, or
failing that to its predecessor, when the exact Jaccard similarity of the two sets reaches
REUSE_JACCARD. Pairs already in one cluster are not checked again. Work is linear in the
number of bucket entries, so a thousand copies of one template paragraph cost a thousand
checks, not a million.

Everything up to the bucket walk is numpy over whole arrays: the shingle sets are one flat
array with offsets, crc32 is computed for all shingles at once (the same values as
zlib.crc32), and buckets are runs of equal bands after a sort. A million items take about
half a gigabyte; datasketch's in-memory LSH index, which the buckets equal (a test checks),
kept a Python set per bucket and took several.

Plans that share a cluster are copies of one another (or share a passage). Within such a
pair of plans, short items (a heading such as "一、主要工作", too short to shingle) join the
copies where their Simplified text is the same once spaces and punctuation are dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

SHINGLE = 4
NUM_PERM = 64
# LSH proposes pairs estimated above a Jaccard of about 0.4 (the bands datasketch chooses for
# that threshold and NUM_PERM); exact Jaccard must reach REUSE_JACCARD. Calibrated on the
# bundled corpus's known copies (corpus/gold/reuse.jsonl).
ROWS = 4
BANDS = NUM_PERM // ROWS
REUSE_JACCARD = 0.5
# Items whose shingles are hashed in one numpy pass, and added to the index together.
BATCH = 2048
# Shingles whose MinHash values are computed in one numpy pass (bounds the temporary arrays:
# NUM_PERM x this many 8-byte values, 16 MB, held about three at once).
SIGNATURE_SHINGLES = 1 << 15
# Block sizes of the index (64 MB each; BLOCK_ROWS a multiple of BATCH): see ShingleIndex.
BLOCK_VALUES = 1 << 24
BLOCK_ROWS = 1 << 18
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
# A plan's opening this long (without spaces and punctuation) can show it is another's copy cut
# short after it: a purpose statement, not a greeting.
LEAD_MIN_CHARS = 24
# Whole plans (their items of MIN_CHARS or more, Simplified, without spaces and punctuation) whose 4-grams
# reach this Jaccard, and this share of the smaller plan's, are copies though no single item is
# near enough another's: a text reworded throughout (动员 -> 发动, 目标 -> 目的) with sections
# swapped, or run into one line in which the parser finds no item (p896, p889). Calibrated on the
# reuse gold: the copies items missed lie at 0.41-0.61 (one at 0.40 joins through its group), the
# closest plans that are no copies (one template's variants, p068~p856) at 0.38 and 0.59.
PLAN_COPY_JACCARD = 0.40
PLAN_COPY_CONTAINMENT = 0.60
# Bands of this many signature values propose plan pairs: 32 bands of 2 propose a pair at a
# Jaccard of 0.4 with a chance of 0.996 (16 of 4, the items' bands, with 0.34); there are
# tens of times fewer plans than items to check.
PLAN_ROWS = 2
# Plans of a bucket whose signatures agree on less than this share of their values are not
# compared exactly: at a Jaccard of 0.4 the share falls below it once in about 150 pairs.
PLAN_ESTIMATE_MIN = 0.25
# Plans with fewer characters in such items are compared by their items only: a few lines of
# "活动时间 / 另行通知" are alike on any two pages.
PLAN_COPY_MIN_CHARS = 100
# A paragraph of a plan's own (its opening, or one of its first items) at least this long
# (without spaces and punctuation) says which plan text it is: its guiding ideas (指导思想), not
# a heading or a stock goal ("进一步增强维护意识;").
GUIDE_MIN_CHARS = 40
SEED = 1
_DROP = re.compile(r"[\s\W_]+")
_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
_rng = np.random.RandomState(SEED)
_A = _rng.randint(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)


def _crc_table() -> np.ndarray:
    """The byte table of the crc32 that zlib computes (reflected polynomial 0xEDB88320)."""
    t = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        t = np.where(t & 1, (t >> np.uint32(1)) ^ np.uint32(0xEDB88320), t >> np.uint32(1))
    return t


_CRC = _crc_table()


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


@dataclass(frozen=True, slots=True)
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


def shingle_sets(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each text's sorted unique crc32 hashes of its character 4-grams (the texts already
    stripped of spaces and punctuation), as offsets and one flat uint32 array: text k's set
    is values[offsets[k]:offsets[k + 1]]."""
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint8)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    counts = np.maximum(lengths - SHINGLE + 1, 0)
    owner = np.repeat(np.arange(len(texts)), counts)
    first = np.cumsum(lengths) - lengths  # each text's first character
    rank = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    byte = 4 * (np.repeat(first, counts) + rank)  # each shingle's first byte
    crc = np.full(byte.size, 0xFFFFFFFF, dtype=np.uint32)
    for k in range(4 * SHINGLE):
        crc = _CRC[(crc ^ codes[byte + k]) & 0xFF] ^ (crc >> np.uint32(8))
    crc ^= np.uint32(0xFFFFFFFF)
    order = np.lexsort((crc, owner))
    owner, crc = owner[order], crc[order]
    keep = np.ones(crc.size, dtype=bool)
    keep[1:] = (owner[1:] != owner[:-1]) | (crc[1:] != crc[:-1])
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.bincount(owner[keep], minlength=len(texts)), out=offsets[1:])
    return offsets, crc[keep]


def signatures(offsets: np.ndarray, values: np.ndarray) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32 values) of each non-empty set, one row each,
    computed over runs of whole sets of about SIGNATURE_SHINGLES shingles: the hashed values
    take NUM_PERM times eight bytes a shingle, and a batch of long texts (plans' openings)
    holds hundreds of thousands."""
    n = len(offsets) - 1
    out = np.empty((n, NUM_PERM), dtype=np.uint32)
    lo = 0
    while lo < n:
        hi = min(n, max(lo + 1, int(np.searchsorted(offsets, offsets[lo] + SIGNATURE_SHINGLES, "right")) - 1))
        hashes = values[offsets[lo]:offsets[hi]].astype(np.uint64)
        mixed = ((np.outer(_A, hashes) + _B[:, None]) % _PRIME) & _MAX32
        out[lo:hi] = np.minimum.reduceat(mixed, offsets[lo:hi] - offsets[lo], axis=1).T
        lo = hi
    return out


class ShingleIndex:
    """Shingle sets and MinHash signatures of texts added in batches of BATCH (only the last
    may be shorter): text k is in batch k // BATCH.

    Sets and signatures are copied into large blocks (BLOCK_VALUES hashes, BLOCK_ROWS
    signatures) as they come. Blocks that large are mapped memory, returned to the system
    when freed; a few hundred batch-sized arrays would be heap memory, interleaved with the
    indexing's temporaries, and the process would keep that memory after mining.
    """

    def __init__(self) -> None:
        self.values: list[np.ndarray] = []  # blocks of shingle hashes
        self.used = 0  # hashes in the last block
        self.sets: list[tuple[int, int, np.ndarray]] = []  # per batch: block, start, offsets
        self.sigs: list[np.ndarray] = []  # blocks of signature rows
        self.size = 0  # texts indexed

    def add(self, texts: list[str]) -> None:
        """Index a batch of stripped texts (of at least SHINGLE characters each)."""
        if self.size % BATCH or BLOCK_ROWS % BATCH:
            raise ValueError("batches of BATCH texts, BLOCK_ROWS a multiple of BATCH, only the "
                             "last batch shorter")
        offsets, values = shingle_sets(texts)
        if not self.values or self.used + len(values) > len(self.values[-1]):
            self.values.append(np.empty(max(BLOCK_VALUES, len(values)), dtype=np.uint32))
            self.used = 0
        self.values[-1][self.used:self.used + len(values)] = values
        self.sets.append((len(self.values) - 1, self.used, offsets))
        self.used += len(values)
        row = self.size % BLOCK_ROWS
        if row == 0:
            self.sigs.append(np.empty((BLOCK_ROWS, NUM_PERM), dtype=np.uint32))
        self.sigs[-1][row:row + len(texts)] = signatures(offsets, values)
        self.size += len(texts)

    def members(self, k: int) -> np.ndarray:
        """Text k's shingle set."""
        block, start, offsets = self.sets[k // BATCH]
        r = k % BATCH
        return self.values[block][start + offsets[r]:start + offsets[r + 1]]

    def signature(self, k: int) -> np.ndarray:
        """Text k's MinHash signature."""
        return self.sigs[k // BLOCK_ROWS][k % BLOCK_ROWS]

    def band(self, b: int) -> np.ndarray:
        """Every text's values of signature band b, one row each."""
        values = np.concatenate([s[:, b * ROWS:(b + 1) * ROWS] for s in self.sigs])
        return values[:self.size]


def buckets(index: ShingleIndex):
    """LSH buckets of two or more texts, band by band, each band's buckets in the order of
    their first text, texts ascending (the order datasketch's index gives them)."""
    for band in range(BANDS):
        for bucket in _band_buckets(index.band(band)):
            yield bucket.tolist()


def _band_buckets(cols: np.ndarray):
    """The buckets of one band's values (one row per text), as `buckets` gives them, each an
    array of text numbers."""
    order = np.lexsort(cols.T[::-1])  # stable: equal bands keep their texts ascending
    keys = cols[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (keys[1:] != keys[:-1]).any(axis=1)
    starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, len(order)))
    starts, sizes = starts[sizes > 1], sizes[sizes > 1]
    for k in np.argsort(order[starts], kind="stable"):
        yield order[starts[k]:starts[k] + sizes[k]]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted, unique hash arrays."""
    inter = _shared(a, b)
    return inter / (a.size + b.size - inter) if a.size or b.size else 0.0


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    """How many hashes two sorted, unique hash arrays share."""
    return np.intersect1d(a, b, assume_unique=True).size


def find_reuse(items: Iterable[ReuseItem], alike: list[tuple[str, str]] | None = None) -> list[ReuseCluster]:
    """Clusters of near-duplicate items spanning at least two plans, largest first. Given
    `alike`, the pairs of plans whose whole texts are near copies are added to it (read from
    the same index, `_alike_plans`): the copies a text reworded throughout makes, whose items
    are each too changed to cluster."""
    long: list[ReuseItem] = []  # items of at least MIN_CHARS: shingled
    lengths: list[int] = []  # their stripped texts' lengths
    short: list[tuple[ReuseItem, str]] = []  # shorter ones, with their stripped text
    index = ShingleIndex()
    texts: list[str] = []
    # every item first, then the stripped texts: made alternately, the short-lived texts
    # would keep the memory of the items around them from being returned
    every = sorted(items, key=lambda i: i.item_id)
    for it in every:
        key = _DROP.sub("", it.text)
        if len(key) >= MIN_CHARS:
            long.append(it)
            lengths.append(len(key))
            texts.append(key)
            if len(texts) == BATCH:
                index.add(texts)
                texts = []
        elif len(key) >= MIN_COPY_CHARS:
            short.append((it, key))
    if texts:
        index.add(texts)
    if alike is not None and long:
        alike.extend(_alike_plans(long, np.array(lengths), index))
    return _join_within_copies(short, _near_duplicates(long, index))


def alike_openings(openings: dict[str, str], bare: set[str]) -> list[tuple[str, str]]:
    """Pairs of plans, one of them `bare` (no items), whose openings (`openings`: each plan's
    words before its first item, its whole text where it has none) are near copies by the
    measures `_alike_plans` applies to whole plans. A news item or a summary without numbered
    items, copied to a second site, shares no item cluster and no whole-plan text made of
    items; its words are all there is to compare. Pairs of two plans with items are left to
    their items: two plans may open with one template's stock purpose and differ after it."""
    if not bare:
        return []
    items = [ReuseItem(plan, plan, "", key) for plan, text in sorted(openings.items())
             if len(key := _DROP.sub("", text or "")) >= PLAN_COPY_MIN_CHARS]
    if len(items) < 2 or not bare & {i.plan_id for i in items}:
        return []
    index = ShingleIndex()
    for k in range(0, len(items), BATCH):
        index.add([i.text for i in items[k:k + BATCH]])
    pairs = _alike_plans(items, np.array([len(i.text) for i in items]), index)
    return [(a, b) for a, b in pairs if a in bare or b in bare]


def strip_openings(openings: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each plan's first item texts without spaces and punctuation: what `cut_short_copies` and
    `cut_after_opening` compare, stripped once for both."""
    return {p: tuple(_DROP.sub("", t) for t in texts) for p, texts in openings.items()}


def _items_begin(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether a plan's first items begin with a shorter plan's items, word for word, the last
    of them perhaps cut inside."""
    n = len(shorter)
    return len(longer) >= n and longer[:n - 1] == shorter[:n - 1] and longer[n - 1].startswith(shorter[n - 1])


def cut_short_copies(stripped: dict[str, tuple[str, ...]], sizes: dict[str, int],
                     most: int) -> list[tuple[str, str]]:
    """Pairs of plans (shorter, longer) where the shorter one is the other cut short: its two to
    `most` items, together at least MIN_CHARS long, are the other's first items word for word
    (spaces and punctuation aside), the last of them perhaps cut inside ("提出换届选举方案,报党委"
    of "…,报党委,并向上一级工会写出书面请示。"). Such items are too short to shingle, and a page
    cut after its first lines shares no cluster with its original. `stripped` holds each plan's
    first `most` item texts in order (`strip_openings`); plans are bucketed by their first text,
    and a bucket wider than COPY_MAX_PLANS ("指导思想") is boilerplate and links none."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for plan, texts in sorted(stripped.items()):
        if texts and texts[0]:
            by_first[texts[0]].append(plan)
    pairs = []
    for plan, texts in sorted(stripped.items()):
        n = sizes.get(plan, 0)
        if not 2 <= n <= most or len(texts) != n or sum(map(len, texts)) < MIN_CHARS:
            continue
        others = by_first.get(texts[0], [])
        if len(others) > COPY_MAX_PLANS:
            continue
        for other in others:
            if other != plan and sizes.get(other, 0) >= n and _items_begin(stripped[other], texts):
                pairs.append((plan, other))
    return pairs


def cut_after_opening(leads: dict[str, str], heads: dict[str, tuple[str, ...]],
                      sizes: dict[str, int], most: int) -> list[tuple[str, str]]:
    """Pairs (shorter, longer) where the shorter plan is the other cut short inside or just after
    its opening: its `leads` text (the words between its marker line and its first item), at
    least LEAD_MIN_CHARS long, begins the other's, whole where it has items, and its at most
    `most` items are the other's first ones, the last perhaps cut inside (`heads`: each plan's
    first item texts, `strip_openings`). A collection's 篇二 cut after its purpose statement holds no item to
    cluster, and its title (篇二, 範文2) is not its copy's; the words it opens with are. It joins
    one plan, the largest it fits, so that two plans opening alike stay apart. Plans are
    bucketed by their first LEAD_MIN_CHARS characters; a bucket wider than COPY_MAX_PLANS is
    boilerplate and links none."""
    lead = {p: _DROP.sub("", t or "") for p, t in leads.items()}

    def _extent(plan: str) -> tuple[int, int]:
        return sizes.get(plan, 0), len(lead[plan]) + sum(map(len, heads.get(plan, ())))

    by_start: dict[str, list[str]] = defaultdict(list)
    for plan, text in sorted(lead.items()):
        if len(text) >= LEAD_MIN_CHARS:
            by_start[text[:LEAD_MIN_CHARS]].append(plan)
    pairs = []
    for plan, text in sorted(lead.items()):
        n = sizes.get(plan, 0)
        others = by_start.get(text[:LEAD_MIN_CHARS], []) if len(text) >= LEAD_MIN_CHARS and n <= most else []
        if len(others) > COPY_MAX_PLANS:
            continue
        mine, extent = (text, heads.get(plan, ())), (_extent(plan), plan)
        # the longer is the copy kept whole; identical ones are linked once
        whole = [other for other in others if (_extent(other), other) > extent
                 and _begins_with((lead[other], heads.get(other, ())), mine, n)]
        if whole:  # joins one plan: two plans opening alike are not made one through it
            pairs.append((plan, max(whole, key=lambda other: (_extent(other), other))))
    return pairs


def guiding_texts_differ(a: tuple[str, ...], b: tuple[str, ...], share: float) -> bool:
    """Whether two plans, each given by its opening and first item texts (compared without spaces
    and punctuation), both hold a paragraph of their own (GUIDE_MIN_CHARS or longer) and no
    paragraph of one shares `share` of the shorter one's 4-grams with any of the other's. Seven
    school plans built from one template's stock goal lists ("增强三个意识", "营造五种氛围") are
    four plan texts, told apart by their guiding paragraphs (p445~p1058, p446~p601~p1068, p999,
    p1094); a copy keeps its original's, edited or behind a site's blurb."""
    own_a, own_b = _paragraphs(a), _paragraphs(b)
    return bool(own_a and own_b) and not any(len(x & y) >= share * min(len(x), len(y))
                                             for x in own_a for y in own_b)


def _paragraphs(texts: tuple[str, ...]) -> list[set[str]]:
    """The 4-grams of each text GUIDE_MIN_CHARS or longer without spaces and punctuation."""
    return [_grams(t) for t in (_DROP.sub("", text) for text in texts) if len(t) >= GUIDE_MIN_CHARS]


def _grams(text: str) -> set[str]:
    return {text[k:k + SHINGLE] for k in range(len(text) - SHINGLE + 1)}


def _begins_with(longer: tuple[str, tuple[str, ...]], shorter: tuple[str, tuple[str, ...]], n: int) -> bool:
    """Whether a plan's (opening, first items) begins with a shorter plan's that has `n` items: its
    opening begins the other's, all of it where it has items, and its items are the other's
    first ones, the last perhaps cut inside."""
    (lead, heads), (short_lead, short_heads) = longer, shorter
    if n == 0:
        return lead.startswith(short_lead)
    return lead == short_lead and len(short_heads) == n and _items_begin(heads, short_heads)


def _alike_plans(items: list[ReuseItem], lengths: np.ndarray, index: ShingleIndex) -> list[tuple[str, str]]:
    """Pairs of plans whose whole texts are near copies (PLAN_COPY_JACCARD and
    PLAN_COPY_CONTAINMENT), read from the items' index (item k is text k, `lengths` its
    stripped length; the items of a plan are adjacent, as `find_reuse` sorts them): a plan's
    shingles are its items', its MinHash signature the minimum of theirs, so no text is
    shingled twice. Candidates share a band of PLAN_ROWS values; in each bucket a plan is
    compared with the bucket's first and with the one before it, as `_near_duplicates` walks
    its buckets, first by the signatures (PLAN_ESTIMATE_MIN) and then exactly."""
    starts = [k for k in range(len(items)) if k == 0 or items[k].plan_id != items[k - 1].plan_id]
    if len({items[k].plan_id for k in starts}) != len(starts):
        raise ValueError("the items of a plan must be adjacent")
    bounds = list(zip(starts, starts[1:] + [len(items)]))
    if not starts:
        return []
    keep = np.flatnonzero(np.add.reduceat(lengths, starts) >= PLAN_COPY_MIN_CHARS)
    if len(keep) < 2:
        return []
    # the minimum of each plan's item signatures, block by block of the index's signatures
    owner = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(items))))
    plan_sigs = np.full((len(starts), NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    for block, sigs in enumerate(index.sigs):
        lo = block * BLOCK_ROWS
        own = owner[lo:min(lo + BLOCK_ROWS, index.size)]
        if not own.size:
            break
        first = np.flatnonzero(np.r_[True, own[1:] != own[:-1]])
        plans = own[first]
        plan_sigs[plans] = np.minimum(plan_sigs[plans], np.minimum.reduceat(sigs[:own.size], first, axis=0))
    plan_sigs = plan_sigs[keep]
    shingles: dict[int, np.ndarray] = {}

    def members(p: int) -> np.ndarray:
        if p not in shingles:
            lo, hi = bounds[keep[p]]
            shingles[p] = np.unique(np.concatenate([index.members(k) for k in range(lo, hi)]))
        return shingles[p]

    joined = UnionFind()
    pairs: list[tuple[str, str]] = []

    def link(a: int, b: int) -> bool:
        if joined.root(a) == joined.root(b):
            return True
        x, y = members(a), members(b)
        inter = _shared(x, y)
        if inter / (x.size + y.size - inter) >= PLAN_COPY_JACCARD \
                and inter / min(x.size, y.size) >= PLAN_COPY_CONTAINMENT:
            joined.union(a, b)
            pairs.append((items[bounds[keep[a]][0]].plan_id, items[bounds[keep[b]][0]].plan_id))
            return True
        return False

    for band in range(NUM_PERM // PLAN_ROWS):
        for bucket in _band_buckets(plan_sigs[:, band * PLAN_ROWS:(band + 1) * PLAN_ROWS]):
            sigs = plan_sigs[bucket]
            near_first = (sigs[1:] == sigs[0]).mean(axis=1) >= PLAN_ESTIMATE_MIN
            near_prev = (sigs[1:] == sigs[:-1]).mean(axis=1) >= PLAN_ESTIMATE_MIN
            for n in np.flatnonzero(near_first | near_prev).tolist():
                k = bucket[n + 1]
                if not (near_first[n] and link(bucket[0], k)) and near_prev[n]:
                    link(bucket[n], k)
    return pairs


def _join_within_copies(short: list[tuple[ReuseItem, str]],
                        clusters: list[ReuseCluster]) -> list[ReuseCluster]:
    """Clusters grown by the short items of plans the clusters link (exact text, see above);
    short items are given with their stripped text."""
    linked: dict[str, set[str]] = defaultdict(set)
    for c in clusters:
        plans = {i.plan_id for i, _ in c.members}
        if len(plans) > COPY_MAX_PLANS:
            continue
        for p in plans:
            linked[p] |= plans - {p}
    by_plan: dict[str, dict[str, list[ReuseItem]]] = defaultdict(lambda: defaultdict(list))
    for it, key in short:
        if it.plan_id in linked:
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


def _near_duplicates(items: list[ReuseItem], index: ShingleIndex) -> list[ReuseCluster]:
    """MinHash + LSH clusters of items of at least MIN_CHARS (see the module docstring); item
    k's shingles are text k of the index."""
    if not items:
        return []
    members = index.members
    joined = UnionFind()

    def link(a: int, b: int) -> bool:
        if joined.root(a) == joined.root(b):
            return True
        if items[a].plan_id == items[b].plan_id:
            return False
        if jaccard(members(a), members(b)) >= REUSE_JACCARD:
            joined.union(a, b)
            return True
        return False

    for bucket in buckets(index):
        for prev, k in zip(bucket, bucket[1:]):
            if not link(bucket[0], k):
                link(prev, k)
    clusters = []
    for group in joined.groups(sorted(joined.parent)):
        if len({items[k].plan_id for k in group}) < 2:
            continue
        head = members(group[0])
        clusters.append(ReuseCluster(tuple(
            (items[k], round(jaccard(head, members(k)), 4)) for k in group)))
    clusters.sort(key=lambda c: (-len(c.members), c.members[0][0].item_id))
    return clusters
