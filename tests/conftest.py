"""Shared test set-up.

Sections:
  1. process environment (runs at import, before any Qt import)
  2. isolation of the user's folders (autouse)
  3. vault fixtures (to come)

Nothing here imports PySide6: the unit tests run without Qt.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# --------------------------------------------------------------------------
# 1. Process environment

# No display here or in CI: Qt must use the offscreen platform. Set before
# pytest-qt or any test creates a QApplication. Its screens are two small real
# ones, a 1366×768 laptop (primary) and a 1280×720 one beside it (the plugin's
# default is one 800×800 screen): windows must fit both (tests/gui/test_layout.py).
SCREENS = Path(__file__).parent / "gui" / "screens.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREENS}")


# --------------------------------------------------------------------------
# 2. Isolation of the user's folders

_XDG_DIRS = {
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
}


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point HOME and the XDG folders at a fresh temporary folder per test.

    platformdirs (default vault location, settings) and Qt's QStandardPaths
    read these variables, so no test can touch the real user's files.
    TMPDIR is left alone. Yields the fake home folder.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, name in _XDG_DIRS.items():
        folder = home / name
        folder.mkdir()
        monkeypatch.setenv(var, str(folder))
    # Qt warns (and qt_log_level_fail turns the warning into a failure) when
    # XDG_RUNTIME_DIR is unset or not private to the user.
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    yield home


# --------------------------------------------------------------------------
# 3. Vault fixtures
