"""Every public function and command answers or raises one of our errors, whatever it is given."""

import contextlib
import datetime as dt
import functools
import io
import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from japan_nato_corpus import cli, export
from japan_nato_corpus import strategies as jst


def run(capsys, *argv):
    code = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


class TestCommandLineInput:
    """The parse command reads a regular file's bytes as they are, or refuses with our error."""

    def test_offsets_match_the_file_with_crlf_line_ends(self, capsys, tmp_path):
        path = tmp_path / "page.txt"
        path.write_bytes(b"Japan and NATO\r\n\r\nTokyo, 6 May 2014. Abe met Rasmussen in Brussels.\r\n")
        code, out, _ = run(capsys, "parse", path)
        article = jnc.converter.loads(out, jnc.Article)
        raw = path.read_bytes().decode("utf-8")
        assert (0, raw) == (code, article.text)
        assert article.paragraphs
        assert all(raw[span.start : span.end] == span.text for span in article.paragraphs)

    @pytest.mark.parametrize("special", ["/dev/zero", "fifo", "directory"])
    def test_refuses_what_is_not_a_regular_file(self, capsys, tmp_path, special):
        if special == "fifo":
            special = tmp_path / "fifo"
            os.mkfifo(special)
        elif special == "directory":
            special = tmp_path
        code, out, err = run(capsys, "parse", special)
        assert (1, "") == (code, out)
        assert "Traceback" not in err

    def test_refuses_a_file_past_the_size_limit(self, capsys, tmp_path, monkeypatch):
        path = tmp_path / "big.txt"
        path.write_bytes(b"x" * 100)
        monkeypatch.setattr(cli, "MAX_BYTES", 10)
        code, _, err = run(capsys, "parse", path)
        assert 1 == code
        assert "past the limit" in err


class TestCommandLineOutput:
    """What the command line prints cannot drive the terminal, and a closed output is no traceback."""

    def test_control_sequences_in_corpus_strings_are_escaped(self, capsys, tmp_path):
        bundled = jnc.load()
        actor = jnc.Actor(id="evil", kind=jnc.ActorKind.PERSON, name="Red \x1b[31mtext\x1b[0m \x9b2J")
        jnc.save(
            jnc.Corpus(manifest=bundled.manifest, articles=bundled.articles, actors=[actor]), tmp_path / "c"
        )
        code, out, _ = run(capsys, "--corpus", tmp_path / "c", "actors")
        assert 0 == code
        assert "\x1b" not in out
        assert "\x9b" not in out
        assert "Red \\x1b[31mtext" in out

    @pytest.mark.parametrize("target", ["closed", "/dev/full"])
    def test_no_traceback_when_standard_output_fails(self, target):
        with contextlib.ExitStack() as stack:
            stdout = subprocess.DEVNULL
            if target == "/dev/full":
                stdout = stack.enter_context(open(target, "wb"))  # noqa: PTH123
            command = [sys.executable, "-m", "japan_nato_corpus", "events"]
            if target == "closed":
                command = ["sh", "-c", f"{sys.executable} -m japan_nato_corpus events >&-"]
            done = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, check=False, timeout=60)
        assert b"Traceback" not in done.stderr
        assert done.returncode in {0, 1}


HOSTILE_PATHS = ["a\0b", "x" * 300, "/".join(["y" * 200] * 30), "\ud800"]
"""Paths no system opens: a NUL byte, a name past 255 bytes, a path past 4,095, a lone surrogate."""


class TestHostilePaths:
    """A path no system could open is our ArgumentError from every reader and writer, before the system."""

    @pytest.mark.parametrize("path", HOSTILE_PATHS)
    @pytest.mark.parametrize(
        "call",
        [
            jnc.load,
            lambda path: jnc.save(jnc.load(), path),
            lambda path: export.from_jsonl(path, jnc.Actor),
            lambda path: export.to_jsonl(jnc.load().actors, path),
        ],
        ids=["load", "save", "from_jsonl", "to_jsonl"],
    )
    def test_readers_and_writers(self, call, path):
        with pytest.raises(jnc.ArgumentError):
            call(path)

    @pytest.mark.parametrize("path", HOSTILE_PATHS)
    def test_the_parse_command(self, capsys, path):
        code, out, err = run(capsys, "parse", path)
        assert (1, "") == (code, out)
        assert "Traceback" not in err


# --- The public-API fuzz -----------------------------------------------------------------------

# The CI profile (HYPOTHESIS_PROFILE=ci) runs the fuzz at 10,000 examples; others use their own count.
# Each example is one call, kept cheap (small texts, the loaded corpus shared) so that 10,000 fit
# in CI's time.
FUZZ = settings(
    max_examples=10_000 if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else settings().max_examples,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)

