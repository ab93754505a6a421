"""Stage 2, clean: chrome and artefacts out, Simplified matching view in."""

from pipeline.clean.clean import Cleaner
from pipeline.clean.rules import load_rules
from pipeline.clean.script import normalized_view

__all__ = ["Cleaner", "load_rules", "normalized_view"]
