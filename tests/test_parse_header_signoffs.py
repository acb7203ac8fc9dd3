"""The header reader on more classes of fault met on real pages, each written in its general shape.

An agency's name in capitals signing off a long story after its last sentence. The pages are
written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_HEADLINE = "Ministers agree on a new maritime security plan"
_PARAGRAPHS = [
    "Ministers from the four countries met on Tuesday to discuss shipping lanes and joint patrols.",
    "The talks will continue next month in the capital, officials said after the meeting ended on Tuesday.",
    "A statement issued after the talks said the plan would be reviewed each year by the four governments.",
    "Officials said the navies would share more of what their patrol aircraft see over the busiest lanes.",
    "The ministers also agreed to hold a joint exercise next spring, the first of its kind in the region.",
]


def _story(closing: str) -> str:
    last = f"Prices of fuel and food fell in the month, the bank said. {closing}"
    return "\n\n".join([_HEADLINE, *_PARAGRAPHS, last])


class TestAgencyInCapitalsSignsOff:
    """``... the bank said. EFE`` at the foot of a story of many paragraphs: the agency is its byline."""

    @pytest.mark.parametrize("agency", ["EFE", "KUNA", "AFP", "ANSA"])
    def test_the_agency_is_the_byline(self, agency):
        article = parse_article(_story(agency))
        assert article.authors == (agency,)
        assert article.body.rstrip().endswith(agency)

    @pytest.mark.parametrize("closing", ["OK", "NATO", "USA"])
    def test_capitals_that_are_no_agency_are_no_byline(self, closing):
        assert parse_article(_story(closing)).authors == ()


class TestTitleCaseHeadlineWithAComma:
    """A headline in title case with a comma is shaped like ``Name, affiliation``: it stays the headline."""

    @pytest.mark.parametrize(
        "headline",
        [
            "New Telescope Invented, Seven New Galaxies Discovered",
            "Japanese Constitution, Article 9 Group in Komono",
            "Harbour Talks Resume, Four Navies Agree",
        ],
    )
    def test_the_headline_is_no_byline(self, headline):
        article = parse_article("\n\n".join([headline, *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == headline
        assert article.authors == ()

    def test_a_name_and_affiliation_under_the_headline_is_still_the_byline(self):
        article = parse_article("\n\n".join([_HEADLINE, "Jane Doe, Harbour Institute", *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == _HEADLINE
        assert article.authors == ("Jane Doe",)


class TestHeadlineClosedByItsAuthor:
    """``Significance of ... by OUE Sadamasa``: the headline ends before "by"; the name is the byline."""

    @pytest.mark.parametrize("name", ["OUE Sadamasa", "Jane Doe", "Kenji Tanaka"])
    def test_the_name_is_cut_off_and_credited(self, name):
        article = parse_article("\n\n".join([f"[Commentary] {_HEADLINE} by {name}", *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == _HEADLINE
        assert article.authors == (name,)

    @pytest.mark.parametrize("verb", ["edited", "written", "hosted"])
    def test_the_agent_of_a_verb_stays_in_the_headline(self, verb):
        headline = f"A new report on the maritime security plan published, {verb} by Jane Doe"
        article = parse_article("\n\n".join([headline, *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == headline
        assert article.authors == ()


class TestDateAfterTheDatelinesDash:
    """``YOKOSUKA, JAPAN – July 25, 2025 – Navy Region ...``: the date between dashes is the page's."""

    @pytest.mark.parametrize(
        ("opening", "published", "place"),
        [
            ("YOKOSUKA, JAPAN – July 25, 2025 –", "2025-07-25", "YOKOSUKA, JAPAN"),
            ("TOKYO — March 3, 2024 —", "2024-03-03", "TOKYO"),
            ("BRUSSELS – 12 May 2023 –", "2023-05-12", "BRUSSELS"),
        ],
    )
    def test_the_date_is_read(self, opening, published, place):
        article = parse_article("\n\n".join([_HEADLINE, f"{opening} {_PARAGRAPHS[0]}", *_PARAGRAPHS[1:]]))
        assert str(article.published) == published
        assert article.dateline is not None
        assert article.dateline.text == place


_GERMAN = [
    "Seit zwanzig Jahren ist kein deutsches Kriegsschiff nach Asien geschickt worden, sagte ein Sprecher.",
    "Japan hat lange auf mehr Engagement in der Verteidigungspolitik gewartet, hieß es am Freitag in Tokio.",
]


