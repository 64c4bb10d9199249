"""Deleting from the Goals tab: what stays in the record is explained, anything
else is deleted only after a confirmation that defaults to Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from practice_notes.domain.models import Goal, GoalRating, Strategy
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui import msgbox
from practice_notes.ui.panels.goal_models import day_text

#: The drafts a goal's dialogs keep (deleted with the goal).
GOAL_DRAFT_KEYS = ("goal:{id}", "goal-rating:{id}", "goal-status:{id}", "goal-revision:{id}",
                   "strategy-new:{id}")


def _run(parent: QWidget, work: Callable[[], None], done: Callable[[], None]) -> None:
    try:
        work()
    except VaultError as exc:
        msgbox.error(parent, str(exc))
        return
    done()


def delete_goal(parent: QWidget, practice: Practice, goal: Goal, has_ratings: bool,
                in_signed_note: bool, done: Callable[[], None]) -> QMessageBox:
    if has_ratings:
        return msgbox.message(
            parent,
            QCoreApplication.translate("GoalsPanel", "Delete goal"),
            QCoreApplication.translate("GoalsPanel",
                                       "This goal has ratings, so it stays in the record."),
            informative=QCoreApplication.translate(
                "GoalsPanel", "Change its status instead (achieved, revised, paused or "
                              "discontinued); the reason is kept in its history."))
    if in_signed_note:
        return msgbox.message(
            parent,
            QCoreApplication.translate("GoalsPanel", "Delete goal"),
            QCoreApplication.translate(
                "GoalsPanel", "This goal is part of a signed session note, so it stays."),
            informative=QCoreApplication.translate("GoalsPanel", "Change its status instead."))

    def delete() -> None:
        practice.delete_goal(goal.id or 0)
        for key in GOAL_DRAFT_KEYS:
            practice.discard_draft(key.format(id=goal.id))

    return msgbox.confirm(
        parent, QCoreApplication.translate("GoalsPanel", "Delete goal"),
        QCoreApplication.translate("GoalsPanel", "Delete this goal?"),
        lambda: _run(parent, delete, done),
        yes_text=QCoreApplication.translate("GoalsPanel", "Delete goal"),
        informative=QCoreApplication.translate(
            "GoalsPanel", "It has no ratings. Its strategies and status history go with it."))


def delete_rating(parent: QWidget, practice: Practice, rating: GoalRating,
                  in_signed_note: bool, done: Callable[[], None]) -> QMessageBox:
    if in_signed_note:
        return msgbox.message(
            parent, QCoreApplication.translate("GoalsPanel", "Delete rating"),
            QCoreApplication.translate(
                "GoalsPanel", "This rating belongs to a signed session note, so it stays."),
            informative=QCoreApplication.translate(
                "GoalsPanel", "If it was wrong, add a new rating with a note saying so."))
    return msgbox.confirm(
        parent,
        QCoreApplication.translate("GoalsPanel", "Delete rating"),
        QCoreApplication.translate("GoalsPanel", "Delete the rating of {value}?").format(
            value=day_text(rating.rated_on)),
        lambda: _run(parent, lambda: practice.delete_rating(rating), done),
        yes_text=QCoreApplication.translate("GoalsPanel", "Delete rating"),
    )


def delete_strategy(parent: QWidget, practice: Practice, record: Strategy,
                    done: Callable[[], None]) -> QMessageBox:
    return msgbox.confirm(
        parent,
        QCoreApplication.translate("GoalsPanel", "Delete strategy"),
        QCoreApplication.translate("GoalsPanel", "Delete this {value}?").format(
            value=record.kind.label.lower()),
        lambda: _run(parent, lambda: practice.delete_strategy(record), done),
        yes_text=QCoreApplication.translate("GoalsPanel", "Delete"),
        informative=QCoreApplication.translate("GoalsPanel", "How it went is deleted with it."),
    )
