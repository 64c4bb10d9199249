"""Every benchmark at one scale: one table, one JSON file.

    python tests/benchmarks/run_all.py --scale 1          # 200 clients x 250 sessions
    python tests/benchmarks/run_all.py --scale 10         # 2,000 x 250: ~500k notes, ~1 GB
        [--cache DIR] [--repeat N] [--json out.json] [--skip gui,report,backup,transfer]

The vault comes from ``make_vault.py`` (kept in ``--cache`` for the next run).
Each measure is the app's median next to a baseline measured in the same run on
the same machine, their ratio, the target and PASS/FAIL:

* search (``Practice.search``, a page of 50 hits with snippets, dates and client
  names) against a raw FTS5 query for the same match (rowids only);
* JSON import (``check_import_file`` + ``import_file``: two passes over the file)
  against raw inserts with FTS of the same rows (``executemany`` from the vault
  into a new vault with the same schema and triggers, no checking);
* JSON export and import peak memory (each in a child process) against a child
  that only unlocks the vault;
* from ``bench_gui.py``: launch against a bare PySide6 window, unlock to the
  painted client list against its own KDF, opening a client, search in the window,
  the window's peak memory with the vault open and a client shown;
* from ``bench_backup.py``: backup write and backup with verification against a
  raw ``sqlcipher_export``;
* from ``bench_report.py``: the progress summary against a plain reportlab
  document of as many pages.

Exits 1 if any target fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import baselines  # noqa: E402
from make_vault import PASSPHRASE, make_vault  # noqa: E402

from practice_notes.services import transfer  # noqa: E402
from practice_notes.services.unlock import open_practice  # noqa: E402
from practice_notes.vault.repos.search import SearchQueryError  # noqa: E402
from practice_notes.vault.schema import SCHEMA_VERSION  # noqa: E402

PAGE = 50  # what the search window asks for at a time
SEARCHES = [  # (label, what is typed, FTS5 match of the raw baseline)
    ('prefix "anx"', "anx", '"anx"*'),
    ('two words "sleep wor"', "sleep wor", '"sleep" "wor"*'),
    ('common word "week"', "week", '"week"*'),
    ('phrase "panic attack"', '"panic attack"', '"panic attack"'),
    # 5+ letters of a word in nearly every note: longer than the prefix indexes,
    # so the raw prefix query merges every matching term's doclist first
    ('long prefix "sessi"', "sessi", '"sessi"*'),
]
SEARCH_MS = 50.0
IMPORT_RATIO = 1.2
MEMORY_MB = 300.0

Row = dict[str, Any]


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm: the OS page cache and SQLite's own
    return statistics.median(timed(fn) for _ in range(repeat))


def row(measure: str, app: float, base: float | None, base_name: str, target: str,
        ok: bool, unit: str = "ms") -> Row:
    return {"measure": measure, "app": app, "baseline": base, "baseline_name": base_name,
            "ratio": (app / base) if base else None, "target": target, "pass": ok,
            "unit": unit}


# ------------------------------------------------------------------ search
def bench_search(vault_path: Path, repeat: int) -> list[Row]:
    practice = open_practice(vault_path, PASSPHRASE)
    rows = []
    try:
        v = practice.vault
        for label, typed, match in SEARCHES:
            app = median_ms(lambda t=typed: practice.search(t, PAGE), repeat)  # type: ignore[misc]
            raw = median_ms(lambda m=match: v.query(  # type: ignore[misc]
                "SELECT rowid FROM search_index WHERE search_index MATCH ?"
                " ORDER BY rowid DESC LIMIT ?", (m, PAGE)), repeat)
            rows.append(row(f"search, {label}", app, raw, "raw FTS5 query",
                            f"<= {SEARCH_MS:.0f} ms", app <= SEARCH_MS))

        def one_letter() -> None:
            try:
                practice.search("s", PAGE)
            except SearchQueryError:
                return
            raise AssertionError("a one-letter search ran")

        app = median_ms(one_letter, repeat)
        rows.append(row('search, one letter "s" (typing)', app, None, "",
                        "refused: type 2 letters", app <= SEARCH_MS))
    finally:
        practice.vault.close()
    return rows


# ---------------------------------------------------------------- transfer
def raw_inserts(source: Path, target: Path) -> float:
    return baselines.raw_inserts(source, target, PASSPHRASE)


def app_import(export: Path, target: Path) -> float:
    return baselines.app_import(export, target, PASSPHRASE)


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
        p.unlink(missing_ok=True)


CHILD = """
import resource, sys
sys.path.insert(0, {repo!r})
from pathlib import Path
from practice_notes.services import transfer
from practice_notes.services.unlock import create_practice, open_practice
what, vault, export = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
if what == "import":
    p = create_practice(vault, {pw!r})
    transfer.import_file(p, export)