RECORD_TYPES = [jnc.Actor, jnc.Event, jnc.Agreement, jnc.Article, jnc.Manifest, jnc.Evidence, jnc.PartialDate]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


# Built once: a strategy made inside a draw is validated again on every example.
RECORDS = st.one_of(jst.actors(), jst.events(), jst.agreements())


@st.composite
def json_texts(draw):
    """JSON text, valid or broken: a dumped value, a record's JSON with one edit, or any text."""
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return json.dumps(draw(json_values))
    if choice == 1:
        record = draw(RECORDS)
        text = jnc.converter.dumps(record, indent=None)
        cut = draw(st.integers(0, len(text)))
        return text[:cut] + draw(st.text(max_size=3)) + text[cut + draw(st.integers(0, 3)) :]
    if choice == 2:
        return "[" * draw(st.integers(0, 3000)) + draw(
            st.sampled_from(["1", "NaN", "9" * 5000, '{"a":1,"a":2}'])
        )
    return draw(st.text(max_size=200))


def json_lines(texts):
    return "\n".join(texts)


names = st.text(max_size=30) | st.sampled_from(["japan", "nato", "Shinzo Abe", "shinzo-abe", "", "a\u2028b"])
bounds = st.one_of(
    st.dates(),
    st.sampled_from(["2014", "2014-05", "2014-05-06"]),
    st.text(max_size=12),
    st.integers(-5, 10_000),
)


scopes = st.sampled_from(["sentence", "paragraph", "article"]) | names
# Date text, with the ends of the calendar, zones that do not fit the season and offsets out of range.
dated = st.text(max_size=60) | st.sampled_from(
    [
        "yesterday",
        "last week",
        "in two weeks",
        "tomorrow at 8",
        "1 year ago",
        "next Monday",
        "May 6",
        "Dec 31, 9999",
        "9999-12-31T23:59:59+14:00",
        "0001-01-01",
        "Jan 5, 2014 3:07pm EDT",
        "2014-05-06T10:00+00:99",
        "1 Jan 2014\u2028yesterday",
    ]
)
anchors = st.one_of(
    st.dates(),
    st.datetimes(timezones=st.none() | st.timezones()),
    jst.partial_dates(),
    st.text(max_size=12),
    st.sampled_from(
        [
            dt.date.min,
            dt.date.max,
            dt.datetime.min.replace(tzinfo=dt.UTC),
            dt.datetime.max.replace(tzinfo=dt.UTC),
        ]
    ),
    st.sampled_from(["9999-12-31", "0001-01-01", "9999-12-31T23:59:59-12:00"]),
)


@functools.cache
def calls(directory):
    """The public entry points, each with arguments of the types it documents and hostile values."""
    corpus = jnc.load()
    cls = st.sampled_from(RECORD_TYPES)
    actor_lists = st.lists(jst.actors(), max_size=3) | st.just(list(corpus.actors))
    return st.one_of(
        st.tuples(
            st.just(jnc.load),
            st.tuples(st.sampled_from([None, directory, directory / "nowhere", *HOSTILE_PATHS])),
        ),
        st.tuples(
            st.just(export.from_jsonl),
            st.tuples(
                st.sampled_from([directory / "events.json", directory / "nowhere", *HOSTILE_PATHS]), cls
            ),
        ),
        # The smallest corpora: a whole corpus costs some 20 times another call's example.
        st.tuples(st.just(jnc.check), st.tuples(jst.corpora(max_articles=1, max_records=1))),
        st.tuples(st.just(jnc.converter.loads), st.tuples(json_texts(), cls)),
        st.tuples(st.just(jnc.converter.loads), st.tuples(json_texts().map(str.encode), cls)),
        st.tuples(
            st.just(jnc.converter.loads_lines),
            st.tuples(st.lists(json_texts(), max_size=4).map(json_lines), cls),
        ),
        st.tuples(st.just(jnc.converter.structure), st.tuples(json_values, cls)),
        st.tuples(st.just(jnc.parse_article), st.tuples(st.text(max_size=400))),
        st.tuples(st.just(corpus.events.involving), st.lists(names, max_size=3).map(tuple)),
        st.tuples(st.just(corpus.articles.mentioning), st.lists(names, max_size=3).map(tuple)),
        st.tuples(st.just(corpus.agreements.with_party), st.lists(names, max_size=3).map(tuple)),
        st.tuples(st.just(corpus.actors.find), st.tuples(names)),
        st.tuples(st.just(corpus.actors.resolve), st.lists(names, max_size=3).map(tuple)),
        st.tuples(st.just(corpus.events.get), st.tuples(names)),
        st.tuples(st.just(corpus.agreements.covering), st.tuples(names)),
        st.tuples(st.just(corpus.articles.by_publisher), st.tuples(names)),
        st.tuples(st.just(corpus.events.in_article), st.lists(names, max_size=3).map(tuple)),
        st.tuples(st.just(corpus.events.of_kind), st.lists(names, max_size=2).map(tuple)),
        st.tuples(st.just(corpus.events.with_modality), st.lists(names, max_size=2).map(tuple)),
        st.tuples(st.just(corpus.actors.of_kind), st.lists(names, max_size=2).map(tuple)),
        st.tuples(st.just(corpus.agreements.of_kind), st.lists(names, max_size=2).map(tuple)),
        st.tuples(st.just(corpus.events.between), st.tuples(bounds, bounds)),
        st.tuples(st.just(corpus.articles.between), st.tuples(bounds, bounds)),
        st.tuples(st.just(corpus.agreements.between), st.tuples(bounds, bounds)),
        st.tuples(
            st.just(lambda phrase, context, scope: corpus.search(phrase, context=context, scope=scope)),
            st.tuples(names, st.integers(-3, 50), st.sampled_from(["body", "text"]) | names),
        ),
        st.tuples(st.just(lambda scope: corpus.cooccurrence(scope=scope)), st.tuples(scopes)),
        st.tuples(
            st.just(lambda text, strict: jnc.parse_date(text, strict=strict)), st.tuples(dated, st.booleans())
        ),
        st.tuples(
            st.just(lambda text, anchor: jnc.find_dates(text, anchor=anchor)),
            st.tuples(dated, st.none() | st.dates() | jst.partial_dates()),
        ),
        st.tuples(st.just(jnc.resolve_relative), st.tuples(dated, anchors)),
        st.tuples(st.just(jnc.find_relative_dates), st.tuples(dated, anchors)),
        st.tuples(st.just(jnc.find_mentions), st.tuples(dated | names, actor_lists)),
        st.tuples(
            st.just(lambda text, actors: jnc.find_quotes(text, actors=actors)),
            st.tuples(st.text(max_size=200) | st.just('"We will," Abe said.'), actor_lists),
        ),
        st.tuples(
            st.just(lambda text, kind: export.from_jsonl(io.StringIO(text), kind)),
            st.tuples(st.lists(json_texts(), max_size=4).map(json_lines), cls),
        ),
    )


