"""Vault benchmark: a big demo practice, JSON export/import, and unlock cost.

    python tests/benchmarks/bench_vault.py [--clients 200] [--sessions 250]
                                           [--seed 7] [--repeat 5] [--json out.json]

Builds the demo (``build_demo``) into a temporary vault and measures

* demo build time, vault size;
* JSON export (``write_export``) and import (``load_json_file`` +
  ``import_document`` into a second, new vault);
* unlock time: ``Vault.open`` and ``open_practice`` (what the app does: open,
  then the audit entry), median of ``--repeat``;
* the KDF alone (``cipher.derive_key`` over the vault's salt), median of
  ``--repeat``, in the same run and interleaved with the unlocks;
* KDF calls per unlock, counted by wrapping ``cipher.derive_key``;
* a few searches over the big vault (information only).

Targets: unlock <= KDF + 30 ms (each unlock against the KDF it ran itself), and
exactly one KDF per unlock (none per ``clone()``). Prints a table, PASS/FAIL per
target and the figures as JSON; exits 1 if a target fails.
Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

import sqlcipher3  # noqa: E402

from practice_notes.demo.build import build_demo  # noqa: E402
from practice_notes.services.transfer import (  # noqa: E402
    import_document,
    load_json_file,
    write_export,
)
from practice_notes.services.unlock import create_practice, open_practice  # noqa: E402
from practice_notes.vault import cipher  # noqa: E402
from practice_notes.vault.database import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
UNLOCK_MARGIN_MS = 30.0
SEARCHES = ("sleep", "work", "mother", "anx", "boundary agreement")


class KdfCounter:
    """Wrap ``cipher.derive_key`` (looked up through the module by the vault) to count
    calls and time them, so an unlock's own KDF can be subtracted from it."""

    def __init__(self) -> None:
        self.calls = 0
        self.ms = 0.0
        self._real = cipher.derive_key

    def __enter__(self) -> KdfCounter:
        real = self._real

        def counting(passphrase: str, salt: bytes) -> bytes:
            start = time.perf_counter()
            try:
                return real(passphrase, salt)
            finally:
                self.calls += 1
                self.ms += (time.perf_counter() - start) * 1000.0

        cipher.derive_key = counting
        return self

    def __exit__(self, *exc: object) -> None:
        cipher.derive_key = self._real


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000.0, result