else:
    p = open_practice(vault, {pw!r})
    if what == "export":
        transfer.write_export(p, export)
p.vault.close()
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child would report
# the size of the (larger) parent that started it.
with open("/proc/self/status", encoding="ascii") as fh:
    peak = [line for line in fh if line.startswith("VmHWM:")]
print(int(peak[0].split()[1]) / 1024 if peak
      else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_mb(what: str, vault: Path, export: Path) -> float:
    code = CHILD.format(repo=str(REPO), pw=PASSPHRASE)
    out = subprocess.run([sys.executable, "-c", code, what, str(vault), str(export)],
                         check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def bench_transfer(vault_path: Path, repeat: int, work: Path) -> list[Row]:
    export = work / "export.json"
    practice = open_practice(vault_path, PASSPHRASE)
    try:
        export_ms = timed(lambda: transfer.write_export(practice, export))
    finally:
        practice.vault.close()
    imports, raws = [], []
    for n in range(repeat):  # interleaved: a busy neighbour hits both alike
        target = work / f"raw-{n}.vault"
        raws.append(raw_inserts(vault_path, target))
        _remove(target)
        target = work / f"import-{n}.vault"
        imports.append(app_import(export, target))
        _remove(target)
        print(f"  transfer {n + 1}/{repeat}: import {imports[-1] / 1000:.1f} s, raw inserts"
              f" {raws[-1] / 1000:.1f} s", file=sys.stderr, flush=True)
    app, raw = statistics.median(imports), statistics.median(raws)
    idle = peak_mb("open", vault_path, export)
    export_peak = peak_mb("export", vault_path, work / "export-2.json")
    import_peak = peak_mb("import", work / "peak.vault", export)
    _remove(work / "peak.vault")
    return [
        row("JSON import (check + write)", app, raw, "raw inserts with FTS",
            f"<= {IMPORT_RATIO}x", app <= IMPORT_RATIO * raw),
        row("JSON export", export_ms, None, "", "information", True),
        row("JSON export peak memory", export_peak, idle, "unlocked vault, idle",
            f"<= {MEMORY_MB:.0f} MB", export_peak <= MEMORY_MB, "MB"),
        row("JSON import peak memory", import_peak, idle, "unlocked vault, idle",
            f"<= {MEMORY_MB:.0f} MB", import_peak <= MEMORY_MB, "MB"),
    ]


# ------------------------------------------------------- the other scripts
def run_script(name: str, args: list[str], work: Path) -> dict[str, Any]:
    out = work / f"{name}.json"
    proc = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *args, "--json", str(out)],
                          capture_output=True, text=True)
    if not out.exists():
        raise RuntimeError(f"{name} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return dict(json.loads(out.read_text(encoding="utf-8")))


def bench_backup(vault: Path, repeat: int, work: Path) -> list[Row]:
    f = run_script("bench_backup", ["--vault", str(vault), "--repeat", str(repeat),
                                    "--cache", str(work)], work)
    raw = f["raw_export_ms"]
    return [
        row("backup write", f["write_ms"], raw, "raw sqlcipher_export", "<= 1.2x",
            f["write_ratio"] <= 1.2),
        row("backup with verification", f["backup_ms"], raw, "raw sqlcipher_export",
            "<= 2.0x", f["backup_ratio"] <= 2.0),
    ]


def bench_gui(vault: Path, repeat: int, work: Path) -> list[Row]:
    f = run_script("bench_gui", ["--vault", str(vault), "--repeat", str(repeat)], work)
    launch, u, o, s, m = (f["launch"], f["unlock"], f["open_client"], f["search"],
                          f["memory"])
    return [
        row("launch to unlock window", launch["app_median_ms"], launch["bare_median_ms"],
            "bare PySide6 window", "<= 1.3x", launch["pass"]),
        row("unlock to painted client list", u["unlock_median_ms"], u["kdf_median_ms"],
            "one KDF", f"its KDF + <= 50 ms (+{u['over_kdf_ms']:.0f})", u["pass"]),
        row("open a client (250 sessions)", o["median_ms"], None, "", "<= 50 ms", o["pass"]),
        row('search window, "week", painted', s["median_ms"], None, "", "<= 100 ms",
            s["pass"]),
        row(f"window peak memory, client with {m['sessions']} sessions shown",
            m["median_mib"], None, "", "<= 100 MiB", m["pass"], "MiB"),
    ]


def bench_report(repeat: int, work: Path) -> list[Row]:
    f = run_script("bench_report", ["--repeat", str(repeat)], work)
    return [row(f"progress summary, {r['sessions']} sessions ({r['pages']} pages)",
                r["report_ms"], r["plain_dejavu_ms"], "plain reportlab document", "<= 1.5x",
                r["pass"]) for r in f["runs"]]


# -------------------------------------------------------------------- main
def cached_vault(cache: Path, scale: int, clients: int) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"bench-{clients}x250-v{SCHEMA_VERSION}.vault"
    if not path.exists():
        building = path.with_name(path.name + ".building")
        _remove(building)
        print(f"building the {scale}x vault ({clients} clients x 250 sessions)…",
              file=sys.stderr, flush=True)
        figures = make_vault(building, clients, 250, work=cache)
        print(f"  built in {figures['total_s']:.0f} s", file=sys.stderr, flush=True)
        os.replace(building, path)
        _remove(building)
    return path


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def print_table(rows: list[Row], title: str) -> None:
    head = ("measure", "app (median)", "baseline", "ratio", "target", "")
    lines = [head]
    for r in rows:
        base = f"{fmt(r['baseline'], r['unit'])} {r['baseline_name']}".strip()
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] is not None else ""
        lines.append((r["measure"], fmt(r["app"], r["unit"]), base, ratio, r["target"],
                      "PASS" if r["pass"] else "FAIL"))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    print(title)
    for line in lines:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=1, help="1 = 200 clients x 250 sessions")
    parser.add_argument("--clients", type=int, help="another number of clients (a quick try)")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "practice-notes-bench")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, default=Path("benchmarks.json"))
    parser.add_argument("--skip", default="", help="comma-separated: gui,report,backup,transfer")
    args = parser.parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    clients = args.clients or 200 * args.scale
    vault = cached_vault(args.cache, args.scale, clients)
    work = Path(tempfile.mkdtemp(prefix="pn-run-all-", dir=args.cache))
    rows: list[Row] = []
    started = time.time()
    try:
        print("search…", file=sys.stderr, flush=True)
        rows += bench_search(vault, max(args.repeat, 7))
        if "transfer" not in skip:
            print("export and import…", file=sys.stderr, flush=True)
            rows += bench_transfer(vault, 1 if args.scale >= 10 else 2, work)
        if "backup" not in skip:
            print("backup…", file=sys.stderr, flush=True)
            rows += bench_backup(vault, 3, work)
        if "gui" not in skip:
            print("window…", file=sys.stderr, flush=True)
            rows += bench_gui(vault, args.repeat, work)
        if "report" not in skip:
            print("report…", file=sys.stderr, flush=True)
            rows += bench_report(3, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    title = (f"Practice Notes benchmarks, scale {args.scale} ({clients} clients x 250"
             f" sessions, {vault.stat().st_size / 1e9:.2f} GB); {platform.system()}"
             f" {platform.machine()}, {os.cpu_count()} cpus, Python"
             f" {platform.python_version()}; {time.time() - started:.0f} s")
    print_table(rows, title)
    result = {"scale": args.scale, "clients": clients, "sessions_per_client": 250,
              "vault_bytes": vault.stat().st_size, "machine": platform.machine(),
              "cpus": os.cpu_count(), "load_after": load, "rows": rows,
              "pass": all(r["pass"] for r in rows)}
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"figures: {args.json}")
    return 0 if result["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
