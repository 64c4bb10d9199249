"""Pseudonymising a summary: every name on the client's list is replaced by
the client's code, and every replacement and every remaining capitalised word
that looks like a name is recorded for the therapist to look over before
printing.

Matching is case- and accent-insensitive ("Zoe" finds "Zoë", "Angstrom" finds
"Ångström", "Wisniewski" finds "Wiśniewski"), takes possessive and common
inflected endings ("Zoë's", "Mateusza", "Дарьи"), and never garbles ordinary
words: a name that is also an everyday word ("Hope", "Will") is replaced only
where it is capitalised, and those places are listed for a look.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

#: Given names and family names that are also everyday English words: replaced
#: only where capitalised, and listed for a look.
COMMON_WORDS = frozenset("""
    amber angel april art august autumn bay bell belle bill blair bliss brook brown
    buck candy carol case chance chase cherry christian clay cliff crystal dale dawn
    day dean delight destiny dusty earl faith fern fields fisher ford forest frank free
    gay gene ginger glen glory golden grace grant gray green grey guy hale hall harmony
    hazel heath heather holly honey hope hunter iris ivy jack jade jasmine jay jewel joy
    june justice king lake lane lark laurel lee leaf lily long love lucky mark marsh
    mason may meadow melody mercy miles miller millie misty moody moon morning neil noble
    north oak olive page pat patience pearl penny pepper pierce pine poppy price prince
    rain raven ray reed rich river robin rock rose ruby rush rusty sage savannah scout
    shepherd sky skye smith snow sol sonny spring star sterling stone storm summer sunny
    taylor terry thorn true trust victor violet wade ward west white will willow winter
    wolf wood woods young
""".split())

#: Endings a name may take in the text, on top of the name itself (folded:
#: lower case, no accents). Possessives keep their ending after the code.
POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
ENDINGS = (
    "s", "es",  # Zoës, Jameses
    "a", "u", "e", "em", "ie", "owi", "om", "y", "i", "ach", "ami", "ow",  # Polish, Czech
    "а", "у", "е", "ой", "ою", "ей", "ем", "ы", "и", "ю", "я", "ом", "ах", "ам",  # Russian
)
_VOWELS = set("aeiouyаеёиоуыэюяьй")
#: Letters that do not decompose but read as a base letter.
_EXTRA_FOLD = {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ħ": "h", "ŀ": "l", "ŧ": "t"}
_RANGES = ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x370, 0x400), (0x400, 0x530),
           (0x1E00, 0x1F00), (0x1F00, 0x2000))
_WORD = r"[^\W\d_]"
SNIPPET = 40


def fold(text: str) -> str:
    """Lower case without accents: the form names are compared in."""
    out = []
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.combining(ch):
            continue
        out.append(_EXTRA_FOLD.get(ch, ch))
    return "".join(out)


def _variants() -> tuple[dict[str, str], dict[str, str]]:
    """For each folded letter, every letter (lower, upper) that folds to it."""
    lower: dict[str, set[str]] = {}
    upper: dict[str, set[str]] = {}
    for start, stop in _RANGES:
        for code in range(start, stop):
            ch = chr(code)
            if not ch.isalpha():
                continue
            base = fold(ch)
            if len(base) != 1:
                continue
            (upper if ch.isupper() else lower).setdefault(base, set()).add(ch)
    return ({k: "".join(sorted(v)) for k, v in lower.items()},
            {k: "".join(sorted(v)) for k, v in upper.items()})


_LOWER, _UPPER = _variants()


def _letter(base: str, capital: bool) -> str:
    chars = set(_UPPER.get(base, base.upper()))
    if not capital:
        chars |= set(_LOWER.get(base, base))
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _pattern(base: str, capital_only: bool) -> str:
    """A regex for a folded name: the first letter capitalised if required."""
    parts = []
    for n, ch in enumerate(base):
        if ch.isalpha():
            parts.append(_letter(ch, capital_only and n == 0))
        elif ch.isspace():
            parts.append(r"[\s\-]+")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


_PLURAL = "|".join(_pattern(e, False) for e in ("es", "s"))


def _endings() -> str:
    return "|".join(_pattern(e, False) for e in sorted(ENDINGS, key=len, reverse=True))


@dataclass(frozen=True)
class Place:
    """One place a name was replaced (or a capitalised word was left)."""

    found: str
    context: str  # the text around it, as the therapist wrote it
    common_word: bool = False  # a name that is also an everyday word: worth a look


@dataclass
class PseudonymReview:
    """What pseudonymising did, for the therapist to look over before printing."""

    replaced: list[Place] = field(default_factory=list)
    remaining: list[Place] = field(default_factory=list)

    @property
    def common_words(self) -> list[Place]:
        return [p for p in self.replaced if p.common_word]


#: Capitalised words that are not names (sentence starts are skipped anyway).
_NOT_NAMES = frozenset(fold(w) for w in """
    I I'm I've I'd I'll Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December PHQ GAD
    GAS OK Mr Mrs Ms Dr English
