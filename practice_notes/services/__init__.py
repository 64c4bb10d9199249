"""Use cases shared by the GUI and the CLI. Qt-free.

``practice`` (the :class:`Practice` facade over the repositories) and ``unlock``
(open, create, change the passphrase); ``overview``; ``reporting`` (a progress
summary: ``report_data`` gathers the frozen ``ReportData`` that ``reports`` lays
out); ``backups``; ``transfer`` and its ``transfer_*`` helpers (JSON export and
import). Imports domain, vault, backup and reports, never ui, cli or demo (the
demo generator in :mod:`practice_notes.demo` is a client of these services).
"""

from practice_notes.services.practice import Practice
from practice_notes.services.unlock import (
    create_practice,
    default_vault_path,
    open_practice,
)

__all__ = ["Practice", "create_practice", "default_vault_path", "open_practice"]