COMMANDS = [
    "articles",
    "actors",
    "agreements",
    "events",
    "timeline",
    "search",
    "show",
    "export",
    "parse",
    "validate",
]
# Not --out and --output: they write, and the fuzz must not write into the directory it reads.
OPTIONS = [
    "--actor",
    "--party",
    "--kind",
    "--from",
    "--to",
    "--format",
    "--what",
    "--scope",
    "--context",
    "--mentions",
    "--publisher",
    "--original-source",
    "--corpus",
    "--json",
    "--version",
    "--help",
    "-h",
]


@functools.cache
def argvs(directory):
    """Command lines: a command, then options and values, some of them files and directories."""
    word = st.one_of(
        st.sampled_from(COMMANDS + OPTIONS),
        names,
        st.sampled_from([str(directory), str(directory / "page.txt"), "/dev/zero", "/nowhere", ""]),
        st.sampled_from(HOSTILE_PATHS),
    )
    return st.tuples(st.sampled_from([*COMMANDS, ""]), st.lists(word, max_size=5)).map(
        lambda parts: [part for part in [parts[0], *parts[1]] if part or parts[1]]
    )


@pytest.fixture(name="fuzz_dir", scope="module")
def fixture_fuzz_dir(tmp_path_factory):
    """A corpus directory the fuzz may read and a page to parse."""
    directory = tmp_path_factory.mktemp("fuzz") / "corpus"
    jnc.save(jnc.load(), directory)
    (directory.parent / "page.txt").write_text("Tokyo, 6 May 2014. Abe met Rasmussen.\r\n", encoding="utf-8")
    return directory


class TestPublicFuzz:
    """Every public function and command returns, or raises a CorpusError, whatever it is given."""

    @FUZZ
    @given(data=st.data())
    def test_functions_return_or_raise_our_errors(self, fuzz_dir, data):
        function, arguments = data.draw(calls(fuzz_dir))
        with contextlib.suppress(jnc.CorpusError):
            function(*arguments)

    @FUZZ
    @given(data=st.data())
    def test_commands_return_an_exit_code(self, fuzz_dir, data):
        argv = data.draw(argvs(fuzz_dir))
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = cli.main(argv)
        assert code in {0, 1, 2}

    @FUZZ
    @given(value=json_values | st.binary(max_size=20) | st.builds(object))
    def test_a_wrongly_typed_argument_is_a_type_error_or_ours(self, value):
        for function in (jnc.load, jnc.check, jnc.parse_article, lambda v: jnc.save(v, "unused")):
            with contextlib.suppress(jnc.CorpusError, TypeError):
                function(value)
