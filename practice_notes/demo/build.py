"""A realistic demo practice: clients with months of weekly sessions, goals and
ratings, milestones, agreements with revisions, check-ins, measures and signed
notes with addenda. Deterministic for a seed. Everything goes through the same
use cases as the GUI; each client is written in one transaction."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path

from practice_notes.demo import record_text as rtxt
from practice_notes.demo.compose import Writer
from practice_notes.demo.record import Recorder, Timeline
from practice_notes.demo.themes import THEMES, Theme
from practice_notes.domain.enums import Attendance, ClientStatus, Modality, NoteFormat
from practice_notes.domain.models import Client, PracticeSettings, Session
from practice_notes.services.practice import Practice, latin_initials

Progress = Callable[[int, int], None]

SETTINGS = PracticeSettings(
    therapist_name="Dr Miriam Hale",
    practice_name="Harbour Lane Counselling",
    credentials="DClinPsy, MBACP (Accred.)",
    contact="12 Harbour Lane, Bristol BS1 4RN · 0117 496 0731",
)

# (display name, preferred name, pronouns) of the first clients of every demo.
NAMED = (
    ("Zoë Ångström", "", "she/her"),
    ("Mateusz Wiśniewski", "Mati", "he/him"),
    ("Siobhán Ní Bhriain", "", "she/her"),
    ("Ólafur Þórsson", "Óli", "he/him"),
    ("Дарья Ковалёва", "Даша", "she/her"),
    ("Amara Okafor", "", "she/her"),
    ("Sam Whitfield", "", "they/them"),
    ("Tomás Ruiz Delgado", "Tomás", "he/him"),
    ("Priya Raman", "", "she/her"),
    ("Kwame Mensah", "", "he/him"),
)
FIRST = (
    ("Alex", "they/them"), ("Beatriz", "she/her"), ("Chloé", "she/her"), ("Daniel", "he/him"),
    ("Eilidh", "she/her"), ("Farid", "he/him"), ("Grace", "she/her"), ("Hamza", "he/him"),
    ("Inès", "she/her"), ("Jonas", "he/him"), ("Kai", "they/them"), ("Leila", "she/her"),
    ("Marcus", "he/him"), ("Noor", "she/her"), ("Oskar", "he/him"), ("Rosa", "she/her"),
    ("Søren", "he/him"), ("Tendai", "she/her"), ("Wiktor", "he/him"), ("Yara", "she/her"),
)
SURNAMES = (
    "Adeyemi", "Bianchi", "Campbell", "Dubois", "Evans", "Fischer", "García", "Hughes",
    "Ivanova", "Jensen", "Kowalczyk", "Lambert", "Müller", "Nakamura", "O'Connell", "Patel",
    "Quinn", "Rossi", "Schäfer", "Thompson", "Ulloa", "Varga", "Walsh", "Yılmaz", "Zieliński",
)
_FORMATS = (NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP, NoteFormat.FREE)
_ATTEND = (Attendance.ATTENDED, Attendance.CANCELLED, Attendance.LATE_CANCEL,
           Attendance.NO_SHOW)


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind the demo wrote."""

    clients: int = 0
    sessions: int = 0
    signed: int = 0
    addenda: int = 0
    goals: int = 0
    ratings: int = 0
    strategies: int = 0
    milestones: int = 0
    agreements: int = 0
    checkins: int = 0
    measures: int = 0
    custom_scores: int = 0
    reviews: int = 0

    def __add__(self, other: DemoSummary) -> DemoSummary:
        return DemoSummary(*(getattr(self, f.name) + getattr(other, f.name)
                             for f in fields(self)))


