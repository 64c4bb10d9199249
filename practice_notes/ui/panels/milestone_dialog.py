"""Add or edit a trust milestone: a kind from the catalogue (or a custom one),
the date, a note and an optional link to one of the client's sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Milestone, Session
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.services.practice import CUSTOM_MILESTONE_KEY
from practice_notes.ui.date_field import DateField
from practice_notes.ui.panels.form_draft import State
from practice_notes.ui.panels.record_form import RecordDialog

#: The hidden catalogue entry that custom milestones point at (their own name
#: is in ``custom_label``). It is kept inactive so it never shows as a choice.
OTHER_KIND_KEY = CUSTOM_MILESTONE_KEY
OTHER = -1  # the combo's "Other (custom)…" item


def other_kind_id(practice: Practice) -> int:
    return practice.custom_milestone_kind_id()


def session_text(session: Session) -> str:
    return f"{session.starts_at:%d %b %Y, %H:%M} · {session.attendance.label}"


class MilestoneDialog(RecordDialog):
    def __init__(self, practice: Practice, client_id: int, milestone: Milestone | None = None,
                 parent: QWidget | None = None) -> None:
        key = (f"milestone:{milestone.id}" if milestone is not None
               else f"milestone-new:{client_id}")
        super().__init__(practice,
            self.tr("Edit milestone") if milestone else self.tr("New milestone"), key,
                         parent)
        self.client_id = client_id
        self.original = milestone
        self.kinds = practice.milestone_kinds.all()
        self.sessions = sorted(practice.sessions.for_client(client_id),
                               key=lambda s: s.starts_at, reverse=True)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Milestone"))
        self._fill_kinds()
        self.custom = QLineEdit()
        self.custom.setAccessibleName(self.tr("Custom milestone name"))
        self.custom.setPlaceholderText(self.tr("Name this moment, e.g. “Brought a dream to share”"))
        self.custom.setMaxLength(200)
        self.date = DateField(dt.date.today(), self.tr("Date"))
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Linked session"))
        self.session.addItem(self.tr("No session"), 0)
        for s in self.sessions:
            self.session.addItem(session_text(s), s.id)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What happened, in a sentence or two"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(110)

        f = self.form
        f.add(self.tr("&Milestone:"), self.kind, "kind_id")
        f.add(self.tr("&Name:"), self.custom, "custom_label")
        f.add(self.tr("&Date:"), self.date, "occurred_on")
        f.add(self.tr("&Session:"), self.session, "session_id")
        f.add(self.tr("N&ote:"), self.note, "note")
        f.clear_on(self.kind.currentIndexChanged, "kind_id")
        f.clear_on(self.custom.textEdited, "custom_label")
        f.clear_on(self.date.dateChanged, "occurred_on")
        f.clear_on(self.note.textChanged, "note")
        self.finish_layout()

        if milestone is not None:
            self._load(milestone)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.session.currentIndexChanged.connect(self._session_changed)
        self._kind_changed()
        self.restore_draft()
        self.watch(self.kind.currentIndexChanged, self.custom.textEdited,
                   self.date.dateChanged, self.session.currentIndexChanged,
                   self.note.textChanged)

    # ------------------------------------------------------------ fields
    def _fill_kinds(self) -> None:
        current = self.original.kind_id if self.original else None
        for entry in self.kinds:
            if entry.key == OTHER_KIND_KEY:
                continue
            if entry.active:
                self.kind.addItem(entry.label, entry.id)
            elif entry.id == current:
                self.kind.addItem(
                    self.tr("{label} (no longer in the catalogue)").format(label=entry.label),
                    entry.id,
                )
        self.kind.addItem(self.tr("Other (custom)…"), OTHER)

    def _load(self, m: Milestone) -> None:
        if m.custom_label:
            self.kind.setCurrentIndex(self.kind.findData(OTHER))
            self.custom.setText(m.custom_label)
        else:
            self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind_id)))
        self.date.set_value(m.occurred_on)
        self.session.setCurrentIndex(max(0, self.session.findData(m.session_id or 0)))
        self.note.setPlainText(m.note)

    def _kind_changed(self) -> None:
        custom = self.kind.currentData() == OTHER
        self.form.set_row_visible("custom_label", custom)
        if custom and self.isVisible():
            self.custom.setFocus()

    def _session_changed(self) -> None:
        sid = int(self.session.currentData() or 0)
        for s in self.sessions:
            if s.id == sid:
                self.date.set_value(s.starts_at.date())

    # ------------------------------------------------------------ drafts
    def state(self) -> State:
        return {
            "kind": int(self.kind.currentData()),
            "custom": self.custom.text(),
            "date": self.date.state(),
            "session": int(self.session.currentData() or 0),
            "note": self.note.toPlainText(),
        }

    def apply_state(self, state: State) -> None:
        index = self.kind.findData(int(state["kind"]))
        if index >= 0:
            self.kind.setCurrentIndex(index)
        self.custom.setText(str(state["custom"]))
        self.session.setCurrentIndex(max(0, self.session.findData(int(state["session"]))))
        self.date.set_state(str(state["date"]))
        self.note.setPlainText(str(state["note"]))

    # ------------------------------------------------------------ save
    def milestone(self) -> Milestone:
        """The milestone as entered; raises ValidationError for what the form checks."""
        kind = int(self.kind.currentData())
        custom = self.custom.text().strip() if kind == OTHER else ""
        if kind == OTHER and not custom:
            raise ValidationError(
                self.tr("Name the milestone, or choose one from the list"), field="custom_label"
            )
        day = self.date.value()
        if day > dt.date.today():
            raise ValidationError(
                self.tr("A milestone cannot be dated in the future"), field="occurred_on"
            )
        base = self.original or Milestone(client_id=self.client_id, kind_id=0, occurred_on=day)
        return replace(
            base,
            kind_id=other_kind_id(self.practice) if kind == OTHER else kind,
            custom_label=custom,
            occurred_on=day,
            session_id=int(self.session.currentData() or 0) or None,
            note=self.note.toPlainText().strip(),
        )

    def save(self) -> None:
        self.form.clear()
        try:
            m = self.milestone()
            saved = (
                self.practice.update_milestone(m)
                if m.id is not None
                else self.practice.add_milestone(m)
            )
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(saved)
