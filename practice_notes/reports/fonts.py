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


def printable(text: str) -> str:
    """Replace characters the font cannot draw (and control characters) so other
    scripts degrade visibly but safely."""
    register()
    out = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif code < 32 or 0x7F <= code < 0xA0:
            continue
        elif code in _coverage:
            out.append(ch)
        else:
            out.append(REPLACEMENT)
    return "".join(out)
