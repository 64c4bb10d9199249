"""The note editor's locked state: signing, the banner, and dated addenda."""

from __future__ import annotations

import html
from typing import Any

from practice_notes.services.errors import VaultError
from practice_notes.ui import msgbox


class NoteSigning:
    """Mixed into NoteEditor, whose widgets and state it uses."""

    session: Any
    practice: Any
    dirty: bool
    _fields: dict[str, Any]

    def _show_lock_state(self) -> None:
        s = self.session
        locked = bool(s and s.is_signed)
        for w in [*self._fields.values(), self.homework, self.process]:
            w.setReadOnly(locked)
        for w in (self.when, self.duration, self.attendance, self.modality, self.note_format,
                  self.goals):
            w.setEnabled(not locked)
        self.save_button.setVisible(not locked)
        self.sign_button.setVisible(not locked)
        self.addendum_button.setVisible(locked)
        if s and s.signed_at and self.practice:
            by = self.practice.sessions.signed_by(s.id or 0)
            self.banner.setText(
                f"Signed {s.signed_at:%d %b %Y at %H:%M}{' by ' + by if by else ''}. "
                "This note is locked; corrections are added as dated addenda below."
            )
            self.banner.setVisible(True)
            self.state_label.setText("Signed and locked")
        else:
            self.banner.setVisible(False)
            self.state_label.setText("Draft — not signed")
        self._show_addenda()

    def _show_addenda(self) -> None:
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
        if not self.save():
            return
        msgbox.confirm(
            self, "Sign note",
            "Sign this note now?",
            self.sign,
            yes_text="Sign and lock",
            informative="A signed note is locked for good. Later corrections are added as "
                        "dated addenda.",
        )

    def sign(self) -> None:
        if not (self.session and self.practice and self.session.id):
            return
        try:
            signed = self.practice.sign_session(self.session.id)
        except VaultError as exc:
            msgbox.error(self, str(exc))
            return
        self.session = signed
        self.dirty = False
        self._show_lock_state()
        self.saved.emit(signed)
        self.status_message.emit("Note signed and locked.")

    def ask_addendum(self) -> None:
        from practice_notes.ui.addendum_dialog import AddendumDialog

        if not (self.session and self.practice and self.session.id):
            return
        dialog = AddendumDialog(self.practice, self.session.id, self)
        dialog.accepted.connect(self._show_addenda)
        dialog.open()
