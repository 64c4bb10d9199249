"""Progress summaries for review sessions (reportlab). Qt-free."""

from practice_notes.reports.options import SECTIONS, ReportOptions

__all__ = ["SECTIONS", "ReportOptions"]
