"""Run a function on the thread pool and deliver its result or error to the GUI
thread as a signal (after Picard's ``util/thread.py``). Never processEvents loops.

Running tasks are counted, so that lock and exit can wait for them before the
vault is closed: a worker holds a connection of its own and the key.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from practice_notes.i18n import translate


class _Relay(QObject):
    """Lives on the GUI thread; the pool thread emits, the slots run here.

    The signals are connected to this object's own decorated slots, not to Python
    closures: PySide6 ≥ 6.8 can crash delivering a cross-thread signal to a plain
    callable (PYSIDE-3124), and a rare segfault in a garbage collection on the GUI
    thread while a worker ran was seen with closures."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, on_result: Callable[[Any], None],
                 on_error: Callable[[BaseException], None], done: Callable[[], None]) -> None:
        super().__init__()
        self._on_result = on_result
        self._on_error = on_error
        self._done = done

    @Slot(object)
    def deliver_result(self, result: object) -> None:
        self._finish()
        self._on_result(result)

    @Slot(object)
    def deliver_error(self, exc: object) -> None:
        self._finish()
        assert isinstance(exc, BaseException)
        self._on_error(exc)

    def _finish(self) -> None:
        _tasks.resume_gc_if_idle()
        self._done()
        # Qt deletes it on this thread once delivery is over; the Python wrapper
        # (which a pool thread may still hold for a moment) is dropped later, when
        # it no longer owns anything (see _prune).
        self.deleteLater()


class _Tasks:
    """How many background jobs have been started and not yet returned.

    While any runs, Python's cyclic garbage collector is paused (reference
    counting still frees nearly everything), and it is resumed on the GUI thread
    only: a collection runs on whichever thread happens to allocate, and one on a
    pool thread frees unreachable Qt objects (a closed dialog in a reference cycle)
    there, not on the thread that owns them, which crashed the process (seen in
    the test suite and in CI, while a PDF was built and right after a job)."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = threading.Condition()
        self._paused_gc = False

    def begin(self) -> None:
        with self._idle:
            if self._count == 0 and gc.isenabled():
                gc.disable()
                self._paused_gc = True
            self._count += 1

    def end(self) -> None:
        with self._idle:
            self._count -= 1
            self._idle.notify_all()

    def resume_gc_if_idle(self) -> None:
        """On the GUI thread: the collector runs again once no job runs."""
        with self._idle:
            if self._count == 0 and self._paused_gc:
                self._paused_gc = False
                gc.enable()

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


def _prune() -> None:
    """Forget relays whose Qt object is gone (deleted on the GUI thread by Qt),
    so no relay's Qt object is ever deleted by a pool thread dropping the last
    Python reference."""
    for relay in [r for r in _live if not shiboken6.isValid(r)]:
        _live.discard(relay)


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

    dialog: QProgressDialog | None = None
    if progress_text is not None:
        dialog = _busy(progress_text, parent, 500)

    def done() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    _prune()
    relay = _Relay(on_result, on_error, done)
    _live.add(relay)
    relay.finished.connect(relay.deliver_result, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(relay.deliver_error, Qt.ConnectionType.QueuedConnection)
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
        _tasks.resume_gc_if_idle()
        return
    if text is None:
        text = translate("Worker", "Finishing background work…")
    dialog = _busy(text, parent, 0)
    dialog.show()
    QApplication.processEvents()  # paint the dialog once; the wait below blocks
    while not _tasks.wait(0.1):
        pass
    _tasks.resume_gc_if_idle()
    dialog.reset()
    dialog.deleteLater()
