"""Use cases that the GUI and the CLI both call. Rules are checked here (and,
for the ones that protect the record, again in the database)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

from practice_notes.domain import rules
from practice_notes.domain.enums import ClientStatus, GoalStatus
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import (
    Addendum,
    AgreementVersion,
    CatalogueEntry,
    CheckIn,
    Client,
    CustomScore,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    PracticeSettings,
    Review,
    SearchHit,
    Session,
    Strategy,
)
from practice_notes.domain.notes import normalise_fields
from practice_notes.vault.audit import AuditLog
from practice_notes.vault.codec import now_local
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import Conflict, NotFound
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

CUSTOM_MILESTONE_KEY = "other"

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


def _need_id(value: int | None, what: str) -> int:
    if value is None:
        raise ValidationError(f"The {what} has not been saved yet")
    return value


class Practice:
    """One unlocked practice: repositories plus the use cases on top of them."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.clients = ClientRepo(vault)
        self.sessions = SessionRepo(vault)
        self.goals = GoalRepo(vault)
        self.milestone_kinds = CatalogueRepo(vault, "milestone_kinds")
        self.agreement_topics = CatalogueRepo(vault, "agreement_topics")
        self.milestones = MilestoneRepo(vault)
        self.agreements = AgreementRepo(vault)
        self.checkins = CheckInRepo(vault)
        self.measures = MeasureRepo(vault)
        self.settings = SettingsRepo(vault)
        self.drafts = DraftRepo(vault)
        self.reviews = ReviewRepo(vault)
        self.search_index = SearchRepo(vault)
        self.audit = AuditLog(vault)

    # ----------------------------------------------------------------- clients
    def add_client(self, client: Client) -> Client:
        rules.check_client(client)
        return self.clients.add(client)

    def update_client(self, client: Client) -> Client:
        rules.check_client(client)
        _need_id(client.id, "client")
        return self.clients.update(client)

    def set_client_status(self, client_id: int, status: ClientStatus) -> Client:
        client = replace(self.clients.get(client_id), status=status)
        with self.vault.transaction():
            self.clients.update(client)
            if status is ClientStatus.DISCHARGED:
                self.audit.append("discharge", f"client {client.code}")
        return client

    def client_list(self) -> list[ClientSummary]:
        return self.clients.summaries()

    def suggest_code(self, display_name: str) -> str:
        """A short pseudonymous code: initials and a number, unique in the practice."""
        letters = "".join(w[0] for w in latin_initials(display_name).split()
                          if w[:1].isalpha()).upper()
        prefix = "".join(ch for ch in letters if "A" <= ch <= "Z")[:3] or "CL"
        if len(prefix) < 2:
            prefix = (prefix + "X")[:2]
        taken = self.clients.codes()
        n = 1
        while f"{prefix}-{n:02d}" in taken:
            n += 1
        return f"{prefix}-{n:02d}"

    # ---------------------------------------------------------------- sessions
    def save_session(self, session: Session) -> Session:
        """Add or update an unsigned session after checking it."""
        session = replace(
            session, note_fields=normalise_fields(session.note_format, session.note_fields)
        )
        rules.check_session(session)
        if session.id is None:
            return self.sessions.add(session)
        return self.sessions.update(session)

    def sign_session(self, session_id: int, at: dt.datetime | None = None) -> Session:
        """Sign a note: it is locked for good; corrections become addenda."""
        settings = self.settings.load()
        with self.vault.transaction():
            signed = self.sessions.sign(session_id, settings.therapist_name, at or now_local())
            code = self.clients.get(signed.client_id).code
            self.audit.append("sign", f"session {session_id} client {code}")
        return signed

    def add_addendum(self, session_id: int, body: str, at: dt.datetime | None = None) -> Addendum:
        if not body.strip():
            raise ValidationError("An addendum cannot be empty", field="body")
        if "\x00" in body:
            raise ValidationError("The addendum contains an invalid (NUL) character", field="body")
        with self.vault.transaction():
            addendum = self.sessions.add_addendum(Addendum(session_id, at or now_local(), body))
            self.audit.append("addendum", f"session {session_id}")
        return addendum

    # ------------------------------------------------------------------- goals
    def add_goal(self, goal: Goal) -> Goal:
        rules.check_goal(goal)
        return self.goals.add(goal)

    def update_goal(self, goal: Goal) -> Goal:
        rules.check_goal(goal)
        old = self.goals.get(_need_id(goal.id, "goal"))
        if old.scheme != goal.scheme and self.goals.ratings(old.id or 0):
            raise ValidationError(
                "The rating scheme cannot change once the goal has ratings", field="scheme"
            )
        return self.goals.update(goal)

    def set_goal_status(
        self, goal_id: int, status: GoalStatus, on: dt.date, reason: str
    ) -> None:
        goal = self.goals.get(goal_id)
        if goal.status == status:
            raise ValidationError(f"The goal is already {status.value}", field="status")
        if status is not GoalStatus.ACTIVE and not reason.strip():
            raise ValidationError("Say briefly why the status changes", field="reason")
        self.goals.set_status(goal_id, status, on, reason.strip())

    def rate_goal(self, rating: GoalRating) -> GoalRating:
        goal = self.goals.get(rating.goal_id)
        rules.check_rating(goal, rating)
        return self.goals.add_rating(rating)

    def add_strategy(self, strategy: Strategy) -> Strategy:
        rules.check_strategy(strategy)
        return self.goals.add_strategy(strategy)

    def update_strategy(self, strategy: Strategy) -> Strategy:
        rules.check_strategy(strategy)
        return self.goals.update_strategy(strategy)

    # ------------------------------------------------------------- milestones
    def add_milestone(self, milestone: Milestone) -> Milestone:
        rules.check_milestone(milestone)
        self.milestone_kinds.get(milestone.kind_id)
        return self.milestones.add(milestone)

    def custom_milestone_kind_id(self) -> int:
        """The hidden catalogue entry that custom milestones (with their own name) use."""
        try:
            entry = self.milestone_kinds.by_key(CUSTOM_MILESTONE_KEY)
        except NotFound:
            entry = self.milestone_kinds.add(
                CatalogueEntry(key=CUSTOM_MILESTONE_KEY, label="(custom milestone)",
                               active=False)
            )
        return _need_id(entry.id, "catalogue entry")

    def update_milestone(self, milestone: Milestone) -> Milestone:
        rules.check_milestone(milestone)
        return self.milestones.update(milestone)

    def add_catalogue_entry(self, catalogue: CatalogueRepo, label: str) -> CatalogueEntry:
        label = label.strip()
        if not label:
            raise ValidationError("The name cannot be empty", field="label")
        entries = catalogue.all()
        for e in entries:
            if e.label.casefold() == label.casefold():
                raise Conflict(f"There is already an entry called “{e.label}”.")
        # A renamed entry keeps its key, so the key made from this label may be taken.
        base = "custom_" + "_".join(label.lower().split())[:40]
        taken = {e.key for e in entries}
        key, n = base, 2
        while key in taken:
            key, n = f"{base}_{n}", n + 1
        return catalogue.add(CatalogueEntry(key=key, label=label))

    # -------------------------------------------------------------- agreements
    def add_agreement(self, agreement: AgreementVersion) -> AgreementVersion:
        rules.check_agreement(agreement)
        self.agreement_topics.get(agreement.topic_id)
        return self.agreements.add(agreement)

    def revise_agreement(
        self, series_id: int, wording: str, agreed_on: dt.date, review_on: dt.date | None,
        reason: str, acknowledged_on: dt.date | None = None,
    ) -> AgreementVersion:
        current = self.agreements.current(series_id)
        # the new version is not ended, whatever the current one is (an ended agreement
        # is refused below by the repository with its own message)
        candidate = replace(current, wording=wording, agreed_on=agreed_on, review_on=review_on,
                            acknowledged_on=acknowledged_on, ended_on=None, end_reason="")
        rules.check_agreement(candidate)
        if agreed_on < current.agreed_on:
            raise ValidationError(
                "A revision cannot be dated before the version it replaces", field="agreed_on"
            )
        if not reason.strip():
            raise ValidationError("Say briefly what changed and why", field="reason")
        return self.agreements.revise(series_id, wording, agreed_on, review_on, reason.strip(),
                                      acknowledged_on)

    def acknowledge_agreement(self, version_id: int, on: dt.date) -> AgreementVersion:
        version = self.agreements.get(version_id)
        if on < version.agreed_on:
            raise ValidationError(
                "Acknowledgement cannot be before the date agreed", field="acknowledged_on"
            )
        return self.agreements.acknowledge(version_id, on)

    def end_agreement(self, series_id: int, on: dt.date, reason: str) -> AgreementVersion:
        current = self.agreements.current(series_id)
        if on < current.agreed_on:
            raise ValidationError("End date cannot be before the date agreed", field="ended_on")
        if not reason.strip():
            raise ValidationError("Say briefly why the agreement ends", field="end_reason")
        return self.agreements.end(series_id, on, reason.strip())

    def agreements_in_force(
        self, client_id: int, on: dt.date | None = None
    ) -> list[AgreementVersion]:
        """The latest version of each agreement that had not ended by ``on``."""
        day = on or dt.date.today()
        latest: dict[int, AgreementVersion] = {}
        for version in self.agreements.for_client(client_id):
            if version.agreed_on <= day:
                latest[version.series_id or 0] = version
        return [v for v in latest.values() if v.ended_on is None or v.ended_on > day]

    # ------------------------------------------------------ check-ins, measures
    def add_checkin(self, checkin: CheckIn) -> CheckIn:
        rules.check_checkin(checkin)
        return self.checkins.add(checkin)

    def add_measure(self, measure: MeasureResult) -> MeasureResult:
        rules.check_measure(measure)
        return self.measures.add(measure)

    def add_custom_score(self, score: CustomScore) -> CustomScore:
        rules.check_custom_score(score)
        return self.measures.add_custom(score)

    # ------------------------------------------------------- settings, reviews
    def save_settings(self, settings: PracticeSettings) -> None:
        rules.check_settings(settings)
        self.settings.save(settings)

    def add_review(self, review: Review) -> Review:
        rules.check_review(review)
        return self.reviews.add(review)

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        return self.search_index.search(text, limit)