class TestLabelledDateRunIntoTheHeadline:
    """``Übungsmanöver im Pazifik Stand: 05.11.2021 11:03 Uhr``: a headline, then its date line."""

    @pytest.mark.parametrize(
        ("line", "published", "time"),
        [
            ("Stand: 05.11.2021 11:03 Uhr", "2021-11-05", "11:03"),
            ("Updated: March 3, 2024 10:15", "2024-03-03", "10:15"),
            ("Aktualisiert: 12.04.2023", "2023-04-12", None),
        ],
    )
    @pytest.mark.parametrize("run_in", [True, False])
    def test_the_date_is_read_and_left_out_of_the_headline(self, line, published, time, run_in):
        headline = "Gemeinsames Übungsmanöver im Pazifik"
        head = f"{headline} {line}" if run_in else f"{headline}\n\n{line}"
        article = parse_article("\n\n".join([head, *_GERMAN]))
        assert article.title is not None
        assert article.title.text == headline
        assert str(article.published) == published
        moment = article.published_at
        assert (None if moment is None else moment.strftime("%H:%M")) == time

    def test_a_label_with_no_date_stays_in_the_headline(self):
        headline = "Gemeinsames Übungsmanöver im Pazifik Stand: noch offen"
        article = parse_article("\n\n".join([headline, *_GERMAN]))
        assert article.title is not None
        assert article.title.text == headline
        assert article.published is None


class TestNameAloneOnTheLastLine:
    """A name alone on the last line, under a paragraph that ends a sentence, signs the story off."""

    @pytest.mark.parametrize("name", ["Didier Maréchal", "Jane Doe", "Kenji Tanaka"])
    def test_the_name_is_the_byline(self, name):
        article = parse_article("\n".join([_HEADLINE, *_PARAGRAPHS, name]))
        assert article.authors == (name,)
        assert name not in article.body

    @pytest.mark.parametrize("closing", ["You Might Also Like", "Global Times", "Earlier, External Aff"])
    def test_a_label_an_outlet_or_a_cut_line_is_none(self, closing):
        assert parse_article("\n".join([_HEADLINE, *_PARAGRAPHS, closing])).authors == ()

    def test_a_name_under_a_paragraph_cut_off_is_none(self):
        paragraphs = [*_PARAGRAPHS[:-1], _PARAGRAPHS[-1].removesuffix(".") + " and the"]
        assert parse_article("\n".join([_HEADLINE, *paragraphs, "Jane Doe"])).authors == ()


