"""Use cases for the relationship record: catalogues, milestones, agreements,
check-ins, measures and custom scores. Each validates, writes in one
transaction and publishes its change after commit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from practice_notes.domain import rules
from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import (
    AgreementVersion,
    CatalogueEntry,
    CheckIn,
    CustomScore,
    MeasureResult,
    Milestone,
)
from practice_notes.i18n import translate
from practice_notes.services.changes import ChangeKind
from practice_notes.services.practice_core import PracticeCore, need_id
from practice_notes.services.reads import CatalogueReads
from practice_notes.vault.errors import Conflict, NotFound

CUSTOM_MILESTONE_KEY = "other"
MAX_LABEL = 200


class RelationshipPractice(PracticeCore):
    # ------------------------------------------------------------- catalogues
    def custom_milestone_kind_id(self) -> int:
        """The hidden catalogue entry that custom milestones (with their own name) use."""
        try:
            entry = self._milestone_kinds.by_key(CUSTOM_MILESTONE_KEY)
        except NotFound:
            with self._write():
                entry = self._milestone_kinds.add(
                    CatalogueEntry(key=CUSTOM_MILESTONE_KEY, label="(custom milestone)",
                                   active=False))
                self._changed(ChangeKind.CATALOGUE, 0, entry.id)
        return need_id(entry.id, "catalogue entry")

    def _check_label(self, catalogue: CatalogueReads, label: str,
                     own_id: int | None = None) -> str:
        label = " ".join(label.split())
        if not label:
            raise ValidationError(translate("Practice", "The name cannot be empty"), field="label")
        if len(label) > MAX_LABEL:
            raise ValidationError(translate("Practice", "The name is too long (at most "
                                                        "{MAX_LABEL} characters)").format(
                                                            MAX_LABEL=MAX_LABEL),
                                  field="label")
        for e in catalogue.all():
            if e.id != own_id and e.label.casefold() == label.casefold():
                hint = "" if e.active else " (inactive: select it and choose Reactivate)"
                raise Conflict(f"There is already an entry called “{e.label}”{hint}.")
        return label

    def add_catalogue_entry(self, catalogue: CatalogueReads, label: str) -> CatalogueEntry:
        label = self._check_label(catalogue, label)
        # A renamed entry keeps its key, so the key made from this label may be taken.
        base = "custom_" + "_".join(label.lower().split())[:40]
        taken = {e.key for e in catalogue.all()}
        key, n = base, 2
        while key in taken:
            key, n = f"{base}_{n}", n + 1
        with self._write():
            entry = self._catalogue(catalogue).add(CatalogueEntry(key=key, label=label))
            self._changed(ChangeKind.CATALOGUE, 0, entry.id)
        return entry

    def rename_catalogue_entry(self, catalogue: CatalogueReads, entry_id: int,
                               label: str) -> CatalogueEntry:
        label = self._check_label(catalogue, label, entry_id)
        with self._write():
            entry = self._catalogue(catalogue).update(
                replace(catalogue.get(entry_id), label=label))
            self._changed(ChangeKind.CATALOGUE, 0, entry_id)
        return entry

    def set_catalogue_entry_active(self, catalogue: CatalogueReads, entry_id: int,
                                   active: bool) -> CatalogueEntry:
        """Entries in use are never deleted: they stop being offered."""
        with self._write():
            entry = self._catalogue(catalogue).update(
                replace(catalogue.get(entry_id), active=active))
            self._changed(ChangeKind.CATALOGUE, 0, entry_id)
        return entry

    def reorder_catalogue(self, catalogue: CatalogueReads, order: Sequence[int]) -> None:
        """Put the entries with these ids first, in this order; the rest keep their
        relative order after them. One transaction: all positions or none."""
        repo = self._catalogue(catalogue)
        with self._write():
            entries = {e.id: e for e in repo.all()}
            unknown = [i for i in order if i not in entries]
            if unknown or len(set(order)) != len(order):
                raise ValidationError(translate("Practice", "The new order does not match the "
                                                            "catalogue"))
            rest = [i for i in entries if i not in set(order)]
            for pos, entry_id in enumerate([*order, *rest]):
                entry = entries[entry_id]
                if entry.position != pos:
                    repo.update(replace(entry, position=pos))
            self._changed(ChangeKind.CATALOGUE)

    # ------------------------------------------------------------- milestones
    def add_milestone(self, milestone: Milestone) -> Milestone:
        rules.check_milestone(milestone)
        with self._write():
            self._milestone_kinds.get(milestone.kind_id)
            saved = self._milestones.add(milestone)
            self._changed(ChangeKind.MILESTONE, milestone.client_id, saved.id)
        return saved

    def update_milestone(self, milestone: Milestone) -> Milestone:
        rules.check_milestone(milestone)
        with self._write():
            saved = self._milestones.update(milestone)
            self._changed(ChangeKind.MILESTONE, milestone.client_id, milestone.id)
        return saved

    def delete_milestone(self, milestone: Milestone) -> None:
        with self._write():
            self._milestones.delete(need_id(milestone.id, "milestone"))
            self._changed(ChangeKind.MILESTONE, milestone.client_id, milestone.id)

    # -------------------------------------------------------------- agreements
    def add_agreement(self, agreement: AgreementVersion) -> AgreementVersion:
        rules.check_agreement(agreement)
        with self._write():
            self._agreement_topics.get(agreement.topic_id)
            saved = self._agreements.add(agreement)
            self._changed(ChangeKind.AGREEMENT, agreement.client_id, saved.id)
        return saved

    def revise_agreement(
        self, series_id: int, wording: str, agreed_on: dt.date, review_on: dt.date | None,
        reason: str, acknowledged_on: dt.date | None = None,
    ) -> AgreementVersion:
        current = self._agreements.current(series_id)
        # the new version is not ended, whatever the current one is (an ended agreement
        # is refused below by the repository with its own message)
        candidate = replace(current, wording=wording, agreed_on=agreed_on, review_on=review_on,
                            acknowledged_on=acknowledged_on, ended_on=None, end_reason="")
        rules.check_agreement(candidate)
        if agreed_on < current.agreed_on:
            raise ValidationError(
                translate("Practice", "A revision cannot be dated before the version it "
                                          "replaces"), field="agreed_on"
            )
        if not reason.strip():
            raise ValidationError(
                translate("Practice", "Say briefly what changed and why"), field="reason")
        with self._write():
            saved = self._agreements.revise(series_id, wording, agreed_on, review_on,
                                            reason.strip(), acknowledged_on)
            self._changed(ChangeKind.AGREEMENT, saved.client_id, saved.id)
        return saved

    def acknowledge_agreement(self, version_id: int, on: dt.date) -> AgreementVersion:
        version = self._agreements.get(version_id)
        if on < version.agreed_on:
            raise ValidationError(
                translate("Practice", "Acknowledgement cannot be before the date agreed"),
                field="acknowledged_on"
            )
        with self._write():
            saved = self._agreements.acknowledge(version_id, on)
            self._changed(ChangeKind.AGREEMENT, saved.client_id, version_id)
        return saved

    def set_agreement_review(self, version_id: int,
                             review_on: dt.date | None) -> AgreementVersion:
        version = self._agreements.get(version_id)
        rules.check_agreement(replace(version, review_on=review_on))
        with self._write():
            saved = self._agreements.set_review(version_id, review_on)
            self._changed(ChangeKind.AGREEMENT, saved.client_id, version_id)
        return saved

    def end_agreement(self, series_id: int, on: dt.date, reason: str) -> AgreementVersion:
        current = self._agreements.current(series_id)
        if on < current.agreed_on:
            raise ValidationError(
                translate("Practice", "End date cannot be before the date agreed"),
                field="ended_on")
        if not reason.strip():
            raise ValidationError(
                translate("Practice", "Say briefly why the agreement ends"), field="end_reason")
        with self._write():
            saved = self._agreements.end(series_id, on, reason.strip())
            self._changed(ChangeKind.AGREEMENT, saved.client_id, saved.id)
        return saved

    def delete_agreement_version(self, version: AgreementVersion) -> None:
        """Delete a version that was never acknowledged (the vault refuses the others)."""
        with self._write():
            self._agreements.delete(need_id(version.id, "agreement"))
            self._changed(ChangeKind.AGREEMENT, version.client_id, version.id)

    # ------------------------------------------------------------ check-ins
    def add_checkin(self, checkin: CheckIn) -> CheckIn:
        rules.check_checkin(checkin)
        with self._write():
            saved = self._checkins.add(checkin)
            self._changed(ChangeKind.CHECKIN, checkin.client_id, saved.id)
        return saved

    def update_checkin(self, checkin: CheckIn) -> CheckIn:
        rules.check_checkin(checkin)
        need_id(checkin.id, "check-in")
        with self._write():
            saved = self._checkins.update(checkin)
            self._changed(ChangeKind.CHECKIN, checkin.client_id, checkin.id)
        return saved

    def save_checkin(self, checkin: CheckIn) -> CheckIn:
        """Add a new check-in or update a saved one."""
        return self.add_checkin(checkin) if checkin.id is None else self.update_checkin(checkin)

    def delete_checkin(self, checkin: CheckIn) -> None:
        with self._write():
            self._checkins.delete(need_id(checkin.id, "check-in"))
            self._changed(ChangeKind.CHECKIN, checkin.client_id, checkin.id)

    # --------------------------------------------------------------- measures
    def add_measure(self, measure: MeasureResult) -> MeasureResult:
        rules.check_measure(measure)
        with self._write():
            saved = self._measures.add(measure)
            self._changed(ChangeKind.MEASURE, measure.client_id, saved.id)
        return saved

    def replace_measure(self, old: MeasureResult, new: MeasureResult) -> MeasureResult:
        """A corrected questionnaire replaces the old one: both or neither."""
        rules.check_measure(new)
        with self._write():
            saved = self._measures.add(new)
            self._measures.delete(need_id(old.id, "questionnaire"))
            self._changed(ChangeKind.MEASURE, new.client_id, saved.id)
        return saved

    def delete_measure(self, measure: MeasureResult) -> None:
        with self._write():
            self._measures.delete(need_id(measure.id, "questionnaire"))
            self._changed(ChangeKind.MEASURE, measure.client_id, measure.id)

    def add_custom_score(self, score: CustomScore) -> CustomScore:
        rules.check_custom_score(score)
        with self._write():
            saved = self._measures.add_custom(score)
            self._changed(ChangeKind.CUSTOM_SCORE, score.client_id, saved.id)
        return saved

    def delete_custom_score(self, score: CustomScore) -> None:
        with self._write():
            self._measures.delete_custom(need_id(score.id, "score"))
            self._changed(ChangeKind.CUSTOM_SCORE, score.client_id, score.id)
