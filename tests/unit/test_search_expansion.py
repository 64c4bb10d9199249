"""A prefix longer than the prefix indexes is expanded to the index's terms that
start with it (a TEMP fts5vocab lookup): the hits — which records, their order,
pages, snippets — are exactly those of the plain prefix query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from practice_notes.domain.models import Client, Session
from practice_notes.services.practice import Practice
from practice_notes.vault.repos import search as search_module
from practice_notes.vault.repos.search import SearchRepo

TEXTS = [
    "Reviewed the sessional plan; homework was set for the next session.",
    "Two sessions missed. We talked about the sessions ahead and what helps.",
    "The session ended early. Felt calmer after the breathing exercise in session.",
    "Sessile thinking, she called it, in a long session about sleep and work.",
    "Nothing about meetings here at all, only sleep and the weekends.",
    "Naïve hopes for the weekend; the Übung went well; a session on Friday.",
]
QUERIES = ["sessi", "session", "SESSIONS", "sessio", "sleep sessi", "the sessi", "weeke",
           "weekends", "naive", "ubung", "about sessi", '"the next" sessi', "sessixyz",
           "homework", "zzzzzz"]


@pytest.fixture
def filled(practice: Practice, client: Client,
           make_session: Callable[..., Session]) -> Practice:
    other = practice.add_client(Client("ZZ-09", "Other"))
    for n, text in enumerate(TEXTS * 3):
        cid = (client.id or 0) if n % 2 else (other.id or 0)
        practice.save_session(Session(cid, dt.datetime(2024, 1, 1 + n, 9),
                                      note_fields={"subjective": text}))
    return practice


def plain_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    """No expansion: every prefix goes to FTS5 as a prefix query."""
    monkeypatch.setattr(search_module, "MAX_EXPANSION", 0)


@pytest.mark.parametrize("text", QUERIES)
def test_expansion_finds_exactly_what_the_prefix_query_finds(
        filled: Practice, client: Client, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def everything() -> list[object]:
        first = filled.search(text, limit=4)
        rest = filled.search(text, limit=100, after=first[-1]) if first else []
        return [first, rest, filled.search(text, client_id=client.id)]

    expanded = everything()
    with monkeypatch.context() as m:
        plain_prefix(m)
        assert everything() == expanded
    assert (text in ("sessixyz", "zzzzzz")) == (expanded[0] == [])


def test_snippets_are_the_prefix_querys_not_the_expansions(
        practice: Practice, make_session: Callable[..., Session],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """With its terms as separate phrases FTS5 prefers a window holding two of
    them; the snippet stays the one the prefix query picks (most hits)."""
    filler = " ".join(["calm"] * 30)
    make_session(note_fields={"subjective":
                              f"session, session and session. {filler} sessional or sessions"})
    [hit] = practice.search("sessi")
    assert "\x02session\x03, \x02session\x03 and \x02session\x03" in hit.snippet
    plain_prefix(monkeypatch)
    assert [hit] == practice.search("sessi")
    # what the expansion alone would have shown
    [(other,)] = practice.vault.query(
        "SELECT snippet(search_index, 0, char(2), char(3), '…', 14) FROM search_index"
        " WHERE search_index MATCH '\"sessional\" OR \"session\" OR \"sessions\"'")
    assert other != hit.snippet and "\x02sessional\x03" in other


def test_a_prefix_with_many_terms_is_searched_as_a_prefix(
        filled: Practice, monkeypatch: pytest.MonkeyPatch) -> None:
    expanded = filled.search("sessi")
    monkeypatch.setattr(search_module, "MAX_EXPANSION", 2)  # sessile, session, sessional…
    assert filled.search("sessi") == expanded


def test_terms_come_from_a_temp_vocabulary_not_the_schema(filled: Practice) -> None:
    filled.search("sessi")
    repo = SearchRepo(filled.vault)
    assert repo._terms_with_prefix("sessi", 10) == [
        "sessile", "session", "sessional", "sessions"]
    assert repo._terms_with_prefix("sessions", 10) == ["sessions"]
    assert repo._terms_with_prefix("sessionsx", 10) == []
    assert repo._terms_with_prefix("sessi", 2) == ["sessile", "session"]
    main = {r[0] for r in filled.vault.query("SELECT name FROM sqlite_master")}
    temp = {r[0] for r in filled.vault.query("SELECT name FROM sqlite_temp_master")}
    assert not {"search_vocab", "search_page"} & main
    assert {"search_vocab", "search_page"} <= temp
    # the page index used for snippets is left empty
    assert filled.vault.query_one("SELECT count(*) FROM temp.search_page")[0] == 0
