"""How long records are kept: the retention rule and when a client's records
may be destroyed. Standard library only.

The rule has two parts (``PracticeSettings``):

* ``retention_years_after_discharge`` (default 7): records are kept at least
  this many years after the client's last discharge;
* ``retention_years_after_majority`` (0 = off): when on, records are also
  kept at least this many years after the client turns 18.

Records may be destroyed on the *later* of the two dates. Only discharged
clients are ever eligible (an active or paused client's records are in use);
a discharged client without a discharge date is never listed. With the
majority rule on and no date of birth recorded, only the discharge part can
be applied: the client is listed with that caveat (``Eligibility.birth_unknown``)
so the therapist can check the age before destroying anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from practice_notes.domain.enums import ClientStatus
from practice_notes.domain.models import Client, PracticeSettings
from practice_notes.i18n import translate

MAJORITY_AGE = 18


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years; 29 February becomes 1 March in a common
    year (the later of the two candidates: retention never ends too soon)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return dt.date(day.year + years, 3, 1)


@dataclass(frozen=True)
class Eligibility:
    """When a client's records may be destroyed under the rule, and why."""

    client: Client
    #: the first day on which the records may be destroyed
    eligible_on: dt.date
    #: the day the discharge part ends, and the majority part (None: off or unknown)
    after_discharge: dt.date
    after_majority: dt.date | None
    #: the majority rule is on but the date of birth is not recorded
    birth_unknown: bool = False

    def is_due(self, today: dt.date) -> bool:
        return self.eligible_on <= today


def eligibility(client: Client, settings: PracticeSettings) -> Eligibility | None:
    """None for a client who is not discharged or has no discharge date."""
    if client.status is not ClientStatus.DISCHARGED or client.discharged_on is None:
        return None
    after_discharge = add_years(client.discharged_on, settings.retention_years_after_discharge)
    after_majority: dt.date | None = None
    unknown = False
    if settings.retention_years_after_majority > 0:
        if client.born_on is None:
            unknown = True
        else:
            after_majority = add_years(
                client.born_on, MAJORITY_AGE + settings.retention_years_after_majority)
    eligible = max(after_discharge, after_majority or after_discharge)
    return Eligibility(client, eligible, after_discharge, after_majority, unknown)


def past_retention(clients: list[Client], settings: PracticeSettings,
                   today: dt.date) -> list[Eligibility]:
    """The clients whose records may be destroyed on ``today``, longest past first."""
    due = [e for c in clients if (e := eligibility(c, settings)) is not None and e.is_due(today)]
    return sorted(due, key=lambda e: (e.eligible_on, e.client.code))


def _years(n: int) -> str:
    return (translate("Retention", "1 year") if n == 1
            else translate("Retention", "{n} years").format(n=n))


def rule_in_words(settings: PracticeSettings) -> str:
    """The rule as one sentence, for Settings, the list and the CLI."""
    discharge = _years(settings.retention_years_after_discharge)
    if settings.retention_years_after_majority <= 0:
        return translate("Retention", "Records may be destroyed {years} after discharge.").format(
            years=discharge)
    return translate(
        "Retention",
        "Records may be destroyed {years} after discharge, or {majority} after the client "
        "turns {age}, whichever is later.",
    ).format(years=discharge, majority=_years(settings.retention_years_after_majority),
             age=MAJORITY_AGE)
