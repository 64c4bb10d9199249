"""Fixtures for the GUI tests: real widgets (pytest-qt, offscreen) on a real
temporary SQLCipher vault, with Qt's settings and the user's folders isolated.

The root conftest already points HOME and the XDG folders at a fresh folder per
test and sets QT_QPA_PLATFORM=offscreen. Here:

- ``qsettings_dir``: QSettings writes INI files under this test's tmp_path
  (autouse: no GUI test can touch the real user's settings);
- ``vault_path`` / ``existing_vault``: where a vault goes, or a closed one made
  through the services;
- ``make_controller`` / ``controller``: the application's Controller, started,
  its windows registered with qtbot, shut down cleanly at the end.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from practice_notes.domain.models import PracticeSettings
from practice_notes.services.unlock import create_practice
from practice_notes.ui.app import Controller, make_app
from tests.gui import guikit

HERE = Path(__file__).parent

# The offscreen platform plugin cannot raise a window or pass size hints on to a
# window manager, and says so with a qWarning each time. These are limits of the
# test platform, not faults of the application; every other Qt warning fails the
# test (qt_log_level_fail = WARNING).
OFFSCREEN_LIMITS = (
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def qsettings_dir(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """QSettings as INI files under this test's tmp_path, for a test organisation."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    old_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    # make_app() names the application; the names below only matter for code that
    # runs before it, and keep even that away from the real "practice-notes" ones.
    qapp.setOrganizationName("practice-notes-tests")
    qapp.setApplicationName("Practice Notes Tests")
    yield folder
    QSettings.setDefaultFormat(old_format)


@pytest.fixture
def passphrase() -> str:
    return guikit.PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where this test's vault goes (nothing there yet)."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder / "practice.vault"


@pytest.fixture
def existing_vault(vault_path: Path) -> Path:
    """A closed vault with settings, made through the services."""
    practice = create_practice(
        vault_path, guikit.PASSPHRASE,
        PracticeSettings(therapist_name="Sam Rivers", practice_name="Oak Room"),
    )
    practice.vault.close()
    return vault_path


@pytest.fixture
def seeded_vault(existing_vault: Path) -> tuple[Path, int, int]:
    """``existing_vault`` with one client and one empty, unsigned session:
    (path, client id, session id)."""
    return (existing_vault, *guikit.seed(existing_vault))


@pytest.fixture
def make_controller(qtbot: object, qapp: QApplication) -> Iterator[Callable[[Path], Controller]]:
    """Build and start Controllers; at the end close their windows and vaults."""
    made: list[Controller] = []

    def make(path: Path) -> Controller:
        app = make_app()
        assert app is qapp
        controller = Controller(path, app)
        qtbot.addWidget(controller.window)  # type: ignore[attr-defined]
        qtbot.addWidget(controller.gate)  # type: ignore[attr-defined]
        controller.start()
        made.append(controller)
        return controller

    yield make
    # Background work (unlock, create) must end before its callbacks' objects go.
    QThreadPool.globalInstance().waitForDone(30_000)
    gc.unfreeze()  # Controller._prebuild froze what was alive: one app, many tests here
    for controller in made:
        controller.idle.stop()
        if controller.practice is not None:
            window = controller._window
            if window is not None and shiboken6.isValid(window):
                window.detach()  # as a lock does: no deferred record check starts
            controller.practice.vault.close()
            controller.practice = None


@pytest.fixture
def controller(make_controller: Callable[[Path], Controller], existing_vault: Path) -> Controller:
    """A started Controller showing the unlock page of ``existing_vault``."""
    return make_controller(existing_vault)
