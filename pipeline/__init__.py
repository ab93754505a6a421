"""planpipe: scraped Chinese plan articles -> structured, labelled, queryable tables.

The public API: one entry per stage, the orchestrator and the loader.
"""

from pipeline.classify import ItemClassifier
from pipeline.clean import Cleaner
from pipeline.ingest import read_inputs
from pipeline.mine import mine_tables
from pipeline.process import DocumentProcessor, ProcessorSettings
from pipeline.run import RunSummary, run
from pipeline.structure import StructureParser
from pipeline.tables import Tables, load_tables

__all__ = ["Cleaner", "DocumentProcessor", "ItemClassifier", "ProcessorSettings", "RunSummary",
           "StructureParser", "Tables", "load_tables", "mine_tables", "read_inputs", "run"]
