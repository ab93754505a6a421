"""StructuredDocument (or a failed RawDocument) -> rows of the documents, plans, items tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.errors import Problem
from pipeline.records import ClassifiedDocument, Plan, RawDocument, StructuredDocument

# How much of a plan's opening the plans table keeps: a purpose statement, not a page.
OPENING_CHARS = 300


@dataclass
class DocumentRows:
    """The rows one article adds to each table."""

    documents: list[dict] = field(default_factory=list)
    plans: list[dict] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    labels: list[dict] = field(default_factory=list)
    label_scores: list[dict] = field(default_factory=list)


def _doc_row(raw: RawDocument, cleaning: tuple[Problem, ...] = (), **extra) -> dict:
    problems = "; ".join(str(p) for p in raw.problems + cleaning) or None
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


def plan_opening(doc: StructuredDocument, plan: Plan) -> str:
    """The words between a plan's marker line and its first item, in the Simplified view with
    runs of space made one, up to OPENING_CHARS: its purpose statement, which copies of the
    plan share whatever their titles (篇二, 範文2) and which a page cut after it still holds."""
    return " ".join(doc.clean.norm[plan.body_start:plan.lead_end].split())[:OPENING_CHARS]


def document_rows(classified: ClassifiedDocument) -> DocumentRows:
    """The rows of a classified article."""
    doc = classified.structured
    clean, raw = doc.clean, doc.clean.raw
    item_ids: dict[tuple[int, int], str] = {}
    out = DocumentRows()
    n_items = 0
    fields = {f.plan: f for f in classified.plans}
    sections = {(p, i): s for p, i, s in classified.sections}
    for plan in doc.plans:
        plan_id = f"{raw.doc_id}-p{plan.ordinal:02d}"
        start, end = clean.original_span(plan.start, plan.end)
        f = fields.get(plan.ordinal)
        out.plans.append({
            "plan_id": plan_id, "doc_id": raw.doc_id, "ordinal": plan.ordinal,
            "title": plan.title, "char_start": start, "char_end": end, "n_items": len(plan.items),
            "opening_norm": plan_opening(doc, plan),
            "title_text": f.title_text if f else None, "year": f.year if f else None,
            "org": f.org if f else None, "org_kind": f.org_kind if f else None,
            "plan_kind": f.plan_kind if f else None, "activity": f.activity if f else None,
            "copy_group": None, "canonical": None,
        })
        ids = {it.ordinal: f"{plan_id}-i{it.ordinal:04d}" for it in plan.items}
        item_ids.update({(plan.ordinal, k): v for k, v in ids.items()})
        for it in plan.items:
            text = clean.text[it.text_start:it.text_end]
            norm = clean.norm[it.text_start:it.text_end]
            start, end = clean.original_span(it.marker.start, max(it.text_end, it.marker.end))
            out.items.append({
                "item_id": ids[it.ordinal], "plan_id": plan_id, "doc_id": raw.doc_id,
                "parent_id": ids.get(it.parent) if it.parent else None, "depth": it.depth,
                "ordinal": it.ordinal,
                "marker": clean.text[it.marker.start:it.marker.end].strip(),
                "marker_style": it.marker.style,
                "heading": clean.text[it.text_start:it.heading_end].strip(),
                "heading_norm": clean.norm[it.text_start:it.heading_end].strip(),
                "section": sections.get((plan.ordinal, it.ordinal)),
                "text": text, "text_norm": norm, "char_start": start, "char_end": end,
            })
        n_items += len(plan.items)
    for label in classified.labels:
        item_id = item_ids[(label.plan, label.item)]
        cat, role = label.category, label.role
        out.labels.append({"item_id": item_id, "category": cat.code, "confidence": cat.confidence,
                           "method": cat.method, "rule": cat.rule, "role": role.code,
                           "role_confidence": role.confidence, "role_method": role.method,
                           "role_rule": role.rule})
        out.label_scores += [{"item_id": item_id, "axis": axis, "label": c, "score": s}
                             for axis, lb in (("category", cat), ("role", role)) for c, s in lb.scores]
    has_text = bool(clean.text.strip())
    status = "ok" if n_items else ("no_items" if has_text else "empty")
    out.documents.append(_doc_row(
        raw, clean.problems, script=clean.script, n_plans=len(doc.plans) if has_text else 0, n_items=n_items,
        status=status, title=clean.title, published=clean.published,
    ))
    return out
