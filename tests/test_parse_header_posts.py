"""The header reader on lists of other posts, bylines closed by their newspaper and wrapped wire ledes.

Each class is a shape met on real pages, written in its general form for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._header import dateline

_HEADLINE = "Tensions rise over the strait as the two powers harden positions"
_PARAGRAPHS = [
    "Ministers from the four countries met on Tuesday to discuss shipping lanes and joint patrols.",
    "The talks will continue next month in the capital, officials said after the meeting ended on Tuesday.",
    "A statement issued after the talks said the plan would be reviewed each year by the four governments.",
]
_POSTS = [
    "White Warships and Little Blue Men: The Looming War at Sea",
    "March 30, 2018",
    "How the Navy Really Sees the Region",
    "April 9, 2018",
]


class TestOtherPostsOverTheHeadline:
    """The previous and next posts, each title over its own date line, stand over a post's headline."""

    def test_the_headline_is_the_line_under_them(self):
        article = parse_article("\n".join([*_POSTS, "", _HEADLINE, "", *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == _HEADLINE

    def test_one_title_over_its_date_is_the_headline(self):
        article = parse_article("\n".join([_POSTS[0], _POSTS[1], "", *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == _POSTS[0]


class TestBylineClosedByItsNewspaper:
    """``By: NAME | THE NEWSPAPER |``: the writer is the byline, the newspaper is left out."""

    @pytest.mark.parametrize(
        "line",
        [
            "By: Simon Denyer | THE WASHINGTON POST |",
            "By Simon Denyer | The Washington Post",
            "By: Simon Denyer",
        ],
    )
    def test_the_writer_is_the_author(self, line):
        article = parse_article("\n\n".join([_HEADLINE, line, *_PARAGRAPHS]))
        assert article.authors == ("Simon Denyer",)

    def test_a_newspaper_alone_is_still_its_own_byline(self):
        article = parse_article("\n\n".join([_HEADLINE, "By The Harbour Times", *_PARAGRAPHS]))
        assert article.authors == ("The Harbour Times",)


class TestWireDatelineOverAWrappedLede:
    """``TOKYO, Sept 19 (Reuters) - Japan's Nikkei share average``: a place, a date and an agency
    make a dateline, however short the rest of its wrapped line."""

    @pytest.mark.parametrize(
        "line",
        ["TOKYO, Sept 19 (Reuters) - Japan's Nikkei share average", "SEOUL, March 3 (Yonhap) -- The won"],
    )
    def test_the_place_is_read(self, line):
        found = dateline(line, 0, len(line))
        assert found is not None
        assert line[slice(*found.place)] == line.split(",")[0]

    @pytest.mark.parametrize(
        "line", ["TOKYO - Japan's Nikkei share average", "TOKYO (Reuters) - Nikkei average"]
    )
    def test_without_the_date_a_short_line_is_still_no_dateline(self, line):
        assert dateline(line, 0, len(line)) is None


class TestTeasersAndWidgetsAreNoHeadline:
    """Links to other stories opened by a pointing mark, and a weather widget's reading with the date."""

    @pytest.mark.parametrize(
        "line", [">> Ministers of the alliance meet in Prague", "► Six countries will build a wall of drones"]
    )
    def test_a_teaser_link_is_no_headline(self, line):
        article = parse_article("\n\n".join([line, _HEADLINE, *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == _HEADLINE

    def test_a_weather_widget_is_no_headline(self):
        article = parse_article(
            "\n\n".join(["Dublin: 11 °C Sunday 19 September, 2021", _HEADLINE, *_PARAGRAPHS])
        )
        assert article.title is not None
        assert article.title.text == _HEADLINE

    def test_a_headline_with_a_temperature_stays_the_headline(self):
        headline = "Europe swelters at 44 °C as the fires spread to the coast"
        article = parse_article("\n\n".join([headline, *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == headline


class TestMailArchiveMessage:
    """A message kept by a mail archive: the sender's name and address, the date, and wrapped text."""

    _MESSAGE = (
        "Jane Doe jane.doe at example.org\n"
        "Tue Jul 11 12:13:50 MDT 2006\n\n"
        "Here's the text of the treaty:\n\n"
        "ARTICLE 1. The parties undertake to settle any international\n"
        "dispute in which they may be involved by peaceful means in such\n"
        "a manner that international peace and security are not endangered.\n\n"
        "The treaty has been in force for a long time and both sides have\n"
        "kept to it through many changes of government in the two capitals."
    )

    def test_the_sender_is_the_byline_and_there_is_no_headline(self):
        article = parse_article(self._MESSAGE)
        assert article.authors == ("Jane Doe",)
        assert article.title is None

    def test_the_body_opens_at_the_lead_in(self):
        assert parse_article(self._MESSAGE).body.startswith("Here's the text of the treaty:")


class TestPressServiceDatelineAlone:
    """``Berlin (ots)`` on a line of its own over the story: a place and a press service's tag."""

    def test_the_place_is_the_dateline(self):
        article = parse_article("\n\n".join([_HEADLINE, "Berlin (ots)", *_PARAGRAPHS]))
        assert article.dateline is not None
        assert article.dateline.text == "Berlin"

    @pytest.mark.parametrize("line", ["Jane Doe (Reuters)", "Photo (AFP)"])
    def test_a_credit_alone_is_no_dateline(self, line):
        assert dateline(line, 0, len(line)) is None


class TestKickerGluedToTheHeadline:
    """``DefensieJapan en Nederland ...`` over the headline printed again alone: the line alone is it."""

    def test_the_headline_alone_is_taken(self):
        glued = "Defensie" + _HEADLINE
        article = parse_article("\n\n".join(["19 april, 2024", glued, _HEADLINE, *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == _HEADLINE

    def test_a_label_set_off_by_a_colon_stays_in_the_headline(self):
        long = "Full Text Political Transcripts: " + _HEADLINE
        article = parse_article("\n\n".join([long, _HEADLINE, *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == long


class TestDateLinePrintedTwice:
    """``December 15, 2020 | Defending Forward Monograph`` over the headline, printed twice: its date."""

    def test_the_date_is_read_and_the_label_is_no_byline(self):
        top = "December 15, 2020 | Defending Forward Monograph"
        article = parse_article("\n".join([top, _HEADLINE, top, _HEADLINE, *_PARAGRAPHS]))
        assert str(article.published) == "2020-12-15"
        assert article.authors == ()
