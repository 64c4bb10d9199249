"""GUI benchmark: launch, unlock, opening a client, search — on the real widgets.

    python tests/benchmarks/bench_gui.py [--clients 200] [--sessions 250] [--seed 7]
                                         [--repeat 5] [--cache DIR] [--json out.json]
    xvfb-run -a python tests/benchmarks/bench_gui.py      # on a real X server

Uses the display there is (``DISPLAY``), else Qt's offscreen platform. In one run:

* **launch** — from process start (the parent's clock just before it starts the
  child) to the first paint event of (a) a bare PySide6 ``QWidget`` window and (b)
  the unlock window of ``python -m practice_notes --vault X`` (``cli.main``, the
  entry point's own path; a paint probe is attached to the gate). Interleaved a, b,
  a, b … after one unmeasured warm-up each. Target: median(b) / median(a) <= 1.3.
* **unlock** — on the demo practice (``build_demo``, built once and cached in
  ``--cache``, the same cache as ``bench_backup.py``): from ``GateDialog.unlock()``
  to the first paint of the client table holding every client. Each unlock is
  compared with the KDF it ran itself (a wrapper times ``cipher.derive_key``; the
  KDF alone varies by tens of ms between calls on a shared machine). Target:
  median(unlock - its KDF) <= 50 ms. The KDF alone is printed for information.
* **open client** — ``select_client`` of a client with ``--sessions`` sessions,
  with the Sessions tab shown, until the session table is filled, the newest
  note loaded in the editor and the table painted. Target: median <= 50 ms.
* **search** — ``SearchDialog.run_search`` on a common word until the result
  list is painted. Target: median <= 100 ms.
* **memory** — the real app (``cli.main``, a child process per run) unlocks the
  vault, shows its busiest client (the tab it opens on, then Sessions) and reads its
  own peak resident size (``VmHWM``). Target: median of 3 <= 100 MiB.

Prints a table, PASS/FAIL per target and the figures as JSON; exits 1 if a target
fails. Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

PASSPHRASE = "benchmark passphrase, not a secret"  # as bench_backup.py: one shared cache
DEMO_TODAY = dt.date(2025, 6, 2)
LAUNCH_TARGET = 1.3
UNLOCK_MARGIN_MS = 50.0
OPEN_TARGET_MS = 50.0
SEARCH_TARGET_MS = 100.0
MEMORY_TARGET_MIB = 100.0
SEARCH_WORD = "week"

# ------------------------------------------------------------------ launch
BARE = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(460, 160)

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if obj is window and event.type() == QEvent.Type.Paint:
                print("PAINTED", repr(time.time()), flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    probe = Probe()
    window.installEventFilter(probe)
    window.show()
    app.exec()
""")

APP = textwrap.dedent("""
    import sys, time
    sys.argv = ["practice-notes", "--vault", sys.argv[1]]
    import practice_notes.cli as cli  # what `python -m practice_notes` runs first

    def probe_gate(controller):
        from PySide6.QtCore import QEvent, QObject, QTimer

        gate = controller.gate

        class Probe(QObject):
            def eventFilter(self, obj, event):
                if obj is gate and event.type() == QEvent.Type.Paint:
                    print("PAINTED", repr(time.time()), flush=True)
                    QTimer.singleShot(0, controller.app.quit)
                return False

        controller._bench_probe = Probe()
        gate.installEventFilter(controller._bench_probe)

    # Attach the probe when the window starts; the modules are the ones cli.main
    # imports anyway (it imports practice_notes.ui.app lazily, just later).
    import practice_notes.ui.app as ui_app

    start = ui_app.Controller.start

    def start_with_probe(self):
        probe_gate(self)
        start(self)

    ui_app.Controller.start = start_with_probe
    code = cli.main()
    print("REPORTLAB", any(m.split(".")[0] == "reportlab" for m in sys.modules), flush=True)
    raise SystemExit(code)
""")

