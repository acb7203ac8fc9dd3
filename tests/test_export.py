"""Export: one table schema per record type through pandas, Arrow, Parquet and CSV; JSON Lines back."""

import csv
import datetime as dt
import io
import json
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples
from japan_nato_corpus import load
from japan_nato_corpus import strategies as jst
from japan_nato_corpus.errors import (
    MissingFileError,
    SchemaError,
    UnknownIdError,
    UnreadableFileError,
    UnwritableFileError,
)
from japan_nato_corpus.export import (
    EVENT_COLUMNS,
    TABLES,
    arrow_schema,
    corpus_to_parquet,
    events_to_csv,
    from_jsonl,
    pandas_dtype,
    rows,
    schema,
    to_arrow,
    to_csv,
    to_jsonl,
    to_pandas,
    to_parquet,
)
from japan_nato_corpus.model import Event
from japan_nato_corpus.records import Events

COLLECTIONS = ["events", "agreements", "actors", "articles", "quotes"]


@pytest.fixture(scope="module", name="corpus")
def fixture_corpus():
    return load()


def _csv_value(column_type, text):
    """A CSV cell read back by its column's documented type."""
    if text == "":
        return None
    if column_type == "date32":
        return dt.date.fromisoformat(text)
    if column_type == "timestamp":
        return dt.datetime.fromisoformat(text)
    if column_type == "int64":
        return int(text)
    if column_type == "string":
        return text
    return json.loads(text)


def _blank_as_null(column_type, value):
    # CSV has one empty cell for both "" and null.
    return None if column_type == "string" and value == "" else value


class TestOneSchema:
    """Every collection has the same columns, in the same order, through all four exports."""

    @pytest.mark.parametrize("what", COLLECTIONS)
    def test_the_same_columns_everywhere(self, corpus, tmp_path, what):
        records = getattr(corpus, what)
        names = [column.name for column in schema(what)]
        records.to_parquet(tmp_path / "table.parquet")
        records.to_csv(tmp_path / "table.csv")
        with (tmp_path / "table.csv").open(encoding="utf-8", newline="") as file:
            header = next(csv.reader(file))
        assert names == list(records.to_pandas().columns)
        assert names == records.to_arrow().column_names
        assert names == pq.read_schema(tmp_path / "table.parquet").names
        assert names == header

    @pytest.mark.parametrize("what", COLLECTIONS)
    def test_the_same_types_in_arrow_parquet_and_pandas(self, corpus, tmp_path, what):
        records = getattr(corpus, what)
        records.to_parquet(tmp_path / "table.parquet")
        expected = arrow_schema(what)
        assert expected == records.to_arrow().schema
        assert expected.remove_metadata() == pq.read_schema(tmp_path / "table.parquet").remove_metadata()
        frame = records.to_pandas()
        assert [pandas_dtype(column.type) for column in schema(what)] == [str(t) for t in frame.dtypes]

    @pytest.mark.parametrize("what", COLLECTIONS)
    def test_date_bounds_are_date_types(self, corpus, tmp_path, what):
        records = getattr(corpus, what)
        records.to_parquet(tmp_path / "table.parquet")
        stored = pq.read_schema(tmp_path / "table.parquet")
        frame = records.to_pandas()
        bounds = [c.name for c in schema(what) if c.name.endswith(("_earliest", "_latest"))]
        assert bounds or what in {"actors", "quotes"}
        for name in bounds:
            assert pa.date32() == records.to_arrow().schema.field(name).type
            assert pa.date32() == stored.field(name).type
            assert pd.api.types.is_datetime64_dtype(frame[name])

    @pytest.mark.parametrize("what", COLLECTIONS)
    def test_csv_cells_read_back_as_the_arrow_values(self, corpus, what):
        records = getattr(corpus, what)
        buffer = io.StringIO()
        records.to_csv(buffer)
        types = {column.name: column.type for column in schema(what)}
        read = [
            {name: _csv_value(types[name], cell) for name, cell in row.items()}
            for row in csv.DictReader(io.StringIO(buffer.getvalue()))
        ]
        expected = [
            {name: _blank_as_null(types[name], value) for name, value in row.items()}
            for row in records.to_arrow().to_pylist()
        ]
        assert expected == read

    def test_the_tables_cover_every_collection(self):
        assert set(COLLECTIONS) <= set(TABLES)
        assert EVENT_COLUMNS == tuple(column.name for column in schema(Event))


class TestRows:
    """The rows hold the records' own values: date bounds, actors with names, evidence structs."""

    @settings(max_examples=examples(20))
    @given(jst.corpora())
    def test_event_dates_actors_and_evidence(self, corpus):
        names = {actor.id: actor.name for actor in corpus.actors}
        table = rows(corpus.events)
        assert [e.date.iso for e in corpus.events] == [r["date"] for r in table]
        assert [e.date.earliest for e in corpus.events] == [r["date_earliest"] for r in table]
        assert [e.date.latest for e in corpus.events] == [r["date_latest"] for r in table]
        assert [e.date.precision.value for e in corpus.events] == [r["date_precision"] for r in table]
        assert [list(e.actors) for e in corpus.events] == [r["actors"] for r in table]
        assert [[names.get(a) for a in e.actors] for e in corpus.events] == [r["actor_names"] for r in table]
        assert [[(x.document, x.start, x.end, x.quote) for x in e.evidence] for e in corpus.events] == [
            [(x["document"], x["start"], x["end"], x["quote"]) for x in r["evidence"]] for r in table
        ]

    def test_article_offsets_slice_the_text(self, corpus):
        for row in rows(corpus.articles):
            text = row["text"]
            spans = [*row["paragraphs"], *row["mentions"]]
            spans += [{"start": c["start"], "end": c["end"], "text": c["name"]} for c in row["credits"]]
            spans += [caption["body"] for caption in row["captions"]]
            assert spans
            assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)
            assert list(dict.fromkeys(m["actor"] for m in row["mentions"])) == row["actors"]

    def test_outside_a_corpus_names_are_unknown(self, corpus):
        (row,) = rows(list(corpus.events[:1]))
        assert [None] * len(row["actors"]) == row["actor_names"]
        (row,) = rows(list(corpus.events[:1]), actors=corpus.actors)
        assert [corpus.actors[a].name for a in row["actors"]] == row["actor_names"]


