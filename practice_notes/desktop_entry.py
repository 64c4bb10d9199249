"""``practice-notes desktop-entry --install | --remove``: the menu entry and icons
for a pip install, under the user's XDG data folder (Linux and other XDG desktops).

No Qt: the icons are the package's PNG and SVG files, copied as they are. The
entry's ``Exec`` is the running ``practice-notes`` (the venv's script or the
bundle's executable), so it works without that folder on ``PATH``.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from practice_notes.resources import resource_path

APP_ID = "io.github.practicenotes.PracticeNotes"
ICON = "practice-notes"
ENTRY = f"""[Desktop Entry]
Type=Application
Name=Practice Notes
GenericName=Therapy Notes
Comment=Encrypted, offline session notes and progress summaries for therapists
Exec={{exec}}
Icon={ICON}
Terminal=false
Categories=Office;MedicalSoftware;
Keywords=therapy;therapist;counselling;psychotherapy;notes;progress;goals;encrypted;
StartupNotify=true
"""


def data_home(env: dict[str, str] | os._Environ[str] = os.environ) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when unset or not absolute."""
    chosen = env.get("XDG_DATA_HOME", "")
    if chosen and Path(chosen).is_absolute():
        return Path(chosen)
    return Path.home() / ".local" / "share"


def _targets(base: Path) -> dict[str, Path]:
    icons = base / "icons" / "hicolor"
    return {
        "entry": base / "applications" / f"{APP_ID}.desktop",
        "svg": icons / "scalable" / "apps" / f"{ICON}.svg",
        "png": icons / "256x256" / "apps" / f"{ICON}.png",
    }


def running_command() -> str:
    """The command that started this process, as an ``Exec`` value."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return _quote(Path(sys.executable).resolve())
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "practice-notes":
        found = script if script.is_file() else None
        if found is None:
            which = shutil.which(str(script))
            found = Path(which) if which else None
        if found is not None:
            return _quote(found.absolute())
    return f"{_quote(Path(sys.executable).absolute())} -m practice_notes"


def _quote(path: Path) -> str:
    # The desktop entry spec's quoting: double quotes around arguments with
    # reserved characters, and \\ " ` $ escaped inside them.
    text = str(path)
    if text == shlex.quote(text) and "%" not in text:
        return text
    escaped = "".join("\\" + c if c in '\\"`$' else c for c in text).replace("%", "%%")
    return f'"{escaped}"'


def install(base: Path | None = None, command: str | None = None) -> list[Path]:
    """Write the entry and icons; returns the files written."""
    where = _targets(base or data_home())
    entry = ENTRY.format(exec=command or running_command())
    written = []
    for key, source in (("svg", resource_path("icons", "practice-notes.svg")),
                        ("png", resource_path("icons", "practice-notes-256.png"))):
        where[key].parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, where[key])
        written.append(where[key])
    where["entry"].parent.mkdir(parents=True, exist_ok=True)
    tmp = where["entry"].with_suffix(".tmp")
    tmp.write_text(entry, encoding="utf-8")
    os.replace(tmp, where["entry"])
    written.append(where["entry"])
    return written


def remove(base: Path | None = None) -> list[Path]:
    """Remove what ``install`` writes; returns the files that were there."""
    removed = []
    for path in _targets(base or data_home()).values():
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
