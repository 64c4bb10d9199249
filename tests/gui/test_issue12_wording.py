"""Issue 12, smaller things: wording a person reads (no doubled full stop after a
button name, process notes said to stay out of summaries, not out of the app) and
the two agreement-version dialogs built on one constructor."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from practice_notes.domain.dates import add_months
from practice_notes.domain.models import AgreementVersion, Client
from practice_notes.services import Practice
from practice_notes.ui.note_editor import NoteEditor
from practice_notes.ui.panels.agreement_dialogs import AcknowledgeDialog, ReviewDateDialog
from practice_notes.ui.panels.agreements import AgreementsPanel
from practice_notes.ui.panels.milestones import MilestonesPanel
from practice_notes.ui.panels.record_form import day_text
from tests.gui._relationship_fixtures import (  # noqa: F401 - fixtures
    client_fixture,
    days_ago,
    practice_fixture,
)

PACKAGE = Path(__file__).resolve().parents[2] / "practice_notes"


def test_no_user_text_ends_a_button_name_with_a_second_full_stop() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in PACKAGE.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"…\.[\"'”]", line)
    ]
    assert offenders == []


@pytest.fixture
def empty_panels(qtbot: Any, practice: Practice,
                 client: Client) -> Iterator[tuple[AgreementsPanel, MilestonesPanel]]:
    agreements, milestones = AgreementsPanel(), MilestonesPanel()
    for panel in (agreements, milestones):
        qtbot.addWidget(panel)
        panel.show()
        panel.show_client(practice, client.id or 0)
    yield agreements, milestones
    agreements.clear()
    milestones.clear()


def test_empty_panels_name_their_button_once(
        empty_panels: tuple[AgreementsPanel, MilestonesPanel]) -> None:
    agreements, milestones = empty_panels
    assert agreements.empty.isVisible() and milestones.empty.isVisible()
    assert agreements.empty.text().endswith("with “New agreement…”.")
    assert milestones.empty.text().endswith("with “New milestone…”.")
    for label in (agreements.empty, milestones.empty):
        assert "…." not in label.text()


def test_process_notes_box_says_they_stay_out_of_summaries(qtbot: Any) -> None:
    editor = NoteEditor()
    qtbot.addWidget(editor)
    title = editor.process_box.title()
    assert "never printed in summaries" in title
    # the JSON export carries them, so the box must not promise they never leave
    assert "never leave" not in title


def _version(practice: Practice, client: Client) -> AgreementVersion:
    topic = practice.agreement_topics.by_key("fees").id or 0
    return practice.add_agreement(AgreementVersion(
        client.id or 0, topic, "Fees <b>are</b> due at the session", agreed_on=days_ago(30)))


def test_acknowledge_and_review_dialogs_share_one_constructor(
        qtbot: Any, practice: Practice, client: Client) -> None:
    version = _version(practice, client)
    topic = "Fees & <payments>"
    agreed = day_text(version.agreed_on)
    ack = AcknowledgeDialog(practice, version, topic)
    review = ReviewDateDialog(practice, version, topic)
    for dialog in (ack, review):
        qtbot.addWidget(dialog)
        assert dialog.version is version
        # the topic is escaped into the rich-text summary, shown as typed
        assert "Fees &amp; &lt;payments&gt;" in dialog.summary.text()
        assert f"version {version.version}" in dialog.summary.text()
        assert f"agreed {agreed}" in dialog.summary.text()
        assert "{" not in dialog.summary.text()
    assert ack.windowTitle() == f"Acknowledge: {topic}"
    assert review.windowTitle() == f"Review date: {topic}"
    assert "can no longer be deleted" in ack.summary.text()
    assert "Untick for no review" in review.summary.text()
    # no draft kept for either: there is nothing typed worth keeping
    assert ack.drafts.practice is None and review.drafts.practice is None


def test_review_date_offered_follows_the_review_interval_setting(
        qtbot: Any, practice: Practice, client: Client) -> None:
    """"Review on" is offered the practice's interval after today (Settings ▸
    Practice), as a new agreement's is: not a fixed 90 days."""
    version = _version(practice, client)
    for months in (3, 6, 12):
        practice.save_settings(replace(practice.settings.load(), review_interval_months=months))
        dialog = ReviewDateDialog(practice, version, "Fees")
        qtbot.addWidget(dialog)
        start = max(dt.date.today(), version.agreed_on)
        assert dialog.review.value() == add_months(start, months)
