"""What the Overview shows about symptoms, gathered without Qt on a real vault:
latest PHQ-9 / GAD-7 with band and change since the first score, and the item-9
answers above 0 whose follow-up is not noted yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from practice_notes.domain.enums import Instrument
from practice_notes.domain.measures import ChangeLabel, item9_open
from practice_notes.domain.models import Client, MeasureResult
from practice_notes.services import Practice
from practice_notes.services.overview import client_overview, client_symptoms

PHQ, GAD = Instrument.PHQ9, Instrument.GAD7
DAY = dt.date(2026, 3, 2)


def add(practice: Practice, client: Client, instrument: Instrument, days: int,
        items: tuple[int, ...], note: str = "") -> MeasureResult:
    return practice.add_measure(MeasureResult(client.id or 0, instrument,
                                              DAY + dt.timedelta(days=days), items, note=note))


def test_item9_open_needs_an_answer_above_0_and_no_note() -> None:
    flagged = (0,) * 8 + (1,)
    assert item9_open(PHQ, flagged, "")
    assert item9_open(PHQ, flagged, "  \n ")
    assert not item9_open(PHQ, flagged, "Discussed; safety plan reviewed")
    assert not item9_open(PHQ, (1,) * 8 + (0,), "")
    assert not item9_open(GAD, (3,) * 7, "")


def test_no_measures_no_lines(practice: Practice, client: Client) -> None:
    symptoms = client_symptoms(practice, client.id or 0)
    assert symptoms.lines == () and symptoms.summary is None and symptoms.item9_open == ()


def test_latest_band_and_change_since_the_first(practice: Practice, client: Client) -> None:
    # added out of date order: the first is the earliest, the latest the newest
    add(practice, client, PHQ, 28, (1,) * 8 + (0,))        # 8
    add(practice, client, PHQ, 0, (3, 3, 2, 2, 2, 2, 2, 2, 0))  # 18
    add(practice, client, PHQ, 14, (2, 2, 1, 1, 1, 1, 1, 1, 1))  # 11
    add(practice, client, GAD, 14, (3, 3, 3, 2, 2, 1, 1))  # 15
    symptoms = client_symptoms(practice, client.id or 0)
    phq, gad = symptoms.lines
    assert (phq.title, phq.first.total, phq.latest.total, phq.band) == ("PHQ-9", 18, 8, "mild")
    assert [m.total for m in phq.scores] == [18, 11, 8]
    assert phq.change == -10
    assert (gad.title, gad.latest.total, gad.band, gad.change) == ("GAD-7", 15, "severe", None)
    assert symptoms.summary is not None
    # reliable improvement on PHQ-9, but the lone GAD-7 of 15 rules out recovery
    assert symptoms.summary.labels == (ChangeLabel.RELIABLE_IMPROVEMENT,)
    # the item-9 answer of the PHQ-9 of 11 is open, with nothing noted
    assert [m.total for m in symptoms.item9_open] == [11]


def test_a_noted_follow_up_closes_the_item9_answer(practice: Practice,
                                                   client: Client) -> None:
    early = add(practice, client, PHQ, 0, (1,) * 9)
    late = add(practice, client, PHQ, 7, (0,) * 8 + (2,))
    assert client_symptoms(practice, client.id or 0).item9_open == (early, late)
    practice.replace_measure(early, replace(early, note="Discussed; no intent; plan reviewed"))
    assert [m.id for m in client_symptoms(practice, client.id or 0).item9_open] == [late.id]
    # the Overview carries the same
    overview = client_overview(practice, client.id or 0, DAY + dt.timedelta(days=10))
    assert [m.id for m in overview.symptoms.item9_open] == [late.id]
