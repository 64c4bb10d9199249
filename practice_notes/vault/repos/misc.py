"""Practice settings, drafts of unsaved editor text, and review records."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace

from practice_notes.domain.models import Draft, PracticeSettings, Review
from practice_notes.vault.codec import from_json, now_utc_text, s2d_req, s2t_req, t2s, to_json
from practice_notes.vault.database import Row, Vault
from practice_notes.vault.errors import NotFound


class SettingsRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def load(self) -> PracticeSettings:
        stored: dict[str, str] = {
            str(k): str(v) for k, v in self.vault.query("SELECT key, value FROM settings")
        }
        values: dict[str, object] = {}
        defaults = PracticeSettings()
        for f in fields(PracticeSettings):
            if f.name in stored:
                default = getattr(defaults, f.name)
                raw = stored[f.name]
                values[f.name] = int(raw) if isinstance(default, int) else str(raw)
        return replace(defaults, **values)  # type: ignore[arg-type]

    def save(self, settings: PracticeSettings) -> None:
        with self.vault.transaction():
            self.vault.executemany(
                "INSERT INTO settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(f.name, str(getattr(settings, f.name))) for f in fields(PracticeSettings)],
            )


class DraftRepo:
    """Unsaved editor text, kept inside the encrypted vault (never on disk in clear)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def put(self, key: str, body: str, at: dt.datetime | None = None) -> Draft:
        when = at or dt.datetime.now().replace(microsecond=0)
        with self.vault.transaction():
            self.vault.execute(
                "INSERT INTO drafts(key, body, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET body = excluded.body,"
                " updated_at = excluded.updated_at",
                (key, body, t2s(when)),
            )
        return Draft(key, body, when)

    def get(self, key: str) -> Draft | None:
        row = self.vault.query_opt("SELECT key, body, updated_at FROM drafts WHERE key = ?",
                                   (key,))
        return Draft(row[0], row[1], s2t_req(row[2])) if row else None

    def all(self) -> list[Draft]:
        rows = self.vault.query("SELECT key, body, updated_at FROM drafts ORDER BY updated_at")
        return [Draft(r[0], r[1], s2t_req(r[2])) for r in rows]

    def discard(self, key: str) -> None:
        with self.vault.transaction():
            self.vault.execute("DELETE FROM drafts WHERE key = ?", (key,))


_REVIEW = (
    "id, client_id, held_on, period_from, period_to, options, narrative, next_steps,"
    " client_reflection"
)


def _review(r: Row) -> Review:
    return Review(id=r[0], client_id=r[1], held_on=s2d_req(r[2]), period_from=s2d_req(r[3]),
                  period_to=s2d_req(r[4]), options=dict(from_json(r[5])), narrative=r[6],
                  next_steps=r[7], client_reflection=r[8])


class ReviewRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, r: Review) -> Review:
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO reviews(client_id, held_on, period_from, period_to, options,"
                " narrative, next_steps, client_reflection, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (r.client_id, r.held_on.isoformat(), r.period_from.isoformat(),
                 r.period_to.isoformat(), to_json(r.options), r.narrative, r.next_steps,
                 r.client_reflection, now_utc_text()),
            )
        return replace(r, id=cur.lastrowid)

    def update(self, r: Review) -> Review:
        with self.vault.transaction():
            cur = self.vault.execute(
                "UPDATE reviews SET held_on = ?, period_from = ?, period_to = ?, options = ?,"
                " narrative = ?, next_steps = ?, client_reflection = ? WHERE id = ?",
                (r.held_on.isoformat(), r.period_from.isoformat(), r.period_to.isoformat(),
                 to_json(r.options), r.narrative, r.next_steps, r.client_reflection, r.id),
            )
            if cur.rowcount != 1:
                raise NotFound("That review no longer exists.")
        return r

    def for_client(self, client_id: int) -> list[Review]:
        rows = self.vault.query(
            f"SELECT {_REVIEW} FROM reviews WHERE client_id = ? ORDER BY held_on, id",
            (client_id,),
        )
        return [_review(r) for r in rows]


class KeyValueRepo:
    """Named values in the settings table under a prefix (e.g. ``backup.``)."""

    def __init__(self, vault: Vault, prefix: str) -> None:
        self.vault = vault
        self.prefix = prefix

    def load(self) -> dict[str, str]:
        rows = self.vault.query(
            "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?",
            (len(self.prefix), self.prefix),
        )
        return {str(k)[len(self.prefix):]: str(v) for k, v in rows}

    def save(self, values: dict[str, str]) -> None:
        with self.vault.transaction():
            self.vault.executemany(
                "INSERT INTO settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(self.prefix + k, v) for k, v in values.items()],
            )
