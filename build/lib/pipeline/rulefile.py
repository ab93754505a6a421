"""One loader for every data file of rules (TOML): parse, check against a schema, fail loudly.

Cleaning rules, marker styles, plan markers, the taxonomy, plan kinds, sections and the
mining files are all rows of a TOML file. Each module declares the shape of its file as
`Table`s of `Field`s; this module reads the bundled default or a user's file, and turns
any unknown section or key, missing key, wrong type, value outside its choices, duplicate
id or bad regular expression into one `[E201]` error naming the file, the row and what
would be valid. Patterns are compiled here, once.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

# Value kinds a field may declare; "pattern" is a string compiled to a regular expression.
KINDS: dict[str, tuple[type, ...]] = {
    "str": (str,), "int": (int,), "float": (int, float), "bool": (bool,), "pattern": (str,),
    "list[str]": (list,), "list[int]": (list,),
}


@dataclass(frozen=True)
class Field:
    """One key of a row: its kind, whether it must be there, its default and valid choices."""

    name: str
    kind: str = "str"
    required: bool = False
    default: Any = None
    choices: tuple[Any, ...] | None = None
    groups: tuple[str, ...] = ()  # named groups a pattern must have
    flags: int = 0  # re flags for a pattern


@dataclass(frozen=True)
class Table:
    """A section of the file: a single `[name]` table or an array `[[name]]` of rows."""

    name: str
    fields: tuple[Field, ...]
    rows: bool = True  # [[name]] (a list of rows) rather than [name] (one table)
    required: bool = False
    unique: str | None = "id"  # a key whose values must be unique across the rows
    children: tuple[Table, ...] = ()  # nested arrays, e.g. [[category.rule]]


@dataclass(frozen=True)
class RuleFile:
    """A checked rule file: where it came from, its sha256, and its sections."""

    where: str
    sha256: str
    sections: dict[str, Any] = field(default_factory=dict)

    def rows(self, name: str) -> list[dict[str, Any]]:
        """The rows of the array section `name` (empty when the file has none)."""
        return self.sections.get(name, [])


def read_text(package: str, name: str, path: str | Path | None) -> tuple[str, str]:
    """The text of a user's file at `path`, or of the bundled `package/data/name`."""
    if path is None:
        return resources.files(package).joinpath(f"data/{name}").read_text("utf-8"), name
    try:
        return Path(path).read_text(encoding="utf-8"), str(path)
    except OSError as err:
        raise ConfigError("E201", f"{path}: cannot read rule file ({err.strerror})") from err
    except UnicodeDecodeError as err:
        raise ConfigError("E201", f"{path}: rule file is not UTF-8 ({err.reason})") from err


def load_rule_file(package: str, name: str, path: str | Path | None,
                   tables: tuple[Table, ...]) -> RuleFile:
    """Read and check a rule file against `tables`; the bundled default when `path` is None."""
    text, where = read_text(package, name, path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError("E201", f"{where}: not valid TOML ({err})") from err
    sections = _check_sections(data, tables, where, "")
    return RuleFile(where, hashlib.sha256(text.encode("utf-8")).hexdigest(), sections)


def _check_sections(data: dict, tables: tuple[Table, ...], where: str, prefix: str) -> dict[str, Any]:
    known = {t.name: t for t in tables}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError("E201", f"{where}: unknown section(s) {[prefix + u for u in unknown]}; "
                                  f"valid: {[prefix + k for k in known]}")
    out: dict[str, Any] = {}
    for table in tables:
        label = prefix + table.name
        value = data.get(table.name)
        if value is None:
            if table.required:
                shape = f"[[{label}]] rows" if table.rows else f"a [{label}] section"
                raise ConfigError("E201", f"{where}: the file needs {shape}")
            out[table.name] = [] if table.rows else _check_row({}, table, where, f"[{label}]")
            continue
        if table.rows:
            if not isinstance(value, list):
                raise ConfigError("E201", f"{where}: {label} must be an array of tables [[{label}]]")
            rows = [_check_row(row, table, where, f"[[{label}]] row {k + 1}") for k, row in enumerate(value)]
            _check_unique(rows, table, where, label)
            out[table.name] = rows
        else:
            if not isinstance(value, dict):
                raise ConfigError("E201", f"{where}: {label} must be a table [{label}]")
            out[table.name] = _check_row(value, table, where, f"[{label}]")
    return out


def _check_unique(rows: list[dict], table: Table, where: str, label: str) -> None:
    if table.unique is None:
        return
    seen: set[Any] = set()
    for row in rows:
        key = row.get(table.unique)
        if key in seen:
            raise ConfigError("E201", f"{where}: [[{label}]] {table.unique} {key!r} is used twice; "
                                      f"each row needs its own")
        seen.add(key)


def _check_row(row: Any, table: Table, where: str, label: str) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise ConfigError("E201", f"{where}: {label} must be a table")
    rid = row.get("id", row.get("code"))
    name = f"{label}" + (f" ({rid!r})" if rid is not None else "")
    fields = {f.name: f for f in table.fields}
    children = {c.name: c for c in table.children}
    unknown = sorted(set(row) - set(fields) - set(children))
    if unknown:
        raise ConfigError("E201", f"{where}: {name} has unknown key(s) {unknown}; "
                                  f"valid: {sorted(set(fields) | set(children))}")
    out: dict[str, Any] = {}
    for f in table.fields:
        if f.name not in row:
            if f.required:
                raise ConfigError("E201", f"{where}: {name} needs the key {f.name!r}")
            out[f.name] = f.default
            continue
        out[f.name] = _check_value(row[f.name], f, where, name)
    if children:
        out.update(_check_sections({k: v for k, v in row.items() if k in children},
                                   table.children, where, f"{table.name}."))
    return out


def _is_kind(value: Any, kind: str) -> bool:
    """Whether `value` has the field kind `kind` (a bool is not an int or a float)."""
    return isinstance(value, KINDS[kind]) and (kind == "bool" or not isinstance(value, bool))


def _check_value(value: Any, f: Field, where: str, name: str) -> Any:
    """The checked value: floats as float, patterns compiled."""
    if not _is_kind(value, f.kind):
        raise ConfigError("E201", f"{where}: {name}: {f.name} = {value!r} must be a {f.kind}")
    if f.kind.startswith("list["):
        if not all(_is_kind(v, f.kind[5:-1]) for v in value):
            raise ConfigError("E201", f"{where}: {name}: every {f.name} entry must be a {f.kind[5:-1]}")
    if f.choices is not None and value not in f.choices:
        raise ConfigError("E201", f"{where}: {name}: {f.name} = {value!r}; valid: {list(f.choices)}")
    if f.kind == "float":
        return float(value)
    if f.kind == "pattern":
        try:
            compiled = re.compile(value, f.flags)
        except re.error as err:
            raise ConfigError("E201", f"{where}: {name}: bad {f.name}: {err}") from err
        missing = [g for g in f.groups if g not in compiled.groupindex]
        if missing:
            raise ConfigError("E201", f"{where}: {name}: {f.name} lacks named group(s) {missing}")
        return compiled
    return value
