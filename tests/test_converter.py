import json
import threading
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

    @pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
    def test_json_lines_past_the_limit_are_refused_however_short_each_line(self, monkeypatch, as_bytes):
        monkeypatch.setattr(_json, "MAX_BYTES", 10)
        text = '"a"\n' * 5
        with pytest.raises(TooLargeError) as caught:
            converter.loads_lines(text.encode() if as_bytes else text, str, source="x.jsonl")
        unit = "bytes" if as_bytes else "characters"
        assert [("x.jsonl", "too-large", f"20 {unit} is past the limit of 10")] == [
            (p.file, p.kind, p.message) for p in caught.value.problems
        ]


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


_GOOD = {
    "id": "e1",
    "kind": "meeting",
    "modality": "happened",
    "date": "2014-05-06",
    "summary": "Abe meets Rasmussen.",
    "evidence": [{"document": "d", "start": 0, "end": 3, "quote": "Abe"}],
    "participants": [{"actor": "shinzo-abe", "role": "agent"}],
}


def _line(**changes):
    return json.dumps({**_GOOD, **changes})


def _without(field):
    return json.dumps({key: value for key, value in _GOOD.items() if key != field})


_EVIDENCE = _GOOD["evidence"][0]
BAD_LINES = {
    "truncated": _line()[:40],
    "trailing-data": _line() + " {}",
    "duplicate-key": _line()[:-1] + ', "summary": "Again."}',
    "nested-duplicate-key": _line().replace('"quote": "Abe"', '"quote": "Abe", "quote": "Abe"'),
    "nan": _line().replace('"start": 0', '"start": NaN'),
    "huge-number": _line().replace('"start": 0', '"start": ' + "9" * 5000),
    "deep": '{"id": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "lone-surrogate": _line(summary="Abe \ud800 meets"),
    "bom": "\ufeff" + _line(),
    "not-an-object": '"visit"',
    "array": "[1, 2]",
    "missing-field": _without("date"),
    "missing-nested-field": _line(evidence=[{"document": "d", "start": 0, "end": 3}]),
    "unknown-field": _line(colour="red"),
    "unknown-nested-field": _line(evidence=[{**_EVIDENCE, "page": 2}]),
    "string-for-int": _line(evidence=[{**_EVIDENCE, "start": "0"}]),
    "bool-for-int": _line(evidence=[{**_EVIDENCE, "start": False}]),
    "float-for-int": _line(evidence=[{**_EVIDENCE, "end": 3.0}]),
    "int-for-string": _line(summary=5),
    "null-for-required": _line(summary=None),
    "bad-enum": _line(kind="summit"),
    "enum-not-a-string": _line(modality=["happened"]),
    "bad-date": _line(date="2014-02-30"),
    "date-form": _line(date="6 May 2014"),
    "date-not-a-string": _line(date=2014),
    "end-before-date": _line(end="2014-05-01"),
    "bad-id": _line(id="Not An Id"),
    "blank-summary": _line(summary="   "),
    "no-evidence": _line(evidence=[]),
    "evidence-offsets": _line(evidence=[{**_EVIDENCE, "start": 3, "end": 1}]),
    "evidence-not-objects": _line(evidence=["Abe"]),
    "string-for-list": _line(participants="shinzo-abe"),
    "object-for-list": _line(participants={"actor": "shinzo-abe", "role": "agent"}),
    "bad-role": _line(participants=[{"actor": "shinzo-abe", "role": "chair"}]),
    "bad-actor-id": _line(participants=[{"actor": "Shinzo Abe", "role": "agent"}]),
    "participant-extra-field": _line(participants=[{"actor": "shinzo-abe", "role": "agent", "party": "LDP"}]),
    "participant-missing-role": _line(participants=[{"actor": "shinzo-abe"}]),
    "participant-not-an-object": _line(participants=["shinzo-abe"]),
    "bad-cameo": _line(cameo="talks"),
    "unknown-plover-context": _line(plover_context=["weather"]),
    "repeated-plover-context": _line(plover_context=["military", "military"]),
    "bad-plover-mode": _line(plover_mode="Third Party"),
    "bad-plover": _line(plover="HUG"),
    "bad-relative-date": _line(relative_date={"expression": " ", "anchor": "2014-05-06"}),
    "two-problems": _line(kind="summit", evidence=[{**_EVIDENCE, "start": "0"}]),
}
"""One event line of each kind of fault a user's JSON Lines file may hold."""

