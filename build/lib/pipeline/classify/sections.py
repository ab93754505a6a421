"""Which section of a plan a top-level or second-level heading names (docs/sections.md).

活动时间, 比赛时间 and 时间安排 are one section, `time`; 参加人员 and 参赛对象 are
`participants`. A heading is a section heading when its first phrase is short and matches a
row of `data/sections.toml` (first row wins); a sentence or a heading that says what is done
("开展送温暖活动") names no section. Sections feed the mine stage's sections table and
outlines, which count what plans of a kind are made of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.rulefile import Field, Table, load_rule_file

SECTION_CODES = ("purpose", "guiding_idea", "goals", "theme", "organisers", "time", "place",
                 "participants", "registration", "events_rules", "awards", "budget", "requirements",
                 "content", "schedule", "month", "review", "other_section")
SECTIONS_FILE = (
    Table("sections", (Field("max_chars", "int", required=True),), rows=False, required=True, unique=None),
    Table("section", (Field("code", required=True, choices=SECTION_CODES),
                      Field("pattern", "pattern", required=True), Field("note")), unique=None),
)
# Only the plan's outline levels carry sections: top-level items and their children.
MAX_SECTION_DEPTH = 2
_FIRST_PHRASE = re.compile(r"[:,;。\s]")


@dataclass(frozen=True)
class SectionRules:
    """The section rows of a sections file and the longest phrase a section heading has."""

    max_chars: int
    rows: tuple[tuple[str, re.Pattern[str]], ...]

    def section(self, heading_norm: str, depth: int) -> str | None:
        """The section a heading (Simplified view) names, or None for a sentence or an action."""
        if depth > MAX_SECTION_DEPTH:
            return None
        phrase = _FIRST_PHRASE.split(heading_norm.strip(), 1)[0]
        if not phrase or len(phrase) > self.max_chars:
            return None
        return next((code for code, pattern in self.rows if pattern.search(phrase)), None)


@lru_cache(maxsize=4)
def load_sections(path: str | None = None) -> SectionRules:
    """The section rules of `path`, or of the bundled sections.toml."""
    data = load_rule_file("pipeline.classify", "sections.toml", path, SECTIONS_FILE)
    return SectionRules(data.sections["sections"]["max_chars"],
                        tuple((r["code"], r["pattern"]) for r in data.rows("section")))
