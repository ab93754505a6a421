"""Stage 3, structure: plans and numbered item trees."""

from pipeline.structure.parse import StructureParser

__all__ = ["StructureParser"]
