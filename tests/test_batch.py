import hashlib
import signal
import tempfile
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from japan_nato_corpus import batch
from japan_nato_corpus import strategies as jst
from japan_nato_corpus.cli import main
from japan_nato_corpus.mentions import find_mentions
from japan_nato_corpus.storage import BUNDLED

DOCUMENTS = sorted((BUNDLED / "documents").glob("*.txt"))
MONTHS = ("January", "March", "May", "July", "September", "November")


def _page(number):
    """A small news page: headline, date line, byline and two paragraphs, unique by ``number``."""
    month = MONTHS[number % len(MONTHS)]
    return (
        f"Japan and NATO talk security, part {number}\n\n"
        f"{month} {number % 27 + 1}, {2010 + number % 12}\n\n"
        f"By Jane Doe\n\n"
        f"TOKYO (Wire) - Japan and NATO officials met for the {number}th time to discuss "
        f"cyber defence and maritime security in the Indo-Pacific.\n\n"
        f"Prime Minister Fumio Kishida said the talks with NATO Secretary General Jens Stoltenberg "
        f"would continue next year.\n"
    )


@pytest.fixture(name="pages")
def fixture_pages(tmp_path):
    """A folder of the five bundled documents and 40 small pages in two subfolders."""
    folder = tmp_path / "pages"
    for document in DOCUMENTS:
        (folder / "documents").mkdir(parents=True, exist_ok=True)
        (folder / "documents" / document.name).write_bytes(document.read_bytes())
    for number in range(40):
        sub = folder / f"batch-{number % 2}"
        sub.mkdir(exist_ok=True)
        (sub / f"page-{number:03d}.txt").write_text(_page(number), encoding="utf-8")
    return folder


def _one_by_one(paths, *, mentions=False):
    """The article table of ``paths`` parsed one at a time, with the plain parser and mention finder."""
    actors = tuple(jnc.load().actors)
    results = []
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        article = jnc.parse_article(text)
        found = find_mentions(text, actors, document=article.id) if mentions else ()
        sha256 = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        results.append(batch.Parsed(path=str(path), sha256=sha256, article=article, mentions=found))
    return batch.article_rows(results, actors=actors)


def _rows(source):
    """The rows DuckDB reads from the Parquet file or files ``source``, by path."""
    with duckdb.connect() as db:
        return db.execute("SELECT * FROM read_parquet(?) ORDER BY path", [str(source)]).fetchall()


def _expected(table):
    by_path = batch.COLUMNS.index("path")
    return sorted((tuple(row.values()) for row in table.to_pylist()), key=lambda row: row[by_path])


