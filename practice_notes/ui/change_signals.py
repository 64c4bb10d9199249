"""The one adapter from the services' change hooks to Qt signals (as Plover's
``gui_qt/engine.py`` adapts its engine hooks). Panels connect to the signals of
the records they show; nobody asks another panel to refresh."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal

from practice_notes.services import Practice
from practice_notes.services.changes import Change, ChangeKind


class ChangeSignals(QObject):
    """Re-emits ``practice.changes`` as ``changed(Change)`` on the GUI thread, once
    the call that made the change has returned (never inside a save), and only
    while that practice is still bound and open (not after a lock)."""

    changed = Signal(object)
    _later = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._practice: Practice | None = None
        self._later.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def bind(self, practice: Practice) -> None:
        if practice is self._practice:
            return
        self.unbind()
        self._practice = practice
        practice.changes.subscribe(self._relay)

    def unbind(self) -> None:
        if self._practice is not None:
            self._practice.changes.unsubscribe(self._relay)
            self._practice = None

    def _relay(self, change: Change) -> None:
        self._later.emit(self._practice, change)

    def _deliver(self, practice: object, change: object) -> None:
        bound = self._practice
        if bound is not None and practice is bound and bound.is_open:
            self.changed.emit(change)


class ShowsClient(Protocol):
    """A panel: the client it shows (none until loaded) and how it reloads."""

    client_id: int

    @property
    def practice(self) -> Practice | None: ...

    def refresh(self) -> None: ...


def follow(panel: ShowsClient, signals: ChangeSignals, kinds: Iterable[ChangeKind]) -> None:
    """Reload ``panel`` after a change of one of ``kinds`` to the client it shows
    (or to the whole practice). A panel not loaded yet loads when it is shown."""
    wanted = frozenset(kinds)

    def changed(change: object) -> None:
        assert isinstance(change, Change)
        if change.kind not in wanted or panel.practice is None or not panel.client_id:
            return
        if change.client_id in (0, panel.client_id):
            panel.refresh()

    signals.changed.connect(changed)
