"""Checking an export document and reading it into a ``Plan``.

``parse_document`` checks everything — the format and version, types, required
and unknown fields, closed vocabularies, dates, the domain rules, duplicate ids
and references between records — and raises ``ImportProblem`` at the first bad
field, with its full path. Nothing here touches a vault.
"""

from __future__ import annotations

from practice_notes.domain import rules
from practice_notes.domain.enums import (
    Attendance,
    ClientStatus,
    GoalStatus,
    Modality,
    NoteFormat,
    OutcomeRating,
    Rater,
    RatingScheme,
    StrategyKind,
)
from practice_notes.domain.models import (
    Addendum,
    CatalogueEntry,
    Client,
    Draft,
    Goal,
    GoalRating,
    GoalStatusChange,
    PracticeSettings,
    Session,
    Strategy,
)
from practice_notes.domain.notes import template
from practice_notes.services.transfer_fields import (
    Fields,
    ImportProblem,
    at,
    kind_of,
    short,
)
from practice_notes.services.transfer_parse_base import (
    ClientRefs,
    DuplicateValue,
    FirstSeen,
    ParserBase,
)
from practice_notes.services.transfer_schema import (
    ADDENDUM_FIELDS,
    CATALOGUE_ENTRY_FIELDS,
    CATALOGUES_FIELDS,
    CHECKIN_FIELDS,
    CUSTOM_SCORE_FIELDS,
    DRAFT_FIELDS,
    GOAL_FIELDS,
    MEASURE_FIELDS,
    MILESTONE_FIELDS,
    RATING_FIELDS,
    REVIEW_FIELDS,
    ROOT_FIELDS,
    SESSION_FIELDS,
    SETTINGS_FIELDS,
    STATUS_CHANGE_FIELDS,
    STRATEGY_FIELDS,
    ClientPlan,
    GoalPlan,
    Plan,
    SessionPlan,
    check_header,
)

_DEFAULTS = PracticeSettings()


def parse_document(doc: object) -> Plan:
    """Check a whole document; raise ImportProblem at the first bad field."""
    version = check_header(doc)
    try:
        return _Parser(version=version).document(Fields(doc, "$", ROOT_FIELDS))
    except DuplicateValue as dup:  # read again, to the value's first place
        finder = _Parser(version=version)
        finder.finding = (dup.what, dup.value)
        try:
            finder.document(Fields(doc, "$", ROOT_FIELDS))
        except FirstSeen as first:
            raise dup.placed(first.path) from None
        raise


