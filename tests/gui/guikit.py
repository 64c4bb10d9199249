"""Helpers shared by the GUI tests: find dialogs, answer message boxes, drive the
gate and the main window through their real widgets. No fixtures here."""

from __future__ import annotations

import datetime as dt
import os
import re
import selectors
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from practice_notes.domain.models import Client, Session
from practice_notes.services.unlock import open_practice
from practice_notes.ui.app import Controller

PASSPHRASE = "correct horse battery staple"
TIMEOUT = 30_000  # ms; generous: two busy cores and a KDF per unlock

W = TypeVar("W", bound=QWidget)


def seed(path: Path, name: str = "Alex Brown") -> tuple[int, int]:
    """Add a client with one empty session to the closed vault at ``path``."""
    practice = open_practice(path, PASSPHRASE)
    try:
        client = practice.add_client(Client(practice.suggest_code(name), name))
        assert client.id is not None
        session = practice.save_session(
            Session(client_id=client.id, starts_at=dt.datetime(2024, 5, 6, 10, 0)))
        assert session.id is not None
        return client.id, session.id
    finally:
        practice.vault.close()


def visible_dialogs(kind: type[W]) -> list[W]:
    """Every visible dialog of ``kind``, anywhere in the application."""
    found: list[W] = []
    for top in QApplication.topLevelWidgets():
        candidates = [top, *top.findChildren(kind)]
        for w in candidates:
            if isinstance(w, kind) and w.isVisible() and w not in found:
                found.append(w)
    return found


def wait_dialog(qtbot: Any, kind: type[W]) -> W:
    """Wait until exactly one dialog of ``kind`` is showing, and return it."""
    qtbot.waitUntil(lambda: len(visible_dialogs(kind)) == 1, timeout=TIMEOUT)
    return visible_dialogs(kind)[0]


def wait_box(qtbot: Any, object_name: str = "practice-notes-confirm") -> QMessageBox:
    """The message box now showing (msgbox.confirm / msgbox.message)."""

    def showing() -> list[QMessageBox]:
        return [b for b in visible_dialogs(QMessageBox) if b.objectName() == object_name]

    qtbot.waitUntil(lambda: len(showing()) == 1, timeout=TIMEOUT)
    box = showing()[0]
    assert QApplication.activeModalWidget() is box
    return box


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_box_button(qtbot: Any, box: QMessageBox, text: str) -> None:
    matches = [b for b in box.buttons() if b.text().replace("&", "") == text]
    assert matches, [b.text() for b in box.buttons()]
    click(qtbot, matches[0])


def choose_attendance(qtbot: Any, dialog: QDialog, value: str) -> None:
    """Click an attendance choice of the new-session dialog (on its round button)."""
    button = dialog.findChild(QRadioButton, f"attendance-{value}")
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def dialog_button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    for box in dialog.findChildren(QDialogButtonBox):
        button = box.button(which)
        if button is not None:
            return button
    raise AssertionError(f"no {which} button in {dialog.windowTitle()!r}")


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a person would: focus, then key presses.

    QTest can only type Latin-1 (it aborts on anything else), so other
    characters go in as the key events a keyboard layout would produce: a key
    press carrying the character as its text.
    """
    widget.setFocus()
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]", text):
        if chunk == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif chunk.isascii() and chunk.isprintable():
            qtbot.keyClicks(widget, chunk)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, chunk))


def unlock(qtbot: Any, controller: Controller, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase into the gate, press Enter, wait for the main window."""
    gate = controller.gate
    assert gate.stack.currentWidget() is gate.unlock_page
    gate.passphrase.clear()
    type_into(qtbot, gate.passphrase, passphrase)
    with qtbot.waitSignal(gate.unlocked, timeout=TIMEOUT):
        qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=TIMEOUT)
    assert controller.practice is not None
    assert not gate.isVisible()


def open_tab(qtbot: Any, tabs: Any, page: QWidget) -> None:
    """Click the tab of ``page`` in the QTabWidget ``tabs``."""
    index = tabs.indexOf(page)
    assert index >= 0
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page


def widget_texts(root: QWidget) -> list[str]:
    """The text of every line edit, text area and label under ``root`` (itself included)."""
    texts: list[str] = []
    widgets: Iterable[QObject] = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, QLineEdit):
            texts.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QLabel):
            texts.append(w.text())
    return texts


# --------------------------------------------------------------- marker scan
def encodings(marker: str) -> list[bytes]:
    """Every way a string may sit in a file: UTF-8 and both UTF-16 byte orders."""
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(folders: Iterable[Path], markers: Iterable[str],
                     modified_since: float | None = None) -> list[str]:
    """Files under ``folders`` holding a marker in any encoding ('path: marker').

    With ``modified_since`` (a time.time() value) only files changed since then
    are read. Unreadable files (other users', sockets) are skipped.
    """
    needles = [(m, enc) for m in markers for enc in encodings(m)]
    hits: list[str] = []
    seen: set[Path] = set()
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                if path in seen:
                    continue
                seen.add(path)
                try:
                    st = path.lstat()
                    if not path.is_file() or path.is_symlink():
                        continue
                    if modified_since is not None and max(st.st_mtime, st.st_ctime) < (
                        modified_since - 1
                    ):
                        continue
                    if st.st_size > 256 * 1024 * 1024:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                for marker, needle in needles:
                    if needle in data:
                        hits.append(f"{path}: {marker!r}")
    return hits


def now() -> float:
    return time.time()


# ---------------------------------------------------------- other processes
HELPER = Path(__file__).with_name("instance_helper.py")


def spawn_helper(*args: str) -> subprocess.Popen[bytes]:
    """Start tests/gui/instance_helper.py with this process's (isolated) environment."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, str(HELPER), *args], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def wait_line(proc: subprocess.Popen[bytes], expected: str, timeout: float = 60) -> None:
    """Wait until the helper prints ``expected`` on a line of its own (or fail)."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    buffer = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
                continue
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            buffer += chunk
            if expected.encode() in buffer.splitlines():
                return
    proc.kill()
    _out, err = proc.communicate(timeout=30)
    raise AssertionError(
        f"helper did not print {expected!r}; stdout={buffer!r}; stderr={err.decode()[-3000:]}"
    )


def stop_helper(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=30)
