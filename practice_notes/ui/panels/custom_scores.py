"""Other scores, by name and value only — for instruments whose questions may
not be reproduced in the app: quick add, a sortable list, a trend per name."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import CustomScore
from practice_notes.i18n import QT_TRANSLATE_NOOP
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui import msgbox
from practice_notes.ui.charts import Series, TrendChart, format_value
from practice_notes.ui.date_field import DateField
from practice_notes.ui.panels.form_draft import FormDraft
from practice_notes.ui.panels.records import (
    Column,
    RecordModel,
    RecordTable,
    check_day,
    date_key,
    day_text,
    error_label,
)


def parse_value(text: str) -> float:
    """A score as typed: '42', '3.5' or '3,5'."""
    cleaned = text.strip().replace("−", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        value = math.nan
    if not cleaned or not math.isfinite(value):
        raise ValidationError(
            QCoreApplication.translate(
                "custom_scores", "Enter the score as a number, for example 42 or 3.5"
            ),
            field="value",
        )
    return value


def axis_range(values: list[float]) -> tuple[float, float]:
    """From 0 (or the lowest value, if below 0) to a round number at or above the highest."""
    low = min([0.0, *values])
    high = max(values, default=1.0)
    if high <= low:
        high = low + 1
    span = high - low
    power = 10 ** math.floor(math.log10(span))
    for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if low + m * power >= high:
            return low, low + m * power
    return low, high


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda s: s.name),
    Column(QT_TRANSLATE_NOOP("Column", "Date"),
        lambda s: day_text(s.taken_on),
        lambda s: date_key(s.taken_on, s.id),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Value"),
        lambda s: format_value(s.value),
        lambda s: s.value,
        numeric=True,
    ),
)


class CustomScoresBox(QGroupBox):
    status_message = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Other scores (name and value only)"), parent)
        self.practice: Practice | None = None
        self.client_id = 0
        self.confirm_box: Any = None
        self._loading = False
        about = QLabel(
            self.tr(
                "For measures whose questions cannot be reproduced here: enter the "
                "name, the date and the score."
            )
        )
        about.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Score name"))
        self.name.setMaxLength(80)
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.date = DateField(None, self.tr("Score date"))
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Score value"))
        self.value.setPlaceholderText(self.tr("e.g. 42 or 3.5"))
        self.value.setMaximumWidth(120)
        self.add_button = QPushButton(self.tr("A&dd score"))
        self.add_button.clicked.connect(self.add_score)
        self.value.returnPressed.connect(self.add_score)
        self.message = error_label()
        self.message.setVisible(False)
        grid = QGridLayout()
        for col, (text, widget) in enumerate(
            ((self.tr("N&ame:"), self.name), (self.tr("Ta&ken on:"), self.date),
             (self.tr("&Value:"), self.value))
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, 2 * col)
            grid.addWidget(widget, 0, 2 * col + 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.add_button, 0, 6)

        self.model = RecordModel(COLUMNS)
        self.table = RecordTable(self.model, self.tr("Other scores"), stretch=0, sort_column=1)
        self.table.delete_requested.connect(self.delete_score)
        self.delete_button = QPushButton(self.tr("Delete score…"))
        self.delete_button.setToolTip(self.tr("Delete the chosen score (Delete key)"))
        self.delete_button.clicked.connect(lambda: self.delete_score(self.table.current_record()))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.delete_button)
        left.addLayout(row)

        self.pick = QComboBox()
        self.pick.setAccessibleName(self.tr("Score shown in the chart"))
        self.pick.currentIndexChanged.connect(self._show_chart)
        pick_label = QLabel(self.tr("&Chart:"))
        pick_label.setBuddy(self.pick)
        self.chart = TrendChart("", 0, 10, empty_text=self.tr("No other scores yet"))
        self.chart.setObjectName("custom-chart")
        right = QVBoxLayout()
        pick_row = QHBoxLayout()
        pick_row.addWidget(pick_label)
        pick_row.addWidget(self.pick, 1)
        right.addLayout(pick_row)
        right.addWidget(self.chart, 1)
        bottom = QHBoxLayout()
        bottom.addLayout(left, 2)
        bottom.addLayout(right, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addLayout(bottom, 1)

        self.draft = FormDraft(self.state, self)
        for edit in (self.name, self.value):
            edit.textEdited.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self._update_buttons()

    # ------------------------------------------------------------ state
    def show_client(self, practice: Practice, client_id: int) -> None:
        self.draft.flush()
        self.practice, self.client_id = practice, client_id
        self._reset_form()
        self.draft.bind(practice, f"custom:{client_id}:quick")
        restored = self.draft.load()
        if restored is not None:
            self.restore(restored[0])
        self.refresh()

    def clear(self) -> None:
        if self.confirm_box is not None:
            self.confirm_box.close()
            self.confirm_box = None
        self.draft.flush()
        self.draft.unbind()
        self._reset_form()
        self.names.setStringList([])
        self.model.set_records([])
        self.pick.clear()
        self.chart.clear()
        self.practice, self.client_id = None, 0

    def state(self) -> dict[str, Any] | None:
        if not (self.name.text().strip() or self.value.text().strip()):
            return None
        return {
            "name": self.name.text(),
            "date": self.date.state(),
            "value": self.value.text(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.name.setText(str(state.get("name", "")))
            self.value.setText(str(state.get("value", "")))
            self.date.set_state(str(state["date"]))
        except (KeyError, ValueError):
            pass
        self._loading = False

    def _reset_form(self) -> None:
        self._loading = True
        self.name.clear()
        self.value.clear()
        self.date.set_value(dt.date.today())
        self.message.clear()
        self.message.setVisible(False)
        self._loading = False

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.message.setVisible(False)
        self.draft.touch()

    def refresh(self, show: str | None = None) -> None:
        if self.practice is None:
            return
        scores = self.practice.measures.custom_for_client(self.client_id)
        self.model.set_records(scores)
        names = sorted({s.name for s in scores}, key=str.casefold)
        self.names.setStringList(names)
        wanted = show or self.pick.currentText()
        self.pick.blockSignals(True)
        self.pick.clear()
        self.pick.addItems(names)
        self.pick.setCurrentIndex(max(0, self.pick.findText(wanted)))
        self.pick.blockSignals(False)
        self.pick.setEnabled(bool(names))
        self._show_chart()
        self._update_buttons()

    def _show_chart(self, *_args: object) -> None:
        name = self.pick.currentText()
        points = tuple((s.taken_on, s.value) for s in self.model.records() if s.name == name)
        if not points:
            self.chart.title = ""
            self.chart.y_min, self.chart.y_max = 0.0, 10.0
            self.chart.clear()
            return
        self.chart.y_min, self.chart.y_max = axis_range([v for _, v in points])
        self.chart.title = name
        self.chart.setAccessibleName(self.tr("Trend of {name}").format(name=name))
        self.chart.set_data([Series(name, points)])

    def _update_buttons(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.table.current_record() is not None)

    # ------------------------------------------------------------ actions
    def entered(self) -> CustomScore:
        name = " ".join(self.name.text().split())
        known = {n.casefold(): n for n in self.names.stringList()}
        name = known.get(name.casefold(), name)  # the spelling already in use
        if not name:
            raise ValidationError(
                self.tr("Give the score a name (e.g. the measure's short name)"), field="name"
            )
        day = self.date.value()
        check_day(day)
        return CustomScore(
            client_id=self.client_id, name=name, taken_on=day, value=parse_value(self.value.text())
        )

    def add_score(self) -> bool:
        if self.practice is None:
            return False
        try:
            saved = self.practice.add_custom_score(self.entered())
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            self.message.setVisible(True)
            field = getattr(exc, "field", None)
            {"name": self.name, "date": self.date}.get(str(field), self.value).setFocus()
            return False
        self.draft.discard()
        self._reset_form()
        self.name.setFocus()
        self.refresh(show=saved.name)
        self.status_message.emit(self.tr("{name} of {value} saved.").format(
            name=saved.name, value=day_text(saved.taken_on)))
        self.changed.emit()
        return True

    def delete_score(self, score: CustomScore | None) -> Any:
        if score is None or score.id is None or self.practice is None:
            return None
        practice = self.practice

        def do() -> None:
            try:
                practice.delete_custom_score(score)
            except VaultError as exc:
                msgbox.error(self, str(exc))
                return
            self.refresh()
            self.status_message.emit(self.tr("{name} of {value} deleted.").format(
                name=score.name, value=day_text(score.taken_on)))
            self.changed.emit()

        self.confirm_box = msgbox.confirm(
            self,
            self.tr("Delete score"),
            self.tr("Delete {name} ({value}) of {value2}?").format(
                name=score.name, value=format_value(score.value), value2=day_text(score.taken_on)
            ),
            do,
            yes_text=self.tr("Delete"),
            informative=self.tr("This cannot be undone."),
        )
        self.confirm_box.finished.connect(lambda _c: setattr(self, "confirm_box", None))
        return self.confirm_box
