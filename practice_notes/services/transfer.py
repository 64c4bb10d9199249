"""The whole practice as one JSON document: export, check and import.

The document (format ``practice-notes-export``, version ``FORMAT_VERSION``) is
described in README.md, "Export format", and defined field by field in
``transfer_schema``. Records keep their ids, so export → import into a new vault
→ export gives the same bytes. The audit log is not exported: it is the history
of one vault file, and the importing vault starts its own (with an "import" entry).

An export is plaintext by nature: it is written atomically (a temporary file in
the same folder, then ``os.replace``), readable by its owner only, and no
temporary file is left behind when writing fails.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from practice_notes import __version__
from practice_notes.domain.models import (
    CatalogueEntry,
    Client,
    Draft,
    PracticeSettings,
)
from practice_notes.services.practice import Practice
from practice_notes.services.transfer_fields import ImportProblem
from practice_notes.services.transfer_parse import parse_document
from practice_notes.services.transfer_records import client_record
from practice_notes.services.transfer_schema import FORMAT, FORMAT_VERSION, ClientPlan
from practice_notes.services.transfer_stream import (
    FileCheck,
    JsonStream,
    check_file,
    client_plans,
    client_records,
)
from practice_notes.vault.errors import DiskFull, ReadOnlyLocation, VaultError
from practice_notes.vault.files import fsync_folder
from practice_notes.vault.outputs import temp_beside
from practice_notes.vault.repos.bulk import BulkRepo
from practice_notes.vault.signatures import (
    addendum_content_hashes,
    addendum_detail,
    session_content_hashes,
    sign_detail,
)

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "ImportProblem",
    "ImportSummary",
    "check_import_file",
    "dump_json",
    "export_document",
    "import_document",
    "import_file",
    "load_json_file",
    "validate_document",
    "write_export",
]


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote. ``records`` counts every record (clients, sessions,
    addenda, goals with their history, ratings and strategies, milestones,
    agreement versions, check-ins, measures, custom scores, reviews, drafts);
    catalogue entries and settings are not counted."""

    clients: int
    sessions: int
    records: int


# ------------------------------------------------------------------ export
def _settings(s: PracticeSettings) -> dict[str, Any]:
    return {f.name: getattr(s, f.name) for f in fields(PracticeSettings)}


def _catalogue(entries: list[CatalogueEntry]) -> list[dict[str, Any]]:
    ordered = sorted(entries, key=lambda e: (e.position, e.key))
    return [{"key": e.key, "label": e.label, "active": e.active, "position": e.position}
            for e in ordered]


def _draft(d: Draft) -> dict[str, Any]:
    return {"key": d.key, "body": d.body,
            "updated_at": d.updated_at.replace(tzinfo=None).isoformat(timespec="seconds")}


def export_document(practice: Practice) -> dict[str, Any]:
    """The whole practice as a JSON-ready dict. Deterministic: the same vault
    content always gives the same document (no export time inside). For tests and
    small practices: ``write_export`` streams the same bytes without it."""
    with practice.vault.transaction():  # one consistent snapshot
        head, clients = _export_parts(practice)
        return {**head, "clients": list(clients)}


def _export_parts(practice: Practice) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """The document without its clients, and the clients one at a time (read them
    inside the caller's transaction)."""
    kinds = practice.milestone_kinds.all()
    topics = practice.agreement_topics.all()
    kind_keys = {e.id or 0: e.key for e in kinds}
    topic_keys = {e.id or 0: e.key for e in topics}
    bulk = BulkRepo(practice.vault)
    clients: list[Client] = sorted(practice.clients.all(), key=lambda c: c.id or 0)
    head = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "settings": _settings(practice.settings.load()),
        "catalogues": {"milestone_kinds": _catalogue(kinds),
                       "agreement_topics": _catalogue(topics)},
        "drafts": [_draft(d) for d in sorted(practice.drafts.all(), key=lambda d: d.key)],
    }
    return head, (client_record(practice, c, bulk.signers(c.id or 0), kind_keys, topic_keys)
                  for c in clients)


def dump_json(doc: dict[str, Any]) -> str:
    """The document as text: UTF-8 friendly, indented, keys sorted, newline at the end."""
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False) + "\n"


def _nested(value: Any, depth: int) -> str:
    """``value`` as ``dump_json`` writes it ``depth`` levels down (JSON text has no
    raw line breaks inside strings, so indenting its lines is exact)."""
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)
    return text.replace("\n", "\n" + "  " * depth)


