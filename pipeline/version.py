"""The version of planpipe (one place: the package, the wheel and the run marker read it)."""

__version__ = "0.17.0"
