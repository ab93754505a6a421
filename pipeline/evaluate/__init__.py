"""Evaluation against hand-written gold (kept apart from the pipeline stages)."""

from pipeline.evaluate.gold import load_gold
from pipeline.evaluate.structure import DEFAULT_GOLD, StructureReport, evaluate_structure

__all__ = ["DEFAULT_GOLD", "StructureReport", "evaluate_structure", "load_gold"]
