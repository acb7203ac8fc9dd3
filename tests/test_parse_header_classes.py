"""The header reader on classes of fault met on real pages, each written in its general shape.

Offices taken for names, "by" words of other languages kept in the name, a photo's agency credit
taken for the story's byline, a page whose one paragraph is printed twice, a headline marked as a
list's one item, categories run together or a breadcrumb over the headline, a subtitle under the
headline, and a headline in title case closed by a full stop. The pages are written for these tests.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import Article, parse_article
from japan_nato_corpus.parse import _bylines

_HEADLINE = "Ministers agree on a new maritime security plan"
_LEDE = (
    "Ministers from the four countries met on Tuesday to discuss shipping lanes, port access and "
    "joint patrols in the region."
)
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."

_FIRST = st.sampled_from(["Jane", "Amara", "Kenji", "Lucía", "Olga", "Pieter", "Sakura", "Tomás"])
_LAST = st.sampled_from(["Doe", "Okafor", "Tanaka", "Pereira", "Novak", "Lindqvist", "Murakami"])
_NAMES = st.builds(lambda first, last: f"{first} {last}", _FIRST, _LAST)


class TestOfficesAreNoNames:
    """A job title or an office alone ("Senior Fellow") is no author, however capitalised."""

    @given(
        st.lists(st.sampled_from(["Senior", "Visiting", "Consulting", "Associate", "Research"]), max_size=2),
        st.sampled_from(["Fellow", "Director", "Professor", "Analyst", "Correspondent", "Editor"]),
    )
    def test_a_rank_and_a_job_are_no_name(self, ranks, job):
        assert not _bylines.is_name(" ".join([*ranks, job]))

    @given(_NAMES)
    def test_a_name_is_still_a_name(self, name):
        assert _bylines.is_name(name)

    @pytest.mark.parametrize(
        "office", ["Senior Fellow, Japan Chair", "Consulting Senior Fellow", "Research Fellow"]
    )
    def test_an_office_under_the_headline_is_no_author(self, office):
        article = parse_article(f"{_HEADLINE}\n\n{office}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == _HEADLINE
        assert article.authors == ()


_BY_WORDS = ["Por", "por", "Par", "Von", "Von:", "di", "door", "av", "af", "przez", "Oleh", "Autor:"]


class TestBylineWordsOfOtherLanguages:
    """A "by" word of another language is not part of the name after it."""

    @given(st.sampled_from(_BY_WORDS), _NAMES)
    def test_the_name_alone_is_read(self, word, name):
        line = f"{word} {name}"
        piece = _bylines.titled_name(line)
        assert piece is not None
        assert line[piece[0] : piece[1]] == name

    @pytest.mark.parametrize("word", _BY_WORDS)
    def test_byline_under_a_headline(self, word):
        article = parse_article(f"{_HEADLINE}\n\n{word} Jane Doe\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.authors == ("Jane Doe",)
        assert "Jane Doe" not in article.body

    @pytest.mark.parametrize("name", ["Von der Leyen", "Di Maio", "Af Klint"])
    def test_a_particle_of_a_name_stays(self, name):
        assert _bylines.titled_name(name) is None


class TestPhotoCreditIsNoByline:
    """An agency closing a photo's caption credits the photo, not the story."""

    _CAPTIONS = (
        "Sept. 25, 2012: An aerial view shows a patrol ship (bottom L) spraying water at boats. (WIRE)",
        "Two leaders shake hands (second from left) before talks in the capital. (Reuters)",
        "The destroyer at sea in this photo taken last year. (AFP)",
    )

    @pytest.mark.parametrize("caption", _CAPTIONS)
    def test_sign_off_is_not_read_from_a_caption(self, caption):
        assert _bylines.sign_off(caption, 0) is None

    def test_a_story_still_signs_off(self):
        assert _bylines.sign_off("The talks will continue next month in the capital. (AFP)", 0) is not None

    @pytest.mark.parametrize("caption", _CAPTIONS)
    def test_caption_between_headline_and_dateline(self, caption):
        dated = f"Tuesday, September 25, 2012\n\n• {_HEADLINE}\n\n{caption}"
        page = f"{dated}\n\nHARBOUR CITY – {_LEDE}\n\n{_MORE}\n"
        article = parse_article(page)
        assert article.authors == ()
        assert article.title is not None
        assert article.title.text == _HEADLINE


