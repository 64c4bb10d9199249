"""A records-request package: one client's record for a period, as a PDF to
hand to the client (or, with their consent, to someone they name).

A cover page says what is included, what is withheld and why, and the period;
then every signed progress note with its addenda in date order, goals with
their ratings, agreements with every version, check-ins, measures, milestones
and reviews. Page X of Y and the record fingerprint are in every footer. The
text rules are the progress summary's (escaping, the embedded font,
right-to-left text, long text split), from the same modules.
"""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, PageBreak

from practice_notes.i18n import translate
from practice_notes.reports.layout import MARGIN, PAGE_SIZES, build_document
from practice_notes.reports.parts import day
from practice_notes.reports.pseudonym import PseudonymReview, Redactor
from practice_notes.reports.records_data import RecordsData
from practice_notes.reports.records_sections import SECTIONS, RCtx
from practice_notes.reports.styles import make_styles
from practice_notes.reports.text import esc


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=n)


def included(d: RecordsData) -> list[str]:
    """What the package holds, one line each, with counts."""
    addenda = sum(len(n.addenda) for n in d.signed_notes)
    ratings = sum(len(g.ratings) for g in d.goals)
    versions = sum(len(a.versions) for a in d.agreements)
    return [
        _count(len(d.signed_notes), translate("Records", "{n} signed progress note"),
               translate("Records", "{n} signed progress notes"))
        + " " + _count(addenda, translate("Records", "with {n} addendum (dated correction)"),
                       translate("Records", "with {n} addenda (dated corrections)")),
        _count(len(d.goals), translate("Records", "{n} goal"), translate("Records", "{n} goals"))
        + " " + _count(ratings, translate("Records", "with {n} rating"),
                       translate("Records", "with {n} ratings")),
        _count(len(d.agreements), translate("Records", "{n} agreement"),
               translate("Records", "{n} agreements"))
        + " " + _count(versions, translate("Records", "with {n} version"),
                       translate("Records", "with all {n} versions")),
        _count(len(d.checkins), translate("Records", "{n} alliance check-in"),
               translate("Records", "{n} alliance check-ins")),
        _count(len(d.measures) + len(d.custom_scores),
               translate("Records", "{n} questionnaire or other score"),
               translate("Records", "{n} questionnaires and other scores")),
        _count(len(d.milestones), translate("Records", "{n} milestone"),
               translate("Records", "{n} milestones")),
        _count(len(d.reviews), translate("Records", "{n} review session"),
               translate("Records", "{n} review sessions")),
    ]


def withheld(d: RecordsData) -> list[str]:
    """What is not in the package, by category, and why."""
    out = [
        translate("Records", "<b>Private process notes.</b> These are the therapist's own "
                             "working notes (impressions and thoughts while working), kept "
                             "apart from the record. They are not part of the clinical record "
                             "and are never included."),
        translate("Records", "<b>Notes not signed: none.</b> A note that was never signed "
                             "is a draft, not part of the record; there are none in this "
                             "period.") if not d.drafts else
        _count(len(d.drafts),
               translate("Records", "<b>Notes not signed ({n}).</b> A note that was never "
                                    "signed is a draft, not part of the record: it is listed "
                                    "by date, without its text."),
               translate("Records", "<b>Notes not signed ({n}).</b> A note that was never "
                                    "signed is a draft, not part of the record: each is "
                                    "listed by date, without its text.")),
        translate("Records", "<b>The app's technical history</b> (when the file was opened, "
                             "backed up or checked). It is about the file, not about care."),
    ]
    if not d.whole_record:
        out.append(translate("Records", "<b>Anything dated outside the period</b> above."))
    return out


def cover(c: RCtx, d: RecordsData) -> list[Flowable]:
    s = d.settings
    out: list[Flowable] = [c.p(translate("Records", "Records request"), "title")]
    out.append(c.p(translate("Records", "The clinical record of <b>{client}</b>").format(
        client=c.u(d.client_label))))
    period = translate("Records", "Period: {start} to {end}").format(
        start=day(d.period_from), end=day(d.period_to))
    if d.whole_record:
        period += " " + translate("Records", "(the whole record)")
    out.append(c.p(period))
    who = ", ".join(x for x in (s.therapist_name, s.credentials) if x.strip())
    if who or s.practice_name:
        line = esc(who) + (f" · {esc(s.practice_name)}" if s.practice_name.strip() else "")
        out.append(c.p(translate("Records", "Therapist: {line}").format(line=line)))
    if s.contact.strip():
        out += c.user(s.contact, prefix=translate("Records", "Contact: "))
    out.append(c.p(translate("Records", "Prepared on {date}").format(date=day(d.generated_on)),
                   "small"))
    out.append(c.p(translate("Records", "What is included"), "h1"))
    out += [c.p(esc(line), "body", bullet="•") for line in included(d)]
    out.append(c.p(translate("Records", "What is withheld, and why"), "h1"))
    out += [c.p(line, "body", bullet="•") for line in withheld(d)]
    if d.pseudonymise:
        out.append(c.p(translate(
            "Records", "Names are replaced by the client code {code} throughout.").format(
            code=esc(d.client_code)), "small"))
    if d.record_fingerprint:
        out.append(c.p(translate(
            "Records", "Every page carries the record fingerprint {fingerprint}: the state of "
                       "the record when this was prepared, which the therapist can check "
                       "against the record later.").format(
            fingerprint=esc(d.record_fingerprint)), "small"))
    out.append(PageBreak())
    return out


def footer(d: RecordsData, label: str) -> str:
    text = translate("Records", "Confidential: the record of {client}.").format(client=label)
    if d.record_fingerprint:
        text += " " + translate("Report", "Record {fingerprint}.").format(
            fingerprint=d.record_fingerprint)
    return text


def build_records_pdf(d: RecordsData, paper: str = "a4") -> tuple[bytes, PseudonymReview]:
    """The PDF, and what pseudonymising replaced and left (empty when not
    pseudonymised), for the therapist to look over before it is shown."""
    styles = make_styles()
    width = PAGE_SIZES[paper][0] - 2 * MARGIN
    clean = Redactor(d.names_to_hide, d.client_code)
    c = RCtx(styles, width, clean)
    story = cover(c, d)
    for section in SECTIONS:
        story += section(c, d)
    label = clean(d.client_label)
    title = translate("Records", "Records — {client}").format(client=label)
    buffer = io.BytesIO()
    build_document(buffer, story, paper, title, d.settings.therapist_name, footer(d, label),
                   d.generated_on, subject=translate("Records", "Records request"))
    return buffer.getvalue(), clean.review
