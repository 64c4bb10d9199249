"""The Boundary agreements panel, driven through its real widgets on a real vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from practice_notes.domain.models import AgreementVersion, Client
from practice_notes.services import Practice
from practice_notes.ui.client_dialog import qdate
from practice_notes.ui.panels.agreement_dialogs import (
    AcknowledgeDialog,
    EndAgreementDialog,
    NewAgreementDialog,
    ReviewDateDialog,
    ReviseAgreementDialog,
)
from practice_notes.ui.panels.agreement_model import REVIEW_DUE, AgreementColumn
from practice_notes.ui.panels.agreements import AgreementsPanel
from practice_notes.ui.panels.record_form import day_text
from tests.gui import guikit
from tests.gui._relationship_fixtures import (  # noqa: F401 - fixtures
    TODAY,
    box_text,
    choose,
    click_header,
    client_fixture,
    column_texts,
    combo_texts,
    days_ago,
    practice_fixture,
    retype,
    save,
    show_active,
)


@pytest.fixture
def panel(qtbot: Any, practice: Practice, client: Client) -> Iterator[AgreementsPanel]:
    p = AgreementsPanel()
    qtbot.addWidget(p)
    p.resize(900, 650)
    show_active(qtbot, p)
    p.show_client(practice, client.id or 0)
    yield p
    p.clear()


def topic_id(practice: Practice, key: str) -> int:
    return practice.agreement_topics.by_key(key).id or 0


def add(practice: Practice, client: Client, key: str, wording: str, agreed_ago: int,
        **fields: Any) -> AgreementVersion:
    return practice.add_agreement(AgreementVersion(
        client.id or 0, topic_id(practice, key), wording, days_ago(agreed_ago), **fields))


def cell(panel: AgreementsPanel, column: AgreementColumn, row: int = 0,
         role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return panel.proxy.index(row, column).data(role)


def test_add_revise_acknowledge_delete_refused_end(
    qtbot: Any, panel: AgreementsPanel, practice: Practice, client: Client
) -> None:
    cid = client.id or 0
    assert panel.empty.isVisible() and not panel.revise_button.isEnabled()
    # ---- new agreement
    guikit.click(qtbot, panel.new_button)
    dialog = panel.dialog
    assert isinstance(dialog, NewAgreementDialog)
    assert combo_texts(dialog.topic)[:2] == ["Confidentiality and its limits",
                                             "Contact between sessions"]
    choose(dialog.topic, "Contact between sessions")
    guikit.type_into(qtbot, dialog.wording, "Texts only to change appointments.")
    dialog.agreed.setDate(qdate(days_ago(30)))
    with qtbot.waitSignal(panel.changed, timeout=5000):
        save(qtbot, dialog)
    [v1] = practice.agreements.for_client(cid)
    assert (v1.version, v1.agreed_on, v1.acknowledged_on) == (1, days_ago(30), None)
    assert cell(panel, AgreementColumn.TOPIC) == "Contact between sessions"
    assert cell(panel, AgreementColumn.VERSION) == "v1"
    assert cell(panel, AgreementColumn.ACKNOWLEDGED) == "Not yet"
    assert cell(panel, AgreementColumn.STATUS) == "In force"

    # ---- revise: a reason is required, then a new version becomes current
    guikit.click(qtbot, panel.revise_button)
    revise = panel.dialog
    assert isinstance(revise, ReviseAgreementDialog)
    assert revise.wording.toPlainText() == "Texts only to change appointments."  # prefilled
    retype(qtbot, revise.wording, "Texts to change appointments; I reply within a working day.")
    save(qtbot, revise)
    assert "what changed and why" in revise.form.message("reason")
    assert len(practice.agreements.versions(v1.series_id or 0)) == 1
    guikit.type_into(qtbot, revise.reason, "Added a reply time after a weekend text")
    with qtbot.waitSignal(panel.changed, timeout=5000):
        save(qtbot, revise)
    old, new = practice.agreements.versions(v1.series_id or 0)
    assert old == v1  # untouched
    assert (new.version, new.agreed_on, new.revision_reason) == (
        2, TODAY, "Added a reply time after a weekend text")
    assert cell(panel, AgreementColumn.VERSION) == "v2"
    history = panel.details.toPlainText()
    assert "Texts to change appointments; I reply within a working day." in history
    assert "Version 2 (current)" in history and "Version 1 (superseded)" in history
    assert "Texts only to change appointments." in history  # the old wording stays visible
    assert "Why it was revised: Added a reply time after a weekend text" in history
    assert history.index("Version 2 (current)") < history.index("Version 1 (superseded)")

    # ---- acknowledge
    guikit.click(qtbot, panel.ack_button)
    ack = panel.dialog
    assert isinstance(ack, AcknowledgeDialog)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        save(qtbot, ack)
    assert practice.agreements.current(v1.series_id or 0).acknowledged_on == TODAY
    assert cell(panel, AgreementColumn.ACKNOWLEDGED) == f"Yes, {day_text(TODAY)}"
    assert not panel.ack_button.isEnabled()

    # ---- delete is refused with the explanation
    guikit.click(qtbot, panel.delete_button)
    box = guikit.wait_box(qtbot, "practice-notes-message")
    assert "acknowledged" in box_text(box) and "End it instead" in box_text(box)
    guikit.click_box_button(qtbot, box, "OK")
    assert len(practice.agreements.versions(v1.series_id or 0)) == 2

    # ---- end, with a reason
    guikit.click(qtbot, panel.end_button)
    end = panel.dialog
    assert isinstance(end, EndAgreementDialog)
    save(qtbot, end)
    assert "why the agreement ends" in end.form.message("end_reason")
    guikit.type_into(qtbot, end.reason, "Sessions now online; contact by the video platform.")
    with qtbot.waitSignal(panel.changed, timeout=5000):
        save(qtbot, end)
    current = practice.agreements.current(v1.series_id or 0)
    assert (current.ended_on, current.end_reason) == (
        TODAY, "Sessions now online; contact by the video platform.")
    assert cell(panel, AgreementColumn.STATUS) == f"Ended {day_text(TODAY)}"
    for b in (panel.revise_button, panel.ack_button, panel.review_button, panel.end_button):
        assert not b.isEnabled(), b.text()
    assert "Ended" in panel.details.toPlainText()
    # ended agreements can be hidden from the list
    panel.show_ended.click()
    assert panel.proxy.rowCount() == 0 and panel.model.rowCount() == 1
    panel.show_ended.click()
    assert panel.proxy.rowCount() == 1


def test_forms_explain_what_is_wrong(qtbot: Any, panel: AgreementsPanel, practice: Practice,
                                     client: Client) -> None:
    dialog = panel.new_agreement()
    assert isinstance(dialog, NewAgreementDialog)
    save(qtbot, dialog)
    assert dialog.form.message("wording") == "⚠ The agreed wording cannot be empty"
    guikit.type_into(qtbot, dialog.wording, "£60 per session.")
    assert dialog.form.message("wording") == ""
    dialog.agreed.setDate(qdate(days_ago(5)))
    assert dialog.review.check.isChecked()  # on by default: agreed + the review interval
    dialog.review.edit.setDate(qdate(days_ago(6)))
    save(qtbot, dialog)
    assert "Review date cannot be before the date agreed" in dialog.form.message("review_on")
    dialog.review.edit.setDate(qdate(days_ago(2)))
    dialog.acknowledged.check.click()
    dialog.acknowledged.edit.setDate(qdate(days_ago(9)))
    save(qtbot, dialog)
    assert "Acknowledgement cannot be before" in dialog.form.message("acknowledged_on")
    assert practice.agreements.for_client(client.id or 0) == []
    dialog.acknowledged.check.click()  # not acknowledged after all
    save(qtbot, dialog)
    [v1] = practice.agreements.for_client(client.id or 0)
    assert (v1.review_on, v1.acknowledged_on) == (days_ago(2), None)

    # a revision cannot be dated before the version it replaces
    revise = panel.revise_selected()
    assert isinstance(revise, ReviseAgreementDialog)
    guikit.type_into(qtbot, revise.reason, "Fee rises in April")
    revise.agreed.setDate(qdate(days_ago(6)))
    save(qtbot, revise)
    assert "cannot be dated before" in revise.form.message("agreed_on")
    assert len(practice.agreements.for_client(client.id or 0)) == 1
    revise.reject()

    # the review date dialog checks its date too, then moves it
    review = panel.set_review_selected()
    assert isinstance(review, ReviewDateDialog)
    review.review.edit.setDate(qdate(days_ago(10)))
    save(qtbot, review)
    assert "Review date cannot be before" in review.form.message("review_on")
    review.review.edit.setDate(qdate(TODAY))
    save(qtbot, review)
    assert practice.agreements.get(v1.id or 0).review_on == TODAY


def test_an_overdue_review_is_marked_in_words_and_bold(
    panel: AgreementsPanel, practice: Practice, client: Client
) -> None:
    add(practice, client, "confidentiality", "Limits explained.", 60, review_on=days_ago(3))
    add(practice, client, "fees", "£60.", 60, review_on=TODAY + dt.timedelta(days=30))
    ended = add(practice, client, "gifts", "No gifts.", 60, review_on=days_ago(10))
    practice.end_agreement(ended.series_id or 0, days_ago(1), "Replaced")
    panel.refresh()
    rows = {cell(panel, AgreementColumn.TOPIC, r): r for r in range(panel.proxy.rowCount())}
    due = cell(panel, AgreementColumn.REVIEW, rows["Confidentiality and its limits"])
    assert due == f"{day_text(days_ago(3))} · {REVIEW_DUE}"
    font = cell(panel, AgreementColumn.REVIEW, rows["Confidentiality and its limits"],
                Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert REVIEW_DUE not in cell(panel, AgreementColumn.REVIEW, rows["Fees"])
    assert cell(panel, AgreementColumn.REVIEW, rows["Fees"], Qt.ItemDataRole.FontRole) is None
    assert cell(panel, AgreementColumn.REVIEW, rows["Gifts"]) == "—"  # ended: nothing due
    panel.select(practice.agreements.for_client(client.id or 0)[0].series_id or 0)
    assert REVIEW_DUE in panel.details.toPlainText()


def test_an_unacknowledged_version_can_be_deleted_after_asking(
    qtbot: Any, panel: AgreementsPanel, practice: Practice, client: Client
) -> None:
    v1 = add(practice, client, "fees", "£60 per session.", 20, acknowledged_on=days_ago(20))
    sid = v1.series_id or 0
    practice.revise_agreement(sid, "£65 per session.", days_ago(2), None, "Yearly rise")
    panel.refresh(select=sid)
    guikit.click(qtbot, panel.delete_button)
    box = guikit.wait_box(qtbot)
    assert "Version 1 becomes the current one again" in box.text()
    guikit.click_box_button(qtbot, box, "Cancel")
    assert len(practice.agreements.versions(sid)) == 2
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    box = guikit.wait_box(qtbot)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        guikit.click_box_button(qtbot, box, "Delete")
    assert practice.agreements.versions(sid) == [v1]
    assert cell(panel, AgreementColumn.VERSION) == "v1"

    draft = add(practice, client, "recording", "No recording.", 1)
    panel.refresh(select=draft.series_id or 0)
    guikit.click(qtbot, panel.delete_button)
    box = guikit.wait_box(qtbot)
    assert "Delete the agreement “Recording”" in box.text()
    guikit.click_box_button(qtbot, box, "Delete")
    assert [a.id for a in practice.agreements.for_client(client.id or 0)] == [v1.id]
    assert panel.model.rowCount() == 1


def test_a_custom_topic_joins_the_catalogue(
    qtbot: Any, panel: AgreementsPanel, practice: Practice, client: Client
) -> None:
    dialog = panel.new_agreement()
    assert isinstance(dialog, NewAgreementDialog)
    assert not dialog.custom.isVisibleTo(dialog)
    choose(dialog.topic, "Other (custom topic)…")
    assert dialog.custom.isVisibleTo(dialog)
    guikit.type_into(qtbot, dialog.wording, "We talk before any hug.")
    save(qtbot, dialog)
    assert "Name the topic" in dialog.form.message("custom_topic")
    guikit.type_into(qtbot, dialog.custom, "Touch")
    save(qtbot, dialog)
    [a] = practice.agreements.for_client(client.id or 0)
    assert practice.agreement_topics.get(a.topic_id).label == "Touch"
    assert cell(panel, AgreementColumn.TOPIC) == "Touch"
    again = panel.new_agreement()
    assert isinstance(again, NewAgreementDialog)
    assert "Touch" in combo_texts(again.topic)
    again.reject()


def test_sorting_and_forgetting(qtbot: Any, panel: AgreementsPanel, practice: Practice,
                                client: Client) -> None:
    add(practice, client, "fees", "£60.", 10, review_on=TODAY)
    add(practice, client, "confidentiality", "Limits.", 40, review_on=days_ago(1))
    add(practice, client, "social_media", "We do not connect.", 20)
    panel.refresh()
    assert column_texts(panel.table, AgreementColumn.TOPIC) == [
        "Confidentiality and its limits", "Fees", "Social media"]
    click_header(qtbot, panel.table, AgreementColumn.AGREED)
    assert column_texts(panel.table, AgreementColumn.TOPIC) == [
        "Confidentiality and its limits", "Social media", "Fees"]
    click_header(qtbot, panel.table, AgreementColumn.REVIEW)
    topics = column_texts(panel.table, AgreementColumn.TOPIC)
    assert topics in (["Confidentiality and its limits", "Fees", "Social media"],
                      ["Social media", "Fees", "Confidentiality and its limits"])
    # locking forgets everything shown, and keeps typed input as a draft
    guikit.click(qtbot, panel.new_button)
    dialog = panel.dialog
    assert isinstance(dialog, NewAgreementDialog)
    guikit.type_into(qtbot, dialog.wording, "Gifts under £5 are fine.")
    panel.clear()
    assert not dialog.isVisible() and panel.model.rowCount() == 0
    assert panel.details.toPlainText() == "" and not panel.new_button.isEnabled()
    panel.show_client(practice, client.id or 0)
    again = panel.new_agreement()
    assert isinstance(again, NewAgreementDialog)
    assert again.wording.toPlainText() == "Gifts under £5 are fine."
    again.reject()
