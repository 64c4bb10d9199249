"""Auto-lock after idle minutes: any key or mouse input restarts the clock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_input: frozenset[QEvent.Type] | None = None


def _input_events() -> frozenset[QEvent.Type]:
    global _input
    if _input is None:  # built on first use: PySide builds the enum lazily, and slowly
        t = QEvent.Type
        _input = frozenset({t.KeyPress, t.MouseButtonPress, t.MouseMove, t.Wheel,
                            t.TouchBegin})
    return _input


class IdleWatcher(QObject):
    """Watches the application's input only while the clock runs (while unlocked)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timeout)
        self._watching = False
        self.minutes = 0.0  # the idle time that locks, as last started

    def start(self, minutes: float) -> None:
        self.minutes = minutes
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False

    def _timeout(self) -> None:
        self.stop()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.timer.isActive() and event.type() in _input_events():
            self.timer.start()
        return False
