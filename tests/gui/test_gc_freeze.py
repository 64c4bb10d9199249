"""The app hides what it built before the first unlock from Python's cyclic
collector (``Controller._prebuild``: ``gc.freeze``), which keeps full collections
short during an unlock. Nothing read from the vault may be among it: a lock must
still let go of every record."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from practice_notes.ui.app import Controller
from tests.gui.guikit import TIMEOUT, seed, unlock

pytestmark = pytest.mark.gui


def test_nothing_read_from_the_vault_is_frozen(
        qtbot: object, make_controller: object, existing_vault: Path) -> None:
    seed(existing_vault, "Frieda Frozen")
    controller: Controller = make_controller(existing_vault)  # type: ignore[operator]
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=TIMEOUT)  # type: ignore[attr-defined]
    frozen = gc.get_freeze_count()
    unlock(qtbot, controller)
    model = controller.window.clients.model
    assert model.rowCount() == 1
    client = weakref.ref(model.summary(0).client)
    assert client() is not None and client().display_name == "Frieda Frozen"  # type: ignore[union-attr]
    controller.lock()
    qtbot.waitUntil(controller.gate.isVisible, timeout=TIMEOUT)  # type: ignore[attr-defined]
    gc.collect()
    assert client() is None, "a record read before the lock is still in memory"
    assert gc.get_freeze_count() <= frozen  # nothing frozen since (freed ones leave it)


def test_no_freeze_once_a_vault_is_open(
        qtbot: object, make_controller: object, existing_vault: Path) -> None:
    """Unlocked before the prebuild ran (a fast KDF, a passphrase typed by a
    password manager): the prebuild then freezes nothing."""
    controller: Controller = make_controller(existing_vault)  # type: ignore[operator]
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=TIMEOUT)  # type: ignore[attr-defined]
    gc.unfreeze()
    unlock(qtbot, controller)
    controller._prebuild()
    assert gc.get_freeze_count() == 0
