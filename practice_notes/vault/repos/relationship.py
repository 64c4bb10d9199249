"""The relationship record: catalogues, trust milestones, boundary agreements, check-ins."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Literal

from practice_notes.domain.models import AgreementVersion, CatalogueEntry, CheckIn, Milestone
from practice_notes.vault.codec import d2s, s2d, s2d_req
from practice_notes.vault.database import Row, Vault
from practice_notes.vault.errors import Conflict, NotFound, RecordLocked

CatalogueName = Literal["milestone_kinds", "agreement_topics"]


class CatalogueRepo:
    """An editable catalogue. Entries in use are deactivated, never deleted."""

    def __init__(self, vault: Vault, table: CatalogueName) -> None:
        self.vault = vault
        self.table = table

    def all(self, include_inactive: bool = True) -> list[CatalogueEntry]:
        where = "" if include_inactive else " WHERE active = 1"
        rows = self.vault.query(
            f"SELECT id, key, label, active, position FROM {self.table}{where}"
            " ORDER BY position, id"
        )
        return [CatalogueEntry(id=r[0], key=r[1], label=r[2], active=bool(r[3]), position=r[4])
                for r in rows]

    def get(self, entry_id: int) -> CatalogueEntry:
        for e in self.all():
            if e.id == entry_id:
                return e
        raise NotFound("That catalogue entry no longer exists.")

    def by_key(self, key: str) -> CatalogueEntry:
        for e in self.all():
            if e.key == key:
                return e
        raise NotFound(f"No catalogue entry {key!r}.")

    def add(self, entry: CatalogueEntry) -> CatalogueEntry:
        with self.vault.transaction():
            if self.vault.query_opt(f"SELECT 1 FROM {self.table} WHERE key = ?", (entry.key,)):
                raise Conflict(f"The catalogue already has an entry {entry.key!r}.")
            pos = self.vault.query_one(f"SELECT coalesce(max(position), -1) + 1 FROM {self.table}")
            cur = self.vault.execute(
                f"INSERT INTO {self.table}(key, label, active, position) VALUES (?, ?, ?, ?)",
                (entry.key, entry.label, int(entry.active), pos[0]),
            )
        return replace(entry, id=cur.lastrowid, position=pos[0])

    def update(self, entry: CatalogueEntry) -> CatalogueEntry:
        with self.vault.transaction():
            self.vault.execute(
                f"UPDATE {self.table} SET label = ?, active = ?, position = ? WHERE id = ?",
                (entry.label, int(entry.active), entry.position, entry.id),
            )
        return entry


_MILESTONE = "id, client_id, kind_id, occurred_on, note, custom_label, session_id"


def _milestone(r: Row) -> Milestone:
    return Milestone(id=r[0], client_id=r[1], kind_id=r[2], occurred_on=s2d_req(r[3]),
                     note=r[4], custom_label=r[5], session_id=r[6])


class MilestoneRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, m: Milestone) -> Milestone:
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO milestones(client_id, kind_id, occurred_on, note, custom_label,"
                " session_id) VALUES (?, ?, ?, ?, ?, ?)",
                (m.client_id, m.kind_id, m.occurred_on.isoformat(), m.note, m.custom_label,
                 m.session_id),
            )
        return replace(m, id=cur.lastrowid)

    def update(self, m: Milestone) -> Milestone:
        with self.vault.transaction():
            cur = self.vault.execute(
                "UPDATE milestones SET kind_id = ?, occurred_on = ?, note = ?, custom_label = ?,"
                " session_id = ? WHERE id = ?",
                (m.kind_id, m.occurred_on.isoformat(), m.note, m.custom_label, m.session_id,
                 m.id),
            )
            if cur.rowcount != 1:
                raise NotFound("That milestone no longer exists.")
        return m

    def delete(self, milestone_id: int) -> None:
        with self.vault.transaction():
            self.vault.execute("DELETE FROM milestones WHERE id = ?", (milestone_id,))

    def for_client(self, client_id: int) -> list[Milestone]:
        rows = self.vault.query(
            f"SELECT {_MILESTONE} FROM milestones WHERE client_id = ? ORDER BY occurred_on, id",
            (client_id,),
        )
        return [_milestone(r) for r in rows]


_AGREEMENT = (
    "id, client_id, topic_id, series_id, version, wording, agreed_on, review_on,"
    " acknowledged_on, revision_reason, ended_on, end_reason"
)


def _agreement(r: Row) -> AgreementVersion:
    return AgreementVersion(
        id=r[0], client_id=r[1], topic_id=r[2], series_id=r[3], version=r[4], wording=r[5],
        agreed_on=s2d_req(r[6]), review_on=s2d(r[7]), acknowledged_on=s2d(r[8]),
        revision_reason=r[9], ended_on=s2d(r[10]), end_reason=r[11],
    )


class AgreementRepo:
    """Boundary agreements as version chains: a revision adds a version."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, a: AgreementVersion) -> AgreementVersion:
        """A new agreement: version 1, whose id is also the series id."""
        with self.vault.transaction():
            new_id = int(self.vault.query_one("SELECT coalesce(max(id), 0) + 1 FROM agreements")[0])
            first = replace(a, version=1, series_id=new_id, revision_reason="", ended_on=None,
                            end_reason="")
            self._insert(first, new_id)
        return self.get(new_id)

    def _insert(self, a: AgreementVersion, row_id: int | None) -> int:
        cur = self.vault.execute(
            "INSERT INTO agreements(id, client_id, topic_id, series_id, version, wording,"
            " agreed_on, review_on, acknowledged_on, revision_reason, ended_on, end_reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row_id, a.client_id, a.topic_id, a.series_id, a.version, a.wording,
             a.agreed_on.isoformat(), d2s(a.review_on), d2s(a.acknowledged_on),
             a.revision_reason, d2s(a.ended_on), a.end_reason),
        )
        return int(cur.lastrowid)

    def revise(
        self, series_id: int, wording: str, agreed_on: dt.date, review_on: dt.date | None,
        reason: str, acknowledged_on: dt.date | None = None,
    ) -> AgreementVersion:
        with self.vault.transaction():
            current = self.current(series_id)
            if current.ended_on is not None:
                raise RecordLocked("This agreement has ended; make a new agreement instead.")
            new = replace(
                current, id=None, version=current.version + 1, wording=wording,
                agreed_on=agreed_on, review_on=review_on, acknowledged_on=acknowledged_on,
                revision_reason=reason, ended_on=None, end_reason="",
            )
            new_id = self._insert(new, None)
        return self.get(new_id)

    def acknowledge(self, version_id: int, on: dt.date) -> AgreementVersion:
        with self.vault.transaction():
            a = self.get(version_id)
            if a.acknowledged_on is not None:
                raise RecordLocked("This version was already acknowledged.")
            self.vault.execute(
                "UPDATE agreements SET acknowledged_on = ? WHERE id = ?",
                (on.isoformat(), version_id),
            )
        return self.get(version_id)

    def set_review(self, version_id: int, review_on: dt.date | None) -> AgreementVersion:
        with self.vault.transaction():
            self.vault.execute(
                "UPDATE agreements SET review_on = ? WHERE id = ?", (d2s(review_on), version_id)
            )
        return self.get(version_id)

    def end(self, series_id: int, on: dt.date, reason: str) -> AgreementVersion:
        with self.vault.transaction():
            current = self.current(series_id)
            if current.ended_on is not None:
                raise RecordLocked("This agreement has already ended.")
            self.vault.execute(
                "UPDATE agreements SET ended_on = ?, end_reason = ? WHERE id = ?",
                (on.isoformat(), reason, current.id),
            )
        return self.current(series_id)

    def delete(self, version_id: int) -> None:
        with self.vault.transaction():
            self.vault.execute("DELETE FROM agreements WHERE id = ?", (version_id,))

    def get(self, version_id: int) -> AgreementVersion:
        row = self.vault.query_opt(
            f"SELECT {_AGREEMENT} FROM agreements WHERE id = ?", (version_id,)
        )
        if row is None:
            raise NotFound("That agreement no longer exists.")
        return _agreement(row)

    def versions(self, series_id: int) -> list[AgreementVersion]:
        rows = self.vault.query(
            f"SELECT {_AGREEMENT} FROM agreements WHERE series_id = ? ORDER BY version",
            (series_id,),
        )
        return [_agreement(r) for r in rows]

    def current(self, series_id: int) -> AgreementVersion:
        versions = self.versions(series_id)
        if not versions:
            raise NotFound("That agreement no longer exists.")
        return versions[-1]

    def for_client(self, client_id: int) -> list[AgreementVersion]:
        """Every version of every agreement, oldest first within each series."""
        rows = self.vault.query(
            f"SELECT {_AGREEMENT} FROM agreements WHERE client_id = ?"
            " ORDER BY series_id, version",
            (client_id,),
        )
        return [_agreement(r) for r in rows]


