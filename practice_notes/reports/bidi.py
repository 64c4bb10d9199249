"""Right-to-left text (Hebrew, Arabic) for the PDF: Arabic letters joined
(``arabic-reshaper``) and every line put in display order (``python-bidi``,
the Unicode bidi algorithm) *after* it is broken into lines, so a long
paragraph reads from its first line down. Text stays in logical order in the
data; ``pdftotext`` gives the words back in logical order.

Lines of right-to-left paragraphs are right-aligned. Without the two libraries
(not yet installed) text prints as before, in logical order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_STRONG = re.compile(r"[^\W\d_]")

try:  # pragma: no branch - which branch runs depends on the installation
    import arabic_reshaper
    from bidi import get_display

    _reshape: Callable[[str], str] | None = arabic_reshaper.reshape
    _display: Callable[..., Any] | None = get_display
except ImportError:  # pragma: no cover - the dependency is declared
    _reshape = _display = None

AVAILABLE = _reshape is not None


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def base_is_rtl(text: str) -> bool:
    """The paragraph's direction: that of its first letter (Unicode bidi P2)."""
    m = _STRONG.search(text)
    return m is not None and has_rtl(m.group(0))


def visual(line: str, rtl: bool | None = None) -> str:
    """One line in display order, Arabic letters joined."""
    if _reshape is None or _display is None or not has_rtl(line):
        return line
    base = base_is_rtl(line) if rtl is None else rtl
    return str(_display(_reshape(line), base_dir="R" if base else "L"))


def _lines(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy word wrap of logical text (measured joined, as printed)."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = ""
        for word in raw.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(_shape(candidate), font, size) <= width or not line:
                line = candidate
            else:
                out.append(line)
                line = word
            while stringWidth(_shape(line), font, size) > width and len(line) > 1:
                cut = _fit(line, width, font, size)  # one word wider than the line
                out.append(line[:cut])
                line = line[cut:]
        out.append(line)
    return out


def _shape(text: str) -> str:
    return _reshape(text) if _reshape is not None else text


def _fit(text: str, width: float, font: str, size: float) -> int:
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(_shape(text[:mid]), font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


class BidiParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph of user text with right-to-left parts: broken into lines
    for the width it is given, then each line put in display order. Pieces
    made by splitting across pages are ordinary paragraphs of finished lines."""

    def __init__(self, text: Any, style: ParagraphStyle, *args: Any,
                 logical: str | None = None, make: Callable[[str, ParagraphStyle], Any]
                 | None = None, **kwargs: Any) -> None:
        self._logical = logical
        self._make = make
        self._for_width: float | None = None
        if logical is not None and base_is_rtl(logical):
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        super().__init__(text, style, *args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._logical is not None and self._make is not None \
                and self._for_width != availWidth:
            s = self.style
            width = availWidth - s.leftIndent - s.rightIndent - 1
            rtl = base_is_rtl(self._logical)
            lines = [visual(line, rtl) for line in
                     _lines(self._logical, width, s.fontName, s.fontSize)]
            self.frags = self._make("\n".join(lines), s).frags
            self._for_width = availWidth
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        return result
