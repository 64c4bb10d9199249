"""Lock and exit wait for background work before the vault is closed: a worker
holds a connection of its own and the key."""

from __future__ import annotations

import time
from typing import Any

from practice_notes.ui.app import Controller
from practice_notes.ui.worker import run_in_background, running_tasks
from tests.gui.guikit import unlock


def _slow_job(controller: Controller, log: list[str]) -> None:
    practice = controller.practice
    assert practice is not None
    connection = practice.worker_connection()

    def work() -> int:
        with connection as own:
            time.sleep(0.8)
            count = len(own.clients.all())  # still readable: its own connection
            log.append("job done, main vault open" if controller.practice is not None
                       else "job done AFTER the vault closed")
            return count

    run_in_background(work, lambda n: log.append(f"result {n}"),
                      lambda exc: log.append(f"failed {exc}"))


def test_lock_waits_for_running_work(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller)
    # The unlock's own background work (the record check) finishes first: on a
    # loaded machine it can still be running here.
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20000)
    log: list[str] = []
    _slow_job(controller, log)
    assert running_tasks() == 1
    started = time.monotonic()
    controller.lock()
    assert controller.practice is None and controller.gate.isVisible()
    assert log == ["job done, main vault open"]
    assert time.monotonic() - started > 0.5  # it did wait for the job
    assert running_tasks() == 0
    qtbot.waitUntil(lambda: len(log) == 2, timeout=5000)
    assert log[1].startswith("result ")


def test_exit_waits_for_running_work(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller)
    # The unlock's own background work (the record check) finishes first: on a
    # loaded machine it can still be running here.
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20000)
    log: list[str] = []
    _slow_job(controller, log)
    controller.shutdown()
    assert controller.practice is None
    assert log == ["job done, main vault open"]
    assert running_tasks() == 0
