"""planpipe: scraped Chinese plan articles -> structured, labelled, queryable tables.

The table of contents of the public API (names are imported when first used, so that
`import pipeline` and the `planpipe` command start fast):

- `run(inputs, out)` — the whole pipeline over files and folders, tables written to `out`;
- `load_tables(out)` — the tables of a run as pandas frames (`join_labels=True` for one wide frame);
- `mine_tables(tables)` — templates, reuse clusters and outlines of a run's tables;
- `write_report(out)` — the browsable HTML report of a run;
- `train()`, `evaluate_structure()`, `evaluate_labels()`, `evaluate_reuse()` — the lab:
  training and evaluation on the bundled gold, through the same pipeline `run` uses;
- `DocumentProcessor` — stages 2-5 on a chunk of articles, for callers that stream their own.
"""

from __future__ import annotations

import importlib
from typing import Any

from pipeline.version import __version__

_API = {
    "load_tables": "pipeline.tables", "Tables": "pipeline.tables",
    "mine_tables": "pipeline.mine",
    "write_report": "pipeline.report",
    "DocumentProcessor": "pipeline.process", "ProcessorSettings": "pipeline.process",
    "train": "pipeline.lab.train",
    "evaluate_structure": "pipeline.lab.structure_eval",
    "evaluate_labels": "pipeline.lab.labels_eval",
    "evaluate_reuse": "pipeline.lab.reuse_eval",
}

__all__ = ["__version__", "run", "RunSummary", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        value = getattr(importlib.import_module(_API[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


# Imported here, not lazily: the module pipeline.run would otherwise shadow the function.
from pipeline.run import RunSummary, run  # noqa: E402
