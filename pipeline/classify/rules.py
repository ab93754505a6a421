"""The rule engine: the taxonomy's rules vote, and the guide's reading turns votes into labels.

Category (guide 2a): the item's own words decide when a rule fires on them; otherwise the
item takes the area of the activity it serves — the nearest heading above it whose words
name one, else its plan's title and opening, else the area its plan's items are about when
one area dominates them (a "工会活动方案" whose items are games is a sports plan) — else the
fallback (`other`).
Role (guide 2b): role rules read the item's heading (some only for items with, or without,
sub-items); when none fires, the fallback (`substance`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.classify.context import ItemContext, PlanContext
from pipeline.classify.taxonomy import Axis, Taxonomy

# A rule matching the item's heading counts this many times its weight: the guide labels
# an item by its main action, which the heading states.
HEADING_BOOST = 2.0
# Votes are remembered, up to this many: ancestor headings and plan titles recur, and an
# item's own vote is read for its label, its features and its plan's mix.
VOTE_CACHE = 16384
# Role rules read the start of a heading, up to its first comma and at most this many
# characters: a section's name ("比赛时间", "参加人员"), not a sentence that mentions 经费.
ROLE_HEADING_MAX_CHARS = 16
_FIRST_PHRASE = re.compile(r"[,、]")
# A plan is about one area when that area has at least this share of its items' own votes
# (rules alone over the train+dev items: 0.5 / 0.6 / 0.7 / 0.8 gave category accuracy
# 0.838 / 0.854 / 0.863 / 0.863; never inheriting from the mix, 0.820).
PLAN_AREA_SHARE = 0.7
# Plans whose mix is remembered at once (a chunk's plans; the cache is emptied beyond it).
PLAN_CACHE = 4096


@dataclass(frozen=True)
class RuleVote:
    """The rules' summed weight per label of one axis for one text, and the strongest rule."""

    scores: dict[str, float]
    best_rule: str | None  # id of the strongest rule of the winning label

    @property
    def fired(self) -> bool:
        return self.best_rule is not None


@dataclass(frozen=True)
class RuleLabel:
    """A label the rules give, how sure, and how it was found."""

    code: str
    confidence: float  # share of the deciding votes
    method: str  # "rule" (own words), "inherited" (a heading above or the plan), "fallback"
    rule: str | None
    scores: tuple[tuple[str, float], ...]  # every label's share of the deciding votes


class RuleEngine:
    """Votes of the taxonomy's rules on both axes, and the labels the guide derives from them."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.vote = lru_cache(maxsize=VOTE_CACHE)(self._vote)
        self._mixes: dict[int, tuple[PlanContext, dict[str, float]]] = {}

    def _vote(self, axis: str, heading: str, text: str, has_children: bool | None = None) -> RuleVote:
        """Each label's summed rule weight for an item. Category rules read heading (counting
        HEADING_BOOST times) and text; role rules read the heading only. (Called through the
        cached `vote`; the scores it returns are shared and must not be changed.)"""
        ax = self.taxonomy.axis(axis)
        scores = dict.fromkeys(ax.codes, 0.0)
        strongest: dict[str, tuple[float, str]] = {}
        if axis == "role":
            heading = _FIRST_PHRASE.split(heading, 1)[0][:ROLE_HEADING_MAX_CHARS]
        for rule in ax.rules:
            if axis == "role":
                if rule.children is not None and rule.children != has_children:
                    continue
                w = rule.weight if rule.pattern.search(heading) else 0.0
            elif rule.pattern.search(heading):
                w = rule.weight * HEADING_BOOST
            else:
                w = rule.weight if rule.pattern.search(text) else 0.0
            if not w:
                continue
            scores[rule.label] += w
            if w > strongest.get(rule.label, (0.0, ""))[0]:
                strongest[rule.label] = (w, rule.id)
        best = self.best(ax, scores)
        return RuleVote(scores, strongest[best][1] if best in strongest else None)

    def line_vote(self, line: str) -> RuleVote:
        """The category vote of a heading or title line on its own."""
        return self.vote("category", line, line)

    @staticmethod
    def best(axis: Axis, scores: dict[str, float]) -> str:
        """The label with the highest score (file order breaks ties); the fallback if none."""
        top = max(scores.values(), default=0.0)
        if top <= 0:
            return axis.fallback
        return next(c for c in axis.codes if scores[c] == top)

    @staticmethod
    def confidence(scores: dict[str, float]) -> float:
        """The winning label's share of all votes (0 when nothing fired)."""
        total = sum(scores.values())
        return max(scores.values()) / total if total > 0 else 0.0

    def plan_mix(self, plan: PlanContext) -> dict[str, float]:
        """Each category's share of the own-word votes of a plan's items (computed once per plan)."""
        key = id(plan)
        if key not in self._mixes:
            if len(self._mixes) >= PLAN_CACHE:
                self._mixes.clear()
            total = dict.fromkeys(self.taxonomy.category.codes, 0.0)
            for heading, text in plan.items:
                for code, s in self.vote("category", heading, text).scores.items():
                    total[code] += s
            whole = sum(total.values())
            # the plan is kept with its mix, so that its id cannot be reused while cached
            self._mixes[key] = (plan, {c: v / whole if whole else 0.0 for c, v in total.items()})
        return self._mixes[key][1]

    def category(self, ctx: ItemContext, own: RuleVote | None = None) -> RuleLabel:
        """The guide's category: own words, else the activity served, else the fallback."""
        own = own or self.vote("category", ctx.heading, ctx.text)
        if own.fired:
            return self._label("category", own, "rule")
        for line in (*ctx.ancestors, ctx.plan.title):
            inherited = self.line_vote(line)
            if inherited.fired:
                return self._label("category", inherited, "inherited")
        mix = self.plan_mix(ctx.plan)
        top = max(mix, key=lambda c: mix[c]) if mix else None
        if top is not None and mix[top] >= PLAN_AREA_SHARE:
            return RuleLabel(top, mix[top], "inherited", None, tuple(mix.items()))
        return self._label("category", own, "fallback")

    def role(self, ctx: ItemContext, own: RuleVote | None = None) -> RuleLabel:
        """The guide's role from the heading's words and whether the item has sub-items."""
        own = own or self.vote("role", ctx.heading, ctx.text, ctx.has_children)
        return self._label("role", own, "rule" if own.fired else "fallback")

    def _label(self, axis: str, vote: RuleVote, method: str) -> RuleLabel:
        ax = self.taxonomy.axis(axis)
        total = sum(vote.scores.values())
        shares = tuple((c, s / total if total else 0.0) for c, s in vote.scores.items())
        return RuleLabel(self.best(ax, vote.scores), self.confidence(vote.scores), method,
                         vote.best_rule, shares)
