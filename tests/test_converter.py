import json
import typing

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples
from japan_nato_corpus import (
    Actor,
    Agreement,
    Article,
    DuplicateKeyError,
    Event,
    EventKind,
    Evidence,
    FieldValueError,
    InvalidValueError,
    JSONSyntaxError,
    Modality,
    PartialDate,
    SchemaError,
    TooLargeError,
    UnknownFieldError,
    _json,
    converter,
)
from japan_nato_corpus import strategies as jst

RECORDS = {
    "Article": (Article, jst.articles()),
    "Event": (Event, jst.events()),
    "Agreement": (Agreement, jst.agreements()),
    "Actor": (Actor, jst.actors()),
    "PartialDate": (PartialDate, jst.partial_dates()),
    "Evidence": (Evidence, jst.evidence()),
}


def records():
    return st.sampled_from(sorted(RECORDS)).flatmap(
        lambda name: st.tuples(st.just(RECORDS[name][0]), RECORDS[name][1])
    )


class TestRoundTrip:
    """Every public record survives unstructure/structure and a JSON text round trip."""

    @given(records())
    def test_structure_unstructure(self, pair):
        cls, record = pair
        assert record == converter.converter.structure(converter.unstructure(record), cls)

    @given(records())
    def test_json_text(self, pair):
        cls, record = pair
        assert record == converter.loads(converter.dumps(record), cls)

    @given(st.lists(jst.events(), max_size=5))
    def test_json_lines(self, events):
        assert tuple(events) == converter.loads_lines(converter.dumps_lines(events), Event)

    @settings(max_examples=examples(20))
    @given(jst.corpora(max_records=6))
    def test_a_collection_is_a_list_of_its_records(self, corpus):
        collections = [(corpus.events, Event), (corpus.actors, Actor), (corpus.agreements, Agreement)]
        for collection, cls in collections:
            assert list(collection) == converter.loads(converter.dumps(collection), list[cls])

    @given(jst.articles())
    def test_datetimes_are_iso_8601_and_keep_their_offset(self, article):
        plain = converter.unstructure(article)
        if article.published_at is not None:
            assert article.published_at.isoformat() == plain["published_at"]
            restored = converter.structure(plain, Article).published_at
            assert article.published_at.utcoffset() == restored.utcoffset()


class TestForms:
    """The JSON forms are the documented ones."""

    def test_partial_date_is_an_iso_string(self):
        assert converter.dumps(PartialDate(year=2014, month=5)) == '"2014-05"'

    def test_enums_are_by_value_and_defaults_left_out(self):
        event = Event(
            id="e",
            kind=EventKind.SIGNING,
            modality=Modality.HAPPENED,
            date=PartialDate(year=2014),
            summary="s",
            evidence=(Evidence(document="d", start=0, end=1, quote="a"),),
        )
        plain = converter.unstructure(event)
        assert (plain["kind"], plain["modality"], plain["date"]) == ("signing", "happened", "2014")
        assert "place" not in plain


def _meeting(**changes):
    fields = {
        "id": "e1",
        "kind": EventKind.MEETING,
        "modality": Modality.HAPPENED,
        "date": PartialDate(year=2014),
        "summary": "Abe meets Rasmussen.",
        "evidence": (Evidence(document="d", start=0, end=3, quote="Abe"),),
    }
    return Event(**{**fields, **changes})


def places(error):
    """The file, JSON path and message of each problem an error carries."""
    return [(problem.file, problem.path, problem.message) for problem in error.problems]


