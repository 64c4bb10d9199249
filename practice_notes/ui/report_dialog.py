"""Progress summary options, built off the GUI thread, then previewed."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import Instrument
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.measures import item9_flagged, item9_open
from practice_notes.i18n import translate
from practice_notes.services import Practice
from practice_notes.services.report_options import DEFAULT_SECTIONS, SECTIONS, ReportOptions
from practice_notes.services.reporting import (
    Built,
    PseudonymReview,
    build_report,
    default_period,
    record_review,
)
from practice_notes.ui import fit
from practice_notes.ui.build_dialog import BuildDialog
from practice_notes.ui.date_field import DateField


class _ClickLabel(QLabel):
    """A label that toggles the check box it stands beside when clicked."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

class ReportDialog(BuildDialog):
    """Choose period, sections and options; ``built`` carries (pdf bytes, options)."""

    built = Signal(bytes, object)

    def __init__(self, practice: Practice, client_id: int, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.client_id = client_id
        client = practice.clients.get(client_id)
        self.setWindowTitle(fit.elide_title(  # a long name would not fit a title bar
            self.tr("Progress summary — {name}").format(name=client.name)))
        start, end = default_period(practice, client_id, today)
        self.start = self._date(start, self.tr("Period from"))
        self.end = self._date(end, self.tr("Period to"))
        self.sections: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, (key, label) in enumerate(SECTIONS.items()):
            label = translate("Report", label)
            box = QCheckBox(label)
            box.setChecked(key in DEFAULT_SECTIONS)
            box.setAccessibleName(self.tr("Include {label}").format(label=label))
            if key == "sessions":
                box.setText(self.tr("Session-note summaries (never private process notes)"))
            self.sections[key] = box
            grid.addWidget(box, n // 2, n % 2)
        sections_box = QGroupBox(self.tr("Sections"))
        sections_box.setLayout(grid)
        self.pseudonymise = QCheckBox(
            self.tr("Pseudonymise: show {code} instead of the name").format(code=client.code))
        self.pseudonymise.setAccessibleName(self.tr("Pseudonymise"))
        # A check box's text never wraps: this long one is a wrapping label beside it.
        self.used_in_review = QCheckBox()
        self.used_in_review_label = _ClickLabel(self.tr(
            "We use this summary in a review session with the client: record the review "
            "(the next summary then starts after this period)"))
        self.used_in_review_label.setWordWrap(True)
        self.used_in_review_label.clicked.connect(self.used_in_review.toggle)
        self.used_in_review.setAccessibleName(self.tr("Used in a review session"))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(practice.settings.load().paper_size)))
        self.paper.setAccessibleName(self.tr("Paper size"))
        reviews = practice.reviews.for_client(client_id)
        self.narrative = QPlainTextEdit(reviews[-1].narrative if reviews else "")
        self.narrative.setAccessibleName(self.tr("Summary in our words"))
        self.narrative.setPlaceholderText(
            self.tr("A few warm, plain sentences about our work in this "
                                          "period, strengths first."))
        self.narrative.setTabChangesFocus(True)
        self.next_steps = QPlainTextEdit()
        self.next_steps.setAccessibleName(self.tr("Next steps we agreed"))
        self.next_steps.setPlaceholderText(
            self.tr("Leave empty to print a box to fill in together."))
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setFixedHeight(70)
        self.past = QListWidget()
        self.past.setAccessibleName(self.tr("Past summaries"))
        self.past.setWordWrap(True)
        for r in reversed(reviews):
            item = QListWidgetItem(
                self.tr("{held_on:%d %b %Y}\n  covering {period_from:%d %b %Y} – {period_to:%d %b "
                        "%Y}").format(
                            held_on=r.held_on, period_from=r.period_from, period_to=r.period_to))
            if r.narrative.strip():
                item.setToolTip(r.narrative.strip()[:600])
            self.past.addItem(item)
        if not reviews:
            self.past.addItem(self.tr("No summaries made yet."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")
        self.flag = QLabel()
        self.flag.setWordWrap(True)
        self.flag.setTextFormat(Qt.TextFormat.RichText)
        self._show_item9_flag()

        form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        period.addStretch()
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Paper:"), self.paper)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.build_button = self.buttons.addButton(self.tr("Build summary"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.build)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(sections_box)
        left.addWidget(self.pseudonymise)
        review_row = QHBoxLayout()
        review_row.addWidget(self.used_in_review, 0, Qt.AlignmentFlag.AlignTop)
        review_row.addWidget(self.used_in_review_label, 1)
        left.addLayout(review_row)
        left.addWidget(QLabel(self.tr("Summary in our words:")))
        left.addWidget(self.narrative)
        left.addWidget(QLabel(self.tr("Next steps we agreed:")))
        left.addWidget(self.next_steps)
        left.addWidget(self.flag)
        left.addWidget(self.message)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Past summaries:")))
        right.addWidget(self.past)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self.resize(860, 620)

    def _date(self, value: dt.date, name: str) -> DateField:
        return DateField(value, name)

    def _show_item9_flag(self) -> None:
        results = self.practice.measures.for_client(self.client_id, Instrument.PHQ9)
        flagged = [m for m in results if item9_flagged(m.instrument, m.items)]
        if flagged:
            when = ", ".join(f"{m.taken_on:%d %b %Y}" for m in flagged[-3:])
            if any(item9_open(m.instrument, m.items, m.note) for m in flagged):
                text = self.tr("<b>Please note:</b> PHQ-9 question 9 was answered above 0 on "
                               "{value}. The summary prints, in neutral words, what you noted "
                               "about it with the measure. Make sure it was followed up and "
                               "noted before you print.")
            else:  # every one has its follow-up noted: nothing left to ask
                text = self.tr("<b>Please note:</b> PHQ-9 question 9 was answered above 0 on "
                               "{value}. The summary prints, in neutral words, the follow-up "
                               "you noted with the measure.")
            self.flag.setText(text.format(value=html.escape(when)))
        self.flag.setVisible(bool(flagged))

    def options(self) -> ReportOptions:
        return ReportOptions(
            client_id=self.client_id,
            period_from=self.start.value(),
            period_to=self.end.value(),
            sections=frozenset(k for k, box in self.sections.items() if box.isChecked()),
            pseudonymise=self.pseudonymise.isChecked(),
            paper=str(self.paper.currentData()),
            narrative=self.narrative.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
        )

    def build(self) -> None:
        try:
            options = self.options()
            options.check()
        except ValidationError as exc:
            self.message.setText(str(exc))
            return

        def failure(exc: BaseException) -> str:
            return str(exc) if isinstance(exc, ValidationError | ValueError) else self.tr(
                "The summary could not be built: {reason}").format(reason=exc)

        def review(built: Built) -> tuple[PseudonymReview, str]:
            return built.review, self.practice.clients.get(self.client_id).code

        self.build_in_background(
            lambda practice: build_report(practice, options),
            busy=self.tr("Building the summary…"),
            status=self.tr("Building the progress summary…"),
            failure=failure, finish=lambda built: self._finish(built, options),
            review=review if options.pseudonymise else None)

    def declined_review(self) -> str:
        return self.tr("Not shown: add names to hide in the client's details, or change "
                       "the text, and build again.")

    def _finish(self, built: Built, options: ReportOptions) -> None:
        if self.used_in_review.isChecked():
            record_review(self.practice, options)
        self.built.emit(built.pdf, options)
        self.accept()
