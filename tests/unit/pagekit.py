"""Read a SQLCipher 4 vault's pages in clear, straight from the file's bytes.

The database is encrypted, so searching its raw bytes for a name proves
nothing. These helpers decrypt every page of the file (free pages and unused
space inside pages included) and every frame of its write-ahead log with the
vault's key, the way SQLCipher does (AES-256-CBC, per-page IV in the reserved
area), so a test can look for a destroyed client's text in what is really on
disk. AES is written out here (decryption only, FIPS-197) because the test
environment has no AES library; ``decrypted_pages`` checks that page 1 decrypts
to a SQLite header, so a wrong decryption cannot pass a test by finding nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from practice_notes.vault import cipher

RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
IV_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _xtime(a: int) -> int:
    a <<= 1
    return (a ^ 0x11B) & 0xFF if a & 0x100 else a


def _mul(a: int, b: int) -> int:
    out = 0
    while b:
        if b & 1:
            out ^= a
        a, b = _xtime(a), b >> 1
    return out


def _rotl8(x: int, s: int) -> int:
    return ((x << s) | (x >> (8 - s))) & 0xFF


def _sbox() -> list[int]:
    """FIPS-197 5.1.1: the multiplicative inverse in GF(2^8), then the affine map."""
    inverse = [0] * 256
    for x in range(1, 256):
        inverse[x] = next(y for y in range(1, 256) if _mul(x, y) == 1)
    return [b ^ _rotl8(b, 1) ^ _rotl8(b, 2) ^ _rotl8(b, 3) ^ _rotl8(b, 4) ^ 0x63
            for b in inverse]


SBOX = _sbox()
INV = [0] * 256
for _i, _v in enumerate(SBOX):
    INV[_v] = _i
assert SBOX[0x00] == 0x63 and SBOX[0x53] == 0xED  # FIPS-197 figure 7

# Decryption tables: TD[r][x] is InvMixColumns of InvSubBytes(x) in row r.
_TD0 = [(_mul(INV[x], 14) << 24) | (_mul(INV[x], 9) << 16) | (_mul(INV[x], 13) << 8)
        | _mul(INV[x], 11) for x in range(256)]


def _ror(w: int, n: int) -> int:
    return ((w >> n) | (w << (32 - n))) & 0xFFFFFFFF


TD = [_TD0, [_ror(w, 8) for w in _TD0], [_ror(w, 16) for w in _TD0],
      [_ror(w, 24) for w in _TD0]]


def _inv_mix_word(w: int) -> int:
    return (TD[0][SBOX[w >> 24]] ^ TD[1][SBOX[(w >> 16) & 0xFF]]
            ^ TD[2][SBOX[(w >> 8) & 0xFF]] ^ TD[3][SBOX[w & 0xFF]])


def _expand(key: bytes) -> list[list[int]]:
    """Round keys for the equivalent inverse cipher (AES-256: 15 round keys)."""
    nk, rounds = 8, 14
    words = [int.from_bytes(key[4 * i:4 * i + 4], "big") for i in range(nk)]
    rcon = 1
    for i in range(nk, 4 * (rounds + 1)):
        t = words[i - 1]
        if i % nk == 0:
            t = ((t << 8) & 0xFFFFFFFF) | (t >> 24)
            t = (SBOX[t >> 24] << 24) | (SBOX[(t >> 16) & 0xFF] << 16) \
                | (SBOX[(t >> 8) & 0xFF] << 8) | SBOX[t & 0xFF]
            t ^= rcon << 24
            rcon = _xtime(rcon)
        elif i % nk == 4:
            t = (SBOX[t >> 24] << 24) | (SBOX[(t >> 16) & 0xFF] << 16) \
                | (SBOX[(t >> 8) & 0xFF] << 8) | SBOX[t & 0xFF]
        words.append(words[i - nk] ^ t)
    keys = [words[4 * r:4 * r + 4] for r in range(rounds + 1)]
    keys.reverse()
    for r in range(1, rounds):
        keys[r] = [_inv_mix_word(w) for w in keys[r]]
    return keys


class AES256:
    def __init__(self, key: bytes) -> None:
        assert len(key) == 32
        self.keys = _expand(key)

    def decrypt_block(self, block: bytes) -> bytes:
        t0, t1, t2, t3 = TD
        k = self.keys[0]
        s0 = int.from_bytes(block[0:4], "big") ^ k[0]
        s1 = int.from_bytes(block[4:8], "big") ^ k[1]
        s2 = int.from_bytes(block[8:12], "big") ^ k[2]
        s3 = int.from_bytes(block[12:16], "big") ^ k[3]
        for k in self.keys[1:-1]:
            s0, s1, s2, s3 = (
                t0[s0 >> 24] ^ t1[(s3 >> 16) & 255] ^ t2[(s2 >> 8) & 255] ^ t3[s1 & 255] ^ k[0],
                t0[s1 >> 24] ^ t1[(s0 >> 16) & 255] ^ t2[(s3 >> 8) & 255] ^ t3[s2 & 255] ^ k[1],
                t0[s2 >> 24] ^ t1[(s1 >> 16) & 255] ^ t2[(s0 >> 8) & 255] ^ t3[s3 & 255] ^ k[2],
                t0[s3 >> 24] ^ t1[(s2 >> 16) & 255] ^ t2[(s1 >> 8) & 255] ^ t3[s0 & 255] ^ k[3],
            )
        k = self.keys[-1]
        out = bytearray()
        for a, b, c, d, kw in ((s0, s3, s2, s1, k[0]), (s1, s0, s3, s2, k[1]),
                               (s2, s1, s0, s3, k[2]), (s3, s2, s1, s0, k[3])):
            w = (INV[a >> 24] << 24) | (INV[(b >> 16) & 255] << 16) \
                | (INV[(c >> 8) & 255] << 8) | INV[d & 255]
            out += (w ^ kw).to_bytes(4, "big")
        return bytes(out)

    def decrypt_cbc(self, data: bytes, iv: bytes) -> bytes:
        out = bytearray()
        prev = iv
        for n in range(0, len(data), 16):
            block = data[n:n + 16]
            plain = self.decrypt_block(block)
            out += bytes(x ^ y for x, y in zip(plain, prev, strict=True))
            prev = block
        return bytes(out)


def decrypt_page(aes: AES256, page: bytes, pgno: int) -> bytes:
    """A page's content in clear (page 1 without its 16-byte salt)."""
    start = cipher.SALT_SIZE if pgno == 1 else 0
    end = cipher.PAGE_SIZE - RESERVE
    iv = page[end:end + IV_SIZE]
    return aes.decrypt_cbc(page[start:end], iv)


