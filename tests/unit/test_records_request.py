"""The records-request package: real vaults, real PDFs read back with pypdf
(and pdftotext for right-to-left text). The cover says what is included and
withheld; every signed note and addendum prints in date order; process notes
and the text of unsigned notes never do; every page has page X of Y and the
record fingerprint; pseudonymising hides every name; the command line fails
in one line."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest

from practice_notes import cli
from practice_notes.domain.enums import NoteFormat
from practice_notes.domain.models import Client, Goal, GoalRating, PracticeSettings, Session
from practice_notes.passphrase_input import ENV_PASSPHRASE, PassphraseSource
from practice_notes.reports import bidi
from practice_notes.services.practice import Practice
from practice_notes.services.records_request import RecordsRequest, build_records
from practice_notes.services.unlock import create_practice
from practice_notes.vault.integrity import record_fingerprint
from tests.unit import report_kit as rk
from tests.unit.test_reports_long import long_text
from tests.unit.vaultkit import PASSPHRASE

DAY = dt.datetime(2025, 1, 6, 10, 0)
HEBREW = "אני רוצה לישון טוב יותר בלילה ולהרגיש רגועה בבוקר"
ARABIC = "أريد أن أنام بشكل أفضل في الليل وأن أشعر بالهدوء في الصباح"


def _session(practice: Practice, cid: int, days: int, text: str, sign: bool,
             process: str = "") -> int:
    s = practice.save_session(Session(cid, DAY + dt.timedelta(days=days),
                                      note_format=NoteFormat.FREE, note_fields={"note": text},
                                      process_notes=process))
    if sign:
        practice.sign_session(s.id or 0, DAY + dt.timedelta(days=days, hours=1))
    return s.id or 0


def _notes_client(practice: Practice) -> int:
    """Three signed notes (saved out of order) with addenda, one unsigned note."""
    cid = practice.add_client(Client("NT-01", "Nora Tamsin", other_names=("Bobbie",))).id or 0
    third = _session(practice, cid, 20, "Thirdnote the third session", True, "Procthree")
    first = _session(practice, cid, 0, "Firstnote the first session", True, "Procone")
    _session(practice, cid, 10, "Draftnote never signed", False, "Proctwo")
    second = _session(practice, cid, 14, "Secondnote the second session", True)
    practice.add_addendum(first, "Firstadd one", DAY + dt.timedelta(days=2))
    practice.add_addendum(first, "Firstadd two", DAY + dt.timedelta(days=30))
    practice.add_addendum(third, "Thirdadd one", DAY + dt.timedelta(days=21))
    practice.add_addendum(second, "Secondadd one", DAY + dt.timedelta(days=40))
    return cid


def _request(cid: int, **kwargs: object) -> RecordsRequest:
    base: dict[str, object] = {"client_id": cid, "generated_on": rk.TODAY}
    base.update(kwargs)
    return RecordsRequest(**base)  # type: ignore[arg-type]


def test_the_cover_lists_what_is_included_and_withheld(practice: Practice) -> None:
    cid = rk.add_marked_client(practice)
    pdf = build_records(practice, _request(cid, period_from=rk.PERIOD_FROM,
                                           period_to=rk.TODAY)).pdf
    cover = rk.flat(rk.page_texts(pdf)[0])
    assert "Records request" in cover
    assert "Period: 1 Dec 2024 to 14 Mar 2025" in cover
    assert "(the whole record)" not in cover
    assert "What is included" in cover and "What is withheld, and why" in cover
    assert "1 signed progress note with 1 addendum" in cover
    assert "2 goals with" in cover and "2 agreements with all 3 versions" in cover
    assert "Private process notes." in cover and "not part of the clinical record" in cover
    assert "Notes not signed (13)." in cover
    assert "Anything dated outside the period" in cover
    assert "Sam Rivers" in cover
    text = rk.all_text(pdf)
    assert rk.PROCESS_MARKER not in text
    for marker in ("Notemark1S", "Addmark2K", "Goalmark5B", "Agreemark9N", "Revmark9O",
                   "Checkmark8I", "Custmark7H", "Ratemark8J", "Measmark6V"):
        assert marker in text, marker


def test_signed_notes_and_addenda_in_date_order_drafts_without_text(
        practice: Practice) -> None:
    cid = _notes_client(practice)
    pdf = build_records(practice, _request(cid)).pdf
    text = rk.all_text(pdf)
    order = ["Firstnote", "Firstadd one", "Firstadd two", "Draft, not part of the record",
             "Secondnote", "Secondadd one", "Thirdnote", "Thirdadd one"]
    at = [text.find(m) for m in order]
    assert -1 not in at, dict(zip(order, at, strict=True))
    assert at == sorted(at)
    assert "16 Jan 2025, 10:00" in text  # the draft is listed by its date
    assert "(the whole record)" in text and "Period: 6 Jan 2025 to 14 Mar 2025" in text
    for never in ("Draftnote", "Procone", "Proctwo", "Procthree"):
        assert never not in text, never


def test_page_x_of_y_and_the_fingerprint_on_every_page(practice: Practice) -> None:
    cid = rk.add_marked_client(practice)
    fingerprint = record_fingerprint(practice.vault)
    assert fingerprint
    pdf = build_records(practice, _request(cid)).pdf
    pages = [rk.flat(t) for t in rk.page_texts(pdf)]
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert f"Record {fingerprint}" in page
    assert all(f.embedded for f in rk.fonts_used(pdf))
    info = rk.reader(pdf).metadata
    assert info is not None and info.title == "Records — Lina"
    assert info.subject == "Records request"


def test_audited_with_the_code_and_period_only(practice: Practice) -> None:
    cid = _notes_client(practice)
    build_records(practice, _request(cid, period_from=dt.date(2025, 1, 1),
                                     period_to=dt.date(2025, 2, 1)))
    entry = practice.audit.entries()[-1]
    assert entry.action == "records"
    assert entry.detail == ("client NT-01 period 2025-01-01..2025-02-01 signed_notes=3 "
                            "drafts_listed=1 pseudonymised=False")


def test_the_period_limits_what_is_shown(practice: Practice) -> None:
    cid = _notes_client(practice)
    text = rk.all_text(build_records(practice, _request(
        cid, period_from=dt.date(2025, 1, 15), period_to=dt.date(2025, 1, 22))).pdf)
    assert "Secondnote" in text and "Draft, not part of the record" in text
    assert "Firstnote" not in text and "Thirdnote" not in text


def test_pseudonymise_hides_every_name(practice: Practice) -> None:
    cid = practice.add_client(Client("PS-02", "Zoë Okafor-Lind", preferred_name="Zee",
                                     other_names=("Bobbie", "Marchetti"))).id or 0
    _session(practice, cid, 0, "Zee and Zoë's mother (Mrs Marchetti) called Bobbie twice; "
                               "Okafor-Lind family.", True)
    practice.add_goal(Goal(cid, "I, Zee, want Bobbie to sleep", agreed_on=DAY.date()))
    pdf = build_records(practice, _request(cid, pseudonymise=True)).pdf
    text = rk.all_text(pdf)
    for name in ("Zoë", "Zoe", "Zee", "Okafor", "Lind", "Bobbie", "Marchetti"):
        assert name not in text, name
    assert "PS-02" in text and "Names are replaced by the client code PS-02" in text
    assert "Notes not signed: none." in text
    info = rk.reader(pdf).metadata
    assert info is not None and info.title == "Records — PS-02"
    entry = practice.audit.entries()[-1]
    assert entry.detail.endswith("pseudonymised=True") and "Zee" not in entry.detail


def test_markup_in_notes_prints_literally(practice: Practice) -> None:
    cid = practice.add_client(Client("MK-01", "Mark Up")).id or 0
    _session(practice, cid, 0, 'She wrote <img src="/etc/passwd"/> & <font name=x> <b>', True)
    pdf = build_records(practice, _request(cid)).pdf
    assert '<img src="/etc/passwd"/> & <font name=x> <b>' in rk.all_text(pdf)
    assert rk.xobject_subtypes(pdf) == []


def test_a_very_long_note_prints_in_full(practice: Practice) -> None:
    cid = practice.add_client(Client("LG-01", "Lee Long")).id or 0
    sid = _session(practice, cid, 0, long_text("Note", 200_000), True)
    practice.add_addendum(sid, long_text("Addendum", 20_000), DAY + dt.timedelta(days=1))
    started = time.monotonic()
    pdf = build_records(practice, _request(cid)).pdf
    assert time.monotonic() - started < 90
    text = rk.all_text(pdf)
    for tag in ("Note", "Addendum"):
        assert f"Start{tag}" in text and f"End{tag}" in text
    assert text.index("EndNote") < text.index("StartAddendum")
    assert len(rk.reader(pdf).pages) > 40


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "records.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    out = "".join(ch for ch in out if ch not in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
    return " ".join(unicodedata.normalize("NFKC", out).split())


@pytest.mark.skipif(shutil.which("pdftotext") is None or not bidi.AVAILABLE,
                    reason="needs pdftotext, python-bidi and arabic-reshaper")
def test_hebrew_and_arabic_print_in_reading_order(practice: Practice, tmp_path: Path) -> None:
    cid = practice.add_client(Client("RT-03", "דנה כהן")).id or 0
    long_hebrew = " ".join([HEBREW] * 5)
    _session(practice, cid, 0, f"{long_hebrew}\n\n{ARABIC}", True)
    goal = practice.add_goal(Goal(cid, ARABIC, agreed_on=DAY.date()))
    practice.rate_goal(GoalRating(goal.id or 0, DAY.date(), 4, note=HEBREW))
    text = _pdftotext(build_records(practice, _request(cid)).pdf, tmp_path)
    assert "The clinical record of דנה כהן" in text
    assert long_hebrew in text
    assert ARABIC in text.replace("“", "").replace("”", "")


# ------------------------------------------------------------------ command line
@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    path = tmp_path / "cli.vault"
    practice = create_practice(path, PASSPHRASE, PracticeSettings(therapist_name="Dr Ada Byrne"))
    try:
        _notes_client(practice)
    finally:
        practice.vault.close()
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    source = PassphraseSource(env={ENV_PASSPHRASE: PASSPHRASE}, interactive=False)
    code = cli.main(["records", *args], source)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_the_package(cli_vault: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nt.pdf"
    code, said, err = _run(["--vault", str(cli_vault), "--client", "nt-01", "--from",
                            "2025-01-01", "--to", "2025-03-01", "--pseudonymise",
                            "--out", str(out)], capsys)
    assert (code, err) == (0, ""), err
    assert "NT-01" in said and "3 signed note(s), 1 unsigned" in said
    assert "Pseudonymised: " in said and "name(s) replaced with NT-01" in said
    assert out.stat().st_mode & 0o777 == 0o600
    text = rk.all_text(out.read_bytes())
    assert "Firstnote" in text and "Nora" not in text and "Bobbie" not in text
    assert "Draftnote" not in text
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(("args", "expected_code", "says"), [
    (["--client", "NOPE-1"], 1, "no client with the code NOPE-1"),
    (["--client", "NT-01", "--from", "2025-03-01", "--to", "2025-01-01"], 1, "--from must"),
    (["--client", "NT-01", "--from", "1 March"], 2, "is not a date"),
    (["--client", "NT-01", "--out", "/no/such/folder/x.pdf"], 1, "does not exist"),
])
def test_cli_errors_are_one_line(cli_vault: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str], args: list[str],
                                 expected_code: int, says: str) -> None:
    if "--out" not in args:
        args = [*args, "--out", str(tmp_path / "x.pdf")]
    code, said, err = _run(["--vault", str(cli_vault), *args], capsys)
    assert code == expected_code
    assert said == ""
    if expected_code == 1:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("practice-notes: "), err
        assert says in lines[0], err
    else:
        assert says in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
