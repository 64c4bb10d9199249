"""The retention rule, the discharge date, migration v7, the export fields and
``practice-notes retention``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from practice_notes import cli
from practice_notes.domain.enums import ClientStatus
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import Client, PracticeSettings
from practice_notes.domain.retention import (
    add_years,
    eligibility,
    past_retention,
    rule_in_words,
)
from practice_notes.domain.rules import check_settings
from practice_notes.passphrase_input import PassphraseSource
from practice_notes.services import transfer
from practice_notes.services.practice import Practice
from practice_notes.services.unlock import create_practice, open_practice
from practice_notes.vault.audit import GENESIS, _digest
from practice_notes.vault.integrity import check_record
from practice_notes.vault.schema import SCHEMA_VERSION
from tests.unit.test_migrations import build_v1
from tests.unit.vaultkit import PASSPHRASE

D = ClientStatus.DISCHARGED
SEVEN = PracticeSettings()
WITH_MAJORITY = PracticeSettings(retention_years_after_majority=7)


def gone(discharged: dt.date, born: dt.date | None = None) -> Client:
    return Client("AB-01", "A B", status=D, discharged_on=discharged, born_on=born)


# ------------------------------------------------------------------ the rule
def test_add_years_moves_29_february_to_1_march() -> None:
    assert add_years(dt.date(2020, 2, 29), 1) == dt.date(2021, 3, 1)
    assert add_years(dt.date(2020, 2, 29), 4) == dt.date(2024, 2, 29)
    assert add_years(dt.date(2019, 6, 30), 7) == dt.date(2026, 6, 30)


def test_seven_years_after_discharge() -> None:
    e = eligibility(gone(dt.date(2018, 5, 2)), SEVEN)
    assert e is not None and e.eligible_on == dt.date(2025, 5, 2)
    assert not e.is_due(dt.date(2025, 5, 1)) and e.is_due(dt.date(2025, 5, 2))
    assert e.after_majority is None and not e.birth_unknown


def test_the_later_of_discharge_and_majority() -> None:
    # a child: turns 18 in 2020, +7 = 2027; discharge 2012 + 7 = 2019 -> 2027
    child = eligibility(gone(dt.date(2012, 1, 10), dt.date(2002, 8, 15)), WITH_MAJORITY)
    assert child is not None
    assert (child.after_discharge, child.after_majority, child.eligible_on) == (
        dt.date(2019, 1, 10), dt.date(2027, 8, 15), dt.date(2027, 8, 15))
    # an adult: the discharge part is later
    adult = eligibility(gone(dt.date(2020, 1, 10), dt.date(1970, 1, 1)), WITH_MAJORITY)
    assert adult is not None and adult.eligible_on == dt.date(2027, 1, 10)
    # majority rule off: the date of birth does not matter
    off = eligibility(gone(dt.date(2012, 1, 10), dt.date(2002, 8, 15)), SEVEN)
    assert off is not None and off.eligible_on == dt.date(2019, 1, 10)


def test_unknown_birth_with_the_majority_rule_is_flagged() -> None:
    e = eligibility(gone(dt.date(2012, 1, 10)), WITH_MAJORITY)
    assert e is not None and e.birth_unknown and e.eligible_on == dt.date(2019, 1, 10)


def test_only_discharged_clients_with_a_date() -> None:
    assert eligibility(Client("AB-01", "A", status=ClientStatus.ACTIVE), SEVEN) is None
    assert eligibility(Client("AB-01", "A", status=ClientStatus.PAUSED,
                              discharged_on=dt.date(2000, 1, 1)), SEVEN) is None
    assert eligibility(Client("AB-01", "A", status=D), SEVEN) is None
    clients = [replace(gone(dt.date(2010, 1, 1)), code="OL-01"),
               replace(gone(dt.date(2019, 1, 1)), code="NW-01"),
               replace(gone(dt.date(2005, 1, 1)), code="OL-02")]
    assert [e.client.code for e in past_retention(clients, SEVEN, dt.date(2025, 1, 1))] == [
        "OL-02", "OL-01"]


def test_rule_in_words() -> None:
    assert rule_in_words(SEVEN) == "Records may be destroyed 7 years after discharge."
    assert rule_in_words(WITH_MAJORITY) == (
        "Records may be destroyed 7 years after discharge, or 7 years after the client turns "
        "18, whichever is later.")
    assert rule_in_words(PracticeSettings(retention_years_after_discharge=1,
                                          retention_years_after_majority=1)) == (
        "Records may be destroyed 1 year after discharge, or 1 year after the client turns "
        "18, whichever is later.")


def test_settings_bounds() -> None:
    for bad in (PracticeSettings(retention_years_after_discharge=0),
                PracticeSettings(retention_years_after_majority=-1),
                PracticeSettings(retention_years_after_majority=101)):
        with pytest.raises(ValidationError):
            check_settings(bad)
    check_settings(PracticeSettings(retention_years_after_majority=0))


def test_settings_are_kept(practice: Practice) -> None:
    practice.save_settings(replace(practice.settings.load(), retention_years_after_discharge=10,
                                   retention_years_after_majority=3))
    s = practice.settings.load()
    assert (s.retention_years_after_discharge, s.retention_years_after_majority) == (10, 3)


# ------------------------------------------------------------ discharge date
def test_discharge_sets_the_date_and_taking_on_again_clears_it(practice: Practice) -> None:
    c = practice.add_client(Client("AB-01", "A B", born_on=dt.date(1990, 4, 5)))
    assert c.discharged_on is None
    practice.set_client_status(c.id or 0, D)
    assert practice.clients.get(c.id or 0).discharged_on == dt.date.today()
    # a date given (e.g. a discharge entered late) is kept, and stays while discharged
    practice.update_client(replace(practice.clients.get(c.id or 0),
                                   discharged_on=dt.date(2020, 1, 2)))
    practice.update_client(replace(practice.clients.get(c.id or 0), pronouns="they"))
    assert practice.clients.get(c.id or 0).discharged_on == dt.date(2020, 1, 2)
    practice.set_client_status(c.id or 0, ClientStatus.ACTIVE)
    assert practice.clients.get(c.id or 0).discharged_on is None
    assert practice.clients.get(c.id or 0).born_on == dt.date(1990, 4, 5)
    discharges = [e for e in practice.audit.entries() if e.action == "discharge"]
    assert [e.detail for e in discharges] == ["client AB-01"]


def test_a_future_or_impossible_birth_date_is_refused(practice: Practice) -> None:
    with pytest.raises(ValidationError):
        practice.add_client(Client("AB-01", "A", born_on=dt.date.today() + dt.timedelta(1)))
    with pytest.raises(ValidationError):
        practice.add_client(Client("AB-01", "A", status=D, born_on=dt.date(2000, 1, 1),
                                   discharged_on=dt.date(1999, 1, 1)))


# ----------------------------------------------------------------- migration
AT = "2023-04-01T09:00:00Z"


def test_v7_gives_discharged_clients_a_discharge_date(vault_path: Path) -> None:
    build_v1(vault_path, extra=(
        "INSERT INTO clients(code, display_name, status, created_at, updated_at) VALUES"
        " ('DS-01', 'Done Audit', 'discharged', 'x', '2023-05-06T10:00:00Z'),"
        " ('DS-02', 'Done Quiet', 'discharged', 'x', '2023-07-08T10:00:00Z')",
        "INSERT INTO audit_log(id, at, action, detail, prev_hash, hash) VALUES"
        f" (1, '{AT}', 'discharge', 'client DS-01', '{GENESIS}',"
        f" '{_digest(GENESIS, 1, AT, 'discharge', 'client DS-01')}')",
    ))
    practice = open_practice(vault_path, PASSPHRASE)
    try:
        assert practice.vault.schema_version == SCHEMA_VERSION >= 7
        assert practice.clients.by_code("DS-01").discharged_on == dt.date(2023, 4, 1)
        assert practice.clients.by_code("DS-02").discharged_on == dt.date(2023, 7, 8)
        old = practice.clients.by_code("OLD-01")
        assert old.discharged_on is None and old.born_on is None
        assert check_record(practice.vault).problems == ()
    finally:
        practice.close()


# ------------------------------------------------------------------- export
def test_export_carries_the_dates_and_an_older_export_still_imports(
    practice: Practice, tmp_path: Path
) -> None:
    practice.save_settings(replace(practice.settings.load(), retention_years_after_majority=5))
    c = practice.add_client(Client("AB-01", "A B", born_on=dt.date(2001, 2, 3)))
    practice.update_client(replace(practice.clients.get(c.id or 0), status=D,
                                   discharged_on=dt.date(2022, 3, 4)))
    doc = json.loads(json.dumps(transfer.export_document(practice)))
    assert doc["settings"]["retention_years_after_majority"] == 5
    client = doc["clients"][0]
    assert (client["born_on"], client["discharged_on"]) == ("2001-02-03", "2022-03-04")

    # the same document without the new fields, as an older version wrote it
    for name in ("retention_years_after_discharge", "retention_years_after_majority"):
        del doc["settings"][name]
    del client["born_on"], client["discharged_on"]
    fresh = create_practice(tmp_path / "fresh.vault", PASSPHRASE)
    try:
        transfer.import_document(fresh, doc)
        imported = fresh.clients.by_code("AB-01")
        assert imported.born_on is None and imported.status is D
        assert imported.discharged_on == dt.date.today()  # never destroyed too soon
        assert dataclasses.asdict(fresh.settings.load())["retention_years_after_majority"] == 0
    finally:
        fresh.close()


# ---------------------------------------------------------------------- CLI
def test_cli_lists_and_destroys_with_the_code_typed(
    practice: Practice, vault_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    c = practice.add_client(Client("OL-01", "Old Client"))
    practice.update_client(replace(practice.clients.get(c.id or 0), status=D,
                                   discharged_on=dt.date(2001, 1, 1)))
    practice.add_client(Client("NW-01", "New Client"))
    practice.close()
    monkeypatch.setenv("PRACTICE_NOTES_PASSPHRASE", PASSPHRASE)
    quiet = PassphraseSource(interactive=False)
    assert cli.main(["retention", "--vault", str(vault_path), "--json"], quiet) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["rule"] == "Records may be destroyed 7 years after discharge."
    assert [(r["code"], r["eligible_on"]) for r in listed["clients"]] == [("OL-01", "2008-01-01")]

    assert cli.main(["retention", "--vault", str(vault_path)], quiet) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Records may be destroyed") and lines[1].startswith("OL-01\t")

    monkeypatch.setattr("sys.stdin", io.StringIO("OL-02\n"))
    assert cli.main(["retention", "--vault", str(vault_path), "--destroy", "OL-01"], quiet) == 1
    assert "nothing was destroyed" in capsys.readouterr().err
    assert cli.main(["retention", "--vault", str(vault_path), "--destroy", "NW-01"], quiet) == 1
    assert "not a client whose records are past retention" in capsys.readouterr().err

    monkeypatch.setattr("sys.stdin", io.StringIO("OL-01\n"))
    assert cli.main(["retention", "--vault", str(vault_path), "--destroy", "OL-01"], quiet) == 0
    assert "Destroyed the records of OL-01" in capsys.readouterr().out
    reopened = open_practice(vault_path, PASSPHRASE)
    try:
        assert [x.code for x in reopened.clients.all()] == ["NW-01"]
        assert reopened.audit.entries()[-2].action == "destroy"
    finally:
        reopened.close()


def test_v6_to_v7_with_signed_notes_and_a_discharge(practice: Practice, vault_path: Path) -> None:
    """A v6 vault (made by undoing v7) migrates: the discharge day comes from the
    audit log, the rules are v7's, and the record check is clean."""
    from practice_notes.domain.models import Session
    from tests.unit.vaultkit import raw_connect, undo_v7

    c = practice.add_client(Client("AB-01", "A B"))
    s = practice.save_session(Session(c.id or 0, dt.datetime(2024, 1, 2, 10),
                                      note_fields={"subjective": "x"}))
    practice.sign_session(s.id or 0)
    practice.set_client_status(c.id or 0, D)
    practice.close()
    con = raw_connect(vault_path)
    try:
        for sql in undo_v7():
            con.execute(sql)
    finally:
        con.close()
    reopened = open_practice(vault_path, PASSPHRASE)
    try:
        assert reopened.vault.migrated_from == 6
        assert reopened.clients.get(c.id or 0).discharged_on == dt.date.today()
        assert check_record(reopened.vault).problems == ()
    finally:
        reopened.close()
