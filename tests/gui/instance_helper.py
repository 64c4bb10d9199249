"""A second Practice Notes process for the GUI tests (run as a script, not collected).

    python tests/gui/instance_helper.py hold VAULT PASSPHRASE
        Unlock the vault (services only), print READY, then wait to be killed.
    python tests/gui/instance_helper.py type VAULT PASSPHRASE QSETTINGS_DIR CLIENT SESSION TEXT
        Start the real GUI (Controller, offscreen), unlock through the gate, open the
        session, type TEXT into its Subjective field, wait until autosave has put the
        draft into the vault, print SAVED, then keep running until killed.

Both print one line and flush, so the test can wait for it on the pipe.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def hold(vault: str, passphrase: str) -> None:
    from practice_notes.services.unlock import open_practice

    practice = open_practice(Path(vault), passphrase)
    print("READY", flush=True)
    try:
        while True:
            time.sleep(60)
    finally:
        practice.vault.close()


def type_note(vault: str, passphrase: str, settings_dir: str, client: str, session: str,
              text: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest

    from practice_notes.ui.app import Controller, make_app
    from practice_notes.ui.drafts import draft_key

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = make_app([sys.argv[0]])
    controller = Controller(Path(vault), app)
    client_id, session_id = int(client), int(session)

    def unlocked(_practice: object) -> None:
        window = controller.window
        window.go_to(client_id, session_id)
        window.tabs.setCurrentWidget(window.sessions)
        editor = window.sessions.editor
        assert editor.session is not None and editor.session.id == session_id
        field = editor.field("subjective")
        field.setFocus()
        QTest.keyClicks(field, text)
        poll.start()

    def check() -> None:
        practice = controller.practice
        if practice is None:
            return
        draft = practice.drafts.get(draft_key(session_id))
        if draft is not None and text in draft.body:
            poll.stop()
            print("SAVED", flush=True)

    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(check)
    controller.gate.unlocked.connect(unlocked)
    controller.start()
    controller.gate.passphrase.setText(passphrase)
    QTimer.singleShot(0, controller.gate.unlock)
    app.exec()


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    if mode == "hold":
        hold(*args)
    elif mode == "type":
        type_note(*args)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
