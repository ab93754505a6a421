"""Load a taxonomy file: the two label axes, their codes, names and weighted rules (data, not code).

An item gets two labels (annotation guide, section 2): its **category**, the area of union
work it belongs to, and its **role**, the part of the plan it is (substance, logistics,
purpose, heading). A taxonomy file declares both axes; a researcher can swap either one
(`planpipe run --taxonomy my.toml`, `planpipe train --taxonomy my.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.rulefile import Field, Table, load_rule_file

AXES = ("category", "role")

_RULE = (Field("id", required=True), Field("pattern", "pattern", required=True),
         Field("weight", "float", default=1.0), Field("note"))
_LABEL = (Field("code", required=True), Field("name_zh"), Field("name_en"), Field("description", default=""))
TAXONOMY_FILE = (
    Table("taxonomy", (Field("name"), Field("fallback")), rows=False, unique=None),
    Table("category", _LABEL, unique="code", required=True, children=(Table("rule", _RULE),)),
    Table("roles", (Field("name"), Field("fallback")), rows=False, unique=None),
    # a role rule reads the item's heading; `children` limits it to items with (true) or
    # without (false) sub-items: "比赛规则" over a list of rules is a heading, alone it is rules
    Table("role", _LABEL, unique="code", required=True, children=(
        Table("rule", (*_RULE, Field("children", "bool"))),)),
)


@dataclass(frozen=True)
class Rule:
    """A weighted pattern voting for one label of an axis."""

    id: str
    label: str
    pattern: re.Pattern[str]
    weight: float
    children: bool | None = None  # role rules: only items with (True) / without (False) sub-items


@dataclass(frozen=True)
class Label:
    """A label of an axis with its names and rules."""

    code: str
    name_zh: str
    name_en: str
    description: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Axis:
    """One labelling axis: its labels in file order and the label given when no rule fires."""

    name: str
    fallback: str
    labels: tuple[Label, ...]

    @cached_property
    def codes(self) -> tuple[str, ...]:
        """The axis's label codes in file order (computed once: read for every item)."""
        return tuple(label.code for label in self.labels)

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """Every label's rules in file order (computed once: read for every vote)."""
        return tuple(r for label in self.labels for r in label.rules)

    def names(self) -> dict[str, str]:
        """code -> "中文名 (English name)", for reports."""
        return {lb.code: f"{lb.name_zh} ({lb.name_en})" for lb in self.labels}


@dataclass(frozen=True)
class Taxonomy:
    """Both axes of a taxonomy file and the file's sha256 (recorded in the model card)."""

    name: str
    category: Axis
    role: Axis
    digest: str

    def axis(self, name: str) -> Axis:
        """The axis called `name` ("category" or "role")."""
        return self.category if name == "category" else self.role


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """The taxonomy in `path`, or the bundled default; ConfigError names any bad entry."""
    return _load(str(path) if path is not None else None)


@lru_cache(maxsize=4)
def _load(path: str | None) -> Taxonomy:
    data = load_rule_file("pipeline.classify", "taxonomy.toml", path, TAXONOMY_FILE)
    rule_ids: set[str] = set()
    axes = {}
    for axis, rows, head in (("category", data.rows("category"), data.sections["taxonomy"]),
                             ("role", data.rows("role"), data.sections["roles"])):
        labels = []
        for row in rows:
            rules = []
            for r in row["rule"]:
                if r["id"] in rule_ids:
                    raise ConfigError("E201", f"{data.where}: rule id {r['id']!r} is used twice")
                rule_ids.add(r["id"])
                rules.append(Rule(r["id"], row["code"], r["pattern"], r["weight"], r.get("children")))
            labels.append(Label(row["code"], row["name_zh"] or row["code"], row["name_en"] or row["code"],
                                row["description"], tuple(rules)))
        codes = [lb.code for lb in labels]
        if len(codes) < 2:
            raise ConfigError("E201", f"{data.where}: the {axis} axis needs at least two labels")
        fallback = head["fallback"] or codes[-1]
        if fallback not in codes:
            raise ConfigError("E201", f"{data.where}: {axis} fallback {fallback!r} is not one of its "
                                      f"labels; valid: {codes}")
        axes[axis] = Axis(axis, fallback, tuple(labels))
    name = data.sections["taxonomy"]["name"] or data.where
    return Taxonomy(name, axes["category"], axes["role"], data.sha256)
