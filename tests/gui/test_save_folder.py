"""Save as… starts in the folder used last, else in Documents; only the folder is
remembered (QSettings is plaintext on disk), never a file name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from practice_notes.reports.options import ReportOptions
from practice_notes.services.reporting import make_report
from practice_notes.services.unlock import open_practice
from practice_notes.ui import fit
from practice_notes.ui.pdf_preview import PdfPreview
from tests.gui import guikit

pytestmark = pytest.mark.gui


def test_save_as_starts_in_the_last_folder_and_keeps_only_the_folder(
    qtbot: object, seeded_vault: tuple[Path, int, int], tmp_path: Path, qsettings_dir: Path,
) -> None:
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    # nothing used yet: Documents, not the process's working folder
    assert Path(fit.start_path("summary.pdf")) == documents / "summary.pdf"

    path, client_id, _session = seeded_vault
    practice = open_practice(path, guikit.PASSPHRASE)
    try:
        day = dt.date(2026, 11, 30)
        pdf = make_report(practice, ReportOptions(client_id, day - dt.timedelta(days=30), day,
                                                  generated_on=day))
    finally:
        practice.vault.close()
    preview = PdfPreview(pdf, "progress-summary-AB-01-2026-11-30.pdf")
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    folder = tmp_path / "Summaries"
    folder.mkdir()
    assert preview.save_to(folder / "Alex Brown summary.pdf")
    assert (folder / "Alex Brown summary.pdf").read_bytes()[:5] == b"%PDF-"

    assert Path(fit.start_path("next.pdf")) == folder / "next.pdf"
    QSettings().sync()
    stored = "".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in qsettings_dir.rglob("*") if p.is_file())
    assert "summary.pdf" not in stored  # the folder only, never the file name

    (folder / "Alex Brown summary.pdf").unlink()
    folder.rmdir()
    assert Path(fit.last_folder()) == documents  # a folder that has gone: Documents again
