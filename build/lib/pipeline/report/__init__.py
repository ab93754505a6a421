"""Stage 7, report: a self-contained, browsable HTML page over the tables."""

from pipeline.report.build import render_report, write_report

__all__ = ["render_report", "write_report"]
