"""Stage 1, ingest: files -> RawDocument records (decoded text or a recorded error)."""

from pipeline.ingest.sources import discover, read_file, read_inputs

__all__ = ["discover", "read_file", "read_inputs"]