_CHECKIN = "id, client_id, checked_on, bond, goals, tasks, overall, comment, session_id"


class CheckInRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, c: CheckIn) -> CheckIn:
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO checkins(client_id, checked_on, bond, goals, tasks, overall,"
                " comment, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (c.client_id, c.checked_on.isoformat(), c.bond, c.goals, c.tasks, c.overall,
                 c.comment, c.session_id),
            )
        return replace(c, id=cur.lastrowid)

    def update(self, c: CheckIn) -> CheckIn:
        with self.vault.transaction():
            cur = self.vault.execute(
                "UPDATE checkins SET checked_on = ?, bond = ?, goals = ?, tasks = ?, overall = ?,"
                " comment = ?, session_id = ? WHERE id = ?",
                (c.checked_on.isoformat(), c.bond, c.goals, c.tasks, c.overall, c.comment,
                 c.session_id, c.id),
            )
            if cur.rowcount != 1:
                raise NotFound("That check-in no longer exists.")
        return c

    def delete(self, checkin_id: int) -> None:
        with self.vault.transaction():
            self.vault.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))

    def for_client(self, client_id: int) -> list[CheckIn]:
        rows = self.vault.query(
            f"SELECT {_CHECKIN} FROM checkins WHERE client_id = ? ORDER BY checked_on, id",
            (client_id,),
        )
        return [CheckIn(id=r[0], client_id=r[1], checked_on=s2d_req(r[2]), bond=r[3],
                        goals=r[4], tasks=r[5], overall=r[6], comment=r[7], session_id=r[8])
                for r in rows]
