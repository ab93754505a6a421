"""Stage 3, structure: CleanDocument -> StructuredDocument (plans and item trees).

Matching runs on the Simplified, width-folded view (`norm`), which is aligned
character for character with the cleaned text, so Traditional and full-width pages
parse like the rest and every offset is valid in both.
"""

from __future__ import annotations

from pipeline.markers import load_plan_markers, load_styles
from pipeline.records import CleanDocument, Plan, StructuredDocument
from pipeline.structure.candidates import find_candidates
from pipeline.structure.plans import split_plans
from pipeline.structure.tree import build_tree


class StructureParser:
    """Splits plans and parses items with one set of marker styles."""

    def __init__(self, markers_file: str | None = None, plans_file: str | None = None) -> None:
        self.styles = load_styles(markers_file)
        self.by_id = {s.id: s for s in self.styles}
        self.plan_markers = load_plan_markers(plans_file)

    def __call__(self, doc: CleanDocument) -> StructuredDocument:
        """Plans and their item trees for one cleaned article."""
        preamble, spans = split_plans(doc.text, doc.norm, self.plan_markers)
        plans = []
        for span in spans:
            cands = find_candidates(doc.norm, span.body_start, span.end, self.styles)
            # a body opening the page, or after a plan marker inside a line (a library page run
            # into one line: "…医院工会工作计划【第一篇】署的…工作.2.北京…"), may begin mid-sequence
            mid_line = doc.norm[span.body_start:span.body_start + 1] not in ("\n", "")
            items = build_tree(cands, doc.norm, span.body_start, span.end, self.by_id,
                               page_start=not span.title or mid_line)
            plans.append(Plan(span.ordinal, span.title, span.start, span.end, span.body_start, items))
        return StructuredDocument(doc, preamble, tuple(plans))
