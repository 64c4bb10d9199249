"""Code systems, codes and mappings of the FHIR export (``fhir_resources``)."""

from __future__ import annotations

from practice_notes.domain.enums import Attendance, GoalStatus, Instrument, Modality

LOINC = "http://loinc.org"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013"
UCUM = "http://unitsofmeasure.org"
#: The system of the client code (the identifier a pseudonymised Patient keeps).
CLIENT_CODE_SYSTEM = "urn:practice-notes:client-code"
#: How the client attended, kept beside the Encounter status (R4 has no "no-show").
ATTENDANCE_EXTENSION = "urn:practice-notes:fhir:attendance"

#: LOINC: the panel, the total score and the items of each questionnaire.
PANELS: dict[Instrument, tuple[str, str]] = {
    Instrument.PHQ9: ("44249-1", "PHQ-9 quick depression assessment panel"),
    Instrument.GAD7: ("69737-5", "Generalized anxiety disorder 7 item (GAD-7)"),
}
TOTALS: dict[Instrument, tuple[str, str]] = {
    Instrument.PHQ9: ("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score"),
    Instrument.GAD7: ("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score"),
}
ITEMS: dict[Instrument, tuple[str, ...]] = {
    Instrument.PHQ9: ("44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2",
                      "44252-5", "44253-3", "44260-8"),
    Instrument.GAD7: ("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8",
                      "69736-7"),
}

ENCOUNTER_STATUS = {
    Attendance.ATTENDED: "finished",
    Attendance.CANCELLED: "cancelled",
    Attendance.LATE_CANCEL: "cancelled",
    Attendance.NO_SHOW: "cancelled",
}
ENCOUNTER_CLASS = {
    Modality.IN_PERSON: ("AMB", "ambulatory"),
    Modality.VIDEO: ("VR", "virtual"),
    Modality.PHONE: ("VR", "virtual"),
}
GOAL_LIFECYCLE = {
    GoalStatus.ACTIVE: "active",
    GoalStatus.ACHIEVED: "completed",
    GoalStatus.REVISED: "cancelled",
    GoalStatus.PAUSED: "on-hold",
    GoalStatus.DISCONTINUED: "cancelled",
}
