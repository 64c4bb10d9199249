"""Background jobs deliver on the GUI thread through a relay that Qt deletes
there, and the relays of finished jobs do not pile up."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6

from practice_notes.ui import worker


def test_results_arrive_on_the_gui_thread_and_relays_are_freed(qtbot: Any) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, object]] = []
    relays = []
    for n in range(20):
        relays.append(worker.run_in_background(
            lambda n=n: n * n,  # type: ignore[misc]
            lambda r: seen.append((threading.get_ident(), r)),
            lambda exc: seen.append((threading.get_ident(), exc))))
    qtbot.waitUntil(lambda: len(seen) == 20, timeout=10000)
    assert sorted(r for _, r in seen) == [n * n for n in range(20)]  # type: ignore[type-var]
    assert {thread for thread, _ in seen} == {gui}
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(r) for r in relays), timeout=5000)
    errors: list[BaseException] = []
    worker.run_in_background(lambda: 1 / 0, seen.append, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    assert len(worker._live) <= 1  # the finished twenty were forgotten


def test_cyclic_collection_is_paused_only_while_work_runs(qtbot: Any) -> None:
    import gc
    import time

    assert gc.isenabled()
    during: list[bool] = []

    def job() -> None:
        time.sleep(0.2)
        during.append(gc.isenabled())

    results: list[object] = []
    worker.run_in_background(job, results.append, results.append)
    assert not gc.isenabled()  # paused from the start of the job
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10000)
    assert during == [False]
    assert gc.isenabled()  # and back once none runs, resumed on this (the GUI) thread
