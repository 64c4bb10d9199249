"""The background record check after unlock (the same as ``practice-notes verify``)
and the banner that says when something is wrong. Never blocks the window."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QLabel

from practice_notes.i18n import translate
from practice_notes.services.integrity import IntegrityReport, verify_in_background
from practice_notes.services.practice import Practice
from practice_notes.ui.worker import run_in_background


def banner_text(report: IntegrityReport) -> str:
    first = report.problems[0]
    more = len(report.problems) - 1
    if more:
        text = translate(
            "RecordCheck",
            "This vault failed its check: {problem} (and {more} more). The record may have been "
            "changed or damaged: run 'practice-notes verify' for the list, and restore from a "
            "backup if needed.")
    else:
        text = translate(
            "RecordCheck",
            "This vault failed its check: {problem}. The record may have been changed "
            "or damaged: run 'practice-notes verify' for the list, and restore from a backup "
            "if needed.")
    return text.format(problem=first, more=more)


class RecordCheckBanner(QLabel):
    """Hidden while all is well; a clear warning otherwise."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("record-check-banner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#record-check-banner { background: #fde2e1; color: #6b0f0a;"
                           " border: 1px solid #c0392b; padding: 8px; }")
        self.setAccessibleName(self.tr("Record check warning"))
        self.report: IntegrityReport | None = None
        self.hide()

    def start(self, practice: Practice, still_current: Callable[[], bool]) -> None:
        """Check ``practice`` on a worker thread; show the result if it is still open."""
        self.clear_result()

        # The banner may be gone by the time the check ends (its window closed).
        def done(report: object) -> None:
            if not shiboken6.isValid(self):
                return
            if still_current() and isinstance(report, IntegrityReport):
                self.report = report
                if not report.ok:
                    self.setText(banner_text(report))
                    self.show()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and still_current():
                self.setText(self.tr("The vault could not be checked: {problem}")
                             .format(problem=exc))
                self.show()

        run_in_background(lambda: verify_in_background(practice), done, failed)

    def clear_result(self) -> None:
        self.report = None
        self.setText("")
        self.hide()
