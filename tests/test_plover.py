"""Events are coded as PLOVER codes them: by the act, agreeing with PLOVER's CAMEO table."""

import re
from importlib.resources import files

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from japan_nato_corpus import converter
from japan_nato_corpus.errors import FieldValueError
from japan_nato_corpus.model import PLOVER_CONTEXTS, Event, EventKind, Modality, PloverCategory
from japan_nato_corpus.strategies import events

TABLE = files("japan_nato_corpus") / "vocabularies" / "plover" / "CAMEO2PLOVER-2021.txt"
LINE = re.compile(r"(?P<code>[0-9]{3,4}): *(?P<category>[A-Z]+) *,(?P<mode>[^,#]*),(?P<context>[^#]*)#")
# PLOVER's table maps no code of these CAMEO roots: "these events, like comments generally,
# are not coded in PLOVER" (PLOVER manual, SUPPORT).
UNMAPPED_ROOTS = {"01": "make public statement", "02": "appeal"}


def _table() -> dict[str, PloverCategory]:
    """CAMEO code -> PLOVER category, read from the shipped copy of PLOVER's table."""
    table: dict[str, PloverCategory] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        match = LINE.match(line)
        if match:
            table[match["code"]] = PloverCategory(match["category"])
    return table


@pytest.fixture(name="corpus", scope="module")
def fixture_corpus():
    return jnc.load()


class TestTable:
    """The shipped table is PLOVER's, read whole."""

    def test_it_names_its_source(self):
        source = (TABLE.parent / "SOURCE.md").read_text(encoding="utf-8")
        assert "openeventdata/PLOVER" in source
        assert "e834df5b3a302f99af1f23cda08fa34b383ca598" in source

    def test_every_code_line_is_read(self):
        lines = [
            line for line in TABLE.read_text(encoding="utf-8").splitlines() if re.match(r"[0-9]{3,4}:", line)
        ]
        assert len(_table()) == len({line.split(":")[0] for line in lines})

    def test_signing_is_support_and_denouncing_is_accuse(self):
        table = _table()
        assert table["057"] == PloverCategory.SUPPORT
        assert table["111"] == PloverCategory.ACCUSE
        assert table["036"] == PloverCategory.AGREE


class TestCameoAgreesWithPlover:
    """The acceptance check: no event's CAMEO code and PLOVER category contradict."""

    def test_every_coded_event_agrees_with_the_table(self, corpus):
        table = _table()
        disagree = [
            (e.id, e.cameo, table[e.cameo].value, e.plover.value)
            for e in corpus.events
            if e.cameo in table and table[e.cameo] != e.plover
        ]
        assert disagree == []

    def test_every_code_is_in_the_table_or_a_root_it_leaves_out(self, corpus):
        table = _table()
        unknown = [
            (e.id, e.cameo)
            for e in corpus.events
            if e.cameo is not None and e.cameo not in table and e.cameo[:2] not in UNMAPPED_ROOTS
        ]
        assert unknown == []

    def test_no_intent_to_meet_on_a_meeting_that_happened(self, corpus):
        meetings = {EventKind.MEETING, EventKind.VISIT, EventKind.CONFERENCE}
        held = [
            e.id
            for e in corpus.events
            if e.cameo == "036" and e.kind in meetings and e.modality is Modality.HAPPENED
        ]
        assert held == []


# The five codings the fact-check named, each with the rule that decides it.
NAMED = [
    (
        "2014-05-06-abe-rasmussen-sign-ipcp",
        PloverCategory.SUPPORT,
        "SUPPORT: 'ratify, sign, or finalize an agreement or treaty'; CAMEO 057 is SUPPORT",
    ),
    (
        "2013-12-18-china-daily-editorial-on-proactive-pacifism",
        PloverCategory.ACCUSE,
        "ACCUSE: 'condemn, decry a policy or an action; criticize'; CAMEO 111 is ACCUSE",
    ),
    (
        "2014-07-02-korea-joongang-daily-editorial",
        PloverCategory.ACCUSE,
        "ACCUSE: 'Express disapprovals, objections, and complaints'",
    ),
    (
        "2013-12-26-wall-street-journal-editorial-on-yasukuni",
        PloverCategory.ACCUSE,
        "ACCUSE: 'criticize, defame, denigrate responsible parties'",
    ),
    (
        "2023-03-kishida-announces-aid-to-ukraine",
        PloverCategory.AGREE,
        "AGREE: 'All cooperative actions reported in future tense are also taken to imply intentions'",
    ),
]


class TestNamedCodings:
    """Each coding the fact-check found wrong, with the rule that decides it."""

    @pytest.mark.parametrize(("event_id", "category", "rule"), NAMED, ids=[n[0] for n in NAMED])
    def test_coded_by_the_rule(self, corpus, event_id, category, rule):
        assert (corpus.events[event_id].plover, rule) == (category, rule)

    def test_a_shrine_visit_is_no_consultation(self, corpus):
        # CONSULT: "All consultations and meetings"; a visit to a shrine meets no one.
        assert corpus.events["2013-12-26-abe-visits-yasukuni-shrine"].plover is not PloverCategory.CONSULT

    def test_a_trip_not_yet_begun_on_the_article_date_is_planned(self, corpus):
        # Modality follows the article's own date: the trip began after 14 January 2013.
        trip = corpus.events["2013-01-abe-trip-to-southeast-asia"]
        assert trip.modality is Modality.PLANNED
        assert trip.relative_date is not None
        assert trip.relative_date.anchor == jnc.PartialDate(year=2013, month=1, day=14)


