"""Closed vocabularies. Values are stored in the vault and in exports: never rename them."""

from enum import StrEnum

from practice_notes.i18n import QT_TRANSLATE_NOOP, translate


def _label(labels: dict[str, str], value: str) -> str:
    """The translated label marked in ``labels`` (context "Enum")."""
    return translate("Enum", labels[value])


class ClientStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    DISCHARGED = "discharged"

    @property
    def label(self) -> str:
        return _label({
            "active": QT_TRANSLATE_NOOP("Enum", "Active"),
            "paused": QT_TRANSLATE_NOOP("Enum", "Paused"),
            "discharged": QT_TRANSLATE_NOOP("Enum", "Discharged"),
        }, self.value)


class Attendance(StrEnum):
    ATTENDED = "attended"
    CANCELLED = "cancelled"
    LATE_CANCEL = "late_cancel"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return _label({
            "attended": QT_TRANSLATE_NOOP("Enum", "Attended"),
            "cancelled": QT_TRANSLATE_NOOP("Enum", "Cancelled"),
            "late_cancel": QT_TRANSLATE_NOOP("Enum", "Late cancellation"),
            "no_show": QT_TRANSLATE_NOOP("Enum", "Did not attend"),
        }, self.value)


class Modality(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"

    @property
    def label(self) -> str:
        return _label({
            "in_person": QT_TRANSLATE_NOOP("Enum", "In person"),
            "video": QT_TRANSLATE_NOOP("Enum", "Video"),
            "phone": QT_TRANSLATE_NOOP("Enum", "Phone"),
        }, self.value)


class NoteFormat(StrEnum):
    SOAP = "soap"
    DAP = "dap"
    BIRP = "birp"
    FREE = "free"

    @property
    def label(self) -> str:
        if self is NoteFormat.FREE:
            return translate("Enum", "Free text")
        return self.value.upper()


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    REVISED = "revised"
    PAUSED = "paused"
    DISCONTINUED = "discontinued"

    @property
    def label(self) -> str:
        return _label({
            "active": QT_TRANSLATE_NOOP("Enum", "Active"),
            "achieved": QT_TRANSLATE_NOOP("Enum", "Achieved"),
            "revised": QT_TRANSLATE_NOOP("Enum", "Revised"),
            "paused": QT_TRANSLATE_NOOP("Enum", "Paused"),
            "discontinued": QT_TRANSLATE_NOOP("Enum", "Discontinued"),
        }, self.value)


class RatingScheme(StrEnum):
    SCALE_0_10 = "scale_0_10"
    GAS = "gas"

    @property
    def label(self) -> str:
        if self is RatingScheme.SCALE_0_10:
            return translate("Enum", "0–10 scale")
        return translate("Enum", "Goal Attainment Scaling")

    @property
    def bounds(self) -> tuple[int, int]:
        return (0, 10) if self is RatingScheme.SCALE_0_10 else (-2, 2)


class Rater(StrEnum):
    CLIENT = "client"
    THERAPIST = "therapist"
    TOGETHER = "together"

    @property
    def label(self) -> str:
        return _label({
            "client": QT_TRANSLATE_NOOP("Enum", "Client"),
            "therapist": QT_TRANSLATE_NOOP("Enum", "Therapist"),
            "together": QT_TRANSLATE_NOOP("Enum", "Together"),
        }, self.value)


class StrategyKind(StrEnum):
    STRATEGY = "strategy"
    HOMEWORK = "homework"

    @property
    def label(self) -> str:
        return _label({
            "strategy": QT_TRANSLATE_NOOP("Enum", "Strategy"),
            "homework": QT_TRANSLATE_NOOP("Enum", "Homework"),
        }, self.value)


class OutcomeRating(StrEnum):
    NOT_YET = "not_yet"
    HELPED = "helped"
    PARTLY = "partly"
    DID_NOT_HELP = "did_not_help"

    @property
    def label(self) -> str:
        return _label({
            "not_yet": QT_TRANSLATE_NOOP("Enum", "Not tried yet"),
            "helped": QT_TRANSLATE_NOOP("Enum", "Helped"),
            "partly": QT_TRANSLATE_NOOP("Enum", "Helped a little"),
            "did_not_help": QT_TRANSLATE_NOOP("Enum", "Did not help"),
        }, self.value)


class Instrument(StrEnum):
    PHQ9 = "PHQ-9"
    GAD7 = "GAD-7"