# Peak memory: the real app (``cli.main``) unlocks the vault, shows the client with
# the most sessions (as the window opens it, then on the Sessions tab), lets every
# deferred load run, then reads its own peak resident size (VmHWM).
RSS = textwrap.dedent("""
    import sys, time
    PASSPHRASE = sys.argv[2]
    sys.argv = ["practice-notes", "--vault", sys.argv[1]]
    import practice_notes.cli as cli
    import practice_notes.ui.app as ui_app
    from PySide6.QtCore import QTimer

    start = ui_app.Controller.start
    steps = []

    def later(ms, fn):
        QTimer.singleShot(ms, fn)

    def start_and_unlock(self):
        start(self)
        ctl = self

        def unlock():
            ctl.gate.passphrase.setText(PASSPHRASE)
            ctl.gate.unlock()
            later(50, opened)

        def opened():
            window = ctl._window
            if ctl.practice is None or window is None or not window.isVisible():
                if ctl.gate.unlock_button.isEnabled() and ctl.gate.unlock_page.message.text():
                    raise SystemExit(ctl.gate.unlock_page.message.text())
                return later(50, opened)
            model = window.clients.model
            rows = [model.summary(r) for r in range(model.rowCount())]
            busiest = max(rows, key=lambda s: s.session_count)
            window.go_to(busiest.client.id)
            steps.append(busiest.session_count)
            later(1500, sessions_tab)

        def sessions_tab():
            ctl._window.tabs.setCurrentWidget(ctl._window.sessions)
            later(1500, done)

        def done():
            with open("/proc/self/status", encoding="ascii") as fh:
                peak = [line for line in fh if line.startswith(("VmHWM:", "VmRSS:"))]
            print("MEMORY", " ".join(line.split()[1] for line in peak), steps[0], flush=True)
            ctl.shutdown()

        later(300, unlock)

    ui_app.Controller.start = start_and_unlock
    raise SystemExit(cli.main())
""")


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="")
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    for var, name in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        (home / name).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / name)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def launch_once(code: str, args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Milliseconds from starting the process to its first paint; and its output."""
    start = time.time()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    painted = [line for line in done.stdout.splitlines() if line.startswith("PAINTED ")]
    if done.returncode != 0 or not painted:
        raise RuntimeError(f"launch failed ({done.returncode}): {done.stderr[-2000:]}")
    return (float(painted[0].split()[1]) - start) * 1000.0, done.stdout


def bench_launch(repeat: int, small_vault: Path, env: dict[str, str]) -> dict[str, Any]:
    launch_once(BARE, [], env)  # warm-up: byte-code caches, the OS file cache
    launch_once(APP, [str(small_vault)], env)
    bare: list[float] = []
    app: list[float] = []
    reportlab = False
    for _ in range(repeat):
        bare.append(launch_once(BARE, [], env)[0])
        ms, out = launch_once(APP, [str(small_vault)], env)
        app.append(ms)
        reportlab = reportlab or "REPORTLAB True" in out
    ratio = statistics.median(app) / statistics.median(bare)
    return {"bare_ms": bare, "app_ms": app, "bare_median_ms": statistics.median(bare),
            "app_median_ms": statistics.median(app), "ratio": ratio,
            "reportlab_imported": reportlab,
            "pass": ratio <= LAUNCH_TARGET and not reportlab}


def bench_memory(vault: Path, env: dict[str, str], repeat: int = 3) -> dict[str, Any]:
    """Peak resident memory of the app with ``vault`` open and its busiest client
    shown (a child process per run; the median of ``repeat``), in MiB."""
    peaks: list[float] = []
    sessions = 0
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", RSS, str(vault), PASSPHRASE], env=env,
                              cwd=REPO, capture_output=True, text=True, timeout=600)
        line = [x for x in done.stdout.splitlines() if x.startswith("MEMORY ")]
        if not line:
            raise RuntimeError(f"memory run failed ({done.returncode}): {done.stderr[-2000:]}")
        hwm_kb, _rss_kb, count = line[0].split()[1:]
        peaks.append(int(hwm_kb) / 1024)
        sessions = int(count)
    peak = statistics.median(peaks)
    return {"peak_mib": peaks, "median_mib": peak, "sessions": sessions,
            "pass": peak <= MEMORY_TARGET_MIB}


# ------------------------------------------------------------ the demo vault
def cached_demo(cache: Path, clients: int, sessions: int, seed: int) -> Path:
    """The demo vault for these settings, built once and kept in ``cache``."""
    from practice_notes.demo.build import build_demo
    from practice_notes.services.unlock import create_practice
    from practice_notes.vault.schema import SCHEMA_VERSION

    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-{clients}x{sessions}-seed{seed}-v{SCHEMA_VERSION}.vault"
    if path.exists():
        return path
    building = path.with_name(path.name + ".building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm"),
                     Path(f"{building}.lock")):
        leftover.unlink(missing_ok=True)
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
    Path(f"{building}.lock").unlink(missing_ok=True)
    return path


def private_copy(cached: Path, work: Path) -> Path:
    """A copy of the cached vault of our own (another benchmark may hold the cache open)."""
    from practice_notes.vault.database import Vault

    target = work / "demo.vault"
    shutil.copyfile(cached, target)
    wal = Path(f"{cached}-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, Path(f"{target}-wal"))
    Vault.open(target, PASSPHRASE).close()
    return target


# --------------------------------------------------------------- in-process
class Painted:
    """Wait (in a local event loop) for the next paint of a widget."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

        self.widget = widget
        self.at: float | None = None
        self.loop = QEventLoop()
        outer = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
                if obj is outer.widget and event.type() == QEvent.Type.Paint and outer.at is None:
                    outer.at = time.perf_counter()
                    QTimer.singleShot(0, outer.loop.quit)
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.loop.quit)

    def wait(self, timeout_ms: int = 60_000) -> float:
        if self.at is None:
            self.timer.start(timeout_ms)
            self.loop.exec()
            self.timer.stop()
        self.widget.removeEventFilter(self.filter)
        if self.at is None:
            raise RuntimeError("no paint event came")
        return self.at


