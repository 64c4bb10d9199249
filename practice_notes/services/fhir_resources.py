"""FHIR R4 resources for the records of one client, as plain JSON-ready dicts.

Each function maps one kind of record to one resource; :mod:`fhir` gathers the
records and puts the resources in a Bundle. Free text goes through ``text`` (the
pseudonymiser, or nothing). Private process notes are never read here: the
progress note of a session is ``note_text`` of its note fields (and the homework
reviewed), exactly what a progress summary prints.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from practice_notes.domain.enums import GoalStatus, Rater
from practice_notes.domain.measures import SPECS
from practice_notes.domain.models import (
    Addendum,
    AgreementVersion,
    CheckIn,
    Client,
    CustomScore,
    Goal,
    GoalRating,
    GoalStatusChange,
    MeasureResult,
    PracticeSettings,
    Session,
)
from practice_notes.domain.notes import note_text
from practice_notes.services.fhir_codes import (
    ACT_CODE,
    ATTENDANCE_EXTENSION,
    CLIENT_CODE_SYSTEM,
    CONSENT_SCOPE,
    ENCOUNTER_CLASS,
    ENCOUNTER_STATUS,
    GOAL_ACHIEVEMENT,
    GOAL_LIFECYCLE,
    ITEMS,
    LOINC,
    OBS_CATEGORY,
    PANELS,
    SIGNATURE_TYPE,
    TOTALS,
    UCUM,
)

Resource = dict[str, Any]
Text = Callable[[str], str]

#: Ids are uuid5 of "<kind>/<record id>" in a namespace of the vault's own
#: random ``vault_id`` (meta table): stable across exports of one vault (and its
#: backups), and different between two practices.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:practice-notes:fhir")
_namespace: ContextVar[uuid.UUID] = ContextVar("fhir_namespace", default=NAMESPACE)


def namespace_for(vault_id: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"vault/{vault_id}") if vault_id else NAMESPACE


@contextmanager
def ids_of_vault(vault_id: str) -> Iterator[uuid.UUID]:
    """Derive ids in this vault's namespace while the block runs."""
    token = _namespace.set(namespace_for(vault_id))
    try:
        yield _namespace.get()
    finally:
        _namespace.reset(token)



def uid(kind: str, record_id: int, namespace: uuid.UUID | None = None) -> str:
    """The resource id of a record: a uuid5 of its kind and id in the vault's namespace."""
    return _uid(namespace or _namespace.get(), kind, record_id)


@functools.lru_cache(maxsize=1 << 16)
def _uid(namespace: uuid.UUID, kind: str, record_id: int) -> str:
    # Each record is referred to several times (its patient, encounter, goal…).
    return str(uuid.uuid5(namespace, f"{kind}/{record_id}"))


def ref(kind: str, record_id: int) -> dict[str, str]:
    """A reference that resolves to the entry's ``fullUrl`` inside the bundle."""
    return {"reference": f"urn:uuid:{uid(kind, record_id)}"}


def _resource(resource_type: str, kind: str, record_id: int, **body: Any) -> Resource:
    out: Resource = {"resourceType": resource_type, "id": uid(kind, record_id)}
    out.update({k: v for k, v in body.items() if v not in (None, [], {}, "")})
    return out


def instant(value: dt.datetime) -> str:
    """A FHIR dateTime/instant: the vault's local wall time with its UTC offset."""
    aware = value if value.tzinfo is not None else value.astimezone()
    return aware.replace(microsecond=0).isoformat(timespec="seconds")


def day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _note(text: str) -> list[dict[str, str]]:
    return [{"text": text}] if text.strip() else []


# ------------------------------------------------------------------ people
PRACTITIONER_ID = 1


def practitioner(s: PracticeSettings) -> Resource:
    return _resource(
        "Practitioner", "practitioner", PRACTITIONER_ID,
        name=[{"text": s.therapist_name}] if s.therapist_name.strip() else [],
        qualification=[{"code": {"text": s.credentials}}] if s.credentials.strip() else [],
    )


def organization(s: PracticeSettings) -> Resource:
    return _resource("Organization", "organization", PRACTITIONER_ID, name=s.practice_name)


def patient(c: Client, pseudonymise: bool, organisation: bool) -> Resource:
    names: list[dict[str, str]] = []
    if not pseudonymise:
        names.append({"use": "official", "text": c.display_name})
        if c.preferred_name.strip() and c.preferred_name != c.display_name:
            names.append({"use": "usual", "text": c.preferred_name})
    return _resource(
        "Patient", "patient", c.id or 0,
        identifier=[{"system": CLIENT_CODE_SYSTEM, "value": c.code}],
        active=c.status.value != "discharged",
        name=names,
        # A date of birth identifies: left out when pseudonymised.
        birthDate=c.born_on.isoformat() if c.born_on and not pseudonymise else None,
        managingOrganization=ref("organization", PRACTITIONER_ID) if organisation else None,
    )


