"""The one catalogue: Qt-free translate(), the .ts reader, the committed template."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from practice_notes import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Report</name>
    <message>
        <source>Progress summary</source>
        <translation>Verlaufsübersicht</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def _clean() -> Iterator[None]:
    before = i18n.installed()
    i18n.uninstall()
    yield
    i18n.install(before)


def test_without_a_catalogue_the_source_text_comes_back() -> None:
    assert i18n.translate("Report", "Progress summary") == "Progress summary"
    assert i18n.translate("Report", "%n sessions", n=3) == "3 sessions"


def test_a_ts_catalogue_for_the_locale_translates(tmp_path: Path) -> None:
    (tmp_path / "practice_notes_de.ts").write_text(TS_DE, encoding="utf-8")
    assert i18n.install_for_locale(tmp_path, "fr_FR.UTF-8") is None
    assert i18n.translate("Report", "Progress summary") == "Progress summary"
    used = i18n.install_for_locale(tmp_path, "de_CH.UTF-8")
    assert used == tmp_path / "practice_notes_de.ts"
    assert i18n.translate("Report", "Progress summary") == "Verlaufsübersicht"
    assert i18n.translate("Other", "Progress summary") == "Progress summary"
    assert i18n.translate("Report", "Untranslated") == "Untranslated"
    assert i18n.translate("Report", "Gone") == "Gone"
    assert i18n.translate("Report", "%n sessions", n=1) == "1 Sitzung"
    assert i18n.translate("Report", "%n sessions", n=4) == "4 Sitzungen"


def test_locale_names() -> None:
    assert i18n.locale_names("de_CH.UTF-8") == ["de_CH", "de"]
    assert i18n.locale_names("fr") == ["fr"]
    assert i18n.locale_names("C") == []
    assert i18n.locale_names("C.UTF-8") == []


def _updater() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def test_the_committed_catalogue_matches_the_sources(tmp_path: Path) -> None:
    if _lupdate() is None:
        pytest.skip("pyside6-lupdate is not installed")
    updater = _updater()
    fresh = tmp_path / "fresh.ts"
    updater.extract(fresh)
    committed = updater.messages(updater.TEMPLATE)
    current = updater.messages(fresh)
    assert current - committed == set(), "run packaging/update_translations.py"
    assert committed - current == set(), "run packaging/update_translations.py"
    contexts = {context for context, _, _ in current}
    # self.tr in a window class and a bare QCoreApplication.translate both land
    assert {"GateDialog", "MainWindow", "msgbox"} <= contexts
    assert len(current) > 300


def test_the_checker_sees_a_new_string(tmp_path: Path) -> None:
    if _lupdate() is None:
        pytest.skip("pyside6-lupdate is not installed")
    updater = _updater()
    source = tmp_path / "extra.py"
    source.write_text(
        "from practice_notes.i18n import translate\n"
        "def f() -> str:\n"
        "    return translate(\"Extra\", \"A brand new sentence\")\n", encoding="utf-8")
    out = tmp_path / "out.ts"
    updater.extract(out, [str(source)])
    assert ("Extra", "A brand new sentence", "") in updater.messages(out)
