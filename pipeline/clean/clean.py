"""Stage 2, clean: RawDocument -> CleanDocument.

1. inline repairs (`replace` rules: pinyin glosses, backquotes, CRLF), lines a site decoded
   with the wrong encoding (redecode.py: UTF-8 or GBK read as Latin-1), and markers a site
   mis-decoded by one byte (mojibake.py; a W104 warning where a marker's number is lost);
2. chrome lines dropped and trailing link lists cut (`drop_line`, `cut_from` rules),
   matched on the Simplified view so Traditional pages are cleaned alike;
3. document-library chunk numbers removed (chunks.py) and hard line wraps joined;
4. the Simplified, width-folded view for matching: computed once, before step 2 (OpenCC
   is the costliest step of cleaning), and cut by the same deletions as the text, which
   it stays aligned with character for character.
Every removed span is recorded with its rule id and every kept character keeps its
offset in the original.
"""

from __future__ import annotations

from pipeline.clean.chunks import chunk_number_edits
from pipeline.clean.mojibake import gbk_shift_repairs
from pipeline.clean.redecode import redecode_repairs
from pipeline.clean.rules import CleaningRule, load_rules
from pipeline.clean.script import detect_script, normalized_view
from pipeline.clean.textmap import MappedText
from pipeline.clean.titles import title_line
from pipeline.clean.wraps import wrap_joins
from pipeline.errors import Problem
from pipeline.records import CleanDocument, RawDocument, Removal

# Chrome rules (drop_line, cut_from) judge lines up to this long. A longer line is text run
# together (a PDF dump, a page without line breaks): a blurb inside it must not take the
# plans it shares the line with.
CHROME_LINE_MAX_CHARS = 300
# A list-of-links heading ("相关推荐") cuts the rest of the page only where links follow it: its
# next LINK_LINES_SEEN lines are all titles no longer than LINK_MAX_CHARS. A heading followed by
# prose is a site widget's label over the article itself (p447): only its line goes.
LINK_LINES_SEEN = 3
LINK_MAX_CHARS = 60


class Cleaner:
    """Cleans documents with one rule set (loaded once, reused for every document)."""

    def __init__(self, rules: tuple[CleaningRule, ...] | None = None) -> None:
        rules = rules if rules is not None else load_rules()
        self.replace = [r for r in rules if r.kind == "replace"]
        self.drop_line = [r for r in rules if r.kind == "drop_line"]
        self.cut_from = [r for r in rules if r.kind == "cut_from"]

    def __call__(self, raw: RawDocument) -> CleanDocument:
        text = raw.text or ""
        mapped = MappedText(text)
        removals: list[Removal] = []

        for rule in self.replace:
            edits = [(m.start(), m.end(), rule.replacement) for m in rule.pattern.finditer(mapped.text)]
            if edits:
                removals += [Removal(rule.id, mapped.origin[s], mapped.origin[e]) for s, e, _ in edits]
                mapped = mapped.edit(edits)

        problems: list[Problem] = []
        for find_repairs in (redecode_repairs, gbk_shift_repairs):  # the second reads the first's text
            repairs = find_repairs(mapped.text)
            problems += [Problem("W104", f"{raw.record}: a marker mis-decoded on the page lost bytes "
                                 f"of its number; restored as {r.text}")
                         for r in repairs if r.rule_id == "mojibake_gbk_lost_number"]
            if repairs:
                removals += [Removal(r.rule_id, mapped.origin[r.start], mapped.origin[r.end])
                             for r in repairs]
                mapped = mapped.edit((r.start, r.end, r.text) for r in repairs)

        published = raw.published
        norm = normalized_view(mapped.text)
        chrome, found_date = self._chrome_spans(norm, removals, mapped)
        published = published or found_date
        mapped, norm = _cut(mapped, norm, chrome)

        chunks = chunk_number_edits(mapped.text, norm)
        if chunks:
            removals += [Removal("library_chunk_number", mapped.origin[s], mapped.origin[e])
                         for s, e in chunks]
            mapped, norm = _cut(mapped, norm, chunks)

        joins = wrap_joins(mapped.text, norm)
        if joins:
            removals += [Removal("line_wrap", mapped.origin[s], mapped.origin[e]) for s, e in joins]
            mapped, norm = _cut(mapped, norm, joins)

        return CleanDocument(
            raw=raw,
            text=mapped.text,
            norm=norm,
            origin=tuple(mapped.origin),
            script=detect_script(mapped.text, norm),
            title=raw.title or title_line(mapped.text, norm),  # chrome and spam are gone by now
            published=published,
            removals=tuple(sorted(removals, key=lambda r: r.start)),
            problems=tuple(problems),
        )

    def _chrome_spans(self, norm: str, removals: list[Removal], mapped: MappedText):
        spans: list[tuple[int, int]] = []
        published = None
        end = -1
        lines = norm.split("\n")
        for k, line in enumerate(lines):
            start, end = end + 1, end + 1 + len(line)
            if len(line) > CHROME_LINE_MAX_CHARS:  # content run into one line: keep it whole
                continue
            cut = next((r for r in self.cut_from if r.pattern.search(line)), None)
            if cut is not None:
                to_end = cut.whatever_follows or _links_follow(lines, k)
                stop = len(norm) if to_end else min(end + 1, len(norm))
                spans.append((start, stop))
                removals.append(Removal(cut.id, mapped.origin[start], mapped.origin[stop]))
                if stop == len(norm):
                    break
                continue
            for rule in self.drop_line:
                m = rule.pattern.search(line)
                if m:
                    stop = min(end + 1, len(norm))
                    spans.append((start, stop))
                    removals.append(Removal(rule.id, mapped.origin[start], mapped.origin[stop]))
                    if published is None and "published" in m.re.groupindex:
                        published = m.group("published")
                    break
        return spans, published


def _links_follow(lines: list[str], k: int) -> bool:
    """Whether the lines after lines[k] read as a list of links (short titles), not prose."""
    after = [ln.strip() for ln in lines[k + 1:k + 1 + 3 * LINK_LINES_SEEN] if ln.strip()]
    return all(len(ln) <= LINK_MAX_CHARS for ln in after[:LINK_LINES_SEEN])


def _cut(mapped: MappedText, norm: str, spans: list[tuple[int, int]]) -> tuple[MappedText, str]:
    """Delete the sorted, non-overlapping `(start, end)` spans from the text and from its
    view alike, so the two stay aligned character for character."""
    pieces, pos = [], 0
    for start, end in spans:
        pieces.append(norm[pos:start])
        pos = end
    pieces.append(norm[pos:])
    return mapped.edit((s, e, "") for s, e in spans), "".join(pieces)
