"""PHQ-9 / GAD-7 results and free-named custom scores."""

from __future__ import annotations

from dataclasses import replace

from practice_notes.domain.enums import Instrument
from practice_notes.domain.models import CustomScore, MeasureResult
from practice_notes.vault.codec import from_json, s2d_req, to_json
from practice_notes.vault.database import Vault


class MeasureRepo:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, m: MeasureResult) -> MeasureResult:
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO measures(client_id, instrument, taken_on, items, total, note,"
                " session_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (m.client_id, m.instrument.value, m.taken_on.isoformat(), to_json(list(m.items)),
                 m.total, m.note, m.session_id),
            )
        return replace(m, id=cur.lastrowid)

    def delete(self, measure_id: int) -> None:
        with self.vault.transaction():
            self.vault.execute("DELETE FROM measures WHERE id = ?", (measure_id,))

    def for_client(
        self, client_id: int, instrument: Instrument | None = None
    ) -> list[MeasureResult]:
        sql = (
            "SELECT id, client_id, instrument, taken_on, items, note, session_id FROM measures"
            " WHERE client_id = ?"
        )
        params: list[object] = [client_id]
        if instrument is not None:
            sql += " AND instrument = ?"
            params.append(instrument.value)
        rows = self.vault.query(sql + " ORDER BY taken_on, id", params)
        return [
            MeasureResult(id=r[0], client_id=r[1], instrument=Instrument(r[2]),
                          taken_on=s2d_req(r[3]), items=tuple(from_json(r[4])), note=r[5],
                          session_id=r[6])
            for r in rows
        ]

    # ---------------------------------------------------------- custom scores
    def add_custom(self, s: CustomScore) -> CustomScore:
        with self.vault.transaction():
            cur = self.vault.execute(
                "INSERT INTO custom_scores(client_id, name, taken_on, value, session_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (s.client_id, s.name, s.taken_on.isoformat(), s.value, s.session_id),
            )
        return replace(s, id=cur.lastrowid)

    def delete_custom(self, score_id: int) -> None:
        with self.vault.transaction():
            self.vault.execute("DELETE FROM custom_scores WHERE id = ?", (score_id,))

    def custom_for_client(self, client_id: int) -> list[CustomScore]:
        rows = self.vault.query(
            "SELECT id, client_id, name, taken_on, value, session_id FROM custom_scores"
            " WHERE client_id = ? ORDER BY name, taken_on, id",
            (client_id,),
        )
        return [CustomScore(id=r[0], client_id=r[1], name=r[2], taken_on=s2d_req(r[3]),
                            value=float(r[4]), session_id=r[5]) for r in rows]
