"""The curated quotes of the five documents: each with its speaker, and nothing that is not a quote."""

import io
import json
import re

import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus import QuoteKind, export

REUTERS = "reuters-2014-05-06-japan-nato-partnership"
BLOG = "blog-undated-abe-2007-nato-visit"
GLOBAL = "global-research-2013-01-14-abe-letter-to-nato"
NEWS = "japan-news-2023-04-06-hayashi-nato-cooperation"
TOKYO = "tokyo-foundation-2015-01-28-nato-asia-partnership"

# Every direct quotation of the five documents: document, first words, speaker, kind.
CURATED = [
    (REUTERS, "We will not tolerate any change", "shinzo-abe", "direct"),
    (REUTERS, "At the same time, in order to resolve", "shinzo-abe", "direct"),
    (REUTERS, "not hesitate to take further steps", "anders-fogh-rasmussen", "partial"),
    (REUTERS, "Japan does not actually expect NATO", "michito-tsuruoka", "written"),
    (REUTERS, "to become a pro-active contributor", "anders-fogh-rasmussen", "partial"),
    (REUTERS, "We share interests in countering piracy", "anders-fogh-rasmussen", "direct"),
    (BLOG, "As a strategic partner, Japan intends", "shinzo-abe", "direct"),
    (GLOBAL, "NATO's main task was to maintain", "liu-jianguo", "direct"),
    (NEWS, "We must continue implementing strict sanctions", "yoshimasa-hayashi", "direct"),
    (NEWS, "Unilateral attempts to change the status quo", "yoshimasa-hayashi", "direct"),
    (NEWS, "it is even more important", "jens-stoltenberg", "partial"),
    (NEWS, "No other partner is closer", "jens-stoltenberg", "direct"),
    (NEWS, "is very different from being a member nation", None, "partial"),
    (NEWS, "From NATO’s perspective", "jun-nagashima", "direct"),
    (NEWS, "NATO will need Japan’s insights", "jun-nagashima", "direct"),
    (TOKYO, "Japan will commit even more strongly", "shinzo-abe", "direct"),
    (TOKYO, "Our partnership is based on shared values", "anders-fogh-rasmussen", "direct"),
    (TOKYO, "Why Japan and NATO?", "shinzo-abe", "direct"),
    (TOKYO, "We are more than simply ‘natural partners’", "shinzo-abe", "direct"),
    (TOKYO, "In this time of crisis", "anders-fogh-rasmussen", "direct"),
    (TOKYO, "exceptional commitment to our alliance", "barack-obama", "partial"),
    (TOKYO, "Under your leadership", "barack-obama", "direct"),
    (TOKYO, "the catchy but vague expression", "china-daily", "written"),
    (TOKYO, "Abe’s camouflage to woo", "china-daily", "written"),
    (TOKYO, "ordinary armed forces.", "china-daily", "written"),
    (TOKYO, "Japanese people forever renounce war", None, "written"),
    (TOKYO, "Neighboring countries increasingly worry", "korea-joongang-daily", "written"),
    (TOKYO, "Japan’s exercise of collective self-defense", "korea-joongang-daily", "written"),
    (TOKYO, "disappointing.", "us-embassy-tokyo", "written"),
    (TOKYO, "international rule-making processes", "frontier-subcommittee", "written"),
    (TOKYO, "the rebalancing of U.S. priorities", "tom-donilon", "written"),
    (TOKYO, "when it comes to China", "susan-rice", "direct"),
    (TOKYO, "China must reassure the rest of the world", "james-steinberg", "written"),
    (TOKYO, "must be a priority in the U.S.-China", "james-steinberg", "written"),
    (TOKYO, "the United States has a national interest", "hillary-clinton", "direct"),
    (TOKYO, "a resilient habit of cooperation capability", "tokyo-foundation", "written"),
]

# Quoted words that are not quotes: terms and slogans, titles, scare quotes, imagined speech.
NOT_QUOTES = {
    BLOG: {"Is Japan in NATO?", "global organization"},
    GLOBAL: {"fair use"},
    NEWS: {"similar attempt", "Politics"},
    REUTERS: {"How to demonize China", "I think you got what you want, now go home"},
    TOKYO: {
        "Euro-Atlantic Meets Asia-Pacific",
        "proactive contribution to peace",
        "proactive contribution to peace,",
        "Individual Partnership and Cooperation Programme",
        "proactive pacifism,",
        "ordinary armed forces",
        "resurgent militarism",
        "Redefining Japan’s Global Strategy,",
        "strategic reassurance",
        "rebalancing",
        "Cooperative engagement",
        "Balancing",
        "Hedging",
        "a cork in the bottle",
        "reassurance mechanism",
        "two plus two",
        "Japan’s Security Strategy toward China",
    },
}
_QUOTED = re.compile(r"“([^“”]*)”|\"([^\"\n]*)\"")
_NOTE = re.compile(r"^\[\d+\] ", re.MULTILINE)


