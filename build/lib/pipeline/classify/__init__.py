"""Stage 4, classify: a category for every item, from rules and a trained classifier."""

from pipeline.classify.classify import METHODS, ItemClassifier
from pipeline.classify.model import read_model_files
from pipeline.classify.taxonomy import load_taxonomy

__all__ = ["METHODS", "ItemClassifier", "load_taxonomy", "read_model_files"]
