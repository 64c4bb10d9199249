"""The client workspace: a header and one tab per part of the record. Panels load
lazily (only the visible one), so opening a client stays fast; once loaded, each
panel follows the changes it cares about through ``ChangeSignals``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from practice_notes.services import Practice
from practice_notes.ui.change_signals import ChangeSignals
from practice_notes.ui.fit import ElidedLabel
from practice_notes.ui.panels.agreements import AgreementsPanel
from practice_notes.ui.panels.checkins import CheckInsPanel
from practice_notes.ui.panels.goals import GoalsPanel
from practice_notes.ui.panels.measures import MeasuresPanel
from practice_notes.ui.panels.milestones import MilestonesPanel
from practice_notes.ui.panels.overview import OverviewPanel
from practice_notes.ui.sessions_panel import SessionsPanel


class ClientHeader(QWidget):
    """The client's name (large) and pronouns · code · status, each on one line,
    cut with "…" to the width there is: a long name never widens the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ElidedLabel()
        self.name.setObjectName("client-name")
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.name.setFont(font)
        self.details = ElidedLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.name)
        layout.addWidget(self.details)

    def set_client(self, name: str, details: str) -> None:
        self.name.set_full_text(name)
        self.details.set_full_text(details)
        self.details.setVisible(bool(details))

    def text(self) -> str:
        return "\n".join(t for t in (self.name.full_text(), self.details.full_text()) if t)

    def clear(self) -> None:
        self.set_client("", "")


class ClientWorkspace(QWidget):
    status_message = Signal(str)

    def __init__(self, changes: ChangeSignals | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = changes or ChangeSignals(self)
        self.practice: Practice | None = None
        self.client_id = 0
        self.header = ClientHeader()
        self.header.setObjectName("client-header")
        self.overview = OverviewPanel()
        self.sessions = SessionsPanel()
        self.goals = GoalsPanel()
        self.milestones = MilestonesPanel()
        self.agreements = AgreementsPanel()
        self.checkins = CheckInsPanel()
        self.measures = MeasuresPanel()
        self.panels: dict[str, QWidget] = {
            "overview": self.overview, "sessions": self.sessions, "goals": self.goals,
            "milestones": self.milestones, "agreements": self.agreements,
            "checkins": self.checkins, "measures": self.measures,
        }
        titles = {"overview": self.tr("&Overview"), "sessions": self.tr("&Sessions"),
                  "goals": self.tr("&Goals"), "milestones": self.tr("&Milestones"),
                  "agreements": self.tr("Agreemen&ts"), "checkins": self.tr("Check-&ins"),
                  "measures": self.tr("Meas&ures")}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Client workspace"))
        for key, panel in self.panels.items():
            self.tabs.addTab(panel, titles[key])
            panel.status_message.connect(self.status_message)  # type: ignore[attr-defined]
        for key in ("goals", "milestones", "agreements", "checkins", "measures", "overview"):
            self.panels[key].watch(self.changes)  # type: ignore[attr-defined]
        self.overview.open_tab.connect(lambda key: self.tabs.setCurrentWidget(self.panels[key]))
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self.sessions.session_opened.connect(lambda: self.tabs.setCurrentWidget(self.sessions))
        self._unloaded: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)

    def show_client(self, practice: Practice, client_id: int,
                    session_id: int | None = None) -> None:
        self.practice = practice
        self.client_id = client_id
        self.changes.bind(practice)
        self.show_header()
        for panel in self.panels.values():
            if panel is not self.sessions:
                panel.clear()  # type: ignore[attr-defined]
        self._unloaded = set(self.panels) - {"sessions"}
        self.sessions.show_client(practice, client_id, session_id)
        if session_id is not None:
            self.tabs.setCurrentWidget(self.sessions)
        self._load_current()

    def show_header(self) -> None:
        """The client's name, pronouns, code and status (again after they change)."""
        if self.practice is None or not self.client_id:
            return
        client = self.practice.clients.get(self.client_id)
        extra = " · ".join(x for x in (client.pronouns, client.code, client.status.label) if x)
        self.header.set_client(client.name, extra)

    def _load_current(self) -> None:
        if self.practice is None or not self.client_id:
            return
        key = next(k for k, p in self.panels.items() if p is self.tabs.currentWidget())
        if key in self._unloaded:
            self._unloaded.discard(key)
            self.panels[key].show_client(self.practice, self.client_id)  # type: ignore[attr-defined]

    def commit(self) -> bool:
        return self.sessions.commit()

    def clear(self) -> None:
        """Forget every record shown (on lock); panels save their drafts first."""
        for panel in self.panels.values():
            panel.clear()  # type: ignore[attr-defined]
        self.header.clear()
        self.practice = None
        self.client_id = 0
        self._unloaded = set()