class TestErrors:
    """Bad JSON raises SchemaError naming the source and JSON path."""

    def test_wrong_type_names_path(self):
        bad = [{"document": "d", "start": "zero", "end": 3, "quote": "Abe"}]
        with pytest.raises(InvalidValueError) as caught:
            converter.structure(bad, tuple[Evidence, ...], source="evidence.json")
        assert [("evidence.json", "$[0].start", "expected int, got str 'zero'")] == places(caught.value)

    def test_unknown_field_is_refused(self):
        with pytest.raises(UnknownFieldError) as caught:
            converter.loads(
                json.dumps({"document": "d", "start": 0, "end": 1, "quote": "a", "colour": "red"}),
                Evidence,
                source="x.json",
            )
        assert [("x.json", "$", "extra fields found (colour)")] == places(caught.value)

    def test_invalid_json_names_line_and_column(self):
        with pytest.raises(SchemaError, match=r"(?s)x\.json.*line 2 column 1"):
            converter.loads('{"a":\n}', Evidence, source="x.json")

    def test_bad_json_line_names_the_line(self):
        good = converter.dumps_lines([Evidence(document="d", start=0, end=1, quote="a")])
        with pytest.raises(JSONSyntaxError) as caught:
            converter.loads_lines(good + "{oops\n", Evidence, source="e.jsonl")
        assert [("e.jsonl", "line 2")] == [place[:2] for place in places(caught.value)]

    def test_validator_message_reaches_the_user(self):
        with pytest.raises(SchemaError) as caught:
            converter.structure(["2014-02-30"], tuple[PartialDate, ...], source="d.json")
        ((_, path, message),) = places(caught.value)
        assert ("$[0]", True) == (path, message.endswith("day 30 is past the end of 2014-02 (last day 28)"))

    def test_a_rejected_field_ends_the_path(self):
        bad = [{"id": "japan", "kind": "state", "name": "Japan", "wikidata": "Japan"}]
        with pytest.raises(SchemaError) as caught:
            converter.structure(bad, tuple[Actor, ...], source="actors.json")
        assert [
            ("actors.json", "$[0].wikidata", "'wikidata' must match regex 'Q[1-9][0-9]*' ('Japan' doesn't)")
        ] == places(caught.value)

    @pytest.mark.parametrize(
        ("field", "value", "problem"),
        [
            ("id", "Not An Id", "'id' must be a non-empty id"),
            ("summary", "   ", "'summary' must not be empty or blank"),
            ("evidence", [], "'evidence' must hold at least one item"),
        ],
    )
    def test_the_packages_own_checks_end_the_path_with_the_field(self, field, value, problem):
        plain = converter.unstructure(_meeting())
        with pytest.raises(SchemaError) as caught:
            converter.structure([{**plain, field: value}], tuple[Event, ...], source="events.json")
        ((_, path, message),) = places(caught.value)
        assert message.startswith(problem)
        assert f"$[0].{field}" == path

    def test_a_field_error_reads_as_its_message_and_names_its_field(self):
        with pytest.raises(FieldValueError, match=r"^'summary' must not be empty or blank$") as caught:
            _meeting(summary=" ")
        assert "summary" == caught.value.field
        assert isinstance(caught.value, ValueError)

    @pytest.mark.parametrize("not_an_array", ["japan", {"japan": 1}, 7])
    def test_a_list_field_takes_only_an_array(self, not_an_array):
        plain = {**converter.unstructure(_meeting()), "participants": not_an_array}
        with pytest.raises(InvalidValueError) as caught:
            converter.structure([plain], tuple[Event, ...], source="events.json")
        ((_, path, message),) = places(caught.value)
        assert ("$[0].participants", "expected a JSON array") == (path, message[:21])
        with pytest.raises(InvalidValueError) as caught:
            converter.loads_lines(json.dumps(plain), Event, source="events.jsonl")
        ((_, path, message),) = places(caught.value)
        assert ("line 1: $.participants", "expected a JSON array") == (path, message[:21])

    def test_a_string_of_ids_is_not_split_into_letters(self):
        agreement = {
            "id": "ipcp",
            "name": "IPCP",
            "kind": "other",
            "evidence": [{"document": "d", "start": 0, "end": 3, "quote": "Abe"}],
            "parties": "japan",
        }
        with pytest.raises(InvalidValueError) as caught:
            converter.structure([agreement], tuple[Agreement, ...], source="agreements.json")
        assert [("agreements.json", "$[0].parties", "expected a JSON array, got str 'japan'")] == places(
            caught.value
        )

    def test_a_check_across_fields_names_the_record(self):
        bad = [{"document": "d", "start": 3, "end": 1, "quote": "Abe"}]
        with pytest.raises(SchemaError) as caught:
            converter.structure(bad, tuple[Evidence, ...], source="evidence.json")
        expected = [("evidence.json", "$[0]", "offsets must satisfy 0 <= start <= end (got start=3, end=1)")]
        assert expected == places(caught.value)

    def test_non_utf8_bytes(self):
        with pytest.raises(SchemaError, match=r"(?s)x\.json.*not UTF-8: byte 0xff at offset 1"):
            converter.loads(b'"\xff"', str, source="x.json")


