"""What users type reaches the PDF safely: markup prints literally and embeds
nothing, control characters vanish, any Latin, Greek or Cyrillic name renders
in the embedded DejaVu font (and nothing else), other scripts degrade to a
visible □, and a 1 MB note still builds."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest

from practice_notes.domain.enums import NoteFormat
from practice_notes.domain.models import (
    AgreementVersion,
    Client,
    Goal,
    Milestone,
    Session,
)
from practice_notes.reports.fonts import REPLACEMENT
from practice_notes.reports.options import SECTIONS
from practice_notes.services.practice import Practice
from practice_notes.services.reporting import make_report
from tests.unit import report_kit as rk

ALL = frozenset(SECTIONS)
HOSTILE = (
    '<img src="/etc/passwd"/>',
    '<font name="x">',
    "&amp; & <b>",
    "]]>",
    "<para><a href='file:///etc/shadow'>link</a>",
    "<br/><seq id='x'/>&#x41;&nbsp;",
)
CONTROL = "bell\x07ring\x1b[31m\x7fend\x9b"
DEJAVU = re.compile(r"^/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?$")


def _hostile_client(practice: Practice) -> int:
    """Every hostile string in each kind of field, tagged by field."""
    cid = practice.add_client(Client("HX-01", "Hostile Example")).id or 0
    day = rk.TODAY - dt.timedelta(days=10)

    def text(tag: str) -> str:
        return " ".join(f"{tag}{n} {h}" for n, h in enumerate(HOSTILE)) + f" {tag}C {CONTROL}"

    practice.add_goal(Goal(cid, text("goal"), why_it_matters=text("why"), agreed_on=day))
    kind = practice.milestone_kinds.all()[0].id or 0
    practice.add_milestone(Milestone(cid, kind, day, note=text("mile")))
    topic = practice.agreement_topics.all()[0].id or 0
    practice.add_agreement(AgreementVersion(cid, topic, text("agree"), day))
    practice.save_session(Session(cid, dt.datetime.combine(day, dt.time(9)),
                                  note_format=NoteFormat.FREE, note_fields={"note": text("note")}))
    return cid


def test_hostile_strings_print_literally_and_embed_nothing(practice: Practice) -> None:
    cid = _hostile_client(practice)
    narrative = " ".join(f"narr{n} {h}" for n, h in enumerate(HOSTILE)) + f" narrC {CONTROL}"
    pdf = make_report(practice, rk.options(cid, sections=ALL, narrative=narrative),
                      record=False)
    text = rk.all_text(pdf)
    for tag in ("goal", "why", "mile", "agree", "note", "narr"):
        for n, hostile in enumerate(HOSTILE):
            assert f"{tag}{n} {hostile}" in text, (tag, hostile)
        # control characters are dropped, the visible text around them stays
        assert f"{tag}C bellring[31mend" in text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    # nothing was embedded: no image (nor any other) XObject, no link annotation
    assert rk.xobject_subtypes(pdf) == []
    assert not re.search(rb"/Subtype\s*/Image", pdf)
    assert b"/Annot" not in pdf


def test_every_font_is_embedded_dejavu_on_every_page(practice: Practice) -> None:
    cid = rk.add_marked_client(practice)
    pdf = make_report(practice, rk.options(cid, sections=ALL), record=False)
    fonts = rk.fonts_used(pdf)
    pages = len(rk.reader(pdf).pages)
    assert {f.page for f in fonts} == set(range(1, pages + 1))
    assert [f for f in fonts if not DEJAVU.match(f.base_font)] == []
    assert [f for f in fonts if not f.embedded] == []
    assert b"Helvetica" not in pdf
    assert b"/FontFile2" in pdf


@pytest.mark.parametrize(("display", "preferred"), [
    ("Αλέξανδρος Παπαδόπουλος", ""),
    ("Дарья Ковалёва", "Даша"),
    ("Łukasz Żółć-Øverbø", ""),
    ("Ðorđe Şahin", "Đoka"),
    ("Zoë Ångström-Nuñez", ""),
])
def test_latin_greek_and_cyrillic_names_extract_as_typed(
    practice: Practice, display: str, preferred: str
) -> None:
    client = practice.add_client(Client("NM-01", display, preferred_name=preferred))
    cid = client.id or 0
    day = rk.TODAY - dt.timedelta(days=3)
    practice.save_session(Session(cid, dt.datetime.combine(day, dt.time(9)),
                                  note_format=NoteFormat.FREE,
                                  note_fields={"note": f"{display} came on time."}))
    pdf = make_report(practice, rk.options(cid, sections=ALL, narrative=f"{client.name} и я."),
                      record=False)
    text = rk.all_text(pdf)
    assert f"For {client.name}" in text
    assert f"{display} came on time." in text
    assert f"{client.name} и я." in text
    assert REPLACEMENT not in text
    meta = rk.reader(pdf).metadata
    assert meta is not None and meta.title == f"Progress summary — {client.name}"


def test_other_scripts_degrade_to_a_visible_square(practice: Practice) -> None:
    cid = practice.add_client(Client("CJ-01", "王小明", preferred_name="小明")).id or 0
    practice.save_session(Session(cid, dt.datetime(2025, 3, 10, 9), note_format=NoteFormat.FREE,
                                  note_fields={"note": "Said 你好 and smiled 🙂 today."}))
    pdf = make_report(practice, rk.options(cid, sections=ALL), record=False)
    text = rk.all_text(pdf)
    assert "For □□" in text
    assert "Said □□ and smiled □ today." in text
    assert not re.search(r"[\u4e00-\u9fff\U0001F600-\U0001F64F]", text)
    assert [f for f in rk.fonts_used(pdf) if not DEJAVU.match(f.base_font)] == []


@pytest.mark.slow
def test_a_one_megabyte_note_builds_and_keeps_its_text(practice: Practice) -> None:
    cid = practice.add_client(Client("BG-01", "Big Note")).id or 0
    sentence = "We talked about the week, what helped & what did not <yet>. "
    body = "Firstword " + sentence * (1_000_000 // len(sentence) + 1) + "Lastword"
    assert len(body) >= 1_000_000
    practice.save_session(Session(cid, dt.datetime(2025, 3, 10, 9), note_format=NoteFormat.FREE,
                                  note_fields={"note": body}))
    started = time.monotonic()
    pdf = make_report(practice, rk.options(cid, sections=frozenset({"sessions"})), record=False)
    elapsed = time.monotonic() - started
    assert elapsed < 60, f"a 1 MB note took {elapsed:.1f} s"
    pages = rk.reader(pdf).pages
    assert len(pages) > 200
    assert "Firstword We talked about the week, what helped & what did not <yet>." in rk.flat(
        pages[0].extract_text())
    last = rk.flat(pages[-1].extract_text())
    assert "what did not <yet>. Lastword" in last
    assert f"Page {len(pages)} of {len(pages)}" in last