# ---------------------------------------------------------------- sessions
def encounter(s: Session, client_id: int) -> Resource:
    code, display = ENCOUNTER_CLASS[s.modality]
    end = s.starts_at + dt.timedelta(minutes=s.duration_minutes)
    return _resource(
        "Encounter", "encounter", s.id or 0,
        extension=[{"url": ATTENDANCE_EXTENSION, "valueCode": s.attendance.value}],
        status=ENCOUNTER_STATUS[s.attendance],
        **{"class": {"system": ACT_CODE, "code": code, "display": display}},
        type=[{"text": f"Therapy session ({s.modality.value.replace('_', ' ')})"}],
        subject=ref("patient", client_id),
        participant=[{"individual": ref("practitioner", PRACTITIONER_ID)}],
        period={"start": instant(s.starts_at), "end": instant(end)},
        length={"value": s.duration_minutes, "unit": "min", "system": UCUM, "code": "min"},
    )


def progress_note_text(s: Session) -> str:
    """The signed progress note as text: its fields and the homework reviewed.
    Never the private process notes."""
    body = note_text(s.note_format, s.note_fields)
    if s.homework_reviewed.strip():
        body = f"{body}\n\nHomework reviewed: {s.homework_reviewed}".strip()
    return body


def document_reference(s: Session, client_id: int, addenda: Sequence[Addendum],
                       text: Text) -> Resource:
    """A signed progress note and its addenda (one attachment each, text/plain)."""
    signed = s.signed_at or s.starts_at
    content = [{"attachment": {"contentType": "text/plain; charset=utf-8",
                               "data": b64(text(progress_note_text(s))),
                               "title": "Progress note", "creation": instant(signed)}}]
    content += [{"attachment": {"contentType": "text/plain; charset=utf-8",
                                "data": b64(text(a.body)),
                                "title": f"Addendum written {instant(a.written_at)}",
                                "creation": instant(a.written_at)}}
                for a in addenda]
    end = s.starts_at + dt.timedelta(minutes=s.duration_minutes)
    return _resource(
        "DocumentReference", "document", s.id or 0,
        status="current", docStatus="final",
        type={"coding": [{"system": LOINC, "code": "11506-3", "display": "Progress note"}]},
        subject=ref("patient", client_id),
        date=instant(signed),
        author=[ref("practitioner", PRACTITIONER_ID)],
        authenticator=ref("practitioner", PRACTITIONER_ID),
        description=f"Progress note ({s.note_format.value}), signed, with "
                    f"{len(addenda)} addenda",
        content=content,
        context={"encounter": [ref("encounter", s.id or 0)],
                 "period": {"start": instant(s.starts_at), "end": instant(end)}},
    )


def provenance(s: Session, signed_by: str) -> Resource:
    """Who signed the note, and when (the signature that locked it)."""
    signed = instant(s.signed_at or s.starts_at)
    who = {**ref("practitioner", PRACTITIONER_ID), **({"display": signed_by}
                                                      if signed_by.strip() else {})}
    return _resource(
        "Provenance", "provenance", s.id or 0,
        target=[ref("document", s.id or 0), ref("encounter", s.id or 0)],
        recorded=signed,
        agent=[{"who": who}],
        signature=[{"type": [{"system": SIGNATURE_TYPE, "code": "1.2.840.10065.1.12.1.1",
                              "display": "Author's Signature"}],
                    "when": signed, "who": who}],
    )


# ------------------------------------------------------------------- goals
def achievement(goal: Goal, history: Sequence[GoalStatusChange],
                ratings: Sequence[GoalRating]) -> str | None:
    """goal-achievement code from the status history and the latest ratings."""
    last = history[-1].status if history else goal.status
    if last is GoalStatus.ACHIEVED:
        return "achieved"
    if last is GoalStatus.DISCONTINUED:
        return "not-achieved"
    if last is GoalStatus.REVISED:
        return None
    if any(h.status is GoalStatus.ACHIEVED for h in history):
        return "sustaining"
    if len(ratings) >= 2:
        before, now = ratings[-2].value, ratings[-1].value
        return "improving" if now > before else "worsening" if now < before else "no-change"
    return "in-progress"


def goal(g: Goal, history: Sequence[GoalStatusChange], ratings: Sequence[GoalRating],
         text: Text) -> Resource:
    code = achievement(g, history, ratings)
    last = history[-1] if history else None
    target: dict[str, Any] = {"dueDate": day(g.target_on)} if g.target_on else {}
    if g.scheme.value == "gas":
        target.update({"measure": {"text": "Goal Attainment Scaling level"},
                       "detailInteger": 0})
    return _resource(
        "Goal", "goal", g.id or 0,
        lifecycleStatus=GOAL_LIFECYCLE[g.status],
        achievementStatus={"coding": [{"system": GOAL_ACHIEVEMENT, "code": code}]}
        if code else None,
        description={"text": text(g.client_words)},
        subject=ref("patient", g.client_id),
        startDate=day(g.agreed_on),
        target=[target] if target else [],
        statusDate=day(last.changed_on) if last else None,
        statusReason=text(last.reason) if last else None,
        expressedBy=ref("patient", g.client_id),
        note=_note(text(g.why_it_matters)),
    )


