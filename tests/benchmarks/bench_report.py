"""Progress-summary benchmark: one client's report against a plain reportlab
document of the same number of pages, built in the same run.

    python tests/benchmarks/bench_report.py [--sessions 50 250] [--repeat 3]
                                            [--seed 7] [--json out.json]

For each session count it builds a one-client demo practice (``build_demo``,
weekly sessions, real SQLCipher in a temporary folder), then times

* the report: ``make_report(record=False)`` over the client's whole history
  with every section on, session summaries included (what the app does: read
  the vault, lay out, write the PDF);
* the same split into gathering (``services.report_data.gather``) and building
  (``reports.builder.build_pdf_bytes``), for information;
* a plain reportlab document (``SimpleDocTemplate``, headings, paragraphs and
  ruled tables in the same embedded DejaVu Sans, no charts) calibrated to the
  same number of pages; and the same with the built-in Helvetica (information
  only: no font to embed, so it is cheaper still).

Timings are medians of ``--repeat`` runs, interleaved (the ratio of the best
runs is printed too, for information: it is steadier on a busy machine).
Target: report <= 1.5 x the plain DejaVu document (medians). Prints a table,
PASS/FAIL per target and the figures as JSON; exits 1 if a target fails. Not
collected by pytest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

import reportlab  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from practice_notes.demo.build import build_demo  # noqa: E402
from practice_notes.reports.builder import build_pdf_bytes  # noqa: E402
from practice_notes.reports.fonts import BOLD, REGULAR, register  # noqa: E402
from practice_notes.reports.options import SECTIONS, ReportOptions  # noqa: E402
from practice_notes.services.report_data import gather  # noqa: E402
from practice_notes.services.reporting import make_report  # noqa: E402
from practice_notes.services.unlock import create_practice  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
TODAY = dt.date(2025, 3, 14)
TARGET_RATIO = 1.5
SENTENCE = ("We looked at what happened this week and what helped with sleep and work. "
            "The plan is to keep the morning routine and try one small step each day. ")


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000.0, result


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# ------------------------------------------------------------ plain document
def plain_story(blocks: int, regular: str, bold: str) -> list[Flowable]:
    """Headings, paragraphs and small ruled tables: a text-heavy document like
    the report's session summaries, without charts."""
    body = ParagraphStyle("b", fontName=regular, fontSize=12, leading=17, spaceAfter=6)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=13, leading=18,
                          spaceBefore=8, keepWithNext=1)
    cell = ParagraphStyle("c", parent=body, fontSize=11, leading=14, spaceAfter=0)
    story: list[Flowable] = []
    for n in range(blocks):
        story.append(Paragraph(f"Block {n + 1}: session on day {n % 28 + 1}", head))
        for k in range(3):
            story.append(Paragraph(SENTENCE * (2 + (n + k) % 3), body))
        rows = [[Paragraph(t, cell) for t in ("Date", "Score", "Range")]]
        rows += [[Paragraph(f"{d + 1} Mar 2025", cell), Paragraph(str(d * 3), cell),
                  Paragraph("mild", cell)] for d in range(4)]
        t = Table(rows, colWidths=[150, 100, 200], repeatRows=1, hAlign="LEFT")
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), regular),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    return story


def build_plain(blocks: int, regular: str, bold: str) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=26 * mm, title="Plain", invariant=1,
                            initialFontName=regular)
    doc.build(plain_story(blocks, regular, bold))
    return out.getvalue()


def calibrate(pages: int, regular: str, bold: str) -> int:
    """How many blocks make a plain document of exactly ``pages`` pages."""
    per_page = 10 / max(1, pages_of(build_plain(10, regular, bold)))
    blocks = max(1, round(pages * per_page))
    for _ in range(40):
        got = pages_of(build_plain(blocks, regular, bold))
        if got == pages:
            return blocks
        blocks = max(1, blocks + (1 if got < pages else -1) * max(1, abs(pages - got)))
    return blocks