@pytest.fixture(name="corpus", scope="module")
def fixture_corpus():
    return jnc.load()


def _quoted(text):
    """Every stretch between double quotation marks, with the line it stands on."""
    for match in _QUOTED.finditer(text):
        words = match.group(1) if match.group(1) is not None else match.group(2)
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        yield words, line


class TestCurated:
    """Every direct quotation is a quote with the right speaker."""

    @pytest.mark.parametrize(("document", "opening", "speaker", "kind"), CURATED)
    def test_quote(self, corpus, document, opening, speaker, kind):
        (quote,) = [q for q in corpus.quotes.in_article(document) if q.text.startswith(opening)]
        assert speaker == quote.speaker
        assert QuoteKind(kind) is quote.kind
        article = corpus.articles[document]
        assert quote.text == article.text[quote.evidence.start : quote.evidence.end]
        assert article.text[quote.evidence.start - 1] in '“"'

    def test_no_other_quote(self, corpus):
        assert len(CURATED) == len(corpus.quotes)

    def test_speaker_words_and_cue_stand_in_the_article(self, corpus):
        for quote in corpus.quotes:
            text = corpus.articles[quote.article].text
            for span in (quote.speaker_words, quote.cue):
                if span is not None:
                    assert span.text == text[span.start : span.end]

    def test_named_speakers_words_name_them(self, corpus):
        for quote in corpus.quotes:
            if quote.speaker is not None and quote.speaker_words.text != "The panel’s report":
                assert quote.speaker in corpus.actors.resolve(quote.speaker_words.text.removeprefix("the "))

    def test_unnamed_official_keeps_its_description(self, corpus):
        (quote,) = corpus.quotes.search("member nation")
        assert quote.speaker is None
        assert "a senior Foreign Ministry official" == quote.speaker_words.text

    def test_events_are_events(self, corpus):
        for quote in corpus.quotes:
            assert quote.event is None or quote.event in corpus.events


class TestNotQuotes:
    """No quoted term, title, slogan, scare quote or imagined speech is recorded."""

    def test_every_quoted_stretch_is_a_quote_or_listed_as_none(self, corpus):
        for article in corpus.articles:
            quotes = {q.text for q in corpus.quotes.in_article(article.id)}
            for words, line in _quoted(article.text):
                if _NOTE.match(line):
                    assert words not in quotes, f"a note's title is recorded: {words!r}"
                elif words in NOT_QUOTES.get(article.id, set()):
                    assert words not in quotes, f"not a quote, but recorded: {words!r}"
                else:
                    assert words in quotes, f"quoted words neither curated nor listed: {words!r}"

    def test_listed_non_quotes_stand_in_the_documents(self, corpus):
        for document, words in NOT_QUOTES.items():
            found = {w for w, _ in _quoted(corpus.articles[document].text)}
            assert words <= found

    def test_the_slogan_is_never_a_quote(self, corpus):
        assert not [q for q in corpus.quotes if "contribution to peace" in q.text]


