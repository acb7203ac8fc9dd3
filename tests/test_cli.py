import csv
import io
import json
import shutil
import subprocess
import sys

import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus.cli import main

REUTERS = "reuters-2014-05-06-japan-nato-partnership"
QUOTE = "NATO Secretary General Anders Fogh Rasmussen"


def _evidence(text, quote):
    start = text.index(quote)
    return jnc.Evidence(document=REUTERS, start=start, end=start + len(quote), quote=quote)


@pytest.fixture(scope="module", name="small")
def fixture_small(tmp_path_factory):
    """A corpus directory of one bundled article with two actors, two events and an agreement."""
    bundled = jnc.load()
    article = bundled.articles[REUTERS]
    text = article.text
    actors = [
        jnc.Actor(
            id="nato", kind=jnc.ActorKind.ORGANISATION, name="NATO", aliases=(jnc.Alias(name="Alliance"),)
        ),
        jnc.Actor(
            id="shinzo-abe", kind=jnc.ActorKind.PERSON, name="Shinzo Abe", aliases=(jnc.Alias(name="Abe"),)
        ),
    ]
    visit = jnc.Event(
        id="2014-05-06-abe-visits-nato",
        kind=jnc.EventKind.VISIT,
        modality=jnc.Modality.HAPPENED,
        date=jnc.PartialDate(year=2014, month=5, day=6),
        summary="Abe visits NATO headquarters",
        evidence=(_evidence(text, QUOTE),),
        participants=(
            jnc.Participant(actor="shinzo-abe", role=jnc.ParticipantRole.AGENT),
            jnc.Participant(actor="nato", role=jnc.ParticipantRole.HOST),
        ),
    )
    letter = jnc.Event(
        id="2013-01-abe-letter",
        kind=jnc.EventKind.LETTER,
        modality=jnc.Modality.BACKGROUND,
        date=jnc.PartialDate(year=2013, month=1),
        summary="Abe writes to NATO",
        evidence=(_evidence(text, "Shinzo Abe"),),
        participants=(jnc.Participant(actor="shinzo-abe", role=jnc.ParticipantRole.AGENT),),
    )
    agreement = jnc.Agreement(
        id="ipcp",
        name="Individual Partnership and Cooperation Programme",
        kind=jnc.AgreementKind.PARTNERSHIP_PROGRAMME,
        evidence=(_evidence(text, QUOTE),),
        parties=("nato",),
        date=jnc.PartialDate(year=2014, month=5, day=6),
    )
    manifest = jnc.Manifest(
        corpus_version="test.1",
        documents=tuple(d for d in bundled.manifest.documents if d.id == REUTERS),
    )
    corpus = jnc.Corpus(
        manifest=manifest, articles=[article], actors=actors, events=[visit, letter], agreements=[agreement]
    )
    directory = tmp_path_factory.mktemp("small")
    jnc.save(corpus, directory)
    return directory


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


