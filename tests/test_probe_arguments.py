"""Wrong-typed arguments and refused writes raise errors of the package's hierarchy.

Each case here leaked a bare ``TypeError``, ``AttributeError``, ``OSError`` or
``UnicodeDecodeError`` from deep inside (or passed in silence) before the checks at
the shared entry points: the user path, the JSON text, the export file, the name filters.
"""

import datetime as dt
import io
import pathlib

import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus import ArgumentError, ArgumentTypeError, CorpusError, converter, export
from japan_nato_corpus.errors import EncodingError, ParseError, UnwritableFileError
from japan_nato_corpus.model import Actor


@pytest.fixture(scope="module")
def corpus():
    return jnc.load()


@pytest.mark.parametrize("path", [5, b"/tmp", ["x"], 1.5])
def test_a_path_that_is_no_path_is_an_argument_type_error(path):
    with pytest.raises(ArgumentTypeError, match="path"):
        jnc.load(path)
    with pytest.raises(ArgumentTypeError, match="directory"):
        jnc.save(jnc.load(), path)


@pytest.mark.parametrize("text", [None, 5, ["{}"], {"id": "x"}])
def test_json_text_that_is_no_text_is_an_argument_type_error(text):
    with pytest.raises(ArgumentTypeError, match="text"):
        converter.loads(text, Actor)
    with pytest.raises(ArgumentTypeError, match="text"):
        converter.loads_lines(text, Actor)


def test_a_dict_with_keys_no_json_holds_is_a_schema_problem():
    with pytest.raises(jnc.SchemaError, match=r"\$"):
        converter.structure({1: 2}, Actor)


def test_dumping_what_is_no_record_is_an_argument_type_error():
    with pytest.raises(ArgumentTypeError):
        converter.dumps(object())
    with pytest.raises(ArgumentTypeError):
        converter.dumps_lines(None)


def test_from_jsonl_names_the_byte_that_is_not_utf8(tmp_path):
    path = tmp_path / "actors.jsonl"
    path.write_bytes(b'{"id": "caf\xe9"}\n')
    with pytest.raises(EncodingError, match=r"actors\.jsonl line 1"):
        export.from_jsonl(path, Actor)


@pytest.mark.parametrize("file", [None, 5, io.BytesIO()])
def test_an_export_file_that_is_no_text_file_is_an_argument_type_error(corpus, file):
    with pytest.raises(ArgumentTypeError, match="file"):
        corpus.events.to_csv(file)
    with pytest.raises(ArgumentTypeError, match="file"):
        corpus.events.to_jsonl(file)


def test_a_closed_or_read_only_export_file_is_an_argument_error(corpus, tmp_path):
    closed = io.StringIO()
    closed.close()
    with pytest.raises(ArgumentError, match="closed"):
        corpus.events.to_csv(closed)
    path = tmp_path / "read.txt"
    path.write_text("x")
    with path.open() as read_only, pytest.raises(ArgumentError, match="writing"):
        corpus.events.to_jsonl(read_only)


def test_a_write_the_system_refuses_part_way_is_an_unwritable_file_error(corpus, tmp_path, monkeypatch):
    class Full(io.StringIO):
        def write(self, _text):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(pathlib.Path, "open", lambda *_args, **_kwargs: Full())
    with pytest.raises(UnwritableFileError, match="No space left"):
        corpus.events.to_csv(tmp_path / "events.csv")


def test_parquet_to_a_directory_is_an_unwritable_file_error(corpus, tmp_path):
    pytest.importorskip("pyarrow")
    with pytest.raises(UnwritableFileError, match=str(tmp_path)):
        corpus.events.to_parquet(tmp_path)
    with pytest.raises(ArgumentTypeError):
        corpus.events.to_parquet(None)
    with pytest.raises(ArgumentTypeError, match="corpus"):
        export.corpus_to_parquet(5, tmp_path / "out")
    (tmp_path / "file").write_text("x")
    with pytest.raises(UnwritableFileError):
        export.corpus_to_parquet(corpus, tmp_path / "file")


@pytest.mark.parametrize(
    ("columns", "error"),
    [([1], ArgumentTypeError), ([], ArgumentError), (["id", "id"], ArgumentError)],
)
def test_columns_must_be_distinct_names(corpus, columns, error):
    with pytest.raises(error, match="columns"):
        corpus.events.to_csv(io.StringIO(), columns=columns)


@pytest.mark.parametrize("name", [None, 5, b"NATO", ["NATO"]])
def test_name_filters_refuse_what_is_no_string(corpus, name):
    for call in (
        lambda: corpus.events.involving(name),
        lambda: corpus.actors.find(name),
        lambda: corpus.actors.resolve(name),
        lambda: corpus.agreements.with_party(name),
        lambda: corpus.agreements.covering(name),
        lambda: corpus.articles.by_publisher(name),
        lambda: corpus.articles.mentioning(name),
        lambda: corpus.quotes.by(name),
        lambda: corpus.quotes.search(name),
        lambda: corpus.quotes.in_article(name),
        lambda: corpus.events.in_article(name),
        lambda: corpus.events.get(name),
        lambda: corpus.search(name),
    ):
        with pytest.raises(ArgumentTypeError):
            call()


def test_search_options_are_typed(corpus):
    with pytest.raises(ArgumentTypeError, match="context"):
        corpus.search("NATO", context="5")
    with pytest.raises(ArgumentTypeError, match="case_sensitive"):
        corpus.quotes.search("NATO", case_sensitive="yes")


@pytest.mark.parametrize("key", [None, 1.5, b"x"])
def test_indexing_by_what_is_no_index_is_an_argument_type_error(corpus, key):
    with pytest.raises(ArgumentTypeError, match="index"):
        corpus.events[key]


def test_collections_and_corpora_hold_only_their_records(corpus):
    with pytest.raises(ArgumentTypeError, match=r"items\[0\]"):
        jnc.Events([1, 2])
    with pytest.raises(ArgumentTypeError):
        jnc.Events(None)
    with pytest.raises(ArgumentTypeError, match="manifest"):
        jnc.Corpus(manifest=None)
    with pytest.raises(ArgumentTypeError, match=r"events\[0\]"):
        jnc.Corpus(manifest=corpus.manifest, events=[corpus.actors[0]])
    assert len(jnc.Events(corpus.events)) == len(corpus.events)


@pytest.mark.parametrize("text", ["２０１４", "２０１４-05-06", "2014-０5"])
def test_iso_dates_take_ascii_digits_alone(text):
    with pytest.raises(ParseError):
        jnc.PartialDate.from_iso(text)


def test_a_date_of_other_digits_in_a_corpus_file_names_its_path(tmp_path):
    import json

    jnc.save(jnc.load(), tmp_path / "c")
    path = tmp_path / "c" / "events.json"
    events = json.loads(path.read_text("utf-8"))
    events[0]["date"] = "２０１４-05-06"
    path.write_text(json.dumps(events, ensure_ascii=False), "utf-8")
    with pytest.raises(CorpusError, match=r"events\.json \$\[0\]\.date"):
        jnc.load(tmp_path / "c")


def test_mixed_datetimes_still_bound_a_range(corpus):
    naive = dt.datetime(2014, 1, 1)  # noqa: DTZ001 - naive on purpose
    aware = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
    assert corpus.events.between(naive, aware) == corpus.events.between("2014", "2015-01-01")
