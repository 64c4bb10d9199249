"""Alt+letter reaches one thing at a time: on each tab of the window, with a
client who has every kind of record, the letters underlined in what can be
seen (tabs, menus, buttons enabled or not, labelled fields, group boxes) are
all different, so Alt+letter acts at once instead of moving between two
widgets that share it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableView, QWidget

from practice_notes.services import create_practice
from practice_notes.ui.app import Controller
from tests.gui import guikit
from tests.unit.transfer_kit import build_practice

pytestmark = pytest.mark.gui
LETTER = re.compile(r"&([^&\s])")


def _letters(window: QWidget) -> dict[str, list[str]]:
    """Each underlined letter of the visible window, with the texts that carry it."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        match = LETTER.search(text.replace("&&", ""))
        if match:
            found[match.group(1).lower()].append(text)

    for button in window.findChildren(QAbstractButton):
        if button.isVisible():  # a disabled one is enabled by choosing a row
            add(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text())
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and box.isCheckable():
            add(box.title())
    tabs = window.tabs  # type: ignore[attr-defined]
    for i in range(tabs.count()):
        add(tabs.tabText(i))
    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        add(action.text())
    return found


def test_no_two_things_on_a_tab_share_an_alt_key(
        qtbot: Any, make_controller: Callable[[Path], Controller], vault_path: Path) -> None:
    practice = create_practice(vault_path, guikit.PASSPHRASE)
    client_id = build_practice(practice)["zoe"]
    practice.vault.close()
    controller = make_controller(vault_path)
    guikit.unlock(qtbot, controller)
    window = controller.window
    window.go_to(client_id)
    qtbot.waitUntil(lambda: window.clients.current_client_id() == client_id,
                    timeout=guikit.TIMEOUT)
    clashes: dict[str, dict[str, list[str]]] = {}
    tabs = window.tabs
    assert tabs.count() == 7
    for i in range(tabs.count()):
        page = tabs.widget(i)
        assert page is not None
        guikit.open_tab(qtbot, tabs, page)
        qtbot.wait(20)
        for table in page.findChildren(QTableView):  # a row chosen: all shown
            if table.isVisible() and table.model() is not None and table.model().rowCount():
                table.selectRow(0)
        qtbot.wait(20)
        shared = {k: v for k, v in _letters(window).items() if len(v) > 1}
        if shared:
            clashes[tabs.tabText(i)] = shared
    assert not clashes, clashes
