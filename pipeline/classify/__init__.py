"""Stage 4, classify: a category for every item, from rules and a trained classifier."""

from pipeline.classify.classify import METHODS, ItemClassifier
from pipeline.classify.segment import BACKENDS, DEFAULT_BACKEND, load_segmenter
from pipeline.classify.taxonomy import load_taxonomy

__all__ = ["BACKENDS", "DEFAULT_BACKEND", "METHODS", "ItemClassifier", "load_segmenter",
           "load_taxonomy"]