# -------------------------------------------------------------------- run
def run_one(sessions: int, seed: int, repeat: int, folder: Path) -> dict[str, Any]:
    path = folder / f"bench-{sessions}.vault"
    practice = create_practice(path, PASSPHRASE)
    try:
        build_demo(practice, clients=1, sessions=sessions, seed=seed, today=TODAY)
        client = practice.client_list()[0].client
        cid = client.id or 0
        first = practice.sessions.for_client(cid)[0].starts_at.date()
        options = ReportOptions(cid, first, TODAY, sections=frozenset(SECTIONS),
                                narrative=SENTENCE * 3, generated_on=TODAY)
        pdf = make_report(practice, options, record=False)  # warm-up (fonts, caches)
        pages = pages_of(pdf)
        blocks = calibrate(pages, REGULAR, BOLD)
        helv_blocks = calibrate(pages, "Helvetica", "Helvetica-Bold")
        report_ms: list[float] = []
        gather_ms: list[float] = []
        layout_ms: list[float] = []
        plain_ms: list[float] = []
        helv_ms: list[float] = []
        for _ in range(repeat):
            ms, again = timed(lambda: make_report(practice, options, record=False))
            assert again == pdf, "the report is not deterministic"
            report_ms.append(ms)
            ms, data = timed(lambda: gather(practice, options))
            gather_ms.append(ms)
            ms, _ = timed(lambda d=data: build_pdf_bytes(d, options))  # type: ignore[misc]
            layout_ms.append(ms)
            ms, _ = timed(lambda: build_plain(blocks, REGULAR, BOLD))
            plain_ms.append(ms)
            ms, _ = timed(lambda: build_plain(helv_blocks, "Helvetica", "Helvetica-Bold"))
            helv_ms.append(ms)
        plain_pages = pages_of(build_plain(blocks, REGULAR, BOLD))
    finally:
        practice.vault.close()
    report = statistics.median(report_ms)
    plain = statistics.median(plain_ms)
    return {
        "sessions": sessions,
        "pages": pages,
        "pdf_bytes": len(pdf),
        "plain_pages": plain_pages,
        "plain_blocks": blocks,
        "report_ms": report,
        "report_ms_all": report_ms,
        "gather_ms": statistics.median(gather_ms),
        "layout_ms": statistics.median(layout_ms),
        "plain_dejavu_ms": plain,
        "plain_dejavu_ms_all": plain_ms,
        "plain_helvetica_ms": statistics.median(helv_ms),
        "ratio": report / plain,
        "ratio_best": min(report_ms) / min(plain_ms),  # information: less noisy when busy
        "ms_per_page": report / pages,
        "pass": report <= TARGET_RATIO * plain and plain_pages == pages,
    }


def table(figures: dict[str, Any]) -> str:
    head = ("sessions", "pages", "report", "gather", "layout", "plain DejaVu",
            "plain Helvetica", "ratio", "best/best", "target")
    rows = [head]
    for r in figures["runs"]:
        rows.append((
            str(r["sessions"]), f"{r['pages']} ({r['plain_pages']})",
            f"{r['report_ms']:.0f} ms", f"{r['gather_ms']:.0f} ms", f"{r['layout_ms']:.0f} ms",
            f"{r['plain_dejavu_ms']:.0f} ms", f"{r['plain_helvetica_ms']:.0f} ms",
            f"{r['ratio']:.2f}x", f"{r['ratio_best']:.2f}x",
            f"{'PASS' if r['pass'] else 'FAIL'} (<= {TARGET_RATIO}x)",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
                     for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[50, 250])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    register()
    figures: dict[str, Any] = {
        "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "reportlab": reportlab.Version, "repeat": args.repeat,
        "target_ratio": TARGET_RATIO, "runs": [],
    }
    with tempfile.TemporaryDirectory(prefix="pn-bench-report-") as tmp:
        for count in args.sessions:
            print(f"  {count} sessions…", file=sys.stderr, flush=True)
            figures["runs"].append(run_one(count, args.seed, args.repeat, Path(tmp)))
    figures["pass"] = all(r["pass"] for r in figures["runs"])
    print(table(figures))
    print(f"\n{'PASS' if figures['pass'] else 'FAIL'}  report <= {TARGET_RATIO} x a plain "
          "reportlab document of the same number of pages")
    text = json.dumps(figures, indent=2, sort_keys=True)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if figures["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
