"""Nothing a person types is ever on disk in clear.

A unique marker goes through every entity and every text field; then the vault
file and every file beside it (-wal, -shm, .lock, safety copies) are scanned for
it in UTF-8 and both UTF-16 byte orders, while the vault is open and after it is
closed. The test's own temporary folder (``TMPDIR`` and Python's ``tempfile``
point there for the test and any subprocess, so nothing else on the machine
writes into it) and the process's output are scanned too.
"""

from __future__ import annotations

import datetime as dt
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from practice_notes.domain.enums import GoalStatus, Instrument, NoteFormat, RatingScheme
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    Client,
    CustomScore,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    PracticeSettings,
    Review,
    Session,
    Strategy,
)
from practice_notes.domain.notes import template
from practice_notes.services.practice import Practice
from practice_notes.services.unlock import change_passphrase, create_practice, open_practice
from tests.unit.vaultkit import OTHER_PASSPHRASE, PASSPHRASE, files_containing

TOKEN = secrets.token_hex(6).upper()
ASCII = f"PNX{TOKEN}"  # upper-case letters and digits: fits even a client code
UNICODE = f"Zoë Ωμέγα 東京 {TOKEN}"


@dataclass
class Written:
    markers: list[str] = field(default_factory=list)

    def __call__(self, what: str, unicode: bool = False) -> str:
        text = f"{UNICODE} {what}" if unicode else f"{ASCII} {what}"
        self.markers.append(text)
        return text


def needles() -> list[str]:
    """What must never be found: the markers, and forms derived from them."""
    return [ASCII, ASCII.lower(), UNICODE, "Ωμέγα 東京", TOKEN]


def fill_every_field(p: Practice, m: Written, unicode: bool) -> None:
    """Write a marker through every entity and every text field the services offer."""

    def t(what: str) -> str:
        return m(what, unicode)

    def line(what: str, limit: int = 200) -> str:
        return t(what)[:limit]

    p.save_settings(PracticeSettings(therapist_name=line("therapist"),
                                     practice_name=line("practice"),
                                     credentials=line("credentials"), contact=line("contact")))
    code = ("U" if unicode else "A") + TOKEN[:14]
    client = p.add_client(Client(
        code, line("display name"), preferred_name=line("preferred"),
        pronouns=line("pr", 40), considerations=t("considerations\nsecond line"),
    ))
    cid = client.id or 0
    p.update_client(Client(code, line("renamed"), considerations=t("considerations v2"),
                           id=cid))
    kind = p.add_catalogue_entry(p.milestone_kinds, line("milestone kind"))
    topic = p.add_catalogue_entry(p.agreement_topics, line("agreement topic"))

    goal = p.add_goal(Goal(cid, t("goal words"), why_it_matters=t("why"),
                           agreed_on=dt.date(2024, 1, 1)))
    gas = p.add_goal(Goal(cid, t("gas goal"), agreed_on=dt.date(2024, 1, 1),
                          scheme=RatingScheme.GAS,
                          gas_levels=tuple(t(f"level {n}") for n in range(-2, 3))))
    p.set_goal_status(goal.id or 0, GoalStatus.PAUSED, dt.date(2024, 2, 1), t("pause reason"))

    sessions = []
    for n, fmt in enumerate(NoteFormat):
        fields = {f.key: t(f"{fmt.value} {f.key}") for f in template(fmt)}
        s = p.save_session(Session(
            cid, dt.datetime(2024, 1, 8 + n, 10), note_format=fmt, note_fields=fields,
            process_notes=t("private process"), homework_reviewed=t("homework"),
            goal_ids=(goal.id or 0,),
        ))
        sessions.append(s)
    draft_key = f"session:{sessions[0].id}"
    # an edit of an unsigned note, then signing and an addendum
    edited = p.save_session(Session(
        cid, sessions[0].starts_at, note_fields={"subjective": t("edited subjective")},
        process_notes=t("edited process"), id=sessions[0].id))
    p.sign_session(edited.id or 0)
    p.add_addendum(edited.id or 0, t("addendum"))

    p.rate_goal(GoalRating(goal.id or 0, dt.date(2024, 1, 9), 4, note=t("rating note"),
                           session_id=sessions[1].id))
    p.rate_goal(GoalRating(gas.id or 0, dt.date(2024, 1, 9), 1, note=t("gas rating note")))
    strat = p.add_strategy(Strategy(goal.id or 0, t("strategy"), outcome_note=t("outcome")))
    p.update_strategy(Strategy(goal.id or 0, t("strategy v2"), outcome_note=t("outcome v2"),
                               id=strat.id))
    p.add_milestone(Milestone(cid, kind.id or 0, dt.date(2024, 1, 10), note=t("milestone"),
                              custom_label=line("custom label"), session_id=sessions[1].id))
    a = p.add_agreement(AgreementVersion(cid, topic.id or 0, t("wording"),
                                         dt.date(2024, 1, 1), dt.date(2024, 6, 1)))
    p.revise_agreement(a.series_id or 0, t("wording v2"), dt.date(2024, 2, 1), None,
                       t("revision reason"))
    p.end_agreement(a.series_id or 0, dt.date(2024, 3, 1), t("end reason"))
    p.add_checkin(CheckIn(cid, dt.date(2024, 1, 11), 7, 6, 5, 6, comment=t("checkin")))
    p.add_measure(MeasureResult(cid, Instrument.PHQ9, dt.date(2024, 1, 11),
                                (1, 1, 1, 1, 1, 1, 1, 1, 0), note=t("phq note")))
    p.add_measure(MeasureResult(cid, Instrument.GAD7, dt.date(2024, 1, 11),
                                (2, 2, 2, 2, 2, 2, 2), note=t("gad note")))
    p.add_custom_score(CustomScore(cid, line("custom score", 80), dt.date(2024, 1, 11), 3.5))
    p.add_review(Review(cid, dt.date(2024, 3, 1), dt.date(2024, 1, 1), dt.date(2024, 3, 1),
                        options={"title": t("option")}, narrative=t("narrative"),
                        next_steps=t("next steps"), client_reflection=t("reflection")))
    p.put_draft(draft_key, t("draft body"))
    p.put_draft(f"{draft_key}:{line('draft key', 40)}", t("draft 2"))
    p.discard_draft(f"{draft_key}:{line('draft key', 40)}")
    p.search(ASCII)
    p.search(UNICODE)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own: ``TMPDIR`` (inherited by subprocesses,
    read by SQLite) and Python's ``tempfile`` point there while the test runs."""
    root = tmp_path / "tmp"
    root.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(root))
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    assert tempfile.gettempdir() == str(root)
    return root


