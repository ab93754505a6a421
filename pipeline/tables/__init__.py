"""Stage 4, tables: normalized documents / plans / items tables (Parquet, CSV, DuckDB)."""

from pipeline.tables.loader import Tables, load_tables
from pipeline.tables.rows import DocumentRows, document_rows, failed_rows
from pipeline.tables.schema import TABLES
from pipeline.tables.writer import FORMATS, TableWriter

__all__ = ["FORMATS", "TABLES", "DocumentRows", "TableWriter", "Tables", "document_rows",
           "failed_rows", "load_tables"]
