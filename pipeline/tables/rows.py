"""StructuredDocument (or a failed RawDocument) -> rows of the documents, plans, items tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.records import RawDocument, StructuredDocument

# The heading is the first clause; a text with no clause end is cut at this length.
HEADING_MAX_CHARS = 60
_CLAUSE_END = re.compile(r"[。:;!?\n]")


@dataclass
class DocumentRows:
    documents: list[dict] = field(default_factory=list)
    plans: list[dict] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)


def _doc_row(raw: RawDocument, **extra) -> dict:
    problems = "; ".join(str(p) for p in raw.problems) or None
    row = {
        "doc_id": raw.doc_id, "record": raw.record, "source": raw.source, "title": raw.title,
        "published": raw.published, "encoding": raw.encoding, "script": None,
        "chars": len(raw.text or ""), "n_plans": 0, "n_items": 0, "status": "error",
        "error": problems, "text": raw.text,
    }
    row.update(extra)
    return row


def failed_rows(raw: RawDocument) -> DocumentRows:
    """Rows for a document that has no text (error) or only blank text (empty)."""
    status = "error" if raw.error else "empty"
    return DocumentRows(documents=[_doc_row(raw, status=status)])


def document_rows(doc: StructuredDocument) -> DocumentRows:
    clean, raw = doc.clean, doc.clean.raw
    out = DocumentRows()
    n_items = 0
    for plan in doc.plans:
        plan_id = f"{raw.doc_id}-p{plan.ordinal:02d}"
        start, end = clean.original_span(plan.start, plan.end)
        out.plans.append({
            "plan_id": plan_id, "doc_id": raw.doc_id, "ordinal": plan.ordinal,
            "title": plan.title, "char_start": start, "char_end": end, "n_items": len(plan.items),
        })
        ids = {it.ordinal: f"{plan_id}-i{it.ordinal:04d}" for it in plan.items}
        for it in plan.items:
            text = clean.text[it.text_start:it.text_end]
            norm = clean.norm[it.text_start:it.text_end]
            cut = _CLAUSE_END.search(norm)
            head_end = cut.start() if cut else min(len(norm), HEADING_MAX_CHARS)
            start, end = clean.original_span(it.marker.start, max(it.text_end, it.marker.end))
            out.items.append({
                "item_id": ids[it.ordinal], "plan_id": plan_id, "doc_id": raw.doc_id,
                "parent_id": ids.get(it.parent) if it.parent else None, "depth": it.depth,
                "ordinal": it.ordinal,
                "marker": clean.text[it.marker.start:it.marker.end].strip(),
                "marker_style": it.marker.style, "heading": text[:head_end].strip(),
                "text": text, "text_norm": norm, "char_start": start, "char_end": end,
            })
        n_items += len(plan.items)
    has_text = bool(clean.text.strip())
    status = "ok" if n_items else ("no_items" if has_text else "empty")
    out.documents.append(_doc_row(
        raw, script=clean.script, n_plans=len(doc.plans) if has_text else 0, n_items=n_items,
        status=status, title=clean.title, published=clean.published,
    ))
    return out
