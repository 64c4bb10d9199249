"""The progress-summary dialog and the in-app PDF preview on a real vault: the
PDF is built off the GUI thread, bad periods are refused with a message, the
PHQ-9 item 9 flag shows before printing, the preview shows every page, Save
as… writes a valid PDF and printing goes through a real QPrinter (to a PDF
file here)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QThreadPool
from PySide6.QtPrintSupport import QPrinter

from practice_notes.domain.enums import Instrument
from practice_notes.domain.models import Client, MeasureResult, PracticeSettings
from practice_notes.reports.options import DEFAULT_SECTIONS
from practice_notes.services import Practice, create_practice
from practice_notes.services.reporting import Built, build_report, make_report
from practice_notes.ui import report_dialog
from practice_notes.ui.pdf_preview import PdfPreview
from practice_notes.ui.report_dialog import ReportDialog
from tests.gui import guikit
from tests.unit import report_kit as rk

pytestmark = pytest.mark.gui


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Practice]:
    p = create_practice(tmp_path / "report.vault", guikit.PASSPHRASE,
                        PracticeSettings(therapist_name="Dr Ada Byrne", paper_size="letter"))
    yield p
    QThreadPool.globalInstance().waitForDone(guikit.TIMEOUT)
    p.vault.close()


@pytest.fixture
def marked_id(practice: Practice) -> int:
    return rk.add_marked_client(practice)


def _dialog(qtbot: Any, practice: Practice, cid: int) -> ReportDialog:
    dialog = ReportDialog(practice, cid, today=rk.TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_defaults(qtbot: Any, practice: Practice, marked_id: int) -> None:
    dialog = _dialog(qtbot, practice, marked_id)
    opts = dialog.options()
    assert opts.period_to == rk.TODAY
    assert 89 <= (rk.TODAY - opts.period_from).days <= 92
    assert opts.sections == DEFAULT_SECTIONS
    assert not opts.pseudonymise
    assert opts.paper == "letter"  # the practice setting
    assert "Lina" in dialog.windowTitle()
    assert dialog.flag.isHidden()


def test_build_runs_off_the_gui_thread_and_records_the_review(
    qtbot: Any, practice: Practice, marked_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []

    def spy(*args: Any, **kwargs: Any) -> Built:
        threads.append(threading.current_thread())
        return build_report(*args, **kwargs)

    monkeypatch.setattr(report_dialog, "build_report", spy)
    dialog = _dialog(qtbot, practice, marked_id)
    dialog.start.setDate(QDate(2024, 12, 1))
    dialog.sections["sessions"].setChecked(True)
    dialog.pseudonymise.setChecked(True)
    dialog.used_in_review.setChecked(True)
    dialog.narrative.setPlainText("Narrmark3A typed at report time")
    with qtbot.waitSignal(dialog.built, timeout=guikit.TIMEOUT) as blocker:
        dialog.build_button.click()
        assert not dialog.build_button.isEnabled()
        # before anything is shown for printing: the places pseudonymising replaced
        qtbot.waitUntil(lambda: hasattr(dialog, "pseudonym_review")
                        and dialog.pseudonym_review.isVisible(), timeout=guikit.TIMEOUT)
        listed = "\n".join(dialog.pseudonym_review.texts())
        assert "Every place a name was replaced" in listed
        assert any(n in listed for n in rk.MARKED.name_parts)
        dialog.pseudonym_review.ok_button.click()
    pdf, opts = blocker.args
    assert threads and threads[0] is not threading.main_thread()
    assert opts.pseudonymise and "sessions" in opts.sections
    text = rk.all_text(pdf)
    assert "Narrmark3A typed at report time" in text and "Notemark1S" in text
    assert rk.PROCESS_MARKER not in text
    assert [n for n in rk.MARKED.name_parts if n in text] == []
    assert dialog.result() == ReportDialog.DialogCode.Accepted
    (review,) = practice.reviews.for_client(marked_id)
    assert review.narrative == "Narrmark3A typed at report time"
    # the next dialog offers the narrative again and lists the past summary
    again = _dialog(qtbot, practice, marked_id)
    assert again.narrative.toPlainText() == "Narrmark3A typed at report time"
    assert again.past.count() == 1 and "1 Dec 2024" in again.past.item(0).text()
    # that summary reached today, so the period falls back to the last three months
    assert 89 <= (rk.TODAY - again.options().period_from).days <= 92


def test_a_summary_not_used_in_a_review_records_no_review(
    qtbot: Any, practice: Practice, marked_id: int
) -> None:
    dialog = _dialog(qtbot, practice, marked_id)
    assert not dialog.used_in_review.isChecked()
    with qtbot.waitSignal(dialog.built, timeout=guikit.TIMEOUT):
        dialog.build_button.click()
    assert practice.reviews.for_client(marked_id) == []


def test_going_back_from_the_pseudonym_check_shows_nothing(
    qtbot: Any, practice: Practice, marked_id: int
) -> None:
    dialog = _dialog(qtbot, practice, marked_id)
    dialog.pseudonymise.setChecked(True)
    dialog.used_in_review.setChecked(True)
    with qtbot.assertNotEmitted(dialog.built, wait=300):
        dialog.build_button.click()
        qtbot.waitUntil(lambda: hasattr(dialog, "pseudonym_review")
                        and dialog.pseudonym_review.isVisible(), timeout=guikit.TIMEOUT)
        dialog.pseudonym_review.back_button.click()
    assert dialog.build_button.isEnabled() and "Not shown" in dialog.message.text()
    assert practice.reviews.for_client(marked_id) == []


def test_end_before_start_is_refused_with_a_message(
    qtbot: Any, practice: Practice, marked_id: int
) -> None:
    dialog = _dialog(qtbot, practice, marked_id)
    dialog.start.setDate(QDate(2025, 3, 1))
    dialog.end.setDate(QDate(2025, 2, 1))
    with qtbot.assertNotEmitted(dialog.built, wait=300):
        dialog.build_button.click()
    assert dialog.message.text() == "The period ends before it starts"
    assert dialog.build_button.isEnabled()
    for box in dialog.sections.values():
        box.setChecked(False)
    dialog.end.setDate(QDate(2025, 3, 14))
    with qtbot.assertNotEmitted(dialog.built, wait=300):
        dialog.build()
    assert dialog.message.text() == "Choose at least one section"
    assert practice.reviews.for_client(marked_id) == []


def test_item9_flag_shows_for_a_client_who_answered_above_zero(
    qtbot: Any, practice: Practice
) -> None:
    flagged = practice.add_client(Client("IX-01", "Item Nine")).id or 0
    practice.add_measure(MeasureResult(flagged, Instrument.PHQ9, dt.date(2025, 2, 3),
                                       (2, 2, 1, 1, 1, 1, 1, 1, 1)))
    calm = practice.add_client(Client("IX-02", "Item Zero")).id or 0
    practice.add_measure(MeasureResult(calm, Instrument.PHQ9, dt.date(2025, 2, 3),
                                       (2, 2, 1, 1, 1, 1, 1, 1, 0)))
    dialog = _dialog(qtbot, practice, flagged)
    assert not dialog.flag.isHidden()
    assert "question 9" in dialog.flag.text() and "03 Feb 2025" in dialog.flag.text()
    assert "Make sure it was followed up" in dialog.flag.text()
    assert _dialog(qtbot, practice, calm).flag.isHidden()
    # once the follow-up is noted with the result, it is still flagged, no longer asked for
    [result] = practice.measures.for_client(flagged)
    practice.replace_measure(result, replace(result, note="Discussed; safety plan reviewed"))
    dialog = _dialog(qtbot, practice, flagged)
    assert not dialog.flag.isHidden() and "question 9" in dialog.flag.text()
    assert "Make sure" not in dialog.flag.text()
    assert "the follow-up you noted" in dialog.flag.text()


@pytest.fixture
def pdf(practice: Practice, marked_id: int) -> bytes:
    return make_report(practice, rk.options(marked_id, sections=frozenset(rk.HEADINGS)),
                       record=False)


@pytest.fixture
def preview(qtbot: Any, pdf: bytes) -> PdfPreview:
    widget = PdfPreview(pdf, "EQ-07 progress summary.pdf")
    qtbot.addWidget(widget)
    return widget


def test_preview_shows_every_page(preview: PdfPreview, pdf: bytes) -> None:
    pages = len(rk.reader(pdf).pages)
    assert pages >= 3
    assert preview.document.pageCount() == pages
    assert preview.pages.text() == f"{pages} pages"
    assert preview.view.document() is preview.document


def test_save_as_writes_the_same_valid_pdf(
    preview: PdfPreview, pdf: bytes, tmp_path: Path
) -> None:
    assert preview.save_to(tmp_path / "summary")
    saved = tmp_path / "summary.pdf"
    assert saved.read_bytes() == pdf
    assert len(rk.reader(saved.read_bytes()).pages) == preview.document.pageCount()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_audit_entry_is_written_when_the_summary_is_saved_not_when_built(
    qtbot: Any, practice: Practice, marked_id: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Through the menu action: building shows the preview and writes nothing; a
    save that fails leaves no entry; a save leaves one ("saved")."""
    from PySide6.QtWidgets import QMainWindow

    from practice_notes.ui import msgbox, record_actions

    monkeypatch.setattr(msgbox, "error", lambda *_a, **_k: None)  # the failed save's message
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = record_actions.open_report(window, practice, marked_id)  # type: ignore[arg-type]
    with qtbot.waitSignal(dialog.built, timeout=guikit.TIMEOUT):
        dialog.build_button.click()
    preview = window.report_preview  # type: ignore[attr-defined]
    qtbot.addWidget(preview)

    def noted() -> list[str]:
        return [e.detail for e in practice.audit.entries() if e.action == "report"]

    assert noted() == []
    assert not preview.save_to(tmp_path / "missing" / "summary.pdf")
    assert noted() == []
    assert preview.save_to(tmp_path / "summary.pdf")
    (detail,) = noted()
    assert detail.startswith("client EQ-07") and detail.endswith(" saved")


