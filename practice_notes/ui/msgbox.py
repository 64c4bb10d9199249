"""Message-box factories (after qutebrowser's ``misc/msgbox.py``): they return the
box, shown non-blocking, so tests can inspect and answer it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Buttons = QMessageBox.StandardButton


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    buttons: QMessageBox.StandardButton = Buttons.Ok,
    on_finished: Callable[[QMessageBox.StandardButton], None] | None = None,
    informative: str = "",
) -> QMessageBox:
    from PySide6.QtCore import Qt  # not at import: the Qt namespace is slow to build

    box = QMessageBox(icon, title, text, buttons, parent)
    box.setObjectName("practice-notes-message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the text may name a client
    if informative:
        box.setInformativeText(informative)
    if on_finished is not None:
        box.finished.connect(lambda code: on_finished(QMessageBox.StandardButton(code)))
    box.open()
    return box


def error(parent: QWidget | None, text: str, informative: str = "") -> QMessageBox:
    return message(parent,
        QCoreApplication.translate("msgbox", "Practice Notes"), text, QMessageBox.Icon.Warning,
                   informative=informative)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    on_yes: Callable[[], None],
    yes_text: str = "OK",
    informative: str = "",
) -> QMessageBox:
    """A question with a clearly named Yes button; ``on_yes`` runs only on yes."""
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Icon.Question, title, text, Buttons.Cancel, parent)
    box.setObjectName("practice-notes-confirm")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(Buttons.Cancel)
    if informative:
        box.setInformativeText(informative)

    def finished(_code: int) -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box
