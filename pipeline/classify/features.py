"""What the classifier sees of an item: its words, characters, rule votes and context.

Context is the parent item's heading and the plan title, so that "3、…" under
"四、送温暖…" is read in its section. Everything is taken from the Simplified view.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipeline.classify.rules import RuleEngine, RuleVote
from pipeline.records import Item, Plan, StructuredDocument

# Only the start of a long item is used: its heading and first sentences say what it does.
TEXT_MAX_CHARS = 200


@dataclass(frozen=True)
class ItemContext:
    heading: str
    text: str
    parent_heading: str
    plan_title: str


def item_contexts(doc: StructuredDocument) -> list[tuple[Plan, Item, ItemContext]]:
    norm = doc.clean.norm
    out = []
    for plan in doc.plans:
        by_ordinal = {it.ordinal: it for it in plan.items}
        line_end = norm.find("\n", plan.start)
        title = norm[plan.start:line_end if line_end != -1 else len(norm)].strip() if plan.title else ""
        for it in plan.items:
            parent = by_ordinal.get(it.parent) if it.parent else None
            out.append((plan, it, ItemContext(
                heading=norm[it.text_start:it.heading_end].strip(),
                text=norm[it.text_start:min(it.text_end, it.text_start + TEXT_MAX_CHARS)],
                parent_heading=norm[parent.text_start:parent.heading_end].strip() if parent else "",
                plan_title=title,
            )))
    return out


def rule_columns(codes: tuple[str, ...]) -> list[str]:
    return [f"rule_{c}" for c in codes]


def feature_frame(contexts: list[ItemContext], segmenter, engine: RuleEngine,
                  votes: list[RuleVote] | None = None) -> pd.DataFrame:
    """One row per item: the columns the model's ColumnTransformer reads.

    `votes`, when the caller has them already, are the engine's votes for `contexts`.
    """
    if votes is None:
        votes = [engine.vote(c.heading, c.text) for c in contexts]
    rows = []
    for c, vote in zip(contexts, votes):
        row = {
            "words": " ".join(w for w in segmenter.cut(c.text) if w.strip()),
            "heading_words": " ".join(w for w in segmenter.cut(c.heading) if w.strip()),
            "chars": c.text,
            "context": f"{c.parent_heading} {c.plan_title}",
        }
        row.update({f"rule_{code}": score for code, score in vote.scores.items()})
        rows.append(row)
    return pd.DataFrame(rows, columns=["words", "heading_words", "chars", "context",
                                       *rule_columns(engine.taxonomy.codes)])
