"""Fixtures and helpers for the trust-milestone, agreement and catalogue GUI tests:
a real vault in tmp_path with one client and three sessions made through the
services, and small helpers that drive the panels' dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from practice_notes.domain.models import Client, PracticeSettings, Session
from practice_notes.services import Practice, create_practice
from practice_notes.ui.panels.record_form import RecordDialog
from tests.gui import guikit

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@pytest.fixture(name="practice")
def practice_fixture(tmp_path: Path) -> Iterator[Practice]:
    p = create_practice(tmp_path / "relationship.vault", guikit.PASSPHRASE,
                        PracticeSettings(therapist_name="Sam Rivers"))
    try:
        yield p
    finally:
        p.vault.close()


@pytest.fixture(name="client")
def client_fixture(practice: Practice) -> Client:
    return practice.add_client(Client("MR-01", "María Rodríguez", pronouns="she/her"))


@pytest.fixture(name="sessions")
def sessions_fixture(practice: Practice, client: Client) -> list[Session]:
    """Three attended sessions, 21, 14 and 7 days ago (oldest first)."""
    return [
        practice.save_session(Session(
            client_id=client.id or 0,
            starts_at=dt.datetime.combine(days_ago(n), dt.time(10, 0)),
        ))
        for n in (21, 14, 7)
    ]


def show_active(qtbot: Any, widget: QWidget) -> None:
    """Show a top-level widget and make it the active window, so that keyboard
    focus (and widget shortcuts such as Delete or Ctrl+Up) work as for a person."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=5000)


def choose(combo: QComboBox, text: str) -> None:
    """Pick an item of a combo by its visible text, as a person would."""
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setFocus()
    combo.setCurrentIndex(index)


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def save(qtbot: Any, dialog: RecordDialog) -> None:
    guikit.click(qtbot, dialog.save_button)


def retype(qtbot: Any, widget: Any, text: str) -> None:
    widget.clear()
    guikit.type_into(qtbot, widget, text)


def click_header(qtbot: Any, table: QTableView, column: int) -> None:
    header: QHeaderView = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def column_texts(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def box_text(box: QMessageBox) -> str:
    return f"{box.text()}\n{box.informativeText()}"
