"""Stage 5, tables: normalized documents / plans / items tables (Parquet, CSV, DuckDB)."""

from pipeline.tables.loader import Tables, load_tables
from pipeline.tables.rows import DocumentRows, document_rows, failed_rows
from pipeline.tables.schema import MINED_TABLES, TABLES
from pipeline.tables.writer import FORMATS, TableWriter, write_copy_groups, write_mined

__all__ = ["FORMATS", "MINED_TABLES", "TABLES", "DocumentRows", "TableWriter", "Tables",
           "document_rows", "failed_rows", "load_tables", "write_copy_groups", "write_mined"]
