"""Read the numeral of a marker: 一…九十九, 1…99, a one-character number (① ⑴ ⒈ ㈠ ❶ Ⅳ), A/a,
首先/其次/再次/最后."""

from __future__ import annotations

import unicodedata

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_CHARS = {v: ch for ch, v in _CN_DIGITS.items()}
ORDINAL_WORDS = {"首先": 1, "其次": 2, "再次": 3}
# "最后" closes a run of any length; it is read as "the next value" by the parser.
LAST_ORDINAL = "最后"
LAST = -1


def cn_value(text: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十 -> 20, 二十三 -> 23."""
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else -2
    tens, _, ones = text.partition("十")
    value = (_CN_DIGITS.get(tens, -100) if tens else 1) * 10
    return value + (_CN_DIGITS.get(ones, -100) if ones else 0)


def cn_numeral(value: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三: the inverse of `cn_value` below 100 (for a
    marker whose number is restored)."""
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_CHARS[tens] + "十")
    return head + _CN_CHARS.get(ones, "")


def read_numeral(kind: str, text: str) -> int:
    """The value of `text` in numeral system `kind`; negative when it is not a number."""
    if kind == "arabic":
        return int(text)
    if kind == "cn":
        return cn_value(text)
    if kind == "unicode":
        # one character that Unicode gives a number: ① ⑴ ⒈ ㈠ ❶ ➀ ⓵ Ⅳ ⅳ
        return int(unicodedata.numeric(text, -1))
    if kind == "latin":
        return ord(text.upper()) - ord("A") + 1
    if kind == "ordinal":
        return LAST if text == LAST_ORDINAL else ORDINAL_WORDS[text]
    if kind == "month":
        return int(text) if text.isdigit() else cn_value(text)
    raise ValueError(f"unknown numeral kind {kind!r}")
