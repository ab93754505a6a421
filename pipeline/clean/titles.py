"""Which line of a page is its title: a short line that names a plan, a notice or a rule.

Scraped pages often open with a fragment ("给你个范本", "各二级工会:") where the title is
the second or third line. The page title is the first of the opening lines that is short,
is not an address line ending in a colon or a breadcrumb trail ending in ">", and holds a
title word (or begins with a collection's title, "…工作计划精选5篇", run on into the text);
else the first line.
"""

from __future__ import annotations

import re

# Words a plan's or page's title holds (Simplified; match on the width-folded, Simplified view).
TITLE_WORDS = re.compile(r"计划|方案|要点|通知|总结|制度|办法|细则|安排|汇报|报告|职责|规程|章程|思路")
# A collection's title at the head of a line that runs on into its text.
_COLLECTION_HEAD = re.compile(rf"^.{{0,40}}?(?:{TITLE_WORDS.pattern})(?:精选|范文|大全|合集|汇编)?"
                              r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})篇")
# How many opening lines are looked at, and the longest a title line may be.
TITLE_LINES = 6
TITLE_MAX_CHARS = 60


def title_line(text: str, norm: str) -> str | None:
    """The page's title line in `text` (`norm` is its Simplified view, same length), or None."""
    lines: list[tuple[str, str]] = []
    pos = 0
    for line in text.split("\n"):
        view = norm[pos:pos + len(line)]
        pos += len(line) + 1
        if line.strip():
            lines.append((line.strip(), view.strip()))
        if len(lines) >= TITLE_LINES:
            break
    if not lines:
        return None
    for line, view in lines:
        if view.endswith((">", "＞")):
            continue  # a breadcrumb trail ("学习啦>实用范文>办公文秘>策划方案>")
        if m := _COLLECTION_HEAD.match(view):
            return line[:m.end()]  # "2023年医院工会工作计划精选5篇计划是人们…": run on into the text
        if len(line) <= TITLE_MAX_CHARS and not view.endswith(":") and TITLE_WORDS.search(view):
            return line
    return lines[0][0][:TITLE_MAX_CHARS]
