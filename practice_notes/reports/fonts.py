"""The embedded Unicode font (DejaVu Sans), registered once per process."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from practice_notes.resources import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"
REPLACEMENT = "\u25a1"  # a white square: visibly "missing", never a black box

_lock = threading.Lock()
_registered = False
_coverage: frozenset[int] = frozenset()


def register() -> None:
    global _registered, _coverage
    with _lock:
        if _registered:
            return
        faces = {REGULAR: "regular", BOLD: "bold", OBLIQUE: "oblique",
                 BOLD_OBLIQUE: "bold-oblique"}
        for name, style in faces.items():
            pdfmetrics.registerFont(TTFont(name, str(font_path(style))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, OBLIQUE)
        addMapping(REGULAR, 1, 1, BOLD_OBLIQUE)
        font = pdfmetrics.getFont(REGULAR)
        _coverage = frozenset(font.face.charToGlyph.keys())
        _registered = True


class _Printable(dict[int, int | None]):
    """A ``str.translate`` table filled in as characters are first seen: the
    character itself if the font can draw it, nothing for control characters,
    else the replacement square."""

    def __missing__(self, code: int) -> int | None:
        if chr(code) in "\n\t":
            value: int | None = code
        elif code < 32 or 0x7F <= code < 0xA0:
            value = None
        elif code in _coverage:
            value = code
        else:
            value = ord(REPLACEMENT)
        self[code] = value
        return value


_table = _Printable()


def printable(text: str) -> str:
    """Replace characters the font cannot draw (and control characters) so other
    scripts degrade visibly but safely."""
    if not _registered:
        register()
    if text.isascii() and text.isprintable():  # the common case, all in the font
        return text
    return text.translate(_table)
