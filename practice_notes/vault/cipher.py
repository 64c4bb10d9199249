"""The SQLCipher 4 layer: key derivation, keyed connections and page forensics.

SQLCipher 4 defaults: 4096-byte pages, PBKDF2-HMAC-SHA512 with 256,000
iterations over the file's first 16 bytes (the salt), a 32-byte key, and per
page an IV (16 bytes) and an HMAC-SHA512 (64 bytes) in the reserved area. We
derive the key once per unlock and key every further connection with the raw
key, so only one KDF is paid per unlock.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from pathlib import Path
from typing import Any

import sqlcipher3

PAGE_SIZE = 4096
SALT_SIZE = 16
KDF_ITERATIONS = 256_000
KEY_SIZE = 32
HMAC_SIZE = 64
SQLITE_HEADER = b"SQLite format 3\x00"

Connection = Any  # sqlcipher3.dbapi2.Connection has no type stubs

_silenced = False
_silence_lock = threading.Lock()


def silence_sqlcipher_logging() -> None:
    """Stop SQLCipher printing "hmac check failed" lines to stderr (once per process)."""
    global _silenced
    with _silence_lock:
        if _silenced:
            return
        con = sqlcipher3.connect(":memory:")
        try:
            con.execute("PRAGMA cipher_log_level = NONE")
        finally:
            con.close()
        _silenced = True


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's own key for ``passphrase`` and a file's salt (the one KDF)."""
    return hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_SIZE
    )


def read_salt(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(SALT_SIZE)


def raw_key_pragma(key: bytes) -> str:
    if len(key) != KEY_SIZE:
        raise ValueError("a raw SQLCipher key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path | str, key: bytes) -> Connection:
    """A connection in autocommit mode (we issue BEGIN ourselves), keyed raw."""
    silence_sqlcipher_logging()
    # A Vault is used by one thread at a time but may be handed over (unlocked in a
    # worker, then used by the GUI thread), so the driver's same-thread check is off.
    con = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    con.execute(raw_key_pragma(key))
    return con


def cipher_version(con: Connection) -> str:
    row = con.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row and row[0] else ""


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    hmac_salt = bytes(b ^ 0x3A for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, 2, KEY_SIZE)


def page_ok(page: bytes, pgno: int, hmac_key: bytes) -> bool:
    """Whether one page's HMAC verifies under ``hmac_key`` (SQLCipher 4 layout)."""
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if pgno == 1 else 0
    body, mac = page[start : PAGE_SIZE - HMAC_SIZE], page[PAGE_SIZE - HMAC_SIZE :]
    calc = hmac.new(hmac_key, body + pgno.to_bytes(4, "little"), hashlib.sha512).digest()
    return hmac.compare_digest(calc, mac)


def scan_pages(path: Path, key: bytes, limit: int | None = None) -> tuple[int, list[int]]:
    """Check page HMACs directly from the file: (pages checked, bad page numbers).

    Used to tell a wrong passphrase (no page verifies) from a damaged file (some
    pages verify) without writing anything.
    """
    with path.open("rb") as fh:
        salt = fh.read(SALT_SIZE)
        hkey = _hmac_key(key, salt)
        fh.seek(0)
        checked, bad = 0, []
        pgno = 1
        while limit is None or checked < limit:
            page = fh.read(PAGE_SIZE)
            if not page:
                break
            checked += 1
            if not page_ok(page, pgno, hkey):
                bad.append(pgno)
            pgno += 1
    return checked, bad
