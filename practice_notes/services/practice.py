"""Use cases that the GUI and the CLI both call. Rules are checked here (and,
for the ones that protect the record, again in the database). Every change to
the record goes through a method of :class:`Practice`: it validates, writes in
one transaction, audits where the record is audited and, after commit, tells
``practice.changes`` listeners."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import TracebackType

from practice_notes.domain import rules
from practice_notes.domain.enums import ClientStatus, GoalStatus
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import (
    Addendum,
    Client,
    Goal,
    GoalRating,
    PracticeSettings,
    Review,
    Session,
    Strategy,
)
from practice_notes.domain.notes import normalise_fields
from practice_notes.i18n import translate
from practice_notes.services.changes import ChangeHub, ChangeKind
from practice_notes.services.practice_core import latin_initials, need_id, session_draft_key
from practice_notes.services.practice_relationship import (
    CUSTOM_MILESTONE_KEY,
    RelationshipPractice,
)
from practice_notes.vault.codec import now_local
from practice_notes.vault.database import Vault
from practice_notes.vault.errors import RecordLocked
from practice_notes.vault.signatures import addendum_detail, sign_detail

__all__ = ["CUSTOM_MILESTONE_KEY", "Practice", "WorkerPractice", "latin_initials"]


class Practice(RelationshipPractice):
    """One unlocked practice: read-only views of the record plus its use cases."""

    def worker_connection(self) -> WorkerPractice:
        """A practice on a connection of its own for one worker thread.

        The connection is opened now (keyed with the raw key: no KDF) and closed
        when the ``with`` block in the worker ends."""
        return WorkerPractice(self.vault.clone(), announce_to=self.changes)

    # ----------------------------------------------------------------- clients
    def add_client(self, client: Client) -> Client:
        client = _discharge_date(client, None)
        rules.check_client(client)
        with self._write():
            saved = self._clients.add(client)
            if saved.status is ClientStatus.DISCHARGED:
                self._audit.append("discharge", f"client {saved.code}")
            self._changed(ChangeKind.CLIENT, saved.id or 0, saved.id)
        return saved

    def update_client(self, client: Client) -> Client:
        cid = need_id(client.id, "client")
        with self._write():
            before = self._clients.get(cid)
            client = _discharge_date(client, before)
            rules.check_client(client)
            saved = self._clients.update(client)
            if (client.status is ClientStatus.DISCHARGED
                    and before.status is not ClientStatus.DISCHARGED):
                self._audit.append("discharge", f"client {client.code}")
            self._changed(ChangeKind.CLIENT, cid, cid)
        return saved

    def set_client_status(self, client_id: int, status: ClientStatus) -> Client:
        return self.update_client(replace(self._clients.get(client_id), status=status))

    # ---------------------------------------------------------------- sessions
    def save_session(self, session: Session) -> Session:
        """Add or update an unsigned session after checking it."""
        session = replace(
            session, note_fields=normalise_fields(session.note_format, session.note_fields)
        )
        rules.check_session(session)
        with self._write():
            saved = (self._sessions.add(session) if session.id is None
                     else self._sessions.update(session))
            self._changed(ChangeKind.SESSION, session.client_id, saved.id)
        return saved

    def signer_problem(self, settings: PracticeSettings | None = None) -> str:
        """Why no note can be signed now ("" when one can): a note is never
        signed by nobody, so the therapist's name must be set."""
        if (settings or self._settings.load()).therapist_name.strip():
            return ""
        return translate("Practice", "Notes are signed with your name: set it in "
                                     "Settings → Practice first.")

    def sign_session(self, session_id: int, at: dt.datetime | None = None) -> Session:
        """Sign a note: it is locked for good; corrections become addenda."""
        settings = self._settings.load()
        problem = self.signer_problem(settings)
        if problem:
            raise ValidationError(problem, field="therapist_name")
        with self._write():
            signed = self._sessions.sign(session_id, settings.therapist_name, at or now_local())
            code = self._clients.get(signed.client_id).code
            self._audit.append("sign", sign_detail(self.vault, session_id, code))
            self._changed(ChangeKind.SESSION, signed.client_id, session_id)
        return signed

    def add_addendum(self, session_id: int, body: str, at: dt.datetime | None = None) -> Addendum:
        if not body.strip():
            raise ValidationError(
                translate("Practice", "An addendum cannot be empty"), field="body")
        if "\x00" in body:
            raise ValidationError(translate("Practice", "The addendum contains an invalid (NUL) "
                                                        "character"), field="body")
        with self._write():
            addendum = self._sessions.add_addendum(Addendum(session_id, at or now_local(), body))
            self._audit.append("addendum", addendum_detail(self.vault, session_id,
                                                           addendum.id or 0))
            client_id = self._sessions.get(session_id).client_id
            self._changed(ChangeKind.SESSION, client_id, session_id)
        return addendum

    def delete_session(self, session_id: int) -> None:
        """Delete an unsigned session with its unsaved draft, in one transaction;
        a signed one is refused (here and by the vault). Audited by id only."""
        with self._write():
            session = self._sessions.get(session_id)
            if session.is_signed:
                raise RecordLocked(translate(
                    "Practice", "A signed note cannot be deleted; add an addendum instead."))
            self._sessions.delete(session_id)
            self._drafts.discard(session_draft_key(session_id))
            self._audit.append("delete session", f"session {session_id}")
            self._changed(ChangeKind.SESSION, session.client_id, session_id)

    # ------------------------------------------------------------------- goals
    def add_goal(self, goal: Goal) -> Goal:
        rules.check_goal(goal)
        with self._write():
            saved = self._goals.add(goal)
            self._changed(ChangeKind.GOAL, goal.client_id, saved.id)
        return saved

    def update_goal(self, goal: Goal) -> Goal:
        rules.check_goal(goal)
        old = self._goals.get(need_id(goal.id, "goal"))
        if old.scheme != goal.scheme and self._goals.ratings(old.id or 0):
            raise ValidationError(
                translate("Practice", "The rating scheme cannot change once the goal has "
                                          "ratings"), field="scheme"
            )
        with self._write():
            saved = self._goals.update(goal)
            self._changed(ChangeKind.GOAL, goal.client_id, goal.id)
        return saved

    def delete_goal(self, goal_id: int) -> None:
        """Only a goal without ratings goes; one with ratings changes status instead."""
        with self._write():
            goal = self._goals.get(goal_id)
            if self._goals.ratings(goal_id):
                raise RecordLocked("This goal has ratings, so it stays in the record.")
            self._goals.delete(goal_id)
            self._changed(ChangeKind.GOAL, goal.client_id, goal_id)

    def set_goal_status(
        self, goal_id: int, status: GoalStatus, on: dt.date, reason: str
    ) -> None:
        goal = self._goals.get(goal_id)
        if goal.status == status:
            raise ValidationError(translate("Practice", "The goal is already {value}").format(
                value=status.value), field="status")
        if status is not GoalStatus.ACTIVE and not reason.strip():
            raise ValidationError(
                translate("Practice", "Say briefly why the status changes"), field="reason")
        with self._write():
            self._goals.set_status(goal_id, status, on, reason.strip())
            self._changed(ChangeKind.GOAL, goal.client_id, goal_id)

    def rate_goal(self, rating: GoalRating) -> GoalRating:
        goal = self._goals.get(rating.goal_id)
        rules.check_rating(goal, rating)
        with self._write():
            saved = self._goals.add_rating(rating)
            self._changed(ChangeKind.GOAL, goal.client_id, goal.id)
        return saved

    def delete_rating(self, rating: GoalRating) -> None:
        with self._write():
            goal = self._goals.get(rating.goal_id)
            self._goals.delete_rating(need_id(rating.id, "rating"))
            self._changed(ChangeKind.GOAL, goal.client_id, goal.id)

    def add_strategy(self, strategy: Strategy) -> Strategy:
        rules.check_strategy(strategy)
        with self._write():
            saved = self._goals.add_strategy(strategy)
            self._changed(ChangeKind.GOAL, self._goals.get(strategy.goal_id).client_id,
                          strategy.goal_id)
        return saved

    def update_strategy(self, strategy: Strategy) -> Strategy:
        rules.check_strategy(strategy)
        with self._write():
            saved = self._goals.update_strategy(strategy)
            self._changed(ChangeKind.GOAL, self._goals.get(strategy.goal_id).client_id,
                          strategy.goal_id)
        return saved

    def delete_strategy(self, strategy: Strategy) -> None:
        with self._write():
            self._goals.delete_strategy(need_id(strategy.id, "strategy"))
            self._changed(ChangeKind.GOAL, self._goals.get(strategy.goal_id).client_id,
                          strategy.goal_id)

    # ------------------------------------------------------- settings, reviews
    def save_settings(self, settings: PracticeSettings) -> None:
        rules.check_settings(settings)
        with self._write():
            self._settings.save(settings)
            self._changed(ChangeKind.SETTINGS)

    def add_review(self, review: Review) -> Review:
        rules.check_review(review)
        with self._write():
            saved = self._reviews.add(review)
            self._changed(ChangeKind.REVIEW, review.client_id, saved.id)
        return saved

    def update_review(self, review: Review) -> Review:
        rules.check_review(review)
        need_id(review.id, "review")
        with self._write():
            saved = self._reviews.update(review)
            self._changed(ChangeKind.REVIEW, review.client_id, review.id)
        return saved


class WorkerPractice:
    """``with practice.worker_connection() as p:`` in a worker thread. What it
    writes is announced to the listeners of the practice it came from (after its
    commit, from the worker thread: the window's adapter queues it to the GUI)."""

    def __init__(self, vault: Vault, announce_to: ChangeHub | None = None) -> None:
        self._practice = Practice(vault)
        if announce_to is not None:
            self._practice.changes.forward_to(announce_to)

    def __enter__(self) -> Practice:
        return self._practice

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._practice.close()


def _discharge_date(client: Client, before: Client | None) -> Client:
    """``discharged_on`` follows the status. Becoming discharged sets it (to the
    date given, else today); staying discharged keeps it (or the date given);
    being taken on again (active, paused) clears it, because retention runs from
    the last discharge, and a later discharge sets a new date."""
    if client.status is not ClientStatus.DISCHARGED:
        return replace(client, discharged_on=None)
    if client.discharged_on is not None:
        return client
    kept = before.discharged_on if before is not None else None
    return replace(client, discharged_on=kept or dt.date.today())