""".split())
_CAPITALISED = re.compile(r"(?<![\w'’\-])([^\W\d_a-z][^\W\d_]*(?:['’][^\W\d_]+)?)")
_SENTENCE_END = set(".!?:;\"“”«»(\n")


def _context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - SNIPPET), min(len(text), end + SNIPPET)
    snippet = " ".join(text[lo:hi].split())
    return ("…" if lo else "") + snippet + ("…" if hi < len(text) else "")


class Redactor:
    """Replaces a client's names with their code; keeps a :class:`PseudonymReview`."""

    def __init__(self, names: tuple[str, ...], replacement: str) -> None:
        self.replacement = replacement
        self.review = PseudonymReview()
        self._seen: set[tuple[str, int]] = set()
        self._listed: set[str] = set()  # remaining words are listed once each
        alternatives: list[tuple[int, str]] = []
        for name in names:
            whole = fold(name.strip())
            parts = {whole} | {p for p in re.split(r"[\s\-]+", whole) if p}
            for part in parts:
                if not any(c.isalpha() for c in part):
                    continue
                short = len(part) <= 2
                capital = short or any(w in COMMON_WORDS for w in part.split())
                group = "c" if capital else "n"
                stems = [_pattern(part, capital)]
                endings = f"(?:{_PLURAL})?" if len(part) == 3 else ""
                if len(part) >= 4:
                    endings = f"(?:{_endings()})?"
                    if part[-1] in _VOWELS:  # Дарья -> Дарьи, Anna -> Anny
                        stems.append(_pattern(part[:-1], capital) + f"(?:{_endings()})")
                poss = "|".join(re.escape(p) for p in POSSESSIVE)
                body = "|".join(f"(?:{s}{endings})" for s in stems)
                alternatives.append((len(part), f"(?P<{group}{len(alternatives)}>{body})"
                                                 f"(?P<p{len(alternatives)}>{poss})?"))
        alternatives.sort(key=lambda a: a[0], reverse=True)
        self._pattern = (
            re.compile(r"(?<![\w])(?:" + "|".join(a for _, a in alternatives) + r")(?![\w])")
            if alternatives else None
        )

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        common_at: list[tuple[int, int, bool]] = []

        def swap(m: re.Match[str]) -> str:
            group = next(k for k, v in m.groupdict().items() if v is not None and k[0] in "cn")
            common_at.append((m.start(), m.end(), group[0] == "c"))
            possessive = m.group("p" + group[1:]) or ""
            return self.replacement + possessive

        out = self._pattern.sub(swap, text)
        self._record(text, out, common_at)
        return out

    def _record(self, text: str, out: str, places: list[tuple[int, int, bool]]) -> None:
        key = (text[:200], len(text))
        if key in self._seen:  # the same text printed twice is reviewed once
            return
        self._seen.add(key)
        for start, end, common in places:
            self.review.replaced.append(Place(text[start:end], _context(text, start, end),
                                              common))
        self.review.remaining += self._remaining(out)

    def _remaining(self, text: str) -> list[Place]:
        found: list[Place] = []
        for m in _CAPITALISED.finditer(text):
            word = m.group(1)
            if word.isupper() or fold(word) in _NOT_NAMES or word == self.replacement:
                continue
            before = text[max(0, m.start() - 40):m.start()].rstrip(" \t")
            if not before and m.start() > 40:
                continue  # a long run of spaces: treat as a fresh start
            if not before or before[-1] in _SENTENCE_END or before.endswith("\u2026"):
                continue  # a sentence start, not evidence of a name
            key = fold(re.sub(r"['’]s?$", "", word))
            if key in self._listed:
                continue
            self._listed.add(key)
            found.append(Place(word, _context(text, m.start(), m.end())))
        return found
