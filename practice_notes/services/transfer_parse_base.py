"""The checks every part of an import's reading shares (ids unique per kind,
references to this client's sessions) and the readers of a client's relationship
records and measures: milestones, agreements, check-ins, questionnaire results,
custom scores and reviews. ``transfer_parse._Parser`` reads the rest (the
document, practice settings and catalogues, clients, goals and sessions).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from practice_notes.domain import rules
from practice_notes.domain.enums import Instrument
from practice_notes.domain.models import (
    AgreementVersion,
    CheckIn,
    CustomScore,
    Goal,
    MeasureResult,
    Milestone,
    Review,
)
from practice_notes.services.transfer_fields import (
    Fields,
    ImportProblem,
    TrustedFields,
    short,
)
from practice_notes.services.transfer_schema import (
    AGREEMENT_FIELDS,
    FORMAT_VERSION,
    client_fields,
)


@dataclass
class ClientRefs:
    goals: dict[int, Goal] = field(default_factory=dict)
    sessions: set[int] = field(default_factory=set)


class DuplicateValue(ImportProblem):
    """A value seen twice where it must be unique. Only the second place is known
    when it is found (the first places are not kept: see ``Seen``); the reader of the
    document looks for the first with ``ParserBase.finding`` and ``placed``."""

    def __init__(self, path: str, what: str, value: object) -> None:
        self.what = what
        self.value = value
        super().__init__(path, f"duplicate {what} {short(value)}")

    def placed(self, first: str | None) -> ImportProblem:
        """The same problem, naming where the value was first seen."""
        if first is None:
            return self
        return ImportProblem(self.path, f"{self.problem} (first at {first})")


class FirstSeen(Exception):  # noqa: N818 - not an error: the end of a search
    """Raised by a parser that is ``finding`` a value, where it first sees it."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(path)


class Seen:
    """The values of one kind seen so far. Ids (whole numbers from 0 below
    ``BITS``) are one bit each, so the two million ids of a forty-year practice
    take a few hundred kilobytes; codes, keys and pairs go in a set."""

    BITS = 1 << 27  # at most 16 MiB of bits for one kind, for ids up to 134 million

    __slots__ = ("bits", "other")

    def __init__(self) -> None:
        self.bits = bytearray()
        self.other: set[object] = set()

    def add(self, value: object) -> bool:
        """Note ``value``; False if it was seen before."""
        if type(value) is int and 0 <= value < self.BITS:
            byte, bit = value >> 3, 1 << (value & 7)
            if byte >= len(self.bits):
                self.bits.extend(bytes(max(byte + 1, 2 * len(self.bits)) - len(self.bits)))
            if self.bits[byte] & bit:
                return False
            self.bits[byte] |= bit
            return True
        if value in self.other:
            return False
        self.other.add(value)
        return True


