"""``practice-notes search``: one line per hit (date, client code, what matched,
snippet), the window's own search underneath, one-line refusals."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from practice_notes.domain.models import Client, Session
from practice_notes.services.unlock import create_practice
from tests.unit.test_cli import PASS, one_line_error, run


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-search") / "search.vault"
    practice = create_practice(path, PASS)
    try:
        a = practice.add_client(Client("AB-01", "Ada Byron", considerations="quiet room"))
        b = practice.add_client(Client("CD-02", "Cyd Dee"))
        for n, (client, text) in enumerate([
            (a, "A panic attack on the bus.\nBreathing\tpractice helped.\x1b[31m"),
            (a, "Panic, then an attack of laughter."),
            (b, "Talked about the panic attack last week."),
        ]):
            practice.save_session(Session(client.id or 0, dt.datetime(2024, 5, 1 + n, 10),
                                          note_fields={"subjective": text}))
    finally:
        practice.vault.close()
    return path


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n", encoding="utf-8")
    return path


def search(vault: Path, pass_file: Path, *args: str) -> list[str]:
    return ["search", "--vault", str(vault), "--passphrase-file", str(pass_file), *args]


def test_one_line_per_hit_newest_first(vault: Path, pass_file: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(search(vault, pass_file, "panic"), capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert [line.split("\t")[:3] for line in lines] == [
        ["2024-05-03", "CD-02", "Session note"],
        ["2024-05-02", "AB-01", "Session note"],
        ["2024-05-01", "AB-01", "Session note"],
    ]
    assert "[panic]" in lines[0].lower()
    # line breaks, tabs and terminal escapes in the note cannot break the line
    last = lines[2]
    assert last.count("\t") == 3 and "\\n" in last and "\\t" in last and "\\x1b" in last
    assert "\x1b" not in out


def test_phrase_client_and_limit(vault: Path, pass_file: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(search(vault, pass_file, '"panic attack"'), capsys)
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = run(search(vault, pass_file, "--client", "AB-01", "panic"), capsys)
    assert code == 0 and {line.split("\t")[1] for line in out.splitlines()} == {"AB-01"}
    code, out, _ = run(search(vault, pass_file, "--limit", "1", "pan"), capsys)
    assert code == 0 and len(out.splitlines()) == 1
    code, out, _ = run(search(vault, pass_file, "nothingmatches"), capsys)
    assert code == 0 and out == ""


def test_json_for_scripts(vault: Path, pass_file: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(search(vault, pass_file, "--json", "quiet"), capsys)
    assert code == 0
    [hit] = json.loads(out)
    assert hit["client"] == "AB-01" and hit["kind"] == "client"
    assert hit["field"] == "Client considerations" and hit["private"] is False
    assert "[quiet]" in hit["snippet"]


@pytest.mark.parametrize(("query", "words"), [
    ('"panic attack', "quote is not closed"),
    ("p", "at least 2 letters"),
])
def test_bad_query_is_one_line_and_exit_1(vault: Path, pass_file: Path, query: str,
                                          words: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(search(vault, pass_file, query), capsys)
    assert code == 1 and out == "" and words in one_line_error(err)


def test_unknown_client_code(vault: Path, pass_file: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(search(vault, pass_file, "--client", "ZZ-99", "panic"), capsys)
    assert code == 1 and "ZZ-99" in one_line_error(err)
