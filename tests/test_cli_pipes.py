"""The command line in pipes: --version, --json on every listing, parse from stdin, export filters."""

import contextlib
import csv
import io
import json
import sys

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from japan_nato_corpus import converter, export
from japan_nato_corpus.cli import main

REUTERS = "reuters-2014-05-06-japan-nato-partnership"
YEARS = st.integers(min_value=1905, max_value=2026).map(str)


def run(*argv, stdin=None):
    """The exit code, standard output and standard error of the command line run with ``argv``."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        if stdin is not None:
            # A text stream over the bytes, as a terminal or pipe gives: parse must read the bytes.
            stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            stack.enter_context(_replaced_stdin(stream))
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def _replaced_stdin(stream):
    saved = sys.stdin
    sys.stdin = stream
    try:
        yield
    finally:
        sys.stdin = saved


def json_lines(out):
    """Each line of ``out`` parsed as JSON; fails on any line that is not."""
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="module", name="corpus")
def fixture_corpus():
    return jnc.load()


@pytest.fixture(scope="module", name="article_file")
def fixture_article_file(tmp_path_factory, corpus):
    path = tmp_path_factory.mktemp("parse") / "article.txt"
    path.write_bytes(corpus.articles[REUTERS].text.encode("utf-8"))
    return path


class TestVersion:
    """``--version`` prints the package and data versions and exits 0."""

    def test_version(self):
        code, out, _ = run("--version")
        assert 0 == code
        assert f"japan-nato-corpus {jnc.__version__} (data {jnc.CORPUS_VERSION})\n" == out


class TestJsonOnEveryListing:
    """Every listing command's ``--json`` gives JSON Lines of what Python gives, in the same order."""

    @pytest.mark.parametrize(
        ("argv", "expected"),
        [
            (["articles"], lambda c: c.articles),
            (["actors"], lambda c: c.actors),
            (["actors", "--kind", "person"], lambda c: c.actors.of_kind("person")),
            (["events"], lambda c: c.events.timeline()),
            (
                ["events", "--from", "2014", "--kind", "meeting"],
                lambda c: c.events.between("2014", None).of_kind("meeting").timeline(),
            ),
            (["timeline"], lambda c: c.timeline()),
            (["agreements"], lambda c: c.agreements),
            (["agreements", "--party", "NATO"], lambda c: c.agreements.with_party("NATO")),
            (["show", "Abe"], lambda c: [c.actors.find("Abe")]),
            (["show", REUTERS], lambda c: [c.articles[REUTERS]]),
        ],
    )
    def test_records(self, corpus, argv, expected):
        code, out, _ = run(*argv, "--json")
        assert 0 == code
        records = expected(corpus)
        assert records
        assert [json.loads(converter.dumps(record, indent=None)) for record in records] == json_lines(out)

    def test_search_hits(self, corpus):
        code, out, _ = run("search", "Senkaku", "--json")
        assert 0 == code
        hits = corpus.search("Senkaku")
        assert [(h.document, h.start, h.end, h.text) for h in hits] == [
            (h["document"], h["start"], h["end"], h["text"]) for h in json_lines(out)
        ]

    def test_parse_and_its_mentions(self, corpus, article_file):
        _, out, _ = run("parse", article_file, "--json")
        (article,) = json_lines(out)
        assert corpus.articles[REUTERS].text == article["text"]
        _, out, _ = run("parse", article_file, "--mentions", "--json")
        expected = jnc.find_mentions(corpus.articles[REUTERS].text, corpus.actors)
        assert [(m.actor, m.start, m.end) for m in expected] == [
            (m["actor"], m["start"], m["end"]) for m in json_lines(out)
        ]


class TestParse:
    """``parse -`` reads standard input's bytes; ``--mentions`` lists the actors found."""

    def test_stdin_keeps_line_ends(self):
        text = "A headline\r\n\r\nA first paragraph about NATO.\r\n"
        code, out, _ = run("parse", "-", "--json", stdin=text.encode("utf-8"))
        assert 0 == code
        (article,) = json_lines(out)
        assert text == article["text"]
        assert "A headline" == article["title"]["text"]

    @settings(max_examples=15, deadline=None)
    @given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1).filter(str.strip))
    def test_stdin_is_the_file(self, text):
        data = f"Headline\n\n{text}\n".encode()
        with contextlib.suppress(jnc.ParseError):
            expected = converter.dumps(jnc.parse_article(data.decode("utf-8")))
            assert (0, expected + "\n") == run("parse", "-", stdin=data)[:2]

    def test_stdin_not_utf8_is_a_data_error(self):
        code, out, err = run("parse", "-", stdin=b"Headline\n\n\xff\xfe body\n")
        assert (1, "") == (code, out)
        assert "<stdin>" in err
        assert "not UTF-8" in err

    def test_mentions_lists_each_actor_once(self, corpus, article_file):
        code, out, _ = run("parse", article_file, "--mentions")
        assert 0 == code
        mentions = jnc.find_mentions(corpus.articles[REUTERS].text, corpus.actors)
        ids = list(dict.fromkeys(m.actor for m in mentions))
        assert ids == [line.split()[0] for line in out.splitlines()]
        assert ids == list(corpus.actors_in(REUTERS).ids)


