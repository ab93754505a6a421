"""Item heading -> skeleton: words, with varying parts replaced by typed slots.

Slots come from `data/slots.toml` (quoted names, dates, years, numbers) and from
part-of-speech tags (places -> <LOC>, organisation names -> <ORG>). Person-name tags are
not used: on union plans the tagger gives them to words like 严格执行 and 师德.
Only the heading's first phrase is used (up to the first comma): that is where plans
state what an item does, and what template authors reuse.
"""

from __future__ import annotations

import re

from pipeline.mine.rules import load_slots

# Words of a heading kept in its skeleton; longer phrases are cut here.
MAX_TOKENS = 12
_FIRST_PHRASE = re.compile(r"^[^,;:。!?]{2,}")
_POS_SLOTS = {"ns": "<LOC>"}
_ORG_SUFFIX = re.compile(r"(会|局|委|司|厂|院|校|部|处|所|中心)$")
_PUNCT = re.compile(r"^[\s\W_]+$")


def first_phrase(heading: str) -> str:
    m = _FIRST_PHRASE.match(heading.strip())
    return m.group(0) if m else heading.strip()


def skeleton(heading: str, tagger) -> tuple[str, ...]:
    """The token skeleton of a heading, e.g. ('组织', '开展', '纪念', '<Q>', '活动')."""
    text = first_phrase(heading)
    spans: list[tuple[int, int, str]] = []
    for slot in load_slots():
        for m in slot.pattern.finditer(text):
            if all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                spans.append((m.start(), m.end(), slot.label))
    spans.sort()
    tokens: list[str] = []
    pos = 0
    for a, b, label in [*spans, (len(text), len(text), "")]:
        for word, flag in tagger.tag(text[pos:a]) if a > pos else []:
            if _PUNCT.match(word):
                continue
            if flag in _POS_SLOTS:
                word = _POS_SLOTS[flag]
            elif flag == "nt" and _ORG_SUFFIX.search(word):
                word = "<ORG>"
            tokens.append(word)
        if label:
            tokens.append(label)
        pos = b
    return tuple(tokens[:MAX_TOKENS])
