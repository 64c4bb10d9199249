"""Screenshots for the README, of the real app on the demo practice.

    xvfb-run -a python tests/screenshots.py [--out resources/screenshots]

Builds the demo practice in a temporary folder, unlocks it through the gate,
opens a client with a signed note (and an addendum) and saves:

    unlock.png          the unlock window
    main-window.png     the main window at 1280×720
    overview.png        the same client's Overview
    report-page.png     the first page of that client's full progress summary
    report-symptoms.png the summary's symptom-change page (charts in grey-scale)

Nothing of the user's is read or written: QSettings, HOME and the XDG folders
point into the temporary folder, which is removed afterwards. Not a test (the
name does not start with test_), so pytest does not collect it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "harbour lane demo passphrase"
SIZE = (1280, 720)  # fits a 1366×768 screen with room for the title bar
TODAY = dt.date(2025, 3, 14)  # the same pictures on every run


def isolate(folder: Path) -> None:
    for var, name in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        (folder / name).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder / name)
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)


def build_vault(path: Path) -> None:
    from practice_notes.demo.build import build_demo
    from practice_notes.services.unlock import create_practice

    practice = create_practice(path, PASSPHRASE)
    try:
        build_demo(practice, clients=12, sessions=30, seed=7, today=TODAY)
    finally:
        practice.vault.close()


REPORT_DPI = 110


def shoot_report(practice: object, client_id: int, out: Path, folder: Path) -> list[str]:
    """Pages of the client's full progress summary (every section, the last
    200 days), rendered with QtPdf as the in-app preview shows them."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    from practice_notes.reports.options import SECTIONS, ReportOptions
    from practice_notes.services.practice import Practice
    from practice_notes.services.reporting import make_report

    assert isinstance(practice, Practice)
    options = ReportOptions(client_id, TODAY - dt.timedelta(days=200), TODAY,
                            sections=frozenset(SECTIONS), generated_on=TODAY,
                            narrative="We have worked on sleep and on saying no at work, "
                                      "and kept going through a hard winter.")
    pdf_path = folder / "summary.pdf"  # inside the temporary folder, removed afterwards
    pdf_path.write_bytes(make_report(practice, options, record=False))
    doc = QPdfDocument()
    doc.load(str(pdf_path))
    texts = [doc.getAllText(n).text() for n in range(doc.pageCount())]
    wanted = {"report-page.png": 0,
              "report-symptoms.png": next((n for n, t in enumerate(texts)
                                           if "Symptom change" in t), 0)}
    problems = []
    for name, page in wanted.items():
        points = doc.pagePointSize(page)
        size = QSize(round(points.width() * REPORT_DPI / 72),
                     round(points.height() * REPORT_DPI / 72))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, doc.render(page, size))
        painter.end()
        if not image.save(str(out / name)):
            problems.append(f"{name} could not be written")
    doc.close()
    return problems


def pick_note(practice: object) -> tuple[int, int]:
    """The first of the demo's named clients with a signed note that has an addendum
    (Zoë Ångström, normally), and the newest such note."""
    from practice_notes.demo.build import NAMED
    from practice_notes.services.practice import Practice

    assert isinstance(practice, Practice)
    order = {name: n for n, (name, _preferred, _pronouns) in enumerate(NAMED)}
    clients = sorted((s.client for s in practice.client_list()),
                     key=lambda c: order.get(c.display_name, len(order)))
    fallback: tuple[int, int] | None = None
    for client in clients:
        if client.id is None or client.status.value != "active":
            continue
        signed = [s for s in practice.sessions.for_client(client.id)
                  if s.is_signed and s.id is not None]
        with_addenda = [s for s in signed if practice.sessions.addenda(s.id or 0)]
        if with_addenda:
            newest = max(with_addenda, key=lambda s: s.starts_at)
            return client.id, newest.id or 0
        if signed and fallback is None:
            fallback = client.id, max(signed, key=lambda s: s.starts_at).id or 0
    if fallback is None:
        raise SystemExit("the demo practice has no signed note to show")
    return fallback


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="pn-shots-") as tmp:
        folder = Path(tmp)
        isolate(folder)
        from PySide6.QtCore import QSettings, QThreadPool, QTimer
        from PySide6.QtWidgets import QApplication

        from practice_notes.ui.app import Controller, make_app

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / "settings"))
        vault = folder / "home" / "Documents" / "Harbour Lane.vault"
        build_vault(vault)

        app = make_app([sys.argv[0]])
        controller = Controller(vault, app)
        window = controller.window
        problems: list[str] = []

        def settle(then: object, ms: int = 300) -> None:
            QTimer.singleShot(ms, then)  # type: ignore[call-overload]

        def shoot_gate() -> None:
            gate = controller.gate
            gate.activateWindow()
            gate.passphrase.setFocus()
            if not gate.grab().save(str(out / "unlock.png")):
                problems.append("unlock.png could not be written")
            gate.passphrase.setText(PASSPHRASE)
            gate.unlock()

        def unlocked(_practice: object) -> None:
            assert controller.practice is not None
            client_id, session_id = pick_note(controller.practice)
            problems.extend(shoot_report(controller.practice, client_id, out, folder))
            window.resize(*SIZE)
            window.go_to(client_id, session_id)
            window.tabs.setCurrentWidget(window.sessions)
            window.sessions.select_session(session_id)
            settle(shoot_window, 600)

        def shoot_window() -> None:
            table = window.sessions.table
            table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtCenter)
            if (window.width(), window.height()) != SIZE:
                problems.append(f"window is {window.width()}×{window.height()}, not {SIZE}")
            editor = window.sessions.editor
            if editor.session is None or not editor.session.is_signed:
                problems.append("no signed note is shown")
            if not window.grab().save(str(out / "main-window.png")):
                problems.append("main-window.png could not be written")
            window.tabs.setCurrentWidget(window.workspace.overview)
            # as on the demo's own day: "Attendance, last 90 days" counts back from it
            window.workspace.overview.refresh(TODAY)
            settle(shoot_overview, 600)

        def shoot_overview() -> None:
            if not window.grab().save(str(out / "overview.png")):
                problems.append("overview.png could not be written")
            controller.idle.stop()
            window.close()

        controller.gate.unlocked.connect(unlocked)
        controller.start()
        settle(shoot_gate, 600)
        code = app.exec()
        QThreadPool.globalInstance().waitForDone()
        if controller.practice is not None:
            controller.practice.vault.close()
        QApplication.processEvents()
    for p in problems:
        print(f"screenshots: {p}", file=sys.stderr)
    if not problems:
        print(f"Wrote unlock.png, main-window.png, overview.png, report-page.png and "
              f"report-symptoms.png in {out}")
    return 1 if problems or code else 0


if __name__ == "__main__":
    raise SystemExit(main())