class TestShowAndSearch:
    """``show`` resolves actor names; ``search --context`` sets the context width."""

    def test_show_by_alias(self, corpus):
        code, out, _ = run("show", "abe")
        assert 0 == code
        assert out.startswith(f"actor {corpus.actors.find('abe').id} ")

    def test_show_an_ambiguous_name(self, tmp_path):
        actors = [
            jnc.Actor(id="a-one", kind=jnc.ActorKind.PERSON, name="Tanaka"),
            jnc.Actor(id="a-two", kind=jnc.ActorKind.PERSON, name="Tanaka"),
        ]
        jnc.save(jnc.Corpus(manifest=jnc.Manifest(corpus_version="t.1"), actors=actors), tmp_path / "c")
        code, _, err = run("--corpus", tmp_path / "c", "show", "Tanaka")
        assert 1 == code
        assert "'a-one', 'a-two'" in err

    @settings(max_examples=10, deadline=None)
    @given(st.integers(min_value=0, max_value=80))
    def test_context(self, width):
        _, out, _ = run("search", "NATO", "--context", width, "--json")
        hits = json_lines(out)
        assert hits
        assert all(len(h["left"]) <= width and len(h["right"]) <= width for h in hits)
        assert any(len(h["left"]) == width for h in hits)

    def test_a_bad_context_is_a_usage_error(self):
        assert 2 == run("search", "NATO", "--context", "-3")[0]


class TestExportFilters:
    """``export --from/--to/--actor/--kind`` keep what the query API keeps."""

    @settings(max_examples=20, deadline=None)
    @given(start=YEARS, end=YEARS, kind=st.sampled_from([None, *[k.value for k in jnc.EventKind]]))
    def test_events(self, corpus, start, end, kind):
        argv = ["export", "--format", "jsonl", "--from", start, "--to", end]
        if start > end:
            # A reversed range is refused, as Events.between refuses it.
            code, out, err = run(*argv)
            assert (1, "") == (code, out)
            assert "reversed" in err
            return
        expected = corpus.events.between(start, end)
        if kind is not None:
            argv += ["--kind", kind]
            expected = expected.of_kind(kind)
        code, out, _ = run(*argv)
        assert 0 == code
        assert list(expected.ids) == [record["id"] for record in json_lines(out)]

    @pytest.mark.parametrize(
        ("argv", "expected"),
        [
            (
                ["--what", "events", "--actor", "Abe", "--actor", "NATO"],
                lambda c: c.events.involving("Abe").involving("NATO"),
            ),
            (["--what", "agreements", "--actor", "japan"], lambda c: c.agreements.with_party("japan")),
            (
                ["--what", "agreements", "--kind", "joint-statement"],
                lambda c: c.agreements.of_kind("joint-statement"),
            ),
            (
                ["--what", "articles", "--from", "2014", "--to", "2015"],
                lambda c: c.articles.between("2014", "2015"),
            ),
            (["--what", "articles", "--actor", "Rasmussen"], lambda c: c.articles.mentioning("Rasmussen")),
            (["--what", "actors", "--kind", "state"], lambda c: c.actors.of_kind("state")),
        ],
    )
    def test_each_collection(self, corpus, argv, expected):
        code, out, _ = run("export", "--format", "csv", *argv)
        assert 0 == code
        ids = list(expected(corpus).ids)
        assert ids
        assert ids == [row["id"] for row in csv.DictReader(io.StringIO(out))]

    @pytest.mark.parametrize(
        "argv",
        [
            ["--what", "actors", "--from", "2014"],
            ["--what", "articles", "--kind", "visit"],
            ["--what", "events", "--kind", "picnic"],
            ["--format", "parquet"],
            ["--what", "all", "--format", "csv"],
        ],
    )
    def test_filters_that_do_not_apply_are_usage_errors(self, argv):
        code, out, err = run("export", *argv)
        assert (2, "") == (code, out)
        assert "error:" in err

    def test_parquet_file_and_whole_corpus(self, corpus, tmp_path):
        path = tmp_path / "events.parquet"
        assert 0 == run("export", "--format", "parquet", "--kind", "signing", "--output", path)[0]
        expected = corpus.events.of_kind("signing")
        assert list(expected.ids) == pq.read_table(path).column("id").to_pylist()
        assert 0 == run("export", "--format", "parquet", "--what", "all", "--output", tmp_path / "all")[0]
        assert {f"{name}.parquet" for name in export.TABLES} == {p.name for p in (tmp_path / "all").iterdir()}


class TestHelp:
    """Help lines stay short: kinds are listed in the option's help, not packed into the usage."""

    @pytest.mark.parametrize("command", ["events", "actors", "agreements"])
    def test_usage_names_kind_once(self, command):
        code, out, _ = run(command, "--help")
        assert 0 == code
        usage = out.split("\n\n")[0]
        assert "[--kind KIND]" in usage
        assert "," not in usage
        assert all(len(line) <= 100 for line in out.splitlines())


class TestMissingExtra:
    """A command needing an extra that is not installed says how to install it, and exits 1."""

    def test_parquet_without_pyarrow(self, monkeypatch, tmp_path):
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        code, out, err = run("export", "--format", "parquet", "--output", tmp_path / "e.parquet")
        assert (1, "") == (code, out)
        assert "pip install 'japan-nato-corpus[arrow]'" in err
