"""Write table rows as Parquet, streaming in batches; CSV and DuckDB on request."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import ConfigError
from pipeline.tables.rows import DocumentRows
from pipeline.tables.schema import MINED_TABLES, TABLES, arrow_schema

FORMATS = ("parquet", "csv", "duckdb")
# Rows held in memory per table before a Parquet row group is written.
BATCH_ROWS = 20_000
DUCKDB_FILE = "planpipe.duckdb"


class TableWriter:
    """Collects rows document by document and writes `<out>/<table>.parquet`."""

    def __init__(self, out: str | Path, formats: tuple[str, ...] = ("parquet",)) -> None:
        unknown = set(formats) - set(FORMATS)
        if unknown:
            raise ConfigError("E202", f"unknown format(s) {sorted(unknown)}; valid: {list(FORMATS)}")
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.formats = formats
        self._rows: dict[str, list[dict]] = {t: [] for t in TABLES}
        self._writers: dict[str, pq.ParquetWriter] = {}

    def add(self, rows: DocumentRows) -> None:
        """Queue one article's rows, writing a row group when a table's batch is full."""
        for table in TABLES:
            self._rows[table].extend(getattr(rows, table))
            if len(self._rows[table]) >= BATCH_ROWS:
                self._flush(table)

    def _flush(self, table: str) -> None:
        schema = arrow_schema(table)
        if table not in self._writers:
            self._writers[table] = pq.ParquetWriter(self.out / f"{table}.parquet", schema)
        batch = pa.Table.from_pylist(self._rows[table], schema=schema)
        self._writers[table].write_table(batch)
        self._rows[table] = []

    def close(self) -> None:
        """Write what is left, close the Parquet files and export CSV / DuckDB."""
        for table in TABLES:
            self._flush(table)
            self._writers.pop(table).close()
        if "csv" in self.formats or "duckdb" in self.formats:
            self._export()

    def _export(self) -> None:
        export(self.out, tuple(TABLES), self.formats)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def export(out: Path, tables: tuple[str, ...], formats: tuple[str, ...]) -> None:
    """Copy Parquet tables into CSV files and/or the run's DuckDB database."""
    if "csv" not in formats and "duckdb" not in formats:
        return
    import duckdb

    db = str(out / DUCKDB_FILE) if "duckdb" in formats else ":memory:"
    with duckdb.connect(db) as con:
        for table in tables:
            parquet = (out / f"{table}.parquet").as_posix()
            con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM read_parquet(?)", [parquet])
            if "csv" in formats:
                con.execute(f"COPY {table} TO '{(out / f'{table}.csv').as_posix()}' (HEADER, DELIMITER ',')")


def write_mined(out: str | Path, frames: dict, formats: tuple[str, ...] = ("parquet",)) -> None:
    """Write the mine stage's corpus-level tables (templates, template_members, outline_gaps,
    sections)."""
    out = Path(out)
    for table in MINED_TABLES:
        pq.write_table(pa.Table.from_pandas(frames[table], schema=arrow_schema(table),
                                            preserve_index=False), out / f"{table}.parquet")
    export(out, tuple(MINED_TABLES), formats)


def write_copy_groups(out: str | Path, groups: dict[str, tuple[str, str]],
                      formats: tuple[str, ...] = ("parquet",)) -> None:
    """Fill the plans table's copy_group and canonical columns (found by the mine stage,
    which sees the whole corpus) and write it again."""
    out = Path(out)
    plans = pq.read_table(out / "plans.parquet").to_pylist()
    for row in plans:
        row["copy_group"], row["canonical"] = groups.get(row["plan_id"], (None, None))
    pq.write_table(pa.Table.from_pylist(plans, schema=arrow_schema("plans")), out / "plans.parquet")
    export(out, ("plans",), formats)
