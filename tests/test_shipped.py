"""The package's own data read the fast way equals it read strictly, and bad data still says where."""

import enum
import json
import re
import shutil

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from budget import examples
from japan_nato_corpus import converter
from japan_nato_corpus import strategies as jst
from japan_nato_corpus._json import parse_json
from japan_nato_corpus.storage import BUNDLED, read
from japan_nato_corpus.storage.layout import CURATED, MANIFEST, record_type
from japan_nato_corpus.storage.shipped import NotShipped, structure_shipped


def _same_types(fast: object, strict: object, path: str = "$") -> None:
    """Raise unless the two values are built of the same types all the way down (``1`` is no ``True``)."""
    assert type(fast) is type(strict), path
    if attrs.has(type(fast)):
        for field in attrs.fields(type(fast)):
            _same_types(getattr(fast, field.name), getattr(strict, field.name), f"{path}.{field.name}")
    elif isinstance(fast, tuple):
        assert len(fast) == len(strict), path  # type: ignore[arg-type]
        for index, (a, b) in enumerate(zip(fast, strict, strict=True)):  # type: ignore[call-overload]
            _same_types(a, b, f"{path}[{index}]")


FILES = [(MANIFEST, jnc.Manifest)] + [(f"{name}.json", tuple[record_type(name), ...]) for name in CURATED]


class TestShippedData:
    """Every file the package ships gives the same records both ways."""

    @pytest.mark.parametrize(("name", "cls"), FILES, ids=[name for name, _ in FILES])
    def test_each_file_read_fast_equals_it_read_strictly(self, name, cls):
        strict = converter.structure(parse_json((BUNDLED / name).read_text(encoding="utf-8"), name), cls)
        fast = read.read_shipped(BUNDLED, name, cls)
        assert fast is not None
        assert fast == strict
        assert repr(fast) == repr(strict)
        _same_types(fast, strict)

    def test_the_bundled_corpus_equals_the_same_files_read_as_a_users(self):
        strict = read.read_corpus(BUNDLED)
        assert jnc.load() == strict
        for name in CURATED:
            _same_types(getattr(jnc.load(), name)._items, getattr(strict, name)._items)


class TestShippedShapes:
    """The fast path refuses what it does not expect, so that the strict path can say what is wrong."""

    EVENT = json.loads((BUNDLED / "events.json").read_text(encoding="utf-8"))[0]

    @pytest.mark.parametrize(
        "change",
        [
            {"summary": 5},
            {"summary": None},
            {"date": 2014},
            {"kind": "party"},
            {"kind": ["visit"]},
            {"evidence": "reuters"},
            {"evidence": [{"document": "reuters"}]},
            {"participants": [{"actor": "japan", "role": "agent", "extra": 1}]},
            {"plover_context": ["military", 3]},
            {"summery": "a misspelt field"},
        ],
        ids=repr,
    )
    def test_a_value_of_another_shape_is_not_shipped(self, change):
        with pytest.raises(NotShipped):
            structure_shipped(self.EVENT | change, jnc.Event)

    def test_a_missing_field_is_not_shipped(self):
        value = {key: item for key, item in self.EVENT.items() if key != "date"}
        with pytest.raises(NotShipped):
            structure_shipped(value, jnc.Event)

    def test_a_left_out_default_is_the_records_default(self):
        value = {key: item for key, item in self.EVENT.items() if key not in {"plover", "participants"}}
        event = structure_shipped(value, jnc.Event)
        assert event == converter.structure(value, jnc.Event)
        assert event.plover is event.kind.plover
        assert event.participants == ()

    @settings(max_examples=examples(60))
    @given(
        st.sampled_from([(jnc.Event, jst.events()), (jnc.Actor, jst.actors())]).flatmap(
            lambda pair: st.tuples(st.just(pair[0]), pair[1])
        )
    )
    def test_any_record_written_out_comes_back_equal(self, pair):
        cls, record = pair
        written = json.loads(converter.dumps(record))
        back = structure_shipped(written, cls)
        assert back == record
        _same_types(back, converter.structure(written, cls))


class TestBadShippedFiles:
    """A bundled directory whose files are not as shipped is read strictly and says where."""

    @pytest.fixture(name="copy")
    def _copy(self, tmp_path):
        target = tmp_path / "data"
        shutil.copytree(BUNDLED, target, ignore=shutil.ignore_patterns("__pycache__"))
        return target

    def _events(self, copy, edit):
        events = json.loads((copy / "events.json").read_text(encoding="utf-8"))
        edit(events)
        (copy / "events.json").write_text(json.dumps(events), encoding="utf-8")

    def test_a_bad_date_is_named_by_its_path(self, copy):
        self._events(copy, lambda events: events[3].update(date="2014-13"))
        corpus = read.read_corpus(copy, bundled=True)
        with pytest.raises(jnc.InvalidValueError, match=r"\$\[3\]\.date") as raised:
            _ = corpus.events
        assert [problem.path for problem in raised.value.problems] == ["$[3].date"]

    def test_an_unknown_field_is_named(self, copy):
        self._events(copy, lambda events: events[1].update(summery="typo"))
        with pytest.raises(jnc.UnknownFieldError, match="summery"):
            _ = read.read_corpus(copy, bundled=True).events

    def test_a_value_the_validators_refuse_is_refused(self, copy):
        # Of the right JSON type, so the fast path builds it; the tests above prove it never does
        # for the shipped files. The strict reader, on the same file, refuses it.
        self._events(copy, lambda events: events[2].update(summary="   "))
        with pytest.raises(jnc.InvalidValueError, match=r"\$\[2\]\.summary"):
            _ = read.read_corpus(copy).events

    def test_a_duplicate_key_is_left_to_the_strict_reader(self, copy):
        text = (copy / "manifest.json").read_text(encoding="utf-8")
        (copy / "manifest.json").write_text(
            text.replace('{\n  "corpus_version"', '{"rights": "", "rights": "",\n  "corpus_version"', 1),
            encoding="utf-8",
        )
        assert read.read_shipped(copy, MANIFEST, jnc.Manifest) is None  # not the last kept silently
        with pytest.raises(jnc.DuplicateKeyError):
            read.read_corpus(copy)
        with pytest.raises(jnc.DuplicateKeyError):
            read.read_corpus(copy, bundled=True)

    @pytest.mark.parametrize(
        "change",
        [
            lambda raw: b"\xef\xbb\xbf" + raw,
            lambda raw: raw.replace(b'"summary": "', b'"summary": "\\ud800', 1),
            lambda raw: re.sub(rb'"start": [0-9]+', b'"start": NaN', raw, count=1),
        ],
        ids=["bom", "lone-surrogate", "nan"],
    )
    def test_what_json_loads_would_take_is_left_to_the_strict_reader(self, copy, change):
        raw = (copy / "events.json").read_bytes()
        (copy / "events.json").write_bytes(change(raw))
        assert read.read_shipped(copy, "events.json", tuple[jnc.Event, ...]) is None
        with pytest.raises(jnc.SchemaError):
            _ = read.read_corpus(copy, bundled=True).events


class TestEnums:
    def test_every_enum_of_a_shipped_record_maps_its_values(self):
        kinds = [jnc.EventKind, jnc.Modality, jnc.PloverCategory, jnc.ActorKind, jnc.ParticipantRole]
        for kind in kinds:
            assert issubclass(kind, enum.Enum)
            for member in kind:
                assert structure_shipped(member.value, kind) is member  # type: ignore[arg-type]