class TestColumns:
    """``columns=`` picks columns in the order asked; an unknown one is named."""

    def test_pandas_arrow_csv_take_columns(self, corpus):
        wanted = ["date_latest", "id"]
        assert wanted == list(corpus.events.to_pandas(columns=wanted).columns)
        assert wanted == corpus.events.to_arrow(columns=wanted).column_names
        buffer = io.StringIO()
        corpus.events.to_csv(buffer, columns=wanted)
        assert "date_latest,id" == buffer.getvalue().splitlines()[0]

    def test_an_unknown_column_suggests_close_ones(self, corpus):
        with pytest.raises(UnknownIdError, match="did you mean 'date'"):
            corpus.events.to_pandas(columns=["dat"])

    def test_an_unknown_table(self):
        with pytest.raises(UnknownIdError, match="'event'"):
            schema("event")


class TestCorpusToParquet:
    """The whole corpus goes to a folder of Parquet files carrying the corpus version and hashes."""

    def test_every_table_with_version_and_hashes(self, corpus, tmp_path):
        written = corpus_to_parquet(corpus, tmp_path / "out")
        assert [f"{name}.parquet" for name in TABLES] == [path.name for path in written]
        hashes = {document.id: document.sha256 for document in corpus.manifest.documents}
        for path in written:
            metadata = pq.read_schema(path).metadata
            assert corpus.version == metadata[b"japan_nato_corpus.corpus_version"].decode()
            assert hashes == json.loads(metadata[b"japan_nato_corpus.documents"])
        mentions = pq.read_table(tmp_path / "out" / "mentions.parquet")
        assert len(corpus.mentions) == mentions.num_rows


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

    def test_a_collection_writes_its_own(self, corpus):
        buffer = io.StringIO()
        corpus.actors.to_jsonl(buffer)
        buffer.seek(0)
        assert tuple(corpus.actors) == from_jsonl(buffer, type(corpus.actors[0]))

    def test_a_missing_file_is_a_missing_file_error(self, tmp_path):
        with pytest.raises(MissingFileError, match=r"nowhere\.jsonl"):
            from_jsonl(tmp_path / "nowhere.jsonl", Event)

    def test_a_directory_read_as_a_file_is_unreadable(self, tmp_path):
        with pytest.raises(UnreadableFileError) as raised:
            from_jsonl(tmp_path, Event)
        assert raised.value.problems[0].kind == UnreadableFileError.kind

    def test_writing_into_a_missing_directory_is_unwritable(self, tmp_path):
        with pytest.raises(UnwritableFileError) as raised:
            to_jsonl([], tmp_path / "no" / "such" / "events.jsonl")
        assert raised.value.problems[0].kind == UnwritableFileError.kind

    def test_a_bad_line_names_its_file_and_line(self, tmp_path):
        (tmp_path / "bad.jsonl").write_text('{"id": 3}\n', encoding="utf-8")
        with pytest.raises(SchemaError, match="line 1"):
            from_jsonl(tmp_path / "bad.jsonl", Event)


class TestEdges:
    """Empty inputs, the 0.1 events CSV and missing extras."""

    def test_no_records_give_an_empty_file(self):
        buffer = io.StringIO()
        to_csv([], buffer)
        assert "" == buffer.getvalue()

    def test_an_empty_collection_keeps_its_columns(self, corpus):
        empty = corpus.events.of_kind("election").between("1800", "1801")
        assert list(EVENT_COLUMNS) == list(empty.to_pandas().columns)
        assert list(EVENT_COLUMNS) == empty.to_arrow().column_names

    @settings(max_examples=examples(10))
    @given(st.lists(jst.events(actor_ids=["japan", "nato"]), max_size=4))
    def test_events_to_csv_is_to_csv(self, events):
        old, new = io.StringIO(), io.StringIO()
        events_to_csv(events, old)
        to_csv(Events(events), new)
        assert new.getvalue() == old.getvalue()
        assert list(EVENT_COLUMNS) == next(csv.reader(io.StringIO(old.getvalue())))

    def test_parquet_holds_the_arrow_table(self, corpus, tmp_path):
        to_parquet(corpus.events, tmp_path / "events.parquet")
        assert to_arrow(corpus.events).to_pylist() == pq.read_table(tmp_path / "events.parquet").to_pylist()

    def test_a_missing_extra_names_the_install_command(self, monkeypatch):
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(ImportError, match=r"pip install 'japan-nato-corpus\[pandas\]'"):
            to_pandas([])
