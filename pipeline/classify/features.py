"""What the classifier sees of an item: its words, characters, rule votes and context.

Context is the parent item's heading and the plan title, so that "3、…" under
"四、送温暖…" is read in its section: as characters, and as the rule votes those two
lines draw on their own (a parent heading "四、送温暖" votes welfare for every child).
An untitled plan (an article that is one plan) is named by the text before its first
item: the article's title and opening words ("…工会定于…举办职工篮球联赛。现将有关事项
通知如下:"), which say what kind of plan follows (grouped CV over train+dev, session 7:
macro-F1 0.841 without, 0.853 with the first LEAD_MAX_CHARS characters on 1,307 items —
40 / 120 / 300 / 600 gave 0.844 / 0.851 / 0.851 / 0.852 — and 0.837 / 0.840 on the final
1,367).
The plan's items together say what kind of plan it is (a sports notice, a 慰问 plan), which
decides generic items such as "比赛规则" or "慰问对象": their summed rule votes, as shares,
are the plan mix. Everything is taken from the Simplified view.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipeline.classify.rules import RuleEngine, RuleVote
from pipeline.records import Item, Plan, StructuredDocument

# Only the start of a long item is used: its heading and first sentences say what it does.
TEXT_MAX_CHARS = 200
# How much of an untitled plan's opening text stands for its title.
LEAD_MAX_CHARS = 160


@dataclass(frozen=True)
class ItemContext:
    """What the classifier reads of one item: its words and those of its context."""

    heading: str
    text: str
    parent_heading: str
    plan_title: str
    plan_items: tuple[tuple[str, str], ...]  # (heading, text) of every item in the plan


def item_contexts(doc: StructuredDocument) -> list[tuple[Plan, Item, ItemContext]]:
    """Every item of an article with its context, in reading order."""
    norm = doc.clean.norm
    out = []
    for plan in doc.plans:
        if plan.title:
            line_end = norm.find("\n", plan.start)
            title = norm[plan.start:line_end if line_end != -1 else len(norm)].strip()
        else:
            lead_end = plan.items[0].marker.start if plan.items else plan.start
            title = norm[plan.start:lead_end].strip()[:LEAD_MAX_CHARS]
        own = {it.ordinal: (norm[it.text_start:it.heading_end].strip(),
                            norm[it.text_start:min(it.text_end, it.text_start + TEXT_MAX_CHARS)])
               for it in plan.items}
        plan_items = tuple(own.values())
        for it in plan.items:
            heading, text = own[it.ordinal]
            out.append((plan, it, ItemContext(
                heading=heading,
                text=text,
                parent_heading=own[it.parent][0] if it.parent in own else "",
                plan_title=title,
                plan_items=plan_items,
            )))
    return out


# Where rule votes are taken: the item itself, its parent's heading, the plan title, and
# all items of the plan (as shares of their summed votes).
VOTE_SOURCES = ("rule", "parent_rule", "plan_rule", "plan_mix")


def rule_columns(codes: tuple[str, ...], source: str) -> list[str]:
    """The feature columns holding `source`'s rule vote for each category."""
    return [f"{source}_{c}" for c in codes]


def feature_frame(contexts: list[ItemContext], segmenter, engine: RuleEngine,
                  votes: list[RuleVote] | None = None) -> pd.DataFrame:
    """One row per item: the columns the model's ColumnTransformer reads.

    `votes`, when the caller has them already, are the engine's votes for `contexts`.
    """
    if votes is None:
        votes = [engine.vote(c.heading, c.text) for c in contexts]
    line_votes: dict[str, dict[str, float]] = {}  # a parent heading or title recurs: vote once

    def line_vote(line: str) -> dict[str, float]:
        if line not in line_votes:
            line_votes[line] = engine.vote(line, line).scores
        return line_votes[line]

    plan_mixes: dict[int, dict[str, float]] = {}  # items of one plan share one tuple: mix once
    voted = {(c.heading, c.text): v.scores for c, v in zip(contexts, votes)}

    def plan_mix(plan_items: tuple[tuple[str, str], ...]) -> dict[str, float]:
        if id(plan_items) not in plan_mixes:
            total = dict.fromkeys(engine.taxonomy.codes, 0.0)
            for heading, text in plan_items:
                scores = voted.get((heading, text)) or engine.vote(heading, text).scores
                for code, score in scores.items():
                    total[code] += score
            whole = sum(total.values())
            plan_mixes[id(plan_items)] = {c: v / whole if whole else 0.0 for c, v in total.items()}
        return plan_mixes[id(plan_items)]

    rows = []
    for c, vote in zip(contexts, votes):
        row: dict[str, str | float] = {
            "words": " ".join(w for w in segmenter.cut(c.text) if w.strip()),
            "heading_words": " ".join(w for w in segmenter.cut(c.heading) if w.strip()),
            "chars": c.text,
            "context": f"{c.parent_heading} {c.plan_title}",
        }
        for source, scores in zip(VOTE_SOURCES, (vote.scores, line_vote(c.parent_heading),
                                                 line_vote(c.plan_title), plan_mix(c.plan_items))):
            row.update({f"{source}_{code}": score for code, score in scores.items()})
        rows.append(row)
    codes = engine.taxonomy.codes
    return pd.DataFrame(rows, columns=["words", "heading_words", "chars", "context",
                                       *(col for src in VOTE_SOURCES for col in rule_columns(codes, src))])