class TestField:
    """PLOVER is a stored field; the kind only suggests a default."""

    def test_the_kind_gives_the_default(self):
        event = Event(
            id="e",
            kind=EventKind.SIGNING,
            modality=Modality.HAPPENED,
            date=jnc.PartialDate(year=2014),
            summary="s",
            evidence=(jnc.Evidence(document="d", start=0, end=1, quote="x"),),
        )
        assert event.plover is PloverCategory.SUPPORT
        assert attrs.evolve(event, plover=PloverCategory.AGREE).plover is PloverCategory.AGREE

    def test_the_json_always_states_the_category(self, corpus):
        plain = converter.unstructure(tuple(corpus.events))
        assert all("plover" in item for item in plain)

    @given(events(), st.sampled_from(sorted(PLOVER_CONTEXTS)))
    def test_round_trip_keeps_the_coding(self, event, context):
        coded = attrs.evolve(event, plover_context=(*dict.fromkeys((*event.plover_context, context)),))
        again = converter.loads(converter.dumps(coded), Event)
        assert (again.plover, again.plover_mode, again.plover_context) == (
            coded.plover,
            coded.plover_mode,
            coded.plover_context,
        )

    def test_fast_path_reads_the_coding(self, corpus):
        lines = converter.dumps_lines(corpus.events)
        assert [e.plover for e in converter.loads_lines(lines, Event)] == [e.plover for e in corpus.events]

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("plover_context", ("territory",)),
            ("plover_mode", "Visit"),
            ("plover_context", ("cyber", "cyber")),
        ],
    )
    def test_unknown_contexts_and_malformed_modes_are_refused(self, corpus, field, value):
        with pytest.raises(FieldValueError, match=field):
            attrs.evolve(corpus.events[0], **{field: value})


class TestQueries:
    """One query finds every event of a context or a category."""

    def test_in_context(self, corpus):
        military = corpus.events.in_context("military")
        assert list(military) == [e for e in corpus.events if "military" in e.plover_context]
        assert len(military) > 0

    def test_in_several_contexts(self, corpus):
        found = corpus.events.in_context("cyber", "humanitarian")
        assert {e.id for e in found} == {
            e.id for e in corpus.events if {"cyber", "humanitarian"} & set(e.plover_context)
        }

    def test_unknown_context_is_refused(self, corpus):
        with pytest.raises(ValueError, match="territory"):
            corpus.events.in_context("territory")

    def test_coded(self, corpus):
        found = corpus.events.coded("ACCUSE")
        assert [e.id for e in found] == [e.id for e in corpus.events if e.plover is PloverCategory.ACCUSE]
        assert len(found) >= 4


class TestCompleteness:
    """The corpus meets the completeness rule of docs/events.md."""

    def test_every_sentence_reporting_a_happening_has_an_event_or_a_reason(self, corpus):
        from tools.audit_events import audit

        findings = audit(corpus)
        assert len(findings) > 100
        assert [(f.document, f.start) for f in findings if f.gap] == []

    def test_a_supposed_happening_is_a_hypothetical_event(self, corpus):
        supposed = corpus.events.with_modality("hypothetical")
        assert len(supposed) >= 1
        assert all("hypothetical" in e.plover_context for e in supposed)

    def test_planned_events_are_not_in_the_past_of_their_document(self, corpus):
        for event in corpus.events.with_modality("planned"):
            published = [corpus.articles[e.document].published for e in event.evidence]
            assert any(p is None or event.date.latest >= p.earliest for p in published), event.id

    def test_relative_dates_of_the_repost_name_their_anchor(self, corpus):
        repost = "global-research-2013-01-14-abe-letter-to-nato"
        dated = [
            e
            for e in corpus.events
            if e.relative_date is not None
            and e.relative_date.expression != "in January"
            and any(piece.document == repost for piece in e.evidence)
        ]
        assert len(dated) >= 4
        assert [e.id for e in dated if not _anchor_topic(e)] == []

    def test_last_sunday_is_a_recorded_conflict(self, corpus):
        budget = corpus.events["2013-01-13-japan-increases-defense-budget"]
        assert any("'last Sunday'" in c.topic for c in budget.conflicts)

    def test_the_2104_typo_is_on_the_story_it_concerns(self, corpus):
        holders = [
            e.id
            for e in corpus.events
            if any("2104" in c.topic or "note [24]" in c.topic for c in e.conflicts)
        ]
        assert holders == ["2010-09-23-nyt-china-arrests-four-japanese"]


def _anchor_topic(event: Event) -> bool:
    return any("anchored" in c.topic for c in event.conflicts)
