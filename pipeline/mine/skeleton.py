"""Item heading -> skeleton: words, with varying parts replaced by typed slots.

Slots come from `data/slots.toml` (quoted names, dates, years, numbers) and from
part-of-speech tags (places -> <LOC>, organisation names -> <ORG>). Person-name tags are
not used: on union plans the tagger gives them to words like 严格执行 and 师德.
Only the heading's first phrase is used (up to the first comma): that is where plans
state what an item does, and what template authors reuse. Leading manner adverbs
(深入, 积极, 认真 …, listed in `data/frames.toml`) are dropped: 深入开展…活动 and
开展…活动 are one frame. Each word keeps its part-of-speech tag, which decides whether a
single word can anchor a template (phrases.py).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from pipeline.mine.rules import load_frames, load_slots

# Words of a heading kept in its skeleton; longer phrases are cut here.
MAX_TOKENS = 12
_FIRST_PHRASE = re.compile(r"^[^,;:。!?]{2,}")
_POS_SLOTS = {"ns": "<LOC>"}
_ORG_SUFFIX = re.compile(r"(会|局|委|司|厂|院|校|部|处|所|中心)$")
_PUNCT = re.compile(r"^[\s\W_]+$")
SLOT_TAG = "slot"


@dataclass(frozen=True, slots=True)
class Skeleton:
    """A heading's words and tags, varying parts replaced by slots."""

    words: tuple[str, ...]
    tags: tuple[str, ...]  # the tagger's part of speech per word; SLOT_TAG for slots


def first_phrase(heading: str) -> str:
    """The heading up to its first comma, colon or stop."""
    m = _FIRST_PHRASE.match(heading.strip())
    return m.group(0) if m else heading.strip()


def skeleton(heading: str, tagger) -> Skeleton:
    """The skeleton of a heading, e.g. words ('组织', '开展', '纪念', '<Q>', '活动')."""
    text = first_phrase(heading)
    spans: list[tuple[int, int, str]] = []
    for slot in load_slots():
        for m in slot.pattern.finditer(text):
            if all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                spans.append((m.start(), m.end(), slot.label))
    spans.sort()
    tagged: list[tuple[str, str]] = []
    pos = 0
    for a, b, label in [*spans, (len(text), len(text), "")]:
        for word, flag in tagger.tag(text[pos:a]) if a > pos else []:
            if _PUNCT.match(word):
                continue
            if flag in _POS_SLOTS:
                word, flag = _POS_SLOTS[flag], SLOT_TAG
            elif flag == "nt" and _ORG_SUFFIX.search(word):
                word, flag = "<ORG>", SLOT_TAG
            tagged.append((word, flag))
        if label:
            tagged.append((label, SLOT_TAG))
        pos = b
    tagged = _drop_leading_modifiers(tagged, tagger)[:MAX_TOKENS]
    # interned: a million headings repeat a few thousand words and tags
    return Skeleton(tuple(sys.intern(w) for w, _ in tagged), tuple(sys.intern(t) for _, t in tagged))


def _drop_leading_modifiers(tagged: list[tuple[str, str]], tagger) -> list[tuple[str, str]]:
    """深入开展 职工 … -> 开展 职工 …; a heading that is only a modifier is kept as it is.

    A fused word is split only when at least two characters remain (深入开展 -> 开展), so
    words that merely start like a modifier (要求, 要点) stay whole.
    """
    modifiers = load_frames().modifiers
    out = list(tagged)
    while len(out) > 1:
        word = out[0][0]
        mod = next((m for m in modifiers if word == m or (word.startswith(m) and len(word) - len(m) >= 2)),
                   None)
        if mod is None:
            break
        rest = word[len(mod):]
        out = (tagger.tag(rest) if rest else []) + out[1:]
    return out
