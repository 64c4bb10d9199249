"""The records request and the custodian letter in the window, on real vaults:
the package is built off the GUI thread and previewed; the Client menu opens
it; the backup settings write the custodian letter (never the passphrase)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtWidgets import QCheckBox

from practice_notes.domain.models import PracticeSettings
from practice_notes.services import Practice, backups, create_practice
from practice_notes.services.records_request import RecordsBuilt
from practice_notes.ui.app import Controller
from practice_notes.ui.backup_dialogs import BackupSettingsDialog
from practice_notes.ui.pdf_preview import PdfPreview
from practice_notes.ui.pseudonym_review import PseudonymReviewDialog
from practice_notes.ui.records_dialog import RecordsDialog
from tests.gui import guikit
from tests.unit import report_kit as rk

pytestmark = pytest.mark.gui
CUSTODIAN = "custodian passphrase kept with the will"


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Practice]:
    p = create_practice(tmp_path / "records.vault", guikit.PASSPHRASE,
                        PracticeSettings(therapist_name="Dr Ada Byrne"))
    yield p
    QThreadPool.globalInstance().waitForDone(guikit.TIMEOUT)
    if p.vault.is_open:
        p.vault.close()


def _tick(qtbot: Any, box: QCheckBox) -> None:
    """Toggle a check box with the keyboard (its row is wider than what a click hits)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def _dialog(qtbot: Any, practice: Practice, cid: int) -> RecordsDialog:
    dialog = RecordsDialog(practice, cid, today=rk.TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_whole_record_by_default_then_a_period_pseudonymised(qtbot: Any,
                                                            practice: Practice) -> None:
    cid = rk.add_marked_client(practice)
    dialog = _dialog(qtbot, practice, cid)
    request = dialog.request()
    assert (request.period_from, request.period_to, request.pseudonymise) == (None, None, False)
    assert not dialog.start.isEnabled()
    _tick(qtbot, dialog.whole)
    assert dialog.start.isEnabled()
    dialog.start.setDate(QDate(2024, 12, 1))
    dialog.end.setDate(QDate(2025, 3, 14))
    _tick(qtbot, dialog.pseudonymise)
    guikit.click(qtbot, dialog.build_button)
    review = guikit.wait_dialog(qtbot, PseudonymReviewDialog)  # looked over first
    assert review.isVisible()
    with qtbot.waitSignal(dialog.built, timeout=guikit.TIMEOUT) as blocker:
        guikit.click(qtbot, review.ok_button)
    built = blocker.args[0]
    assert isinstance(built, RecordsBuilt)
    text = rk.all_text(built.pdf)
    assert "Period: 1 Dec 2024 to 14 Mar 2025" in text
    assert "Notemark1S" in text and rk.PROCESS_MARKER not in text
    assert "Lina" not in text and "EQ-07" in text
    assert [p.found for p in built.review.replaced if p.found.startswith("Lina")]
    assert built.pseudonymised
    # built and shown, not yet saved or printed: nothing recorded
    assert practice.audit.entries()[-1].action != "records"


def test_a_period_that_ends_before_it_starts_is_refused(qtbot: Any, practice: Practice) -> None:
    cid = rk.add_marked_client(practice)
    dialog = _dialog(qtbot, practice, cid)
    _tick(qtbot, dialog.whole)
    dialog.start.setDate(QDate(2025, 3, 1))
    dialog.end.setDate(QDate(2025, 1, 1))
    guikit.click(qtbot, dialog.build_button)
    assert dialog.message.text() == "The period must start on or before its end."
    assert dialog.isVisible() and dialog.build_button.isEnabled()


def test_the_client_menu_opens_it_and_shows_the_preview(
        qtbot: Any, make_controller: Callable[[Path], Controller],
        seeded_vault: tuple[Path, int, int], tmp_path: Path) -> None:
    path, client_id, _session = seeded_vault
    controller = make_controller(path)
    guikit.unlock(qtbot, controller)
    window = controller.window
    assert window.clients.select_client(client_id)
    qtbot.waitUntil(lambda: window.clients.current_client_id() == client_id)
    assert window.act_records.isEnabled()
    window.act_records.trigger()
    dialog = guikit.wait_dialog(qtbot, RecordsDialog)
    guikit.click(qtbot, dialog.build_button)
    preview = guikit.wait_dialog(qtbot, PdfPreview)
    assert preview.windowTitle() == "Records request — preview"
    assert preview.suggested_name.startswith("records-")
    assert preview.document.pageCount() >= 2
    practice = controller.practice
    assert practice is not None
    before = len(practice.audit.entries())
    assert not preview.save_to(tmp_path / "missing" / "records.pdf")  # a failed save
    assert practice.audit.entries()[before:] == []  # built and shown: nothing recorded
    assert preview.save_to(tmp_path / "records.pdf")
    preview.accept()
    entries = practice.audit.entries()[before:]
    assert [e.action for e in entries] == ["records"]
    assert entries[0].detail.startswith("client ") and entries[0].detail.endswith(
        " pseudonymised=False saved")


def test_backup_settings_write_the_custodian_letter(qtbot: Any, practice: Practice,
                                                    tmp_path: Path) -> None:
    usb = tmp_path / "usb stick"
    usb.mkdir()
    rk.add_marked_client(practice)
    dialog = BackupSettingsDialog(practice)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    guikit.type_into(qtbot, dialog.folder, str(usb))  # not saved yet: the letter saves it
    backups.backup_now(practice, folder=usb, passphrase=CUSTODIAN)
    out = tmp_path / "letters" / "for my custodian"
    out.parent.mkdir()
    with qtbot.waitSignal(dialog.letter_saved, timeout=guikit.TIMEOUT) as blocker:
        dialog.save_letter(out)
    written = Path(blocker.args[0])
    assert written == out.with_suffix(".pdf")
    assert backups.load_settings(practice).folder == str(usb)
    assert "Custodian letter saved as for my custodian.pdf" in dialog.message.text()
    pdf = written.read_bytes()
    text = rk.all_text(pdf)
    assert 1 <= len(rk.page_texts(pdf)) <= 2
    assert str(usb).replace(" ", "") in "".join(text.split())
    assert "custodian passphrase" in text and "SQLCipher 4" in text
    assert CUSTODIAN not in text and guikit.PASSPHRASE not in text
    assert dt.date.today().strftime("%b %Y") in text


def test_declined_review_and_a_failed_build_leave_the_dialog_usable(
        qtbot: Any, practice: Practice, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = rk.add_marked_client(practice)
    dialog = _dialog(qtbot, practice, cid)
    _tick(qtbot, dialog.pseudonymise)
    guikit.click(qtbot, dialog.build_button)
    review = guikit.wait_dialog(qtbot, PseudonymReviewDialog)
    guikit.click(qtbot, review.back_button)
    qtbot.waitUntil(dialog.build_button.isEnabled, timeout=guikit.TIMEOUT)
    assert dialog.message.text().startswith("Not shown: add names to hide")

    def broken(*_args: object, **_kwargs: object) -> RecordsBuilt:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("practice_notes.ui.records_dialog.build_records", broken)
    guikit.click(qtbot, dialog.build_button)
    qtbot.waitUntil(dialog.build_button.isEnabled, timeout=guikit.TIMEOUT)
    assert dialog.message.text() == (
        "The records could not be built: [Errno 28] No space left on device")
    assert dialog.isVisible()


def test_a_build_finishing_after_the_dialog_closed_is_dropped(qtbot: Any,
                                                              practice: Practice) -> None:
    cid = rk.add_marked_client(practice)
    dialog = _dialog(qtbot, practice, cid)
    shown: list[object] = []
    dialog.built.connect(shown.append)
    guikit.click(qtbot, dialog.build_button)
    dialog.reject()
    QThreadPool.globalInstance().waitForDone(guikit.TIMEOUT)
    qtbot.wait(50)  # the result's delivery, queued to the GUI thread
    assert shown == [] and not dialog.isVisible()