@pytest.mark.slow  # print_pdf paints each page as a 1200 dpi image: ~2 s a page
def test_print_through_a_real_qprinter_to_a_pdf_file(
    preview: PdfPreview, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    count = preview.print_to(printer)
    assert count == preview.document.pageCount() >= 3
    printed = rk.reader(out.read_bytes())
    assert len(printed.pages) == count


def test_client_dialog_keeps_the_names_to_hide_and_the_summary_hides_them(
    qtbot: Any, practice: Practice
) -> None:
    from practice_notes.ui.client_dialog import ClientDialog

    client = practice.add_client(Client("NH-01", "Beatrix Nowak", preferred_name="Bea"))
    dialog = ClientDialog(practice, client)
    qtbot.addWidget(dialog)
    dialog.other_names.setPlainText("Trixie\n  \nKowalczyk\nTrixie")
    dialog.save()
    saved = practice.clients.get(client.id or 0)
    assert saved.other_names == ("Trixie", "Kowalczyk")
    cid = saved.id or 0
    pdf = make_report(practice, rk.options(cid, sections=frozenset({"summary"}),
                                           pseudonymise=True,
                                           narrative="Trixie's sister, née Kowalczyk, called."),
                      record=False)
    text = rk.all_text(pdf)
    assert "NH-01's sister, née NH-01, called." in text
    assert "Trixie" not in text and "Kowalczyk" not in text
