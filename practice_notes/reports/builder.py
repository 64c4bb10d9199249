"""Build a progress summary PDF from gathered data."""

from __future__ import annotations

import io
from typing import BinaryIO

from reportlab.platypus import Flowable

from practice_notes.i18n import translate
from practice_notes.reports import wording
from practice_notes.reports.context import Ctx
from practice_notes.reports.data import ReportData
from practice_notes.reports.layout import MARGIN, PAGE_SIZES, build_document
from practice_notes.reports.options import SECTIONS, ReportOptions
from practice_notes.reports.pseudonym import PseudonymReview, Redactor
from practice_notes.reports.sections import BUILDERS, header
from practice_notes.reports.styles import make_styles


def build_pdf(data: ReportData, options: ReportOptions, out: BinaryIO) -> PseudonymReview:
    styles = make_styles()
    width = PAGE_SIZES[options.paper][0] - 2 * MARGIN
    clean = Redactor(data.names_to_hide, data.client_code)
    ctx = Ctx(data, options, styles, width, clean)
    story: list[Flowable] = header(ctx)
    for key in SECTIONS:
        if key in options.sections:
            story += BUILDERS[key](ctx)
    label = clean(data.client_label)
    title = translate("Report", "Progress summary — {client}").format(client=label)
    footer = wording.footer(label, data.pronouns, data.settings.therapist_name,
                            options.pseudonymise) + (
        " " + translate("Report", "Record {fingerprint}.").format(
            fingerprint=data.record_fingerprint) if data.record_fingerprint else "")
    build_document(out, story, options.paper, title, data.settings.therapist_name, footer,
                   data.generated_on)
    return clean.review


def build(data: ReportData, options: ReportOptions) -> tuple[bytes, PseudonymReview]:
    """The PDF, and what pseudonymising replaced and left (empty when not
    pseudonymised)."""
    buffer = io.BytesIO()
    review = build_pdf(data, options, buffer)
    return buffer.getvalue(), review


def build_pdf_bytes(data: ReportData, options: ReportOptions) -> bytes:
    return build(data, options)[0]
