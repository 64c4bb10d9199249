"""Right-to-left text (Hebrew, Arabic: possibly the client's own goal words)
prints shaped and in display order, and comes back from ``pdftotext`` in
logical order, a multi-line paragraph from its first line down."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from practice_notes.domain.models import Client, Goal, Strategy
from practice_notes.reports import bidi
from practice_notes.services.practice import Practice
from practice_notes.services.reporting import make_report
from tests.unit import report_kit as rk

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None,
                       reason="pdftotext (poppler-utils) is not installed"),
    pytest.mark.skipif(not bidi.AVAILABLE,
                       reason="python-bidi and arabic-reshaper are not installed"),
]

HEBREW = "אני רוצה לישון טוב יותר בלילה ולהרגיש רגועה בבוקר"
ARABIC = "أريد أن أنام بشكل أفضل في الليل وأن أشعر بالهدوء في الصباح"
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "rtl.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    # Arabic prints as joined presentation forms: compare in compatibility form
    return " ".join(unicodedata.normalize("NFKC", _CONTROLS.sub("", out)).split())


def test_hebrew_and_arabic_round_trip_in_logical_order(practice: Practice,
                                                       tmp_path: Path) -> None:
    cid = practice.add_client(Client("RT-01", "דנה כהן")).id or 0
    long_hebrew = " ".join([HEBREW] * 6)  # several lines: they must come back in order
    practice.add_goal(Goal(cid, long_hebrew, ARABIC, agreed_on=dt.date(2025, 1, 2)))
    opts = rk.options(cid, sections=frozenset({"summary", "goals"}),
                      narrative=f"{ARABIC}\n\nWe read it together: {HEBREW} and more.")
    text = pdftotext(make_report(practice, opts, record=False), tmp_path)
    assert "For דנה כהן" in text
    # the quotation marks sit at the visual ends of the lines; compare the words
    assert long_hebrew in text.replace("“", "").replace("”", ""), text
    assert ARABIC in text
    assert HEBREW in text
    assert "and the therapist" in text or "Sam Rivers" in text
    # reportlab gets display order: the raw content is not logical order
    assert bidi.visual(HEBREW) != HEBREW


def test_a_table_cell_of_several_right_to_left_lines(practice: Practice,
                                                    tmp_path: Path) -> None:
    cid = practice.add_client(Client("RT-02", "Dana Levi")).id or 0
    goal = practice.add_goal(Goal(cid, "Sleep better", agreed_on=dt.date(2025, 1, 2)))
    practice.add_strategy(Strategy(goal.id or 0, " ".join([ARABIC] * 3),
                                   outcome_note=" ".join([HEBREW] * 2)))
    text = pdftotext(make_report(practice, rk.options(cid, sections=frozenset({"tried"})),
                                 record=False), tmp_path)
    assert " ".join([ARABIC] * 3) in text
    assert " ".join([HEBREW] * 2) in text


def test_arabic_letters_are_joined(practice: Practice) -> None:
    shaped = bidi.visual(ARABIC)
    # joined (contextual) forms, not the isolated letters of the logical text
    assert any("\ufe70" <= ch <= "\ufeff" for ch in shaped)
    assert unicodedata.normalize("NFKC", shaped) != ARABIC
    words = unicodedata.normalize("NFKC", shaped).split()
    # display order is right to left: words and the letters in them reversed
    assert [w[::-1] for w in words[::-1]] == ARABIC.split()
