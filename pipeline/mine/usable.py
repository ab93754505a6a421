"""Whether an author could use a template as it stands (docs/templates.md, points 1 and 2).

A template is words and slots. Its content words are fixed words of two or more characters
that are not generic (data/usable.toml: 开展, 活动, 工作 …); single characters are function
words or cut words. A usable template has a content word and, counting typed slots, at
least two words or slots. With a bare wildcard it needs two content words or slots and a
content word after the wildcard, the head that says what the gap is (`<*> 知识 竞赛`, not
`<*> 活动`, `发挥 <*> 作用` or `每场 比赛 <*>`), and the gap must stand for one short kind of
thing in every member: at most MAX_GAP_WORDS words, each a noun or a function word by its
part-of-speech tag (教职工 的 in `增强 <*> 健身 意识`, 安全 in `<*> 知识 竞赛`), not whole
clauses ("组织 教师 学习 … 举行" before 知识 竞赛), verbs (构建 和谐 / 促进 和谐 before 劳动 关系)
or another slot. A fixed word of one character other than a function word (的, 和, 前 …) is
a cut word ("师德师 风"): such a template does not read as Chinese (point 4). Fixed words
ending in a time word (data/usable.toml `time_frames`: 比赛 开始 前) are a time frame: they say
when a line applies, not what it is (point 1).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.mine.rules import load_usable_words
from pipeline.mine.skeleton import Skeleton

WILDCARD = "<*>"
# The most words a bare wildcard may stand for in any member of a usable template.
MAX_GAP_WORDS = 2


def _is_slot(word: str) -> bool:
    return word.startswith("<") and word.endswith(">") and word != WILDCARD


def usable(words: Sequence[str], fillers: Sequence[Sequence[tuple[str, str]]] = ()) -> bool:
    """True when the template's words say what it is about (see the module docstring);
    `fillers` are the (word, tag) pairs the wildcard stands for in each member (`gap_fillers`)."""
    lists = load_usable_words()
    if any(len(w) == 1 and w not in lists.function for w in words):
        return False  # a word the segmenter cut ("师德师 风"): it does not read as Chinese
    content = [not _is_slot(w) and w != WILDCARD and len(w) >= 2 and w not in lists.generic for w in words]
    if not any(content):
        return False
    if WILDCARD not in words:
        # a time frame of fixed words says when a line applies, not what it is (point 1)
        return len(words) >= 2 and not (words[-1] in lists.time_frames and not any(map(_is_slot, words)))
    last = max(i for i, w in enumerate(words) if w == WILDCARD)
    return sum(content) + sum(map(_is_slot, words)) >= 2 and any(content[last + 1:]) \
        and all(_one_kind_of_thing(f) for f in fillers)


def _one_kind_of_thing(filler: Sequence[tuple[str, str]]) -> bool:
    lists = load_usable_words()
    return 0 < len(filler) <= MAX_GAP_WORDS and all(
        word in lists.function or tag in lists.gap_tags for word, tag in filler)


def gap_fillers(pattern: Sequence[str], members: Sequence[Skeleton]) -> list[tuple[tuple[str, str], ...]]:
    """The (word, tag) pairs the pattern's one wildcard stands for in each member's skeleton
    (none for a pattern without one)."""
    if WILDCARD not in pattern:
        return []
    before = list(pattern).index(WILDCARD)
    after = len(pattern) - before - 1
    return [tuple(zip(m.words, m.tags))[before:len(m.words) - after] for m in members]
