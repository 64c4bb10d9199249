"""The "report" audit entry says that a summary left the app: it is written when
the PDF is saved (before the file gets its name) or printed, never when a summary
is only built, and a save that fails leaves no entry (and no file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from practice_notes import cli
from practice_notes.domain.models import PracticeSettings
from practice_notes.passphrase_input import ENV_PASSPHRASE, PassphraseSource
from practice_notes.services.errors import VaultError
from practice_notes.services.practice import Practice
from practice_notes.services.reporting import build_report, record_output, write_pdf
from practice_notes.services.unlock import create_practice, open_practice
from tests.unit import report_kit as rk
from tests.unit.vaultkit import PASSPHRASE


def reports(practice: Practice) -> list[str]:
    return [e.detail for e in practice.audit.entries() if e.action == "report"]


def test_building_a_summary_writes_nothing(practice: Practice) -> None:
    cid = rk.add_marked_client(practice)
    built = build_report(practice, rk.options(cid))
    assert built.pdf.startswith(b"%PDF")
    assert reports(practice) == [] and practice.reviews.for_client(cid) == []


def test_saved_summary_is_noted_once_the_file_is_complete(
        practice: Practice, tmp_path: Path) -> None:
    cid = rk.add_marked_client(practice)
    options = rk.options(cid, pseudonymise=True)
    built = build_report(practice, options)
    out = tmp_path / "summary.pdf"
    write_pdf(built.pdf, out, before_rename=lambda: record_output(practice, options, "saved"))
    assert out.read_bytes() == built.pdf
    (detail,) = reports(practice)
    assert detail.startswith("client EQ-07 period 2024-12-01..2025-03-14")
    assert detail.endswith("pseudonymised=True paper=a4 saved")
    assert not any(n in detail for n in rk.MARKED.name_parts)
    record_output(practice, options, "printed")
    assert [d.rsplit(" ", 1)[1] for d in reports(practice)] == ["saved", "printed"]
    assert practice.reviews.for_client(cid) == []
    assert practice.audit.verify().ok


def test_a_save_that_fails_leaves_no_entry(practice: Practice, tmp_path: Path) -> None:
    cid = rk.add_marked_client(practice)
    options = rk.options(cid)
    built = build_report(practice, options)
    with pytest.raises((VaultError, OSError)):
        write_pdf(built.pdf, tmp_path / "missing" / "summary.pdf",
                  before_rename=lambda: record_output(practice, options, "saved"))
    assert reports(practice) == []


def test_the_command_notes_the_saved_summary_and_nothing_when_the_save_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = tmp_path / "cli.vault"
    practice = create_practice(vault, PASSPHRASE, PracticeSettings(therapist_name="Dr Byrne"))
    rk.add_marked_client(practice)
    practice.vault.close()
    source = PassphraseSource(env={ENV_PASSPHRASE: PASSPHRASE}, interactive=False)

    def run(out: Path) -> int:
        code = cli.main(["report", "--vault", str(vault), "--client", "EQ-07",
                         "--out", str(out)], source)
        capsys.readouterr()
        return code

    def entries() -> list[str]:
        p = open_practice(vault, PASSPHRASE)
        try:
            return reports(p)
        finally:
            p.vault.close()

    from practice_notes.vault import outputs

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:  # the disk fills while the PDF is written
        m.setattr(outputs.os, "fsync", full)
        assert run(tmp_path / "a.pdf") == 1
    assert entries() == [] and not (tmp_path / "a.pdf").exists()
    assert run(tmp_path / "b.pdf") == 0
    (detail,) = entries()
    assert detail.startswith("client EQ-07") and detail.endswith(" saved")
