"""Progress-note formats and their labelled fields."""

from __future__ import annotations

from dataclasses import dataclass

from practice_notes.domain.enums import NoteFormat
from practice_notes.domain.errors import ValidationError
from practice_notes.i18n import translate


@dataclass(frozen=True)
class NoteField:
    key: str
    label: str
    hint: str


NOTE_TEMPLATES: dict[NoteFormat, tuple[NoteField, ...]] = {
    NoteFormat.SOAP: (
        NoteField("subjective", "Subjective", "What the client said: their words, concerns, mood."),
        NoteField("objective", "Objective", "What was observed: presentation, behaviour."),
        NoteField("assessment", "Assessment", "Your clinical understanding of progress."),
        NoteField("plan", "Plan", "Next steps, homework, next session."),
    ),
    NoteFormat.DAP: (
        NoteField("data", "Data", "What was said and observed in the session."),
        NoteField("assessment", "Assessment", "Your understanding of progress and needs."),
        NoteField("plan", "Plan", "Next steps, homework, next session."),
    ),
    NoteFormat.BIRP: (
        NoteField("behavior", "Behaviour", "The client's presentation and concerns."),
        NoteField("intervention", "Intervention", "What you did in the session."),
        NoteField("response", "Response", "How the client responded."),
        NoteField("plan", "Plan", "Next steps, homework, next session."),
    ),
    NoteFormat.FREE: (NoteField("note", "Note", "The session in your own words."),),
}


def template(note_format: NoteFormat) -> tuple[NoteField, ...]:
    return NOTE_TEMPLATES[note_format]


def normalise_fields(note_format: NoteFormat, fields: dict[str, str]) -> dict[str, str]:
    """Return the note's fields in template order, refusing keys the format lacks."""
    keys = [f.key for f in NOTE_TEMPLATES[note_format]]
    unknown = sorted(set(fields) - set(keys))
    if unknown:
        raise ValidationError(
            translate("Rules", "{label} notes have no field {value!r}").format(
                label=note_format.label, value=unknown[0]), field="note_fields"
        )
    return {k: str(fields.get(k, "")) for k in keys}


def note_text(note_format: NoteFormat, fields: dict[str, str]) -> str:
    """The note as plain text with its headings, for display and search."""
    parts = []
    for f in NOTE_TEMPLATES[note_format]:
        body = fields.get(f.key, "").strip()
        if body:
            parts.append(body if note_format is NoteFormat.FREE else f"{f.label}: {body}")
    return "\n\n".join(parts)
