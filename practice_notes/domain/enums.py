"""Closed vocabularies. Values are stored in the vault and in exports: never rename them."""

from enum import StrEnum


class ClientStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    DISCHARGED = "discharged"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Attendance(StrEnum):
    ATTENDED = "attended"
    CANCELLED = "cancelled"
    LATE_CANCEL = "late_cancel"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return {
            "attended": "Attended",
            "cancelled": "Cancelled",
            "late_cancel": "Late cancellation",
            "no_show": "Did not attend",
        }[self.value]


class Modality(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"

    @property
    def label(self) -> str:
        return {"in_person": "In person", "video": "Video", "phone": "Phone"}[self.value]


class NoteFormat(StrEnum):
    SOAP = "soap"
    DAP = "dap"
    BIRP = "birp"
    FREE = "free"

    @property
    def label(self) -> str:
        return "Free text" if self is NoteFormat.FREE else self.value.upper()


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    REVISED = "revised"
    PAUSED = "paused"
    DISCONTINUED = "discontinued"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class RatingScheme(StrEnum):
    SCALE_0_10 = "scale_0_10"
    GAS = "gas"

    @property
    def label(self) -> str:
        return "0–10 scale" if self is RatingScheme.SCALE_0_10 else "Goal Attainment Scaling"

    @property
    def bounds(self) -> tuple[int, int]:
        return (0, 10) if self is RatingScheme.SCALE_0_10 else (-2, 2)


class Rater(StrEnum):
    CLIENT = "client"
    THERAPIST = "therapist"
    TOGETHER = "together"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class StrategyKind(StrEnum):
    STRATEGY = "strategy"
    HOMEWORK = "homework"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class OutcomeRating(StrEnum):
    NOT_YET = "not_yet"
    HELPED = "helped"
    PARTLY = "partly"
    DID_NOT_HELP = "did_not_help"

    @property
    def label(self) -> str:
        return {
            "not_yet": "Not tried yet",
            "helped": "Helped",
            "partly": "Helped a little",
            "did_not_help": "Did not help",
        }[self.value]


class Instrument(StrEnum):
    PHQ9 = "PHQ-9"
    GAD7 = "GAD-7"
