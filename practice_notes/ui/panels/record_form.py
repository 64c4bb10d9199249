"""Shared pieces of the relationship dialogs (milestones, agreements): date fields,
a form whose rows show their own inline message, and autosaved drafts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.dates import add_months
from practice_notes.services import Practice
from practice_notes.ui.date_field import DateField, InvalidDate
from practice_notes.ui.panels.form_draft import FormDraft, State

ERROR_COLOUR = "#a4262c"


def day_text(day: dt.date | None, empty: str = "—") -> str:
    return day.strftime("%d %b %Y") if day else empty


class OptionalDate(QWidget):
    """A date that may be left out: a check box switches the date field on."""

    changed = Signal()

    def __init__(self, check_text: str, name: str, value: dt.date | None = None,
                 default: dt.date | None = None) -> None:
        super().__init__()
        self.check = QCheckBox(check_text)
        self.check.setAccessibleName(self.tr("{name}: set").format(name=name))
        self.edit = DateField(value or default or dt.date.today(), name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.set_value(value)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.set_value(value)

    def set_date(self, value: dt.date) -> None:
        """Set the date (and switch the field on)."""
        self.edit.set_value(value)
        self.check.setChecked(True)

    def follow(self, source: DateField, months: int) -> None:
        """Start at ``source`` + ``months`` (switched on) and move with ``source``
        until the person sets or switches this date themselves."""
        following = [True]

        def update(*_args: object) -> None:
            if following[0] and source.is_valid():
                self.set_date(add_months(source.value(), months))

        def stop(*_args: object) -> None:
            following[0] = False

        source.dateChanged.connect(update)
        self.edit.line.textEdited.connect(stop)
        self.check.clicked.connect(stop)
        update()


class Form:
    """A form layout whose fields show their own message just below them.

    Messages start with a warning sign, so they never rely on colour alone,
    and become the field's accessible description for screen readers."""

    def __init__(self) -> None:
        self.layout = QFormLayout()
        self.general = self._message_label("form-message")
        self._fields: dict[str, tuple[QLabel, QWidget]] = {}
        self.rows: dict[str, QWidget] = {}

    @staticmethod
    def _message_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOUR};")
        label.setVisible(False)
        return label

    def add(self, text: str, widget: QWidget, field: str | None = None,
            focus: QWidget | None = None) -> QLabel:
        target = focus or widget
        label = QLabel(text)
        label.setBuddy(target)
        if field is None:
            self.layout.addRow(label, widget)
            return label
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        message = self._message_label(f"message-{field}")
        v.addWidget(message)
        self._fields[field] = (message, target)
        self.rows[field] = box
        self.layout.addRow(label, box)
        return label

    def set_row_visible(self, field: str, visible: bool) -> None:
        self.layout.setRowVisible(self.rows[field], visible)

    def clear_on(self, signal: SignalInstance, field: str) -> None:
        signal.connect(lambda *_: self.clear(field))

    def show_error(self, exc: Exception) -> None:
        if isinstance(exc, InvalidDate):  # the date field shows its own message
            exc.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        text = "⚠ " + str(exc)
        field = getattr(exc, "field", None)
        if field in self._fields:
            message, target = self._fields[field]
            message.setText(text)
            message.setVisible(True)
            target.setAccessibleDescription(str(exc))
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.general.setText(text)
            self.general.setVisible(True)

    def message(self, field: str | None = None) -> str:
        """The message shown for ``field`` (or the general one), '' if none."""
        label = self.general if field is None else self._fields[field][0]
        return "" if label.isHidden() else label.text()

    def clear(self, field: str | None = None) -> None:
        names = [field] if field is not None else list(self._fields)
        for name in names:
            if name in self._fields:
                message, target = self._fields[name]
                message.clear()
                message.setVisible(False)
                target.setAccessibleDescription("")
        if field is None:
            self.general.clear()
            self.general.setVisible(False)


class RecordDialog(QDialog):
    """A Save/Cancel dialog with an inline-message form and autosaved input.

    Subclasses build their fields into ``self.form``, implement ``state`` /
    ``apply_state`` (what the draft keeps) and ``save`` (which calls
    ``self.done_saving()`` on success or ``self.form.show_error(exc)``)."""

    saved = Signal(object)

    def __init__(self, practice: Practice, title: str, draft_key: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.setWindowTitle(title)
        self.form = Form()
        self.drafts = FormDraft(self.state, self)
        if draft_key:  # no key: nothing worth a draft (only dates), so nothing is kept
            self.drafts.bind(practice, draft_key)
        self.notice = QLabel()
        self.notice.setObjectName("draft-notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setStyleSheet("QLabel#draft-notice { background: #fff4ce; padding: 6px; }")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def finish_layout(self, *extra: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        for widget in extra:
            layout.addWidget(widget)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def watch(self, *signals: SignalInstance) -> None:
        for signal in signals:
            signal.connect(lambda *_: self.drafts.touch())

    def restore_draft(self) -> bool:
        """Put back what was typed last time and not saved (e.g. before a lock)."""
        found = self.drafts.load()
        if found is None:
            return False
        state, at = found
        try:
            self.apply_state(state)
        except (KeyError, TypeError, ValueError):
            self.drafts.discard()
            return False
        self.notice.setText(
            self.tr("Unsaved input from {at:%d %b %Y, %H:%M} was put back. "
                    "Save it, or Cancel to discard it.").format(at=at))
        self.notice.setVisible(True)
        return True

    def state(self) -> State:
        return {}

    def apply_state(self, state: State) -> None:
        pass

    def save(self) -> None:
        raise NotImplementedError

    def done_saving(self, record: object) -> None:
        self.drafts.discard()
        self.saved.emit(record)
        self.accept()

    def reject(self) -> None:
        self.drafts.discard()
        super().reject()

    def close_for_lock(self) -> None:
        """Keep the typed input as a draft, then close without a trace on screen."""
        self.drafts.flush()
        self.drafts.unbind()
        self.done(QDialog.DialogCode.Rejected)
