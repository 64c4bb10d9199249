"""Helpers for the Check-ins and Measures panel tests: a real temporary vault
with one client and a few sessions, made through the services. No fixtures
here (each test module wraps these in its own)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from practice_notes.domain.models import Client, Session
from practice_notes.services import Practice, create_practice
from tests.gui import guikit


@dataclass
class Workspace:
    practice: Practice
    client_id: int
    sessions: list[Session]


def make_workspace(tmp_path: Path) -> Workspace:
    practice = create_practice(tmp_path / "panels.vault", guikit.PASSPHRASE)
    client = practice.add_client(Client(code="MR-01", display_name="Maya Rossi"))
    assert client.id is not None
    sessions = [
        practice.save_session(Session(client_id=client.id,
                                      starts_at=dt.datetime(2025, 2, 5 + 7 * n, 10, 0)))
        for n in range(3)
    ]
    return Workspace(practice, client.id, sessions)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def activate(qtbot: Any, window: QWidget) -> None:
    """Show a window and make it the active one (the offscreen platform does not
    activate new windows by itself, as a window manager would)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=guikit.TIMEOUT)


def press(qtbot: Any, *keys: Qt.Key | str) -> None:
    """Key presses sent where a person's would go: to the focused widget."""
    for key in keys:
        if isinstance(key, str):
            for char in key:  # the focus may move after any key
                qtbot.keyClicks(focused(), char)
        else:
            qtbot.keyClick(focused(), key)


def image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def confirm(qtbot: Any, answer: str) -> None:
    """Answer the confirmation box now showing with the named button."""
    box = guikit.wait_box(qtbot)
    guikit.click_box_button(qtbot, box, answer)
    # the box deletes itself once closed
    qtbot.waitUntil(lambda: not shiboken6.isValid(box) or not box.isVisible(),
                    timeout=guikit.TIMEOUT)
