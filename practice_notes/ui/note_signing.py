"""The note editor's locked state: signing, the banner, and dated addenda.

:class:`NoteSigning` is a collaborator the :class:`~practice_notes.ui.note_editor.NoteEditor`
owns: it makes and runs the signing widgets (banner, addenda, the sign and addendum
buttons) for the session the editor shows (read through ``shown``, so the two never
disagree), and tells the editor when a note was signed through its ``signed`` signal.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Session
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui import msgbox

Shown = tuple[Practice | None, Session | None]


class NoteSigning(QObject):
    """Signing and addenda for the session shown in ``editor``."""

    signed = Signal(object)  # the signed Session

    def __init__(self, editor: QWidget, shown: Callable[[], Shown], save: Callable[[], bool],
                 state_label: QLabel) -> None:
        super().__init__(editor)
        self._editor = editor
        self._shown = shown
        self._save = save
        self._state_label = state_label

        self.banner = QLabel()
        self.banner.setObjectName("note-banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet(
            "QLabel#note-banner { background: #eef3f8; border: 1px solid #9fb3c8;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.addenda = QLabel()
        self.addenda.setWordWrap(True)
        self.addenda.setTextFormat(Qt.TextFormat.RichText)
        self.addenda.setAccessibleName(self.tr("Addenda"))
        self.addenda.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_button = QPushButton(self.tr("Sign and loc&k…"))
        self.addendum_button = QPushButton(self.tr("Add a&ddendum…"))
        self.sign_button.clicked.connect(self.ask_sign)
        self.addendum_button.clicked.connect(self.ask_addendum)

    @property
    def practice(self) -> Practice | None:
        return self._shown()[0]

    @property
    def session(self) -> Session | None:
        return self._shown()[1]

    def clear(self) -> None:
        """Forget what was shown (on lock): no note text stays in the widgets."""
        self.addenda.clear()
        self.banner.clear()
        self.banner.setVisible(False)

    def show(self) -> None:
        """Show the session's state: banner, buttons, state label and addenda."""
        practice, s = self._shown()
        locked = bool(s and s.is_signed)
        self.sign_button.setVisible(not locked)
        self.addendum_button.setVisible(locked)
        if s and s.signed_at and practice:
            by = practice.sessions.signed_by(s.id or 0)
            if by:
                banner = self.tr(
                    "Signed {signed_at:%d %b %Y at %H:%M} by {by}. This note is locked; "
                    "corrections are added as dated addenda below.")
            else:
                banner = self.tr(
                    "Signed {signed_at:%d %b %Y at %H:%M}. This note is locked; "
                    "corrections are added as dated addenda below.")
            self.banner.setText(banner.format(signed_at=s.signed_at, by=by))
            self.banner.setVisible(True)
            self._state_label.setText(self.tr("Signed and locked"))
        else:
            self.banner.setVisible(False)
            self._state_label.setText(self.tr("Draft — not signed"))
        self.show_addenda()

    def show_addenda(self) -> None:
        if not (self.session and self.session.is_signed and self.practice):
            self.addenda.clear()
            return
        items = self.practice.sessions.addenda(self.session.id or 0)
        if not items:
            self.addenda.clear()
            return
        parts = ["<b>Addenda</b>"]
        for a in items:
            body = html.escape(a.body).replace("\n", "<br>")
            parts.append(f"<p><i>{a.written_at:%d %b %Y, %H:%M}</i><br>{body}</p>")
        self.addenda.setText("".join(parts))

    # --------------------------------------------------- signing, addenda
    def ask_sign(self) -> None:
        if not self._save():
            return
        problem = self.practice.signer_problem() if self.practice else ""
        if problem:  # say so before asking, and say where to set the name
            msgbox.error(self._editor, problem)
            return
        msgbox.confirm(
            self._editor,
            self.tr("Sign note"),
            self.tr("Sign this note now?"),
            self.sign,
            yes_text=self.tr("Sign and lock"),
            informative=self.tr(
                "A signed note is locked for good. Later corrections are added as dated addenda."
            ),
        )

    def sign(self) -> None:
        if not (self.session and self.practice and self.session.id):
            return
        try:
            signed = self.practice.sign_session(self.session.id)
        except (ValidationError, VaultError) as exc:
            msgbox.error(self._editor, str(exc))
            return
        self.signed.emit(signed)

    def ask_addendum(self) -> None:
        from practice_notes.ui.addendum_dialog import AddendumDialog

        if not (self.session and self.practice and self.session.id):
            return
        dialog = AddendumDialog(self.practice, self.session.id, self._editor)
        dialog.accepted.connect(self.show_addenda)
        dialog.open()
