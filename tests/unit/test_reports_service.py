"""The reporting use case and ``practice-notes report``: the review record keeps
the narrative, the audit log keeps who/when/which client/which options (never
the content), the default period, page counts for short and long periods, and
the command's exit codes and atomic output."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from practice_notes import cli
from practice_notes.demo.build import build_demo
from practice_notes.domain.enums import Instrument
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Client, MeasureResult, PracticeSettings
from practice_notes.passphrase_input import ENV_PASSPHRASE, PassphraseSource
from practice_notes.reports.options import DEFAULT_SECTIONS, SECTIONS, ReportOptions
from practice_notes.services.practice import Practice
from practice_notes.services.reporting import default_period, make_report, write_pdf
from practice_notes.services.unlock import create_practice, open_practice
from practice_notes.vault.errors import DiskFull
from tests.unit import report_kit as rk
from tests.unit.vaultkit import PASSPHRASE


# ------------------------------------------------------------- the use case
def test_make_report_records_the_review_and_an_audit_entry_without_content(
    practice: Practice,
) -> None:
    cid = rk.add_marked_client(practice)
    before = len(practice.audit.entries())
    opts = rk.options(cid, sections=frozenset({"goals", "sessions"}), pseudonymise=True,
                      paper="letter")
    pdf = make_report(practice, opts, record=True)
    assert pdf.startswith(b"%PDF")
    entries = practice.audit.entries()
    assert len(entries) == before + 1
    entry = entries[-1]
    assert entry.action == "report"
    detail = entry.detail
    for bit in ("client EQ-07", "2024-12-01..2025-03-14", "sections goals,sessions",
                "pseudonymised=True", "paper=letter"):
        assert bit in detail
    for content in ("Narrmark3A", "Nextmark2T", *rk.MARKED.name_parts):
        assert content not in detail
    assert practice.audit.verify().ok
    (review,) = practice.reviews.for_client(cid)
    assert review.narrative == rk.NARRATIVE
    assert review.next_steps == rk.NEXT_STEPS
    assert (review.period_from, review.period_to, review.held_on) == (
        rk.PERIOD_FROM, rk.TODAY, rk.TODAY)
    assert review.options == {"sections": ["goals", "sessions"], "pseudonymise": True,
                              "paper": "letter", "period_from": "2024-12-01",
                              "period_to": "2025-03-14"}


def test_make_report_without_record_writes_nothing(practice: Practice) -> None:
    cid = rk.add_marked_client(practice)
    before = len(practice.audit.entries())
    make_report(practice, rk.options(cid), record=False)
    assert len(practice.audit.entries()) == before
    assert practice.reviews.for_client(cid) == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"period_to": rk.PERIOD_FROM - dt.timedelta(days=1)}, "period_to"),
    ({"sections": frozenset()}, "sections"),
    ({"sections": frozenset({"goals", "gossip"})}, "sections"),
    ({"paper": "a3"}, "paper"),
])
def test_bad_options_are_refused_before_anything_is_written(
    practice: Practice, changes: dict[str, object], field: str
) -> None:
    cid = rk.add_marked_client(practice)
    before = len(practice.audit.entries())
    with pytest.raises(ValidationError) as info:
        make_report(practice, rk.options(cid, **changes))
    assert info.value.field == field
    assert len(practice.audit.entries()) == before
    assert practice.reviews.for_client(cid) == []


def test_default_period_is_three_months_then_since_the_last_review(practice: Practice) -> None:
    cid = practice.add_client(Client("DP-01", "Dee Period")).id or 0
    today = dt.date(2025, 6, 30)
    start, end = default_period(practice, cid, today)
    assert end == today
    assert 89 <= (today - start).days <= 92
    # a summary built but not used in a review session does not move the period
    make_report(practice, ReportOptions(cid, dt.date(2025, 1, 1), dt.date(2025, 5, 31),
                                        generated_on=dt.date(2025, 6, 2)))
    assert default_period(practice, cid, today) == (start, end)
    make_report(practice, ReportOptions(cid, dt.date(2025, 1, 1), dt.date(2025, 5, 31),
                                        generated_on=dt.date(2025, 6, 2)), record=True)
    assert default_period(practice, cid, today) == (dt.date(2025, 6, 1), today)
    # a later review moves the start on again
    make_report(practice, ReportOptions(cid, dt.date(2025, 6, 1), dt.date(2025, 6, 20),
                                        generated_on=dt.date(2025, 6, 21)), record=True)
    assert default_period(practice, cid, today) == (dt.date(2025, 6, 21), today)
    # a review that already covers today: back to three months
    make_report(practice, ReportOptions(cid, dt.date(2025, 6, 21), today, generated_on=today),
                record=True)
    start, end = default_period(practice, cid, today)
    assert end == today and 89 <= (today - start).days <= 92


# ------------------------------------------------------------- page counts
def test_page_counts_for_one_month_and_two_years_of_weekly_sessions(
    practice: Practice,
) -> None:
    build_demo(practice, clients=1, sessions=104, today=rk.TODAY)
    cid = practice.client_list()[0].client.id or 0
    sessions = practice.sessions.for_client(cid)
    assert len(sessions) == 104
    first = sessions[0].starts_at.date()

    def pages(start: dt.date, sections: frozenset[str]) -> int:
        opts = ReportOptions(cid, start, rk.TODAY, sections=sections, generated_on=rk.TODAY)
        return len(rk.reader(make_report(practice, opts, record=False)).pages)

    month = pages(rk.TODAY - dt.timedelta(days=30), DEFAULT_SECTIONS)
    two_years = pages(first, DEFAULT_SECTIONS)
    assert 2 <= month <= 8
    assert month < two_years <= 20
    with_notes = pages(first, frozenset(SECTIONS))
    assert two_years < with_notes <= 80


# --------------------------------------------------------------- writing
def test_write_pdf_replaces_atomically_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"old")
    write_pdf(b"%PDF-new", out)
    assert out.read_bytes() == b"%PDF-new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_write_pdf_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"old")

    def broken(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(DiskFull, match="is full, so the summary was not written"):
        write_pdf(b"%PDF-new", out)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


# -------------------------------------------------------------------- CLI
@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    path = tmp_path / "cli.vault"
    practice = create_practice(path, PASSPHRASE, PracticeSettings(therapist_name="Dr Ada Byrne"))
    try:
        rk.add_marked_client(practice)
    finally:
        practice.vault.close()
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    source = PassphraseSource(env={ENV_PASSPHRASE: PASSPHRASE}, interactive=False)
    code = cli.main(["report", *args], source)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_report_writes_the_pdf_and_records_it(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "eq.pdf"
    out.parent.mkdir()
    narrative = tmp_path / "narrative.txt"
    narrative.write_text("Narrmark3A from a file", encoding="utf-8")
    steps = tmp_path / "steps.txt"
    steps.write_text("Stepsmark4W from a file", encoding="utf-8")
    code, said, err = _run(["--vault", str(cli_vault), "--client", "eq-07", "--from",
                            "2024-12-01", "--to", "2025-03-14", "--sections",
                            "summary,goals,sessions,next_steps", "--pseudonymise", "--paper",
                            "letter", "--narrative-file", str(narrative), "--next-steps-file",
                            str(steps), "--record-review", "--out", str(out)],
                           capsys)
    assert (code, err) == (0, "")
    assert "EQ-07" in said and str(out) in said
    assert re.search(r"Pseudonymised: [1-9]\d* name\(s\) replaced with EQ-07", said)
    assert "Recorded as used in a review session." in said
    assert sorted(p.name for p in out.parent.iterdir()) == ["eq.pdf"]
    pdf = out.read_bytes()
    text = rk.all_text(pdf)
    assert "Narrmark3A from a file" in text and "Notemark1S" in text
    assert "Stepsmark4W from a file" in text
    assert "Agreemark9N" not in text and rk.PROCESS_MARKER not in text
    assert [n for n in rk.MARKED.name_parts if n in text] == []
    assert round(float(rk.reader(pdf).pages[0].mediabox.height)) == 792
    practice = open_practice(cli_vault, PASSPHRASE)
    try:
        cid = practice.clients.by_code("EQ-07").id or 0
        (review,) = practice.reviews.for_client(cid)
        assert review.narrative == "Narrmark3A from a file"
        assert review.next_steps == "Stepsmark4W from a file"
        reports = [e for e in practice.audit.entries() if e.action == "report"]
        assert len(reports) == 1 and "client EQ-07" in reports[0].detail
    finally:
        practice.vault.close()


def test_cli_report_defaults(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "default.pdf"
    code, _, err = _run(["--vault", str(cli_vault), "--client", "EQ-07", "--out", str(out)],
                        capsys)
    assert (code, err) == (0, "")
    text = rk.all_text(out.read_bytes())
    assert "Session summaries" not in text and "Goals" in text
    # without --record-review no review is recorded: the default period stays put
    practice = open_practice(cli_vault, PASSPHRASE)
    try:
        cid = practice.clients.by_code("EQ-07").id or 0
        assert practice.reviews.for_client(cid) == []
        assert [e.action for e in practice.audit.entries()].count("report") == 1
    finally:
        practice.vault.close()
    code, _, err = _run(["--vault", str(cli_vault), "--client", "EQ-07", "--out", str(out)],
                        capsys)
    assert (code, err) == (0, "")


@pytest.mark.parametrize(("extra", "expected_code", "message"), [
    (["--client", "ZZ-99"], 1, "no client with the code ZZ-99"),
    (["--client", "EQ-07", "--from", "2025-03-01", "--to", "2025-02-01"], 1,
     "ends before it starts"),
    (["--client", "EQ-07", "--to", "1999-01-01"], 1, "ends before it starts"),
    (["--client", "EQ-07", "--from", "2025-02-30"], 2, "not a date"),
    (["--client", "EQ-07", "--sections", "goals,gossip"], 2, "unknown section 'gossip'"),
    (["--client", "EQ-07", "--sections", ","], 2, "at least one section"),
    (["--client", "EQ-07", "--paper", "a3"], 2, "invalid choice"),
])
def test_cli_report_exit_codes(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str],
    expected_code: int, message: str,
) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = _run(["--vault", str(cli_vault), *extra, "--out", str(out)], capsys)
    assert code == expected_code
    assert message in err
    if expected_code == 1:
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")) == []


def test_cli_report_missing_folder_and_folder_as_output(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(["--vault", str(cli_vault), "--client", "EQ-07", "--out",
                         str(tmp_path / "nowhere" / "x.pdf")], capsys)
    assert code == 1 and "does not exist" in err
    code, _, err = _run(["--vault", str(cli_vault), "--client", "EQ-07", "--out",
                         str(tmp_path)], capsys)
    assert code == 1 and "is a folder" in err
    code, _, err = _run(["--vault", str(tmp_path / "none.vault"), "--client", "EQ-07",
                         "--out", str(tmp_path / "x.pdf")], capsys)
    assert code == 1 and "There is no vault" in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_warns_on_stderr_before_writing_an_item9_answer_above_zero(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    practice = open_practice(cli_vault, PASSPHRASE)
    try:
        cid = practice.clients.by_code("EQ-07").id or 0
        practice.add_measure(MeasureResult(cid, Instrument.PHQ9, dt.date(2025, 2, 3),
                                           (2, 2, 2, 1, 1, 1, 1, 0, 1),
                                           note="Followmark5Q safety plan reviewed"))
    finally:
        practice.vault.close()
    out = tmp_path / "flag.pdf"
    code, _, err = _run(["--vault", str(cli_vault), "--client", "EQ-07", "--from", "2024-12-01",
                         "--to", "2025-03-14", "--out", str(out)], capsys)
    assert code == 0
    assert "warning:" in err and "2025-02-03" in err
    assert "its follow-up is noted" in err and "no follow-up noted" not in err
    text = rk.all_text(out.read_bytes())
    assert "On 3 Feb 2025 we noted: Followmark5Q safety plan reviewed" in text
    assert "We talked about this together" not in text
    # without the symptoms section nothing about it is printed, and no warning
    code, _, err = _run(["--vault", str(cli_vault), "--client", "EQ-07", "--sections", "goals",
                         "--out", str(out)], capsys)
    assert (code, err) == (0, "")
    # an answer whose follow-up is not noted yet is named as such
    practice = open_practice(cli_vault, PASSPHRASE)
    try:
        practice.add_measure(MeasureResult(cid, Instrument.PHQ9, dt.date(2025, 3, 1),
                                           (1, 1, 1, 1, 1, 1, 1, 0, 2)))
    finally:
        practice.vault.close()
    code, _, err = _run(["--vault", str(cli_vault), "--client", "EQ-07", "--from", "2024-12-01",
                         "--to", "2025-03-14", "--out", str(out)], capsys)
    assert code == 0
    assert "2025-02-03, 2025-03-01 (no follow-up noted)" in err
    assert "make sure it was followed up and noted" in err
