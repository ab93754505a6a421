"""The feature frame both label heads read: words, characters, context and rule votes.

One row per item. Its text is segmented once; the heading's words are the leading words of
that cut. The context column holds the headings above the item and its plan's title, so
"3、…" under "四、送温暖…" is read in its section. Rule votes are features too, per axis:
the item's own, its parent heading's, its plan title's, the plan's mix over all its items
(a sports notice, a 慰问 plan), and the label the guide's inheritance rule gives (the area
of the activity an item serves, guide 2a). Shape features say where the item stands: its
depth, whether it has sub-items, how long its heading is, whether it is a "label: value"
line, its marker style.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from pipeline.classify.context import ItemContext
from pipeline.classify.rules import RuleEngine, RuleLabel

# How many ancestor headings the context column carries (nearest first).
CONTEXT_ANCESTORS = 2
# Heading lengths (characters) at which the shape features change bin.
HEADING_BINS = (4, 8, 16)
MAX_DEPTH_FEATURE = 4
_LABEL_COLON = re.compile(r"[:](?![0-9])")

TEXT_COLUMNS = ("words", "heading_words", "chars", "parent", "context", "style")
# Rule-vote blocks: (column prefix, axis).
VOTE_BLOCKS = (("cat_own", "category"), ("cat_rules", "category"), ("cat_inherited", "category"),
               ("cat_parent", "category"), ("cat_plan", "category"), ("cat_mix", "category"),
               ("role_own", "role"), ("role_parent", "role"))
SHAPE_COLUMNS = (*(f"depth_{d}" for d in range(1, MAX_DEPTH_FEATURE + 1)), "has_children",
                 *(f"heading_le_{n}" for n in HEADING_BINS), "heading_long", "heading_is_text",
                 "label_line", "own_fired", "mix_top")


def vote_columns(block: str, codes: Sequence[str]) -> list[str]:
    """The feature columns of one rule-vote block, one per label of its axis."""
    return [f"{block}_{c}" for c in codes]


def feature_columns(engine: RuleEngine) -> list[str]:
    """Every column of the frame, in order (the model's ColumnTransformer reads them by name)."""
    tax = engine.taxonomy
    votes = [col for block, axis in VOTE_BLOCKS for col in vote_columns(block, tax.axis(axis).codes)]
    return [*TEXT_COLUMNS, *votes, *SHAPE_COLUMNS]


def _heading_words(words: list[str], heading: str) -> list[str]:
    """The leading words of the text's cut that make up its heading."""
    out, length = [], 0
    for w in words:
        if length >= len(heading):
            break
        out.append(w)
        length += len(w)
    return out


def feature_frame(contexts: list[ItemContext], segmenter, engine: RuleEngine,
                  categories: Sequence[RuleLabel] | None = None) -> pd.DataFrame:
    """One row per item with the columns of `feature_columns` (numbers filled into one array,
    not row by row: the frame of a chunk has tens of thousands of rows). `categories`, when
    the caller has them, are the engine's category labels of `contexts`."""
    columns = feature_columns(engine)
    numeric_columns = [col for col in columns if col not in TEXT_COLUMNS]
    where = {col: k for k, col in enumerate(numeric_columns)}
    numbers = np.zeros((len(contexts), len(numeric_columns)))
    texts: dict[str, list[str]] = {col: [] for col in TEXT_COLUMNS}
    for row, c in enumerate(contexts):
        own_cat = engine.vote("category", c.heading, c.text)
        own_role = engine.vote("role", c.heading, c.text, c.has_children)
        mix = engine.plan_mix(c.plan)
        words = [w for w in segmenter.cut(c.text) if w.strip()]
        decided = categories[row] if categories is not None else engine.category(c, own_cat)
        ruled = dict(decided.scores)
        # the area inherited from above, only where the item's own words name none (guide 2a)
        inherited = ruled if decided.method == "inherited" else {}
        parent_role = engine.vote("role", c.parent_heading, c.parent_heading, True) if c.ancestors \
            else None
        texts["words"].append(" ".join(words))
        texts["heading_words"].append(" ".join(_heading_words(words, c.heading)))
        texts["chars"].append(c.text)
        texts["parent"].append(c.parent_heading)
        texts["context"].append(" ".join((*c.ancestors[1:CONTEXT_ANCESTORS], c.plan.title)))
        texts["style"].append(c.marker_style)
        values = numbers[row]
        for block, scores in (("cat_own", own_cat.scores), ("cat_rules", ruled), ("cat_inherited", inherited),
                              ("cat_parent", engine.line_vote(c.parent_heading).scores),
                              ("cat_plan", engine.line_vote(c.plan.title).scores),
                              ("cat_mix", mix), ("role_own", own_role.scores),
                              ("role_parent", parent_role.scores if parent_role else {})):
            for code, v in scores.items():
                values[where[f"{block}_{code}"]] = v
        n = len(c.heading)
        values[where[f"depth_{min(c.depth, MAX_DEPTH_FEATURE)}"]] = 1.0
        values[where["has_children"]] = float(c.has_children)
        for b in HEADING_BINS:
            values[where[f"heading_le_{b}"]] = float(n <= b)
        values[where["heading_long"]] = float(n > HEADING_BINS[-1])
        values[where["heading_is_text"]] = float(len(c.text.strip()) <= n + 1)
        label_line = bool(_LABEL_COLON.search(c.text[:n + 2])) and n <= HEADING_BINS[-1]
        values[where["label_line"]] = float(label_line)
        values[where["own_fired"]] = float(own_cat.fired)
        values[where["mix_top"]] = max(mix.values(), default=0.0)
    frame = pd.concat([pd.DataFrame(texts, columns=list(TEXT_COLUMNS)),
                       pd.DataFrame(numbers, columns=numeric_columns)], axis=1)
    return frame[columns]
