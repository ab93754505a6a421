"""The classifier: safe loading, reproducible training, a real margin over baselines."""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest
import skops.io as sio
from sklearn.preprocessing import FunctionTransformer

from pipeline.classify.model import CARD_FILE, MODEL_FILE, load_model
from pipeline.errors import ConfigError
from pipeline.lab.train import train
from pipeline.paths import bundled_model_dir
from pipeline.segment import BACKENDS, load_segmenter


@pytest.fixture(scope="module")
def card(tmp_path_factory):
    return train(out=tmp_path_factory.mktemp("model"))


@pytest.mark.parametrize("axis", ["category", "role"])
def test_classifier_beats_majority_and_rules_on_dev(card, axis):
    dev = card["metrics_dev"]
    assert dev["model"][axis]["macro_f1"] >= dev["majority"][axis]["macro_f1"] + 0.5
    assert dev["model"][axis]["accuracy"] >= dev["majority"][axis]["accuracy"] + 0.2
    assert dev["model"][axis]["macro_f1"] > dev["rules"][axis]["macro_f1"]
    assert dev["model"]["both_right"] > dev["rules"]["both_right"]


@pytest.mark.parametrize("axis", ["category", "role"])
def test_model_confidence_is_near_its_accuracy_on_dev(card, axis):
    dev = card["metrics_dev"]
    assert dev["model"][axis]["ece"] <= 0.10
    assert dev["model"][axis]["ece"] < dev["rules"][axis]["ece"]


def test_training_is_reproducible(card, tmp_path):
    again = train(out=tmp_path)
    assert again["metrics_dev"] == card["metrics_dev"]
    assert again["training_data"] == card["training_data"]


def test_bundled_model_card_matches_a_fresh_training(card):
    bundled = json.loads((bundled_model_dir() / CARD_FILE).read_text(encoding="utf-8"))
    assert bundled["metrics_dev"] == card["metrics_dev"]
    assert bundled["training_data"]["sha256"] == card["training_data"]["sha256"]
    for axis in ("category", "role"):
        assert set(bundled["label_counts"][axis]) == set(bundled["taxonomy"][axis])


def test_a_model_saved_before_the_role_axis_is_refused_with_a_message_to_retrain(tmp_path):
    d = _copy_model(tmp_path)
    card = json.loads((d / CARD_FILE).read_text(encoding="utf-8"))
    del card["format"]  # what planpipe 0.7 wrote: one axis, no format number
    card["taxonomy"] = {"codes": card["taxonomy"]["category"]}
    (d / CARD_FILE).write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_model(d)
    assert err.value.code == "E305" and "retrain" in str(err.value) and "planpipe train" in str(err.value)


def test_too_few_items_of_a_category_to_calibrate_is_refused(tmp_path):
    # a.txt falls in train (md5 % 5 == 3); welfare has one item, calibration needs three
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("一、组织学习\n二、开展竞赛\n三、慰问困难职工\n",
                                            encoding="utf-8")
    labelled = [("一、", "组织学习", "other"), ("二、", "开展竞赛", "competitions"),
                ("三、", "慰问困难职工", "welfare")]
    items = [{"plan": 1, "depth": 1, "marker": m, "start": t, "label": c, "role": "substance"}
             for m, t, c in labelled]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "split": "tune", "n_plans": 1, "items": items},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        train(gold, tmp_path / "raw", tmp_path / "m")
    assert err.value.code == "E203" and "'welfare': 1" in str(err.value)


def _copy_model(tmp_path):
    shutil.copytree(bundled_model_dir(), tmp_path / "m")
    return tmp_path / "m"


def test_corrupt_model_file_is_refused(tmp_path):
    d = _copy_model(tmp_path)
    (d / MODEL_FILE).write_bytes(b"this is not a model")
    with pytest.raises(ConfigError) as err:
        load_model(d)
    assert err.value.code == "E304" and MODEL_FILE in str(err.value)


def test_model_from_another_sklearn_version_is_refused(tmp_path):
    d = _copy_model(tmp_path)
    card = json.loads((d / CARD_FILE).read_text(encoding="utf-8"))
    card["libraries"]["scikit-learn"] = "0.24.2"
    (d / CARD_FILE).write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_model(d)
    assert err.value.code == "E302" and "0.24.2" in str(err.value)


def test_model_with_untrusted_types_is_refused(tmp_path):
    d = _copy_model(tmp_path)
    sio.dump(FunctionTransformer(func=shutil.rmtree), d / MODEL_FILE)
    with pytest.raises(ConfigError) as err:
        load_model(d)
    assert err.value.code == "E303" and "rmtree" in str(err.value)


def test_missing_model_says_how_to_get_one(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_model(tmp_path)
    assert err.value.code == "E301" and "planpipe train" in str(err.value)


def test_model_file_is_a_skops_archive():
    assert zipfile.is_zipfile(bundled_model_dir() / MODEL_FILE)


@pytest.mark.parametrize("backend", BACKENDS)
def test_segmenter_backends_cut_chinese(backend):
    words = load_segmenter(backend).cut("深入开展送温暖活动")
    assert "".join(words) == "深入开展送温暖活动" and len(words) >= 3


def test_unknown_segmenter_lists_the_choices():
    with pytest.raises(ConfigError) as err:
        load_segmenter("nltk")
    assert "jieba" in str(err.value) and "pkuseg" in str(err.value)
