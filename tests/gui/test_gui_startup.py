"""Start-up stays light: reportlab (PDF reports) is imported only when a report
is made, never on the way to the unlock window."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

LAUNCH = """
import sys
from pathlib import Path
import practice_notes.cli
from PySide6.QtWidgets import QApplication
from practice_notes.ui.app import Controller, make_app
app = make_app([sys.argv[0]])
controller = Controller(Path(sys.argv[1]), app)
controller.start()
app.processEvents()
assert controller.gate.isVisible()
heavy = sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'
               or m.startswith('practice_notes.reports.builder'))
print('HEAVY', heavy)
import PySide6.QtCore
print('QT NAMESPACE BUILT', 'Qt' in PySide6.QtCore.__dict__)
"""


def test_reportlab_is_not_imported_on_the_way_to_the_unlock_window(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", LAUNCH, str(tmp_path / "x.vault")],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout.splitlines()
    # PySide6 builds the whole Qt namespace (hundreds of enums, ~30 ms here) on
    # its first use: not before the unlock window is on screen.
    assert "QT NAMESPACE BUILT False" in done.stdout.splitlines()


def test_the_app_module_alone_does_not_import_reportlab() -> None:
    code = "import practice_notes.ui.app, sys; assert 'reportlab' not in sys.modules"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


LIGHT = """
import linecache, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from practice_notes.ui.app import Controller, make_app
app = make_app([sys.argv[0]])
controller = Controller(Path(sys.argv[1]), app)
controller.start()
app.processEvents()
assert controller.gate.isVisible()
def loaded(*names):
    return sorted(n for n in names if n in sys.modules)
print('GATE', loaded('sqlcipher3', 'practice_notes.services.practice',
                     'practice_notes.vault.database', 'practice_notes.backup.manifest'))
controller._prebuild()  # what start() runs 150 ms later: the main window, backups
print('WINDOW', loaded('PySide6.QtPdf', 'PySide6.QtPrintSupport', 'practice_notes.ui.pdf_preview',
                       'practice_notes.ui.report_dialog', 'practice_notes.ui.catalogue_dialog',
                       'practice_notes.services.reporting'))
print('SOURCES', len(linecache.cache))
"""


def test_the_unlock_window_and_the_main_window_load_only_what_they_show(
        tmp_path: Path) -> None:
    """Launch time and the window's memory: no SQLCipher or repositories before the
    unlock window is painted; no PDF preview, report or backup dialogs until they
    are opened; and the module sources PySide6 reads on import are not kept."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", LIGHT, str(tmp_path / "x.vault")],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "GATE []" in lines and "WINDOW []" in lines and "SOURCES 0" in lines


@pytest.mark.slow
def test_the_screenshot_script_still_works(tmp_path: Path) -> None:
    """tests/screenshots.py (run under Xvfb for the README) also runs offscreen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "screenshots.py"),
                           "--out", str(tmp_path)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    sizes = {}
    for name in ("main-window.png", "unlock.png"):
        head = (tmp_path / name).read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        sizes[name] = struct.unpack(">II", head[16:24])
    assert sizes["main-window.png"] == (1280, 720)  # fits a 1366×768 screen
    width, height = sizes["unlock.png"]
    assert 400 <= width <= 700 and 100 <= height <= 300  # sized to the unlock page


KEEPER = """
import sys
from pathlib import Path
import practice_notes.ui.app as ui_app
from practice_notes.ui.fit import ScreenKeeper
from PySide6.QtCore import QTimer
seen = {}
shown = ui_app.Controller.start

def start(self):
    shown(self)
    seen['at_show'] = self.app.findChild(ScreenKeeper) is not None
    seen['fits'] = self.app.primaryScreen().availableGeometry().contains(
        self.gate.frameGeometry())

    def later():
        seen['later'] = self.app.findChild(ScreenKeeper) is not None
        self.app.quit()

    QTimer.singleShot(1000, later)

ui_app.Controller.start = start
ui_app.run_gui(Path(sys.argv[1]))
print('KEEPER', seen['at_show'], seen['later'], 'FITS', seen['fits'])
"""


def test_the_screen_keeper_starts_once_the_unlock_window_is_painted(tmp_path: Path) -> None:
    """An application-wide event filter makes PySide6 build ~180 classes' enums the
    first time it runs (~70 ms): the app starts it after the unlock window is on
    screen, and fits that window itself."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", KEEPER, str(tmp_path / "x.vault")],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "KEEPER False True FITS True" in done.stdout.splitlines(), done.stdout
