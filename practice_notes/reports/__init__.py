"""Progress summaries for review sessions (reportlab). Qt-free.

The input is :class:`~practice_notes.reports.data.ReportData`: plain frozen values
that ``services.reporting`` gathers from a practice (``services.report_data``)
and hands to :func:`~practice_notes.reports.builder.build_pdf_bytes`. This package
never reads the vault: it imports only :mod:`practice_notes.domain` (models, the
shared chart geometry) and :mod:`practice_notes.resources` (fonts).
"""

from practice_notes.reports.options import SECTIONS, ReportOptions

__all__ = ["SECTIONS", "ReportOptions"]
