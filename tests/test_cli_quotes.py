"""The ``quotes`` command, and quotes in ``export``: who said what, as text, JSON Lines or a table."""

import csv
import io
import json

import japan_nato_corpus as jnc
from japan_nato_corpus.cli import main


class TestQuotesCommand:
    """``japan-nato-corpus quotes [--speaker NAME] [--json]``."""

    def test_lists_every_quote(self, capsys):
        assert 0 == main(["quotes"])
        out = capsys.readouterr().out
        assert len(jnc.load().quotes) == out.count("\n  \u201c")

    def test_by_speaker_surname(self, capsys):
        assert 0 == main(["quotes", "--speaker", "Stoltenberg"])
        out = capsys.readouterr().out
        assert "No other partner is closer and more capable than Japan," in out
        assert "yoshimasa-hayashi" not in out

    def test_json_lines_round_trip(self, capsys):
        assert 0 == main(["quotes", "--json", "--speaker", "Abe"])
        records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        expected = jnc.load().quotes.by("Abe")
        assert list(expected.ids) == [r["id"] for r in records]
        assert {"shinzo-abe"} == {r["speaker"] for r in records}

    def test_several_speakers_are_any_of_them(self, capsys):
        assert 0 == main(["quotes", "--json", "--speaker", "Abe", "--speaker", "Rasmussen"])
        speakers = {json.loads(line)["speaker"] for line in capsys.readouterr().out.splitlines()}
        assert {"shinzo-abe", "anders-fogh-rasmussen"} == speakers

    def test_unnamed_source_is_shown_by_its_description(self, capsys):
        assert 0 == main(["quotes"])
        assert "a senior Foreign Ministry official said" in capsys.readouterr().out

    def test_unknown_speaker_is_a_data_error(self, capsys):
        assert 1 == main(["quotes", "--speaker", "Nobody Atall"])
        assert "Nobody Atall" in capsys.readouterr().err


class TestExportQuotes:
    """``export --what quotes`` with the date, speaker and kind filters."""

    def test_csv_of_a_speakers_written_words(self, capsys):
        assert 0 == main(
            ["export", "--what", "quotes", "--format", "csv", "--kind", "written", "--actor", "China Daily"]
        )
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        expected = jnc.load().quotes.by("China Daily").of_kind("written")
        assert list(expected.ids) == [row["id"] for row in rows]

    def test_dates(self, capsys):
        assert 0 == main(
            ["export", "--what", "quotes", "--format", "jsonl", "--from", "2007", "--to", "2007"]
        )
        lines = capsys.readouterr().out.splitlines()
        assert list(jnc.load().quotes.between(2007, 2007).ids) == [json.loads(line)["id"] for line in lines]
