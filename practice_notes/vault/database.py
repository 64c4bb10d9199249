"""The one module that owns SQLCipher connections.

``Vault.create`` / ``Vault.open`` pay the KDF once; ``Vault.clone`` gives a worker
thread its own connection keyed with the raw key (no KDF). ``transaction()`` is
the only way to write; every driver error is translated into a ``VaultError``
the person can act on or a ``StorageBug``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from practice_notes import __version__
from practice_notes.vault import cipher, preflight
from practice_notes.vault.errors import (
    NewerVersion,
    NotAVault,
    NotFound,
    ReadOnlyFile,
    ReadOnlyLocation,
    StorageBug,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from practice_notes.vault.files import copy_atomically, fsync_folder
from practice_notes.vault.instance_lock import InstanceLock
from practice_notes.vault.outputs import temp_beside
from practice_notes.vault.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from practice_notes.vault.translate import translate

Row = tuple[Any, ...]
Params = Sequence[Any] | dict[str, Any]

def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Vault:
    """An unlocked vault. Not thread-safe: give each thread its own ``clone()``."""

    def __init__(
        self, path: Path, key: bytes, con: cipher.Connection, lock: InstanceLock | None
    ) -> None:
        self.path = path
        self._key: bytes | None = key
        self._con: cipher.Connection | None = con
        self._lock = lock
        self._depth = 0
        #: The schema version this vault had before ``open`` migrated it (None:
        #: no migration ran). Services use it for one-time steps after a migration.
        self.migrated_from: int | None = None

    # ----------------------------------------------------------------- opening
    @classmethod
    def create(cls, path: Path | str, passphrase: str) -> Vault:
        """Make a new, empty vault. Refuses any existing file, empty or not."""
        path = Path(path).expanduser()
        if not passphrase:
            raise VaultError("A passphrase is needed to protect the vault.")
        if path.exists():
            raise VaultExists()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise ReadOnlyLocation() from exc
            raise
        preflight.check_writable_dir(path.parent)
        lock = InstanceLock(path)
        lock.acquire()
        salt = os.urandom(cipher.SALT_SIZE)
        key = cipher.derive_key(passphrase, salt)
        try:
            with temp_beside(path) as tmp:
                # Built under a temporary name and renamed once the schema is
                # committed: a kill half-way leaves no file that blocks a retry.
                cls._build(tmp, key, salt)
                try:
                    os.link(tmp, path)  # never over a file that appeared meanwhile
                except FileExistsError:
                    raise VaultExists() from None
                except OSError:
                    if path.exists():
                        raise VaultExists() from None
                    os.replace(tmp, path)
            fsync_folder(path.parent)
            con = cipher.connect(path, key)
            vault = cls(path, key, con, lock)
            vault._configure()
        except BaseException:
            lock.release()
            with contextlib.suppress(OSError):
                lock.path.unlink()
            raise
        return vault

    @classmethod
    def _build(cls, tmp: Path, key: bytes, salt: bytes) -> None:
        """The new vault's schema and identity, committed in ``tmp`` (rollback
        journal, so that nothing but the file itself remains once it is closed)."""
        # Owner-only from the first byte: SQLite gives the -wal and -shm files
        # the mode of the database file (0600 here too), whatever the umask.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        cipher.silence_sqlcipher_logging()
        con = sqlcipher3.connect(str(tmp), isolation_level=None, check_same_thread=False)
        try:
            con.execute(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"")
            vault = cls(tmp, key, con, None)
            vault._configure(set_wal=False)
            vault._migrate(0, make_safety_copy=False)
            with vault.transaction():
                vault.execute(
                    "INSERT INTO meta(key, value) VALUES ('vault_id', ?), ('created_at', ?),"
                    " ('created_by', ?)",
                    (uuid.uuid4().hex, _now(), f"Practice Notes {__version__}"),
                )
        finally:
            con.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())

    @classmethod
    def open(cls, path: Path | str, passphrase: str) -> Vault:
        """Unlock an existing vault: exactly one KDF, then checks and migrations."""
        path = Path(path).expanduser()
        size, head = preflight.check_vault_file(path)
        lock = InstanceLock(path)
        lock.acquire()
        if not os.access(path, os.W_OK):
            lock.release()
            raise ReadOnlyFile()
        if os.name == "posix" and path.stat().st_mode & 0o077:
            # A vault made by an older version (0644): owner-only from now on.
            with contextlib.suppress(OSError):
                path.chmod(0o600)
        vault: Vault | None = None
        try:
            key = cipher.derive_key(passphrase, head)
            con = cipher.connect(path, key)
            vault = cls(path, key, con, lock)
            vault._check_unlocked(size)
            vault._configure()
        except BaseException:
            if vault is not None and vault._con is not None:
                # e.g. a failed migration: leave nothing open on the file
                with contextlib.suppress(Exception):
                    vault._con.close()
                vault._con = None
                vault._key = None
            lock.release()
            raise
        return vault

    def clone(self) -> Vault:
        """Another connection to the same vault for a worker thread (no KDF)."""
        key = self._require_key()
        con = cipher.connect(self.path, key)
        other = Vault(self.path, key, con, None)
        other._configure(set_wal=False)
        return other

    def _check_unlocked(self, size: int) -> None:
        con = self._con
        assert con is not None
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            con.close()
            self._con = None
            if isinstance(exc, sqlcipher3.OperationalError):
                # could not open or read the file at all: not a question of the key
                raise translate(exc, self.path) from exc
            raise preflight.diagnose(self.path, self._require_key(), size) from exc
        if not cipher.cipher_version(con):
            raise StorageBug("SQLCipher is not active in this sqlcipher3 build")
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            con.close()
            self._con = None
            raise NotAVault(
                "This is an encrypted database from another program, not a Practice Notes vault."
            )
        if version > SCHEMA_VERSION:
            con.close()
            self._con = None
            raise NewerVersion()
        if version < SCHEMA_VERSION:
            self._migrate(version, make_safety_copy=True)

    def _configure(self, set_wal: bool = True) -> None:
        con = self._con
        assert con is not None
        try:
            con.execute("PRAGMA foreign_keys = ON")
            con.execute("PRAGMA temp_store = MEMORY")
            con.execute("PRAGMA busy_timeout = 5000")
            con.execute("PRAGMA secure_delete = ON")
            if set_wal:
                con.execute("PRAGMA journal_mode = WAL").fetchone()
            con.execute("PRAGMA synchronous = FULL")
        except sqlcipher3.Error as exc:
            raise translate(exc, self.path) from exc

    # -------------------------------------------------------------- migrations
    def _migrate(self, current: int, make_safety_copy: bool) -> None:
        con = self._con
        assert con is not None
        self.migrated_from = current
        if make_safety_copy:
            self.safety_copy(f"before-migration-v{current}")
        for version, statements in MIGRATIONS:
            if version <= current:
                continue
            try:
                con.execute("BEGIN IMMEDIATE")
                for stmt in statements:
                    con.execute(stmt)
                con.execute(f"PRAGMA user_version = {version}")
                con.execute("COMMIT")
            except sqlcipher3.Error as exc:
                con.execute("ROLLBACK")
                raise translate(exc, self.path) from exc

    def safety_copy(self, label: str) -> Path:
        """An encrypted byte-for-byte copy beside the vault (WAL folded in first)."""
        con = self._con
        assert con is not None
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.{label}-{stamp}.bak")
        copy_atomically(self.path, target)
        return target

    # ------------------------------------------------------------------ state
    def _require_key(self) -> bytes:
        if self._key is None:
            raise VaultLocked()
        return self._key

    @property
    def key(self) -> bytes:
        return self._require_key()

    @property
    def is_open(self) -> bool:
        return self._con is not None

    @property
    def schema_version(self) -> int:
        return int(self.query_one("PRAGMA user_version")[0])

    def close(self) -> None:
        """Lock: close the connection, release the instance lock, forget the key."""
        if self._con is not None:
            with contextlib.suppress(sqlcipher3.Error):
                if self._lock is not None:
                    self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self._con.close()
            self._con = None
        self._key = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --------------------------------------------------------------- queries
    def _connection(self) -> cipher.Connection:
        if self._con is None:
            raise VaultLocked()
        return self._con

    def raw_connection(self) -> cipher.Connection:
        """The driver connection itself: only for whole-database copies (backups)."""
        return self._connection()

    def execute(self, sql: str, params: Params = ()) -> Any:
        try:
            return self._connection().execute(sql, params)
        except sqlcipher3.Error as exc:
            raise translate(exc, self.path) from exc

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        try:
            self._connection().executemany(sql, rows)
        except sqlcipher3.Error as exc:
            raise translate(exc, self.path) from exc

    def rows(self, sql: str, params: Params = ()) -> Iterator[Row]:
        """The rows of a query one at a time (a whole audit log need not be in memory)."""
        try:
            cursor = self._connection().execute(sql, params)
            while batch := cursor.fetchmany(1000):
                yield from batch
        except sqlcipher3.Error as exc:
            raise translate(exc, self.path) from exc

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        try:
            return list(self._connection().execute(sql, params).fetchall())
        except sqlcipher3.Error as exc:
            raise translate(exc, self.path) from exc

    def query_one(self, sql: str, params: Params = ()) -> Row:
        rows = self.query(sql, params)
        if not rows:
            raise NotFound()
        return rows[0]

    def query_opt(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction; nested calls join the outermost one."""
        con = self._connection()
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            raise translate(exc, self.path) from exc
        self._depth = 1
        try:
            yield
            con.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlcipher3.Error):
                con.execute("ROLLBACK")
            if isinstance(exc, sqlcipher3.Error):
                raise translate(exc, self.path) from exc
            raise
        finally:
            self._depth = 0

    # ------------------------------------------------------------ passphrase
    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt with a new passphrase (``PRAGMA rekey``), after checking the old one."""
        if not new:
            raise VaultError("The new passphrase cannot be empty.")
        salt = cipher.read_salt(self.path)
        if cipher.derive_key(old, salt) != self._require_key():
            raise WrongPassphrase("The current passphrase is not right.")
        new_key = cipher.derive_key(new, salt)
        con = self._connection()
        try:
            con.execute(f"PRAGMA rekey = \"x'{new_key.hex()}{salt.hex()}'\"")
        except sqlcipher3.Error as exc:
            raise translate(exc, self.path) from exc
        self._key = new_key

    def integrity_problems(self) -> list[str]:
        """SQLCipher's page check and SQLite's integrity check; empty when all is well."""
        problems = [str(r[0]) for r in self.query("PRAGMA cipher_integrity_check")]
        try:
            rows = self.query("PRAGMA integrity_check")
        except VaultDamaged:
            # SQLite stops at the first unreadable page instead of listing it
            return problems + ["The database structure could not be read to the end."]
        problems += [str(r[0]) for r in rows if r[0] != "ok"]
        return problems
