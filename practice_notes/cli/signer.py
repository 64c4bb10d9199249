"""After a vault is made on a terminal: who signs the notes (Enter skips; the
window's Settings → Practice changes it later)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from practice_notes.cli.common import say, warn
from practice_notes.domain.errors import ValidationError
from practice_notes.services import Practice


def ask_signer(practice: Practice, interactive: bool,
               read: Callable[[str], str] = input) -> bool:
    """Ask for the signer's name, credentials and practice if none is set and
    someone is at the terminal; True when something was saved."""
    settings = practice.settings.load()
    if not interactive or settings.therapist_name.strip():
        return False
    say("Notes are signed with your name. Press Enter to skip and set it later "
        "in Settings → Practice.")
    try:
        name = read("Your name: ").strip()
        if not name:
            return False
        credentials = read("Credentials (Enter for none): ").strip() or settings.credentials
        shown = f" [{settings.practice_name}]" if settings.practice_name else ""
        practice_name = read(f"Practice name{shown}: ").strip() or settings.practice_name
    except EOFError:
        return False
    try:
        practice.save_settings(replace(settings, therapist_name=name, credentials=credentials,
                                       practice_name=practice_name))
    except ValidationError as exc:
        warn(f"Not saved: {exc}. Set it in Settings → Practice.")
        return False
    return True
