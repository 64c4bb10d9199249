"""The version chain of boundary agreements, through the services — the cases
the agreements panel relies on that test_repos_relationship.py does not already
cover (that file has: revise keeps the old row, revision rules, acknowledged
rows immutable by trigger, deleting versions, ending, in force by date).
Plus adding catalogue entries after a rename."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from practice_notes.domain.models import AgreementVersion, Client
from practice_notes.services.practice import Practice
from practice_notes.vault.errors import Conflict, RecordLocked

D = dt.date


def _topic(practice: Practice, key: str) -> int:
    return practice.agreement_topics.by_key(key).id or 0


@pytest.fixture
def fees(practice: Practice, client: Client) -> AgreementVersion:
    return practice.add_agreement(AgreementVersion(
        client.id or 0, _topic(practice, "fees"), "£60 per session", D(2024, 1, 10),
        acknowledged_on=D(2024, 1, 10)))


def test_a_revision_may_be_dated_the_same_day(practice: Practice,
                                              fees: AgreementVersion) -> None:
    v2 = practice.revise_agreement(fees.series_id or 0, "£60, or £40 for students",
                                   D(2024, 1, 10), None, "Added a student rate")
    assert (v2.version, v2.agreed_on) == (2, D(2024, 1, 10))
    in_force = practice.agreements_in_force(fees.client_id, D(2024, 1, 10))
    assert [a.id for a in in_force] == [v2.id]  # the later version wins on the day


def test_acknowledgement_belongs_to_one_version(practice: Practice,
                                                fees: AgreementVersion) -> None:
    sid = fees.series_id or 0
    v2 = practice.revise_agreement(sid, "£65 per session", D(2024, 4, 1), D(2024, 10, 1),
                                   "Yearly rise")
    assert v2.acknowledged_on is None  # the client has not seen the new wording yet
    acked = practice.acknowledge_agreement(v2.id or 0, D(2024, 4, 8))
    assert acked.acknowledged_on == D(2024, 4, 8)
    assert practice.agreements.get(fees.id or 0) == fees  # v1 keeps its own date
    # a revision can carry its acknowledgement when signed on the spot
    v3 = practice.revise_agreement(sid, "£70 per session", D(2025, 4, 1), None, "Rise",
                                   acknowledged_on=D(2025, 4, 1))
    assert v3.acknowledged_on == D(2025, 4, 1)
    with pytest.raises(RecordLocked):
        practice.delete_agreement_version(v3)


def test_a_deleted_latest_version_frees_its_number(practice: Practice,
                                                   fees: AgreementVersion) -> None:
    sid = fees.series_id or 0
    wrong = practice.revise_agreement(sid, "£6 per session", D(2024, 2, 1), None, "Typo")
    practice.delete_agreement_version(wrong)
    right = practice.revise_agreement(sid, "£65 per session", D(2024, 2, 1), None, "Rise")
    assert [v.version for v in practice.agreements.versions(sid)] == [1, 2]
    assert practice.agreements.current(sid) == right


def test_agreements_on_one_topic_keep_separate_chains(
    practice: Practice, client: Client, fees: AgreementVersion
) -> None:
    second = practice.add_agreement(AgreementVersion(
        client.id or 0, fees.topic_id, "Missed sessions are charged in full", D(2024, 2, 1)))
    assert second.series_id == second.id != fees.series_id
    practice.revise_agreement(second.series_id or 0, "Missed sessions: half the fee",
                              D(2024, 3, 1), None, "Softened")
    assert practice.agreements.versions(fees.series_id or 0) == [fees]
    assert [v.version for v in practice.agreements.versions(second.series_id or 0)] == [1, 2]
    # ending one leaves the other in force
    practice.end_agreement(second.series_id or 0, D(2024, 5, 1), "Not needed")
    assert [a.id for a in practice.agreements_in_force(client.id or 0, D(2024, 6, 1))] == [
        fees.id]


def test_a_future_revision_waits_for_its_date(practice: Practice,
                                              fees: AgreementVersion) -> None:
    sid = fees.series_id or 0
    v2 = practice.revise_agreement(sid, "£65 from April", D(2024, 4, 1), None, "Announced")
    cid = fees.client_id
    assert [a.id for a in practice.agreements_in_force(cid, D(2024, 3, 31))] == [fees.id]
    assert [a.id for a in practice.agreements_in_force(cid, D(2024, 4, 1))] == [v2.id]
    assert practice.agreements.current(sid) == v2  # the chain's head, whatever the date


def test_review_date_moves_without_a_new_version(practice: Practice,
                                                 fees: AgreementVersion) -> None:
    moved = practice.set_agreement_review(fees.id or 0, D(2024, 7, 1))
    assert moved == replace(fees, review_on=D(2024, 7, 1))
    cleared = practice.set_agreement_review(fees.id or 0, None)
    assert cleared.review_on is None
    assert len(practice.agreements.versions(fees.series_id or 0)) == 1


def test_adding_an_entry_after_a_rename_gets_a_fresh_key(practice: Practice) -> None:
    walks = practice.add_catalogue_entry(practice.milestone_kinds, "Walks")
    practice.rename_catalogue_entry(practice.milestone_kinds, walks.id or 0, "Long walks")
    again = practice.add_catalogue_entry(practice.milestone_kinds, "Walks")
    assert again.key != walks.key and again.label == "Walks"
    assert practice.milestone_kinds.get(walks.id or 0).label == "Long walks"
    # but a name already in the catalogue, in any case, is refused
    with pytest.raises(Conflict, match="already an entry called “Fees”"):
        practice.add_catalogue_entry(practice.agreement_topics, "fees")
