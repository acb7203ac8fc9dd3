"""Export to JSON Lines, CSV, pandas and Arrow keeps every record."""

import csv
import io
import json
import sys

import attrs
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples
from japan_nato_corpus import load
from japan_nato_corpus import strategies as jst
from japan_nato_corpus.errors import SchemaError
from japan_nato_corpus.export import (
    EVENT_COLUMNS,
    events_to_csv,
    from_jsonl,
    to_csv,
    to_jsonl,
    to_pandas,
    to_parquet,
)
from japan_nato_corpus.model import Actor, Event


class TestJsonLines:
    """Records written as JSON Lines read back equal."""

    @settings(max_examples=examples(30))
    @given(st.lists(jst.events(), max_size=4))
    def test_round_trip_through_an_open_file(self, events):
        buffer = io.StringIO()
        to_jsonl(events, buffer)
        buffer.seek(0)
        assert tuple(events) == from_jsonl(buffer, Event)

    @settings(max_examples=examples(10))
    @given(st.lists(jst.events(), max_size=3))
    def test_round_trip_through_a_path(self, tmp_path_factory, events):
        path = tmp_path_factory.mktemp("export") / "events.jsonl"
        to_jsonl(events, path)
        assert tuple(events) == from_jsonl(path, Event)

    def test_a_bad_line_names_its_file_and_line(self, tmp_path):
        (tmp_path / "bad.jsonl").write_text('{"id": 3}\n', encoding="utf-8")
        with pytest.raises(SchemaError, match="line 1"):
            from_jsonl(tmp_path / "bad.jsonl", Event)


class TestCsv:
    """Any records go to CSV: every field a column, nested values as JSON that reads back."""

    @settings(max_examples=examples(30))
    @given(st.lists(jst.actors(), min_size=1, max_size=4, unique_by=lambda actor: actor.id))
    def test_one_row_per_actor_with_every_field(self, actors):
        buffer = io.StringIO()
        to_csv(actors, buffer)
        header, *_ = csv.reader(io.StringIO(buffer.getvalue()))
        rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
        assert [field.name for field in attrs.fields(Actor)] == header
        assert [(a.id, a.kind.value, a.name) for a in actors] == [
            (r["id"], r["kind"], r["name"]) for r in rows
        ]
        assert [[alias.name for alias in a.aliases] for a in actors] == [
            [alias["name"] for alias in json.loads(r["aliases"])] for r in rows
        ]

    def test_no_records_give_an_empty_file(self):
        buffer = io.StringIO()
        to_csv([], buffer)
        assert "" == buffer.getvalue()


class TestEventsCsv:
    """One CSV row per event, fields flattened."""

    @settings(max_examples=examples(30))
    @given(st.lists(jst.events(actor_ids=["japan", "nato"]), max_size=4))
    def test_one_row_per_event(self, events):
        buffer = io.StringIO()
        events_to_csv(events, buffer)
        rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
        assert list(EVENT_COLUMNS) == next(csv.reader(io.StringIO(buffer.getvalue())))
        expected = [
            (e.id, e.date.iso, e.kind.value, ";".join(e.actors), e.place or "", e.summary) for e in events
        ]
        actual = [(r["id"], r["date"], r["kind"], r["actors"], r["place"], r["summary"]) for r in rows]
        assert expected == actual


class TestTables:
    """pandas and Arrow tables hold one row per record (the test extra installs both)."""

    @settings(max_examples=examples(10))
    @given(jst.corpora())
    def test_pandas_and_arrow_rows(self, corpus):
        assert list(corpus.events.ids) == list(corpus.events.to_pandas().get("id", []))
        assert list(corpus.events.ids) == (
            corpus.events.to_arrow().column("id").to_pylist() if corpus.events else []
        )

    def test_parquet_holds_the_arrow_table(self, tmp_path):
        events = load().events
        to_parquet(events, tmp_path / "events.parquet")
        assert events.to_arrow().to_pylist() == pq.read_table(tmp_path / "events.parquet").to_pylist()

    def test_a_missing_extra_names_the_install_command(self, monkeypatch):
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(ImportError, match=r"pip install 'japan-nato-corpus\[pandas\]'"):
            to_pandas([])