def progress_printer(total: int) -> Callable[[int, int], None]:
    step = max(1, total // 10)
    start = time.perf_counter()

    def report(done: int, of: int) -> None:
        if done % step == 0 or done == of:
            print(f"  demo: {done}/{of} clients, {time.perf_counter() - start:.1f} s",
                  file=sys.stderr, flush=True)

    return report


def run(clients: int, sessions: int, seed: int, repeat: int, folder: Path) -> dict[str, Any]:
    vault_path = folder / "bench.vault"
    export_path = folder / "bench-export.json"
    import_path = folder / "bench-import.vault"
    figures: dict[str, Any] = {
        "clients": clients, "sessions_per_client": sessions, "seed": seed, "repeat": repeat,
        "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "sqlcipher3": getattr(sqlcipher3, "version", ""),
    }

    # ---- demo build
    practice = create_practice(vault_path, PASSPHRASE)
    figures["cipher_version"] = practice.vault.query_one("PRAGMA cipher_version")[0]
    ms, summary = timed(lambda: build_demo(practice, clients, sessions, seed,
                                           progress=progress_printer(clients)))
    figures["demo_build_ms"] = ms
    figures["demo_records"] = asdict(summary)

    # ---- search over the big vault (information only)
    search_ms = []
    for word in SEARCHES:
        ms, hits = timed(lambda w=word: practice.search(w))  # type: ignore[misc]
        search_ms.append(ms)
    figures["search_median_ms"] = statistics.median(search_ms)
    figures["search_max_ms"] = max(search_ms)

    # ---- JSON export
    ms, _ = timed(lambda: write_export(practice, export_path))
    figures["export_ms"] = ms
    figures["export_bytes"] = export_path.stat().st_size
    practice.vault.close()
    figures["vault_bytes"] = vault_path.stat().st_size

    # ---- JSON import into a new vault
    target = create_practice(import_path, PASSPHRASE)
    try:
        load_ms, doc = timed(lambda: load_json_file(export_path))
        import_ms, imported = timed(lambda: import_document(target, doc))
    finally:
        target.vault.close()
    figures["import_load_ms"] = load_ms
    figures["import_write_ms"] = import_ms
    figures["import_ms"] = load_ms + import_ms
    figures["import_summary"] = asdict(imported)

    # ---- unlock versus the KDF alone, interleaved so both see the same machine state
    salt = cipher.read_salt(vault_path)
    kdf_ms: list[float] = []
    open_ms: list[float] = []
    open_extra: list[float] = []
    practice_ms: list[float] = []
    practice_extra: list[float] = []
    open_kdf_calls: list[int] = []
    practice_kdf_calls: list[int] = []
    clone_kdf_calls: list[int] = []
    Vault.open(vault_path, PASSPHRASE).close()  # warm the page cache once
    for _ in range(repeat):
        ms, _ = timed(lambda: cipher.derive_key(PASSPHRASE, salt))
        kdf_ms.append(ms)

        with KdfCounter() as counter:
            ms, vault = timed(lambda: Vault.open(vault_path, PASSPHRASE))
        open_ms.append(ms)
        open_extra.append(ms - counter.ms)
        open_kdf_calls.append(counter.calls)
        with KdfCounter() as counter:
            vault.clone().close()
        clone_kdf_calls.append(counter.calls)
        vault.close()

        with KdfCounter() as counter:
            ms, unlocked = timed(lambda: open_practice(vault_path, PASSPHRASE))
        practice_ms.append(ms)
        practice_extra.append(ms - counter.ms)
        practice_kdf_calls.append(counter.calls)
        unlocked.vault.close()

    figures["kdf_ms"] = statistics.median(kdf_ms)
    figures["kdf_ms_all"] = kdf_ms
    figures["vault_open_ms"] = statistics.median(open_ms)
    figures["vault_open_ms_all"] = open_ms
    figures["vault_open_beyond_kdf_ms"] = statistics.median(open_extra)
    figures["open_practice_ms"] = statistics.median(practice_ms)
    figures["open_practice_ms_all"] = practice_ms
    figures["open_practice_beyond_kdf_ms"] = statistics.median(practice_extra)
    figures["kdf_calls_per_vault_open"] = open_kdf_calls
    figures["kdf_calls_per_open_practice"] = practice_kdf_calls
    figures["kdf_calls_per_clone"] = clone_kdf_calls

    # "unlock <= KDF + 30 ms": each unlock is compared with the KDF it ran itself. The
    # medians of separate runs are printed too, but on a busy machine the KDF alone
    # varies by tens of milliseconds between runs, which would swamp the margin.
    figures["targets"] = {
        "vault_open_within_kdf_plus_30ms": figures["vault_open_beyond_kdf_ms"]
        <= UNLOCK_MARGIN_MS,
        "open_practice_within_kdf_plus_30ms": figures["open_practice_beyond_kdf_ms"]
        <= UNLOCK_MARGIN_MS,
        "one_kdf_per_unlock": all(n == 1 for n in open_kdf_calls + practice_kdf_calls),
        "no_kdf_per_clone": all(n == 0 for n in clone_kdf_calls),
    }
    return figures


def table(f: dict[str, Any]) -> str:
    rows = [
        ("demo", f"{f['clients']} clients x {f['sessions_per_client']} sessions "
                 f"({f['demo_records']['sessions']} sessions, "
                 f"{f['demo_records']['signed']} signed)"),
        ("demo build", f"{f['demo_build_ms'] / 1000:.1f} s"),
        ("vault size", f"{f['vault_bytes'] / 1e6:.1f} MB"),
        ("search (median / max)", f"{f['search_median_ms']:.1f} / {f['search_max_ms']:.1f} ms"),
        ("JSON export", f"{f['export_ms'] / 1000:.2f} s ({f['export_bytes'] / 1e6:.1f} MB)"),
        ("JSON import (read + write)",
         f"{f['import_ms'] / 1000:.2f} s ({f['import_load_ms'] / 1000:.2f} + "
         f"{f['import_write_ms'] / 1000:.2f})"),
        ("KDF alone (median)", f"{f['kdf_ms']:.1f} ms"),
        ("Vault.open (median)", f"{f['vault_open_ms']:.1f} ms, "
                                f"{f['vault_open_beyond_kdf_ms']:.1f} ms beyond its KDF"),
        ("open_practice (median)", f"{f['open_practice_ms']:.1f} ms, "
                                   f"{f['open_practice_beyond_kdf_ms']:.1f} ms beyond its KDF"),
        ("KDF calls per unlock", f"{f['kdf_calls_per_vault_open']} / "
                                 f"{f['kdf_calls_per_open_practice']}"),
        ("KDF calls per clone", f"{f['kdf_calls_per_clone']}"),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    lines.append("")
    for name, ok in f["targets"].items():
        detail = ""
        if "30ms" in name:
            key = "vault_open" if name.startswith("vault_open") else "open_practice"
            detail = (f" ({f[key + '_beyond_kdf_ms']:.1f} ms beyond the KDF <= "
                      f"{UNLOCK_MARGIN_MS:.0f} ms)")
        lines.append(f"{'PASS' if ok else 'FAIL'}  {name}{detail}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=250)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="pn-bench-") as tmp:
        figures = run(args.clients, args.sessions, args.seed, args.repeat, Path(tmp))
    print(table(figures))
    text = json.dumps(figures, indent=2, sort_keys=True)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if all(figures["targets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
