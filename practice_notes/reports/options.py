"""What the therapist chose for a progress summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from practice_notes.domain.errors import ValidationError
from practice_notes.i18n import QT_TRANSLATE_NOOP, translate

#: Section keys in the order they print (REPORT-GUIDE.md), with their labels.
SECTIONS: dict[str, str] = {
    "summary": QT_TRANSLATE_NOOP("Report", "Summary in our words"),
    "goals": QT_TRANSLATE_NOOP("Report", "Goals"),
    "tried": QT_TRANSLATE_NOOP("Report", "What we tried"),
    "symptoms": QT_TRANSLATE_NOOP("Report", "Symptom change"),
    "relationship": QT_TRANSLATE_NOOP("Report", "Our working relationship"),
    "agreements": QT_TRANSLATE_NOOP("Report", "Agreements"),
    "attendance": QT_TRANSLATE_NOOP("Report", "Attendance"),
    "sessions": QT_TRANSLATE_NOOP("Report", "Session summaries"),
    "next_steps": QT_TRANSLATE_NOOP("Report", "Next steps, comments and signatures"),
}
DEFAULT_SECTIONS = frozenset(SECTIONS) - {"sessions"}
PAPER_SIZES = ("a4", "letter")


@dataclass(frozen=True)
class ReportOptions:
    client_id: int
    period_from: dt.date
    period_to: dt.date
    sections: frozenset[str] = field(default_factory=lambda: DEFAULT_SECTIONS)
    pseudonymise: bool = False
    paper: str = "a4"
    narrative: str = ""
    next_steps: str = ""
    #: The date printed as "generated"; fixed in tests for deterministic output.
    generated_on: dt.date | None = None

    def check(self) -> None:
        if self.period_to < self.period_from:
            raise ValidationError(translate("Report", "The period ends before it starts"),
                                  field="period_to")
        unknown = sorted(self.sections - set(SECTIONS))
        if unknown:
            raise ValidationError(
                translate("Report", "Unknown report section {section!r}").format(
                    section=unknown[0]), field="sections")
        if not self.sections:
            raise ValidationError(translate("Report", "Choose at least one section"),
                                  field="sections")
        if self.paper not in PAPER_SIZES:
            raise ValidationError(translate("Report", "Paper size must be a4 or letter"),
                                  field="paper")

    def as_record(self) -> dict[str, object]:
        """The options as kept with the review record and the audit log (no content)."""
        return {
            "sections": sorted(self.sections),
            "pseudonymise": self.pseudonymise,
            "paper": self.paper,
            "period_from": self.period_from.isoformat(),
            "period_to": self.period_to.isoformat(),
        }