def stream_json(head: dict[str, Any], clients: Iterable[dict[str, Any]],
                write: Callable[[str], object]) -> tuple[int, int, int]:
    """Write ``dump_json({**head, "clients": clients})`` piece by piece, a client
    at a time; return the counts of clients, sessions and records written."""
    names = sorted([*head, "clients"])
    totals = [0, 0, 0]
    write("{\n")
    for n, name in enumerate(names):
        write(f"  {json.dumps(name, ensure_ascii=False)}: ")
        if name != "clients":
            write(_nested(head[name], 1))
        else:
            opened = False
            for record in clients:
                write(",\n    " if opened else "[\n    ")
                opened = True
                write(_nested(record, 2))
                c, s, r = _client_counts(record)
                totals[0] += c
                totals[1] += s
                totals[2] += r
            write("\n  ]" if opened else "[]")
        write(",\n" if n < len(names) - 1 else "\n")
    write("}\n")
    totals[2] += len(head.get("drafts", []))
    return totals[0], totals[1], totals[2]


def _client_counts(c: dict[str, Any]) -> tuple[int, int, int]:
    records = 1 + sum(len(c[k]) for k in (
        "sessions", "milestones", "agreements", "checkins", "measures", "custom_scores",
        "reviews"))
    records += sum(len(s["addenda"]) for s in c["sessions"])
    records += sum(1 + len(g["status_history"]) + len(g["ratings"]) + len(g["strategies"])
                   for g in c["goals"])
    return 1, len(c["sessions"]), records


