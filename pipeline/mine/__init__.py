"""Stage 6, mine: phrase templates, reused paragraphs and outline patterns."""

from pipeline.mine.examples import shown_text
from pipeline.mine.mine import (
    READS,
    ItemColumns,
    MinedTables,
    heading_variant,
    item_columns,
    mine_columns,
    mine_tables,
    phrase_coverage,
)

__all__ = ["READS", "ItemColumns", "MinedTables", "heading_variant", "item_columns", "mine_columns",
           "mine_tables", "phrase_coverage", "shown_text"]
