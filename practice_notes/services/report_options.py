"""What a progress summary contains, for clients that ask for one (the window)."""

from __future__ import annotations

from practice_notes.reports.options import DEFAULT_SECTIONS, SECTIONS, ReportOptions

__all__ = ["DEFAULT_SECTIONS", "SECTIONS", "ReportOptions"]
