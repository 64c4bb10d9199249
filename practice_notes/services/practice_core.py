"""The part of ``Practice`` that holds the vault: private repositories, their
read-only views, the change hooks and the one way to write (``_write``)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import AgreementVersion, Draft, SearchHit
from practice_notes.i18n import translate
from practice_notes.services import reads
from practice_notes.services.changes import Change, ChangeHub, ChangeKind
from practice_notes.vault.audit import AuditLog
from practice_notes.vault.database import Vault
from practice_notes.vault.repos.clients import ClientRepo, ClientSummary
from practice_notes.vault.repos.goals import GoalRepo
from practice_notes.vault.repos.measures import MeasureRepo
from practice_notes.vault.repos.misc import DraftRepo, ReviewRepo, SettingsRepo
from practice_notes.vault.repos.relationship import (
    AgreementRepo,
    CatalogueRepo,
    CheckInRepo,
    MilestoneRepo,
)
from practice_notes.vault.repos.search import SearchRepo
from practice_notes.vault.repos.sessions import SessionRepo

_LATIN = str.maketrans({"Þ": "T", "Ð": "D", "Æ": "A", "Ø": "O", "Ł": "L", "Œ": "O"})
_CYRILLIC = dict(zip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ", "ABVGDEEZZIIKLMNOPRSTUFKTCSSEIY",
                     strict=True))


def latin_initials(display_name: str) -> str:
    """The name's initials in A–Z (Zoë Ångström → "Z A", Дарья Ковалёва → "D K")."""
    initials = []
    for word in display_name.split():
        first = unicodedata.normalize("NFKD", word[0].upper().translate(_LATIN))[0]
        initials.append(_CYRILLIC.get(first, first))
    return " ".join(initials)


def need_id(value: int | None, what: str) -> int:
    if value is None:
        raise ValidationError(translate("Practice", "The {what} has not been saved yet").format(
            what=what))
    return value


def session_draft_key(session_id: int) -> str:
    """The key of a session note's autosaved draft."""
    return f"session:{session_id}"


class PracticeCore:
    """One unlocked practice. Repositories are private; callers read through the
    read-only views (``practice.sessions.get(...)``) and write through methods."""

    def __init__(self, vault: Vault) -> None:
        #: for sibling services only (backups, transfer, reporting); never the window
        self.vault = vault
        self.changes = ChangeHub()
        self._clients = ClientRepo(vault)
        self._sessions = SessionRepo(vault)
        self._goals = GoalRepo(vault)
        self._milestone_kinds = CatalogueRepo(vault, "milestone_kinds")
        self._agreement_topics = CatalogueRepo(vault, "agreement_topics")
        self._milestones = MilestoneRepo(vault)
        self._agreements = AgreementRepo(vault)
        self._checkins = CheckInRepo(vault)
        self._measures = MeasureRepo(vault)
        self._settings = SettingsRepo(vault)
        self._drafts = DraftRepo(vault)
        self._reviews = ReviewRepo(vault)
        self._search_index = SearchRepo(vault)
        self._audit = AuditLog(vault)
        self.clients = reads.ClientReads(self._clients)
        self.sessions = reads.SessionReads(self._sessions)
        self.goals = reads.GoalReads(self._goals)
        self.milestone_kinds = reads.CatalogueReads(self._milestone_kinds)
        self.agreement_topics = reads.CatalogueReads(self._agreement_topics)
        self.milestones = reads.MilestoneReads(self._milestones)
        self.agreements = reads.AgreementReads(self._agreements)
        self.checkins = reads.CheckInReads(self._checkins)
        self.measures = reads.MeasureReads(self._measures)
        self.settings = reads.SettingsReads(self._settings)
        self.drafts = reads.DraftReads(self._drafts)
        self.reviews = reads.ReviewReads(self._reviews)
        self.audit = reads.AuditReads(self._audit)

    # ------------------------------------------------------------- the vault
    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def close(self) -> None:
        """Close the connection and forget the key (lock, exit, end of a command)."""
        self.vault.close()

    # ---------------------------------------------------------------- writing
    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction; the changes published inside reach listeners after commit."""
        with self.changes.batch(), self.vault.transaction():
            yield

    def transaction(self) -> AbstractContextManager[None]:
        """For sibling services that write several things at once (import, backup
        bookkeeping): one transaction, and the changes reach listeners after it."""
        return self._write()

    def _changed(self, kind: ChangeKind, client_id: int = 0,
                 record_id: int | None = None) -> None:
        self.changes.publish(Change(kind, client_id, record_id))

    def _catalogue(self, catalogue: reads.CatalogueReads) -> CatalogueRepo:
        return (self._milestone_kinds if catalogue.name == "milestone_kinds"
                else self._agreement_topics)

    # ---------------------------------------------------------------- reading
    def client_list(self) -> list[ClientSummary]:
        return self._clients.summaries()

    def search(self, text: str, limit: int = 200, client_id: int | None = None,
               after: SearchHit | None = None) -> list[SearchHit]:
        """Hits newest first, ``after`` continuing a list after its last hit;
        SearchQueryError (one line) when the text cannot be searched."""
        return self._search_index.search(text, limit, client_id, after)

    def agreements_in_force(
        self, client_id: int, on: dt.date | None = None
    ) -> list[AgreementVersion]:
        """The latest version of each agreement that had not ended by ``on``."""
        day = on or dt.date.today()
        latest: dict[int, AgreementVersion] = {}
        for version in self._agreements.for_client(client_id):
            if version.agreed_on <= day:
                latest[version.series_id or 0] = version
        return [v for v in latest.values() if v.ended_on is None or v.ended_on > day]

    def suggest_code(self, display_name: str) -> str:
        """A short pseudonymous code: initials and a number, unique in the practice."""
        letters = "".join(w[0] for w in latin_initials(display_name).split()
                          if w[:1].isalpha()).upper()
        prefix = "".join(ch for ch in letters if "A" <= ch <= "Z")[:3] or "CL"
        if len(prefix) < 2:
            prefix = (prefix + "X")[:2]
        taken = self._clients.codes()
        n = 1
        while f"{prefix}-{n:02d}" in taken:
            n += 1
        return f"{prefix}-{n:02d}"

    # ----------------------------------------------------------------- drafts
    def put_draft(self, key: str, body: str, at: dt.datetime | None = None) -> Draft:
        """Keep unsaved editor text (inside the encrypted vault); not part of the record."""
        return self._drafts.put(key, body, at)

    def discard_draft(self, key: str) -> None:
        self._drafts.discard(key)
