"""Stage 6, mine: phrase templates, reused paragraphs and outline patterns."""

from pipeline.mine.mine import MinedTables, heading_variant, mine_tables, phrase_coverage

__all__ = ["MinedTables", "heading_variant", "mine_tables", "phrase_coverage"]
