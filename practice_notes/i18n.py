"""One translation catalogue for the whole application, Qt-free.

Every layer may import this module (standard library only). Code outside the
window marks its user-visible text with ``translate("Context", "text")``;
``pyside6-lupdate`` extracts those calls, like ``self.tr()`` in ``ui/``, into
``resources/translations/practice_notes.ts`` (Qt Linguist format), so one
catalogue serves the window, the reports and the command line.

Without an installed lookup, ``translate`` returns the source text. The window
installs a lookup that calls ``QCoreApplication.translate`` (the loaded
``.qm``); a Qt-free process (the CLI) installs a :class:`Catalogue` read from
the shipped ``.ts`` with ElementTree. ``%n`` is replaced by ``n`` as Qt does.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from pathlib import Path

__all__ = [
    "CATALOGUE_NAME",
    "QT_TRANSLATE_NOOP",
    "Catalogue",
    "Lookup",
    "install",
    "install_for_locale",
    "installed",
    "locale_names",
    "translate",
    "ts_file_for",
    "uninstall",
]

#: Base name of the catalogue files: ``practice_notes_<locale>.ts`` / ``.qm``.
CATALOGUE_NAME = "practice_notes"

#: ``lookup(context, text, disambiguation, n)`` returns the translation or ``text``.
Lookup = Callable[[str, str, "str | None", int], str]

_lookup: Lookup | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` translated in ``context``, with ``%n`` replaced by ``n`` if given."""
    result = _lookup(context, text, disambiguation, n) if _lookup is not None else text
    if n >= 0 and "%n" in result:
        result = result.replace("%n", str(n))
    return result


def install(lookup: Lookup | None) -> None:
    """Make ``lookup`` serve every later ``translate`` call (``None``: source text)."""
    global _lookup
    _lookup = lookup


def uninstall() -> None:
    install(None)


def installed() -> Lookup | None:
    return _lookup


class Catalogue:
    """Translations read from a Qt Linguist ``.ts`` file (finished and unfinished
    entries with a non-empty translation; vanished/obsolete ones are skipped)."""

    def __init__(self, entries: dict[tuple[str, str, str], list[str]]) -> None:
        self._entries = entries

    @classmethod
    def from_ts(cls, path: Path) -> Catalogue:
        import xml.etree.ElementTree as ET  # noqa: N817 - only when a catalogue is read

        root = ET.parse(path).getroot()
        entries: dict[tuple[str, str, str], list[str]] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None:
                    continue
                if node.get("type") in ("obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in node.iter("numerusform")]
                if not forms:
                    forms = [node.text or ""]
                if not any(forms):
                    continue
                comment = message.findtext("comment") or ""
                entries[(name, source, comment)] = forms
        return cls(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        forms = self._entries.get((context, text, disambiguation or ""))
        if forms is None:
            return text
        # Plural rule of the Germanic/Romance languages; enough for a fallback
        # that is only used when Qt is not loaded.
        return forms[0] if n == 1 or len(forms) == 1 else forms[-1]


def locale_names(name: str | None = None) -> list[str]:
    """Candidate catalogue suffixes for a locale, most specific first:
    ``"de_CH.UTF-8"`` -> ``["de_CH", "de"]``. ``None``: the process locale."""
    if name is None:
        name = (os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES")
                or os.environ.get("LANG") or locale.getlocale()[0] or "")
    name = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if not name or name in ("C", "POSIX"):
        return []
    language = name.split("_", 1)[0]
    return [name] if language == name else [name, language]


def ts_file_for(folder: Path, name: str | None = None) -> Path | None:
    """The shipped ``.ts`` for a locale in ``folder``, or ``None``."""
    for suffix in locale_names(name):
        path = folder / f"{CATALOGUE_NAME}_{suffix}.ts"
        if path.is_file():
            return path
    return None


def install_for_locale(folder: Path, name: str | None = None) -> Path | None:
    """Install the catalogue for ``name`` (default: the process locale) from
    ``folder`` without Qt; return the file used, or ``None`` (source text)."""
    path = ts_file_for(folder, name)
    if path is None:
        return None
    install(Catalogue.from_ts(path))
    return path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for the catalogue without translating it (translate it where
    it is shown, in the same context). Typed, unlike PySide6's own."""
    return text
