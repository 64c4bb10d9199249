"""Passphrase strength in the window (zxcvbn): the create-vault page and the
change-passphrase dialog show the estimate as it is typed and refuse the weakest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from practice_notes.services import Practice
from practice_notes.services.unlock import create_practice
from practice_notes.ui.gate import GateDialog
from practice_notes.ui.restore_dialog import PassphraseDialog
from tests.gui import guikit

pytestmark = pytest.mark.gui


@pytest.fixture
def gate(qtbot: Any, tmp_path: Path) -> GateDialog:
    dialog = GateDialog(tmp_path / "new.vault")
    qtbot.addWidget(dialog)
    dialog.show()
    guikit.click(qtbot, dialog.create_button)
    assert dialog.stack.currentWidget() is dialog.create_page
    return dialog


@pytest.mark.parametrize("weak", ["1234567890", "password1234"])
def test_create_vault_refuses_the_weakest(qtbot: Any, gate: GateDialog, tmp_path: Path,
                                          weak: str) -> None:
    guikit.type_into(qtbot, gate.new_pass, weak)
    assert gate.strength.text().startswith("Too short or simple.")
    assert "too easy to guess" in gate.strength.text()
    guikit.type_into(qtbot, gate.new_pass2, weak)
    guikit.click(qtbot, gate.create_confirm)
    # refused, and said once: on the strength line under the field, not again below
    assert "too easy to guess" in gate.strength.text()
    assert gate.create_page.message.text() == ""
    assert not (tmp_path / "new.vault").exists()


def test_a_keyboard_row_is_not_rated_strong(qtbot: Any, gate: GateDialog) -> None:
    guikit.type_into(qtbot, gate.new_pass, "qwertyuiopasdfghjklz")
    assert gate.strength.text() != ""
    assert not gate.strength.text().startswith("Strong.")
    gate.new_pass.clear()
    guikit.type_into(qtbot, gate.new_pass, guikit.PASSPHRASE)
    assert gate.strength.text().startswith("Strong.")


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Practice]:
    p = create_practice(tmp_path / "p.vault", guikit.PASSPHRASE)
    yield p
    p.vault.close()


def test_change_passphrase_shows_strength_and_refuses_the_weakest(
        qtbot: Any, practice: Practice) -> None:
    dialog = PassphraseDialog(practice)
    qtbot.addWidget(dialog)
    dialog.show()
    guikit.type_into(qtbot, dialog.old, guikit.PASSPHRASE)
    guikit.type_into(qtbot, dialog.new1, "password1234")
    assert "too easy to guess" in dialog.strength.text()
    guikit.type_into(qtbot, dialog.new2, "password1234")
    guikit.click(qtbot, guikit.dialog_button(dialog, QDialogButtonBox.StandardButton.Save))
    assert "too easy to guess" in dialog.message.text()
    assert dialog.isVisible()
    dialog.new1.clear()
    guikit.type_into(qtbot, dialog.new1, "quiet herons fold amber maps")
    assert dialog.strength.text().startswith("Strong.")
    dialog.reject()
