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

import contextlib
import errno
import json
import os
import tempfile
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
from practice_notes.services.transfer_schema import FORMAT, FORMAT_VERSION, Plan
from practice_notes.vault.errors import DiskFull, ReadOnlyLocation, VaultError
from practice_notes.vault.repos.bulk import BulkRepo

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "ImportProblem",
    "ImportSummary",
    "dump_json",
    "export_document",
    "import_document",
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
    content always gives the same document (no export time inside)."""
    with practice.vault.transaction():  # one consistent snapshot
        kinds = practice.milestone_kinds.all()
        topics = practice.agreement_topics.all()
        kind_keys = {e.id or 0: e.key for e in kinds}
        topic_keys = {e.id or 0: e.key for e in topics}
        signers = BulkRepo(practice.vault).signers()
        clients: list[Client] = sorted(practice.clients.all(), key=lambda c: c.id or 0)
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "app_version": __version__,
            "settings": _settings(practice.settings.load()),
            "catalogues": {"milestone_kinds": _catalogue(kinds),
                           "agreement_topics": _catalogue(topics)},
            "clients": [client_record(practice, c, signers, kind_keys, topic_keys)
                        for c in clients],
            "drafts": [_draft(d) for d in sorted(practice.drafts.all(), key=lambda d: d.key)],
        }


def dump_json(doc: dict[str, Any]) -> str:
    """The document as text: UTF-8 friendly, indented, keys sorted, newline at the end."""
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False) + "\n"


def _counts(doc: dict[str, Any]) -> tuple[int, int, int]:
    """Clients, sessions and records in an exported document (for the audit log)."""
    clients = doc["clients"]
    sessions = records = 0
    for c in clients:
        sessions += len(c["sessions"])
        records += 1 + sum(len(c[k]) for k in (
            "sessions", "milestones", "agreements", "checkins", "measures", "custom_scores",
            "reviews"))
        records += sum(len(s["addenda"]) for s in c["sessions"])
        records += sum(1 + len(g["status_history"]) + len(g["ratings"]) + len(g["strategies"])
                       for g in c["goals"])
    return len(clients), sessions, records + len(doc["drafts"])


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
    """Export to ``out`` atomically, and note it in the audit log (counts only)."""
    out = Path(out).expanduser()
    with practice.vault.transaction():
        doc = export_document(practice)
        text = dump_json(doc)
        clients, sessions, records = _counts(doc)
        tmp: str | None = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=".practice-notes-export-", suffix=".tmp",
                                       dir=out.parent)  # mode 0600: owner only
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            practice.audit.append(
                "export", f"json v{FORMAT_VERSION}: clients {clients} sessions {sessions}"
                f" records {records}")
            os.replace(tmp, out)
            tmp = None
        except OSError as exc:
            raise _write_problem(exc, out) from exc
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
    _sync_folder(out.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (best effort: not every file system allows it)."""
    if os.name == "nt":  # Windows cannot open a folder as a file; NTFS renames are journalled
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ------------------------------------------------------------------ import
def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in an export")


def _no_duplicate_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the field {key[:40]!r} appears twice in one object")
        out[key] = value
    return out


def load_json_file(path: Path) -> dict[str, Any]:
    """Read a document; ImportProblem at ``$`` when it cannot be read, is not
    JSON (with line and column) or is not a JSON object."""
    try:
        raw = Path(path).expanduser().read_bytes()
    except OSError as exc:
        raise ImportProblem("$", f"the file could not be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark is harmless
    except UnicodeDecodeError as exc:
        raise ImportProblem("$", f"the file is not UTF-8 text (byte {exc.start + 1})") from None
    try:
        doc = json.loads(text, parse_constant=_no_constants,
                         object_pairs_hook=_no_duplicate_fields)
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            "$", f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise ImportProblem("$", "not valid JSON: nested too deeply") from None
    except ValueError as exc:  # NaN, Infinity, a field twice in one object
        raise ImportProblem("$", str(exc)) from None
    if not isinstance(doc, dict):
        raise ImportProblem("$", "the document must be a JSON object")
    return doc


def validate_document(doc: object) -> None:
    """Check the whole document; ImportProblem at the first bad field."""
    parse_document(doc)


def import_document(practice: Practice, doc: dict[str, Any]) -> ImportSummary:
    """Write a checked document into an empty vault, all or nothing."""
    plan = parse_document(doc)
    bulk = BulkRepo(practice.vault)
    with practice.transaction():
        if bulk.count("clients") or bulk.count("drafts"):
            raise VaultError(
                "Import goes into a new or empty vault, and this one already has records."
            )
        _write_plan(practice, bulk, plan)
        summary = ImportSummary(len(plan.clients), plan.session_count, plan.record_count)
        practice.audit.append(
            "import", f"json v{FORMAT_VERSION}: clients {summary.clients}"
            f" sessions {summary.sessions} records {summary.records}")
    return summary


def _write_plan(practice: Practice, bulk: BulkRepo, plan: Plan) -> None:
    kinds = bulk.reconcile_catalogue("milestone_kinds", plan.milestone_kinds)
    topics = bulk.reconcile_catalogue("agreement_topics", plan.agreement_topics)
    practice.save_settings(plan.settings)
    clients = plan.clients
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
    bulk.insert_drafts(plan.drafts)