def scan_tmp(root: Path) -> list[str]:
    """Files under the test's temporary folder that hold a marker in clear."""
    return files_containing(root, needles())


@pytest.mark.parametrize("unicode", [False, True], ids=["ascii", "non-ascii"])
def test_no_plaintext_anywhere(
    tmp_path: Path, private_tmp: Path, unicode: bool, capfd: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vault-folder"
    path = folder / "practice.vault"
    m = Written()
    practice = create_practice(path, PASSPHRASE)
    fill_every_field(practice, m, unicode)
    assert len(m.markers) > 40

    # The marker really went in: read back through the services and found by search.
    word = TOKEN if unicode else ASCII
    hits = practice.search(word)
    kinds = {h.kind for h in hits}
    assert {"session", "addendum", "goal", "milestone", "agreement", "checkin", "strategy",
            "rating", "measure", "client", "review"} <= kinds

    # While open: the -wal file holds recent pages.
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    practice.vault.safety_copy("plaintext-test")
    assert files_containing(folder, needles()) == []

    change_passphrase(practice, PASSPHRASE, OTHER_PASSPHRASE)  # rekey rewrites every page
    assert files_containing(folder, needles()) == []
    practice.vault.close()
    assert files_containing(folder, needles()) == []

    # Reopening (unlock, audit entries, search) leaves nothing in clear either.
    practice = open_practice(path, OTHER_PASSPHRASE)
    try:
        assert TOKEN in practice.settings.load().contact
        assert practice.search(word)
        assert files_containing(folder, needles()) == []
    finally:
        practice.vault.close()
    assert files_containing(folder, needles()) == []
    names = {p.name for p in folder.iterdir()}
    assert not any(TOKEN.lower() in n.lower() for n in names)
    assert any(n.endswith(".bak") for n in names)

    assert scan_tmp(private_tmp) == []
    out, err = capfd.readouterr()
    for needle in needles():
        assert needle not in out and needle not in err


def test_marker_is_detectable_in_clear(tmp_path: Path) -> None:
    """The scanner itself finds a marker written in clear, in every encoding."""
    for n, enc in enumerate(("utf-8", "utf-16-le", "utf-16-be")):
        (tmp_path / f"f{n}").write_bytes(b"\0junk" + UNICODE.encode(enc) + b"junk")
    assert len(files_containing(tmp_path, [UNICODE])) == 3


def test_the_temporary_folder_scan_finds_a_marker(private_tmp: Path) -> None:
    """What the code writes with ``tempfile`` lands in the scanned folder, and is found."""
    with tempfile.NamedTemporaryFile(delete=False) as fh:
        fh.write(UNICODE.encode("utf-16-le"))
    assert Path(fh.name).parent == private_tmp
    hits = scan_tmp(private_tmp)
    assert hits and all(h.startswith(f"{fh.name}: ") for h in hits)