_ID_RULE = "must be a non-empty id of lower-case letters, digits and single '-', '_' or '.' between them"

BAD_LINE_ERRORS = {
    "truncated": (
        "JSONSyntaxError",
        [("line 3", "json-syntax", "invalid JSON: Unterminated string starting at at column 33")],
    ),
    "trailing-data": (
        "JSONSyntaxError",
        [("line 3", "json-syntax", "invalid JSON: Extra data at column 245")],
    ),
    "duplicate-key": ("DuplicateKeyError", [("line 3: $", "duplicate-key", "duplicate key 'summary'")]),
    "nested-duplicate-key": (
        "DuplicateKeyError",
        [("line 3: $.evidence[0]", "duplicate-key", "duplicate key 'quote'")],
    ),
    "nan": (
        "JSONSyntaxError",
        [("line 3: $.evidence[0].start", "json-syntax", "invalid JSON: NaN is not JSON")],
    ),
    "huge-number": (
        "JSONSyntaxError",
        [
            (
                "line 3: $.evidence[0].start",
                "json-syntax",
                (
                    "invalid JSON: Exceeds the limit (4300 digits) for integer string conversion: "
                    "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
                ),
            )
        ],
    ),
    "deep": ("JSONSyntaxError", [("line 3", "json-syntax", "invalid JSON: nested too deeply")]),
    "lone-surrogate": (
        "EncodingError",
        [("line 3: $.summary", "encoding", "lone surrogate '\\ud800' is not UTF-8")],
    ),
    "bom": (
        "JSONSyntaxError",
        [
            (
                "line 3",
                "json-syntax",
                "invalid JSON: Unexpected UTF-8 BOM (decode using utf-8-sig) at column 1",
            )
        ],
    ),
    "not-an-object": ("InvalidValueError", [("line 3: $", "invalid-value", "expected a JSON object")]),
    "array": ("InvalidValueError", [("line 3: $", "invalid-value", "expected a JSON object")]),
    "missing-field": ("MissingFieldError", [("line 3: $.date", "missing-field", "required field missing")]),
    "missing-nested-field": (
        "MissingFieldError",
        [("line 3: $.evidence[0].quote", "missing-field", "required field missing")],
    ),
    "unknown-field": ("UnknownFieldError", [("line 3: $", "unknown-field", "extra fields found (colour)")]),
    "unknown-nested-field": (
        "UnknownFieldError",
        [("line 3: $.evidence[0]", "unknown-field", "extra fields found (page)")],
    ),
    "string-for-int": (
        "InvalidValueError",
        [("line 3: $.evidence[0].start", "invalid-value", "expected int, got str '0'")],
    ),
    "bool-for-int": (
        "InvalidValueError",
        [("line 3: $.evidence[0].start", "invalid-value", "expected int, got bool False")],
    ),
    "float-for-int": (
        "InvalidValueError",
        [("line 3: $.evidence[0].end", "invalid-value", "expected int, got float 3.0")],
    ),
    "int-for-string": (
        "InvalidValueError",
        [("line 3: $.summary", "invalid-value", "expected str, got int 5")],
    ),
    "null-for-required": (
        "InvalidValueError",
        [("line 3: $.summary", "invalid-value", "expected str, got NoneType None")],
    ),
    "bad-enum": (
        "InvalidValueError",
        [("line 3: $.kind", "invalid-value", "'summit' is not a valid EventKind")],
    ),
    "enum-not-a-string": (
        "InvalidValueError",
        [("line 3: $.modality", "invalid-value", "['happened'] is not a valid Modality")],
    ),
    "bad-date": (
        "InvalidValueError",
        [
            (
                "line 3: $.date",
                "invalid-value",
                "'2014-02-30' is not a real date: day 30 is past the end of 2014-02 (last day 28)",
            )
        ],
    ),
    "date-form": (
        "InvalidValueError",
        [
            (
                "line 3: $.date",
                "invalid-value",
                "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '6 May 2014'",
            )
        ],
    ),
    "date-not-a-string": (
        "InvalidValueError",
        [("line 3: $.date", "invalid-value", "expected a date string YYYY, YYYY-MM or YYYY-MM-DD, got int")],
    ),
    "end-before-date": (
        "InvalidValueError",
        [("line 3: $", "invalid-value", "end 2014-05-01 is before start 2014-05-06")],
    ),
    "bad-id": (
        "InvalidValueError",
        [
            (
                "line 3: $.id",
                "invalid-value",
                f"'id' {_ID_RULE} (got 'Not An Id')",
            )
        ],
    ),
    "blank-summary": (
        "InvalidValueError",
        [("line 3: $.summary", "invalid-value", "'summary' must not be empty or blank")],
    ),
    "no-evidence": (
        "InvalidValueError",
        [("line 3: $.evidence", "invalid-value", "'evidence' must hold at least one item")],
    ),
    "evidence-offsets": (
        "InvalidValueError",
        [
            (
                "line 3: $.evidence[0]",
                "invalid-value",
                "offsets must satisfy 0 <= start <= end (got start=3, end=1)",
            )
        ],
    ),
    "evidence-not-objects": (
        "InvalidValueError",
        [("line 3: $.evidence[0]", "invalid-value", "expected a JSON object")],
    ),
    "string-for-list": (
        "InvalidValueError",
        [("line 3: $.participants", "invalid-value", "expected a JSON array, got str 'shinzo-abe'")],
    ),
    "object-for-list": (
        "InvalidValueError",
        [
            (
                "line 3: $.participants",
                "invalid-value",
                "expected a JSON array, got dict {'actor': 'shinzo-abe', 'role': 'agent'}",
            )
        ],
    ),
    "bad-role": (
        "InvalidValueError",
        [("line 3: $.participants[0].role", "invalid-value", "'chair' is not a valid ParticipantRole")],
    ),
    "bad-actor-id": (
        "InvalidValueError",
        [
            (
                "line 3: $.participants[0].actor",
                "invalid-value",
                f"'actor' {_ID_RULE} (got 'Shinzo Abe')",
            )
        ],
    ),
    "participant-extra-field": (
        "UnknownFieldError",
        [("line 3: $.participants[0]", "unknown-field", "extra fields found (party)")],
    ),
    "participant-missing-role": (
        "MissingFieldError",
        [("line 3: $.participants[0].role", "missing-field", "required field missing")],
    ),
    "participant-not-an-object": (
        "InvalidValueError",
        [("line 3: $.participants[0]", "invalid-value", "expected a JSON object")],
    ),
    "bad-cameo": (
        "InvalidValueError",
        [("line 3: $.cameo", "invalid-value", "'cameo' must match regex '[0-9]{2,4}' ('talks' doesn't)")],
    ),
    "unknown-plover-context": (
        "InvalidValueError",
        [
            (
                "line 3: $.plover_context",
                "invalid-value",
                "'plover_context' holds ['weather'], which PLOVER has no context for",
            )
        ],
    ),
    "repeated-plover-context": (
        "InvalidValueError",
        [
            (
                "line 3: $.plover_context",
                "invalid-value",
                "'plover_context' repeats a context: ('military', 'military')",
            )
        ],
    ),
    "bad-plover-mode": (
        "InvalidValueError",
        [
            (
                "line 3: $.plover_mode",
                "invalid-value",
                "'plover_mode' must be a PLOVER mode word, as 'visit' or 'third-party' (got 'Third Party')",
            )
        ],
    ),
    "bad-plover": (
        "InvalidValueError",
        [("line 3: $.plover", "invalid-value", "'HUG' is not a valid PloverCategory")],
    ),
    "bad-relative-date": (
        "InvalidValueError",
        [("line 3: $.relative_date.expression", "invalid-value", "'expression' must not be empty or blank")],
    ),
    "two-problems": (
        "InvalidValueError",
        [
            ("line 3: $.kind", "invalid-value", "'summit' is not a valid EventKind"),
            ("line 3: $.evidence[0].start", "invalid-value", "expected int, got str '0'"),
        ],
    ),
}
"""The error each of :data:`BAD_LINES` raised as the third line of events.jsonl, as read before the bulk
path was made faster (the error's class, and each problem's path, kind and message); since, ``NaN`` and a
number too long to convert are placed by their JSON path, not by their line alone."""


