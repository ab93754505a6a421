"""Write table rows as Parquet, streaming in batches; CSV and DuckDB on request."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import ConfigError
from pipeline.tables.rows import DocumentRows
from pipeline.tables.schema import MINED_TABLES, TABLES, arrow_schema

FORMATS = ("parquet", "csv", "duckdb")
# Where a run keeps each chunk's rows until it is complete, and the list of chunks done.
PARTS = "parts"
MANIFEST = "done.txt"
DUCKDB_FILE = "planpipe.duckdb"


class TableWriter:
    """Writes a run's rows chunk by chunk, so that an interrupted run can be resumed.

    Each chunk's rows go to their own Parquet parts (`parts/NNNNNN/<table>.parquet`, written
    under a temporary name and renamed); the chunk's number is then appended to a manifest.
    A resumed run skips the chunks the manifest lists. `close` joins the parts, in chunk
    order, into `<out>/<table>.parquet` (one row group per chunk) and exports CSV / DuckDB.
    """

    def __init__(self, out: str | Path, formats: tuple[str, ...] = ("parquet",)) -> None:
        unknown = set(formats) - set(FORMATS)
        if unknown:
            raise ConfigError("E202", f"unknown format(s) {sorted(unknown)}; valid: {list(FORMATS)}")
        self.out = Path(out)
        self.parts = self.out / PARTS
        self.parts.mkdir(parents=True, exist_ok=True)
        self.formats = formats

    def done_chunks(self) -> set[int]:
        """The chunks whose rows are written (listed in the manifest)."""
        manifest = self.parts / MANIFEST
        if not manifest.exists():
            return set()
        return {int(line) for line in manifest.read_text(encoding="utf-8").split() if line.isdigit()}

    def chunk_documents(self, k: int) -> list[dict]:
        """The documents rows of a written chunk."""
        return pq.read_table(self.parts / f"{k:06d}" / "documents.parquet").to_pylist()

    def add_chunk(self, k: int, chunk: list[DocumentRows]) -> None:
        """Write the rows of chunk `k` and record it as done."""
        folder = self.parts / f"{k:06d}"
        folder.mkdir(exist_ok=True)
        for table in TABLES:
            rows = [row for doc in chunk for row in getattr(doc, table)]
            part = folder / f".{table}.parquet.tmp"
            pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)), part)
            os.replace(part, folder / f"{table}.parquet")
        with open(self.parts / MANIFEST, "a", encoding="utf-8") as manifest:
            manifest.write(f"{k}\n")
            manifest.flush()
            os.fsync(manifest.fileno())

    def close(self) -> None:
        """Join the parts into the tables, remove them, and export CSV / DuckDB."""
        chunks = sorted(self.done_chunks())
        for table in TABLES:
            with pq.ParquetWriter(self.out / f"{table}.parquet", arrow_schema(table)) as writer:
                for k in chunks:
                    writer.write_table(pq.read_table(self.parts / f"{k:06d}" / f"{table}.parquet"))
        shutil.rmtree(self.parts)
        if "csv" in self.formats or "duckdb" in self.formats:
            export(self.out, tuple(TABLES), self.formats)


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
