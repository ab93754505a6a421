"""Shared fixtures: the stages are loaded once per session (they compile rule files)."""

from __future__ import annotations

import pytest

from pipeline.clean import Cleaner
from pipeline.records import RawDocument
from pipeline.structure import StructureParser


@pytest.fixture(scope="session")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.fixture(scope="session")
def parser() -> StructureParser:
    return StructureParser()


def raw(text: str, record: str = "t.txt") -> RawDocument:
    return RawDocument("0" * 16, record, record, record, text, encoding="utf-8")


@pytest.fixture(scope="session")
def parse(cleaner, parser):
    """text -> StructuredDocument through the clean and structure stages."""

    def run(text: str):
        return parser(cleaner(raw(text)))

    return run


def items_of(doc, plan: int = 1) -> list[tuple[int, str, str]]:
    """(depth, marker as written, text) for each item of a plan."""
    text = doc.clean.text
    return [
        (it.depth, text[it.marker.start:it.marker.end].strip(), text[it.text_start:it.text_end])
        for it in doc.plans[plan - 1].items
    ]


def assert_items(doc, expected: list[tuple[int, str, str]]) -> None:
    """Items equal `expected` in depth and marker, and each text starts with its start."""
    got = items_of(doc)
    assert [(d, m) for d, m, _ in got] == [(d, m) for d, m, _ in expected], got
    for (_, _, text), (_, _, start) in zip(got, expected):
        assert text.startswith(start), (text, start)


@pytest.fixture(scope="session")
def bundled_run(tmp_path_factory):
    """The tables of one default run over the bundled corpus (shared: it takes seconds)."""
    from pipeline import run
    from pipeline.paths import corpus_dir

    out = tmp_path_factory.mktemp("bundled")
    run([corpus_dir()], out, progress=False)
    return out
