"""A regression guard for the performance work (issue 13), small enough for CI.

Each check compares the app with a baseline measured in the same test on the
same machine, with generous ratios (the targets at forty years of records are in
tests/benchmarks/run_all.py): search costs what one page of FTS5 hits costs,
however many records match; unlocking costs little more than its key derivation;
importing costs little more than inserting the same rows raw.

The import is compared in processor time of this process, not wall time: a
wall-clock ratio moved with the machine's load by more than any useful guard
allows (2.2x against a 2.0x guard on a loaded CI machine), while a busy
neighbour does not add to this process's own work. The benchmark
(tests/benchmarks/run_all.py) keeps wall time and the 1.2x target; the cause
once found (signing re-indexing a note) is also checked deterministically in
tests/unit/test_migrations.py. These guards run on the README's interpreter; the
other minors' smoke runs skip the `timing` marker.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from practice_notes.services import transfer
from practice_notes.services.unlock import open_practice
from practice_notes.vault import cipher
from practice_notes.vault.repos.search import MARK_END, MARK_START, SearchQueryError
from tests.benchmarks.baselines import app_import, raw_inserts
from tests.benchmarks.make_vault import PASSPHRASE, make_vault

pytestmark = [pytest.mark.slow, pytest.mark.timing]

PAGE = 50


def best_ms(fn: Callable[[], Any], repeat: int = 5) -> float:
    """The fastest of a few runs: the least disturbed by a busy neighbour."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000.0)
    return min(times)


@pytest.fixture(scope="module")
def bench_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("perf")
    path = folder / "guard.vault"
    make_vault(path, clients=24, sessions=60, template_clients=3, work=folder)
    yield path


def test_search_costs_one_page_however_many_match(bench_vault: Path) -> None:
    practice = open_practice(bench_vault, PASSPHRASE)
    try:
        matches = practice.vault.query_one(
            "SELECT count(*) FROM search_index WHERE search_index MATCH '\"week\"*'")[0]
        assert matches > 10 * PAGE  # a common word: many more matches than a page
        for typed, match in (("week", '"week"*'), ("sleep wor", '"sleep" "wor"*')):
            app = best_ms(lambda t=typed: practice.search(t, PAGE))  # type: ignore[misc]
            raw = best_ms(lambda m=match: practice.vault.query(  # type: ignore[misc]
                "SELECT rowid, kind, ref_id, client_id, session_id, snippet(search_index, 0,"
                f" '{MARK_START}', '{MARK_END}', '…', 14) FROM search_index"
                " WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?", (m, PAGE)))
            assert app <= 3 * raw + 2, (typed, app, raw)
        with pytest.raises(SearchQueryError):
            practice.search("s")
    finally:
        practice.vault.close()


def test_unlock_costs_little_more_than_its_key(bench_vault: Path) -> None:
    salt = cipher.read_salt(bench_vault)
    kdf = statistics.median(
        best_ms(lambda: cipher.derive_key(PASSPHRASE, salt), 1) for _ in range(3))

    def unlock() -> None:
        practice = open_practice(bench_vault, PASSPHRASE)
        try:
            assert len(practice.client_list()) == 24
        finally:
            practice.vault.close()

    assert best_ms(unlock, 3) <= 1.5 * kdf + 30


def test_import_costs_little_more_than_raw_inserts(bench_vault: Path, tmp_path: Path) -> None:
    """Checking and writing a file of 1,440 sessions against inserting its rows
    raw with the same triggers: about 1.4x in processor time at this size (the
    benchmark's target, 1.2x, is for the demo and ten times it, where fixed
    costs weigh less); generous, as a guard in CI must be."""
    export = tmp_path / "export.json"
    practice = open_practice(bench_vault, PASSPHRASE)
    try:
        transfer.write_export(practice, export)
    finally:
        practice.vault.close()
    apps, raws = [], []
    for n in range(3):  # interleaved; the least of each
        raws.append(raw_inserts(bench_vault, tmp_path / f"raw{n}.vault", PASSPHRASE,
                                time.process_time))
        apps.append(app_import(export, tmp_path / f"app{n}.vault", PASSPHRASE,
                               time.process_time))
    assert min(apps) <= 2.5 * min(raws) + 50, (apps, raws)
