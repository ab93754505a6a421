"""Load a taxonomy file: categories, their names and their weighted rules (data, not code)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.rulefile import Field, Table, load_rule_file

RULE_ROW = Table("rule", (
    Field("id", required=True),
    Field("pattern", "pattern", required=True),
    Field("weight", "float", default=1.0),
    Field("note"),
))
TAXONOMY_FILE = (
    Table("taxonomy", (Field("name"), Field("fallback")), rows=False, unique=None),
    Table("category", (
        Field("code", required=True),
        Field("name_zh"),
        Field("name_en"),
        Field("description", default=""),
    ), unique="code", required=True, children=(RULE_ROW,)),
)


@dataclass(frozen=True)
class Rule:
    """A weighted pattern voting for one category."""

    id: str
    category: str
    pattern: re.Pattern[str]
    weight: float


@dataclass(frozen=True)
class Category:
    """A category of the taxonomy with its names and rules."""

    code: str
    name_zh: str
    name_en: str
    description: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Taxonomy:
    """The categories items are labelled with, and the category given when no rule fires."""

    name: str
    fallback: str
    categories: tuple[Category, ...]
    digest: str  # sha256 of the file, recorded in the model card

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.categories)

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(r for c in self.categories for r in c.rules)


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """The taxonomy in `path`, or the bundled default; ConfigError names any bad entry."""
    return _load(str(path) if path is not None else None)


@lru_cache(maxsize=4)
def _load(path: str | None) -> Taxonomy:
    data = load_rule_file("pipeline.classify", "taxonomy.toml", path, TAXONOMY_FILE)
    categories, rule_ids = [], set()
    for row in data.rows("category"):
        rules = []
        for r in row["rule"]:
            if r["id"] in rule_ids:
                raise ConfigError("E201", f"{data.where}: rule id {r['id']!r} is used twice")
            rule_ids.add(r["id"])
            rules.append(Rule(r["id"], row["code"], r["pattern"], r["weight"]))
        categories.append(Category(row["code"], row["name_zh"] or row["code"],
                                   row["name_en"] or row["code"], row["description"], tuple(rules)))
    codes = [c.code for c in categories]
    if len(codes) < 2:
        raise ConfigError("E201", f"{data.where}: a taxonomy needs at least two categories")
    head = data.sections["taxonomy"]
    fallback = head["fallback"] or codes[-1]
    if fallback not in codes:
        raise ConfigError("E201", f"{data.where}: fallback {fallback!r} is not a category; valid: {codes}")
    return Taxonomy(head["name"] or data.where, fallback, tuple(categories), data.sha256)
