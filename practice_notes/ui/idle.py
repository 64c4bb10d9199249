"""Auto-lock after idle minutes: any key or mouse input restarts the clock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from practice_notes.ui.fit import ScreenKeeper


class IdleWatcher(QObject):
    """Hears of the application's input only while the clock runs (while
    unlocked), from the application's one event filter (``fit.ScreenKeeper``)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timeout)
        self.minutes = 0.0  # the idle time that locks, as last started
        self._keeper: ScreenKeeper | None = None  # the filter that tells of input

    def start(self, minutes: float) -> None:
        from practice_notes.ui.fit import ScreenKeeper  # loaded by now: not at launch

        self.minutes = minutes
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.start()
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            self._keeper = ScreenKeeper.install(app)
            self._keeper.on_input = self._input

    def stop(self) -> None:
        self.timer.stop()
        keeper, self._keeper = self._keeper, None
        if keeper is not None and keeper.on_input == self._input:
            keeper.on_input = None

    def _timeout(self) -> None:
        self.stop()
        self.idle.emit()

    def _input(self) -> None:
        if self.timer.isActive():
            self.timer.start()