def build_demo(
    practice: Practice, clients: int = 8, sessions: int = 26, seed: int = 7,
    today: dt.date | None = None, *, progress: Progress | None = None,
) -> DemoSummary:
    """Fill ``practice`` with ``clients`` demo clients of ``sessions`` weekly
    sessions each, the last ones shortly before ``today``. ``progress(done, total)``
    is called after each client."""
    if clients < 1 or sessions < 1:
        raise ValueError("a demo needs at least one client and one session")
    day = today or dt.date.today()
    practice.save_settings(SETTINGS)
    total = DemoSummary()
    for index in range(clients):
        rng = random.Random(seed * 1_000_003 + index)
        with practice.transaction():
            total += _ClientBuilder(practice, rng, index, sessions, day).build()
        if progress is not None:
            progress(index + 1, clients)
    return total


# Kept here under its old name for callers and tests; the rule lives with suggest_code.
code_basis = latin_initials


def _identity(rng: random.Random, index: int) -> tuple[str, str, str]:
    if index < len(NAMED):
        return NAMED[index]
    first, pronouns = FIRST[rng.randrange(len(FIRST))]
    return f"{first} {SURNAMES[rng.randrange(len(SURNAMES))]}", "", pronouns


def _themes(index: int) -> tuple[Theme, Theme]:
    primary = THEMES[index % len(THEMES)]
    secondary = THEMES[(index * 3 + 1) % len(THEMES)]
    if secondary is primary:
        secondary = THEMES[(index + 1) % len(THEMES)]
    return primary, secondary


