"""The Simplified, width-folded view used for matching, aligned char-for-char.

OpenCC converts Traditional to Simplified (phrase-aware). Its output nearly always has
the input's length; where a phrase conversion changes the length, that line is
converted one character at a time so offsets stay aligned.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Share of CJK characters that OpenCC changes above which a page counts as Traditional.
# Simplified pages change ~0% (a stray 著/乾), Traditional pages 15-30%; 3% separates
# them with a wide margin on the bundled corpus.
TRADITIONAL_SHARE = 0.03


def _nfkc_folds(chars: range) -> dict[int, int]:
    """Each of `chars` whose NFKC form is one character, mapped to it (same length)."""
    return {c: ord(n) for c in chars if len(n := unicodedata.normalize("NFKC", chr(c))) == 1}


_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20  # ideographic space
_WIDTH[0xA0] = 0x20  # no-break space
_WIDTH[0x3127] = ord("一")  # bopomofo ㄧ typed for 一 on Taiwanese pages: "(ㄧ)、" is "(一)、"
# PDF text layers: the horizontal stroke ㇐ and the Kangxi radicals (⼀ ⼆ ⼋ ⼗ …) stand for
# the characters they look like: "㇐、成功力阻…" is "一、", "⼆、" is "二、"
_WIDTH[0x31D0] = ord("一")
_WIDTH.update(_nfkc_folds(range(0x2F00, 0x2FD6)))
# small form variants (﹑ ﹐ ﹒ ﹕ ﹙ …) fold to the marks they stand for: "1﹑送清凉…" is "1、"
_WIDTH.update(_nfkc_folds(range(0xFE50, 0xFE6C)))


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def fold_width(text: str) -> str:
    """Full-width ASCII letters, digits and punctuation -> half-width (same length)."""
    return text.translate(_WIDTH)


def to_simplified(text: str) -> str:
    """Simplified Chinese, same length as `text`."""
    cc = _converter()
    out = []
    for line in text.split("\n"):
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(c if len(c2 := cc.convert(c)) != 1 else c2 for c in line)
        out.append(conv)
    return "\n".join(out)


def normalized_view(text: str) -> str:
    """The matching view: Simplified and width-folded, aligned with `text`."""
    return fold_width(to_simplified(text))


def detect_script(text: str, simplified: str) -> str:
    """"traditional" when OpenCC changed a noticeable share of CJK characters."""
    cjk = changed = 0
    for a, b in zip(text, simplified):
        if "\u3400" <= a <= "\u9fff":
            cjk += 1
            changed += a != b
    return "traditional" if cjk and changed / cjk >= TRADITIONAL_SHARE else "simplified"