def wait_until(condition: Callable[[], bool], timeout_s: float = 120) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    timer = QTimer()
    timer.setInterval(1)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    if not condition():
        raise RuntimeError("timed out")


def bench_in_app(vault: Path, repeat: int, settings_dir: Path) -> dict[str, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from practice_notes.services.unlock import open_practice
    from practice_notes.ui.app import Controller, make_app
    from practice_notes.ui.search_dialog import SearchDialog
    from practice_notes.vault import cipher

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    app = make_app([sys.argv[0]])
    probe = open_practice(vault, PASSPHRASE)
    n_clients = len(probe.client_list())
    by_count = sorted(((s.session_count, s.client.id or 0) for s in probe.client_list()
                       if s.client.status.value != "discharged"), reverse=True)
    probe.vault.close()
    busiest = [cid for _n, cid in by_count[:2]]
    most_sessions = by_count[0][0]
    salt = cipher.read_salt(vault)

    controller = Controller(vault, app)
    window = controller.window
    gate = controller.gate
    controller.start()
    wait_until(gate.isVisible)
    Painted(gate).wait()

    # The KDF's time varies by tens of milliseconds from call to call on a shared
    # machine: each unlock is compared with the KDF it ran itself (timed by a wrapper),
    # as in bench_vault.py; the KDF alone is measured too, for information.
    derive = cipher.derive_key
    inner: list[float] = []

    def timed_derive(*a: Any, **k: Any) -> bytes:
        t = time.perf_counter()
        try:
            return derive(*a, **k)
        finally:
            inner.append((time.perf_counter() - t) * 1000.0)

    cipher.derive_key = timed_derive  # type: ignore[assignment]
    kdf: list[float] = []
    unlock: list[float] = []
    over: list[float] = []
    table = window.clients.table
    try:
        for _ in range(repeat + 1):  # the first round is a warm-up
            t0 = time.perf_counter()
            derive(PASSPHRASE, salt)
            kdf.append((time.perf_counter() - t0) * 1000.0)
            controller._position = (0, None)  # as a fresh start: no client to return to
            gate.passphrase.setText(PASSPHRASE)
            paint = Painted(table.viewport())
            inner.clear()
            t0 = time.perf_counter()
            gate.unlock()
            wait_until(lambda: window.clients.model.rowCount() == n_clients
                       and window.isVisible())
            total = (paint.wait() - t0) * 1000.0
            if len(inner) != 1:
                raise RuntimeError(f"{len(inner)} KDF runs in one unlock")
            unlock.append(total)
            over.append(total - inner[0])
            controller.lock()
            wait_until(gate.isVisible)
    finally:
        cipher.derive_key = derive  # type: ignore[assignment]
    kdf, unlock, over = kdf[1:], unlock[1:], over[1:]

    # opening a client: alternate the two busiest, Sessions tab shown
    gate.passphrase.setText(PASSPHRASE)
    gate.unlock()
    wait_until(lambda: controller.practice is not None and window.isVisible())
    window.go_to(busiest[1])
    window.tabs.setCurrentWidget(window.sessions)
    QApplication.processEvents()
    opening: list[float] = []
    sessions_table = window.sessions.table
    for n in range(repeat * 2 + 1):
        cid = busiest[n % 2]
        paint = Painted(sessions_table.viewport())
        t0 = time.perf_counter()
        window.clients.select_client(cid)
        assert window.sessions.client_id == cid
        assert window.sessions.model.rowCount() > 0
        assert window.sessions.editor.session is not None
        opening.append((paint.wait() - t0) * 1000.0)
    opening = opening[1:]

    # search
    dialog = SearchDialog(controller.practice, window)  # type: ignore[arg-type]
    dialog.show()
    wait_until(dialog.isVisible)
    Painted(dialog).wait()
    dialog.query.setText(SEARCH_WORD)
    dialog.timer.stop()
    searching: list[float] = []
    hits = 0
    for n in range(repeat + 1):
        dialog.model.set_hits([], {})
        QApplication.processEvents()
        paint = Painted(dialog.results.viewport())
        t0 = time.perf_counter()
        dialog.run_search()
        hits = dialog.model.rowCount()
        end = paint.wait()
        if n:
            searching.append((end - t0) * 1000.0)
    dialog.close()
    controller.idle.stop()
    if controller.practice is not None:
        practice = controller.practice
        window.detach()
        practice.vault.close()
        controller.practice = None
    app.removeEventFilter(controller.idle)

    unlock_median, kdf_median = statistics.median(unlock), statistics.median(kdf)
    return {
        "clients": n_clients,
        "unlock": {"unlock_ms": unlock, "kdf_alone_ms": kdf, "unlock_minus_own_kdf_ms": over,
                   "unlock_median_ms": unlock_median, "kdf_median_ms": kdf_median,
                   "over_kdf_ms": statistics.median(over),
                   "pass": statistics.median(over) <= UNLOCK_MARGIN_MS},
        "open_client": {"sessions": most_sessions, "ms": opening,
                        "median_ms": statistics.median(opening),
                        "pass": statistics.median(opening) <= OPEN_TARGET_MS},
        "search": {"word": SEARCH_WORD, "hits": hits, "ms": searching,
                   "median_ms": statistics.median(searching),
                   "pass": statistics.median(searching) <= SEARCH_TARGET_MS},
    }


# -------------------------------------------------------------------- main
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=250)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "practice-notes-bench")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--vault", type=Path,
                        help="use this vault (e.g. from make_vault.py) instead of the demo")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    work = Path(tempfile.mkdtemp(prefix="pn-bench-gui-"))
    try:
        env = child_env(work / "child")
        for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                    "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
            os.environ[var] = env[var]
        from practice_notes.services.unlock import create_practice

        small = work / "small.vault"
        create_practice(small, PASSPHRASE).vault.close()
        launch = bench_launch(args.repeat, small, env)
        cached = args.vault or cached_demo(args.cache, args.clients, args.sessions, args.seed)
        vault = private_copy(cached, work)
        memory = bench_memory(vault, env)
        in_app = bench_in_app(vault, args.repeat, work / "settings")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    results = {
        "platform": os.environ.get("QT_QPA_PLATFORM") or "xcb",
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cpus",
        "python": platform.python_version(),
        "demo": f"{args.clients} clients x {args.sessions} sessions, seed {args.seed}",
        "repeat": args.repeat,
        "launch": launch,
        "memory": memory,
        **in_app,
    }
    u, o, s = in_app["unlock"], in_app["open_client"], in_app["search"]
    rows = [
        ("launch: bare PySide6 window", f"{launch['bare_median_ms']:.0f} ms", "", ""),
        ("launch: unlock window", f"{launch['app_median_ms']:.0f} ms",
         f"ratio {launch['ratio']:.2f} <= {LAUNCH_TARGET}", launch["pass"]),
        ("KDF alone", f"{u['kdf_median_ms']:.0f} ms", "", ""),
        (f"unlock to client list ({in_app['clients']} clients)", f"{u['unlock_median_ms']:.0f} ms",
         f"its KDF + {u['over_kdf_ms']:.0f} <= + {UNLOCK_MARGIN_MS:.0f} ms", u["pass"]),
        (f"open a client ({o['sessions']} sessions)", f"{o['median_ms']:.1f} ms",
         f"<= {OPEN_TARGET_MS:.0f} ms", o["pass"]),
        (f"search '{SEARCH_WORD}' ({s['hits']} hits)", f"{s['median_ms']:.1f} ms",
         f"<= {SEARCH_TARGET_MS:.0f} ms", s["pass"]),
        (f"peak memory, client with {memory['sessions']} sessions shown",
         f"{memory['median_mib']:.0f} MiB", f"<= {MEMORY_TARGET_MIB:.0f} MiB", memory["pass"]),
    ]
    print(f"\nGUI benchmark — {results['demo']}; {results['machine']}; "
          f"platform {results['platform']}; medians of {args.repeat}")
    for name, value, target, ok in rows:
        verdict = "" if ok == "" else ("PASS" if ok else "FAIL")
        print(f"  {name:<42} {value:>10}   {target:<30} {verdict}")
    if launch["reportlab_imported"]:
        print("  reportlab was imported on the way to the unlock window: FAIL")
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    ok = all(part["pass"] for part in (launch, u, o, s, memory))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
