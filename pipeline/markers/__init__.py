"""Marker knowledge shared by the clean and structure stages: styles, their data, numerals.

Every numbering style a plan may use lives in one data file, `data/markers.toml`: its
shape, how its numerals read, how it behaves in a run, where it may stand glued to the word
before it, whether document libraries number their chunks with it, and examples. Cleaning
(which must not join a wrapped line that starts an item, and must tell a library's chunk
numbers from items) and parsing both read it from here, so a new style is added once.
"""

from pipeline.markers.numerals import LAST, cn_numeral, read_numeral
from pipeline.markers.plans import (
    PlanMarker,
    ends_with_plan_number,
    load_plan_markers,
    plan_marker_lines,
    plan_number,
)
from pipeline.markers.styles import MarkerStyle, item_start_pattern, load_styles

__all__ = ["LAST", "MarkerStyle", "PlanMarker", "cn_numeral", "ends_with_plan_number", "item_start_pattern",
           "load_plan_markers", "load_styles", "plan_marker_lines", "plan_number", "read_numeral"]
