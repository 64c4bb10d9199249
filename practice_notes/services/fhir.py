"""FHIR R4 export: the record of one client, or of the practice, as a Bundle.

A ``collection`` Bundle holds, per client: a Patient (only the client code when
pseudonymised), an Encounter per session, a Goal per goal, an Observation per
goal rating, alliance check-in, questionnaire (PHQ-9, GAD-7: LOINC total score
with the answers as components) and custom score, a Consent per version of a
boundary agreement, and for each signed progress note a DocumentReference (the
note and its addenda as text/plain) and a Provenance (the signature). The
therapist is one Practitioner (and the practice an Organization) from Settings.

Private process notes are never read into the bundle. Every resource id is a
uuid5 of the record's kind and id in a namespace of the vault's own random id
(``fhir_resources.uid``), so the same vault always gives the same ids and two
practices never share one; every reference is a ``urn:uuid:`` that is the
``fullUrl`` of an entry in the same bundle. The content is deterministic (no
export time inside).

When pseudonymised, every free text (goals, notes, addenda, agreements,
comments) goes through the same name replacement as a pseudonymised summary
(``reports.pseudonym.Redactor`` with the client's names to hide).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from practice_notes.domain.models import Addendum, Client, PracticeSettings
from practice_notes.reports.pseudonym import PseudonymReview, Redactor
from practice_notes.services import fhir_resources as fr
from practice_notes.services.practice import Practice
from practice_notes.services.report_data import names_to_hide
from practice_notes.vault.outputs import OutputProblem, output_problem, write_plaintext
from practice_notes.vault.repos.bulk import BulkRepo

__all__ = ["FhirExport", "build_bundle", "dump_bundle", "write_fhir"]


@dataclass(frozen=True)
class FhirExport:
    """What a FHIR export holds: clients, and resources counted by type."""

    clients: int
    counts: dict[str, int]
    #: When pseudonymised: names replaced by a code, and other capitalised words
    #: left in the texts that may be names (for the therapist to look over).
    names_replaced: int = 0
    words_left: int = 0

    @property
    def resources(self) -> int:
        return sum(self.counts.values())


def _plain(text: str) -> str:
    return text


def _client_resources(practice: Practice, c: Client, signers: dict[int, str],
                      topics: dict[int, str], organisation: bool,
                      reviews: list[PseudonymReview] | None) -> Iterator[dict[str, Any]]:
    cid = c.id or 0
    pseudonymise = reviews is not None
    text: Callable[[str], str] = _plain
    if reviews is not None:
        redactor = Redactor(names_to_hide(c), c.code)
        reviews.append(redactor.review)
        text = redactor
    yield fr.patient(c, pseudonymise, organisation)

    sessions = sorted(practice.sessions.for_client(cid), key=lambda s: (s.starts_at, s.id or 0))
    addenda: dict[int, list[Addendum]] = {}
    for a in practice.sessions.addenda_for_client(cid):
        addenda.setdefault(a.session_id, []).append(a)
    for s in sessions:
        yield fr.encounter(s, cid)
    for s in sessions:
        if s.signed_at is None:
            continue  # a draft is not part of the record
        notes = sorted(addenda.get(s.id or 0, []), key=lambda a: (a.written_at, a.id or 0))
        yield fr.document_reference(s, cid, notes, text)
        yield fr.provenance(s, signers.get(s.id or 0, ""))

    ratings = practice.goals.ratings_for_client(cid)
    for g in sorted(practice.goals.for_client(cid), key=lambda g: g.id or 0):
        gid = g.id or 0
        history = sorted(practice.goals.history(gid), key=lambda h: (h.changed_on, h.id or 0))
        rated = sorted(ratings.get(gid, []), key=lambda r: (r.rated_on, r.id or 0))
        yield fr.goal(g, history, rated, text)
        for r in rated:
            yield fr.goal_rating(r, g, text)

    for x in sorted(practice.checkins.for_client(cid), key=lambda x: (x.checked_on, x.id or 0)):
        yield fr.checkin(x, text)
    for m in sorted(practice.measures.for_client(cid), key=lambda m: (m.taken_on, m.id or 0)):
        yield fr.measure(m, text)
    for sc in sorted(practice.measures.custom_for_client(cid),
                     key=lambda sc: (sc.name, sc.taken_on, sc.id or 0)):
        yield fr.custom_score(sc, text)

    versions = sorted(practice.agreements.for_client(cid),
                      key=lambda a: (a.series_id or 0, a.version))
    for n, v in enumerate(versions):
        later = versions[n + 1] if n + 1 < len(versions) else None
        superseded = later.agreed_on if later and later.series_id == v.series_id else None
        yield fr.consent(v, topics.get(v.topic_id, "Agreement"), superseded, text)


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def _people(settings: PracticeSettings) -> list[dict[str, Any]]:
    out = [fr.practitioner(settings)]
    if settings.practice_name.strip():
        out.append(fr.organization(settings))
    return out


def build_bundle(practice: Practice, client_code: str | None = None,
                 pseudonymise: bool = False,
                 reviews: list[PseudonymReview] | None = None) -> dict[str, Any]:
    """The Bundle (as a JSON-ready dict) for one client (by code) or every client.
    An unknown code raises :class:`~practice_notes.vault.errors.NotFound`. When
    pseudonymising, what was replaced per client is added to ``reviews``."""
    if pseudonymise and reviews is None:
        reviews = []
    bulk = BulkRepo(practice.vault)
    with practice.vault.transaction(), fr.ids_of_vault(bulk.vault_id()):  # one snapshot
        settings = practice.settings.load()
        if client_code is not None:
            clients = [practice.clients.by_code(client_code)]
        else:
            clients = sorted(practice.clients.all(), key=lambda c: c.id or 0)
        topics = {t.id or 0: t.label for t in practice.agreement_topics.all()}
        people = _people(settings)
        organisation = len(people) > 1
        resources = list(people)
        for c in clients:
            resources.extend(_client_resources(practice, c, bulk.signers(c.id or 0), topics,
                                               organisation,
                                               reviews if pseudonymise else None))
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [_entry(r) for r in resources]}


def count_resources(bundle: dict[str, Any]) -> dict[str, int]:
    return dict(Counter(e["resource"]["resourceType"] for e in bundle["entry"]))


def dump_bundle(bundle: dict[str, Any]) -> str:
    return json.dumps(bundle, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_fhir(practice: Practice, out: Path, client_code: str | None = None,
               pseudonymise: bool = False) -> FhirExport:
    """Build the bundle and write it to ``out`` through
    :func:`~practice_notes.vault.outputs.write_plaintext` (complete under its
    name or not there); the audit entry (counts only) is saved before the rename."""
    out = Path(out).expanduser()
    reviews: list[PseudonymReview] = []
    bundle = build_bundle(practice, client_code, pseudonymise, reviews)
    counts = count_resources(bundle)
    summary = FhirExport(counts.get("Patient", 0), counts,
                         sum(len(r.replaced) for r in reviews),
                         sum(len(r.remaining) for r in reviews))
    scope = "practice" if client_code is None else f"client {client_code}"
    detail = (f"fhir r4 {scope}{' pseudonymised' if pseudonymise else ''}: "
              f"clients {summary.clients} resources {summary.resources}")

    def record() -> None:
        practice.audit.append("export", detail)

    try:
        write_plaintext(out, dump_bundle(bundle).encode("utf-8"), before_rename=record)
    except OutputProblem as exc:
        raise output_problem(exc, out, "FHIR export", practice.path) from exc.cause
    return summary