def _survey(extra: Sequence[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    return [{"coding": [{"system": OBS_CATEGORY, "code": "survey", "display": "Survey"},
                        *extra]}]


def _performers(rater: Rater, client_id: int) -> list[dict[str, str]]:
    out = []
    if rater in (Rater.CLIENT, Rater.TOGETHER):
        out.append(ref("patient", client_id))
    if rater in (Rater.THERAPIST, Rater.TOGETHER):
        out.append(ref("practitioner", PRACTITIONER_ID))
    return out


def goal_rating(r: GoalRating, g: Goal, text: Text) -> Resource:
    low, high = g.scheme.bounds
    return _resource(
        "Observation", "rating", r.id or 0,
        status="final", category=_survey(),
        code={"text": f"Goal rating ({'Goal Attainment Scaling' if low < 0 else '0-10 scale'},"
                      f" {low} to {high})"},
        subject=ref("patient", g.client_id),
        focus=[ref("goal", g.id or 0)],
        encounter=ref("encounter", r.session_id) if r.session_id else None,
        effectiveDateTime=day(r.rated_on),
        performer=_performers(r.rated_by, g.client_id),
        valueInteger=r.value,
        note=_note(text(r.note)),
    )


def checkin(c: CheckIn, text: Text) -> Resource:
    parts = (("Bond", c.bond), ("Goals", c.goals), ("Tasks", c.tasks), ("Overall", c.overall))
    return _resource(
        "Observation", "checkin", c.id or 0,
        status="final", category=_survey(),
        code={"text": "Working alliance check-in (0-10)"},
        subject=ref("patient", c.client_id),
        encounter=ref("encounter", c.session_id) if c.session_id else None,
        effectiveDateTime=day(c.checked_on),
        performer=[ref("patient", c.client_id)],
        component=[{"code": {"text": name}, "valueInteger": value} for name, value in parts],
        note=_note(text(c.comment)),
    )


def measure(m: MeasureResult, text: Text) -> Resource:
    """The total score (LOINC) with each answer as a component; the panel is named
    in the category."""
    spec = SPECS[m.instrument]
    panel, panel_name = PANELS[m.instrument]
    total, total_name = TOTALS[m.instrument]
    items = ITEMS[m.instrument]
    return _resource(
        "Observation", "measure", m.id or 0,
        status="final",
        category=_survey([{"system": LOINC, "code": panel, "display": panel_name}]),
        code={"coding": [{"system": LOINC, "code": total, "display": total_name}],
              "text": f"{spec.title} total score"},
        subject=ref("patient", m.client_id),
        encounter=ref("encounter", m.session_id) if m.session_id else None,
        effectiveDateTime=day(m.taken_on),
        performer=[ref("patient", m.client_id)],
        valueQuantity={"value": m.total, "unit": "{score}", "system": UCUM, "code": "{score}"},
        interpretation=[{"text": band} for low, high, band in spec.bands
                        if low <= m.total <= high],
        component=[{"code": {"coding": [{"system": LOINC, "code": code}],
                             "text": f"{spec.title} item {n}"},
                    "valueInteger": value}
                   for n, (code, value) in enumerate(zip(items, m.items, strict=True), 1)],
        note=_note(text(m.note)),
    )


def custom_score(s: CustomScore, text: Text) -> Resource:
    return _resource(
        "Observation", "score", s.id or 0,
        status="final", category=_survey(),
        code={"text": text(s.name)},
        subject=ref("patient", s.client_id),
        encounter=ref("encounter", s.session_id) if s.session_id else None,
        effectiveDateTime=day(s.taken_on),
        valueQuantity={"value": s.value},
    )


# -------------------------------------------------------------- agreements
def consent(a: AgreementVersion, topic: str, superseded_on: dt.date | None,
            text: Text) -> Resource:
    """One version of a boundary agreement. Active while in force; a later
    version or an end makes it inactive, and ends its provision period."""
    end = a.ended_on or superseded_on
    return _resource(
        "Consent", "consent", a.id or 0,
        status="inactive" if end is not None else "active",
        scope={"coding": [{"system": CONSENT_SCOPE, "code": "treatment",
                           "display": "Treatment"}]},
        category=[{"coding": [{"system": LOINC, "code": "59284-0",
                               "display": "Patient Consent"}],
                   "text": f"Boundary agreement: {topic}"}],
        patient=ref("patient", a.client_id),
        dateTime=day(a.agreed_on),
        performer=[ref("patient", a.client_id), ref("practitioner", PRACTITIONER_ID)],
        sourceAttachment={"contentType": "text/plain; charset=utf-8",
                          "data": b64(text(a.wording)),
                          "title": f"{topic}, version {a.version}"},
        policyRule={"text": f"Boundary agreement: {topic}, version {a.version}"},
        verification=[{"verified": True, "verifiedWith": ref("patient", a.client_id),
                       "verificationDate": day(a.acknowledged_on)}]
        if a.acknowledged_on else [],
        provision={"period": {k: v for k, v in (("start", day(a.agreed_on)),
                                                ("end", day(end))) if v}},
    )
