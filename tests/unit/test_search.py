"""Full-text search (FTS5 inside the vault): every kind of text, kept current by
triggers, prefix matching, and no input can break the query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest

from practice_notes.domain.enums import Instrument
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    Client,
    Goal,
    GoalRating,
    MeasureResult,
    Milestone,
    Review,
    Session,
    Strategy,
)
from practice_notes.services.practice import Practice
from practice_notes.vault.repos.goals import GoalRepo
from practice_notes.vault.repos.search import (
    MARK_END,
    MARK_START,
    SearchQueryError,
    fts_query,
)
from practice_notes.vault.schema import FTS_CODES

D = dt.date


def words(practice: Practice, text: str) -> set[tuple[str, int]]:
    return {(h.kind, h.ref_id) for h in practice.search(text)}


def test_every_kind_of_text_is_found(practice: Practice, client: Client, goal: Goal,
                                     make_session: Callable[..., Session]) -> None:
    cid, gid = client.id or 0, goal.id or 0
    s = make_session(note_fields={"subjective": "alphasoap", "plan": "betaplan"},
                     process_notes="gammaprocess", homework_reviewed="deltahomework")
    practice.sign_session(s.id or 0)
    add = practice.add_addendum(s.id or 0, "epsilonaddendum")
    g = practice.add_goal(Goal(cid, "zetawords", why_it_matters="etawhy"))
    kind = practice.milestone_kinds.all()[0]
    m = practice.add_milestone(Milestone(cid, kind.id or 0, D(2024, 1, 1), note="thetanote",
                                         custom_label="iotalabel", session_id=s.id))
    topic = practice.agreement_topics.all()[0]
    a = practice.add_agreement(AgreementVersion(cid, topic.id or 0, "kappawording",
                                                D(2024, 1, 1)))
    c = practice.add_checkin(CheckIn(cid, D(2024, 1, 2), 5, 5, 5, 5, comment="lambdacomment"))
    st = practice.add_strategy(Strategy(gid, "mustrategy", outcome_note="nuoutcome"))
    r = practice.rate_goal(GoalRating(gid, D(2024, 1, 3), 4, note="xirating"))
    ms = practice.add_measure(MeasureResult(cid, Instrument.GAD7, D(2024, 1, 3), (0,) * 7,
                                            note="omicronmeasure"))
    practice.update_client(replace(client, considerations="piconsideration"))
    rv = practice.add_review(Review(cid, D(2024, 2, 1), D(2024, 1, 1), D(2024, 2, 1),
                                    narrative="rhonarrative", next_steps="sigmanext",
                                    client_reflection="taureflection"))
    expected = {
        "alphasoap": ("session", s.id), "betaplan": ("session", s.id),
        "gammaprocess": ("session", s.id), "deltahomework": ("session", s.id),
        "epsilonaddendum": ("addendum", add.id), "zetawords": ("goal", g.id),
        "etawhy": ("goal", g.id), "thetanote": ("milestone", m.id),
        "iotalabel": ("milestone", m.id), "kappawording": ("agreement", a.id),
        "lambdacomment": ("checkin", c.id), "mustrategy": ("strategy", st.id),
        "nuoutcome": ("strategy", st.id), "xirating": ("rating", r.id),
        "omicronmeasure": ("measure", ms.id), "piconsideration": ("client", cid),
        "rhonarrative": ("review", rv.id), "sigmanext": ("review", rv.id),
        "taureflection": ("review", rv.id),
    }
    for word, hit in expected.items():
        assert words(practice, word) == {hit}, word
    assert {k for k, _ in expected.values()} == set(FTS_CODES)
    # every hit knows its client; session-linked kinds know the session
    for h in practice.search("addendum") + practice.search("thetanote"):
        assert h.client_id == cid and h.session_id == s.id
    assert practice.search("alphasoap")[0].session_id == s.id
    assert practice.search("mustrategy")[0].client_id == cid


def test_snippet_marks_the_match(practice: Practice, make_session: Callable[..., Session],
                                 client: Client) -> None:
    make_session(note_fields={"subjective": "We talked about <b>gardening</b> & bees."})
    [hit] = practice.search("garden")
    assert f"{MARK_START}gardening{MARK_END}" in hit.snippet
    assert "<b>" in hit.snippet  # raw text: the GUI escapes it
    assert hit.client_id == client.id


def test_edits_replace_the_indexed_text(practice: Practice, client: Client, goal: Goal,
                                        make_session: Callable[..., Session]) -> None:
    cid = client.id or 0
    s = make_session(note_fields={"subjective": "oldword"})
    practice.save_session(replace(s, note_fields={"subjective": "newword"}))
    assert practice.search("oldword") == [] and len(practice.search("newword")) == 1

    practice.update_goal(replace(goal, client_words="renamedgoal"))
    assert [h.kind for h in practice.search("renamedgoal")] == ["goal"]
    assert practice.search("sleep") == []

    c = practice.add_checkin(CheckIn(cid, D(2024, 1, 2), 5, 5, 5, 5, comment="firstcomment"))
    practice.update_checkin(replace(c, comment="secondcomment"))
    assert practice.search("firstcomment") == [] and practice.search("secondcomment")

    kind = practice.milestone_kinds.all()[0]
    m = practice.add_milestone(Milestone(cid, kind.id or 0, D(2024, 1, 1), note="beforenote"))
    practice.update_milestone(replace(m, note="afternote"))
    assert practice.search("beforenote") == [] and practice.search("afternote")

    st = practice.add_strategy(Strategy(goal.id or 0, "oldstrategy"))
    practice.update_strategy(replace(st, description="newstrategy"))
    assert practice.search("oldstrategy") == [] and practice.search("newstrategy")

    rv = practice.add_review(Review(cid, D(2024, 2, 1), D(2024, 1, 1), D(2024, 2, 1),
                                    narrative="draftnarrative"))
    practice.update_review(replace(rv, narrative="finalnarrative"))
    assert practice.search("draftnarrative") == [] and practice.search("finalnarrative")

    practice.update_client(replace(client, considerations="wheelchair"))
    practice.update_client(replace(client, considerations="captions"))
    assert practice.search("wheelchair") == [] and practice.search("captions")

    # signing re-indexes the same text: still found exactly once
    practice.sign_session(s.id or 0)
    assert len(practice.search("newword")) == 1

    topic = practice.agreement_topics.all()[0].id or 0
    a = practice.add_agreement(AgreementVersion(cid, topic, "firstwording", D(2024, 1, 1)))
    v2 = practice.revise_agreement(a.series_id or 0, "secondwording", D(2024, 2, 1), None,
                                   "reasonword")
    # both versions stay on record and searchable
    assert words(practice, "firstwording") == {("agreement", a.id)}
    assert words(practice, "secondwording") == {("agreement", v2.id)}
    assert words(practice, "reasonword") == {("agreement", v2.id)}
    practice.end_agreement(a.series_id or 0, D(2024, 3, 1), "endingword")
    assert words(practice, "endingword") == {("agreement", v2.id)}


def test_deletions_vanish(practice: Practice, client: Client, goal: Goal,
                          make_session: Callable[..., Session]) -> None:
    cid, gid = client.id or 0, goal.id or 0
    s = make_session(note_fields={"subjective": "gonesession"})
    practice.delete_session(s.id or 0)
    kind = practice.milestone_kinds.all()[0]
    m = practice.add_milestone(Milestone(cid, kind.id or 0, D(2024, 1, 1),
                                         note="gonemilestone"))
    practice.delete_milestone(m)
    c = practice.add_checkin(CheckIn(cid, D(2024, 1, 2), 5, 5, 5, 5, comment="gonecheckin"))
    practice.delete_checkin(c)
    ms = practice.add_measure(MeasureResult(cid, Instrument.GAD7, D(2024, 1, 3), (0,) * 7,
                                            note="gonemeasure"))
    practice.delete_measure(ms)
    r = practice.rate_goal(GoalRating(gid, D(2024, 1, 3), 4, note="gonerating"))
    practice.delete_rating(r)
    st = practice.add_strategy(Strategy(gid, "gonestrategy"))
    practice.delete_strategy(st)
    topic = practice.agreement_topics.all()[0].id or 0
    a = practice.add_agreement(AgreementVersion(cid, topic, "goneagreement", D(2024, 1, 1)))
    practice.delete_agreement_version(a)
    # a goal's deletion takes its strategies and ratings out of the index too (cascade)
    practice.add_strategy(Strategy(gid, "cascadestrategy"))
    practice.rate_goal(GoalRating(gid, D(2024, 1, 3), 4, note="cascaderating"))
    GoalRepo(practice.vault).delete(gid)  # Practice refuses a rated goal; test the cascade
    for word in ("gonesession", "gonemilestone", "gonecheckin", "gonemeasure", "gonerating",
                 "gonestrategy", "goneagreement", "cascadestrategy", "cascaderating", "sleep"):
        assert practice.search(word) == [], word
    left = practice.vault.query("SELECT kind, ref_id FROM search_index")
    assert left == [("client", cid)], "orphaned rows left in the index"


def test_session_deletion_unlinks_but_keeps_linked_records(
    practice: Practice, client: Client, make_session: Callable[..., Session]
) -> None:
    s = make_session()
    c = practice.add_checkin(CheckIn(client.id or 0, D(2024, 1, 2), 5, 5, 5, 5,
                                     comment="linkedcomment", session_id=s.id))
    practice.delete_session(s.id or 0)
    [hit] = practice.search("linkedcomment")
    assert (hit.kind, hit.ref_id, hit.session_id) == ("checkin", c.id, None)


def test_prefix_case_and_diacritics(practice: Practice,
                                    make_session: Callable[..., Session]) -> None:
    make_session(note_fields={"subjective": "Reflective mood at the Café, naïve Übung"})
    for query in ("reflec", "REFLECTIVE", "cafe", "café", "naive", "ubung", "mood ref",
                  "  mood,  reflective!! "):
        assert len(practice.search(query)) == 1, query
    assert practice.search("flective") == []  # prefix, not substring
    assert practice.search("mood absent") == []  # every word must match


def test_search_per_client_and_limit(practice: Practice, client: Client) -> None:
    other = practice.add_client(Client("ZZ-02", "Zed"))
    for cid in (client.id or 0, other.id or 0):
        for n in range(3):
            practice.save_session(Session(cid, dt.datetime(2024, 1, 1 + n, 9),
                                          note_fields={"subjective": "sharedword"}))
    assert len(practice.search("sharedword")) == 6
    assert len(practice.search("sharedword", limit=4)) == 4
    mine = practice.search("sharedword", client_id=other.id)
    assert len(mine) == 3 and {h.client_id for h in mine} == {other.id}


HOSTILE = [
    '"', '""', '"unbalanced', "'", "NEAR(", "NEAR(a b", "near/3", "*", "**", "a*b", "-", "--",
    "-word", "a - b", "AND", "OR", "NOT", "a AND", "OR NOT AND", "(", ")", "((", "^", "^word",
    ":", "body:", "body:x", "kind:session", "{a b}", "+", "a + b", "\\", "%", "_", "\x00",
    "\u200b", "🙂", "' OR 1=1 --", "'; DROP TABLE clients; --", "x" * 5000,
    " ".join(["w"] * 500), "NEAR(\"a\" \"b\", 2)", "col1 : word", "search_index", "rank",
    "\t\n", "", "   ",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_never_errors(shared_practice: Practice, text: str) -> None:
    """A list of hits, or one line to show: never an internal error."""
    try:
        hits = shared_practice.search(text)
    except SearchQueryError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(hits, list)
    assert shared_practice.vault.query_one("SELECT count(*) FROM clients")[0] >= 0


def test_hostile_words_still_search(practice: Practice,
                                    make_session: Callable[..., Session]) -> None:
    make_session(note_fields={"subjective": "near and not or body"})
    for query in ("NEAR(", "AND", "-not", "body:", "\"or\"", "near*"):
        assert len(practice.search(query)) == 1, query


def test_fts_query_builder() -> None:
    assert fts_query("") == ""
    assert fts_query("  *-()\"\"  ") == ""
    assert fts_query("sleep") == '"sleep"*'
    assert fts_query('said "hi" NEAR(xy') == '"said" "hi" "NEAR" "xy"*'
    assert fts_query("naïve café") == '"naïve" "café"*'
    assert fts_query('"panic attack"') == '"panic attack"'
    assert fts_query('"panic, attack!" at wo') == '"panic attack" "at" "wo"*'
    assert fts_query("sleep w") == '"sleep"'  # a one-letter last word is not searched yet
    assert fts_query("an") == '"an"*'
    for text in ("s", " s ", "-s"):
        with pytest.raises(SearchQueryError, match="at least 2 letters"):
            fts_query(text)
    for text in ('"', '"panic att', 'a "b" "c'):
        with pytest.raises(SearchQueryError, match="quote is not closed"):
            fts_query(text)


def test_phrases_and_short_prefixes(practice: Practice,
                                    make_session: Callable[..., Session]) -> None:
    one = make_session(note_fields={"subjective": "a panic attack on the bus"})
    two = make_session(1, note_fields={"subjective": "panic, then an attack of laughter"})
    both = {("session", one.id), ("session", two.id)}
    assert words(practice, "panic attack") == both
    assert words(practice, '"panic attack"') == {("session", one.id)}
    assert words(practice, '"attack panic"') == set()
    assert words(practice, "pa") == both  # two letters: the prefix index
    assert words(practice, "lau") == {("session", two.id)}
    assert words(practice, "bus l") == {("session", one.id)}  # "l" not searched yet
    with pytest.raises(SearchQueryError):
        practice.search("p")


def test_newest_first_in_pages_with_dates_and_clients(
        practice: Practice, client: Client, make_session: Callable[..., Session]) -> None:
    sessions = [make_session(n, note_fields={"subjective": f"pagedword {n}"}) for n in range(7)]
    hits = practice.search("pagedword")
    assert [h.ref_id for h in hits] == [s.id for s in reversed(sessions)]
    first = practice.search("pagedword", limit=3)
    rest = practice.search("pagedword", limit=3, after=first[-1])
    last = practice.search("pagedword", limit=3, after=rest[-1])
    assert [h.ref_id for h in first + rest + last] == [h.ref_id for h in hits]
    assert len(last) == 1
    top = hits[0]
    assert top.date == sessions[-1].starts_at.date()
    assert (top.client_code, top.client_name) == (client.code, client.name)
    assert top.label == "Session note"
