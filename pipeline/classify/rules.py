"""The rule engine: each taxonomy rule that matches an item votes for its category."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.classify.taxonomy import Taxonomy

# A rule matching the item's heading counts this many times its weight: the guide labels
# an item by its main action, which the heading states.
HEADING_BOOST = 2.0


@dataclass(frozen=True)
class RuleVote:
    """The taxonomy rules' votes for one text."""

    scores: dict[str, float]  # category -> summed weight of the rules that fired
    best_rule: str | None  # id of the strongest rule of the winning category

    @property
    def fired(self) -> bool:
        return self.best_rule is not None


class RuleEngine:
    """Matches the taxonomy's rules against item text."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy

    def vote(self, heading: str, text: str) -> RuleVote:
        """Each category's summed rule weight for an item (a heading match counts HEADING_BOOST times)."""
        scores = dict.fromkeys(self.taxonomy.codes, 0.0)
        strongest: dict[str, tuple[float, str]] = {}
        for rule in self.taxonomy.rules:
            if rule.pattern.search(heading):
                w = rule.weight * HEADING_BOOST
            elif rule.pattern.search(text):
                w = rule.weight
            else:
                continue
            scores[rule.category] += w
            if w > strongest.get(rule.category, (0.0, ""))[0]:
                strongest[rule.category] = (w, rule.id)
        best = self.best(scores)
        return RuleVote(scores, strongest[best][1] if best in strongest else None)

    def best(self, scores: dict[str, float]) -> str:
        """The category with the highest score (taxonomy order breaks ties); fallback if none."""
        top = max(scores.values(), default=0.0)
        if top <= 0:
            return self.taxonomy.fallback
        return next(c for c in self.taxonomy.codes if scores[c] == top)

    def confidence(self, scores: dict[str, float]) -> float:
        """The winning category's share of all votes (0 when nothing fired)."""
        total = sum(scores.values())
        return max(scores.values()) / total if total > 0 else 0.0
