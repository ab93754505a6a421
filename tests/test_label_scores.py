"""Label scoring: accuracy with `also` labels, and what the confidence figures mean."""

from __future__ import annotations

import pytest

from pipeline.lab.labels_eval import AxisScores

CODES = ("welfare", "other")


def scores(rows: list[tuple[str, str, float]]) -> AxisScores:
    return AxisScores("m", "category", CODES, [t for t, _, _ in rows], [p for _, p, _ in rows],
                      [c for _, _, c in rows])


def test_confidence_that_matches_accuracy_has_no_calibration_error():
    # four items said at 0.75, three right; four said at 0.25, one right
    m = scores([("welfare", "welfare", 0.75)] * 3 + [("other", "welfare", 0.75)]
               + [("other", "other", 0.25), ("welfare", "other", 0.25),
                  ("welfare", "other", 0.25), ("welfare", "other", 0.25)])
    assert m.ece == pytest.approx(0.0)
    assert [(k, c, a) for _, _, k, c, a in m.reliability()] == [(4, 0.25, 0.25), (4, 0.75, 0.75)]


def test_overconfidence_is_the_gap_between_confidence_and_accuracy():
    m = scores([("welfare", "welfare", 1.0), ("other", "welfare", 1.0),
                ("other", "other", 0.55), ("other", "other", 0.55)])
    # half the items: confidence 1.0, accuracy 0.5; the other half: 0.55 vs 1.0
    assert m.ece == pytest.approx(0.5 * 0.5 + 0.5 * 0.45)


def test_a_confidence_of_one_falls_in_the_top_bin_and_zero_in_the_bottom():
    m = scores([("welfare", "welfare", 1.0), ("other", "welfare", 0.0)])
    assert [(lo, hi, k) for lo, hi, k, _, _ in m.reliability()] == [(0.0, 0.1, 1), (0.9, 1.0, 1)]


def test_selective_keeps_the_labels_at_or_above_the_threshold():
    m = scores([("welfare", "welfare", 0.9), ("other", "welfare", 0.7),
                ("other", "other", 0.69), ("welfare", "other", 0.2)])
    assert m.selective(0.7) == (0.5, 0.5)
    assert m.selective(0.9) == (0.25, 1.0)
    assert m.selective(0.95) == (0.0, 0.0)


def test_kappa_and_both_axes():
    from pipeline.lab.labels_eval import both_right

    cat = scores([("welfare", "welfare", 1.0), ("other", "other", 1.0), ("other", "welfare", 1.0),
                  ("welfare", "welfare", 1.0)])
    role = AxisScores("m", "role", ("a", "b"), ["a", "b", "a", "a"], ["a", "a", "a", "a"], [1.0] * 4)
    assert cat.accuracy == 0.75 and role.accuracy == 0.75
    assert both_right(cat, role) == 0.5  # item 2 wrong on role, item 3 wrong on category
    assert cat.kappa == pytest.approx(0.5)  # observed 0.75, chance 0.5