class TestBulkLoading:
    """JSON Lines loading takes a fast path that accepts exactly what the detailed one accepts."""

    @staticmethod
    def _line(**participant):
        event = {
            "id": "e1",
            "kind": "meeting",
            "modality": "happened",
            "date": "2014-05-06",
            "summary": "Abe meets Rasmussen.",
            "evidence": [{"document": "d", "start": 0, "end": 3, "quote": "Abe"}],
            "participants": [participant],
        }
        return json.dumps(event) + "\n"

    @pytest.mark.parametrize(
        ("participant", "problem"),
        [
            ({"actor": "shinzo-abe", "role": "chair"}, "'chair' is not a valid ParticipantRole"),
            ({"actor": "Shinzo Abe", "role": "agent"}, "'actor' must be a non-empty id"),
            ({"actor": ["shinzo-abe"], "role": "agent"}, "expected str, got list"),
            ({"actor": "shinzo-abe", "role": "agent", "party": "LDP"}, "extra fields found (party)"),
            ({"actor": "shinzo-abe"}, "required field missing"),
        ],
    )
    def test_a_bad_participant_is_reported_even_after_good_ones(self, participant, problem):
        good = self._line(actor="shinzo-abe", role="agent")
        with pytest.raises(SchemaError) as caught:
            converter.loads_lines(good + self._line(**participant), Event, source="e.jsonl")
        ((_, path, message),) = places(caught.value)
        assert problem in message
        assert path.startswith("line 2: $.participants[0]")

    def test_a_string_is_not_a_tuple(self):
        line = self._line(actor="shinzo-abe", role="agent").replace(
            '"participants": [{"actor": "shinzo-abe", "role": "agent"}]', '"participants": "shinzo-abe"'
        )
        with pytest.raises(InvalidValueError) as caught:
            converter.loads_lines(line, Event, source="e.jsonl")
        assert ["line 1: $.participants"] == [path for _, path, _ in places(caught.value)]

    @given(st.lists(jst.events(), min_size=1, max_size=5))
    def test_equal_participants_are_shared(self, events):
        loaded = converter.loads_lines(converter.dumps_lines(events + events), Event)
        assert tuple(events + events) == loaded
        half = len(events)
        for first, second in zip(loaded[:half], loaded[half:], strict=True):
            assert all(a is b for a, b in zip(first.participants, second.participants, strict=True))


class TestStrictReaders:
    """Every public reader is the strict one: hostile JSON raises our errors, never Python's."""

    @pytest.mark.parametrize(
        ("text", "error"),
        [
            ("[" * 100_000 + "]" * 100_000, JSONSyntaxError),
            ('{"document": "d", "start": 0, "end": 1, "quote": "a", "quote": "b"}', DuplicateKeyError),
            ('{"document": "d", "start": ' + "9" * 5000 + ', "end": 1, "quote": "a"}', JSONSyntaxError),
            ('{"document": "d", "start": NaN, "end": 1, "quote": "a"}', JSONSyntaxError),
            ('"not an object"', InvalidValueError),
        ],
        ids=["deep", "duplicate-key", "huge-number", "nan", "not-an-object"],
    )
    def test_loads_and_loads_lines_refuse(self, text, error):
        with pytest.raises(error):
            converter.loads(text, Evidence)
        if "\n" not in text:
            with pytest.raises(error):
                converter.loads_lines(text + "\n", Evidence)

    def test_structure_of_a_string_as_a_record_is_our_error(self):
        with pytest.raises(InvalidValueError) as caught:
            converter.structure("x", Event)
        assert ["expected a JSON object"] == [problem.message for problem in caught.value.problems]

    def test_text_past_the_limit_is_refused_before_it_is_read(self, monkeypatch):
        monkeypatch.setattr(_json, "MAX_BYTES", 10)
        with pytest.raises(TooLargeError):
            converter.loads('"a string of more than ten characters"', str)


SEPARATORS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character str.splitlines splits at."""


class TestLineSeparators:
    """JSON Lines split on newlines alone: strings may hold any Unicode line separator."""

    @given(st.lists(jst.actors(), min_size=1, max_size=4), st.data())
    def test_records_with_separators_round_trip(self, actors, data):
        named = [
            attrs.evolve(actor, name=actor.name + data.draw(st.sampled_from(SEPARATORS)) + SEPARATORS + "x")
            for actor in actors
        ]
        text = converter.dumps_lines(named)
        assert len(named) == text.count("\n") == len(text.splitlines())
        assert tuple(named) == converter.loads_lines(text, Actor)

    def test_a_bad_line_after_a_separator_is_numbered_as_in_the_file(self):
        good = '{"document": "d", "start": 0, "end": 4, "quote": "a\u2028b\u0085"}\n'
        with pytest.raises(JSONSyntaxError) as caught:
            converter.loads_lines(good + good + "{oops\n", Evidence)
        assert ["line 3"] == [problem.path for problem in caught.value.problems]


def tuple_field_names(cls):
    return [field.name for field in attrs.fields(cls) if typing.get_origin(field.type) is tuple]


class TestRecordsStoreTuples:
    """Records given lists for tuple fields store tuples: immutable, hashable, equal."""

    @given(st.one_of(jst.events(), jst.actors(), jst.agreements()))
    def test_lists_become_tuples(self, record):
        names = tuple_field_names(type(record))
        rebuilt = attrs.evolve(record, **{name: list(getattr(record, name)) for name in names})
        assert record == rebuilt
        assert hash(record) == hash(rebuilt)
        assert all(type(getattr(rebuilt, name)) is tuple for name in names)

    def test_a_string_is_refused_for_a_tuple_field(self):
        with pytest.raises(TypeError, match="expected a tuple or list, got str"):
            attrs.evolve(_meeting(), participants="japan")