class ParserBase:
    """``trusted``: the document was checked already (an import's second pass):
    read it into records without checking it again. ``version``: the document's
    format version (its clients' fields). ``finding``: (what, value) of a
    duplicate: read the document again to the first place it is seen, then raise
    ``FirstSeen`` there."""

    def __init__(self, trusted: bool = False, version: int = FORMAT_VERSION) -> None:
        self.trusted = trusted
        self.fields: type[Fields] = TrustedFields if trusted else Fields
        self.version = version
        self.seen: dict[str, Seen] = {}
        self.finding: tuple[str, object] | None = None
        self.kinds: set[str] = set()
        self.topics: set[str] = set()

    @property
    def client_fields(self) -> tuple[str, ...]:
        return client_fields(self.version)

    def unique(self, f: Fields, name: str, value: object, what: str) -> None:
        if self.trusted:
            return
        if self.finding is not None:
            if self.finding == (what, value):
                raise FirstSeen(f.at(name))
            return
        seen = self.seen.get(what)
        if seen is None:
            seen = self.seen[what] = Seen()
        if not seen.add(value):
            raise DuplicateValue(f.at(name), what, value)

    def ident(self, f: Fields, what: str) -> int:
        value = f.ident("id")
        self.unique(f, "id", value, f"{what} id")
        return value

    @staticmethod
    def session_ref(f: Fields, name: str, refs: ClientRefs) -> int | None:
        value = f.opt_ident(name)
        if value is not None and value not in refs.sessions:
            raise f.problem(name, f"no session {value} among this client's sessions")
        return value

    # --------------------------------------------------------- relationship
    def milestone(self, f: Fields, cid: int, refs: ClientRefs) -> tuple[str, Milestone]:
        mid = self.ident(f, "milestone")
        kind = f.text("kind")
        if kind not in self.kinds:
            raise f.problem("kind", f"no milestone kind {short(kind)} in the catalogue")
        m = Milestone(
            id=mid, client_id=cid, kind_id=0, occurred_on=f.date("occurred_on"),
            note=f.text("note"), custom_label=f.text("custom_label"),
            session_id=self.session_ref(f, "session_id", refs),
        )
        f.rule(rules.check_milestone, m)
        return kind, m

    def agreements(self, client: Fields, cid: int) -> tuple[tuple[str, AgreementVersion], ...]:
        out: list[tuple[Fields, str, AgreementVersion]] = []
        for path, value in client.array("agreements"):
            f = self.fields(value, path, AGREEMENT_FIELDS)
            aid = self.ident(f, "agreement version")
            topic = f.text("topic")
            if topic not in self.topics:
                raise f.problem("topic", f"no agreement topic {short(topic)} in the catalogue")
            a = AgreementVersion(
                id=aid, client_id=cid, topic_id=0, series_id=f.ident("series_id"),
                version=f.integer("version", 1), wording=f.text("wording", required=True),
                agreed_on=f.date("agreed_on"), review_on=f.opt_date("review_on"),
                acknowledged_on=f.opt_date("acknowledged_on"),
                revision_reason=f.text("revision_reason"), ended_on=f.opt_date("ended_on"),
                end_reason=f.text("end_reason"),
            )
            f.rule(rules.check_agreement, a)
            if a.version == 1 and a.series_id != aid:
                raise f.problem("series_id", "the first version's series_id must be its own id")
            self.unique(f, "version", (a.series_id, a.version), "agreement series and version")
            out.append((f, topic, a))
        first = {a.series_id: topic for _, topic, a in out if a.version == 1}
        for f, topic, a in out:  # a revision's first version may come later in the list
            if a.series_id not in first:
                raise f.problem("series_id", f"no first version of agreement {a.series_id} "
                                             "for this client")
            if first[a.series_id] != topic:
                raise f.problem("topic", "every version of an agreement has the same topic")
        return tuple((topic, a) for _, topic, a in out)

    def checkin(self, f: Fields, cid: int, refs: ClientRefs) -> CheckIn:
        c = CheckIn(
            id=self.ident(f, "check-in"), client_id=cid, checked_on=f.date("checked_on"),
            bond=f.integer("bond"), goals=f.integer("goals"), tasks=f.integer("tasks"),
            overall=f.integer("overall"), comment=f.text("comment"),
            session_id=self.session_ref(f, "session_id", refs),
        )
        f.rule(rules.check_checkin, c)
        return c

    # ------------------------------------------------------------- measures
    def measure(self, f: Fields, cid: int, refs: ClientRefs) -> MeasureResult:
        mid = self.ident(f, "measure")
        instrument = f.enum("instrument", Instrument)
        items = []
        for path, value in f.array("items"):
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3:
                raise ImportProblem(path, f"must be a whole number from 0 to 3; got {short(value)}")
            items.append(value)
        m = MeasureResult(
            id=mid, client_id=cid, instrument=instrument, taken_on=f.date("taken_on"),
            items=tuple(items), note=f.text("note"),
            session_id=self.session_ref(f, "session_id", refs),
        )
        f.rule(rules.check_measure, m)
        return m

    def custom_score(self, f: Fields, cid: int, refs: ClientRefs) -> CustomScore:
        s = CustomScore(
            id=self.ident(f, "custom score"), client_id=cid, name=f.text("name"),
            taken_on=f.date("taken_on"), value=f.number("value"),
            session_id=self.session_ref(f, "session_id", refs),
        )
        f.rule(rules.check_custom_score, s)
        return s

    def review(self, f: Fields, cid: int) -> Review:
        r = Review(
            id=self.ident(f, "review"), client_id=cid, held_on=f.date("held_on"),
            period_from=f.date("period_from"), period_to=f.date("period_to"),
            options=f.mapping("options"), narrative=f.text("narrative"),
            next_steps=f.text("next_steps"), client_reflection=f.text("client_reflection"),
        )
        f.rule(rules.check_review, r)
        return r