class TestQuotes:
    """The collection's filters."""

    def test_by_surname_and_full_name(self, corpus):
        assert corpus.quotes.by("Stoltenberg") == corpus.quotes.by("Jens Stoltenberg")
        assert {q.article for q in corpus.quotes.by("Stoltenberg")} == {NEWS}

    def test_by_several(self, corpus):
        both = corpus.quotes.by("Abe", "Rasmussen")
        assert {q.speaker for q in both} == {"shinzo-abe", "anders-fogh-rasmussen"}

    def test_by_unknown_name_raises(self, corpus):
        with pytest.raises(jnc.UnknownIdError):
            corpus.quotes.by("Nobody Atall")

    def test_between_uses_the_event_date(self, corpus):
        in_2007 = corpus.quotes.between("2007", "2007")
        assert [q.article for q in in_2007] == [BLOG]

    def test_between_falls_back_on_the_article_date(self, corpus):
        quote = corpus.quotes.search("No other partner")[0]
        assert quote.event is None
        assert quote in corpus.quotes.between("2023-04-06", "2023-04-06")

    def test_mentioning_looks_inside_the_quoted_words(self, corpus):
        for quote in corpus.quotes.mentioning("Russia"):
            assert "Russia" in quote.text
        assert corpus.quotes.search("dialogue with Russia")[0] in corpus.quotes.mentioning("Russia")

    def test_search_is_whole_words(self, corpus):
        assert not corpus.quotes.search("partne")
        assert corpus.quotes.search("PARTNER") != corpus.quotes.search("PARTNER", case_sensitive=True)

    def test_search_needs_a_word(self, corpus):
        with pytest.raises(jnc.ArgumentError, match="phrase needs at least one word"):
            corpus.quotes.search("…")

    def test_to_jsonl_round_trips(self, corpus):
        out = io.StringIO()
        corpus.quotes.to_jsonl(out)
        lines = out.getvalue().splitlines()
        assert len(corpus.quotes) == len(lines)
        assert corpus.quotes[0].id == json.loads(lines[0])["id"]
        back = export.from_jsonl(io.StringIO(out.getvalue()), jnc.Quote)
        assert tuple(corpus.quotes) == back

    def test_of_kind(self, corpus):
        written = corpus.quotes.of_kind("written")
        assert written
        assert {QuoteKind.WRITTEN} == {q.kind for q in written}
        with pytest.raises(jnc.ArgumentError):
            corpus.quotes.of_kind("sung")

    def test_outside_a_corpus_nothing_is_dated_or_mentioned(self, corpus):
        loose = jnc.Quotes(corpus.quotes)
        assert () == tuple(loose.between(None, None))
        assert () == tuple(loose.mentioning("japan"))
        assert loose.by("shinzo-abe") == loose.by("shinzo-abe").by("shinzo-abe")


class TestLoading:
    """Quotes are loaded, saved and checked like every other curated collection."""

    def test_save_and_load_round_trip(self, corpus, tmp_path):
        jnc.save(corpus, tmp_path / "c", jsonl=True)
        back = jnc.load(tmp_path / "c")
        assert tuple(corpus.quotes) == tuple(back.quotes)
        assert (tmp_path / "c" / "quotes.jsonl").is_file()

    def test_evidence_is_checked_at_load(self, corpus, tmp_path):
        jnc.save(corpus, tmp_path / "c")
        path = tmp_path / "c" / "quotes.json"
        records = json.loads(path.read_text(encoding="utf-8"))
        records[0]["evidence"]["start"] += 1
        records[0]["evidence"]["end"] += 1
        path.write_text(json.dumps(records), encoding="utf-8")
        with pytest.raises(jnc.EvidenceMismatchError, match=r"quotes\.json"):
            jnc.load(tmp_path / "c")

    def test_speaker_words_are_checked_and_reported_as_data(self, corpus, tmp_path):
        jnc.save(corpus, tmp_path / "c")
        path = tmp_path / "c" / "quotes.json"
        records = json.loads(path.read_text(encoding="utf-8"))
        records[1]["speaker_words"]["text"] = "X" * len(records[1]["speaker_words"]["text"])
        records[2]["speaker"] = "no-such-actor"
        path.write_text(json.dumps(records), encoding="utf-8")
        problems = jnc.storage.problems_in(tmp_path / "c")
        assert [("quotes.json", "$[1].speaker_words", "evidence-mismatch")] == [
            (p.file, p.path, p.kind) for p in problems if p.kind == "evidence-mismatch"
        ]
        assert [("quotes.json", "$[2].speaker")] == [
            (p.file, p.path) for p in problems if p.kind == "dangling-reference"
        ]

    def test_check_of_the_bundled_corpus_is_clean(self, corpus):
        assert [] == jnc.check(corpus)


class TestExport:
    """The quotes table, in every format."""

    def test_rows_slice_the_articles(self, corpus):
        for row in export.rows(corpus.quotes):
            text = corpus.articles[row["article"]].text
            assert row["text"] == text[row["start"] : row["end"]]
            if row["cue"] is not None:
                assert row["cue"] == text[row["cue_start"] : row["cue_end"]]

    def test_speaker_names_come_from_the_corpus(self, corpus):
        (row,) = export.rows(corpus.quotes.search("No other partner"))
        assert ("jens-stoltenberg", "Jens Stoltenberg") == (row["speaker"], row["speaker_name"])

    def test_csv_has_one_row_a_quote(self, corpus):
        out = io.StringIO()
        corpus.quotes.to_csv(out)
        assert len(corpus.quotes) + 1 == len(out.getvalue().splitlines())
        assert [c.name for c in export.schema("quotes")] == out.getvalue().splitlines()[0].split(",")

    def test_arrow_and_pandas_have_the_schema(self, corpus):
        names = [c.name for c in export.schema(jnc.Quote)]
        assert names == corpus.quotes.to_arrow().column_names
        assert names == list(corpus.quotes.to_pandas().columns)
