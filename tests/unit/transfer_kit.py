"""A complete practice for the export/import tests, built through the services.

Every kind of record is there (a signed session with addenda, a revised and an
ended agreement, a GAS goal, PHQ-9 and GAD-7, drafts, custom and deactivated
catalogue entries) with non-ASCII text, so a round trip that loses or changes
anything shows up.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from practice_notes.domain.enums import (
    Attendance,
    ClientStatus,
    GoalStatus,
    Instrument,
    Modality,
    NoteFormat,
    OutcomeRating,
    Rater,
    RatingScheme,
    StrategyKind,
)
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    Client,
    CustomScore,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    PracticeSettings,
    Review,
    Session,
    Strategy,
)
from practice_notes.services.practice import Practice
from practice_notes.services.unlock import create_practice

PASSPHRASE = "correct horse battery staple"
DAY = dt.date(2024, 3, 4)
AT = dt.datetime(2024, 3, 4, 10, 0)
GAS_LEVELS = ("avoids every call", "answers some", "answers most", "answers all", "calls too")


# --------------------------------------------------------------------------
# A complete practice, built through the services


def build_practice(p: Practice) -> dict[str, int]:
    """Every kind of record, with non-ASCII text. Returns some ids for the tests."""
    p.save_settings(PracticeSettings(
        therapist_name="Siân Ó Súilleabháin", practice_name="Praxis Müller-Łęcka",
        credentials="MSc, UKCP", contact="siân@example.org", auto_lock_minutes=15,
        paper_size="letter",
    ))
    custom_kind = p.add_catalogue_entry(p.milestone_kinds, "Fête partagée 🎉")
    gifts = p.agreement_topics.by_key("gifts")
    p.rename_catalogue_entry(p.agreement_topics, gifts.id or 0, "Gifts (old)")
    p.set_catalogue_entry_active(p.agreement_topics, gifts.id or 0, False)

    zoe = p.add_client(Client(
        "ZA-01", "Zoë Ångström-Núñez", preferred_name="Zo", pronouns="they/them",
        start_date=DAY, considerations="Prefers mornings.\n日本語で話すことがある。",
        next_review_on=DAY + dt.timedelta(days=60),
        other_names=("Zozo", "Ångström", "ゾーイ", "Зоя Ö."),
    ))
    other = p.add_client(Client("KO-02", "Kwame Osei", status=ClientStatus.ACTIVE))
    zid, oid = zoe.id or 0, other.id or 0
    p.set_client_status(oid, ClientStatus.DISCHARGED)

    sleep = p.add_goal(Goal(zid, "Ich möchte durchschlafen", why_it_matters="energy for kids",
                            agreed_on=DAY, target_on=DAY + dt.timedelta(days=90), weight=2.5))
    phone = p.add_goal(Goal(zid, "Pick up the phone", agreed_on=DAY, scheme=RatingScheme.GAS,
                            gas_levels=GAS_LEVELS))
    sleep_id, phone_id = sleep.id or 0, phone.id or 0
    p.set_goal_status(sleep_id, GoalStatus.REVISED, DAY + dt.timedelta(days=30),
                      "split into two steps")

    signed = p.save_session(Session(
        zid, AT, note_fields={"subjective": "« ça va » — slept 5h", "plan": "sleep diary"},
        process_notes="private: countertransference ✓", homework_reviewed="diary, partly",
        goal_ids=(sleep_id, phone_id),
    ))
    sid = signed.id or 0
    p.sign_session(sid, at=AT + dt.timedelta(hours=2))
    p.add_addendum(sid, "Correction: slept 6h, not 5h.", at=AT + dt.timedelta(days=1))
    p.add_addendum(sid, "Second addendum — ✍", at=AT + dt.timedelta(days=2))
    unsigned = p.save_session(Session(
        zid, AT + dt.timedelta(days=7), duration_minutes=30, modality=Modality.VIDEO,
        note_format=NoteFormat.DAP, note_fields={"data": "video call", "assessment": "",
                                                 "plan": ""},
        process_notes="draft thoughts", goal_ids=(phone_id,),
    ))
    p.save_session(Session(zid, AT + dt.timedelta(days=14), attendance=Attendance.LATE_CANCEL,
                           note_format=NoteFormat.FREE, note_fields={"note": "cancelled late"}))
    p.save_session(Session(oid, AT, note_format=NoteFormat.BIRP,
                           note_fields={"behavior": "quiet"}))

    p.rate_goal(GoalRating(sleep_id, DAY, 4, Rater.CLIENT, "better", session_id=sid))
    p.rate_goal(GoalRating(sleep_id, DAY + dt.timedelta(days=7), 6))
    p.rate_goal(GoalRating(phone_id, DAY, -1, Rater.THERAPIST, session_id=unsigned.id))
    p.add_strategy(Strategy(sleep_id, "Wind-down routine", StrategyKind.HOMEWORK, DAY,
                            OutcomeRating.PARTLY, "on weekdays"))
    p.add_strategy(Strategy(phone_id, "Rehearse the first sentence"))

    p.add_milestone(Milestone(zid, p.milestone_kinds.by_key("first_disclosure").id or 0, DAY,
                              note="talked about the accident", session_id=sid))
    p.add_milestone(Milestone(zid, custom_kind.id or 0, DAY + dt.timedelta(days=3),
                              custom_label="Brought a cake"))

    conf = p.add_agreement(AgreementVersion(
        zid, p.agreement_topics.by_key("confidentiality").id or 0,
        "Everything stays here, except risk to life.", DAY, acknowledged_on=DAY,
        review_on=DAY + dt.timedelta(days=180),
    ))
    p.revise_agreement(conf.series_id or 0, "Everything stays here, except risk to life "
                       "and court orders.", DAY + dt.timedelta(days=10), None, "added court orders")
    contact = p.add_agreement(AgreementVersion(
        zid, p.agreement_topics.by_key("contact_between_sessions").id or 0,
        "Texts for scheduling only.", DAY,
    ))
    p.end_agreement(contact.series_id or 0, DAY + dt.timedelta(days=20), "moved to e-mail")
    p.add_agreement(AgreementVersion(oid, gifts.id or 0, "No gifts over £10.", DAY))

    p.add_checkin(CheckIn(zid, DAY, 7, 6, 5, 6, "feels heard", session_id=sid))
    p.add_checkin(CheckIn(zid, DAY + dt.timedelta(days=7), 8, 7, 7, 8))
    p.add_measure(MeasureResult(zid, Instrument.PHQ9, DAY, (1, 2, 1, 2, 0, 1, 1, 0, 1),
                                session_id=sid, note="item 9 discussed"))
    p.add_measure(MeasureResult(zid, Instrument.GAD7, DAY, (2, 2, 1, 1, 0, 1, 2)))
    p.add_custom_score(CustomScore(zid, "ORS", DAY, 27.5, session_id=sid))
    p.add_custom_score(CustomScore(zid, "ORS", DAY + dt.timedelta(days=7), 31.0))
    p.add_review(Review(zid, DAY + dt.timedelta(days=30), DAY, DAY + dt.timedelta(days=29),
                        options={"pseudonymise": False, "sections": ["goals", "measures"]},
                        narrative="Good progress — «sehr gut».", next_steps="keep the diary",
                        client_reflection="I sleep more."))

    p.put_draft(f"session:{unsigned.id}", json.dumps({"note": "half-written ✎"}),
                 at=AT + dt.timedelta(days=7, minutes=5))
    p.put_draft("client:new", "Ngọc", at=AT)
    return {"zoe": zid, "other": oid, "signed": sid, "unsigned": unsigned.id or 0,
            "conf_series": conf.series_id or 0}


def table_counts(p: Practice) -> dict[str, int]:
    """Rows in every table of the vault (catalogues, settings and audit log included)."""
    names = [r[0] for r in p.vault.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%'"
    )]
    return {n: int(p.vault.query_one(f'SELECT count(*) FROM "{n}"')[0]) for n in names}


def new_practice(path: Path) -> Practice:
    return create_practice(path, PASSPHRASE)
