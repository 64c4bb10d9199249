"""The relationship record: catalogues, trust milestones, versioned agreements, check-ins."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from practice_notes.domain.errors import ValidationError
from practice_notes.domain.models import (
    AgreementVersion,
    CatalogueEntry,
    CheckIn,
    Client,
    Milestone,
)
from practice_notes.services.practice import Practice
from practice_notes.vault.errors import Conflict, NotFound, RecordLocked, StorageBug
from practice_notes.vault.repos.relationship import CheckInRepo
from practice_notes.vault.schema import AGREEMENT_TOPICS, MILESTONE_KINDS

D = dt.date


# ---------------------------------------------------------------- catalogues
def test_default_catalogues(practice: Practice) -> None:
    kinds = practice.milestone_kinds.all()
    assert [(k.key, k.label) for k in kinds] == MILESTONE_KINDS
    assert [t.key for t in practice.agreement_topics.all()] == [k for k, _ in AGREEMENT_TOPICS]
    assert all(k.active for k in kinds)
    assert practice.milestone_kinds.by_key("rupture_repair").label == "Rupture and repair"
    with pytest.raises(NotFound):
        practice.milestone_kinds.by_key("nope")
    with pytest.raises(NotFound):
        practice.agreement_topics.get(9999)


def test_custom_catalogue_entries(practice: Practice) -> None:
    entry = practice.add_catalogue_entry(practice.milestone_kinds, "  First laugh together ")
    assert (entry.key, entry.label) == ("custom_first_laugh_together", "First laugh together")
    assert entry.position == len(MILESTONE_KINDS)
    assert practice.milestone_kinds.all()[-1] == entry
    with pytest.raises(Conflict):
        practice.add_catalogue_entry(practice.milestone_kinds, "first laugh TOGETHER")
    with pytest.raises(ValidationError, match="cannot be empty") as info:
        practice.add_catalogue_entry(practice.agreement_topics, "   ")
    assert info.value.field == "label"
    # the same label in the other catalogue is fine
    practice.add_catalogue_entry(practice.agreement_topics, "First laugh together")


def test_deactivated_entries_are_kept(practice: Practice, client: Client) -> None:
    kind = practice.milestone_kinds.by_key("first_disclosure")
    m = practice.add_milestone(Milestone(client.id or 0, kind.id or 0, D(2024, 1, 5)))
    practice.rename_catalogue_entry(practice.milestone_kinds, kind.id or 0,
                                    "First disclosure (old)")
    practice.set_catalogue_entry_active(practice.milestone_kinds, kind.id or 0, False)
    active = practice.milestone_kinds.all(include_inactive=False)
    assert kind.id not in {k.id for k in active}
    assert practice.milestone_kinds.get(kind.id or 0).label == "First disclosure (old)"
    assert practice.milestones.for_client(client.id or 0) == [m]


# ---------------------------------------------------------------- milestones
def test_milestones(practice: Practice, client: Client) -> None:
    cid = client.id or 0
    kind = practice.milestone_kinds.by_key("rupture_repair")
    late = practice.add_milestone(Milestone(cid, kind.id or 0, D(2024, 2, 1), note="repaired"))
    early = practice.add_milestone(Milestone(cid, kind.id or 0, D(2024, 1, 1),
                                             custom_label="Missed session talk"))
    assert practice.milestones.for_client(cid) == [early, late]
    changed = replace(late, note="repaired, and laughed about it")
    practice.update_milestone(changed)
    assert practice.milestones.for_client(cid)[1] == changed
    practice.delete_milestone(early)
    assert practice.milestones.for_client(cid) == [changed]
    with pytest.raises(NotFound):
        practice.update_milestone(replace(early, note="x"))


def test_milestone_rules(practice: Practice, client: Client) -> None:
    kind = practice.milestone_kinds.all()[0]
    with pytest.raises(ValidationError, match="one line") as info:
        practice.add_milestone(Milestone(client.id or 0, kind.id or 0, D(2024, 1, 1),
                                         custom_label="two\nlines"))
    assert info.value.field == "custom_label"
    with pytest.raises(NotFound):
        practice.add_milestone(Milestone(client.id or 0, 9999, D(2024, 1, 1)))
    assert practice.milestones.for_client(client.id or 0) == []


# ---------------------------------------------------------------- agreements
@pytest.fixture
def topic_id(practice: Practice) -> int:
    return practice.agreement_topics.by_key("contact_between_sessions").id or 0


@pytest.fixture
def agreement(practice: Practice, client: Client, topic_id: int) -> AgreementVersion:
    return practice.add_agreement(AgreementVersion(
        client.id or 0, topic_id, "Text only for scheduling.", D(2024, 1, 10),
        review_on=D(2024, 4, 10)))


def test_new_agreement_is_version_one(agreement: AgreementVersion) -> None:
    assert agreement.version == 1 and agreement.series_id == agreement.id
    assert agreement.acknowledged_on is None and agreement.ended_on is None


def test_revise_keeps_the_old_version(practice: Practice, agreement: AgreementVersion) -> None:
    sid = agreement.series_id or 0
    v2 = practice.revise_agreement(sid, "Text for scheduling; email for longer things.",
                                   D(2024, 2, 1), D(2024, 5, 1), " asked for email ")
    assert (v2.version, v2.series_id, v2.revision_reason) == (2, sid, "asked for email")
    assert v2.id != agreement.id and v2.topic_id == agreement.topic_id
    versions = practice.agreements.versions(sid)
    assert versions == [agreement, v2]
    assert practice.agreements.current(sid) == v2
    assert practice.agreements.get(agreement.id or 0) == agreement  # untouched


def test_revision_rules(practice: Practice, agreement: AgreementVersion) -> None:
    sid = agreement.series_id or 0
    with pytest.raises(ValidationError, match="what changed") as info:
        practice.revise_agreement(sid, "new words", D(2024, 2, 1), None, " ")
    assert info.value.field == "reason"
    with pytest.raises(ValidationError, match="before the version it replaces") as info:
        practice.revise_agreement(sid, "new words", D(2024, 1, 1), None, "why")
    assert info.value.field == "agreed_on"
    with pytest.raises(ValidationError, match="cannot be empty"):
        practice.revise_agreement(sid, "  ", D(2024, 2, 1), None, "why")
    with pytest.raises(ValidationError, match="Review date"):
        practice.revise_agreement(sid, "new", D(2024, 2, 1), D(2024, 1, 20), "why")
    with pytest.raises(NotFound):
        practice.revise_agreement(9999, "new", D(2024, 2, 1), None, "why")
    assert practice.agreements.versions(sid) == [agreement]


def test_agreement_rules_on_add(practice: Practice, client: Client, topic_id: int) -> None:
    base = AgreementVersion(client.id or 0, topic_id, "words", D(2024, 1, 10))
    cases = [
        (replace(base, wording=" "), "wording"),
        (replace(base, review_on=D(2024, 1, 9)), "review_on"),
        (replace(base, acknowledged_on=D(2024, 1, 9)), "acknowledged_on"),
    ]
    for bad, field in cases:
        with pytest.raises(ValidationError) as info:
            practice.add_agreement(bad)
        assert info.value.field == field
    with pytest.raises(NotFound):
        practice.add_agreement(replace(base, topic_id=9999))
    assert practice.agreements.for_client(client.id or 0) == []


def test_acknowledged_version_cannot_be_rewritten_or_deleted(
    practice: Practice, agreement: AgreementVersion
) -> None:
    vid = agreement.id or 0
    with pytest.raises(ValidationError, match="before the date agreed"):
        practice.acknowledge_agreement(vid, D(2024, 1, 9))
    acked = practice.acknowledge_agreement(vid, D(2024, 1, 12))
    assert acked.acknowledged_on == D(2024, 1, 12)
    with pytest.raises(RecordLocked, match="already acknowledged"):
        practice.acknowledge_agreement(vid, D(2024, 1, 13))
    with pytest.raises(RecordLocked, match="End the agreement instead"):
        practice.delete_agreement_version(practice.agreements.get(vid))
    for sql in ("UPDATE agreements SET wording = 'rewritten' WHERE id = ?",
                "UPDATE agreements SET acknowledged_on = NULL WHERE id = ?",
                "UPDATE agreements SET agreed_on = '2020-01-01' WHERE id = ?",
                "UPDATE agreements SET version = 7 WHERE id = ?"):
        with pytest.raises(RecordLocked, match="never overwritten"), \
                practice.vault.transaction():
            practice.vault.execute(sql, (vid,))
    assert practice.agreements.get(vid) == acked
    # moving the review date is allowed: it is planning, not the agreement
    assert practice.set_agreement_review(vid, D(2024, 6, 1)).review_on == D(2024, 6, 1)


def test_unacknowledged_wording_is_never_overwritten_either(
    practice: Practice, agreement: AgreementVersion
) -> None:
    with pytest.raises(RecordLocked), practice.vault.transaction():
        practice.vault.execute("UPDATE agreements SET wording = 'x' WHERE id = ?",
                               (agreement.id,))


def test_deleting_versions(practice: Practice, client: Client, topic_id: int,
                           agreement: AgreementVersion) -> None:
    sid = agreement.series_id or 0
    v2 = practice.revise_agreement(sid, "v2", D(2024, 2, 1), None, "change")
    with pytest.raises(RecordLocked, match="kept"):
        practice.delete_agreement_version(agreement)  # superseded: part of the history
    practice.delete_agreement_version(v2)  # a mistaken, unacknowledged latest version
    assert practice.agreements.versions(sid) == [agreement]
    draft = practice.add_agreement(AgreementVersion(client.id or 0, topic_id, "draft",
                                                    D(2024, 1, 1)))
    practice.delete_agreement_version(draft)
    with pytest.raises(NotFound):
        practice.agreements.get(draft.id or 0)


def test_end_agreement(practice: Practice, agreement: AgreementVersion) -> None:
    sid = agreement.series_id or 0
    with pytest.raises(ValidationError, match="why the agreement ends"):
        practice.end_agreement(sid, D(2024, 3, 1), "")
    with pytest.raises(ValidationError, match="before the date agreed"):
        practice.end_agreement(sid, D(2024, 1, 1), "x")
    ended = practice.end_agreement(sid, D(2024, 3, 1), " no longer needed ")
    assert (ended.ended_on, ended.end_reason) == (D(2024, 3, 1), "no longer needed")
    with pytest.raises(RecordLocked, match="already ended"):
        practice.end_agreement(sid, D(2024, 3, 2), "again")
    for day in (D(2024, 2, 15), D(2024, 3, 5)):
        with pytest.raises(RecordLocked, match="has ended"):
            practice.revise_agreement(sid, "new words", day, None, "restart")
    assert practice.agreements.versions(sid) == [ended]


def test_agreements_in_force(practice: Practice, client: Client, topic_id: int,
                             agreement: AgreementVersion) -> None:
    cid = client.id or 0
    sid = agreement.series_id or 0
    fees = practice.add_agreement(AgreementVersion(
        cid, practice.agreement_topics.by_key("fees").id or 0, "£60 per session", D(2024, 1, 20)))
    v2 = practice.revise_agreement(sid, "v2 words", D(2024, 2, 1), None, "change")

    def in_force(day: dt.date) -> set[int | None]:
        return {a.id for a in practice.agreements_in_force(cid, day)}

    assert in_force(D(2024, 1, 9)) == set()
    assert in_force(D(2024, 1, 10)) == {agreement.id}
    assert in_force(D(2024, 1, 31)) == {agreement.id, fees.id}
    assert in_force(D(2024, 2, 1)) == {v2.id, fees.id}
    practice.end_agreement(fees.series_id or 0, D(2024, 3, 1), "sliding scale instead")
    assert in_force(D(2024, 2, 29)) == {v2.id, fees.id}
    assert in_force(D(2024, 3, 1)) == {v2.id}
    assert {a.id for a in practice.agreements_in_force(cid)} == {v2.id}  # today
    other = practice.add_client(Client("ZZ-09", "Other"))
    assert practice.agreements_in_force(other.id or 0, D(2024, 2, 1)) == []


# ----------------------------------------------------------------- check-ins
def test_checkins(practice: Practice, client: Client) -> None:
    cid = client.id or 0
    c = practice.add_checkin(CheckIn(cid, D(2024, 1, 5), 0, 10, 5, 7, comment="felt heard"))
    assert practice.checkins.for_client(cid) == [c]
    changed = replace(c, overall=8, comment="felt heard, mostly")
    practice.update_checkin(changed)
    assert practice.checkins.for_client(cid) == [changed]
    practice.delete_checkin(c)
    assert practice.checkins.for_client(cid) == []
    with pytest.raises(NotFound):
        practice.update_checkin(changed)


@pytest.mark.parametrize("field", ["bond", "goals", "tasks", "overall"])
@pytest.mark.parametrize("value", [-1, 11, True])
def test_checkin_ranges(practice: Practice, client: Client, field: str, value: int) -> None:
    good = CheckIn(client.id or 0, D(2024, 1, 5), 5, 5, 5, 5)
    with pytest.raises(ValidationError, match="from 0 to 10") as info:
        practice.add_checkin(replace(good, **{field: value}))  # type: ignore[arg-type]
    assert info.value.field == field
    assert practice.checkins.for_client(client.id or 0) == []


def test_checkin_range_is_also_a_database_rule(practice: Practice, client: Client) -> None:
    with pytest.raises(StorageBug, match="CHECK"):
        # straight to the repository: the rules in Practice would refuse it first
        CheckInRepo(practice.vault).add(CheckIn(client.id or 0, D(2024, 1, 5), 11, 5, 5, 5))


def test_catalogue_entry_model_defaults() -> None:
    assert CatalogueEntry("k", "Label").active is True
