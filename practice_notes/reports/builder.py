"""Build a progress summary PDF from gathered data."""

from __future__ import annotations

import io
from typing import BinaryIO

from reportlab.platypus import Flowable

from practice_notes.reports.data import ReportData
from practice_notes.reports.layout import MARGIN, PAGE_SIZES, build_document
from practice_notes.reports.options import SECTIONS, ReportOptions
from practice_notes.reports.sections import BUILDERS, Ctx, header
from practice_notes.reports.styles import make_styles
from practice_notes.reports.text import Redactor


def build_pdf(data: ReportData, options: ReportOptions, out: BinaryIO) -> None:
    styles = make_styles()
    width = PAGE_SIZES[options.paper][0] - 2 * MARGIN
    clean = Redactor(data.names_to_hide, data.client_code)
    ctx = Ctx(data, options, styles, width, clean)
    story: list[Flowable] = header(ctx)
    for key in SECTIONS:
        if key in options.sections:
            story += BUILDERS[key](ctx)
    label = clean(data.client_label)
    title = f"Progress summary — {label}"
    footer = f"Confidential: prepared for {label} and their therapist."
    build_document(out, story, options.paper, title, data.settings.therapist_name, footer)


def build_pdf_bytes(data: ReportData, options: ReportOptions) -> bytes:
    buffer = io.BytesIO()
    build_pdf(data, options, buffer)
    return buffer.getvalue()
