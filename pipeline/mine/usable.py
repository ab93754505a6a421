"""Whether an author could use a template as it stands (docs/templates.md, points 1 and 2).

A template is words and slots. Its content words are fixed words of two or more characters
that are not generic (data/usable.toml: 开展, 活动, 工作 …); single characters are function
words or cut words. A usable template has a content word and, counting typed slots, at
least two words or slots. With a bare wildcard it needs two content words or slots and a
content word after the wildcard, the head that says what the gap is (`<*> 知识 竞赛`, not
`<*> 活动`, `发挥 <*> 作用` or `每场 比赛 <*>`), and the gap must stand for one short kind of
thing in every member (at most MAX_GAP_WORDS words: 教职工 的 in `增强 <*> 健身 意识`), not
for whole clauses ("组织 教师 学习 … 举行" before 知识 竞赛). A fixed word of one character
other than a function word (的, 和, 前 …) is a cut word ("师德师 风"): such a template does not
read as Chinese (point 4).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.mine.rules import load_usable_words

WILDCARD = "<*>"
# The most words a bare wildcard may stand for in any member of a usable template.
MAX_GAP_WORDS = 2


def _is_slot(word: str) -> bool:
    return word.startswith("<") and word.endswith(">") and word != WILDCARD


def usable(words: Sequence[str], gap_words: int = 0) -> bool:
    """True when the template's words say what it is about (see the module docstring);
    `gap_words` is the most words the wildcard stands for in any member."""
    lists = load_usable_words()
    if any(len(w) == 1 and w not in lists.function for w in words):
        return False  # a word the segmenter cut ("师德师 风"): it does not read as Chinese
    content = [not _is_slot(w) and w != WILDCARD and len(w) >= 2 and w not in lists.generic for w in words]
    if not any(content):
        return False
    if WILDCARD not in words:
        return len(words) >= 2
    last = max(i for i, w in enumerate(words) if w == WILDCARD)
    return sum(content) + sum(map(_is_slot, words)) >= 2 and any(content[last + 1:]) \
        and gap_words <= MAX_GAP_WORDS


def gap_words(pattern: Sequence[str], members: Sequence[Sequence[str]]) -> int:
    """The most words the pattern's one wildcard stands for in any member's words (0 for a
    pattern without one)."""
    if WILDCARD not in pattern:
        return 0
    before = list(pattern).index(WILDCARD)
    after = len(pattern) - before - 1
    return max(len(words) - before - after for words in members)
