"""Find every place a marker style matches at a boundary (before sequence checks).

A boundary is the start of a line (after indentation) or a position right after
punctuation or a space inside a line. Only `where = "any"` styles are tried inside
lines. At each boundary the first matching style wins. An arabic "N、"/"N." or a circled
number glued to the character before it ("…活动2、畅想…", "①阳光伙伴齐步走②盲人画像")
or a "(一)" glued to a heading ("二、慰问活动安排(一)区领导…") is a candidate too, marked
`glued`: the tree accepts it only where it continues an open sequence or, for a first
value, where it opens the child list of a short heading item on the same line. So is a
"一、" glued to a title or to the text of another document pasted into the page
("…六比六看球赛一、活动简介…二、活动目标"; not "十一、", "五一、", "第一、"): the tree
accepts it only where its run's "二、" follows before the open run continues.
"""

from __future__ import annotations

import re

from pipeline.records import Marker
from pipeline.structure.numerals import read_numeral
from pipeline.structure.styles import MarkerStyle

# Characters after which an inline marker may start ("…;2、参加…", "…意义。三、创建…"),
# including an ASCII full stop that ends a Chinese sentence ("…信心.(一)是…").
_BOUNDARY = re.compile(
    r"(?:^|\n)[ \t]*|[。;!?:,、)\]】”\"'|…][ \t]*|(?<=[\u3400-\u9fff])\.[ \t]*|[ \t]+"
    r"|(?<=[\u3400-\u9fff])(?=[0-9]{1,2}(?:[、)]|\.(?![0-9]))|[①-⑳⑴-⒇]|[(〔][一二三四五六七八九十]{1,3}[)〕])"
    r"|(?<=[\u3400-\u9fff])(?<![一二三四五六七八九十百千万零〇两第])(?=一、)"
)


def find_candidates(norm: str, start: int, end: int, styles: tuple[MarkerStyle, ...]) -> list[Marker]:
    """Marker candidates in `norm[start:end]`, in reading order, never overlapping."""
    found: list[Marker] = []
    taken_until = start
    for b in _BOUNDARY.finditer(norm, start, end):
        pos = b.end()
        if pos < taken_until or pos >= end:
            continue
        line_start = _blank(norm, norm.rfind("\n", start, pos) + 1 or start, pos)
        for style in styles:
            if style.where == "line" and not line_start:
                continue
            m = style.pattern.match(norm, pos, end)
            if m is None:
                continue
            value = read_numeral(style.numerals, m.group("num"))
            if value == 0 or value < -1:
                continue
            num2 = m.groupdict().get("num2")
            value_end = read_numeral(style.numerals, num2) if num2 else value
            glued = not line_start and b.start() == b.end()
            found.append(
                Marker(style.id, style.family, value, value_end, pos, m.end(), line_start, glued)
            )
            taken_until = m.end()
            break
    return found


def _blank(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip()
