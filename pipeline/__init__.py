"""planpipe: scraped Chinese plan articles -> structured, queryable tables.

The public API, one entry per stage plus the orchestrator and the loader.
"""

from pipeline.clean import Cleaner
from pipeline.ingest import read_inputs
from pipeline.run import DocumentProcessor, RunSummary, run
from pipeline.structure import StructureParser
from pipeline.tables import Tables, load_tables

__all__ = ["Cleaner", "DocumentProcessor", "RunSummary", "StructureParser", "Tables",
           "load_tables", "read_inputs", "run"]
