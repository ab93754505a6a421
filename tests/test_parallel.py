"""Chunked, multi-process and Dask runs write the same tables as a plain run; one bad
article in a chunk fails alone; errors raised in a worker reach the caller intact."""

from __future__ import annotations

import pickle

import pytest

from pipeline import DocumentProcessor, ProcessorSettings, load_tables, run
from pipeline.classify import read_model_files
from pipeline.errors import ConfigError
from pipeline.paths import corpus_dir
from tests.conftest import raw

ROW_TABLES = ("documents", "plans", "items", "labels", "label_scores")


def _run(tmp_path_factory, **kwargs):
    out = tmp_path_factory.mktemp("out")
    run([corpus_dir()], out, progress=False, mine=False, **kwargs)
    return load_tables(out)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return _run(tmp_path_factory)


def _assert_same_tables(got, reference):
    assert len(reference.items) > 1000  # the bundled corpus, labelled by the model
    for name in ROW_TABLES:
        assert got[name].equals(reference[name]), name


def test_article_by_article_labels_equal_chunked_labels(tmp_path_factory, reference):
    _assert_same_tables(_run(tmp_path_factory, chunk_size=1), reference)


def test_two_worker_processes_write_the_same_tables(tmp_path_factory, reference):
    _assert_same_tables(_run(tmp_path_factory, workers=2, chunk_size=16), reference)


def test_a_dask_cluster_writes_the_same_tables(tmp_path_factory, reference):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:
        got = _run(tmp_path_factory, dask_scheduler=cluster.scheduler_address, chunk_size=32)
    _assert_same_tables(got, reference)


def test_a_dask_worker_loads_the_model_and_taxonomy_the_client_ships(tmp_path):
    # the worker sees neither path: it gets the files' bytes and writes its own copy
    from importlib import resources

    from pipeline.parallel import TAXONOMY_FILE, process_shipped_chunk

    bundled = resources.files("pipeline.classify").joinpath("data/taxonomy.toml").read_bytes()
    files = {**read_model_files(), TAXONOMY_FILE: bundled}
    unseen = ProcessorSettings(model_dir=str(tmp_path / "gone"), taxonomy=str(tmp_path / "gone.toml"))
    page = [raw("一、组织职工技能竞赛\n二、开展送温暖活动,慰问困难职工\n三、召开职代会\n")]
    shipped = process_shipped_chunk(unseen, files, page)[0]
    local = DocumentProcessor(ProcessorSettings())(page[0])
    assert len(shipped.labels) == 3 and all("model" in r["method"] for r in shipped.labels)
    assert shipped.labels == local.labels and shipped.label_scores == local.label_scores


def test_a_dask_run_without_a_model_stops_with_e301(tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:
        with pytest.raises(ConfigError, match=r"\[E301\].*no trained model"):
            run([corpus_dir()], tmp_path / "out", progress=False, mine=False,
                dask_scheduler=cluster.scheduler_address, model_dir=tmp_path / "no-model")


def test_a_configuration_error_in_a_worker_reaches_the_caller(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E301\].*no trained model"):
        run([corpus_dir()], tmp_path / "out", progress=False, mine=False, workers=2,
            model_dir=tmp_path / "no-model")


def test_errors_survive_pickling_with_code_and_message():
    err = pickle.loads(pickle.dumps(ConfigError("E302", "m.skops: built with 1.0")))
    assert isinstance(err, ConfigError) and err.code == "E302"
    assert str(err) == "[E302] m.skops: built with 1.0"


def test_workers_must_be_positive(tmp_path):
    with pytest.raises(ConfigError, match="--workers"):
        run([corpus_dir()], tmp_path / "out", progress=False, mine=False, workers=0)


PLAN = "工会工作计划\n一、组织劳动竞赛\n二、开展送温暖活动\n"


class _BreaksOn:
    """Stands in for a stage: fails on the article named `bad`, else defers to `stage`."""

    def __init__(self, stage, bad: str) -> None:
        self.stage, self.bad = stage, bad

    def __call__(self, doc):
        record = (doc.raw if hasattr(doc, "raw") else doc.clean.raw).record
        if record == self.bad:
            raise RuntimeError("boom")
        return self.stage(doc)

    def classify_many(self, docs):
        if any(d.clean.raw.record == self.bad for d in docs):
            raise RuntimeError("boom")
        return self.stage.classify_many(docs)


@pytest.mark.parametrize("stage", ["structure", "classify"])
def test_one_failing_article_fails_alone_in_its_chunk(stage):
    processor = DocumentProcessor(ProcessorSettings(method="rules"))
    setattr(processor, stage, _BreaksOn(getattr(processor, stage), "b.txt"))
    rows = processor.process([raw(PLAN, "a.txt"), raw(PLAN, "b.txt"), raw(PLAN, "c.txt")])
    docs = [r.documents[0] for r in rows]
    assert [d["record"] for d in docs] == ["a.txt", "b.txt", "c.txt"]
    assert [d["status"] for d in docs] == ["ok", "error", "ok"]
    assert docs[1]["error"].startswith("[E108] b.txt: RuntimeError: boom")
    assert [len(r.items) for r in rows] == [2, 0, 2]
    assert [r.labels[0]["category"] for r in (rows[0], rows[2])] == ["competitions", "competitions"]
