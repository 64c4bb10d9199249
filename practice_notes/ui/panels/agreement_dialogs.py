"""Dialogs of the boundary agreements panel: new, revise, acknowledge, review
date, end. Every one validates through the services and shows what is wrong
just below the field at fault."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from practice_notes.domain import rules
from practice_notes.domain.dates import add_months
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import AgreementVersion, CatalogueEntry
from practice_notes.services import Practice
from practice_notes.services.errors import VaultError
from practice_notes.ui.date_field import DateField
from practice_notes.ui.panels.form_draft import State
from practice_notes.ui.panels.record_form import (
    OptionalDate,
    RecordDialog,
    day_text,
)

OTHER = -1  # the topic combo's "Other (custom topic)…" item


def _wording_edit(text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setAccessibleName(QCoreApplication.translate("agreement_dialogs", "Agreed wording"))
    edit.setPlaceholderText(
        QCoreApplication.translate(
            "agreement_dialogs",
            "The agreement in the words you both agreed, e.g. “Texts are for "
            "changing appointments only; I reply within one working day.”"))
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(110)
    return edit


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def _summary(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setObjectName("dialog-summary")
    return label


class NewAgreementDialog(RecordDialog):
    def __init__(self, practice: Practice, client_id: int, parent: QWidget | None = None):
        super().__init__(practice, self.tr("New agreement"), f"agreement-new:{client_id}", parent)
        self.client_id = client_id
        self.topics = practice.agreement_topics.all()
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        for t in self.topics:
            if t.active:
                self.topic.addItem(t.label, t.id)
        self.topic.addItem(self.tr("Other (custom topic)…"), OTHER)
        self.custom = QLineEdit()
        self.custom.setAccessibleName(self.tr("Custom topic"))
        self.custom.setMaxLength(200)
        self.custom.setPlaceholderText(self.tr("Name the topic; it is added to the catalogue"))
        self.wording = _wording_edit()
        self.agreed = DateField(dt.date.today(), self.tr("Agreed on"))
        self.review = OptionalDate(self.tr("Review on"), self.tr("Next review date"))
        self.review.follow(self.agreed, practice.settings.load().review_interval_months)
        self.acknowledged = OptionalDate(
            self.tr("Acknowledged by the client on"), self.tr("Acknowledged on"))
        f = self.form
        f.add(self.tr("&Topic:"), self.topic, "topic")
        f.add(self.tr("&Custom topic:"), self.custom, "custom_topic")
        f.add(self.tr("&Wording:"), self.wording, "wording")
        f.add(self.tr("&Agreed on:"), self.agreed, "agreed_on")
        f.add(self.tr("&Review:"), self.review, "review_on", focus=self.review.check)
        f.add(self.tr("Ac&knowledged:"), self.acknowledged, "acknowledged_on",
              focus=self.acknowledged.check)
        f.clear_on(self.custom.textEdited, "custom_topic")
        f.clear_on(self.wording.textChanged, "wording")
        for signal in (self.agreed.dateChanged, self.review.changed, self.acknowledged.changed):
            f.clear_on(signal, "review_on")
            f.clear_on(signal, "acknowledged_on")
        self.finish_layout()
        self.topic.currentIndexChanged.connect(self._topic_changed)
        self._topic_changed()
        self.restore_draft()
        self.watch(self.topic.currentIndexChanged, self.custom.textEdited,
                   self.wording.textChanged, self.agreed.dateChanged, self.review.changed,
                   self.acknowledged.changed)

    def _topic_changed(self) -> None:
        custom = self.topic.currentData() == OTHER
        self.form.set_row_visible("custom_topic", custom)
        if custom and self.isVisible():
            self.custom.setFocus()

    def state(self) -> State:
        return {"topic": int(self.topic.currentData()), "custom": self.custom.text(),
                "wording": self.wording.toPlainText(),
                "agreed": self.agreed.state(),
                "review": _iso(self.review.value()), "ack": _iso(self.acknowledged.value())}

    def apply_state(self, state: State) -> None:
        index = self.topic.findData(int(state["topic"]))
        if index >= 0:
            self.topic.setCurrentIndex(index)
        self.custom.setText(str(state["custom"]))
        self.wording.setPlainText(str(state["wording"]))
        self.agreed.set_state(str(state["agreed"]))
        self.review.set_value(_day(state["review"]))
        self.acknowledged.set_value(_day(state["ack"]))

    def agreement(self, topic_id: int) -> AgreementVersion:
        return AgreementVersion(
            client_id=self.client_id, topic_id=topic_id,
            wording=self.wording.toPlainText().strip(), agreed_on=self.agreed.value(),
            review_on=self.review.value(), acknowledged_on=self.acknowledged.value(),
        )

    def _topic_id(self) -> int:
        """The chosen topic; a custom one joins the catalogue (or reuses its twin)."""
        chosen = int(self.topic.currentData())
        if chosen != OTHER:
            return chosen
        label = " ".join(self.custom.text().split())
        for t in self.topics:
            if t.label.casefold() == label.casefold() and t.id is not None:
                return t.id
        entry: CatalogueEntry = self.practice.add_catalogue_entry(
            self.practice.agreement_topics, label)
        return entry.id or 0

    def save(self) -> None:
        self.form.clear()
        try:
            if self.topic.currentData() == OTHER and not self.custom.text().strip():
                raise ValidationError(self.tr("Name the topic, or choose one from the list"),
                                      field="custom_topic")
            rules.check_agreement(self.agreement(0))  # before a custom topic is stored
            saved = self.practice.add_agreement(self.agreement(self._topic_id()))
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(saved)


class ReviseAgreementDialog(RecordDialog):
    """A revision adds a version; the one it replaces stays in the history."""

    def __init__(self, practice: Practice, current: AgreementVersion, topic: str,
                 parent: QWidget | None = None) -> None:
        series = current.series_id or current.id or 0
        super().__init__(practice,
            self.tr("Revise agreement: {topic}").format(topic=topic), f"agreement-revise:{series}",
                         parent)
        self.current = current
        self.series_id = series
        self.summary = _summary(
            self.tr(
                "Revising <b>{value}</b>, version {version} agreed "
                "{value2}. The current version stays in the history."
            ).format(
                value=html.escape(topic),
                version=current.version,
                value2=day_text(current.agreed_on),
            )
        )
        self.wording = _wording_edit(current.wording)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the revision"))
        self.reason.setPlaceholderText(self.tr("What changed and why, in a few words"))
        self.reason.setMaxLength(500)
        self.agreed = DateField(max(dt.date.today(), current.agreed_on), self.tr("Agreed on"))
        self.review = OptionalDate(self.tr("Review on"), self.tr("Next review date"))
        self.review.follow(self.agreed, practice.settings.load().review_interval_months)
        self.acknowledged = OptionalDate(
            self.tr("Acknowledged by the client on"), self.tr("Acknowledged on")
        )
        f = self.form
        f.add(self.tr("&Wording:"), self.wording, "wording")
        f.add(self.tr("Re&ason:"), self.reason, "reason")
        f.add(self.tr("&Agreed on:"), self.agreed, "agreed_on")
        f.add(self.tr("&Review:"), self.review, "review_on", focus=self.review.check)
        f.add(
            self.tr("Ac&knowledged:"),
            self.acknowledged,
            "acknowledged_on",
            focus=self.acknowledged.check,
        )
        f.clear_on(self.wording.textChanged, "wording")
        f.clear_on(self.reason.textEdited, "reason")
        f.clear_on(self.agreed.dateChanged, "agreed_on")
        for signal in (self.agreed.dateChanged, self.review.changed, self.acknowledged.changed):
            f.clear_on(signal, "review_on")
            f.clear_on(signal, "acknowledged_on")
        self.finish_layout(self.summary)
        self.save_button.setText(self.tr("Save re&vision"))
        self.restore_draft()
        self.watch(
            self.wording.textChanged,
            self.reason.textEdited,
            self.agreed.dateChanged,
            self.review.changed,
            self.acknowledged.changed,
        )

    def state(self) -> State:
        return {
            "wording": self.wording.toPlainText(),
            "reason": self.reason.text(),
            "agreed": self.agreed.state(),
            "review": _iso(self.review.value()),
            "ack": _iso(self.acknowledged.value()),
        }

    def apply_state(self, state: State) -> None:
        self.wording.setPlainText(str(state["wording"]))
        self.reason.setText(str(state["reason"]))
        self.agreed.set_state(str(state["agreed"]))
        self.review.set_value(_day(state["review"]))
        self.acknowledged.set_value(_day(state["ack"]))

    def save(self) -> None:
        self.form.clear()
        try:
            saved = self.practice.revise_agreement(
                self.series_id,
                self.wording.toPlainText().strip(),
                self.agreed.value(),
                self.review.value(),
                self.reason.text(),
                self.acknowledged.value(),
            )
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(saved)


class _VersionDialog(RecordDialog):
    """A dialog about one agreement version, with nothing worth a draft: its
    title names the topic, and a summary line above the form says which version
    (``{topic}``, ``{version}`` and ``{agreed}`` are filled in)."""

    def __init__(self, practice: Practice, version: AgreementVersion, title: str,
                 summary: str, topic: str, parent: QWidget | None = None) -> None:
        super().__init__(practice, title.format(topic=topic), None, parent)
        self.version = version
        self.summary = _summary(summary.format(
            topic=html.escape(topic), version=version.version,
            agreed=day_text(version.agreed_on)))


class AcknowledgeDialog(_VersionDialog):
    def __init__(
        self,
        practice: Practice,
        version: AgreementVersion,
        topic: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            practice, version, self.tr("Acknowledge: {topic}"),
            self.tr("The client acknowledges version {version} of <b>{topic}</b>, agreed "
                    "{agreed}. Once acknowledged, this version can no longer be deleted — "
                    "only revised or ended."),
            topic, parent)
        self.date = DateField(max(dt.date.today(), version.agreed_on), self.tr("Acknowledged on"))
        self.form.add(self.tr("Acknowledged &on:"), self.date, "acknowledged_on")
        self.form.clear_on(self.date.dateChanged, "acknowledged_on")
        self.finish_layout(self.summary)
        self.save_button.setText(self.tr("Record &acknowledgement"))

    def save(self) -> None:
        self.form.clear()
        day = self.date.value()
        try:
            if day > dt.date.today():
                raise ValidationError(
                    self.tr("Acknowledgement cannot be in the future"), field="acknowledged_on"
                )
            saved = self.practice.acknowledge_agreement(self.version.id or 0, day)
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(saved)


class ReviewDateDialog(_VersionDialog):
    def __init__(
        self,
        practice: Practice,
        version: AgreementVersion,
        topic: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            practice, version, self.tr("Review date: {topic}"),
            self.tr("When to revisit <b>{topic}</b> together (version {version}, agreed "
                    "{agreed}). Untick for no review."),
            topic, parent)
        months = practice.settings.load().review_interval_months  # Settings ▸ Practice
        default = add_months(max(dt.date.today(), version.agreed_on), months)
        self.review = OptionalDate(
            self.tr("Review on"), self.tr("Next review date"), version.review_on, default=default
        )
        if version.review_on is None:
            self.review.set_date(default)
        self.form.add(self.tr("&Review:"), self.review, "review_on", focus=self.review.check)
        self.form.clear_on(self.review.changed, "review_on")
        self.finish_layout(self.summary)

    def save(self) -> None:
        self.form.clear()
        day = self.review.value()
        try:
            saved = self.practice.set_agreement_review(self.version.id or 0, day)
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(saved)


class EndAgreementDialog(RecordDialog):
    def __init__(
        self,
        practice: Practice,
        current: AgreementVersion,
        topic: str,
        parent: QWidget | None = None,
    ) -> None:
        series = current.series_id or current.id or 0
        super().__init__(
            practice,
            self.tr("End agreement: {topic}").format(topic=topic),
            f"agreement-end:{series}",
            parent,
        )
        self.current = current
        self.series_id = series
        self.summary = _summary(
            self.tr(
                "Ending <b>{value}</b>. It stays in the record, with its history, marked as ended."
            ).format(value=html.escape(topic))
        )
        self.date = DateField(max(dt.date.today(), current.agreed_on), self.tr("Ended on"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for ending"))
        self.reason.setPlaceholderText(
            self.tr("Why it ends, e.g. “No longer needed: sessions now online only”")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.form.add(self.tr("Ended &on:"), self.date, "ended_on")
        self.form.add(self.tr("Re&ason:"), self.reason, "end_reason")
        self.form.clear_on(self.date.dateChanged, "ended_on")
        self.form.clear_on(self.reason.textChanged, "end_reason")
        self.finish_layout(self.summary)
        self.save_button.setText(self.tr("&End agreement"))
        self.restore_draft()
        self.watch(self.date.dateChanged, self.reason.textChanged)

    def state(self) -> State:
        return {"date": self.date.state(), "reason": self.reason.toPlainText()}

    def apply_state(self, state: State) -> None:
        self.date.set_state(str(state["date"]))
        self.reason.setPlainText(str(state["reason"]))

    def save(self) -> None:
        self.form.clear()
        try:
            saved = self.practice.end_agreement(
                self.series_id, self.date.value(), self.reason.toPlainText()
            )
        except (ValidationError, VaultError) as exc:
            self.form.show_error(exc)
            return
        self.done_saving(saved)
