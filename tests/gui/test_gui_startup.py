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
"""


def test_reportlab_is_not_imported_on_the_way_to_the_unlock_window(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", LAUNCH, str(tmp_path / "x.vault")],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout.splitlines()


def test_the_app_module_alone_does_not_import_reportlab() -> None:
    code = "import practice_notes.ui.app, sys; assert 'reportlab' not in sys.modules"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


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
