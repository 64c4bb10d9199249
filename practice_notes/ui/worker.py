"""Run a function on the thread pool and deliver its result or error to the GUI
thread as a signal (after Picard's ``util/thread.py``). Never processEvents loops.

Running tasks are counted, so that lock and exit can wait for them before the
vault is closed: a worker holds a connection of its own and the key.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from practice_notes.i18n import translate


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Tasks:
    """How many background jobs have been started and not yet returned."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = threading.Condition()

    def begin(self) -> None:
        with self._idle:
            self._count += 1

    def end(self) -> None:
        with self._idle:
            self._count -= 1
            self._idle.notify_all()

    @property
    def running(self) -> int:
        with self._idle:
            return self._count

    def wait(self, seconds: float) -> bool:
        """Block until none runs or ``seconds`` pass; True when none runs."""
        with self._idle:
            return self._idle.wait_for(lambda: self._count == 0, seconds)


_tasks = _Tasks()


def running_tasks() -> int:
    return _tasks.running


def _job(fn: Callable[[], Any], relay: _Relay) -> Callable[[], None]:
    def run() -> None:
        try:
            try:
                result = fn()
            finally:
                _tasks.end()  # the work (and its connection) is over before anyone hears
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
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

    relay = _Relay()
    _live.add(relay)
    dialog: QProgressDialog | None = None
    if progress_text is not None:
        dialog = _busy(progress_text, parent, 500)

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
    # runnable can be freed while a pool thread is still inside it. Counted from
    # here, so that a lock right after this call already waits for it.
    _tasks.begin()
    try:
        QThreadPool.globalInstance().start(_job(fn, relay))
    except BaseException:
        _tasks.end()
        raise
    return relay


def _busy(text: str, parent: QWidget | None, after_ms: int) -> QProgressDialog:
    from PySide6.QtCore import Qt

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("worker", "Practice Notes"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(after_ms)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    return dialog


def wait_for_tasks(parent: QWidget | None = None, text: str | None = None,
                   quick: float = 0.3) -> None:
    """Block until every background job has returned (before the vault is closed).

    Jobs cannot be interrupted midway (a backup half written is worse than a short
    wait), so this waits; after ``quick`` seconds a busy dialog says why."""
    if _tasks.wait(quick):
        return
    if text is None:
        text = translate("Worker", "Finishing background work…")
    dialog = _busy(text, parent, 0)
    dialog.show()
    QApplication.processEvents()  # paint the dialog once; the wait below blocks
    while not _tasks.wait(0.1):
        pass
    dialog.reset()
    dialog.deleteLater()