class TestParseFiles:
    """parse_files yields one result per file, in order, from worker processes."""

    def test_articles_equal_the_parser_one_by_one(self, pages):
        paths = list(batch.expand_paths([pages]))
        actors = tuple(jnc.load().actors)
        results = list(batch.parse_files(paths, workers=2, mentions=True, chunksize=3))
        assert [str(path) for path in paths] == [result.path for result in results]
        for path, result in zip(paths, results, strict=True):
            text = Path(path).read_text(encoding="utf-8")
            assert isinstance(result, batch.Parsed)
            assert jnc.parse_article(text) == result.article
            assert find_mentions(text, actors, document=result.article.id) == result.mentions

    def test_failures_are_typed_and_the_run_goes_on(self, tmp_path):
        (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Tokyo\n\nNATO met Japan.".encode("latin-1"))
        (tmp_path / "blank.txt").write_text("   \n\n", encoding="utf-8")
        (tmp_path / "binary.txt").write_bytes(b"Title\n\x00\x01\x02")
        (tmp_path / "good.txt").write_text(_page(1), encoding="utf-8")
        (tmp_path / "folder.txt").mkdir()
        names = ["latin1.txt", "absent.txt", "blank.txt", "binary.txt", "folder.txt", "good.txt"]
        results = list(batch.parse_files([tmp_path / name for name in names], workers=2))
        kinds = [result.kind if isinstance(result, batch.ParseFailure) else None for result in results]
        expected = [
            batch.FailureKind.ENCODING,
            batch.FailureKind.UNREADABLE,
            batch.FailureKind.PARSE,
            batch.FailureKind.PARSE,
            batch.FailureKind.UNREADABLE,
            None,
        ]
        assert expected == kinds
        assert "byte 3" in results[0].message
        assert str(results[0]).startswith(str(tmp_path / "latin1.txt") + ": encoding: ")

    def test_a_file_too_large_is_a_failure_without_reading_it_all(self, tmp_path):
        path = tmp_path / "large.txt"
        path.write_text("Title\n\n" + "word " * 1000, encoding="utf-8")
        job = batch._Job(max_chars=100)
        failure = batch._parse_one(str(path), job)
        assert batch.FailureKind.TOO_LARGE == failure.kind

    def test_skip_by_content_hash(self, pages):
        paths = list(batch.expand_paths([pages]))
        first = next(batch.parse_files(paths[:1], workers=1))
        results = list(batch.parse_files(paths[:3], workers=1, skip=[first.sha256]))
        assert batch.Skipped(path=paths[0], sha256=first.sha256) == results[0]
        assert all(isinstance(result, batch.Parsed) for result in results[1:])

    def test_quotes_are_those_find_quotes_gives_each_article(self, pages):
        actors = tuple(jnc.load().actors)
        paths = [str(path) for path in sorted((pages / "documents").glob("*.txt"))]
        results = list(batch.parse_files(paths, workers=1, quotes=True))
        expected = [
            jnc.find_quotes(result.article.text, actors=actors, document=result.article.id)
            for result in results
        ]
        assert expected == [result.quotes for result in results]
        documents = {quote.article for result in results for quote in result.quotes}
        assert documents <= {result.article.id for result in results}
        assert sum(len(result.quotes) for result in results) > 0

    @pytest.mark.parametrize("option", [{"workers": 0}, {"chunksize": 0}])
    def test_options_below_one_are_refused(self, option):
        with pytest.raises(jnc.ParseError, match="at least 1"):
            list(batch.parse_files([], **option))

    @given(st.text(max_size=300))
    def test_any_text_gives_the_parser_article_or_a_parse_failure(self, text):
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "page.txt"
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
            (result,) = batch.parse_files([path], workers=1)
        try:
            expected = jnc.parse_article(text.encode("utf-8", "surrogatepass").decode("utf-8"))
        except UnicodeDecodeError:
            expected = batch.FailureKind.ENCODING
        except jnc.ParseError as error:
            expected = batch.ParseFailure(path=str(path), kind=batch.FailureKind.PARSE, message=str(error))
        if isinstance(expected, jnc.Article):
            assert expected == result.article
        elif isinstance(expected, batch.FailureKind):
            assert expected == result.kind
        else:
            assert expected == result


class TestExpandPaths:
    """expand_paths walks directories for a file-name pattern, in sorted order."""

    @given(
        name=st.text(alphabet="ab.tx", min_size=1, max_size=8),
        pattern=st.text(alphabet="ab.tx*?", min_size=1, max_size=6),
    )
    def test_pattern_matches_names_as_pathlib_does(self, name, pattern):
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            (folder / f"f{name}").write_text("x", encoding="utf-8")
            found = [Path(path).name for path in batch.expand_paths([folder], pattern=f"f{pattern}")]
        assert ([f"f{name}"] if Path(f"f{name}").match(f"f{pattern}") else []) == found

    def test_pattern_with_a_separator_is_refused_at_once(self):
        with pytest.raises(jnc.ParseError, match="path separator"):
            batch.expand_paths(["."], pattern="sub/*.txt")


class TestArticleTable:
    """The article table holds every part of an article, built column by column."""

    @settings(max_examples=25)
    @given(st.lists(jst.articles(), max_size=4))
    def test_columns_equal_the_rows_converted_one_by_one(self, articles):
        import pyarrow as pa

        parsed = [
            batch.Parsed(path=f"{index}.txt", sha256="0" * 64, article=a) for index, a in enumerate(articles)
        ]
        rows = [batch._row(result, {}) for result in parsed]
        assert pa.Table.from_pylist(rows, schema=batch.article_schema()).equals(batch.article_rows(parsed))

    @settings(max_examples=25)
    @given(jst.articles())
    def test_every_span_slices_the_text(self, article):
        (row,) = batch.article_rows(
            [batch.Parsed(path="a.txt", sha256="0" * 64, article=article)]
        ).to_pylist()
        text = row["text"]
        for name in ("title", "dateline"):
            if row[name] is not None:
                assert row[name] == text[row[f"{name}_start"] : row[f"{name}_end"]]
        assert [c["name"] for c in row["credits"]] == [text[c["start"] : c["end"]] for c in row["credits"]]
        spans = row["paragraphs"] + row["footnotes"] + row["boilerplate"]
        spans += [c[part] for c in row["captions"] for part in ("body", "credit") if c[part] is not None]
        spans += [c[part] for c in row["comments"] for part in ("body", "author") if c[part] is not None]
        assert [span["text"] for span in spans] == [
            row["text"][span["start"] : span["end"]] for span in spans
        ]


class TestRunParquet:
    """run() streams articles to Parquet that DuckDB reads, and resumes a stopped run."""

    def test_cli_jobs_2_writes_the_records_of_parsing_one_by_one(self, pages, tmp_path, capsys):
        out = tmp_path / "articles.parquet"
        assert 0 == main(["parse", str(pages), "--out", str(out), "--jobs", "2", "--mentions"])
        expected = _one_by_one(batch.expand_paths([pages]), mentions=True)
        assert _expected(expected) == _rows(out)
        assert f"{out}: 45 parsed, 0 failed" in capsys.readouterr().err

    def test_metadata_names_the_versions_and_options(self, pages, tmp_path):
        out = tmp_path / "articles.parquet"
        batch.run([pages], out, workers=1)
        metadata = pq.read_schema(out).metadata
        assert jnc.__version__.encode() == metadata[b"japan_nato_corpus.package_version"]
        assert jnc.CORPUS_VERSION.encode() == metadata[b"japan_nato_corpus.corpus_version"]
        assert b"no" == metadata[b"japan_nato_corpus.mentions"]
        assert list(batch.COLUMNS) == pq.read_schema(out).names

    def test_row_groups_are_bounded(self, pages, tmp_path):
        out = tmp_path / "articles.parquet"
        batch.run([pages], out, workers=1, part_rows=8)
        metadata = pq.ParquetFile(out).metadata
        sizes = [metadata.row_group(index).num_rows for index in range(metadata.num_row_groups)]
        assert [8, 8, 8, 8, 8, 5] == sizes

    def test_progress_bar_only_when_asked_or_on_a_terminal(self, pages, tmp_path, capsys):
        batch.run([pages], tmp_path / "quiet.parquet", workers=1)
        assert "%|" not in capsys.readouterr().err
        batch.run([pages], tmp_path / "shown.parquet", workers=1, progress=True)
        assert "45/45" in capsys.readouterr().err

    def test_cli_several_files_need_out(self, pages, capsys):
        assert 1 == main(["parse", str(pages)])
        assert "--out" in capsys.readouterr().err

    def test_cli_reports_each_failure_and_writes_the_rest(self, pages, tmp_path, capsys):
        (pages / "broken.txt").write_bytes(b"\xff\xfe not text")
        (pages / "blank.txt").write_text("\n", encoding="utf-8")
        out = tmp_path / "articles.parquet"
        assert 1 == main(["parse", str(pages), "--out", str(out), "--jobs", "1"])
        err = capsys.readouterr().err
        assert f"{pages / 'broken.txt'}: encoding: not UTF-8" in err
        assert f"{pages / 'blank.txt'}: parse: " in err
        assert f"{out}: 45 parsed, 2 failed" in err
        assert 45 == len(_rows(out))

    def test_equal_files_are_written_once(self, pages, tmp_path):
        (pages / "copy.txt").write_bytes(DOCUMENTS[0].read_bytes())
        summary = batch.run([pages], tmp_path / "out.parquet", workers=1)
        assert (45, 1) == (summary.parsed, summary.duplicates)

    def test_interrupted_run_resumes_without_parsing_a_file_twice(self, pages, tmp_path):
        whole = tmp_path / "whole.parquet"
        batch.run([pages], whole, workers=1, part_rows=4)
        out = tmp_path / "resumed.parquet"
        first, second = [], []

        def interrupt_after_20(path, outcome):
            first.append((path, outcome))
            if len(first) == 20:
                signal.raise_signal(signal.SIGINT)  # what Ctrl-C sends

        with pytest.raises(KeyboardInterrupt):
            # Two files a task: at most 16 files in flight, finished after the interrupt.
            batch.run([pages], out, workers=2, part_rows=4, chunksize=2, report=interrupt_after_20)
        assert not out.exists()
        assert not out.with_name(out.name + ".tmp").exists()
        assert any(out.with_name(out.name + ".parts").iterdir())
        summary = batch.run([pages], out, workers=2, part_rows=4, report=lambda *event: second.append(event))
        parsed_first = {path for path, outcome in first if outcome is batch.Outcome.PARSED}
        parsed_second = {path for path, outcome in second if outcome is batch.Outcome.PARSED}
        assert 20 <= len(parsed_first) < 45
        assert set() == parsed_first & parsed_second
        assert {str(path) for path in batch.expand_paths([pages])} == parsed_first | parsed_second
        assert (len(parsed_first), len(parsed_second)) == (summary.done, summary.parsed)
        assert pq.read_table(whole).equals(pq.read_table(out))
        assert whole.read_bytes() == out.read_bytes()
        assert not out.with_name(out.name + ".parts").exists()

    def test_a_crash_left_unfinished_output_is_not_read(self, pages, tmp_path):
        # A killed run leaves its staging file without a footer; the next run starts it afresh.
        out = tmp_path / "out.parquet"
        out.with_name(out.name + ".tmp").write_bytes(b"PAR1 half a row group")
        summary = batch.run([pages], out, workers=1, part_rows=8)
        whole = tmp_path / "whole.parquet"
        batch.run([pages], whole, workers=1, part_rows=8)
        assert 45 == summary.parsed
        assert whole.read_bytes() == out.read_bytes()
        assert not out.with_name(out.name + ".tmp").exists()

    def test_finished_output_takes_only_new_files(self, pages, tmp_path):
        out = tmp_path / "out.parquet"
        paths = list(batch.expand_paths([pages]))
        batch.run(paths[:30], out, workers=1)
        summary = batch.run(paths, out, workers=1)
        assert (30, 15) == (summary.done, summary.parsed)
        whole = tmp_path / "whole.parquet"
        batch.run(paths, whole, workers=1)
        assert pq.read_table(whole).equals(pq.read_table(out))

    def test_resuming_with_other_options_is_refused(self, pages, tmp_path):
        out = tmp_path / "out.parquet"
        batch.run([pages], out, workers=1)
        with pytest.raises(jnc.IntegrityError, match="mentions"):
            batch.run([pages], out, workers=1, mentions=True)


class TestRunCorpusDirectory:
    """run() into a directory writes a corpus that load() reads, and resumes too."""

    def test_load_reads_the_articles_and_a_second_run_adds_nothing(self, pages, tmp_path):
        out = tmp_path / "corpus"
        paths = list(batch.expand_paths([pages]))
        summary = batch.run(paths, out, workers=2)
        corpus = jnc.load(out)
        expected = [jnc.parse_article(Path(path).read_text(encoding="utf-8")) for path in paths]
        assert expected == list(corpus.articles)
        assert [Path(path).name for path in paths] == [d.original_name for d in corpus.manifest.documents]
        again = batch.run(paths, out, workers=1)
        assert (45, 0, 45) == (summary.parsed, again.parsed, again.done)


class TestDask:
    """dask_parse on a local cluster of two worker processes gives the rows of the single-process path."""

    def test_local_cluster_rows_equal_parse_files(self, pages, tmp_path):
        import dask
        from distributed import Client, LocalCluster

        paths = list(batch.expand_paths([pages]))
        out = tmp_path / "parts"
        # Nothing shared with another cluster on the machine, whose clash distributed reports
        # with a warning, an error here: the scheduler's HTTP server (which binds port 8787 even
        # without a dashboard) takes any free port, and the scratch space (whose creation warns
        # past a second, as under load) is this test's own, not the temporary directory's.
        with (
            dask.config.set({"temporary-directory": str(tmp_path / "scratch")}),
            LocalCluster(
                n_workers=2,
                processes=True,
                threads_per_worker=1,
                dashboard_address=None,
                scheduler_kwargs={"dashboard_address": ":0"},
            ) as cluster,
            Client(cluster),
        ):
            failures = batch.dask_parse(paths, out, files_per_part=10, mentions=True)
        assert () == failures
        results = batch.parse_files(paths, workers=1, mentions=True)
        expected = batch.article_rows(results, actors=jnc.load().actors)
        assert _expected(expected) == _rows(out / "*.parquet")
        assert 5 == len(list(out.glob("part-*.parquet")))
