"""What the window's helpers need from their hosts, so that helpers never import
the modules that use them (no ``app`` ↔ ``backup_flow``, ``main_window`` ↔
``record_actions`` loops)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from practice_notes.services import Practice
    from practice_notes.ui.gate import GateDialog


class ActionWindow(QMainWindow):
    """The main window as the record actions see it."""

    report_preview: object = None

    def update_backup_status(self) -> None:
        """Show when the last backup was made (the main window overrides this)."""


class BackupHost(Protocol):
    """The controller as the backup flow sees it."""

    @property
    def practice(self) -> Practice | None: ...

    @property
    def window(self) -> ActionWindow: ...

    @property
    def gate(self) -> GateDialog: ...

    def lock(self) -> None: ...
