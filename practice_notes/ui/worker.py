"""Run a function on the thread pool and deliver its result or error to the GUI
thread as a signal (after Picard's ``util/thread.py``). Never processEvents loops."""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


def _job(fn: Callable[[], Any], relay: _Relay) -> Callable[[], None]:
    def run() -> None:
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            relay.failed.emit(exc)
        else:
            relay.finished.emit(result)

    return run


_live: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QWidget | None = None,
    progress_text: str | None = None,
) -> _Relay:
    """Run ``fn()`` on the global pool; call back on the GUI thread.

    With ``progress_text`` a modal, busy progress dialog appears if the work takes
    longer than half a second, and closes when it ends.
    """
    from PySide6.QtCore import Qt  # not at import: the Qt namespace is slow to build

    # Collect cyclic garbage (old dialogs, their Qt wrappers) here on the GUI thread,
    # before a worker starts: a collection that frees Qt wrappers while a pool thread
    # is busy has crashed PySide6 in our tests.
    gc.collect()
    relay = _Relay()
    _live.add(relay)
    dialog: QProgressDialog | None = None
    if progress_text is not None:
        dialog = QProgressDialog(progress_text, "", 0, 0, parent)
        dialog.setWindowTitle("Practice Notes")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setValue(0)

    def done() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        _live.discard(relay)

    def ok(result: object) -> None:
        done()
        on_result(result)

    def bad(exc: object) -> None:
        done()
        assert isinstance(exc, BaseException)
        on_error(exc)

    relay.finished.connect(ok, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(bad, Qt.ConnectionType.QueuedConnection)
    # A plain callable: Qt wraps it in its own QRunnable and owns it, so no Python
    # runnable can be freed while a pool thread is still inside it.
    job = _job(fn, relay)
    QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(job))
    return relay
