"""Load and validate the cleaning rule file (a TOML file of rule rows)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import tomllib

from pipeline.errors import ConfigError

RULE_KINDS = ("replace", "drop_line", "cut_from")


@dataclass(frozen=True)
class CleaningRule:
    id: str
    kind: str
    pattern: re.Pattern[str]
    replacement: str = ""
    note: str = ""


def load_rules(path: str | Path | None = None) -> tuple[CleaningRule, ...]:
    """Rules from `path`, or the bundled default file; ConfigError names any bad row."""
    if path is None:
        return _default_rules()
    return _parse(Path(path).read_text(encoding="utf-8"), str(path))


@lru_cache(maxsize=1)
def _default_rules() -> tuple[CleaningRule, ...]:
    text = resources.files("pipeline.clean").joinpath("data/cleaning.toml").read_text("utf-8")
    return _parse(text, "cleaning.toml")


def _parse(text: str, where: str) -> tuple[CleaningRule, ...]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError("E201", f"{where}: {err}") from err
    unknown = set(data) - set(RULE_KINDS)
    if unknown:
        raise ConfigError(
            "E201", f"{where}: unknown section(s) {sorted(unknown)}; valid: {list(RULE_KINDS)}"
        )
    rules: list[CleaningRule] = []
    seen: set[str] = set()
    for kind in RULE_KINDS:
        for row in data.get(kind, []):
            rid = row.get("id")
            if not rid or rid in seen:
                raise ConfigError("E201", f"{where}: [[{kind}]] rule needs a unique id, got {rid!r}")
            extra = set(row) - {"id", "pattern", "with", "note"}
            if extra:
                raise ConfigError("E201", f"{where}: rule {rid!r} has unknown key(s) {sorted(extra)}")
            try:
                pattern = re.compile(row["pattern"], re.MULTILINE)
            except (KeyError, re.error) as err:
                raise ConfigError("E201", f"{where}: rule {rid!r} has a bad pattern: {err}") from err
            seen.add(rid)
            rules.append(CleaningRule(rid, kind, pattern, row.get("with", ""), row.get("note", "")))
    return tuple(rules)
