"""Section grouping against a hand grouping: purity and inverse purity (docs/sections.md).

`corpus/gold/sections.jsonl` holds 420 top-level and second-level headings of the bundled
corpus, each put in a section (or `none`, not a section heading) by a reader from
docs/sections.md before the grouping rules were written. The pipeline's grouping is the
`section` a run gives the same heading (null counts as `none`). Purity: each predicted
group's largest share of one gold section; inverse purity: each gold section's largest
share of one predicted group; both weighted by size.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.lab.corpus import analysed_documents
from pipeline.lab.gold import squash
from pipeline.paths import gold_file

NONE = "none"


@dataclass
class SectionsReport:
    """Purity and inverse purity of the predicted grouping, and how many headings were found."""

    pairs: list[tuple[str, str]]  # (gold section, predicted section)
    missing: int

    @staticmethod
    def _purity(pairs: list[tuple[str, str]]) -> float:
        groups: dict[str, Counter] = {}
        for gold, pred in pairs:
            groups.setdefault(pred, Counter())[gold] += 1
        return sum(c.most_common(1)[0][1] for c in groups.values()) / len(pairs) if pairs else 0.0

    @property
    def purity(self) -> float:
        return self._purity(self.pairs)

    @property
    def inverse_purity(self) -> float:
        return self._purity([(p, g) for g, p in self.pairs])

    def render(self) -> str:
        """The report `planpipe eval sections` prints."""
        wrong = Counter((g, p) for g, p in self.pairs if g != p)
        return "\n".join([
            f"section grouping: {len(self.pairs)} hand-grouped headings found ({self.missing} not found)",
            f"  purity          {self.purity:.3f}",
            f"  inverse purity  {self.inverse_purity:.3f}",
            f"  same section    {sum(g == p for g, p in self.pairs) / max(len(self.pairs), 1):.3f}",
            "  most frequent differences (gold -> predicted): "
            + ", ".join(f"{g}->{p} {n}" for (g, p), n in wrong.most_common(10))])


def evaluate_sections(gold_path: Path | None = None, corpus: Path | None = None) -> SectionsReport:
    """The sections a run gives the hand-grouped headings, against the hand grouping."""
    rows = [json.loads(line) for line in (gold_path or gold_file("sections.jsonl")).read_text(
        encoding="utf-8").splitlines() if line.strip()]
    docs = {d.structured.clean.raw.doc_id: d for d in analysed_documents(corpus, None).values()}
    pairs, missing = [], 0
    for r in rows:
        doc = docs.get(r["doc_id"])
        found = None
        if doc is not None:
            text = doc.structured.clean.text
            section = {(p, i): s for p, i, s in doc.sections}
            key = squash(r["heading"])
            found = next(((p.ordinal, it.ordinal) for p in doc.structured.plans for it in p.items
                          if squash(text[it.text_start:it.heading_end]).startswith(key[:40])), None)
        if found is None:
            missing += 1
            continue
        pairs.append((r["section"], section.get(found) or NONE))
    return SectionsReport(pairs, missing)
