"""What the progress summary and records request dialogs share: a PDF built
off the GUI thread on a worker connection, dropped if the dialog was closed
meanwhile, and — when names were replaced — shown to the therapist in the
pseudonym review before it goes any further."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from practice_notes.services import Practice
from practice_notes.services.reporting import PseudonymReview
from practice_notes.ui.pseudonym_review import PseudonymReviewDialog
from practice_notes.ui.worker import run_in_background

T = TypeVar("T")


class BuildDialog(QDialog):
    """Subclasses set ``practice``, ``message`` and ``build_button`` and say, in
    ``declined_review``, what the dialog shows when the review is turned down."""

    practice: Practice
    message: QLabel
    build_button: QPushButton
    _abandoned = False

    def reject(self) -> None:
        self._abandoned = True  # a build still running is not shown
        super().reject()

    def declined_review(self) -> str:
        raise NotImplementedError

    def build_in_background(
        self, make: Callable[[Practice], T], *, busy: str, status: str,
        failure: Callable[[BaseException], str], finish: Callable[[T], None],
        review: Callable[[T], tuple[PseudonymReview, str]] | None,
    ) -> None:
        """Run ``make`` on a worker connection, then ``finish`` with its result —
        after the therapist has looked over ``review(result)`` (what pseudonymising
        replaced, and the client's code) when it is given."""
        self.message.setText(busy)
        self.build_button.setEnabled(False)
        connection = self.practice.worker_connection()

        def work() -> T:
            with connection as practice:
                return make(practice)

        def done(result: object) -> None:
            if self._abandoned:  # closed meanwhile (a lock waits for the work)
                return
            built = cast(T, result)
            if review is None:
                finish(built)
            else:
                self._review(*review(built), lambda: finish(built))

        def failed(exc: BaseException) -> None:
            self.build_button.setEnabled(True)
            self.message.setText(failure(exc))

        run_in_background(work, done, failed, self, status)

    def _review(self, review: PseudonymReview, code: str, go_on: Callable[[], None]) -> None:
        dialog = PseudonymReviewDialog(review, code, self)
        self.pseudonym_review = dialog
        dialog.accepted.connect(go_on)
        dialog.rejected.connect(self._back_from_review)
        dialog.open()

    def _back_from_review(self) -> None:
        self.build_button.setEnabled(True)
        self.message.setText(self.declined_review())
