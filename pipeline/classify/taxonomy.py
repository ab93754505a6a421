"""Load a taxonomy file: categories, their names and their weighted rules (data, not code)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import tomllib

from pipeline.errors import ConfigError

_CATEGORY_KEYS = {"code", "name_zh", "name_en", "description", "rule"}
_RULE_KEYS = {"id", "pattern", "weight", "note"}


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    pattern: re.Pattern[str]
    weight: float


@dataclass(frozen=True)
class Category:
    code: str
    name_zh: str
    name_en: str
    description: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Taxonomy:
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
    if path is None:
        return _default()
    return _parse(Path(path).read_text(encoding="utf-8"), str(path))


@lru_cache(maxsize=1)
def _default() -> Taxonomy:
    text = resources.files("pipeline.classify").joinpath("data/taxonomy.toml").read_text("utf-8")
    return _parse(text, "taxonomy.toml")


def _parse(text: str, where: str) -> Taxonomy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError("E201", f"{where}: {err}") from err
    unknown = set(data) - {"taxonomy", "category"}
    if unknown:
        raise ConfigError("E201", f"{where}: unknown section(s) {sorted(unknown)}; valid: taxonomy, category")
    head = data.get("taxonomy", {})
    categories, rule_ids = [], set()
    for row in data.get("category", []):
        code = row.get("code")
        extra = set(row) - _CATEGORY_KEYS
        if not code or extra:
            raise ConfigError("E201", f"{where}: category {code!r} needs a code and takes only "
                                      f"{sorted(_CATEGORY_KEYS)}; got extra {sorted(extra)}")
        rules = []
        for r in row.get("rule", []):
            rid = r.get("id")
            if not rid or rid in rule_ids or set(r) - _RULE_KEYS:
                raise ConfigError("E201", f"{where}: rule {rid!r} in {code!r} needs a unique id and "
                                          f"takes only {sorted(_RULE_KEYS)}")
            try:
                pattern = re.compile(r["pattern"])
                weight = float(r.get("weight", 1.0))
            except (KeyError, re.error, ValueError) as err:
                raise ConfigError("E201", f"{where}: rule {rid!r}: {err}") from err
            rule_ids.add(rid)
            rules.append(Rule(rid, code, pattern, weight))
        categories.append(Category(code, row.get("name_zh", code), row.get("name_en", code),
                                   row.get("description", ""), tuple(rules)))
    codes = [c.code for c in categories]
    if len(codes) < 2 or len(set(codes)) != len(codes):
        raise ConfigError("E201", f"{where}: a taxonomy needs at least two categories with unique codes")
    fallback = head.get("fallback", codes[-1])
    if fallback not in codes:
        raise ConfigError("E202", f"{where}: fallback {fallback!r} is not a category; valid: {codes}")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Taxonomy(head.get("name", where), fallback, tuple(categories), digest)
