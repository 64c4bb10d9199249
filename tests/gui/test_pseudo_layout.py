"""The desk under a pseudo-translation (every string ~40 % longer, accented):
nothing is clipped and every window fits a 1366×768 screen.

Also the end-to-end check of the mechanism: the window's translator is found by
locale in a folder, serves ``self.tr`` and the Qt-free ``i18n.translate``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)

from practice_notes import i18n
from practice_notes.ui.app import Controller, install_translations
from tests.gui import guikit
from tests.gui.layoutkit import clipped
from tests.gui.pseudo_locale import pseudo, tool, write_pseudo_qm

SCREEN = (1366, 768)

pytestmark = pytest.mark.skipif(
    tool("pyside6-lupdate") is None or tool("pyside6-lrelease") is None,
    reason="the Qt Linguist tools (pyside6-lupdate, pyside6-lrelease) are not installed")


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    write_pseudo_qm(folder)
    return folder


@pytest.fixture
def pseudo_locale(qapp: QApplication, pseudo_folder: Path) -> Iterator[None]:
    """The pseudo catalogue installed as the application's, then removed."""
    before = i18n.installed()
    translators = [t for t in qapp.findChildren(QTranslator)]
    loaded = install_translations(qapp, QLocale("eo"), pseudo_folder)
    assert any(path.endswith("practice_notes_eo.qm") for path in loaded)
    yield
    for translator in qapp.findChildren(QTranslator):
        if translator not in translators:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    i18n.install(before)


def test_the_pseudo_text_keeps_what_the_code_needs() -> None:
    text = pseudo("Delete the {what} (total {total})? <b>&Save</b> &amp; %n")
    assert "{what}" in text and "{total}" in text and "<b>" in text and "&amp;" in text
    assert "%n" in text and "&Ŝ" in text
    assert len(pseudo("Save note")) >= len("Save note") * 1.4


def test_the_catalogue_serves_the_window_and_the_core(pseudo_locale: None) -> None:
    assert QCoreApplication.translate("GateDialog", "Back") == pseudo("Back")
    assert i18n.translate("GateDialog", "Back") == pseudo("Back")
    assert i18n.translate("Nowhere", "Not in the catalogue") == "Not in the catalogue"


# ------------------------------------------------------------------ layout
def fits_screen(window: QWidget) -> list[str]:
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > SCREEN[0] or need.height() > SCREEN[1]:
        wide = sorted(
            (w.minimumSizeHint().width(), type(w).__name__, w.objectName())
            for w in window.findChildren(QWidget) if w.isVisible())[-6:]
        return [f"{type(window).__name__} needs {need.width()}×{need.height()}; widest: {wide}"]
    return []


def settle(qtbot: object, window: QWidget) -> None:
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        window.resize(min(window.width(), SCREEN[0]), min(window.height(), SCREEN[1]))
    QApplication.processEvents()
    QApplication.processEvents()


def check(qtbot: object, window: QWidget) -> list[str]:
    settle(qtbot, window)
    return fits_screen(window) + clipped(window)


def test_the_gate_under_the_pseudo_locale(
    pseudo_locale: None, make_controller: Callable[[Path], Controller], vault_path: Path,
    qtbot: object,
) -> None:
    controller = make_controller(vault_path)
    gate = controller.gate
    assert gate.windowTitle() == pseudo("Practice Notes")
    problems = check(qtbot, gate)
    for page in (gate.create_page, gate.unlock_page):
        gate.stack.setCurrentWidget(page)
        gate.adjustSize()
        problems += check(qtbot, gate)
    assert problems == [], "\n".join(problems)


def test_the_desk_under_the_pseudo_locale(
    pseudo_locale: None, make_controller: Callable[[Path], Controller],
    seeded_vault: tuple[Path, int, int], qtbot: object,
) -> None:
    path, client_id, _session = seeded_vault
    controller = make_controller(path)
    problems = check(qtbot, controller.gate)
    guikit.unlock(qtbot, controller)
    window = controller.window
    window.resize(*SCREEN)
    assert window.clients.select_client(client_id)
    qtbot.waitUntil(lambda: window.clients.current_client_id() == client_id)  # type: ignore[attr-defined]
    window.show_client(client_id)
    assert window.tabs.tabText(0) == pseudo("&Overview")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        problems += check(qtbot, window)
    dialogs: list[QWidget | None] = [
        window.open_settings(),
        window.open_report(),
        window.open_backup(),
    ]
    practice = controller.practice
    assert practice is not None
    from practice_notes.ui import record_actions

    dialogs.append(record_actions.open_check_backup(window, practice, test_restore=True))
    dialogs.append(record_actions.open_backup_settings(window, practice))
    dialogs.append(record_actions.open_passphrase(window, practice))
    for dialog in dialogs:
        assert isinstance(dialog, QDialog)
        qtbot.waitUntil(dialog.isVisible)  # type: ignore[attr-defined]
        problems += check(qtbot, dialog)
        dialog.reject()
    assert problems == [], "\n".join(problems)


def test_the_clipping_check_can_fail(qtbot: object) -> None:
    label = QLabel(pseudo("A label much longer than the room it is given"))
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    label.setFixedWidth(60)
    label.show()
    assert len(clipped(label)) == 1
    label.setWordWrap(True)
    label.setFixedHeight(400)
    assert clipped(label) == []
