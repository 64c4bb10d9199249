"""After unlock the window checks the record in the background (not blocking it)
and shows a banner only when the check finds something."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from practice_notes.ui.app import Controller
from practice_notes.ui.main_window import RECORD_CHECK_DELAY_MS
from practice_notes.vault.database import Vault
from tests.gui import guikit

pytestmark = pytest.mark.gui


def test_clean_vault_shows_no_banner(qtbot: object, controller: Controller) -> None:
    guikit.unlock(qtbot, controller)
    banner = controller.window.record_check
    qtbot.waitUntil(lambda: banner.report is not None, timeout=guikit.TIMEOUT)  # type: ignore[attr-defined]
    assert banner.report is not None and banner.report.ok
    assert not banner.isVisible()


def test_tampered_vault_shows_the_banner(
    qtbot: object, make_controller: Callable[[Path], Controller],
    seeded_vault: tuple[Path, int, int],
) -> None:
    path, _client, session = seeded_vault
    vault = Vault.open(path, guikit.PASSPHRASE)
    try:  # a signed note changed behind the app's back, its rule dropped first
        vault.execute("UPDATE sessions SET signed_at = '2024-01-01T10:00:00' WHERE id = ?",
                      (session,))
        vault.execute("DROP TRIGGER sessions_signed_no_update")
    finally:
        vault.close()
    controller = make_controller(path)
    guikit.unlock(qtbot, controller)
    assert controller.window.isEnabled()  # the window is usable while the check runs
    banner = controller.window.record_check
    qtbot.waitUntil(banner.isVisible, timeout=guikit.TIMEOUT)  # type: ignore[attr-defined]
    text = banner.text()
    assert "failed its check" in text and "sessions_signed_no_update" in text
    assert "practice-notes verify" in text
    QThreadPool.globalInstance().waitForDone(10_000)


def test_the_check_waits_for_the_window_and_a_quick_lock_skips_it(
        qtbot: object, controller: Controller) -> None:
    """It reads every page (seconds at forty years of records): it starts once the
    window has painted; locked before then, nothing starts (a lock would wait)."""
    guikit.unlock(qtbot, controller)
    banner = controller.window.record_check
    assert banner.report is None
    controller.lock()
    qtbot.wait(RECORD_CHECK_DELAY_MS + 500)  # type: ignore[attr-defined]
    assert banner.report is None and not banner.isVisible()
    assert QThreadPool.globalInstance().activeThreadCount() == 0


@pytest.mark.parametrize("outcome", ["report", "error"])
def test_a_check_ending_after_its_banner_is_gone_touches_nothing(
        qtbot: object, existing_vault: Path, monkeypatch: pytest.MonkeyPatch,
        outcome: str) -> None:
    """A window closed while its check runs (seen in the test suite: the error of a
    check on a closed vault reached a deleted banner)."""
    import threading

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from practice_notes.services.unlock import open_practice
    from practice_notes.ui import record_check
    from practice_notes.ui.record_check import RecordCheckBanner
    from practice_notes.vault.errors import VaultError

    release = threading.Event()
    real = record_check.verify_in_background

    def slow(practice: object) -> object:
        assert release.wait(30)
        if outcome == "error":
            raise VaultError("the vault was closed")
        return real(practice)  # type: ignore[arg-type]

    monkeypatch.setattr(record_check, "verify_in_background", slow)
    practice = open_practice(existing_vault, guikit.PASSPHRASE)
    try:
        banner = RecordCheckBanner()
        banner.start(practice, lambda: True)
        banner.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(banner)
        release.set()
        assert QThreadPool.globalInstance().waitForDone(30_000)
        qtbot.wait(50)  # type: ignore[attr-defined]  # delivery (an error would fail the test)
    finally:
        release.set()
        QThreadPool.globalInstance().waitForDone(30_000)
        practice.vault.close()