def decrypted_pages(path: Path, key: bytes) -> Iterator[tuple[int, bytes]]:
    """Every page of the vault file in clear: (page number, content)."""
    aes = AES256(key)
    data = path.read_bytes()
    assert len(data) % cipher.PAGE_SIZE == 0
    for n in range(len(data) // cipher.PAGE_SIZE):
        page = data[n * cipher.PAGE_SIZE:(n + 1) * cipher.PAGE_SIZE]
        plain = decrypt_page(aes, page, n + 1)
        if n == 0:
            # bytes 16.. of the SQLite header: page size 4096, 80 reserved bytes
            assert plain[0:2] == b"\x10\x00" and plain[4] == RESERVE, "decryption is wrong"
        yield n + 1, plain


def decrypted_wal_frames(path: Path, key: bytes) -> Iterator[tuple[int, bytes]]:
    """Every frame of a write-ahead log in clear: (page number, content)."""
    if not path.exists():
        return
    aes = AES256(key)
    data = path.read_bytes()
    size = WAL_FRAME_HEADER + cipher.PAGE_SIZE
    for off in range(WAL_HEADER, len(data) - size + 1, size):
        pgno = int.from_bytes(data[off:off + 4], "big")
        page = data[off + WAL_FRAME_HEADER:off + size]
        yield pgno, decrypt_page(aes, page, pgno)


def markers_in_clear(path: Path, key: bytes, markers: list[str]) -> list[str]:
    """Which markers (UTF-8) appear in the vault's pages or WAL frames in clear."""
    found: set[str] = set()
    needles = {m: m.encode("utf-8") for m in markers}
    for where, frames in (("page", decrypted_pages(path, key)),
                          ("wal frame", decrypted_wal_frames(Path(f"{path}-wal"), key))):
        for pgno, plain in frames:
            for marker, needle in needles.items():
                if needle in plain:
                    found.add(f"{marker} ({where} {pgno})")
    return sorted(found)