def _problems(error):
    return [(problem.file, problem.path, problem.kind, problem.message) for problem in error.problems]


class TestEveryBadLineKeepsItsError:
    """Each kind of bad record raises what it always raised: our error naming the file, line and JSON path."""

    def test_every_kind_is_pinned(self):
        assert sorted(BAD_LINES) == sorted(BAD_LINE_ERRORS)

    @pytest.mark.parametrize("name", sorted(BAD_LINES))
    def test_the_error_names_file_line_and_path(self, name):
        text = _line(id="e0") + "\n\n" + BAD_LINES[name] + "\n" + _line(id="e3") + "\n"
        with pytest.raises(SchemaError) as caught:
            converter.loads_lines(text, Event, source="events.jsonl")
        error_name, problems = BAD_LINE_ERRORS[name]
        assert (error_name, [("events.jsonl", *problem) for problem in problems]) == (
            type(caught.value).__name__,
            _problems(caught.value),
        )

    def test_bytes_read_the_same(self):
        text = _line(id="e0") + "\n\n" + BAD_LINES["bad-role"] + "\n"
        with pytest.raises(SchemaError) as caught:
            converter.loads_lines(text.encode(), Event, source="events.jsonl")
        assert [("events.jsonl", "line 3: $.participants[0].role")] == [
            p[:2] for p in _problems(caught.value)
        ]

    def test_every_bad_line_of_a_file_is_reported_none_dropped(self):
        names = sorted(BAD_LINES)
        text = "".join(f"{BAD_LINES[name]}\n{_line(id=f'e{n}')}\n" for n, name in enumerate(names))
        with pytest.raises(SchemaError) as caught:
            converter.loads_lines(text, Event, source="events.jsonl")
        expected = [
            ("events.jsonl", f"line {2 * n + 1}{path.removeprefix('line 3')}", kind, message)
            for n, name in enumerate(names)
            for path, kind, message in BAD_LINE_ERRORS[name][1]
        ]
        assert expected == _problems(caught.value)

    def test_a_line_ending_in_a_carriage_return_is_read(self):
        events = converter.loads_lines(_line(id="e0") + "\r\n  \r\n" + _line(id="e2") + " \t\n", Event)
        assert ["e0", "e2"] == [event.id for event in events]