def _write_problem(exc: OSError, out: Path) -> VaultError:
    if exc.errno == errno.ENOSPC:
        return DiskFull("The disk is full, so the export was not written. Free some space.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyLocation("The export's folder cannot be written to; choose another.")
    if exc.errno == errno.ENOENT:
        return VaultError(f"The folder {str(out.parent)!r} does not exist.")
    if exc.errno == errno.EISDIR or out.is_dir():
        return VaultError("That is a folder; give the export a file name.")
    return VaultError(f"The export could not be written ({exc.strerror or exc}).")


def write_export(practice: Practice, out: Path) -> None:
    """Export to ``out`` atomically under a registered temporary name (shredded by
    the next start if this process is killed: ``vault.outputs``); the audit entry
    (counts only) is committed before the rename, so the file is there exactly
    when the export succeeded."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise VaultError("That is a folder; give the export a file name.")
    with temp_beside(out, kind="plain") as tmp:
        try:
            with practice.vault.transaction():
                head, records_iter = _export_parts(practice)
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                # A client at a time: memory stays flat however large the practice.
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n",
                               buffering=1 << 20) as fh:
                    clients, sessions, records = stream_json(head, records_iter, fh.write)
                    fh.flush()
                    os.fsync(fh.fileno())
                practice.audit.append(
                    "export", f"json v{FORMAT_VERSION}: clients {clients} sessions {sessions}"
                    f" records {records}")
            os.replace(tmp, out)  # recorded first, renamed last
        except OSError as exc:
            raise _write_problem(exc, out) from exc
    fsync_folder(out.parent)


# ------------------------------------------------------------------ import
def load_json_file(path: Path) -> dict[str, Any]:
    """Read a whole document into memory (small files, tests; ``import_file``
    streams); ImportProblem at ``$`` when it cannot be read, is not JSON (with
    line and column) or is not a JSON object."""
    with JsonStream(Path(path)) as stream:
        doc = stream.whole()
    if not isinstance(doc, dict):
        raise ImportProblem("$", "the document must be a JSON object")
    return doc


def validate_document(doc: object) -> None:
    """Check the whole document; ImportProblem at the first bad field."""
    parse_document(doc)


def import_document(practice: Practice, doc: dict[str, Any]) -> ImportSummary:
    """Write a checked document into an empty vault, all or nothing."""
    plan = parse_document(doc)
    head = Head(plan.settings, plan.milestone_kinds, plan.agreement_topics, plan.drafts,
                doc["version"])
    return _import(practice, head, iter(plan.clients))


def check_import_file(path: Path) -> FileCheck:
    """Check an export file without importing it (a pass over the file, a client at
    a time); ImportProblem at the first bad field."""
    return check_file(Path(path).expanduser())


def import_file(practice: Practice, path: Path, checked: FileCheck | None = None) -> ImportSummary:
    """Import an export file into an empty vault, all or nothing, in two passes
    over the file: check all of it (unless ``checked`` is the check of it), then
    write a batch of clients at a time. Memory stays flat however large the file."""
    path = Path(path).expanduser()
    check = checked if checked is not None else check_file(path)
    head = Head(check.settings, check.milestone_kinds, check.agreement_topics, check.drafts,
                check.head["version"])
    return _import(practice, head, client_plans(path, check))


@dataclass(frozen=True)
class Head:
    settings: PracticeSettings
    milestone_kinds: tuple[CatalogueEntry, ...]
    agreement_topics: tuple[CatalogueEntry, ...]
    drafts: tuple[Draft, ...]
    version: int  # the document's format version


BATCH_SESSIONS = 5000  # clients are written in batches of about this many sessions


def _import(practice: Practice, head: Head, clients: Iterator[ClientPlan]) -> ImportSummary:
    bulk = BulkRepo(practice.vault)
    counts = [0, 0, len(head.drafts)]
    with practice.transaction():
        if bulk.count("clients") or bulk.count("drafts"):
            raise VaultError(
                "Import goes into a new or empty vault, and this one already has records."
            )
        kinds = bulk.reconcile_catalogue("milestone_kinds", head.milestone_kinds)
        topics = bulk.reconcile_catalogue("agreement_topics", head.agreement_topics)
        practice.save_settings(head.settings)
        batch: list[ClientPlan] = []
        size = 0
        for plan in clients:
            batch.append(plan)
            size += len(plan.sessions) + 1
            counts[0] += 1
            counts[1] += len(plan.sessions)
            counts[2] += client_records(plan)
            if size >= BATCH_SESSIONS:
                _write_clients(bulk, batch, kinds, topics)
                _record_signatures(practice, batch)
                batch, size = [], 0
        _write_clients(bulk, batch, kinds, topics)
        _record_signatures(practice, batch)
        bulk.insert_drafts(head.drafts)
        summary = ImportSummary(*counts)
        practice.audit.append(
            "import", f"json v{head.version}: clients {summary.clients}"
            f" sessions {summary.sessions} records {summary.records}")
    return summary


def _record_signatures(practice: Practice, clients: list[ClientPlan]) -> None:
    """The imported signed notes and addenda enter the audit log with the hash of
    their content, as if signed here (the detail says "imported"); a batch of
    clients at a time."""
    vault = practice.vault
    signed = [s for c in clients for s in c.sessions if s.session.signed_at is not None]
    sessions = session_content_hashes(vault, [s.session.id or 0 for s in signed])
    addenda = addendum_content_hashes(
        vault, [a.id or 0 for c in clients for s in c.sessions for a in s.addenda])
    entries: list[tuple[str, str]] = []
    for c in clients:
        for s in c.sessions:
            sid = s.session.id or 0
            if s.session.signed_at is not None:
                entries.append(("sign", sign_detail(vault, sid, c.client.code, sessions[sid])
                                + " imported"))
            for a in s.addenda:
                aid = a.id or 0
                entries.append(("addendum", addendum_detail(vault, sid, aid, addenda[aid])
                                + " imported"))
    if entries:
        practice.audit.append_many(entries)


def _write_clients(bulk: BulkRepo, clients: list[ClientPlan], kinds: dict[str, int],
                   topics: dict[str, int]) -> None:
    """A batch of clients (records refer only within their own client)."""
    if not clients:
        return
    bulk.insert_clients(c.client for c in clients)
    goals = [g for c in clients for g in c.goals]
    sessions = [s for c in clients for s in c.sessions]
    bulk.insert_goals(g.goal for g in goals)
    bulk.insert_sessions([s.session for s in sessions])
    bulk.sign_sessions((s.session.id or 0, signed_at, s.signed_by)
                       for s in sessions if (signed_at := s.session.signed_at) is not None)
    bulk.insert_addenda(a for s in sessions for a in s.addenda)
    bulk.insert_status_changes(h for g in goals for h in g.history)
    bulk.insert_ratings(r for g in goals for r in g.ratings)
    bulk.insert_strategies(s for g in goals for s in g.strategies)
    bulk.insert_milestones(replace(m, kind_id=kinds[key])
                           for c in clients for key, m in c.milestones)
    bulk.insert_agreements(replace(a, topic_id=topics[key])
                           for c in clients for key, a in c.agreements)
    bulk.insert_checkins(x for c in clients for x in c.checkins)
    bulk.insert_measures(m for c in clients for m in c.measures)
    bulk.insert_custom_scores(s for c in clients for s in c.custom_scores)
    bulk.insert_reviews(r for c in clients for r in c.reviews)
