"""Helpers for the progress-summary tests: a client whose every field carries
its own marker (written through the services into a real vault), and ways to
read a built PDF back with pypdf. No fixtures, no Qt."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject, PdfObject

from practice_notes.domain.enums import (
    Attendance,
    GoalStatus,
    Instrument,
    NoteFormat,
    OutcomeRating,
    Rater,
    RatingScheme,
    StrategyKind,
)
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    Client,
    CustomScore,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    Session,
    Strategy,
)
from practice_notes.reports.options import ReportOptions
from practice_notes.services.practice import Practice

TODAY = dt.date(2025, 3, 14)
PERIOD_FROM = dt.date(2024, 12, 1)
GAS_TEXT = ("no calls at all", "answers a few calls", "answers most calls",
            "answers every call", "makes calls too")

#: Never in any report, whatever the options.
PROCESS_MARKER = "Procmark7Q"
#: Never in any report either: fields a progress summary does not print.
UNPRINTED_MARKERS = {
    "homework_reviewed": "Hwrevmark4Z",
    "rating_note": "Ratemark8J",
    "measure_note": "Measmark6V",
    "considerations": "Consmark1P",
}
#: Printed markers, each with the sections whose presence makes it appear.
MARKERS: dict[str, frozenset[str]] = {
    "Narrmark3A": frozenset({"summary"}),
    "Goalmark5B": frozenset({"goals", "tried"}),  # "What we tried" names its goal
    "Whymark5C": frozenset({"goals"}),
    "Statmark5D": frozenset({"goals"}),
    "Gaslvmark5E": frozenset({"goals"}),
    "Stratmark6F": frozenset({"tried"}),
    "Outcmark6G": frozenset({"tried"}),
    "Custmark7H": frozenset({"symptoms"}),
    "Checkmark8I": frozenset({"relationship"}),
    "Milemark8L": frozenset({"relationship"}),
    "Milenotemark8M": frozenset({"relationship"}),
    "Agreemark9N": frozenset({"agreements"}),
    "Revmark9O": frozenset({"agreements"}),
    "Topicmark9R": frozenset({"agreements"}),
    "Notemark1S": frozenset({"sessions"}),
    "Addmark2K": frozenset({"sessions"}),  # an addendum prints, dated, under its note
    "Nextmark2T": frozenset({"next_steps"}),
}
#: Headings that only their own section prints.
HEADINGS = {
    "summary": "In our words",
    "goals": "Goals Each goal is written in your own words",
    "tried": "What we tried",
    "symptoms": "Symptom change",
    "relationship": "Our working relationship",
    "agreements": "Agreements",
    "attendance": "Attendance",
    "sessions": "Session summaries",
    "next_steps": "Next steps we agreed",
}
NARRATIVE = "Narrmark3A We have worked well together, and Lina has kept coming every week."
NEXT_STEPS = "Nextmark2T Keep the morning routine; review again in June."


@dataclass(frozen=True)
class Person:
    code: str
    display_name: str
    preferred_name: str

    @property
    def name_parts(self) -> list[str]:
        parts = {self.display_name, self.preferred_name}
        parts.update(p for p in re.split(r"[\s\-]+", self.display_name) if len(p) >= 3)
        return sorted(p for p in parts if p)


MARKED = Person("EQ-07", "Evangelina Quaresma-Thornbury", "Lina")


def add_marked_client(practice: Practice, person: Person = MARKED, weeks: int = 14) -> int:
    """A client with one marker per field, weekly sessions up to TODAY, and
    the client's names used freely in every text (for pseudonymisation)."""
    name = person.preferred_name
    client = practice.add_client(Client(
        person.code, person.display_name, preferred_name=name, pronouns="she/her",
        considerations=UNPRINTED_MARKERS["considerations"] + " ground floor room",
    ))
    cid = client.id or 0
    first = TODAY - dt.timedelta(weeks=weeks - 1)
    goal = practice.add_goal(Goal(
        cid, f"Goalmark5B I, {name}, want to walk to the shop", why_it_matters=f"Whymark5C "
        f"{person.display_name} says it matters", agreed_on=first,
    ))
    gas = practice.add_goal(Goal(
        cid, "Goalmark5B I want to answer the phone", agreed_on=first, scheme=RatingScheme.GAS,
        gas_levels=("Gaslvmark5E none", *GAS_TEXT[1:]),
    ))
    gid, gas_id = goal.id or 0, gas.id or 0
    practice.add_strategy(Strategy(gid, f"Stratmark6F walk with {name}'s sister",
                                   StrategyKind.HOMEWORK, first, OutcomeRating.HELPED,
                                   "Outcmark6G it helped"))
    kinds = practice.milestone_kinds.all()
    topics = practice.agreement_topics.all()
    topic = practice.add_catalogue_entry(practice.agreement_topics, "Topicmark9R texts")
    for k in range(weeks):
        when = dt.datetime.combine(first + dt.timedelta(weeks=k), dt.time(10, 0))
        s = practice.save_session(Session(
            cid, when, attendance=Attendance.ATTENDED if k % 7 else Attendance.CANCELLED,
            note_format=NoteFormat.SOAP,
            note_fields={"subjective": f"Notemark1S {name} said week {k} was calmer",
                         "plan": "Keep going"},
            process_notes=f"{PROCESS_MARKER} my hunch about {name}",
            homework_reviewed=UNPRINTED_MARKERS["homework_reviewed"],
        ))
        if k == 0:
            practice.sign_session(s.id or 0, when + dt.timedelta(hours=2))
            practice.add_addendum(s.id or 0, "Addmark2K late fix",
                                  when + dt.timedelta(days=1))
        day = when.date()
        practice.rate_goal(GoalRating(gid, day, min(10, 2 + k // 2), Rater.TOGETHER,
                                      note=UNPRINTED_MARKERS["rating_note"]))
        practice.rate_goal(GoalRating(gas_id, day, min(2, -2 + k // 3)))
        if k % 3 == 0:
            items = (2, 2, 2, 1, 1, 1, 1, 1, 0) if k < 6 else (1, 1, 0, 1, 0, 1, 0, 0, 0)
            practice.add_measure(MeasureResult(cid, Instrument.PHQ9, day, items,
                                               note=UNPRINTED_MARKERS["measure_note"]))
            practice.add_measure(MeasureResult(cid, Instrument.GAD7, day, (1,) * 7))
            practice.add_checkin(CheckIn(cid, day, 7, 6, 6, 7,
                                         comment=f"Checkmark8I {name} liked the pace"))
    practice.add_custom_score(CustomScore(cid, "Custmark7H sleep hours", TODAY, 6.5))
    practice.set_goal_status(gid, GoalStatus.ACHIEVED, TODAY - dt.timedelta(days=3),
                             f"Statmark5D {name} did it")
    practice.add_milestone(Milestone(cid, kinds[0].id or 0, TODAY - dt.timedelta(weeks=2),
                                     note=f"Milenotemark8M {name} spoke up"))
    practice.add_milestone(Milestone(cid, practice.custom_milestone_kind_id(),
                                     TODAY - dt.timedelta(weeks=1),
                                     custom_label="Milemark8L first call"))
    first_agreement = practice.add_agreement(AgreementVersion(
        cid, topic.id or 0, f"Agreemark9N {name} may text to rearrange", first,
        review_on=TODAY + dt.timedelta(weeks=8), acknowledged_on=first,
    ))
    practice.revise_agreement(first_agreement.series_id or first_agreement.id or 0,
                              f"Agreemark9N {name} may text or call to rearrange",
                              TODAY - dt.timedelta(weeks=3), TODAY + dt.timedelta(weeks=8),
                              "Revmark9O calls too")
    practice.add_agreement(AgreementVersion(cid, topics[0].id or 0, "Sessions are 50 minutes",
                                            first))
    return cid


def options(cid: int, **kwargs: object) -> ReportOptions:
    base: dict[str, object] = {
        "client_id": cid, "period_from": PERIOD_FROM, "period_to": TODAY,
        "narrative": NARRATIVE, "next_steps": NEXT_STEPS, "generated_on": TODAY,
    }
    base.update(kwargs)
    return ReportOptions(**base)  # type: ignore[arg-type]


# ------------------------------------------------------------------ reading


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def flat(text: str) -> str:
    """Whitespace folded to single spaces (lines wrap anywhere)."""
    return " ".join(text.split())


def all_text(pdf: bytes) -> str:
    return flat(" ".join(page_texts(pdf)))


def _resolve(obj: PdfObject | None) -> PdfObject | None:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _resources(node: DictionaryObject, seen: set[int]) -> Iterator[DictionaryObject]:
    """Every /Resources dictionary reachable from a page (through forms)."""
    res = _resolve(node.get("/Resources"))
    if not isinstance(res, DictionaryObject) or id(res) in seen:
        return
    seen.add(id(res))
    yield res
    xobjects = _resolve(res.get("/XObject"))
    if isinstance(xobjects, DictionaryObject):
        for ref in xobjects.values():
            x = _resolve(ref)
            if isinstance(x, DictionaryObject):
                yield from _resources(x, seen)


def xobject_subtypes(pdf: bytes) -> list[str]:
    out = []
    for page in reader(pdf).pages:
        for res in _resources(page, set()):
            xobjects = _resolve(res.get("/XObject"))
            if isinstance(xobjects, DictionaryObject):
                for ref in xobjects.values():
                    x = _resolve(ref)
                    if isinstance(x, DictionaryObject):
                        out.append(str(x.get("/Subtype")))
    return out


@dataclass(frozen=True)
class FontUse:
    page: int
    base_font: str
    subtype: str
    embedded: bool


def fonts_used(pdf: bytes) -> list[FontUse]:
    """Every font named in every page's resources, with whether it is embedded."""
    out = []
    for n, page in enumerate(reader(pdf).pages, start=1):
        for res in _resources(page, set()):
            fonts = _resolve(res.get("/Font"))
            if not isinstance(fonts, DictionaryObject):
                continue
            for ref in fonts.values():
                font = _resolve(ref)
                assert isinstance(font, DictionaryObject)
                descriptors = [font]
                for d in _resolve(font.get("/DescendantFonts")) or []:  # type: ignore[union-attr]
                    descriptors.append(_resolve(d))  # type: ignore[arg-type]
                embedded = False
                for f in descriptors:
                    desc = _resolve(f.get("/FontDescriptor"))
                    if isinstance(desc, DictionaryObject) and any(
                        k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
                    ):
                        embedded = True
                out.append(FontUse(n, str(font.get("/BaseFont")), str(font.get("/Subtype")),
                                   embedded))
    return out


def raw_contains(pdf: bytes, needles: Iterable[str]) -> list[str]:
    """Needles found in the raw file bytes (UTF-8 or UTF-16 either way round)."""
    hits = []
    for needle in needles:
        for enc in ("utf-8", "utf-16-be", "utf-16-le"):
            if needle.encode(enc) in pdf:
                hits.append(f"{needle!r} as {enc}")
    return hits
