"""Make a benchmark vault of any size, fast.

    python tests/benchmarks/make_vault.py --clients 2000 --sessions 250 --out big.vault
                                          [--template 40] [--seed 7] [--passphrase P]

A *template* of ``--template`` clients is built with the demo generator itself
(``build_demo``: every kind of record, the demo's text and word frequencies,
signed notes and addenda), then copied inside SQLCipher — ``INSERT … SELECT``
from the attached template, every id shifted per copy, codes made unique — until
the vault holds ``--clients`` clients. The copies go through the app's own schema,
so every trigger runs: the search index, the locks on signed notes, the client
counts. Notes are inserted unsigned, linked to their goals, then signed, as an
import does. Text repeats once per copy: word frequencies are the demo's, and a
search finds each template record once per copy.

2,000 × 250 (about 500,000 notes, 1 GB) takes a few minutes on two cores.
Prints the figures as one JSON line at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

from practice_notes.demo.build import build_demo  # noqa: E402
from practice_notes.services.unlock import create_practice  # noqa: E402
from practice_notes.vault.database import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
DEMO_TODAY = dt.date(2025, 6, 2)

# Each copied table, with how its columns move per copy: the offset of the table
# that a column points into ("" for the table's own id).
TABLES: list[tuple[str, dict[str, str]]] = [
    ("clients", {"id": "clients"}),
    ("goals", {"id": "goals", "client_id": "clients"}),
    ("sessions", {"id": "sessions", "client_id": "clients"}),
    ("session_goals", {"session_id": "sessions", "goal_id": "goals"}),
    ("goal_status_changes", {"id": "goal_status_changes", "goal_id": "goals"}),
    ("goal_ratings", {"id": "goal_ratings", "goal_id": "goals", "session_id": "sessions"}),
    ("strategies", {"id": "strategies", "goal_id": "goals"}),
    ("milestones", {"id": "milestones", "client_id": "clients", "session_id": "sessions"}),
    ("agreements", {"id": "agreements", "client_id": "clients", "series_id": "agreements"}),
    ("checkins", {"id": "checkins", "client_id": "clients", "session_id": "sessions"}),
    ("measures", {"id": "measures", "client_id": "clients", "session_id": "sessions"}),
    ("custom_scores", {"id": "custom_scores", "client_id": "clients",
                       "session_id": "sessions"}),
    ("reviews", {"id": "reviews", "client_id": "clients"}),
]
# Which column of each table holds its client (directly or through a parent row).
CLIENT_OF = {
    "clients": "t.id", "goals": "t.client_id", "sessions": "t.client_id",
    "session_goals": "(SELECT client_id FROM tpl.sessions WHERE id = t.session_id)",
    "goal_status_changes": "(SELECT client_id FROM tpl.goals WHERE id = t.goal_id)",
    "goal_ratings": "(SELECT client_id FROM tpl.goals WHERE id = t.goal_id)",
    "strategies": "(SELECT client_id FROM tpl.goals WHERE id = t.goal_id)",
    "milestones": "t.client_id", "agreements": "t.client_id", "checkins": "t.client_id",
    "measures": "t.client_id", "custom_scores": "t.client_id", "reviews": "t.client_id",
}


def build_template(path: Path, clients: int, sessions: int, seed: int) -> float:
    start = time.perf_counter()
    practice = create_practice(path, PASSPHRASE)
    try:
        build_demo(practice, clients, sessions, seed, today=DEMO_TODAY)
    finally:
        practice.vault.close()
    return time.perf_counter() - start


def _copy_sql(vault: Vault, table: str, moves: dict[str, str]) -> str:
    cols = [str(r[1]) for r in vault.query(f"PRAGMA main.table_info({table})")]
    exprs = []
    for col in cols:
        if col in moves:
            exprs.append(f"t.{col} + :{moves[col]}")
        elif table == "clients" and col == "code":
            exprs.append("CASE WHEN :copy = 0 THEN t.code ELSE t.code || '-' || :copy END")
        elif table == "sessions" and col in ("signed_at", "signed_by"):
            exprs.append("NULL" if col == "signed_at" else "''")
        else:
            exprs.append(f"t.{col}")
    return (f"INSERT INTO main.{table}({', '.join(cols)}) SELECT {', '.join(exprs)}"
            f" FROM tpl.{table} t WHERE {CLIENT_OF[table]} <= :upto")


def copy_template(out: Path, template: Path, clients: int) -> dict[str, float]:
    """Fill ``out`` (a new vault) with copies of the template's records."""
    start = time.perf_counter()
    practice = create_practice(out, PASSPHRASE)
    vault = practice.vault
    try:
        vault.execute("ATTACH DATABASE ? AS tpl KEY ?", (str(template), PASSPHRASE))
        per_copy = int(vault.query_one("SELECT count(*) FROM tpl.clients")[0])
        size = {t: int(vault.query_one(f"SELECT coalesce(max({'rowid'}), 0) FROM tpl.{t}")[0])
                for t, _ in TABLES if t != "session_goals"}
        copies = math.ceil(clients / per_copy)
        statements = [(t, _copy_sql(vault, t, m)) for t, m in TABLES]
        with vault.transaction():
            vault.execute("INSERT OR REPLACE INTO main.settings SELECT * FROM tpl.settings")
        for copy in range(copies):
            params = {f"{t}": copy * n for t, n in size.items()}
            params.update(copy=copy, upto=min(per_copy, clients - copy * per_copy))
            with vault.transaction():
                for table, sql in statements:
                    wanted = {k: v for k, v in params.items() if f":{k}" in sql}
                    vault.execute(sql, wanted)
                    if table == "sessions":
                        continue
                    if table == "session_goals":  # now the notes can be signed
                        vault.execute(
                            "UPDATE main.sessions SET signed_at = t.signed_at,"
                            " signed_by = t.signed_by FROM tpl.sessions t"
                            " WHERE main.sessions.id = t.id + :sessions"
                            " AND t.signed_at IS NOT NULL AND t.client_id <= :upto",
                            {"sessions": params["sessions"], "upto": params["upto"]})
                        vault.execute(
                            "INSERT INTO main.addenda(id, session_id, written_at, body)"
                            " SELECT a.id + :addenda, a.session_id + :sessions, a.written_at,"
                            " a.body FROM tpl.addenda a JOIN tpl.sessions s"
                            " ON s.id = a.session_id WHERE s.client_id <= :upto",
                            {"addenda": copy * addenda_size(vault), "sessions":
                             params["sessions"], "upto": params["upto"]})
            done = min(clients, (copy + 1) * per_copy)
            print(f"  copies: {done}/{clients} clients, {time.perf_counter() - start:.0f} s",
                  file=sys.stderr, flush=True)
        vault.execute("DETACH DATABASE tpl")
        vault.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        vault.close()
    return {"copy_s": time.perf_counter() - start}


def addenda_size(vault: Vault) -> int:
    return int(vault.query_one("SELECT coalesce(max(id), 0) FROM tpl.addenda")[0])


def make_vault(out: Path, clients: int, sessions: int, seed: int = 7,
               template_clients: int = 40, work: Path | None = None) -> dict[str, float]:
    """Build the vault at ``out``; returns timings in seconds."""
    if out.exists():
        raise SystemExit(f"{out} exists; give a new file name")
    folder = Path(tempfile.mkdtemp(prefix="pn-make-vault-", dir=work))
    template = folder / f"template-{min(clients, template_clients)}x{sessions}.vault"
    try:
        figures = {"template_s": build_template(template, min(clients, template_clients),
                                                sessions, seed)}
        figures.update(copy_template(out, template, clients))
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    figures["total_s"] = figures["template_s"] + figures["copy_s"]
    figures["bytes"] = float(out.stat().st_size)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=250)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--template", type=int, default=40,
                        help="clients built by the demo generator, then copied")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    figures = make_vault(args.out, args.clients, args.sessions, args.seed, args.template,
                         args.out.parent)
    print(json.dumps({"clients": args.clients, "sessions": args.sessions,
                      "passphrase": PASSPHRASE, **{k: round(v, 1) for k, v in figures.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
