"""Plan-field evaluation: the plans table's descriptive columns against hand-written gold.

`corpus/gold/plans.jsonl` holds, for every plan of the bundled corpus, the fields a person
read by docs/plan-fields.md. Accuracy per field over the plans of one split (a null year
counts as a value: saying 2023 where the plan states none is an error); titles and
organisations are compared in the Simplified view without spaces or punctuation.

`corpus/gold/plans_second_reading.jsonl` holds the same fields for a sample of those plans
read blind by a second annotator: how far people agree is printed beside planpipe on the
same plans, so the targets can be read against what careful readers reach.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.clean import normalized_view
from pipeline.lab.corpus import analysed_documents
from pipeline.lab.gold import in_page_range, label_split, load_gold
from pipeline.paths import gold_file

FIELDS = ("year", "org_kind", "plan_kind", "title_text", "org")
_DROP = re.compile(r"[\s\W_]+")


def _key(value) -> object:
    return _DROP.sub("", normalized_view(value)) if isinstance(value, str) else value


@dataclass
class Agreement:
    """On the plans a second reader read: how many, and per field how many of theirs and of
    planpipe's equal the gold."""

    plans: int
    people: dict[str, int]
    planpipe: dict[str, int]


@dataclass
class PlansReport:
    """Per field, the plans scored and those right, with the confusions of the kinds."""

    split: str
    plans: int
    right: dict[str, int]
    confusions: dict[str, Counter]
    human: Agreement | None = None

    def accuracy(self, field: str) -> float:
        """Share of plans whose `field` equals the gold."""
        return self.right[field] / self.plans if self.plans else 0.0

    def render(self) -> str:
        """The report `planpipe eval plans` prints."""
        lines = [f"plan fields on the {self.split} split: {self.plans} plans"]
        lines += [f"  {f:11} accuracy {self.accuracy(f):.3f}" for f in FIELDS]
        for f in ("org_kind", "plan_kind"):
            worst = ", ".join(f"{g}->{p} {n}" for (g, p), n in self.confusions[f].most_common(8))
            lines.append(f"  {f} confusions (gold->predicted): {worst or 'none'}")
        if self.human and self.human.plans:
            n = self.human.plans
            for who, right in (("people", self.human.people), ("planpipe", self.human.planpipe)):
                lines.append(f"  {who + ':':9} " + ", ".join(f"{f} {right[f] / n:.3f}" for f in FIELDS)
                             + (f" (a blind second reader, {n} of these plans)" if who == "people"
                                else " (the same plans)"))
        return "\n".join(lines)


def evaluate_plans(gold_path: Path | None = None, corpus: Path | None = None,
                   split: str = "test", pages: tuple[int, int] | None = None) -> PlansReport:
    """The plan fields `planpipe run` writes, against the plans gold of one split; `pages`
    keeps only the pages.jsonl records numbered in that range (a batch of added pages)."""
    structure = {g.doc: g for g in load_gold(gold_file("structure.jsonl"))}
    rows = _rows(gold_path or gold_file("plans.jsonl"))
    wanted = [r for r in rows if r["doc"] in structure and (
        split == "all" or structure[r["doc"]].split == split
        or (split in ("train", "dev") and label_split(structure[r["doc"]]) == split))
        and (pages is None or in_page_range(r["doc"], pages))]
    docs = analysed_documents(corpus, {r["doc"] for r in wanted})
    reading = _rows(gold_file("plans_second_reading.jsonl")) if gold_path is None else []
    second = {(r["doc"], r["plan"]): r for r in reading}
    right: Counter = Counter()
    confusions: dict[str, Counter] = {"org_kind": Counter(), "plan_kind": Counter()}
    human = Agreement(0, Counter(), Counter())
    for r in wanted:
        doc = docs.get(r["doc"])
        got = next((p for p in doc.plans if p.plan == r["plan"]), None) if doc else None
        other = second.get((r["doc"], r["plan"]))
        human.plans += other is not None
        for f in FIELDS:
            value = getattr(got, f) if got else None
            if _key(value) == _key(r[f]):
                right[f] += 1
                human.planpipe[f] += other is not None
            elif f in confusions:
                confusions[f][(r[f], value)] += 1
            if other is not None and _key(other[f]) == _key(r[f]):
                human.people[f] += 1
    return PlansReport(split, len(wanted), right, confusions, human)


def _rows(path: Path) -> list[dict]:
    """The JSON lines of `path`, none where it does not exist."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