_AWKWARD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 5),
    st.sampled_from([1.5, 0.0, -0.0]),
    st.sampled_from(["", " ", "x", "Not An Id", "e1", "2014", "2014-02-30", "2014-05-06", "0", "12"]),
    st.sampled_from(["meeting", "planned", "agent", "chair", "CONSULT", "military", "third-party", "Abe"]),
    st.text(max_size=4),
)
"""JSON scalars near the edges of what the record fields take."""

_JSON_VALUES = st.recursive(
    _AWKWARD,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["actor", "role", "document", "start", "end", "quote", "x"]), inner)
    ),
    max_leaves=6,
)


def _slots(value):
    """Every (container, key) of a plain JSON value: where a change can go."""
    stack, slots = [value], []
    while stack:
        node = stack.pop()
        keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else []
        for key in keys:
            slots.append((node, key))
            stack.append(node[key])
    return slots


@st.composite
def corrupted(draw, value):
    """A copy of the plain JSON ``value`` with one change: a value replaced, a key dropped, a key added.

    Shrinks towards replacing the first field with ``None``.
    """
    value = json.loads(json.dumps(value))
    container, key = draw(st.sampled_from(_slots(value)))
    action = draw(st.sampled_from(["replace", "drop", "add"]))
    if action == "drop" and isinstance(container, dict):
        del container[key]
    elif action == "add" and isinstance(container, dict):
        field = draw(st.sampled_from(["id", "kind", "end", "place", "cameo", "plover", "role", "quote", "x"]))
        container[field] = draw(_JSON_VALUES)
    else:
        container[key] = draw(_JSON_VALUES)
    return value


def _outcome(build):
    """``("built", value)``, or ``("refused",)`` if ``build`` raised."""
    try:
        return ("built", build())
    except Exception:  # noqa: BLE001 - the fast hooks may raise anything; what matters is that they refuse
        return ("refused",)


_TEXT_EDITS = [
    "",
    ",",
    ":",
    '"',
    "{",
    "}",
    "[",
    "]",
    " ",
    "\t",
    "\r",
    "\\",
    "\\ud800",
    "\\udc00",
    "NaN",
    "\ufeff",
]