class _Parser(ParserBase):
    """Reads a whole document (see ``ParserBase`` for ``trusted`` and ``version``)."""

    # ------------------------------------------------------------ top level
    def document(self, f: Fields) -> Plan:
        settings, kinds, topics = self.header(f)
        clients = tuple(self.client(self.fields(v, p, self.client_fields))
                        for p, v in f.array("clients"))
        drafts = self.drafts(f)
        return Plan(settings, kinds, topics, clients, drafts)

    def header(
        self, f: Fields
    ) -> tuple[PracticeSettings, tuple[CatalogueEntry, ...], tuple[CatalogueEntry, ...]]:
        f.text("app_version", one_line=True, limit=100)
        settings = self.settings(f.obj("settings", SETTINGS_FIELDS))
        return (settings, *self.catalogues(f))

    def catalogues(
        self, f: Fields
    ) -> tuple[tuple[CatalogueEntry, ...], tuple[CatalogueEntry, ...]]:
        cats = f.obj("catalogues", CATALOGUES_FIELDS)
        kinds = self.catalogue(cats, "milestone_kinds")
        topics = self.catalogue(cats, "agreement_topics")
        self.kinds = {e.key for e in kinds}
        self.topics = {e.key for e in topics}
        return kinds, topics

    def drafts(self, f: Fields) -> tuple[Draft, ...]:
        return tuple(self.draft(self.fields(v, p, DRAFT_FIELDS)) for p, v in f.array("drafts"))

    @staticmethod
    def settings(f: Fields) -> PracticeSettings:
        s = PracticeSettings(
            therapist_name=f.text("therapist_name"), practice_name=f.text("practice_name"),
            credentials=f.text("credentials"), contact=f.text("contact"),
            auto_lock_minutes=f.integer("auto_lock_minutes"), paper_size=f.text("paper_size"),
            retention_years_after_discharge=f.opt_integer(
                "retention_years_after_discharge", _DEFAULTS.retention_years_after_discharge),
            retention_years_after_majority=f.opt_integer(
                "retention_years_after_majority", _DEFAULTS.retention_years_after_majority),
            review_interval_months=f.opt_integer(
                "review_interval_months", _DEFAULTS.review_interval_months),
        )
        f.rule(rules.check_settings, s)
        return s

    def catalogue(self, cats: Fields, name: str) -> tuple[CatalogueEntry, ...]:
        out = []
        for path, value in cats.array(name):
            f = self.fields(value, path, CATALOGUE_ENTRY_FIELDS)
            key = f.text("key", required=True, one_line=True, limit=100)
            self.unique(f, "key", key, f"{name} key")
            out.append(CatalogueEntry(
                key=key, label=f.text("label", one_line=True, limit=200),
                active=f.boolean("active"), position=f.integer("position"),
            ))
        return tuple(out)

    def draft(self, f: Fields) -> Draft:
        key = f.text("key", required=True, one_line=True, limit=200)
        self.unique(f, "key", key, "draft key")
        return Draft(key=key, body=f.text("body"), updated_at=f.datetime("updated_at"))

    # --------------------------------------------------------------- client
    def client(self, f: Fields) -> ClientPlan:
        cid = self.ident(f, "client")
        c = Client(
            id=cid, code=f.text("code"), display_name=f.text("display_name"),
            preferred_name=f.text("preferred_name"), pronouns=f.text("pronouns"),
            other_names=self.other_names(f), start_date=f.opt_date("start_date"),
            status=f.enum("status", ClientStatus),
            considerations=f.text("considerations"), next_review_on=f.opt_date("next_review_on"),
            discharged_on=f.opt_date("discharged_on", optional=True),
            born_on=f.opt_date("born_on", optional=True),
        )
        f.rule(rules.check_client, c)
        self.unique(f, "code", c.code, "client code")
        refs = ClientRefs()
        goals, pending = [], []
        for path, value in f.array("goals"):
            plan, ratings = self.goal(self.fields(value, path, GOAL_FIELDS), cid)
            goals.append(plan)
            pending.extend(ratings)
            refs.goals[plan.goal.id or 0] = plan.goal
        sessions = []
        for path, value in f.array("sessions"):
            sessions.append(self.session(self.fields(value, path, SESSION_FIELDS), cid, refs))
            refs.sessions.add(sessions[-1].session.id or 0)
        for rating in pending:  # ratings name sessions, which come after goals
            self.session_ref(rating, "session_id", refs)
        return ClientPlan(
            client=c, goals=tuple(goals), sessions=tuple(sessions),
            milestones=tuple(self.milestone(self.fields(v, p, MILESTONE_FIELDS), cid, refs)
                             for p, v in f.array("milestones")),
            agreements=self.agreements(f, cid),
            checkins=tuple(self.checkin(self.fields(v, p, CHECKIN_FIELDS), cid, refs)
                           for p, v in f.array("checkins")),
            measures=tuple(self.measure(self.fields(v, p, MEASURE_FIELDS), cid, refs)
                           for p, v in f.array("measures")),
            custom_scores=tuple(self.custom_score(self.fields(v, p, CUSTOM_SCORE_FIELDS), cid, refs)
                                for p, v in f.array("custom_scores")),
            reviews=tuple(self.review(self.fields(v, p, REVIEW_FIELDS), cid)
                          for p, v in f.array("reviews")),
        )

    def other_names(self, f: Fields) -> tuple[str, ...]:
        """Names to hide: none in version 1 (``check_client`` then checks them all)."""
        return f.texts("other_names", one_line=True, limit=rules.MAX_NAME) \
            if self.version >= 2 else ()

    # ---------------------------------------------------------------- goals
    def goal(self, f: Fields, cid: int) -> tuple[GoalPlan, list[Fields]]:
        gid = self.ident(f, "goal")
        levels = []
        for path, value in f.array("gas_levels"):
            if not isinstance(value, str):
                raise ImportProblem(path, f"must be text, not {kind_of(value)}")
            levels.append(value)
        g = Goal(
            id=gid, client_id=cid, client_words=f.text("client_words", required=True),
            why_it_matters=f.text("why_it_matters"), agreed_on=f.opt_date("agreed_on"),
            target_on=f.opt_date("target_on"), status=f.enum("status", GoalStatus),
            scheme=f.enum("scheme", RatingScheme), gas_levels=tuple(levels),
            weight=f.number("weight"),
        )
        f.rule(rules.check_goal, g)
        history = []
        for path, value in f.array("status_history"):
            h = self.fields(value, path, STATUS_CHANGE_FIELDS)
            history.append(GoalStatusChange(
                id=self.ident(h, "goal status change"), goal_id=gid,
                changed_on=h.date("changed_on"), status=h.enum("status", GoalStatus),
                reason=h.text("reason"),
            ))
        ratings, pending = [], []
        for path, value in f.array("ratings"):
            r = self.fields(value, path, RATING_FIELDS)
            rating = GoalRating(
                id=self.ident(r, "rating"), goal_id=gid, rated_on=r.date("rated_on"),
                value=r.integer("value"), rated_by=r.enum("rated_by", Rater),
                note=r.text("note"), session_id=r.opt_ident("session_id"),
            )
            r.rule(rules.check_rating, g, rating)
            ratings.append(rating)
            pending.append(r)
        strategies = []
        for path, value in f.array("strategies"):
            s = self.fields(value, path, STRATEGY_FIELDS)
            strategy = Strategy(
                id=self.ident(s, "strategy"), goal_id=gid,
                description=s.text("description", required=True),
                kind=s.enum("kind", StrategyKind), started_on=s.opt_date("started_on"),
                outcome=s.enum("outcome", OutcomeRating), outcome_note=s.text("outcome_note"),
            )
            s.rule(rules.check_strategy, strategy)
            strategies.append(strategy)
        plan = GoalPlan(g, tuple(history), tuple(ratings), tuple(strategies))
        return plan, pending

    # ------------------------------------------------------------- sessions
    def session(self, f: Fields, cid: int, refs: ClientRefs) -> SessionPlan:
        sid = self.ident(f, "session")
        note_format = f.enum("note_format", NoteFormat)
        note_fields = self.note_fields(f, note_format)
        goal_ids: list[int] = []
        for path, value in f.array("goals_addressed"):
            if isinstance(value, bool) or not isinstance(value, int) or value not in refs.goals:
                raise ImportProblem(path, f"no goal {short(value)} among this client's goals")
            if value in goal_ids:
                raise ImportProblem(path, f"goal {value} is listed twice")
            goal_ids.append(value)
        s = Session(
            id=sid, client_id=cid, starts_at=f.datetime("starts_at"),
            duration_minutes=f.integer("duration_minutes"),
            attendance=f.enum("attendance", Attendance), modality=f.enum("modality", Modality),
            note_format=note_format, note_fields=note_fields,
            process_notes=f.text("process_notes"), homework_reviewed=f.text("homework_reviewed"),
            goal_ids=tuple(goal_ids), signed_at=f.opt_datetime("signed_at"),
        )
        f.rule(rules.check_session, s)
        signed_by = f.text("signed_by", one_line=True, limit=rules.MAX_NAME)
        if s.signed_at is None and signed_by:
            raise f.problem("signed_by", "an unsigned note has no signer")
        addenda = []
        for path, value in f.array("addenda"):
            a = self.fields(value, path, ADDENDUM_FIELDS)
            if s.signed_at is None:
                raise ImportProblem(path, "addenda belong to signed notes; this note is unsigned")
            addenda.append(Addendum(
                id=self.ident(a, "addendum"), session_id=sid, written_at=a.datetime("written_at"),
                body=a.text("body", required=True),
            ))
        return SessionPlan(s, signed_by, tuple(addenda))

    def note_fields(self, f: Fields, note_format: NoteFormat) -> dict[str, str]:
        """The note's fields: any of its format's fields (absent ones are blank)."""
        value = f.value["note_fields"]
        if self.trusted:
            return dict(value)
        keys = [nf.key for nf in template(note_format)]
        if not isinstance(value, dict):
            raise f.problem("note_fields", f"must be an object, not {kind_of(value)}")
        path = f.at("note_fields")
        for key in sorted(value, key=str):
            if key not in keys:
                raise ImportProblem(at(path, str(key)),
                                    f"{note_format.label} notes have no field {short(key)}")
        notes = self.fields(value, path, [k for k in keys if k in value])
        return {key: notes.text(key) for key in value}
