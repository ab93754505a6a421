"""The trained classifier that ships inside the package (built into `pipeline.models`)."""