class TestFastPathIsTheStrictPath:
    """The bulk reader's fast parse and hooks accept just what the strict ones accept, and build the same."""

    @given(jst.events(), st.data())
    def test_the_hooks_accept_the_same_records(self, event, data):
        plain = data.draw(corrupted(converter.unstructure(event)))
        fast = _outcome(lambda: converter._fast.structure(plain, Event))
        assert _outcome(lambda: converter.converter.structure(plain, Event)) == fast

    @given(jst.events(), st.data())
    def test_the_one_pass_builder_accepts_the_same_records(self, event, data):
        plain = data.draw(corrupted(converter.unstructure(event)))
        built = _outcome(lambda: converter._built(Event)(plain))
        assert _outcome(lambda: converter.converter.structure(plain, Event)) == built

    def test_a_key_given_twice_is_refused_while_other_threads_read(self):
        good = "".join(_line(id=f"e{n}") + "\n" for n in range(300))
        twice = _line(id="e0")[:-1] + ', "summary": "Another"}\n'
        bad = good + twice + good
        outcomes = []

        def read(text, times):
            for _ in range(times):
                try:
                    outcomes.append(("built", text is bad, len(converter.loads_lines(text, Event))))
                except DuplicateKeyError:
                    outcomes.append(("refused", text is bad))
                for n in range(50):
                    converter.structure(json.loads(_line(id=f"s{n}")), Event)

        threads = [threading.Thread(target=read, args=(text, 10)) for text in (good, bad, good, bad)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(set(outcomes)) == [("built", False, 300), ("refused", True)]

    @given(st.lists(jst.events(), min_size=1, max_size=3), st.data())
    def test_a_key_given_twice_is_refused_by_the_bulk_reader(self, events, data):
        lines = converter.dumps_lines(events).splitlines()
        index = data.draw(st.integers(0, len(lines) - 1))
        key = data.draw(st.sampled_from(sorted(json.loads(lines[index]))))
        # The key again, with its own value: nothing would change but the text.
        lines[index] = lines[index][:-1] + f",{json.dumps(key)}:{json.dumps(json.loads(lines[index])[key])}}}"
        with pytest.raises(DuplicateKeyError):
            converter.loads_lines("\n".join(lines), Event)

    @given(jst.events(), st.data())
    def test_the_parsers_accept_the_same_json(self, event, data):
        line = converter.dumps_lines([event]).removesuffix("\n")
        where = data.draw(st.integers(0, len(line)))
        cut = data.draw(st.integers(0, 3))
        edit = data.draw(st.sampled_from([*_TEXT_EDITS, '"id":"x",', '"quote":"x",']))
        text = line[:where] + edit + line[where + cut :]
        if not text.strip():
            return
        strict = _outcome(lambda: [_json.parse_json(text, "events.jsonl", line=1)])
        assert strict == _outcome(lambda: list(_json.values_fast(text)))
        assert strict == _outcome(lambda: _json.build_lines(text, lambda value: value))

    @given(st.lists(jst.events(), min_size=1, max_size=4), st.data())
    def test_a_corrupted_line_raises_our_error_naming_that_line(self, events, data):
        index = data.draw(st.integers(0, len(events) - 1))
        plain = data.draw(corrupted(converter.unstructure(events[index])))
        lines = converter.dumps_lines(events).split("\n")
        lines[index] = json.dumps(plain)
        text = "\n".join(lines)
        where = f"line {index + 1}: $"
        expected = _outcome(lambda: converter.structure(plain, Event, source="events.jsonl", path=where))
        if expected[0] == "built":
            assert (*events[:index], expected[1], *events[index + 1 :]) == converter.loads_lines(text, Event)
            return
        with pytest.raises(SchemaError) as caught:
            converter.loads_lines(text, Event, source="events.jsonl")
        with pytest.raises(SchemaError) as alone:
            converter.structure(plain, Event, source="events.jsonl", path=where)
        assert _problems(alone.value) == _problems(caught.value)
        assert all(problem.path.startswith(f"line {index + 1}") for problem in caught.value.problems)

    @given(st.lists(jst.events(), max_size=5), st.sampled_from(["\n", "\r\n", "\n\n", " \n"]))
    def test_round_trip_whatever_the_line_ends(self, events, end):
        text = converter.dumps_lines(events).replace("\n", end)
        assert tuple(events) == converter.loads_lines(text, Event)
