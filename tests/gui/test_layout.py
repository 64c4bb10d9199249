"""Every window and dialog on a 1366×768 and a 1280×720 screen, with the longest
names allowed: each fits the screen's free area, opens on it, clips no text and
names every control for a screen reader.

The offscreen platform gets its two screens from tests/gui/screens.json (see
tests/conftest.py): a 1366×768 laptop and a 1280×720 screen to its right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from practice_notes.domain.enums import Instrument
from practice_notes.domain.models import (
    AgreementVersion,
    Client,
    Goal,
    PracticeSettings,
    Session,
)
from practice_notes.reports.options import ReportOptions
from practice_notes.services import Practice
from practice_notes.services.reporting import make_report
from practice_notes.services.unlock import create_practice
from practice_notes.ui import fit
from practice_notes.ui import record_actions as actions
from practice_notes.ui.addendum_dialog import AddendumDialog
from practice_notes.ui.app import Controller
from practice_notes.ui.client_dialog import ClientDialog
from practice_notes.ui.fhir_export import FhirExportDialog
from practice_notes.ui.main_window import MainWindow
from practice_notes.ui.new_session import NewSessionDialog
from practice_notes.ui.panels.agreement_dialogs import (
    AcknowledgeDialog,
    EndAgreementDialog,
    NewAgreementDialog,
    ReviseAgreementDialog,
)
from practice_notes.ui.panels.agreement_dialogs import ReviewDateDialog as AgreementReviewDialog
from practice_notes.ui.panels.checkin_form import CheckInDialog
from practice_notes.ui.panels.goal_dialogs import GoalDialog, StatusDialog
from practice_notes.ui.panels.goal_entries import RatingDialog, StrategyDialog
from practice_notes.ui.panels.measure_dialogs import MeasureDialog
from practice_notes.ui.panels.milestone_dialog import MilestoneDialog
from practice_notes.ui.panels.overview import ReviewDateDialog as NextReviewDialog
from practice_notes.ui.pdf_preview import PdfPreview
from practice_notes.ui.records_dialog import RecordsDialog
from practice_notes.ui.restore_dialog import RestoreDialog
from practice_notes.ui.retention_dialog import PastRetentionDialog, TypeCodeDialog
from practice_notes.ui.signer_dialog import SignerDialog
from tests.gui import guikit
from tests.gui.layoutkit import (
    LONG_NAME,
    LONG_WORD_NAME,
    clipped,
    off_centre,
    off_screen,
    unnamed,
)

pytestmark = pytest.mark.gui

Check = Callable[[QWidget], list[str]]


@pytest.fixture
def long_vault(vault_path: Path) -> tuple[Path, int]:
    """A vault whose therapist, practice and client have the longest names
    allowed; the client has a session and a goal. (path, client id)."""
    practice = create_practice(vault_path, guikit.PASSPHRASE, PracticeSettings(
        therapist_name=LONG_NAME, practice_name=LONG_NAME, credentials="PhD, LMFT"))
    try:
        client = practice.add_client(Client(practice.suggest_code(LONG_NAME), LONG_NAME,
                                            pronouns="they/them"))
        assert client.id is not None
        practice.save_session(Session(client_id=client.id,
                                      starts_at=dt.datetime(2026, 11, 2, 10, 0)))
        practice.add_goal(Goal(client_id=client.id, client_words=LONG_NAME,
                               agreed_on=dt.date(2026, 10, 1)))
        topic = practice.agreement_topics.all()[0]
        practice.add_agreement(AgreementVersion(client.id, topic.id or 0, LONG_NAME,
                                                dt.date(2026, 10, 1)))
        return vault_path, client.id
    finally:
        practice.vault.close()


def screen(width: int) -> QScreen:
    found = [s for s in QGuiApplication.screens() if s.geometry().width() == width]
    assert found, [s.geometry() for s in QGuiApplication.screens()]
    return found[0]


def place_on(window: QWidget, width: int) -> None:
    """Move the shown ``window`` onto the screen ``width`` wide and fit it there,
    as when it opens there. (Screens are looked up each time: PySide6 can drop the
    Python side of a QScreen held across windows.)"""
    target = screen(width)
    window.move(target.availableGeometry().topLeft() + QPoint(40, 40))
    QApplication.processEvents()
    assert window.screen().name() == screen(width).name()
    fit.fit_to_screen(window, centre=False)
    QApplication.processEvents()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def open_desk(qtbot: object, controller: Controller, client_id: int) -> MainWindow:
    guikit.unlock(qtbot, controller)
    window = controller.window
    assert window.clients.select_client(client_id)
    qtbot.waitUntil(lambda: window.workspace.client_id == client_id)  # type: ignore[attr-defined]
    return window


def dialogs(window: MainWindow, practice: Practice, client_id: int
            ) -> Iterator[Callable[[], QWidget | None]]:
    """Openers of every dialog of the desk (each returns the dialog shown)."""
    session_id = practice.sessions.for_client(client_id)[0].id or 0
    goal = practice.goals.for_client(client_id)[0]
    client = practice.clients.get(client_id)

    def shown(dialog: QDialog) -> QDialog:
        dialog.open()
        return dialog

    yield window.open_settings
    yield window.open_report
    yield window.open_backup
    yield window.open_search
    yield lambda: actions.open_check_backup(window, practice, test_restore=True)
    yield lambda: actions.open_backup_settings(window, practice)
    yield lambda: actions.open_passphrase(window, practice)
    yield lambda: actions.open_catalogue(window, practice, "milestone_kinds")
    yield lambda: actions.open_catalogue(window, practice, "agreement_topics")
    yield lambda: shown(ClientDialog(practice, client, window))
    yield lambda: shown(ClientDialog(practice, None, window))
    yield lambda: shown(RestoreDialog(practice.path, window))
    yield lambda: shown(AddendumDialog(practice, session_id, window))
    yield lambda: shown(MeasureDialog(practice, client_id, Instrument.PHQ9, window))
    yield lambda: shown(MeasureDialog(practice, client_id, Instrument.GAD7, window))
    yield lambda: shown(GoalDialog(practice, client_id, None, window))
    yield lambda: shown(GoalDialog(practice, client_id, goal, window))
    yield lambda: shown(StatusDialog(practice, goal, window))
    yield lambda: shown(RatingDialog(practice, goal, window))
    yield lambda: shown(MilestoneDialog(practice, client_id, None, window))
    yield lambda: shown(NewAgreementDialog(practice, client_id, window))
    yield lambda: shown(CheckInDialog(practice, client_id, window))
    yield lambda: shown(StrategyDialog(practice, goal, None, window))
    agreement = practice.agreements.for_client(client_id)[0]
    topic = practice.agreement_topics.all()[0].label
    for kind in (ReviseAgreementDialog, AcknowledgeDialog, AgreementReviewDialog,
                 EndAgreementDialog):
        yield lambda kind=kind: shown(kind(practice, agreement, topic, window))  # type: ignore[misc]
    yield lambda: shown(NextReviewDialog(dt.date(2026, 12, 24), window))
    yield lambda: shown(NewSessionDialog(client_id, parent=window))
    yield lambda: shown(SignerDialog(practice, window))
    yield lambda: shown(RecordsDialog(practice, client_id, window))
    yield lambda: shown(FhirExportDialog(practice, client_id, window))
    yield lambda: shown(PastRetentionDialog(practice, window))
    yield lambda: shown(TypeCodeDialog(client.code, window))

    def preview() -> QDialog:
        today = dt.date(2026, 11, 30)
        pdf = make_report(practice, ReportOptions(client_id, today - dt.timedelta(days=90),
                                                  today, generated_on=today))
        return shown(PdfPreview(pdf, "summary.pdf", window))

    yield preview
    yield lambda: (window.about(), guikit.visible_dialogs(QMessageBox)[-1])[1]
    yield lambda: (window.discharge_client(), guikit.visible_dialogs(QMessageBox)[-1])[1]


def walk_everything(qtbot: object, controller: Controller, client_id: int,
                    width: int, check: Check) -> list[str]:
    """Open the gate, the main window (every tab) and every dialog on the screen
    ``width`` wide;
    return what ``check`` finds in each."""
    gate = controller.gate
    place_on(gate, width)
    problems = check(gate)
    # a wrong passphrase: the message must show whole
    gate.passphrase.setText("not the passphrase at all")
    gate.unlock()
    qtbot.waitUntil(lambda: gate.passphrase.isEnabled(), timeout=guikit.TIMEOUT)  # type: ignore[attr-defined]
    assert "passphrase" in gate.unlock_page.message.text().lower()
    settle()
    problems += check(gate)
    for page in (gate.welcome_page, gate.create_page, gate.unlock_page):
        gate.stack.setCurrentWidget(page)
        settle()
        problems += check(gate)

    window = open_desk(qtbot, controller, client_id)
    place_on(window, width)
    window.resize(1200, window.height())  # the default width (wider screens: still this)
    session_id = controller.practice.sessions.for_client(client_id)[0].id  # type: ignore[union-attr]
    window.sessions.select_session(session_id or 0)  # the note and its buttons show
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        problems += check(window)
    practice = controller.practice
    assert practice is not None
    for opener in dialogs(window, practice, client_id):
        dialog = opener()
        assert isinstance(dialog, QDialog)
        qtbot.waitUntil(dialog.isVisible)  # type: ignore[attr-defined]
        settle()
        problems += check(dialog)
        dialog.reject()
        settle()
    return problems


@pytest.mark.parametrize("width", [1366, 1280])
def test_every_window_fits_the_screen_and_clips_nothing(
    width: int, make_controller: Callable[[Path], Controller], long_vault: tuple[Path, int],
    qtbot: object,
) -> None:
    path, client_id = long_vault
    area = screen(width).availableGeometry()
    target = screen(width).name()
    sizes: dict[str, tuple[int, int]] = {}

    def check(window: QWidget) -> list[str]:
        sizes[type(window).__name__ + " " + window.windowTitle()[:30]] = (
            window.width(), window.height())
        on = window.screen().name()
        found = [] if on == target else [f"{type(window).__name__} opened on {on}"]
        return found + off_screen(window, area) + off_centre(window, area) + clipped(window)

    problems = walk_everything(qtbot, make_controller(path), client_id, width, check)
    print(f"\nsizes on {width}: {sizes}")
    assert problems == [], "\n".join(problems)


def test_every_control_has_an_accessible_name(
    make_controller: Callable[[Path], Controller], long_vault: tuple[Path, int], qtbot: object,
) -> None:
    path, client_id = long_vault
    problems = walk_everything(qtbot, make_controller(path), client_id, 1366, unnamed)
    problems = sorted(set(problems))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("long_name", [LONG_NAME, LONG_WORD_NAME], ids=["words", "one-word"])
def test_a_long_name_does_not_widen_the_main_window(
    long_name: str, make_controller: Callable[[Path], Controller], long_vault: tuple[Path, int],
    qtbot: object,
) -> None:
    path, _client = long_vault
    controller = make_controller(path)
    guikit.unlock(qtbot, controller)
    practice = controller.practice
    assert practice is not None
    client = practice.add_client(Client(practice.suggest_code(long_name), long_name))
    window = controller.window
    window.refresh_clients()
    window.resize(1200, 700)
    settle()
    before = window.size()
    assert window.clients.select_client(client.id or 0)
    qtbot.waitUntil(lambda: window.workspace.client_id == client.id)  # type: ignore[attr-defined]
    settle()
    assert window.size() == before
    assert window.minimumSizeHint().width() < 1000
    name = window.workspace.header.name
    assert name.toolTip() == long_name and name.accessibleName() == long_name
    assert name.text().endswith("…") and len(name.text()) < len(long_name)
    report = window.open_report()
    assert isinstance(report, QDialog)
    assert len(report.windowTitle()) <= fit.TITLE_CHARS and report.windowTitle().endswith("…")
    report.reject()
    window.discharge_client()
    box = guikit.wait_box(qtbot)
    settle()
    area = screen(1366).availableGeometry()
    assert off_screen(box, area) + clipped(box) == []
    box.reject()


def test_a_dialog_too_big_for_the_screen_is_made_to_fit(qtbot: object) -> None:
    """The helper itself: a dialog asking for 820×900 on the 1280×720 screen."""
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    parent.resize(600, 400)
    parent.show()
    parent.move(screen(1280).geometry().x() + 340, 160)
    settle()
    dialog = QDialog(parent)
    dialog.resize(820, 900)
    dialog.show()
    settle()
    area = screen(1280).availableGeometry()
    assert dialog.screen().name() == screen(1280).name()
    assert area.contains(dialog.frameGeometry()), (dialog.frameGeometry(), area)
    assert dialog.frameGeometry().height() <= area.height()
    centre = parent.frameGeometry().center()
    assert abs(dialog.frameGeometry().center().x() - centre.x()) <= 2


def test_the_checks_can_fail(qtbot: object) -> None:
    """An unnamed field and a dialog larger than the screen are found."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    QVBoxLayout(dialog).addWidget(QLineEdit())
    dialog.setMinimumSize(1400, 800)
    dialog.show()
    settle()
    assert len(unnamed(dialog)) == 1
    assert len(off_screen(dialog, screen(1280).availableGeometry())) >= 1
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    parent.setGeometry(300, 200, 700, 400)
    parent.show()
    child = QDialog(parent)
    child.resize(200, 100)
    child.show()
    settle()
    area = screen(1366).availableGeometry()
    assert off_centre(child, area) == []
    child.move(320, 220)
    assert len(off_centre(child, area)) == 1


def test_settings_fields_have_room(
    make_controller: Callable[[Path], Controller], long_vault: tuple[Path, int], qtbot: object,
) -> None:
    path, client_id = long_vault
    window = open_desk(qtbot, make_controller(path), client_id)
    dialog = window.open_settings()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)  # type: ignore[attr-defined]
    assert dialog.therapist.width() >= dialog.fontMetrics().averageCharWidth() * 60
    dialog.reject()
