"""The session note editor: a template per format, private process notes kept
visibly apart, autosave into the vault, signing and addenda."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.domain.enums import GoalStatus, NoteFormat
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Goal, Session
from practice_notes.domain.notes import template
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui.drafts import draft_key, from_draft, to_draft
from practice_notes.ui.note_signing import NoteSigning
from practice_notes.ui.session_details import SessionDetails

AUTOSAVE_MS = 2000


class NoteEditor(QWidget):
    saved = Signal(object)  # Session
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.session: Session | None = None
        self.dirty = False
        self._loading = False
        self._fields: dict[str, QPlainTextEdit] = {}
        self._fields_format: NoteFormat | None = None
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)

        self.recover_bar = QFrame()
        bar = QHBoxLayout(self.recover_bar)
        self.recover_label = QLabel()
        self.recover_button = QPushButton(self.tr("&Restore unsaved text"))
        self.discard_button = QPushButton(self.tr("Discard it"))
        bar.addWidget(self.recover_label, 1)
        bar.addWidget(self.recover_button)
        bar.addWidget(self.discard_button)
        self.recover_bar.setVisible(False)
        self.recover_bar.setStyleSheet("QFrame { background: #fff4ce; }")
        self.recover_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)

        self.details = SessionDetails()
        # the parts tests and the keyboard walk reach for
        self.when = self.details.day.line
        self.duration, self.attendance = self.details.duration, self.details.attendance
        self.modality, self.note_format = self.details.modality, self.details.note_format

        self.fields_box = QGroupBox(self.tr("Progress note"))
        self.fields_layout = QFormLayout(self.fields_box)
        self.homework = QPlainTextEdit()
        self.homework.setAccessibleName(self.tr("Homework reviewed"))
        self.homework.setTabChangesFocus(True)
        self.homework.setFixedHeight(54)
        self.goals = QListWidget()
        self.goals.setAccessibleName(self.tr("Goals addressed"))
        self.goals.setMaximumHeight(90)
        self.goals_box = QGroupBox(self.tr("Goals addressed"))
        QVBoxLayout(self.goals_box).addWidget(self.goals)

        self.process = QPlainTextEdit()
        self.process.setAccessibleName(self.tr("Private process notes"))
        self.process.setTabChangesFocus(True)
        self.process.setPlaceholderText(self.tr("Impressions, hypotheses, your own reflections."))
        self.process.setFixedHeight(100)
        self.process_box = QGroupBox(self.tr("Private process notes — never printed in summaries"))
        self.process_box.setObjectName("process-box")
        self.process_box.setStyleSheet(
            "QGroupBox#process-box { border: 2px dashed #8a6d3b; border-radius: 4px;"
            " margin-top: 1.2em; padding-top: 4px; }"
            " QGroupBox#process-box::title { color: #6b4f1d; subcontrol-origin: margin;"
            " left: 8px; }"
        )
        pv = QVBoxLayout(self.process_box)
        apart = QLabel(
            self.tr("Kept apart from the record: never printed in a progress summary and "
                       "never shown to anyone else."))
        apart.setWordWrap(True)
        pv.addWidget(apart)
        pv.addWidget(self.process)

        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Save state"))
        self.signing = NoteSigning(self, lambda: (self.practice, self.session), self.save,
                                   self.state_label)
        self.signing.signed.connect(self._signed)
        self.banner, self.addenda = self.signing.banner, self.signing.addenda
        self.sign_button = self.signing.sign_button
        self.addendum_button = self.signing.addendum_button
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.addendum_button)
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.recover_bar)
        layout.addWidget(self.details)
        layout.addWidget(self.fields_box)
        layout.addWidget(QLabel(self.tr("Homework reviewed:")))
        layout.addWidget(self.homework)
        layout.addWidget(self.goals_box)
        layout.addWidget(self.process_box)
        layout.addWidget(self.addenda)
        layout.addLayout(buttons)
        layout.addStretch()

        self.details.changed.connect(self._changed)
        self.details.format_changed.connect(self._format_changed)
        self.homework.textChanged.connect(self._changed)
        self.process.textChanged.connect(self._changed)
        self.goals.itemChanged.connect(self._changed)
        self.setEnabled(False)

    # -------------------------------------------------------------- loading
    def clear(self) -> None:
        """Forget everything shown (on lock): no note text stays in the widgets."""
        self.autosave.stop()
        self._loading = True
        self.session = None
        self.practice = None
        self.dirty = False
        for w in (self.homework, self.process):
            w.clear()
        self._build_fields(self._fields_format or NoteFormat.FREE, {})  # emptied, kept
        self.goals.clear()
        self.signing.clear()
        self.recover_bar.setVisible(False)
        self.state_label.clear()
        self._loading = False
        self.setEnabled(False)

    def load(self, practice: Practice, session: Session, goals: list[Goal]) -> None:
        self.practice = practice
        self._loading = True
        self.session = session
        self.dirty = False
        self.setEnabled(True)
        self.details.show_session(session)
        self._build_fields(session.note_format, session.note_fields)
        self.homework.setPlainText(session.homework_reviewed)
        self.process.setPlainText(session.process_notes)
        self.goals.clear()
        for g in goals:
            if g.status is not GoalStatus.ACTIVE and g.id not in session.goal_ids:
                continue
            item = QListWidgetItem(g.client_words)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if g.id in session.goal_ids
                               else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals_box.setVisible(self.goals.count() > 0)
        self._loading = False
        self._show_lock_state()
        self._offer_draft()

    def _show_lock_state(self) -> None:
        locked = bool(self.session and self.session.is_signed)
        for w in [*self._fields.values(), self.homework, self.process]:
            w.setReadOnly(locked)
        self.details.set_locked(locked)
        self.goals.setEnabled(not locked)
        self.save_button.setVisible(not locked)
        self.signing.show()

    def _signed(self, signed: Session) -> None:
        self.session = signed
        self.dirty = False
        self._show_lock_state()
        self.saved.emit(signed)
        self.status_message.emit(self.tr("Note signed and locked."))

    def _build_fields(self, note_format: NoteFormat, values: dict[str, str]) -> None:
        if note_format is self._fields_format:  # same fields: new text (and no undo history)
            for key, edit in self._fields.items():
                edit.setPlainText(values.get(key, ""))
                edit.setReadOnly(bool(self.session and self.session.is_signed))
            return
        self._fields_format = note_format
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        self._fields = {}
        for f in template(note_format):
            edit = QPlainTextEdit(values.get(f.key, ""))
            edit.setPlaceholderText(f.hint)
            edit.setAccessibleName(f.label)
            edit.setObjectName(f"field-{f.key}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70 if note_format is not NoteFormat.FREE else 220)
            edit.textChanged.connect(self._changed)
            edit.setReadOnly(bool(self.session and self.session.is_signed))
            self._fields[f.key] = edit
            self.fields_layout.addRow(f"{f.label}:", edit)
        self.fields_box.setTitle(self.tr("Progress note ({label})").format(label=note_format.label))
        # The fields are rebuilt after the widgets below them exist: put them back in
        # reading order for Tab (format, the note's fields, homework, goals, process).
        chain = [self.note_format, *self._fields.values(), self.homework, self.goals,
                 self.process]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def field(self, key: str) -> QPlainTextEdit:
        return self._fields[key]

    # ------------------------------------------------------------- editing
    def current(self, strict: bool = True) -> Session:
        """The session as edited; InvalidDate while the date typed is not a date
        (``strict=False``, for a draft, keeps the stored date instead)."""
        assert self.session is not None
        goal_ids = []
        for n in range(self.goals.count()):
            item = self.goals.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                goal_ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return replace(
            self.details.apply(self.session, strict),
            note_fields={k: w.toPlainText() for k, w in self._fields.items()},
            homework_reviewed=self.homework.toPlainText(),
            process_notes=self.process.toPlainText(),
            goal_ids=tuple(sorted(goal_ids)),
        )

    def _changed(self, *_args: object) -> None:
        if self._loading or self.session is None or self.session.is_signed:
            return
        self.dirty = True
        self.state_label.setText(self.tr("Unsaved changes…"))
        self.autosave.start()

    def _format_changed(self) -> None:
        if self._loading or self.session is None:
            return
        old = {k: w.toPlainText() for k, w in self._fields.items()}
        new_format = self.details.chosen_format()
        keys = [f.key for f in template(new_format)]
        carried = {k: v for k, v in old.items() if k in keys}
        leftovers = [(k, v) for k, v in old.items() if k not in keys and v.strip()]
        if leftovers:  # never lose text: move it into the first field, labelled
            extra = "\n\n".join(f"{k.capitalize()}: {v}" for k, v in leftovers)
            first = keys[0]
            carried[first] = (carried.get(first, "") + "\n\n" + extra).strip()
        self._build_fields(new_format, carried)
        self._changed()

    # -------------------------------------------------------------- saving
    def save_draft(self) -> bool:
        """Autosave: the editor's state as an encrypted draft in the vault."""
        if not (self.dirty and self.session and self.practice):
            return True
        try:
            self.practice.put_draft(draft_key(self.session.id or 0),
                                   to_draft(self.current(strict=False)))
        except VaultError as exc:
            self.state_label.setText(str(exc) + exc.editor_hint)
            return False
        self.state_label.setText(
            self.tr("Draft kept safe at {value:%H:%M:%S}").format(value=dt.datetime.now()))
        return True

    def save(self) -> bool:
        """Save the session itself; the draft is then no longer needed."""
        self.autosave.stop()
        if not (self.session and self.practice) or self.session.is_signed:
            return True
        if not self.dirty:
            return True
        try:
            saved = self.practice.save_session(self.current())
            self.practice.discard_draft(draft_key(saved.id or 0))
        except (ValidationError, VaultError) as exc:
            self.save_draft()  # the text is kept safe while the problem is fixed
            self.state_label.setText(str(exc))
            self.status_message.emit(str(exc))
            return False
        self.session = saved
        self.dirty = False
        self.state_label.setText(self.tr("Saved at {value:%H:%M}").format(value=dt.datetime.now()))
        self.saved.emit(saved)
        return True

    def _offer_draft(self) -> None:
        self.recover_bar.setVisible(False)
        if not (self.session and self.practice) or self.session.is_signed:
            return
        draft = self.practice.drafts.get(draft_key(self.session.id or 0))
        if draft is None:
            return
        self.recover_label.setText(
            self.tr(
                "There is unsaved text for this note from {updated_at:%d %b %Y, %H:%M}."
            ).format(updated_at=draft.updated_at)
        )
        self.recover_bar.setVisible(True)

    def restore_draft(self) -> None:
        if not (self.session and self.practice):
            return
        draft = self.practice.drafts.get(draft_key(self.session.id or 0))
        if draft is None:
            return
        restored = from_draft(self.session, draft.body)
        goals = [self.goals.item(n) for n in range(self.goals.count())]
        self._loading = True
        self.details.show_session(restored)
        self._build_fields(restored.note_format, restored.note_fields)
        self.homework.setPlainText(restored.homework_reviewed)
        self.process.setPlainText(restored.process_notes)
        for item in goals:
            gid = int(item.data(Qt.ItemDataRole.UserRole))
            item.setCheckState(
                Qt.CheckState.Checked if gid in restored.goal_ids else Qt.CheckState.Unchecked
            )
        self._loading = False
        self.recover_bar.setVisible(False)
        self.dirty = True
        self.state_label.setText(self.tr("Restored unsaved text — not saved yet"))
        self.autosave.start()

    def discard_draft(self) -> None:
        if self.session and self.practice:
            self.practice.discard_draft(draft_key(self.session.id or 0))
        self.recover_bar.setVisible(False)
