"""Progress summaries built from a real vault and read back with pypdf: the
chosen sections and nothing else, never a private process note, pseudonymised
reports without the client's names (text and metadata), section order, page
furniture, paper sizes and byte-for-byte determinism."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

from practice_notes.domain.models import PracticeSettings
from practice_notes.reports.options import DEFAULT_SECTIONS, SECTIONS
from practice_notes.services.practice import Practice
from practice_notes.services.reporting import make_report
from practice_notes.services.unlock import create_practice
from tests.unit import report_kit as rk
from tests.unit.vaultkit import PASSPHRASE

THERAPIST = "Dr Ada Byrne"
ALL = frozenset(SECTIONS)


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Practice, int]]:
    """A practice with one client whose every field carries a marker."""
    path = tmp_path_factory.mktemp("reports") / "reports.vault"
    practice = create_practice(path, PASSPHRASE, PracticeSettings(
        therapist_name=THERAPIST, practice_name="Quayside Therapy"))
    try:
        yield practice, rk.add_marked_client(practice)
    finally:
        practice.vault.close()


def _subsets() -> list[tuple[str, frozenset[str]]]:
    """All, the default, each section alone and all but each one (20 sets)."""
    out = [("all", ALL), ("default", DEFAULT_SECTIONS)]
    out += [(f"only-{key}", frozenset({key})) for key in SECTIONS]
    out += [(f"without-{key}", ALL - {key}) for key in SECTIONS]
    return out


CASES = [
    pytest.param(sections, pseudo, id=f"{name}-{'pseudo' if pseudo else 'named'}")
    for (name, sections), pseudo in itertools.product(_subsets(), (False, True))
]


@pytest.mark.parametrize(("sections", "pseudonymise"), CASES)
def test_sections_present_or_absent_and_process_notes_never(
    marked: tuple[Practice, int], sections: frozenset[str], pseudonymise: bool
) -> None:
    practice, cid = marked
    pdf = make_report(practice, rk.options(cid, sections=sections, pseudonymise=pseudonymise),
                      record=False)
    text = rk.all_text(pdf)
    for marker, shown_by in rk.MARKERS.items():
        if shown_by & sections:
            assert marker in text, f"{marker} missing with {sorted(sections)}"
        else:
            assert marker not in text, f"{marker} printed without {sorted(shown_by)}"
    for key, heading in rk.HEADINGS.items():
        assert (heading in text) == (key in sections), heading
    never = [rk.PROCESS_MARKER, *rk.UNPRINTED_MARKERS.values()]
    assert [m for m in never if m in text] == []
    assert rk.raw_contains(pdf, never) == []
    names = rk.MARKED.name_parts
    if pseudonymise:
        assert [n for n in names if n in text] == []
        assert [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I)] == []
        assert rk.MARKED.code in text
    else:
        assert rk.MARKED.preferred_name in text


def test_pseudonymised_metadata_names_the_code_not_the_client(
    marked: tuple[Practice, int]
) -> None:
    practice, cid = marked
    pdf = make_report(practice, rk.options(cid, sections=ALL, pseudonymise=True), record=False)
    meta = rk.reader(pdf).metadata
    assert meta is not None
    assert meta.title == f"Progress summary — {rk.MARKED.code}"
    assert meta.author == THERAPIST
    values = " ".join(str(v) for v in meta.values())
    assert [n for n in rk.MARKED.name_parts if n.casefold() in values.casefold()] == []
    assert rk.raw_contains(pdf, rk.MARKED.name_parts) == []
    # every page's footer says who it is for, by code
    for page in rk.page_texts(pdf):
        assert f"prepared for {rk.MARKED.code}" in rk.flat(page)


def test_named_report_metadata_uses_the_preferred_name(marked: tuple[Practice, int]) -> None:
    practice, cid = marked
    pdf = make_report(practice, rk.options(cid), record=False)
    meta = rk.reader(pdf).metadata
    assert meta is not None
    assert meta.title == "Progress summary — Lina"
    assert meta.author == THERAPIST


def test_sections_follow_the_guide_order(marked: tuple[Practice, int]) -> None:
    practice, cid = marked
    text = rk.all_text(make_report(practice, rk.options(cid, sections=ALL), record=False))
    order = ["Our progress summary", "In our words", "Goals", "What we tried",
             "Symptom change", "Our working relationship", "Agreements", "Attendance",
             "Session summaries", "Next steps we agreed"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    # the header carries the period, the sessions and who made it
    head = text[: positions[1]]
    for bit in ("1 Dec 2024 to 14 Mar 2025", "sessions attended: 12", THERAPIST,
                "Quayside Therapy", "Prepared on 14 Mar 2025"):
        assert bit in head


def test_page_x_of_y_on_every_page_with_the_confidentiality_footer(
    marked: tuple[Practice, int]
) -> None:
    practice, cid = marked
    pages = rk.page_texts(make_report(practice, rk.options(cid, sections=ALL), record=False))
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        flat = rk.flat(page)
        assert f"Page {n} of {len(pages)}" in flat
        assert "Confidential: prepared for Lina and Dr Ada Byrne." in flat


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612.0, 792.0))])
def test_paper_sizes(marked: tuple[Practice, int], paper: str, size: tuple[float, float]) -> None:
    practice, cid = marked
    pdf = make_report(practice, rk.options(cid, paper=paper), record=False)
    for page in rk.reader(pdf).pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == size


def test_same_data_and_options_give_identical_bytes(marked: tuple[Practice, int]) -> None:
    practice, cid = marked
    opts = rk.options(cid, sections=ALL)
    first = make_report(practice, opts, record=False)
    second = make_report(practice, opts, record=False)
    assert first == second
    assert make_report(practice, rk.options(cid, sections=ALL, paper="letter"),
                       record=False) != first



def test_creation_date_is_the_prepared_on_date(marked: tuple[Practice, int]) -> None:
    practice, cid = marked
    opts = rk.options(cid, sections=frozenset({"attendance"}))
    info = rk.reader(make_report(practice, opts, record=False)).metadata
    assert info is not None
    stamp = f"D:{rk.TODAY:%Y%m%d}000000"
    assert str(info["/CreationDate"]).startswith(stamp)
    assert str(info["/ModDate"]).startswith(stamp)
