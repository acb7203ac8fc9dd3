"""The command line prints what the query API answers, on the bundled corpus and on drawn ones."""

import contextlib
import csv
import io
import re
import tempfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from budget import examples
from japan_nato_corpus import export, strategies
from japan_nato_corpus.cli import main

# An event line: date, kind, then "id: summary"; ids hold no white space or colon.
EVENT_LINE = re.compile(r"^\S+ +\S+ +([^\s:]+): ")


def run(*argv):
    """The exit code, standard output and standard error of the command line run with ``argv``."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


def event_ids(out):
    """The ids of the event lines of ``out``, in order (summaries may hold line separators)."""
    return [match[1] for line in out.split("\n") if (match := EVENT_LINE.match(line))]


@pytest.fixture(scope="module", name="corpus")
def fixture_corpus():
    """The bundled corpus."""
    return jnc.load()


class TestEventsCommand:
    """``events`` lists exactly ``corpus.events`` filtered by the query API, in timeline order."""

    @pytest.mark.parametrize(
        ("start", "end"), [("2013", "2013"), ("2014-05", "2014-05-31"), ("2007", None), (None, "2010-06")]
    )
    def test_between(self, corpus, start, end):
        expected = corpus.events.between(start, end).timeline().ids
        arguments = [*(["--from", start] if start else []), *(["--to", end] if end else [])]

        code, out, err = run("events", *arguments)

        assert (0, "") == (code, err)
        assert expected
        assert list(expected) == event_ids(out)

    def test_lists_in_timeline_not_file_order(self, corpus):
        expected = corpus.events.between("2013", "2013")
        # The claim holds only where the two orders differ.
        assert list(expected.ids) != list(expected.timeline().ids)
        assert list(expected.timeline().ids) == event_ids(run("events", "--from", "2013", "--to", "2013")[1])

    @pytest.mark.parametrize("actor", ["Abe", "shinzo-abe", "NATO", "brussels", "Rasmussen"])
    def test_involving_an_id_name_or_alias(self, corpus, actor):
        expected = corpus.events.involving(actor).timeline().ids
        assert expected
        assert list(expected) == event_ids(run("events", "--actor", actor)[1])

    def test_each_actor_narrows_the_events(self, corpus):
        expected = corpus.events.involving("Abe").involving("NATO").timeline().ids
        assert 0 < len(expected) < len(corpus.events.involving("Abe"))
        assert list(expected) == event_ids(run("events", "--actor", "Abe", "--actor", "NATO")[1])

    def test_kinds_and_dates_combine(self, corpus):
        expected = corpus.events.between("2013", "2015").of_kind("visit", "meeting").timeline().ids
        assert expected
        out = run("events", "--from", "2013", "--to", "2015", "--kind", "visit", "--kind", "meeting")[1]
        assert list(expected) == event_ids(out)

    def test_unknown_actor_is_the_query_layers_error(self, corpus):
        with pytest.raises(jnc.UnknownIdError) as raised:
            corpus.events.involving("Shinzo Ab")

        code, out, err = run("events", "--actor", "Shinzo Ab")

        assert (1, "") == (code, out)
        assert f"japan-nato-corpus: {raised.value}\n" == err
        assert "did you mean 'Shinzo Abe'" in err

    @settings(max_examples=examples(30))
    @given(
        drawn=strategies.corpora(),
        start=st.none() | strategies.partial_dates(min_year=1990, max_year=2030),
        end=st.none() | strategies.partial_dates(min_year=1990, max_year=2030),
    )
    def test_any_corpus_and_range(self, drawn, start, end):
        with tempfile.TemporaryDirectory() as directory:
            jnc.save(drawn, directory)
            bounds = [*(["--from", start.iso] if start else []), *(["--to", end.iso] if end else [])]
            code, out, err = run("--corpus", directory, "events", *bounds)
        if start and end and start.earliest > end.latest:
            # A reversed range is refused, as Events.between refuses it.
            assert (1, "") == (code, out)
            assert "reversed" in err
            return
        assert 0 == code
        assert list(drawn.events.between(start, end).timeline().ids) == event_ids(out)

    @settings(max_examples=examples(30))
    @given(drawn=strategies.corpora(), pick=st.data())
    def test_any_corpus_and_actor_name(self, drawn, pick):
        names = [name for actor in drawn.actors for name in (actor.id, *actor.names)]
        name = pick.draw(st.sampled_from(names)) if names else "nobody"
        with tempfile.TemporaryDirectory() as directory:
            jnc.save(drawn, directory)
            code, out, _ = run("--corpus", directory, "events", f"--actor={name}")
        if names:
            assert 0 == code
            assert list(drawn.events.involving(name).timeline().ids) == event_ids(out)
        else:
            assert (1, "") == (code, out)


class TestTimelineAndActorsCommands:
    """``timeline`` and ``actors --kind`` print what the collections answer."""

    def test_timeline(self, corpus):
        assert list(corpus.timeline().ids) == event_ids(run("timeline")[1])

    def test_actors_of_kinds(self, corpus):
        expected = corpus.actors.of_kind("person", "state").ids
        out = run("actors", "--kind", "person", "--kind", "state")[1]
        assert len(expected) < len(corpus.actors)
        assert list(expected) == [line.split()[0] for line in out.splitlines()]


class TestSearchCommand:
    """``search`` prints one line per ``Hit`` of ``corpus.search``, in the same scope."""

    @pytest.mark.parametrize("scope", ["body", "text"])
    @pytest.mark.parametrize("term", ["NATO", "Fogh Rasmussen", "Japan-NATO", "piracy", "the"])
    def test_a_line_per_hit(self, corpus, term, scope):
        hits = corpus.search(term, scope=scope)

        code, out, _ = run("search", term, "--scope", scope)

        assert 0 == code
        assert [f"{hit.document} [{hit.start}:{hit.end}]" for hit in hits] == [
            " ".join(line.split()[:2]) for line in out.splitlines()
        ]

    def test_context_is_the_hits(self, corpus):
        hit = corpus.search("Fogh Rasmussen")[0]
        line = run("search", "Fogh Rasmussen")[1].splitlines()[0]
        assert hit.line(width=40) == line.split("  ", 1)[1]

    def test_the_body_by_default_headlines_and_bylines_on_request(self, corpus):
        term = "Rasmussen"
        assert len(corpus.search(term)) < len(corpus.search(term, scope="text"))
        assert len(corpus.search(term)) == len(run("search", term)[1].splitlines())
        everywhere = run("search", term, "--scope", "text")[1].splitlines()
        assert len(corpus.search(term, scope="text")) == len(everywhere)

    def test_a_phrase_without_words_is_a_data_error(self):
        code, out, err = run("search", "--", "--")
        assert (1, "") == (code, out)
        assert "at least one word" in err


class TestExportCommand:
    """``export`` writes what the ``export`` module writes."""

    def test_events_csv(self, corpus):
        expected = io.StringIO()
        export.events_to_csv(corpus.events, expected)

        code, out, _ = run("export", "--format", "csv", "--what", "events")

        assert 0 == code
        assert expected.getvalue() == out
        assert list(export.EVENT_COLUMNS) == next(csv.reader(io.StringIO(out)))

    @pytest.mark.parametrize("what", ["events", "articles", "actors", "agreements"])
    def test_jsonl(self, corpus, what):
        expected = io.StringIO()
        export.to_jsonl(getattr(corpus, what), expected)
        assert expected.getvalue() == run("export", "--format", "jsonl", "--what", what)[1]


class TestShowCommand:
    """``show`` prints a record with every evidence quote, found by the collections' ids."""

    @pytest.mark.parametrize("collection", ["events", "agreements"])
    def test_every_evidence_quote_is_shown(self, corpus, collection):
        for record in getattr(corpus, collection):
            code, out, _ = run("show", record.id)
            assert 0 == code
            for evidence in record.evidence:
                line = f'  evidence {evidence.document} [{evidence.start}:{evidence.end}]: "{evidence.quote}"'
                assert f"\n{line}\n" in f"\n{out}"

    def test_office_evidence_follows_its_office(self, corpus):
        actor = next(actor for actor in corpus.actors if actor.offices and actor.offices[0].evidence)
        office, evidence = actor.offices[0], actor.offices[0].evidence[0]
        out = run("show", actor.id)[1]
        after_office = out.split(f"  office: {office.title}", 1)[1].split("\n", 1)[1]
        assert after_office.startswith(
            f'  evidence {evidence.document} [{evidence.start}:{evidence.end}]: "{evidence.quote}"\n'
        )

    def test_article_labels_line_up(self, corpus):
        article = corpus.articles[0]
        lines = run("show", article.id)[1].split("\n")
        assert f"  headline:  {article.headline}" == lines[1]
        assert f"  published: {article.published or 'undated'}" == lines[2]
