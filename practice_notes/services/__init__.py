"""Use cases shared by the GUI and the CLI. Qt-free.

``practice`` (the :class:`Practice` facade over the repositories) and ``unlock``
(open, create, change the passphrase); ``overview``; ``reporting`` (a progress
summary: ``report_data`` gathers the frozen ``ReportData`` that ``reports`` lays
out); ``backups``; ``transfer`` and its ``transfer_*`` helpers (JSON export and
import). Imports domain, vault, backup and reports, never ui, cli or demo (the
demo generator in :mod:`practice_notes.demo` is a client of these services).

The names below load on first use (PEP 562), so that importing one small module
of the package (``services.errors`` for the unlock window) does not load SQLCipher
and every repository before the first window is on screen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from practice_notes.locations import default_vault_path
    from practice_notes.services.practice import Practice
    from practice_notes.services.unlock import create_practice, open_practice

__all__ = ["Practice", "create_practice", "default_vault_path", "open_practice"]

_LAZY = {
    "Practice": "practice_notes.services.practice",
    "create_practice": "practice_notes.services.unlock",
    "open_practice": "practice_notes.services.unlock",
    "default_vault_path": "practice_notes.locations",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
