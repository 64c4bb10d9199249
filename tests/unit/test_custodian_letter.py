"""The custodian letter, read back from a real PDF: one or two pages, the
backup folder, which passphrase opens the backups in words (never the
passphrase itself), SQLCipher 4, what to do; from the service and the
command line."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from practice_notes import cli
from practice_notes.domain.models import PracticeSettings
from practice_notes.passphrase_input import ENV_PASSPHRASE, PassphraseSource
from practice_notes.services import backups
from practice_notes.services.custodian import build_custodian_letter, gather_custodian
from practice_notes.services.practice import Practice
from practice_notes.services.unlock import create_practice
from tests.unit import report_kit as rk
from tests.unit.vaultkit import PASSPHRASE

CUSTODIAN_PASSPHRASE = "Zebra-Quokka 9 custodian only"
TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def letter_practice(tmp_path: Path) -> Iterator[Practice]:
    practice = create_practice(tmp_path / "letter.vault", PASSPHRASE, PracticeSettings(
        therapist_name="Dr Sam Rivers", credentials="MSc", practice_name="Oak Tree Counselling",
        contact="sam@example.org · 0113 555 0100"))
    rk.add_marked_client(practice)
    yield practice
    with contextlib.suppress(Exception):  # most tests close it themselves
        practice.vault.close()


def _text(pdf: bytes) -> str:
    return rk.all_text(pdf)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_the_letter_names_the_folder_and_never_the_passphrase(
        letter_practice: Practice, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    backups.save_settings(letter_practice, backups.BackupSettings(folder=str(folder), daily=True))
    result = backups.backup_now(letter_practice, passphrase=CUSTODIAN_PASSPHRASE)
    pdf = build_custodian_letter(letter_practice, TODAY)
    letter_practice.vault.close()
    pages = rk.page_texts(pdf)
    assert 1 <= len(pages) <= 2
    text = _text(pdf)
    assert str(folder) in _squeezed(text)
    assert result.path.name in _squeezed(text)
    assert "SQLCipher 4" in text and "cipher_compatibility = 4" in text
    assert "Reading your records without Practice Notes" in text
    assert "newest backup is protected by the custodian passphrase" in text
    assert "Automatic backups" in text
    assert "7 years after each client's discharge" in text
    assert "Tell my clients" in text and "destroy them securely" in text
    for who in ("Dr Sam Rivers, MSc", "Oak Tree Counselling", "sam@example.org"):
        assert who in text
    for secret in (CUSTODIAN_PASSPHRASE, PASSPHRASE):
        assert secret not in text
        assert _squeezed(secret) not in _squeezed(text)
        assert not rk.raw_contains(pdf, [secret])
    # no client's name is in it either: only how many clients there are
    for name in rk.MARKED.name_parts:
        assert name not in text
    assert "(1 client)" in text
    assert all(f.embedded for f in rk.fonts_used(pdf))
    assert f"Page {len(pages)} of {len(pages)}" in rk.flat(pages[-1])


def test_a_backup_with_the_vault_passphrase_and_no_folder(letter_practice: Practice,
                                                         tmp_path: Path) -> None:
    data = gather_custodian(letter_practice, TODAY)
    assert (data.backup_folder, data.last_backup_separate, data.automatic) == ("", None, False)
    text = _text(build_custodian_letter(letter_practice, TODAY))
    assert "No backup folder is set yet" in text
    assert "protected by the" not in text  # nothing is claimed about a backup that is not there
    out = tmp_path / "elsewhere"
    out.mkdir()
    backups.backup_now(letter_practice, out=out / "manual.pnbackup")
    data = gather_custodian(letter_practice, TODAY)
    assert data.last_backup_separate is False
    assert data.backup_folder == str(out)  # where the last backup went
    text = _text(build_custodian_letter(letter_practice, TODAY))
    letter_practice.vault.close()
    assert "newest backup is protected by the vault passphrase" in text
    assert PASSPHRASE not in text


def test_the_command_line_writes_the_letter(letter_practice: Practice, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    vault = letter_practice.path
    letter_practice.vault.close()
    source = PassphraseSource(env={ENV_PASSPHRASE: PASSPHRASE}, interactive=False)
    out = tmp_path / "letter.pdf"
    code = cli.main(["backup", "custodian-letter", "--vault", str(vault), "--out", str(out)],
                    source)
    said, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    assert "custodian letter" in said
    assert out.stat().st_mode & 0o777 == 0o600
    assert "SQLCipher 4" in _text(out.read_bytes())
    code = cli.main(["backup", "custodian-letter", "--vault", str(vault), "--out",
                     str(tmp_path / "nope" / "letter.pdf")], source)
    said, err = capsys.readouterr()
    assert code == 1 and said == ""
    assert err.count("\n") == 1 and "does not exist" in err


def test_the_retention_rule_for_minors_when_set() -> None:
    from practice_notes.reports.custodian import build_custodian_pdf
    from practice_notes.reports.custodian_data import CustodianData

    data = CustodianData(PracticeSettings(therapist_name="Sam"), TODAY, 3, "/v/practice.vault",
                         "/media/usb", False, retention_years_after_discharge=10,
                         retention_years_after_majority=3)
    text = _text(build_custodian_pdf(data))
    assert "10 years after each client's discharge" in text
    assert "until 3 years after they turned 18" in text
    assert "(3 clients)" in text and "/media/usb" in text