class TestOverview:
    """With no command, the command line shows the bundled corpus."""

    def test_lists_every_bundled_article(self, capsys):
        code, out, err = run(capsys)
        assert (code, err) == (0, "")
        assert all(id_ in out for id_ in jnc.load().articles.ids)

    def test_python_dash_m_runs_it(self):
        result = subprocess.run(
            [sys.executable, "-m", "japan_nato_corpus", "articles"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0
        assert REUTERS in result.stdout


class TestUsage:
    """Usage errors exit 2 on stderr; --help works on every command."""

    @pytest.mark.parametrize(
        "command",
        [
            "",
            "articles",
            "show",
            "actors",
            "events",
            "timeline",
            "agreements",
            "search",
            "export",
            "parse",
            "validate",
        ],
    )
    def test_help(self, capsys, command):
        code, out, _ = run(capsys, *([command] if command else []), "--help")
        assert code == 0
        assert "usage: japan-nato-corpus" in out

    def test_unknown_command(self, capsys):
        code, out, err = run(capsys, "frobnicate")
        assert (code, out) == (2, "")
        assert "invalid choice" in err

    def test_bad_date(self, capsys):
        code, _, err = run(capsys, "events", "--from", "2014-13")
        assert code == 2
        assert "not a date" in err


class TestArticlesAndShow:
    """Articles are listed and shown by id; unknown ids are data errors."""

    def test_articles_lists_ids(self, capsys):
        code, out, _ = run(capsys, "articles")
        assert code == 0
        assert out.count("  id ") == 5

    def test_show_article(self, capsys):
        code, out, _ = run(capsys, "show", REUTERS)
        assert code == 0
        assert "Japan, worried about China, strengthens ties with NATO" in out

    def test_show_event_prints_evidence_quote(self, capsys, small):
        code, out, _ = run(capsys, "--corpus", small, "show", "2014-05-06-abe-visits-nato")
        assert code == 0
        assert "2014-05-06" in out
        assert f'"{QUOTE}"' in out

    def test_show_actor_and_agreement(self, capsys, small):
        assert run(capsys, "--corpus", small, "show", "shinzo-abe")[0] == 0
        code, out, _ = run(capsys, "--corpus", small, "show", "ipcp")
        assert code == 0
        assert "Individual Partnership and Cooperation Programme" in out

    def test_unknown_id_suggests(self, capsys, small):
        code, out, err = run(capsys, "--corpus", small, "show", "shinzo-ab")
        assert (code, out) == (1, "")
        assert "shinzo-abe" in err


class TestActorsAndEvents:
    """Actors and events are listed and filtered."""

    def test_actors_by_kind(self, capsys, small):
        code, out, _ = run(capsys, "--corpus", small, "actors", "--kind", "person")
        assert code == 0
        assert [line.split()[0] for line in out.splitlines()] == ["shinzo-abe"]

    def test_events_between(self, capsys, small):
        _, out, _ = run(capsys, "--corpus", small, "events", "--from", "2014", "--to", "2014-12")
        assert [line.split()[2].rstrip(":") for line in out.splitlines()] == ["2014-05-06-abe-visits-nato"]

    def test_events_by_actor_alias_and_kind(self, capsys, small):
        _, out, _ = run(capsys, "--corpus", small, "events", "--actor", "Abe", "--kind", "letter")
        assert [line.split()[2].rstrip(":") for line in out.splitlines()] == ["2013-01-abe-letter"]

    def test_events_by_actor_id(self, capsys, small):
        _, out, _ = run(capsys, "--corpus", small, "events", "--actor", "nato")
        assert len(out.splitlines()) == 1

    def test_timeline_in_date_order(self, capsys, small):
        code, out, _ = run(capsys, "--corpus", small, "timeline")
        assert code == 0
        assert [line.split()[0] for line in out.splitlines()] == ["2013-01", "2014-05-06"]


class TestSearch:
    """Search finds terms in the raw text with their offsets."""

    def test_offsets_point_at_the_term(self, capsys):
        code, out, _ = run(capsys, "search", "Rasmussen")
        assert code == 0
        text = jnc.load().articles[REUTERS].text
        for line in out.splitlines():
            document, offsets = line.split()[:2]
            start, end = map(int, offsets.strip("[]").split(":"))
            assert jnc.load().articles[document].text[start:end].casefold() == "rasmussen"
        assert REUTERS in out
        assert "Rasmussen" in text

    def test_no_hit_exits_1(self, capsys):
        assert run(capsys, "search", "zzzqqq-nowhere")[0] == 1


class TestExport:
    """Export writes records that read back."""

    def test_json_round_trips(self, capsys, small):
        from japan_nato_corpus import converter

        _, out, _ = run(capsys, "--corpus", small, "export", "--what", "events")
        events = converter.loads(out, tuple[jnc.Event, ...])
        assert jnc.load(small).events == events

    def test_jsonl_has_a_line_per_actor(self, capsys, small):
        _, out, _ = run(capsys, "--corpus", small, "export", "--format", "jsonl", "--what", "actors")
        assert [json.loads(line)["id"] for line in out.splitlines()] == ["nato", "shinzo-abe"]

    @pytest.mark.parametrize("what", ["events", "articles", "actors", "agreements"])
    def test_csv_has_a_row_per_record(self, capsys, small, what):
        code, out, _ = run(capsys, "--corpus", small, "export", "--format", "csv", "--what", what)
        assert code == 0
        rows = list(csv.DictReader(io.StringIO(out)))
        assert list(getattr(jnc.load(small), what).ids) == [row["id"] for row in rows]


class TestParse:
    """Parse prints an article as JSON the converter reads back."""

    def test_parse_file(self, capsys, tmp_path):
        from japan_nato_corpus import converter

        path = tmp_path / "mine.txt"
        path.write_text("A headline\n\nFirst paragraph.\n", encoding="utf-8")
        code, out, _ = run(capsys, "parse", path)
        assert code == 0
        article = converter.loads(out, jnc.Article)
        assert article.headline == "A headline"

    def test_missing_file_exits_1(self, capsys, tmp_path):
        code, _, err = run(capsys, "parse", tmp_path / "absent.txt")
        assert code == 1
        assert "absent.txt" in err


def _broken_copy(small, tmp_path, *, tamper=False, **edits):
    """A copy of the corpus at ``small``; each edit (``events=fn``) changes that file's records in place."""
    broken = tmp_path / "broken"
    shutil.copytree(small, broken)
    for name, edit in edits.items():
        path = broken / f"{name}.json"
        records = json.loads(path.read_text(encoding="utf-8"))
        edit(records)
        path.write_text(json.dumps(records), encoding="utf-8")
    if tamper:
        with (broken / "documents" / f"{REUTERS}.txt").open("a", encoding="utf-8") as document:
            document.write("tampered")
    return broken


class TestValidate:
    """Validate passes a good corpus and lists every problem of a broken one."""

    def test_good_corpus(self, capsys, small):
        code, out, err = run(capsys, "validate", small)
        assert (code, err) == (0, "")
        assert "no problems" in out

    def test_every_problem_is_listed(self, capsys, small, tmp_path):
        def edit_events(events):
            events[0]["evidence"][0]["quote"] = "not what the text says"
            events[1]["participants"][0]["actor"] = "nobody"

        def edit_agreements(agreements):
            agreements[0]["date"] = "2014-02-31"

        broken = _broken_copy(small, tmp_path, tamper=True, events=edit_events, agreements=edit_agreements)

        code, out, err = run(capsys, "validate", broken)

        assert (code, out) == (1, "")
        assert "3 problems" in err
        assert "sha256" in err
        assert "agreements.json" in err
        assert "events.json" in err

    def test_integrity_problems_are_all_listed(self, capsys, small, tmp_path):
        def edit_events(events):
            events[0]["evidence"][0]["quote"] = "x" * len(QUOTE)  # the right length, the wrong words
            events[1]["participants"][0]["actor"] = "nobody"

        broken = _broken_copy(small, tmp_path, events=edit_events)

        code, _, err = run(capsys, "validate", broken)

        assert code == 1
        assert "2 problems" in err
        assert "nobody" in err
        assert "events.json $[0].evidence[0]" in err

    def test_cross_file_problems_are_listed_beside_a_changed_document(self, capsys, small, tmp_path):
        events = json.loads((small / "events.json").read_text(encoding="utf-8"))

        def edit_events(events):
            events[1]["participants"][0]["actor"] = "nobody"
            events.append(events[0])

        def edit_agreements(agreements):
            agreements[0]["signing_event"] = "no-such-event"

        broken = _broken_copy(small, tmp_path, tamper=True, events=edit_events, agreements=edit_agreements)
        edit_events(events)

        code, _, err = run(capsys, "validate", broken)

        listed = [line.strip() for line in err.splitlines()[1:]]
        expected = [
            "manifest.json $.documents[0].sha256: ",
            f"events.json $[{len(events) - 1}].id: duplicate id {events[0]['id']!r}",
            "events.json $[1].participants[0].actor: no actor with id 'nobody'",
            "agreements.json $[0].signing_event: no event with id 'no-such-event'",
        ]
        assert 1 == code
        assert f"{len(expected)} problems" in err.splitlines()[0]
        assert expected == [line[: len(start)] for line, start in zip(listed, expected, strict=True)]

    def test_missing_directory(self, capsys, tmp_path):
        code, _, err = run(capsys, "validate", tmp_path / "absent")
        assert code == 1
        assert "manifest.json" in err


class TestPipes:
    """Output piped into a reader that stops early ends quietly."""

    def test_broken_pipe(self):
        reader = subprocess.Popen(
            [sys.executable, "-c", "import sys; sys.stdin.readline()"], stdin=subprocess.PIPE
        )
        writer = subprocess.run(
            [sys.executable, "-m", "japan_nato_corpus", "search", "the"],
            stdout=reader.stdin,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        reader.stdin.close()
        reader.wait()
        assert (writer.returncode, writer.stderr) == (0, "")
