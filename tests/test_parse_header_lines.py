"""The header reader on more classes of fault met on real pages, each written in its general shape.

Datelines after a site's own name ("Site.com, CITY -", "SITE.CO.ID - CITY."), with a lowercase
agency after an abbreviated foreign month, with no space after the dash, and in scripts other than
Latin; a reporter's byline that goes on to credit the desk's editor; a headline line that opens with
a bracketed or a column label; a font-size widget and a category line closed by a date stamp over
the headline. The pages are written for these tests.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_HEADLINE = "Ministers agree on a new maritime security plan"
_LEDE = (
    "Ministers from the four countries met on Tuesday to discuss shipping lanes, port access and "
    "joint patrols in the region."
)
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."

_JA_LEDE = (
    "活発な前線の影響で、広島県では発達した雨雲が連なる線状降水帯が発生し、"
    "広島市には大雨の特別警報が発表されました。"
)

_CITIES = st.sampled_from(["JAKARTA", "MANILA", "TOKYO", "SURABAYA", "NEW DELHI"])
_SITES = st.sampled_from(["Harian.com", "KABAR.CO.ID", "Warta.co.id", "beritaku.net"])
_FIRST = st.sampled_from(["Adinda", "Wahyu", "Rizki", "Sakura", "Amara"])
_LAST = st.sampled_from(["Mustami", "Rahmawati", "Fitrianto", "Murakami", "Okafor"])
_NAMES = st.builds(lambda first, last: f"{first} {last}", _FIRST, _LAST)


def _dateline(page: str) -> str | None:
    article = parse_article(page)
    return None if article.dateline is None else article.dateline.text


class TestDatelineAfterASitesName:
    """A site signs its copy before the place: the place is the dateline, the site is not."""

    @given(_SITES, _CITIES, st.sampled_from([", ", " - "]))
    def test_the_place_after_the_site(self, site, city, joint):
        page = f"{_HEADLINE}\n\n{site}{joint}{city} - {_LEDE}\n\n{_MORE}\n"
        assert _dateline(page) == city

    @given(_CITIES)
    def test_a_place_closed_by_a_full_stop_after_the_site(self, city):
        page = f"{_HEADLINE}\n\nKABAR.CO.ID - {city}. {_LEDE}\n\n{_MORE}\n"
        assert _dateline(page) == city

    @pytest.mark.parametrize("site", ["Harian.com", "Warta.co.id"])
    def test_a_site_alone_is_no_dateline(self, site):
        assert _dateline(f"{_HEADLINE}\n\n{site} - {_LEDE}\n\n{_MORE}\n") is None

    def test_a_full_stop_after_a_place_with_no_site_is_no_dateline(self):
        assert _dateline(f"{_HEADLINE}\n\nJAKARTA. {_LEDE}\n\n{_MORE}\n") is None


class TestMoreDatelineShapes:
    @pytest.mark.parametrize(
        ("opening", "place"),
        [
            ("Roma, 11 lug. (askanews) –", "Roma"),
            ("Madrid, 5 mar (servimedia) –", "Madrid"),
            ("SYDNEY/TOKYO (Reuters) -", "SYDNEY/TOKYO"),
            ("नवी दिल्ली -", "नवी दिल्ली"),
            ("Москва —", "Москва"),
        ],
    )
    def test_the_place(self, opening, place):
        sep = "" if opening.endswith(") -") else " "
        assert _dateline(f"{_HEADLINE}\n\n{opening}{sep}{_LEDE}\n\n{_MORE}\n") == place

    def test_a_dash_glued_to_a_word_is_no_dateline_without_an_agency(self):
        assert _dateline(f"{_HEADLINE}\n\nSYDNEY -Australia said it {_MORE}\n\n{_MORE}\n") is None


class TestReporterAndEditor:
    """``Reporter: NAME | Editor: NAME``: the reporter wrote the story, the editor signs nothing."""

    @given(_NAMES, _NAMES, st.sampled_from(["Reporter", "Penulis", "Writer"]), st.sampled_from(["|", "/"]))
    def test_the_reporter_is_the_author(self, reporter, editor, label, bar):
        page = f"{_HEADLINE}\n{label}: {reporter} {bar} Editor: {editor}\n{_LEDE}\n\n{_MORE}\n"
        article = parse_article(page)
        assert article.authors == (reporter,)
        assert article.title is not None
        assert article.title.text == _HEADLINE

    @given(_NAMES, _NAMES)
    def test_the_line_is_no_headline(self, reporter, editor):
        article = parse_article(f"Reporter: {reporter} | Editor: {editor}\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is None
        assert article.authors == (reporter,)


class TestLabelsOverTheHeadline:
    """A column's label on the headline's line, and a page's labels over it, are not the headline."""

    @pytest.mark.parametrize(
        "line",
        [
            f"[Commentary] {_HEADLINE}",
            f"[Analysis] {_HEADLINE}",
            f"INSIGHTS into the WORLD / {_HEADLINE}",
            f"Expert Comment / {_HEADLINE}",
        ],
    )
    def test_the_label_is_left_out(self, line):
        article = parse_article(f"{line}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == _HEADLINE

    def test_a_headline_with_a_slash_of_its_own_is_kept(self):
        headline = "Tokyo / Seoul talks end without a joint statement on the islands"
        article = parse_article(f"{headline}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == headline

    @pytest.mark.parametrize(
        "labels",
        ["Media  Foreign Affairs and National Security  2023.02.28", "News  Asia and Pacific  12/03/2021"],
    )
    def test_labels_set_apart_and_closed_by_a_stamp(self, labels):
        article = parse_article(f"{labels}\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == _HEADLINE

    @pytest.mark.parametrize("widget", ["Smallest Font Largest Font", "Smaller Text Larger Text"])
    def test_a_font_size_widget(self, widget):
        article = parse_article(f"{widget}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is None


class TestBylineRunIntoTheText:
    """A byline that lost its line break, closed by a mark, still names the author."""

    @given(
        _NAMES,
        st.sampled_from(["By", "Por", "Oleh"]),
        st.sampled_from(["*- ", " / Special to The Daily Times", " - "]),
    )
    def test_the_name_before_the_mark(self, name, word, mark):
        page = f"{_HEADLINE}\n\n{word} {name}{mark}{_LEDE}\n\n{_MORE}\n"
        assert parse_article(page).authors == (name,)

    def test_a_lede_opening_with_by_is_no_byline(self):
        page = f"{_HEADLINE}\n\nBy Tuesday the ministers had agreed - and the talks ended early.\n\n{_MORE}\n"
        assert parse_article(page).authors == ()


class TestBareAgencySignOff:
    @pytest.mark.parametrize("agency", ["EFE", "AFP", "AP"])
    def test_an_agency_after_the_last_sentence(self, agency):
        line = f"{_MORE} {agency}"
        found = _bylines.sign_off(line, 0)
        assert found is not None
        assert line[found[0] : found[1]] == agency

    @pytest.mark.parametrize("word", ["NATO", "ASEAN", "OK"])
    def test_capitals_that_are_no_agency(self, word):
        assert _bylines.sign_off(f"{_MORE} {word}", 0) is None


class TestLabelsThatAreNoNames:
    """A report's or a club's label is no author and no dateline; a follow button marks an author."""

    def test_a_match_report_label(self):
        headline = "Match Report - 07 Nov 2010, Harbour Football Club lost to the Rovers"
        page = f"Harbour Football Club\n\nMatch Report\n\n{headline}\n\n{_LEDE}\n\n{_MORE}\n"
        article = parse_article(page)
        assert article.authors == ()
        assert article.dateline is None
        assert article.title is not None
        assert article.title.text == headline

    @pytest.mark.parametrize("label", ["Special Report", "Football Club", "Annual Reports"])
    def test_no_name(self, label):
        assert not _bylines.is_name(label)

    @given(
        st.sampled_from(["Virendra", "Jane Doe", "Kenji"]),
        st.sampled_from(["", " TOP CONTRIBUTOR News", " 120 followers"]),
    )
    def test_a_name_before_a_follow_button(self, name, badge):
        assert [
            f"{name} FOLLOW{badge}"[a:b] for a, b in _bylines.byline(f"{name} FOLLOW{badge}", 0) or []
        ] == [name]

    def test_a_menu_before_a_follow_button_is_no_name(self):
        assert _bylines.byline("Related News FOLLOW US", 0) is None


class TestLinesThatAreNoHeadline:
    @pytest.mark.parametrize(
        "stamp", ["jueves, 9 de diciembre de 2021", "19 juin 2023", "10 julio 2014", "Montag, 5. März 2018"]
    )
    def test_a_date_written_out_in_another_language(self, stamp):
        article = parse_article(f"{stamp}\n\n{_HEADLINE}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == _HEADLINE

    def test_a_headline_holding_a_date_is_still_one(self):
        headline = "Le 19 juin 2023, la terre a tremblé dans tout l'ouest de la France"
        article = parse_article(f"{headline}\n\n{_LEDE}\n\n{_MORE}\n")
        assert article.title is not None
        assert article.title.text == headline

    @pytest.mark.parametrize("prompt", ["もっと詳しく", "続きを読む", "詳しくはこちら"])
    def test_a_japanese_prompt(self, prompt):
        assert parse_article(f"{prompt}\n\n{_JA_LEDE}\n\n{_JA_LEDE}\n").title is None

    @pytest.mark.parametrize("headline", ["大雨特別警報", "広島市に大雨特別警報が発表"])
    def test_a_short_japanese_headline_is_kept(self, headline):
        article = parse_article(f"{headline}\n\n{_JA_LEDE}\n\n{_JA_LEDE}\n")
        assert article.title is not None
        assert article.title.text == headline


class TestCopyrightCreditsOfPhotos:
    """A photo's copyright credit marks its caption; a page's copyright notice is none."""

    @pytest.mark.parametrize(
        ("line", "credit"),
        [
            ("© Wikimedia commons - The quake was felt in Caen and the towns near it.", "Wikimedia commons"),
            ("Storms sweep across the west of the country. © Screenshot/dwd.de", "© Screenshot/dwd.de"),
        ],
    )
    def test_the_credit(self, line, credit):
        found = _bylines.copyright_credit(line)
        assert found is not None
        assert line[found[0] : found[1]] == credit
        assert _bylines.caption_line(line, header=False)[0]

    @pytest.mark.parametrize(
        "line",
        [
            "© 2023 Cable News Network, Inc. - All rights reserved.",
            "The story ends here. © 2024 Harbour Times",
            "All content © Harbour Times - Tous droits réservés",
        ],
    )
    def test_a_notice_is_no_caption_credit(self, line):
        assert _bylines.copyright_credit(line) is None

    def test_a_caption_between_paragraphs(self):
        caption = "Storms sweep across the west of the country. © Screenshot/dwd.de"
        article = parse_article(f"{_HEADLINE}\n\n{_LEDE}\n\n{caption}\n\n{_MORE}\n\n{_MORE}\n")
        assert [c.body.text for c in article.captions] == [caption]

    @pytest.mark.parametrize("source", ["(Quelle: SAT.1)", "(Fuente: EFE)", "(Źródło: TVN24)"])
    def test_a_video_summary_closed_by_its_source(self, source):
        summary = f"Storms and heavy rain are on the way, and the clip says where. {source}"
        assert _bylines.caption_line(summary, header=True)[0]


class TestAgencyWithItsSection:
    @pytest.mark.parametrize("line", ["Anadolu Agency WORLD", "Reuters ASIA PACIFIC", "Kyodo POLITICS"])
    def test_the_agency_is_the_byline(self, line):
        pieces = _bylines.byline(line, 0)
        assert pieces is not None
        assert len(pieces) == 1
        assert line[pieces[0][0] : pieces[0][1]] in {"Anadolu Agency", "Reuters", "Kyodo"}

    @pytest.mark.parametrize(
        "line", ["Reuters World News", "Harbour Times WORLD", "Reuters ASIA PACIFIC NEWS"]
    )
    def test_no_byline_without_an_agency_or_with_more_words(self, line):
        assert _bylines.byline(line, 0) is None


class TestTitleByline:
    """``TITLE by NAME`` on one line: where the name stands (the reader is yet to cut the headline there)."""

    @given(st.sampled_from(["OUE Sadamasa", "Jane Doe", "Kenji Tanaka"]))
    def test_the_name_closing_the_headline(self, name):
        line = f"Significance and Challenges of the Counterstrike Capability by {name}"
        found = _bylines.title_byline(line, 0)
        assert found is not None
        end, (start, stop) = found
        assert line[start:stop] == name
        assert line[:end] == "Significance and Challenges of the Counterstrike Capability"

    @pytest.mark.parametrize(
        "handover",
        [
            "dal nostro corrispondente",
            "dalla nostra inviata",
            "de notre correspondant",
            "von unserem Korrespondenten",
            "from our own correspondent",
            "de nuestro corresponsal",
        ],
    )
    def test_the_name_after_a_phrase_for_the_papers_correspondent(self, handover):
        line = f"Il Giappone vuole rafforzare la sua Difesa {handover} Gianluca Modolo"
        found = _bylines.title_byline(line, 0)
        assert found is not None
        end, (start, stop) = found
        assert line[start:stop] == "Gianluca Modolo"
        assert line[:end] == "Il Giappone vuole rafforzare la sua Difesa"

    @pytest.mark.parametrize(
        "line",
        [
            "Ships Seized by the Coast Guard",
            "Attack by North Korea",
            "By Jane Doe",
            "Talks stalled by 2025",
            "Letter from our correspondent",
        ],
    )
    def test_no_name(self, line):
        assert _bylines.title_byline(line, 0) is None


class TestAuthorLists:
    def test_a_name_closed_by_the_lists_comma(self):
        assert _bylines.without_job_title("Jane Doe,") == "Jane Doe"
        assert _bylines.without_job_title("Jane Doe Senior Fellow;") == "Jane Doe"

    @pytest.mark.parametrize("label", ["Written by:", "Photo:", "Source:"])
    def test_a_label_with_nothing_after_it_is_no_headline(self, label):
        page = f"{_HEADLINE}\n\n{label}\nNovember 27, 2019\n\n{_LEDE}\n\n{_MORE}\n"
        article = parse_article(f"{label}\n\n{page}")
        assert article.title is not None
        assert article.title.text == _HEADLINE


class TestGermanBylines:
    @pytest.mark.parametrize("line", ["Von: Redaktion (dpa) | 05.11.21 | Überblick", "Von Redaktion (dpa)"])
    def test_a_desk_with_its_agency(self, line):
        pieces = _bylines.byline(line, 0)
        assert pieces is not None
        assert [line[a:b] for a, b in pieces] == ["dpa"]

    @given(_NAMES)
    def test_von_and_a_name(self, name):
        assert [f"Von {name}"[a:b] for a, b in _bylines.byline(f"Von {name}", 0) or []] == [name]

    def test_a_name_with_von_in_it_is_no_byline(self):
        assert _bylines.byline("Von der Leyen visits Tokyo", 0) is None

    def test_a_desk_with_no_agency_in_brackets(self):
        assert _bylines.byline("Von: Redaktion (Berlin)", 0) is None


class TestCreditsClosingACaption:
    @pytest.mark.parametrize(
        ("line", "credit"),
        [
            ("Die deutsche Fregatte am 5. November in Tokio Bild: dpa", "Bild: dpa"),
            ("A frigate is seen in Tokyo on November 5, 2021. — Reuters pic", "Reuters pic"),
            ("A frigate is seen in Tokyo on November 5, 2021. Bernama pic", "Bernama pic"),
        ],
    )
    def test_the_credit(self, line, credit):
        is_caption, where = _bylines.caption_line(line, header=False)
        assert is_caption
        assert where is not None
        assert line[where[0] : where[1]] == credit

    @pytest.mark.parametrize(
        "line",
        [
            "The frigate sailed into Tokyo on Friday, the first German warship in Japan for 19 years.",
            "It was an epic day for the crew, who had sailed from Wilhelmshaven in August.",
        ],
    )
    def test_a_paragraph_is_no_caption(self, line):
        assert not _bylines.caption_line(line, header=False)[0]


class TestSlashedCredit:
    @given(_NAMES, st.sampled_from(["Shutterstock", "Getty Images", "NASA"]))
    def test_a_photographer_and_the_agency(self, name, agency):
        line = f"{name} // {agency}"
        assert _bylines.copyright_credit(line) == (0, len(line))

    @pytest.mark.parametrize("line", ["https://example.com", "Home // News // Asia is a path, not a credit."])
    def test_no_credit(self, line):
        assert _bylines.copyright_credit(line) is None