class TestSiteAddressAndDateLine:
    """``Kompas.com - 31/10/2019, 10:48 WIB`` under the headline: a source and its date, not a headline."""

    @pytest.mark.parametrize(
        ("line", "published"),
        [
            ("Kompas.com - 31/10/2019, 10:48 WIB", "2019-10-31"),
            ("Detik.com – 5 March 2024", "2024-03-05"),
            ("harbour-news.co.uk - July 5, 2022", "2022-07-05"),
        ],
    )
    def test_the_date_is_read(self, line, published):
        article = parse_article("\n\n".join([_HEADLINE, line, *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == _HEADLINE
        assert str(article.published) == published
        assert line not in article.body

    def test_a_name_and_a_dash_is_no_site(self):
        line = "Jane Doe Harbour - 31/10/2019 by the sea"
        article = parse_article("\n\n".join([_HEADLINE, line, *_PARAGRAPHS]))
        assert article.published is None


class TestSecondAuthorOnItsOwnLine:
    """``Ellyvon Pranita,`` over ``Gloria Setyvani Putri``: a name closed by a comma goes on below."""

    def test_both_names_are_authors(self):
        names = ["Ellyvon Pranita,", "Gloria Setyvani Putri"]
        article = parse_article("\n".join([_HEADLINE, *names, *_PARAGRAPHS]))
        assert article.authors == ("Ellyvon Pranita", "Gloria Setyvani Putri")
        assert "Gloria" not in article.body

    def test_a_name_with_no_comma_does_not_take_the_next_line(self):
        names = ["Ellyvon Pranita", "Gloria Setyvani Putri"]
        article = parse_article("\n".join([_HEADLINE, *names, *_PARAGRAPHS]))
        assert article.authors == ("Ellyvon Pranita",)


class TestDatedDatelineOpeningALeadIn:
    """``TOKYO, May 16 -- JMSDF issued the following press release:`` opens the story: no headline."""

    _LEAD_IN = "TOKYO, May 16 -- JMSDF issued the following press release:"

    def test_the_dateline_is_read_and_there_is_no_headline(self):
        article = parse_article("\n".join([self._LEAD_IN, *_PARAGRAPHS]))
        assert article.title is None
        assert article.dateline is not None
        assert article.dateline.text == "TOKYO"
        assert "JMSDF issued the following press release:" in article.body

    def test_an_undated_place_and_a_label_is_no_dateline(self):
        article = parse_article("\n\n".join([_HEADLINE, "BRUSSELS -- Agenda of the day:", *_PARAGRAPHS]))
        assert article.dateline is None


class TestSpeakerNamedInTheTitle:
    """A briefing's or a statement's title names its speaker, and may close with its date."""

    def test_a_briefing_with_its_place_and_date(self):
        title = "Briefing by Foreign Ministry Spokesperson Jane Doe, Moscow, October 12, 2017"
        article = parse_article("\n\n".join([title, *_PARAGRAPHS]))
        assert article.title is not None
        assert article.title.text == title
        assert article.authors == ("Jane Doe",)
        assert str(article.published) == "2017-10-12"

    def test_a_statement_to_a_council(self):
        title = "Statement by Prime Minister Kenji Tanaka to the Council"
        article = parse_article("\n\n".join([title, *_PARAGRAPHS]))
        assert article.authors == ("Kenji Tanaka",)
        assert article.published is None

    def test_an_office_alone_is_no_speaker(self):
        article = parse_article("\n\n".join(["Statement by the Ministry on the talks", *_PARAGRAPHS]))
        assert article.authors == ()

    def test_a_speakers_own_press_conference(self):
        title = "Foreign Ministry Spokesperson Jane Doe’s Regular Press Conference on April 24, 2023"
        article = parse_article("\n\n".join([title, *_PARAGRAPHS]))
        assert article.authors == ("Jane Doe",)

    def test_a_label_before_the_speaker_is_another_title(self):
        title = "Full Text Transcripts May 5, 2017: President Jane Doe’s Press Conference on Ports"
        assert parse_article("\n\n".join([title, *_PARAGRAPHS])).authors == ()


class TestHeaderCaptionOverCreditReaders:
    """A line the header zone reads as a caption stays one, whatever a credit reader makes of it alone."""

    def test_a_photo_credit_under_an_image_label_is_no_byline(self):
        credit = "Jane Doe, Natural History Museum, University of Tartu"
        page = "\n\n".join([_HEADLINE, "Image:", credit, *_PARAGRAPHS])
        article = parse_article(page)
        assert article.authors == ()
        assert credit not in article.body

    def test_a_caption_opened_by_its_copyright_is_no_notice(self):
        caption = "© Wikimedia commons - La secousse a été ressentie à Caen et dans des communes voisines."
        lede = "Un séisme superficiel d’une magnitude de 2,7 s'est produit à Caen, lundi 7 octobre."
        more = "Le réveil a été tremblotant pour certains habitants de Caen et des environs lundi 7 octobre."
        headline = "Séisme dans le Nord de la France : un gros boum"
        article = parse_article(f"{headline}\n{caption}\n{lede}\n{more}")
        assert [c.body.text for c in article.captions] == [caption]
        assert caption not in article.body


class TestForeignReutersCredits:
    """``(Segnalazione di NAME; Redazione di NAME)`` closes a story as ``(Reporting by ...)`` does."""

    @pytest.mark.parametrize(
        "credits",
        [
            "(Segnalazione di Junko Fujita; Redazione di Andrew Heavens)",
            "(1 dollaro = 158,4800 yen) (Segnalazione di Junko Fujita; Redazione di Andrew Heavens)",
            "(Reportaje de Junko Fujita; Edición de Andrew Heavens)",
            "(Reporting by Junko Fujita; Editing by Andrew Heavens)",
        ],
    )
    def test_the_reporter_is_the_byline(self, credits):
        article = parse_article("\n\n".join([_HEADLINE, *_PARAGRAPHS, credits]))
        assert article.authors == ("Junko Fujita",)

    def test_an_aside_alone_credits_no_one(self):
        aside = "(1 dollaro = 158,4800 yen) (Redazione)"
        article = parse_article("\n\n".join([_HEADLINE, *_PARAGRAPHS, aside]))
        assert article.authors == ()
