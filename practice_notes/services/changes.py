"""Plain hooks that tell listeners the record changed (Qt-free).

``Practice`` publishes one :class:`Change` per use case, and only after the
transaction has committed: a listener never sees a change that was rolled
back. The window adapts these callbacks to Qt signals (``ui/change_signals``),
as Plover's ``gui_qt`` does with its engine hooks.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

_log = logging.getLogger(__name__)


class ChangeKind(enum.StrEnum):
    CLIENT = "client"
    SESSION = "session"
    GOAL = "goal"
    MILESTONE = "milestone"
    AGREEMENT = "agreement"
    CHECKIN = "checkin"
    MEASURE = "measure"
    CUSTOM_SCORE = "custom_score"
    CATALOGUE = "catalogue"
    SETTINGS = "settings"
    REVIEW = "review"


@dataclass(frozen=True)
class Change:
    """What changed: the kind of record, its client (0 for practice-wide) and its id."""

    kind: ChangeKind
    client_id: int = 0
    record_id: int | None = None


Listener = Callable[[Change], None]


class ChangeHub:
    """Subscribers plus the changes of the write in progress (held until commit)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._pending: list[Change] = []
        self._depth = 0

    def subscribe(self, listener: Listener) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Collect changes until the outermost batch ends; drop them if it raises."""
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if not self._depth:
                self._pending.clear()
            raise
        self._depth -= 1
        if not self._depth:
            pending, self._pending = self._pending, []
            for change in pending:
                self._deliver(change)

    def forward_to(self, other: ChangeHub) -> None:
        """Also deliver this hub's changes, once committed, to ``other``'s listeners:
        a worker thread's practice announces its writes to the window's. They go
        straight to the listeners (``other`` may be inside a write of its own on
        another thread; its batch is not this hub's)."""
        self.subscribe(other._deliver)

    def publish(self, change: Change) -> None:
        if self._depth:
            self._pending.append(change)
        else:
            self._deliver(change)

    def _deliver(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken listener must not undo a committed write
                _log.exception("change listener failed for %s", change.kind)