class _ClientBuilder:
    def __init__(
        self, practice: Practice, rng: random.Random, index: int, count: int, today: dt.date
    ) -> None:
        self.p, self.rng, self.index, self.count = practice, rng, index, count
        self.display, self.preferred, self.pronouns = _identity(rng, index)
        self.status = {5: ClientStatus.PAUSED, 6: ClientStatus.DISCHARGED}.get(
            index % 8, ClientStatus.ACTIVE)
        gap = {ClientStatus.PAUSED: 4, ClientStatus.DISCHARGED: 9}.get(self.status, 0)
        self.last = today - dt.timedelta(days=1 + index % 6, weeks=gap)
        self.first = self.last - dt.timedelta(weeks=count - 1)
        self.themes = _themes(index)
        self.writer = Writer(rng, self.preferred or self.display.split()[0], self.pronouns,
                             self.themes)
        attendance = [rng.choices(_ATTEND, weights=(88, 5, 4, 3))[0] for _ in range(count)]
        for k in {0, count - 1, max(count - 2, 0)}:
            attendance[k] = Attendance.ATTENDED
        self.attendance = attendance
        self.unsigned_tail = 1 + index % 2
        self.timeline = Timeline(rng, index, attendance, self.first, self.unsigned_tail)
        self.signed = self.addenda = 0

    def build(self) -> DemoSummary:
        rng, t = self.rng, self.timeline
        client = self.p.add_client(Client(
            code=self.p.suggest_code(self.display), display_name=self.display,
            preferred_name=self.preferred, pronouns=self.pronouns, start_date=self.first,
            considerations=rng.choice(rtxt.CONSIDERATIONS),
        ))
        cid = _id(client.id)
        recorder = Recorder(self.p, self.writer, t, self.index, cid, self.themes)
        hour, minute = rng.choice((9, 10, 11, 13, 14, 15, 16, 17, 18)), rng.choice((0, 0, 30))
        modality = rng.choices(list(Modality), weights=(6, 3, 1))[0]
        homework = ""
        for k, attendance in enumerate(self.attendance):
            if k and k % Writer.BLOCK == 0:
                self.writer.new_block()
            when = dt.datetime.combine(self.first + dt.timedelta(weeks=k), dt.time(hour, minute))
            if rng.random() < 0.1:
                when += dt.timedelta(hours=rng.choice((-1, 1, 2)))
            if k == t.goals_at:
                recorder.set_goals(k, when.date())
            session, homework = self._session(cid, k, when, attendance, modality, homework,
                                              recorder)
            sid = _id(session.id)
            if attendance is Attendance.ATTENDED:
                recorder.after_session(k, sid, when.date())
            if k < self.count - self.unsigned_tail:
                self._sign(sid, k, when + dt.timedelta(minutes=session.duration_minutes))
        self._finish(client)
        return DemoSummary(clients=1, sessions=self.count, signed=self.signed,
                           addenda=self.addenda, **recorder.counts)

    def _session(
        self, cid: int, k: int, when: dt.datetime, attendance: Attendance, modality: Modality,
        homework: str, recorder: Recorder,
    ) -> tuple[Session, str]:
        """Save session ``k``; returns it and the homework it set ("" if none)."""
        rng, w = self.rng, self.writer
        if rng.random() > 0.85:
            modality = rng.choice(list(Modality))
        duration = 60 if k == 0 or k in self.timeline.reviews else rng.choice((50, 50, 50, 45))
        if attendance is not Attendance.ATTENDED:
            session = self.p.save_session(Session(
                cid, when, duration, attendance, modality, NoteFormat.FREE,
                w.absence(attendance),
            ))
            return session, homework
        active = recorder.active_goals()
        new_homework = w.homework_to_set(0.45) if active else ""
        fmt = NoteFormat.SOAP if k == 0 else rng.choices(_FORMATS, weights=(70, 12, 10, 8))[0]
        note = (w.intake(self.themes[0].presenting) if k == 0
                else w.note(fmt, f"Homework: {new_homework}." if new_homework else ""))
        outcome = w.maybe(1.0, w.homework) if homework else ""
        reviewed = f"{homework[:1].upper()}{homework[1:]}: {outcome}" if outcome else ""
        addressed = rng.sample(active, min(len(active), rng.choice((1, 2, 2))))
        session = self.p.save_session(Session(
            cid, when, duration, attendance, modality, fmt, note,
            process_notes=w.maybe(0.55, w.process), homework_reviewed=reviewed,
            goal_ids=tuple(sorted(_id(g.id) for g in addressed)),
        ))
        return session, new_homework

    def _sign(self, sid: int, k: int, ended: dt.datetime) -> None:
        signed_at = ended + dt.timedelta(minutes=self.rng.randint(10, 240))
        self.p.sign_session(sid, signed_at)
        self.signed += 1
        if k == self.timeline.addendum_at:
            written = signed_at + dt.timedelta(days=self.rng.randint(1, 3),
                                               hours=self.rng.randint(0, 5))
            self.p.add_addendum(sid, self.writer.say(self.writer.addenda), written)
            self.addenda += 1

    def _finish(self, client: Client) -> None:
        reviews = self.timeline.reviews
        base = self.first + dt.timedelta(weeks=reviews[-1] if reviews else 0)
        next_review: dt.date | None = base + dt.timedelta(weeks=12)
        if self.index % 4 == 3:  # some reviews are overdue
            next_review = self.last - dt.timedelta(weeks=1)
        if self.status is ClientStatus.DISCHARGED:
            next_review = None
        self.p.update_client(replace(client, next_review_on=next_review))
        if self.status is not ClientStatus.ACTIVE:
            self.p.set_client_status(_id(client.id), self.status)


def _id(value: int | None) -> int:
    if value is None:
        raise ValueError("record was not saved")
    return value


def open_or_build_demo(
    path: Path, passphrase: str, clients: int = 8, sessions: int = 26, seed: int = 7,
    progress: Progress | None = None,
) -> tuple[Practice, DemoSummary | None]:
    """Open the demo vault at ``path``, or create and fill it; the summary is None when
    an existing demo was opened. A build that fails or is interrupted leaves no files."""
    from practice_notes.services.unlock import create_practice, open_practice
    from practice_notes.vault.instance_lock import lock_path_for

    if path.exists():
        return open_practice(path, passphrase), None
    practice = create_practice(path, passphrase)
    try:
        summary = build_demo(practice, clients, sessions, seed=seed, progress=progress)
    except BaseException:
        practice.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), lock_path_for(path)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return practice, summary
