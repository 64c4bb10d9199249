"""Backups as use cases: settings, backup now (verified), rotation, status,
verify / test-restore / restore, each with an audit entry."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from practice_notes.backup.create import SUFFIX, BackupResult, create_backup, default_name
from practice_notes.backup.files import remove_quietly
from practice_notes.backup.manifest import Manifest
from practice_notes.backup.restore import RestoreResult, restore_backup, test_restore
from practice_notes.backup.verify import VerifyReport, verify_backup
from practice_notes.domain.errors import ValidationError
from practice_notes.i18n import translate
from practice_notes.services.practice import Practice
from practice_notes.vault.repos.misc import KeyValueRepo

STALE_DAYS = 7
_ROTATED = re.compile(r"^practice-notes-\d{8}-\d{6}" + re.escape(SUFFIX) + "$")


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""
    on_close: bool = False
    daily: bool = False
    keep: int = 10


@dataclass(frozen=True)
class BackupStatus:
    last_at: dt.datetime | None
    last_file: str
    folder_ok: bool
    warning: str | None

    @property
    def text(self) -> str:
        if self.last_at is None:
            return "No backup yet"
        return f"Last backup {self.last_at:%d %b %Y %H:%M}"


def _repo(practice: Practice) -> KeyValueRepo:
    return KeyValueRepo(practice.vault, "backup.")


def load_settings(practice: Practice) -> BackupSettings:
    v = _repo(practice).load()
    return BackupSettings(
        folder=v.get("folder", ""),
        on_close=v.get("on_close") == "1",
        daily=v.get("daily") == "1",
        keep=int(v.get("keep", "10")),
    )


def save_settings(practice: Practice, s: BackupSettings) -> None:
    if not 1 <= s.keep <= 365:
        raise ValidationError(translate("Practice", "Keep between 1 and 365 backups"), field="keep")
    if s.folder and not Path(s.folder).expanduser().is_absolute():
        raise ValidationError(
            translate("Practice", "Choose a full folder path for backups"), field="folder")
    _repo(practice).save({
        "folder": s.folder, "on_close": "1" if s.on_close else "0",
        "daily": "1" if s.daily else "0", "keep": str(s.keep),
    })


def status(practice: Practice, now: dt.datetime | None = None) -> BackupStatus:
    moment = now or dt.datetime.now()
    values = _repo(practice).load()
    settings = load_settings(practice)
    last = dt.datetime.fromisoformat(values["last_at"]) if values.get("last_at") else None
    folder_ok = bool(settings.folder) and Path(settings.folder).expanduser().is_dir()
    warning = None
    if settings.folder and not folder_ok:
        warning = "The backup folder is missing. Is the backup drive connected?"
    elif last is None:
        warning = "No backup yet. Back up to a separate drive (File ▸ Back up now)."
    elif moment - last > dt.timedelta(days=STALE_DAYS):
        warning = f"The last backup is {(moment - last).days} days old. Back up now."
    return BackupStatus(last, values.get("last_file", ""), folder_ok, warning)


def daily_due(practice: Practice, now: dt.datetime | None = None) -> bool:
    settings = load_settings(practice)
    if not (settings.daily and settings.folder):
        return False
    last = status(practice, now).last_at
    return last is None or (now or dt.datetime.now()) - last >= dt.timedelta(days=1)


def backup_now(
    practice: Practice, folder: Path | None = None, passphrase: str | None = None,
    out: Path | None = None,
) -> BackupResult:
    """Write a verified backup; then rotate the folder (oldest removed only now)."""
    settings = load_settings(practice)
    if out is None:
        where = folder or (Path(settings.folder).expanduser() if settings.folder else None)
        if where is None:
            raise ValidationError(
                translate("Practice", "Choose a backup folder first"), field="folder")
        out = _free_name(where)
    name = out.name

    def record(manifest: Manifest) -> None:  # committed before the backup gets its name
        with practice.transaction():
            _repo(practice).save({"last_at": dt.datetime.now().replace(microsecond=0)
                                  .isoformat(), "last_file": name,
                                  "last_folder": str(out.parent.absolute())})
            practice.audit.append(
                "backup",
                f"{name} records={sum(manifest.counts.values())}"
                f" separate_passphrase={passphrase is not None}",
            )

    with _audit_failure(practice, "backup", out.name):
        result = create_backup(practice.vault, out, passphrase, before_rename=record)
    if _same_folder(out.parent, settings.folder):
        # only now, with a new backup verified in place, may the oldest go
        rotate(out.parent, settings.keep)
    return result


def _free_name(folder: Path) -> Path:
    """A dated name not taken yet (two backups within one second get the next second)."""
    when = dt.datetime.now()
    out = folder / default_name(when)
    while out.exists():
        when += dt.timedelta(seconds=1)
        out = folder / default_name(when)
    return out


def _same_folder(folder: Path, configured: str) -> bool:
    if not configured:
        return False
    try:
        return folder.resolve() == Path(configured).expanduser().resolve()
    except OSError:
        return False


@contextlib.contextmanager
def _audit_failure(practice: Practice | None, action: str, name: str) -> Iterator[None]:
    """Record a failed operation in the audit log too (by error kind only), then re-raise."""
    try:
        yield
    except Exception as exc:
        if practice is not None:
            with contextlib.suppress(Exception):  # never hide the real error
                practice.audit.append(action, f"{name} failed: {type(exc).__name__}")
        raise


def rotate(folder: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` automatic backups in ``folder``; return those removed."""
    ours = sorted(p for p in folder.iterdir() if _ROTATED.match(p.name))
    doomed = ours[:-keep] if keep > 0 else []
    remove_quietly(*doomed)
    return doomed


def verify(practice: Practice | None, path: Path, passphrase: str) -> VerifyReport:
    """Verify a backup file (never writes to it); audited when a practice is open."""
    path = Path(path)
    with _audit_failure(practice, "verify_backup", path.name):
        report, _key = verify_backup(path, passphrase)
    if practice is not None:
        practice.audit.append("verify_backup", f"{path.name} ok")
    return report


def run_test_restore(practice: Practice | None, path: Path, passphrase: str) -> VerifyReport:
    """Restore into a temporary folder, compare, delete; audited when a practice is open."""
    path = Path(path)
    with _audit_failure(practice, "test_restore", path.name):
        report = test_restore(path, passphrase)
    if practice is not None:
        practice.audit.append("test_restore", f"{path.name} ok")
    return report


def restore(path: Path, passphrase: str, target: Path, replace: bool = False) -> RestoreResult:
    """Restore (the vault at ``target`` must be closed); logs into the restored vault."""
    from practice_notes.services.unlock import open_practice

    result = restore_backup(path, passphrase, target, replace)
    restored = open_practice(result.path, passphrase)
    try:
        restored.audit.append(
            "restore", f"from {path.name} made {result.report.manifest.created_at}"
        )
    finally:
        restored.vault.close()
    return result
