"""Backup benchmark: a verified backup against a raw ``sqlcipher_export``.

    python tests/benchmarks/bench_backup.py [--clients 200] [--sessions 250] [--seed 7]
                                            [--repeat 3] [--cache DIR] [--rebuild]
                                            [--json out.json]

Builds the demo practice (``build_demo``, about a minute for 200 x 250) once and
keeps it in ``--cache`` (default: ``<tmp>/practice-notes-bench``) for later runs.
Then, in one run and interleaved round by round so that all three see the same
machine state, it times

* **raw export** — the baseline: ``ATTACH … KEY`` a new file with the vault's key
  and salt, ``SELECT sqlcipher_export(…)``, ``DETACH`` (the commit syncs the file);
* **write** — ``create_backup`` without its verification: the same export plus
  the manifest (counts and digest of the vault's data) and the flush — the
  module's own steps, called one by one;
* **backup** — the whole ``create_backup``: write, reopen and verify (cipher
  check, SQLite integrity check, counts and digest), rename;

and, for information, the verification alone and its parts. Targets, on the
medians of ``--repeat`` rounds: write <= 1.2 x raw export, backup <= 2 x raw
export. Prints a table, PASS/FAIL per target and the figures as JSON; exits 1
if a target fails. Not collected by pytest (the name does not start with test_).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

import sqlcipher3  # noqa: E402

from practice_notes.backup import create as backup_create  # noqa: E402
from practice_notes.backup.checks import open_ro  # noqa: E402
from practice_notes.backup.digest import counts_and_digest  # noqa: E402
from practice_notes.backup.files import fsync_file, remove_quietly, sidecars  # noqa: E402
from practice_notes.backup.verify import verify_with_key  # noqa: E402
from practice_notes.demo.build import build_demo  # noqa: E402
from practice_notes.services.unlock import create_practice  # noqa: E402
from practice_notes.vault import cipher  # noqa: E402
from practice_notes.vault.database import Vault  # noqa: E402
from practice_notes.vault.schema import SCHEMA_VERSION  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
DEMO_TODAY = dt.date(2025, 6, 2)  # a fixed day: the cached demo is the same every time
WRITE_TARGET = 1.2
BACKUP_TARGET = 2.0


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000.0, result


class CpuClock:
    """Processor time of this process (all threads), to show how much of the wall
    time is work and how much the second core saves (information only)."""

    def __init__(self) -> None:
        self.ms: dict[str, list[float]] = {}

    def run(self, name: str, fn: Callable[[], Any]) -> tuple[float, Any]:
        cpu = time.process_time()
        ms, result = timed(fn)
        self.ms.setdefault(name, []).append((time.process_time() - cpu) * 1000.0)
        return ms, result


def cached_demo(cache: Path, clients: int, sessions: int, seed: int, rebuild: bool) -> Path:
    """The demo vault for these settings, built once and kept in ``cache``."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-{clients}x{sessions}-seed{seed}-v{SCHEMA_VERSION}.vault"
    if path.exists() and not rebuild:
        try:
            Vault.open(path, PASSPHRASE).close()
            return path
        except Exception as exc:  # noqa: BLE001 - a stale or broken cache: build anew
            print(f"cached demo unusable ({type(exc).__name__}); rebuilding", file=sys.stderr)
    building = path.with_name(path.name + ".building")
    for leftover in (path, building, *sidecars(building), Path(f"{building}.lock")):
        remove_quietly(leftover)
    start = time.perf_counter()
    practice = create_practice(building, PASSPHRASE)
    step = max(1, clients // 10)

    def progress(done: int, total: int) -> None:
        if done % step == 0 or done == total:
            print(f"  demo: {done}/{total} clients, {time.perf_counter() - start:.0f} s",
                  file=sys.stderr, flush=True)

    try:
        build_demo(practice, clients, sessions, seed, today=DEMO_TODAY, progress=progress)
    finally:
        practice.vault.close()
    os.replace(building, path)
    remove_quietly(Path(f"{building}.lock"))
    return path


def raw_export(vault: Vault, target: Path) -> None:
    """The baseline: SQLCipher's own export into a new file keyed like the vault."""
    key, salt = vault.key, cipher.read_salt(vault.path)
    vault.execute(f"ATTACH DATABASE ? AS raw KEY \"x'{key.hex()}{salt.hex()}'\"", (str(target),))
    try:
        vault.execute("SELECT sqlcipher_export('raw')").fetchall()
    finally:
        vault.execute("DETACH DATABASE raw")


def write_only(vault: Vault, target: Path) -> Any:
    """``create_backup`` up to the flush, before verification (its own steps)."""
    key, salt = vault.key, cipher.read_salt(vault.path)
    backup_create._reserve(target)
    manifest = backup_create._write(vault, target, target.name, key, salt)
    fsync_file(target)
    return manifest


def verify_parts(path: Path, key: bytes) -> dict[str, float]:
    """Each part of the verification alone, one after the other (information only)."""
    out: dict[str, float] = {}
    con = open_ro(path, key)
    try:
        out["cipher_integrity_check_ms"], _ = timed(
            lambda: con.execute("PRAGMA cipher_integrity_check").fetchall())
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0").fetchall()]
        out["integrity_check_per_table_ms"], _ = timed(
            lambda: [con.execute(f'PRAGMA integrity_check("{t}")').fetchall() for t in tables])
        out["integrity_check_whole_file_ms"], _ = timed(
            lambda: con.execute("PRAGMA integrity_check").fetchall())
        out["digest_ms"], _ = timed(lambda: counts_and_digest(con))
    finally:
        con.close()
    return out


def parallel_speedup(path: Path, key: bytes) -> float:
    """How much a second thread adds right now: two HMAC scans of ``path`` at once
    against one after the other (2.0 = a whole second core free, 1.0 = none).
    The backup's verification runs on two threads, so on a busy machine its ratio
    rises; this figure tells such a run apart (information only)."""

    def scan() -> None:
        con = open_ro(path, key)
        try:
            con.execute("PRAGMA cipher_integrity_check").fetchall()
        finally:
            con.close()

    def one_after_the_other() -> None:
        scan()
        scan()

    def at_once() -> None:
        threads = [threading.Thread(target=scan) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    sequential, _ = timed(one_after_the_other)
    parallel, _ = timed(at_once)
    return sequential / parallel


def clear(*paths: Path) -> None:
    for p in paths:
        remove_quietly(p, *sidecars(p))


def run(vault_path: Path, repeat: int, work: Path) -> dict[str, Any]:
    figures: dict[str, Any] = {
        "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "sqlcipher3": getattr(sqlcipher3, "version", ""),
        "vault_bytes": vault_path.stat().st_size, "repeat": repeat,
    }
    if hasattr(os, "getloadavg"):
        figures["load_before"] = os.getloadavg()
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        figures["cipher_version"] = vault.query_one("PRAGMA cipher_version")[0]
        key = vault.key
        raw_ms: list[float] = []
        write_ms: list[float] = []
        verify_ms: list[float] = []
        backup_ms: list[float] = []
        parts: list[dict[str, float]] = []
        cpu = CpuClock()
        # One unmeasured round first: the OS page cache then holds the vault for all.
        warm = work / "warm.db"
        raw_export(vault, warm)
        clear(warm)
        figures["parallel_speedup_before"] = parallel_speedup(vault_path, key)
        for n in range(repeat):
            raw = work / f"raw-{n}.db"
            ms, _ = cpu.run("raw_export", lambda: raw_export(vault, raw))  # noqa: B023
            raw_ms.append(ms)
            figures["backup_bytes"] = raw.stat().st_size
            clear(raw)

            written = work / f"write-{n}.pnbackup"
            ms, manifest = cpu.run("write", lambda: write_only(vault, written))  # noqa: B023
            write_ms.append(ms)
            ms, _ = cpu.run("verify",
                             lambda: verify_with_key(written, key, expect=manifest))  # noqa: B023
            verify_ms.append(ms)
            parts.append(verify_parts(written, key))
            clear(written)

            out = work / f"backup-{n}.pnbackup"
            ms, result = cpu.run("backup",
                                 lambda: backup_create.create_backup(vault, out))  # noqa: B023
            backup_ms.append(ms)
            figures["records"] = sum(result.manifest.counts.values())
            clear(out)
            print(f"  round {n + 1}/{repeat}: raw {raw_ms[-1]:.0f} ms, write {write_ms[-1]:.0f}"
                  f" ms, verify {verify_ms[-1]:.0f} ms, backup {backup_ms[-1]:.0f} ms",
                  file=sys.stderr, flush=True)
        figures["parallel_speedup_after"] = parallel_speedup(vault_path, key)
    finally:
        vault.close()
    if hasattr(os, "getloadavg"):
        figures["load_after"] = os.getloadavg()

    baseline = statistics.median(raw_ms)
    figures.update({
        "raw_export_ms": baseline, "raw_export_ms_all": raw_ms,
        "write_ms": statistics.median(write_ms), "write_ms_all": write_ms,
        "verify_ms": statistics.median(verify_ms), "verify_ms_all": verify_ms,
        "backup_ms": statistics.median(backup_ms), "backup_ms_all": backup_ms,
        "verify_parts_ms": {k: statistics.median(p[k] for p in parts) for k in parts[0]},
        "cpu_ms": {k: statistics.median(v) for k, v in cpu.ms.items()},
    })
    figures["write_ratio"] = figures["write_ms"] / baseline
    figures["backup_ratio"] = figures["backup_ms"] / baseline
    # The same ratios round by round (each against its own round's export): less
    # sensitive to a busy neighbour during one round. Information only.
    figures["write_ratio_per_round"] = [w / r for w, r in zip(write_ms, raw_ms, strict=True)]
    figures["backup_ratio_per_round"] = [b / r for b, r in zip(backup_ms, raw_ms, strict=True)]
    figures["targets"] = {
        f"write_within_{WRITE_TARGET}x_raw_export": figures["write_ratio"] <= WRITE_TARGET,
        f"backup_within_{BACKUP_TARGET}x_raw_export": figures["backup_ratio"] <= BACKUP_TARGET,
    }
    return figures


def print_table(f: dict[str, Any]) -> None:
    rows = [
        ("vault size", f"{f['vault_bytes'] / 1e6:.1f} MB ({f.get('records', '?')} records)"),
        ("backup size", f"{f.get('backup_bytes', 0) / 1e6:.1f} MB"),
        ("raw sqlcipher_export (baseline)", f"{f['raw_export_ms']:.0f} ms"),
        ("backup write, no verification",
         f"{f['write_ms']:.0f} ms  = {f['write_ratio']:.2f} x  (target <= {WRITE_TARGET} x)"),
        ("verification alone", f"{f['verify_ms']:.0f} ms"),
        ("backup with verification",
         f"{f['backup_ms']:.0f} ms  = {f['backup_ratio']:.2f} x  (target <= {BACKUP_TARGET} x)"),
    ]
    rows += [(f"  part: {k}", f"{v:.0f} ms (sequential)")
             for k, v in f["verify_parts_ms"].items()]
    rows += [(f"processor time: {k}", f"{v:.0f} ms (all threads)")
             for k, v in f["cpu_ms"].items()]
    rows.append(("second thread's speed-up before / after",
                 f"{f['parallel_speedup_before']:.2f} / {f['parallel_speedup_after']:.2f} x"
                 "  (2 = a free second core)"))
    if "load_before" in f:
        rows.append(("load average before / after",
                     f"{f['load_before'][0]:.2f} / {f['load_after'][0]:.2f}"))
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for name, ok in f["targets"].items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=250)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "practice-notes-bench")
    parser.add_argument("--rebuild", action="store_true", help="build the demo anew")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--vault", type=Path,
                        help="use this vault (e.g. from make_vault.py) instead of the demo")
    args = parser.parse_args(argv)

    vault_path = args.vault or cached_demo(args.cache, args.clients, args.sessions, args.seed,
                                           args.rebuild)
    work = Path(tempfile.mkdtemp(prefix="pn-bench-backup-", dir=args.cache))
    try:
        figures = run(vault_path, args.repeat, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures.update({"clients": args.clients, "sessions_per_client": args.sessions,
                    "seed": args.seed})
    print_table(figures)
    text = json.dumps(figures, indent=2, sort_keys=True)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if all(figures["targets"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
