"""Whether an author could use a template as it stands (docs/templates.md, points 1 and 2).

A template is words and slots. Its content words are fixed words of two or more characters
that are not generic (data/usable.toml: 开展, 活动, 工作 …); single characters are function
words or cut words. A usable template has a content word and, counting typed slots, at
least two words or slots. With a bare wildcard it needs two content words or slots and a
content word after the wildcard, the head that says what the gap is (`<*> 知识 竞赛`, not
`<*> 活动`, `发挥 <*> 作用` or `每场 比赛 <*>`).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.mine.rules import load_generic_words

WILDCARD = "<*>"


def _is_slot(word: str) -> bool:
    return word.startswith("<") and word.endswith(">") and word != WILDCARD


def usable(words: Sequence[str]) -> bool:
    """True when the template's words say what it is about (see the module docstring)."""
    generic = load_generic_words()
    content = [not _is_slot(w) and w != WILDCARD and len(w) >= 2 and w not in generic for w in words]
    if not any(content):
        return False
    if WILDCARD not in words:
        return len(words) >= 2
    last = max(i for i, w in enumerate(words) if w == WILDCARD)
    return sum(content) + sum(map(_is_slot, words)) >= 2 and any(content[last + 1:])
