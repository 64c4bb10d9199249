"""Files the app writes outside the vault, so that none is ever stranded.

Every plaintext output (an export, a printed summary, a records package) goes
through :func:`write_plaintext`: the content is built in memory, written once
under a temporary name beside the target, flushed, and renamed. Before the
temporary file exists a small marker in the user's state folder names it (the
marker holds the temporary path only: a random name in the output's folder) and
the writing process's id. A process killed half-way leaves the marker behind;
the next start of any command or of the window (:func:`sweep`) finds it,
overwrites the plaintext with zeros, removes it and says so once on stderr.

Encrypted temporary files (backups being written or restored, a vault being
created) use :func:`temp_beside`, which registers them the same way; the sweep
only removes those (and their SQLite ``-journal``/``-wal``/``-shm`` files).

``ordered`` lets the caller do one more step (an audit entry) after the file is
complete and before the rename, so that "written" is only ever said of a file
that is there: a failure before the rename leaves nothing at the target.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from practice_notes.vault.errors import DiskFull, ReadOnlyLocation, VaultError
from practice_notes.vault.files import fsync_folder

PLAIN_PREFIX = ".practice-notes-out-"
PLAIN_SUFFIX = ".part"
STATE_ENV = "PRACTICE_NOTES_STATE_DIR"
_SIDECARS = ("-journal", "-wal", "-shm")


def pending_dir() -> Path:
    """Where the markers live (the user's state folder, owner only)."""
    chosen = os.environ.get(STATE_ENV)
    if chosen:
        return Path(chosen) / "pending"
    import platformdirs

    return Path(platformdirs.user_state_dir("practice-notes", appauthor=False)) / "pending"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class _Marker:
    """One marker file: ``<pid>-<random>.<kind>`` holding the temporary path."""

    def __init__(self, tmp: Path, kind: str) -> None:
        self.path: Path | None = None
        try:  # a full or read-only home must not stop the output itself
            folder = pending_dir()
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = folder / f"{os.getpid()}-{os.urandom(6).hex()}.{kind}"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, os.fsencode(str(tmp.absolute())))
                os.fsync(fd)
            finally:
                os.close(fd)
            self.path = path
        except OSError:
            pass

    def drop(self) -> None:
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush, then unlink it (best effort on the
    overwrite: a copy-on-write file system may keep the old blocks)."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as fh:
            block = b"\0" * 65536
            left = size
            while left > 0:
                n = min(left, len(block))
                fh.write(block[:n])
                left -= n
            fh.flush()
            os.fsync(fh.fileno())
    with contextlib.suppress(OSError):
        path.unlink()


def _remove(path: Path, plaintext: bool) -> bool:
    found = False
    for p in (path, *(Path(f"{path}{s}") for s in _SIDECARS)):
        if p.exists() and not p.is_dir():
            found = True
            if plaintext:
                shred(p)
            else:
                with contextlib.suppress(OSError):
                    p.unlink()
    return found


def sweep(report: Callable[[str], None] | None = None) -> list[Path]:
    """Remove what killed processes left: plaintext shredded, encrypted files
    unlinked. Says so once (``report``, default stderr). Returns what was removed."""
    folder = pending_dir()
    removed: list[Path] = []
    try:
        markers = sorted(folder.iterdir())
    except OSError:
        return removed
    for marker in markers:
        pid_text = marker.name.split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        try:
            tmp = Path(os.fsdecode(marker.read_bytes()))
        except OSError:
            continue
        if _remove(tmp, plaintext=marker.suffix == ".plain"):
            removed.append(tmp)
        with contextlib.suppress(OSError):
            marker.unlink()
    if removed:
        names = ", ".join(str(p) for p in removed[:3]) + (" …" if len(removed) > 3 else "")
        text = (f"practice-notes: removed {len(removed)} unfinished file(s) left by an "
                f"interrupted command ({names}); plaintext was overwritten first.")
        if report is not None:
            report(text)
        else:
            print(text, file=sys.stderr, flush=True)
    return removed


@contextlib.contextmanager
def temp_beside(target: Path, kind: str = "encrypted") -> Iterator[Path]:
    """A registered temporary name beside ``target`` (``.<name>.<random>.part``).
    The caller creates, fills and renames it; whatever is still there on leaving
    (an error, an early return) is removed, and the marker with it."""
    tmp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.part")
    marker = _Marker(tmp, kind)
    try:
        yield tmp
    finally:
        if tmp.exists() or any(Path(f"{tmp}{s}").exists() for s in _SIDECARS):
            _remove(tmp, plaintext=kind == "plain")
        marker.drop()


class OutputProblem(OSError):
    """Writing the output failed; ``where`` says which disk: "output" or "vault"."""

    def __init__(self, where: str, exc: BaseException) -> None:
        err = exc.errno if isinstance(exc, OSError) else None
        super().__init__(err, str(exc))
        self.where = where
        self.cause = exc


def write_plaintext(target: Path, content: bytes,
                    before_rename: Callable[[], object] | None = None) -> None:
    """Write ``content`` to ``target`` (mode 0600) so that it is either complete
    under its name or not there at all, and never stranded under another name.

    ``before_rename`` (an audit entry, say) runs once the file is complete; if it
    fails, nothing is left and an :class:`OutputProblem` with ``where="vault"``
    is raised. A write failure raises one with ``where="output"``.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise OutputProblem("output", IsADirectoryError(errno.EISDIR, "Is a directory"))
    tmp = target.with_name(f"{PLAIN_PREFIX}{os.urandom(8).hex()}{PLAIN_SUFFIX}")
    marker = _Marker(tmp, "plain")
    try:
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise OutputProblem("output", exc) from exc
        if before_rename is not None:
            try:
                before_rename()
            except Exception as exc:
                raise OutputProblem("vault", exc) from exc
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise OutputProblem("output", exc) from exc
        fsync_folder(target.parent)
    finally:
        if tmp.exists():
            shred(tmp)
        marker.drop()


def output_problem(exc: OutputProblem, out: Path, what: str,
                   vault: Path | None = None) -> VaultError:
    """One true sentence for a failed output: nothing was left at ``out``."""
    cause = exc.cause
    if exc.where == "vault":
        if isinstance(cause, DiskFull) or "full" in str(cause).lower():
            disk = f" (the disk holding {str(vault.parent)!r})" if vault else ""
            return DiskFull(f"The vault's disk{disk} is full, so the {what} was not written: "
                            "its entry in the vault's audit log could not be saved. "
                            "Free some space there and try again.")
        return VaultError(f"The {what} was not written: its entry in the vault's audit log "
                          f"could not be saved ({cause}).")
    err = cause.errno if isinstance(cause, OSError) else None
    if err == errno.ENOSPC:
        return DiskFull(f"The disk holding {str(out.parent)!r} is full, so the {what} was "
                        "not written. Free some space.")
    if err in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyLocation(f"The folder {str(out.parent)!r} cannot be written to, so "
                                f"the {what} was not written; choose another.")
    if err == errno.ENOENT:
        return VaultError(f"The folder {str(out.parent)!r} does not exist.")
    if err == errno.EISDIR or out.is_dir():
        return VaultError(f"That is a folder; give the {what} a file name.")
    text = cause.strerror if isinstance(cause, OSError) and cause.strerror else cause
    return VaultError(f"The {what} could not be written ({text}).")
