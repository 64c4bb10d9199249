"""Use cases shared by the GUI and the CLI. Qt-free."""

from practice_notes.services.practice import Practice
from practice_notes.services.unlock import (
    create_practice,
    default_vault_path,
    open_practice,
)

__all__ = ["Practice", "create_practice", "default_vault_path", "open_practice"]