class TestOneParagraphPrintedTwice:
    """A page whose only paragraph is printed twice is that paragraph, not a site's name."""

    @given(
        st.sampled_from([_LEDE, _MORE, f"HARBOUR CITY (Wire) – {_LEDE}"]),
        st.sampled_from(["\n", "\n\n", "\r\n"]),
    )
    def test_gives_an_article_with_both_copies(self, paragraph, gap):
        article = parse_article(f"{paragraph}{gap}{paragraph}")
        assert isinstance(article, Article)
        assert article.title is None
        assert [p.text for p in article.paragraphs] == [paragraph, paragraph]

    def test_a_repeated_caption_over_other_prose_stays_apart(self):
        caption = "A patrol ship sails near the disputed islands in the sea on Tuesday morning."
        article = parse_article(f"{caption}\n{caption}\n\n{_LEDE}\n\n{_MORE}\n")
        assert _LEDE in article.body
        assert caption not in article.body


class TestHeadlineAmongFurniture:
    """The headline is told from category runs, breadcrumbs, bullets and subtitles by shape and neighbours."""

    def test_a_bullet_before_the_headline_is_no_list(self):
        article = parse_article(
            f"Monday, March 3, 2025\n\n• {_HEADLINE}\n\nHARBOUR CITY – {_LEDE}\n\n{_MORE}\n"
        )
        assert article.title is not None
        assert article.title.text == _HEADLINE

    def test_a_summary_point_under_the_headline_is_no_headline(self):
        point = "• The plan sets up joint patrols and a standing committee that meets every"
        article = parse_article(f"{_HEADLINE}\n\n{point}\n\nBy Jane Doe\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == _HEADLINE

    @pytest.mark.parametrize(
        "categories",
        [
            "China Global News Japan News Politics",
            "World News Asia News Defence Politics",
            "Sport Football Sport Europe Scores",
        ],
    )
    def test_categories_run_together_are_no_headline(self, categories):
        article = parse_article(f"{categories}\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == _HEADLINE

    @pytest.mark.parametrize("bar", ["»", "›", ">", "/", "|"])
    def test_a_breadcrumb_names_the_headline(self, bar):
        crumbs = f"Home {bar} Blog {bar} {_HEADLINE}"
        article = parse_article(
            f"{crumbs}\nRegional Desk Weekly Update\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n"
        )
        assert article.title is not None
        assert article.title.text == _HEADLINE

    def test_a_subtitle_under_the_headline_over_a_newsletter_name(self):
        page = (
            "Four Ministers Agree on a New Maritime Plan\nPlan To Be Signed At Harbour Summit\n\n"
            f"Harbour Letter\nAugust 17, 2023\n{_LEDE}\n{_MORE}\n"
        )
        article = parse_article(page)
        assert article.title is not None
        assert article.title.text == "Four Ministers Agree on a New Maritime Plan"

    @pytest.mark.parametrize(
        "credit", ["Foto de Jane Doe.", "Foto: Jane Doe", "Fotografía: Jane Doe", "Bild: Jane Doe"]
    )
    def test_a_title_case_headline_with_a_full_stop_over_a_credit_and_byline(self, credit):
        headline = "Ministry Launches National Vaccination Campaign After Coverage Falls Sharply."
        article = parse_article(f"Health\n\n{headline}\n\n{credit}\n\nPor Jane Doe\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == headline
        assert article.authors == ("Jane Doe",)

    def test_a_sentence_of_names_over_the_story_stays_prose(self):
        lede = "Foreign Minister Jane Doe and Defence Minister Kenji Tanaka Met Officials in Harbour Today."
        article = parse_article(f"{lede}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is None
        assert lede in article.body


class TestMoreHeaderShapes:
    """Date labels of other languages, agency credits side by side, a label over the date line."""

    @pytest.mark.parametrize(
        "label",
        [
            "Fecha Publicación:",
            "Publicado el",
            "Publié le",
            "Veröffentlicht am",
            "Pubblicato il",
            "Diterbitkan",
        ],
    )
    def test_a_date_under_a_label_of_another_language_is_no_headline(self, label):
        article = parse_article(f"{label} 29-08-2022\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is None
        assert str(article.published) == "2022-08-29"

    @pytest.mark.parametrize(("agency", "place"), [("dpa-AFX", "TOKIO"), ("afp-Wire", "PARIS")])
    def test_a_dateline_agency_with_a_hyphen(self, agency, place):
        article = parse_article(f"{_HEADLINE}\n\n{place} ({agency}) - {_LEDE}\n\n{_MORE}\n")
        assert article.dateline is not None
        assert article.dateline.text == place

    @given(
        st.lists(
            st.sampled_from(["Reuters", "Yonhap News", "AFP", "Kyodo News", "dpa"]), min_size=2, max_size=3
        )
    )
    def test_agencies_side_by_side_are_each_credited(self, agencies):
        line = " ".join(agencies) + " |"
        pieces = _bylines.byline(line, 0)
        assert pieces is not None
        assert [line[start:end] for start, end in pieces] == agencies

    @pytest.mark.parametrize("line", ["Reuters Lifestyle Desk", "Reuters", "World News Today"])
    def test_one_agency_or_other_words_are_no_run(self, line):
        assert _bylines._agency_run(line, 0) is None

    def test_a_label_over_the_date_line_and_the_headline_under_it(self):
        page = f"News Update\nSeptember 30, 2017 by Desk\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n"
        article = parse_article(page)
        assert article.title is not None
        assert article.title.text == _HEADLINE

    @pytest.mark.parametrize("cue", ["right", "left", "second from left", "center"])
    def test_a_caption_and_a_section_over_the_headline(self, cue):
        caption = f"Jane Doe, {cue}, shakes hands with Kenji Tanaka during a news conference on Sunday."
        bullets = "• Ministers agreed on joint patrols and a committee.\n• Talks will continue next month."
        marks = "Reuters\nUpdated: 7:08pm, 7 May, 2023"
        page = f"{caption}\nWorld\n{_HEADLINE}\n{bullets}\n{marks}\n{_LEDE}\n{_MORE}\n"
        article = parse_article(page)
        assert article.title is not None
        assert article.title.text == _HEADLINE


class TestBylinesOfShape:
    """A newspaper's own byline, and a name with its office and institute, mark the header."""

    @pytest.mark.parametrize("outlet", ["The Nation", "The Hindu", "The Harbour Herald"])
    def test_by_a_newspaper(self, outlet):
        article = parse_article(f"{_HEADLINE}\n\nSeptember 30, 2017 by {outlet}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.authors == (outlet,)

    def test_a_disclaimer_over_the_headline_and_a_name_with_its_institute(self):
        disclaimer = "This report is written by a visiting fellow and represents the author's own views only."
        byline = "Jane Doe Senior Fellow, Harbour Institute of Affairs"
        page = f"{disclaimer}\n{_HEADLINE}\n{byline}\n{_LEDE}\n{_MORE}\n"
        article = parse_article(page)
        assert article.title is not None
        assert article.title.text == _HEADLINE
        assert article.authors == ("Jane Doe",)

    def test_a_deck_as_long_as_the_headline_under_it(self):
        headline = "There is more than one way to agree on maritime patrols"
        deck = "Talks held this year show the different paths ministers took to reach a plan"
        article = parse_article(f"{headline}\n\n{deck}\n\nBy Jane Doe\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == headline


@pytest.mark.parametrize(
    ("other", "published"),
    [("25/12/2020", "2021-04-03"), ("12/25/2020", "2021-03-04")],
)
def test_a_numeric_header_date_reads_in_the_pages_order(other: str, published: str) -> None:
    # "03/04/2021" alone is month first; a date elsewhere on the page that can only be read one way
    # ("25/12/2020" day first, "12/25/2020" month first) settles the order of the header's date.
    text = (
        "Japan and NATO widen their partnership\n\n03/04/2021\n\n"
        f"BRUSSELS - Ministers met on {other} and again this week to sign a plan on cyber defence.\n\n"
        "The talks went on for two days, and both sides said they would meet again.\n"
    )
    article = parse_article(text)
    assert isinstance(article, Article)
    assert str(article.published) == published
