"""The window never starts a session bus of its own.

With no ``DBUS_SESSION_BUS_ADDRESS`` and an X display, libdbus "autolaunches" a
bus through ``dbus-launch`` when Qt's xcb platform asks for the session bus, and
that ``dbus-launch``/``dbus-daemon`` pair outlives the app. The app sets the
address to ``disabled:`` first (practice_notes.ui.app.no_session_bus_autolaunch).
The end-to-end test needs Xvfb, Qt's xcb libraries and dbus-launch (Debian:
xvfb, dbus-x11); it skips with the reason when they are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from practice_notes.ui.app import no_session_bus_autolaunch

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_address_is_disabled_only_without_a_bus(tmp_path: Path) -> None:
    env: dict[str, str] = {"XDG_RUNTIME_DIR": str(tmp_path)}
    no_session_bus_autolaunch(env)
    assert env["DBUS_SESSION_BUS_ADDRESS"] == "disabled:"

    desktop = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    no_session_bus_autolaunch(desktop)
    assert desktop["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"

    (tmp_path / "bus").touch()  # the systemd user bus, which libdbus finds itself
    user_bus: dict[str, str] = {"XDG_RUNTIME_DIR": str(tmp_path)}
    no_session_bus_autolaunch(user_bus)
    assert "DBUS_SESSION_BUS_ADDRESS" not in user_bus


def _bus_processes() -> set[str]:
    found = set()
    for name in ("dbus-daemon", "dbus-launch"):
        out = subprocess.run(["pgrep", "-x", name], capture_output=True, text=True).stdout
        found |= set(out.split())
    return found


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("dbus-launch")
                         and shutil.which("pgrep")),
                    reason="needs xvfb-run, dbus-launch and pgrep (Debian: xvfb dbus-x11 procps)")
def test_window_on_x_without_a_session_bus_leaves_no_dbus_daemon(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS_")}
    env.update(QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT),
               PRACTICE_NOTES_CHECK_WINDOW="1")
    before = _bus_processes()
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-m", "practice_notes",
                           "--vault", str(tmp_path / "x.vault")],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    if "could not load the Qt platform plugin" in done.stderr.lower():
        pytest.skip("Qt's xcb platform libraries are not installed")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "unlock window shown" in done.stdout and "platform xcb" in done.stdout
    time.sleep(0.5)
    new = _bus_processes() - before
    for pid in new:  # do not leave them to the next test if this one fails
        subprocess.run(["kill", pid], check=False)
    assert not new, f"a session bus was started and left running: pids {sorted(new)}"


def test_desktop_file_name_is_the_packaged_entry(qapp: object) -> None:
    from PySide6.QtGui import QGuiApplication

    from practice_notes.ui.app import make_app

    make_app()
    name = QGuiApplication.desktopFileName()
    assert name == "io.github.practicenotes.PracticeNotes"
    assert (ROOT / "packaging" / f"{name}.desktop").is_file()
