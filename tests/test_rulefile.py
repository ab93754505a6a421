"""The one rule-file loader: every data file goes through it, and a bad row is an [E201]
error naming the file, the row and what would be valid."""

from __future__ import annotations

import pytest

from pipeline.classify import load_taxonomy
from pipeline.classify.plan_fields import load_plan_rules
from pipeline.clean import load_rules
from pipeline.errors import ConfigError
from pipeline.markers import load_plan_markers, load_styles
from pipeline.mine.rules import load_frames, load_slots

STYLE = """[[style]]
id = "x"
family = "x"
numerals = "arabic"
where = "line"
pattern = '(?P<num>[0-9])、'
examples = ["1、"]
"""


def _load(tmp_path, loader, text: str):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return loader(str(path))


def test_every_bundled_data_file_loads():
    assert load_styles() and load_plan_markers() and load_rules() and load_slots()
    assert load_plan_rules()["org_kind"] and load_plan_rules()["plan_kind"]
    assert load_frames().modifiers and load_taxonomy().category.codes and load_taxonomy().role.codes


@pytest.mark.parametrize("text,says", [
    (STYLE + 'colour = "red"\n',
     ["rules.toml", "[[style]] row 1 ('x')", "unknown key(s) ['colour']", "valid:"]),
    (STYLE.replace('"arabic"', '"roman"'), ["numerals = 'roman'", "valid: ['cn', 'arabic'"]),
    (STYLE.replace('where = "line"\n', ""), ["needs the key 'where'"]),
    (STYLE.replace("(?P<num>[0-9])", "([0-9])"), ["lacks named group(s) ['num']"]),
    (STYLE.replace("、'", "('"), ["bad pattern"]),
    (STYLE.replace('examples = ["1、"]', "examples = 3"), ["examples = 3 must be a list[str]"]),
    (STYLE + STYLE, ["id 'x' is used twice"]),
    ("[[styles]]\nid = 'x'\n", ["unknown section(s) ['styles']", "valid: ['style']"]),
    ("style = [", ["not valid TOML"]),
])
def test_a_bad_marker_file_names_the_row_and_the_choices(tmp_path, text, says):
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, load_styles, text)
    assert err.value.code == "E201"
    for part in says:
        assert part in str(err.value), (part, str(err.value))


def test_a_bad_cleaning_rule_names_its_row(tmp_path):
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, load_rules, "[[drop_line]]\nid = 'a'\npattern = 'x'\nwith = 'y'\n")
    assert "[[drop_line]] row 1 ('a')" in str(err.value) and "['with']" in str(err.value)


def test_a_weight_must_be_a_number(tmp_path):
    text = "[[category]]\ncode = 'a'\n  [[category.rule]]\n  id = 'r'\n  pattern = 'x'\n  weight = 'high'\n"
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, load_taxonomy, text + "[[category]]\ncode = 'b'\n")
    assert "weight = 'high' must be a float" in str(err.value)


def test_a_missing_user_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path / "nope.toml")
    assert "nope.toml" in str(err.value) and err.value.code == "E201"
