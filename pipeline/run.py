"""The pipeline, as a numbered recipe. Stages never call each other; this module does.

1. ingest    files -> RawDocument (decoded text, or the reason there is none)
2. clean     RawDocument -> CleanDocument (chrome out, artefacts repaired, Simplified view)
3. structure CleanDocument -> StructuredDocument (plans, item trees)
4. classify  StructuredDocument -> ClassifiedDocument (a category for every item)
5. tables    ClassifiedDocument -> rows -> Parquet (CSV, DuckDB on request)
6. mine      tables -> templates, template_members, outline_gaps (corpus-wide)

Stages 1-5 take each article on its own, so they stream: memory holds one article plus a
batch of rows, whatever the corpus size. Stage 6 reads the finished tables.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from pipeline.classify import ItemClassifier
from pipeline.clean import Cleaner
from pipeline.errors import Problem
from pipeline.ingest import discover, read_file
from pipeline.records import RawDocument
from pipeline.structure import StructureParser
from pipeline.tables import DocumentRows, TableWriter, document_rows, failed_rows, load_tables, write_mined

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "raw"


@dataclass
class RunSummary:
    files: int = 0
    documents: int = 0
    plans: int = 0
    items: int = 0
    errors: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (f"planpipe: {self.files} files, {self.documents} documents, {self.plans} plans, "
                f"{self.items} items, {self.errors} errors, {self.seconds:.1f} s")


class DocumentProcessor:
    """Stages 2-5 for one article, with cleaner, parser and classifier loaded once."""

    def __init__(self, method: str = "model", taxonomy: str | Path | None = None,
                 model_dir: str | Path | None = None) -> None:
        self.clean = Cleaner()
        self.structure = StructureParser()
        self.classify = ItemClassifier(method, taxonomy, model_dir)

    def __call__(self, raw: RawDocument) -> DocumentRows:
        if raw.error is not None or not (raw.text or "").strip():
            return failed_rows(raw)
        try:
            return document_rows(self.classify(self.structure(self.clean(raw))))
        except Exception as err:  # one bad article must not stop a million-article run
            problem = Problem("E108", f"{raw.record}: {type(err).__name__}: {err}")
            return failed_rows(RawDocument(raw.doc_id, raw.record, raw.source, raw.path, None,
                                           raw.title, raw.published, raw.encoding,
                                           raw.problems + (problem,)))


def run(inputs: Iterable[str | Path] | None, out: str | Path,
        formats: tuple[str, ...] = ("parquet",), progress: bool | None = None,
        method: str = "model", taxonomy: str | Path | None = None,
        model_dir: str | Path | None = None, mine: bool = True) -> RunSummary:
    """Run the pipeline on `inputs` (default: the bundled corpus) and write tables to `out`."""
    started = time.perf_counter()
    process = DocumentProcessor(method, taxonomy, model_dir)
    files = discover(list(inputs) if inputs else [DEFAULT_CORPUS])
    summary = RunSummary(files=len(files))
    bar = tqdm(files, unit="file", disable=(not progress) if progress is not None else None,
               leave=False)
    with TableWriter(out, formats) as writer:
        for path, name in bar:
            for raw in read_file(path, name):
                rows = process(raw)
                writer.add(rows)
                doc = rows.documents[0]
                summary.documents += 1
                summary.plans += doc["n_plans"]
                summary.items += doc["n_items"]
                summary.errors += doc["status"] == "error"
    if mine and method != "none":
        mine_run(out, formats)
    summary.seconds = time.perf_counter() - started
    return summary


def mine_run(out: str | Path, formats: tuple[str, ...] = ("parquet",)) -> tuple[int, float]:
    """Stage 6 on the tables in `out`; returns the number of templates written and the
    share of items a phrase template covers."""
    from pipeline.mine import mine_tables, phrase_coverage

    tables = load_tables(out)
    mined = mine_tables(tables)
    write_mined(out, {"templates": mined.templates, "template_members": mined.template_members,
                      "outline_gaps": mined.outline_gaps}, formats)
    return len(mined.templates), phrase_coverage(mined, len(tables.items))
