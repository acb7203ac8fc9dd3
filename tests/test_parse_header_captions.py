"""The header zone's photo captions, told by their shape and their neighbours.

A caption printed twice (the image's text and the caption under it), and a caption closed by
its photo's credit in brackets over the story's first paragraph. The pages are written for
these tests.
"""

import json
from pathlib import Path

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines, _zone

_HEADLINE = "Attendance of the Foreign Minister at the Meeting of Alliance Ministers"
_STORY = [
    (
        "The foreign minister attended the meeting of the alliance's ministers, to which the country has"
        " been invited for four years in a row."
    ),
    "The minister said the security of the two regions could not be separated, and called for closer work.",
    "The ministers also agreed to hold a joint exercise next spring, the first of its kind in the region.",
]


def _page(*head: str) -> str:
    return "\n".join([*head, *_STORY]) + "\n"


def _captions(page: str) -> list[str]:
    return [caption.body.text for caption in parse_article(page).captions]


class TestCaptionPrintedTwice:
    """A line printed twice at once over the story is a photo's caption, not a site's name."""

    def test_a_phrase_printed_twice_under_the_headline_is_a_caption(self) -> None:
        caption = "The foreign minister attending the meeting of alliance ministers"
        page = _page(_HEADLINE, caption, caption)
        article = parse_article(page)
        assert article.headline == _HEADLINE
        assert caption in [c.body.text for c in article.captions]
        assert caption not in article.body

    def test_two_photos_each_printed_twice_are_two_captions(self) -> None:
        first = "The foreign minister attending the meeting of alliance ministers"
        second = "The foreign minister speaking at the meeting of alliance ministers"
        assert {first, second} <= set(_captions(_page(_HEADLINE, first, first, second, second)))

    def test_a_label_between_the_copies_leaves_them_a_caption(self) -> None:
        caption = (
            "The prime minister attends the summit in the capital, on July 12, 2023."
            " (Jane Doe/NurPhoto via Getty Images)"
        )
        page = _page(_HEADLINE, caption, "Caption", caption)
        assert caption in _captions(page)

    def test_a_sentence_printed_twice_with_no_photo_mark_stays_in_the_story(self) -> None:
        lede = "The minister met his counterpart here on Monday, and the two agreed to work more closely."
        article = parse_article(_page(_HEADLINE, lede, lede))
        assert lede not in [c.body.text for c in article.captions]

    def test_a_caption_printed_twice_inside_the_story_is_left_to_the_body(self) -> None:
        caption = "The foreign minister (center) and his counterpart (right) at the summit"
        page = "\n".join([_HEADLINE, _STORY[0], caption, caption, *_STORY[1:]]) + "\n"
        assert caption not in _captions(page)

    def test_a_name_printed_twice_over_the_headline_is_the_site_not_a_caption(self) -> None:
        site = "The Harbour Foundation for Policy Research"
        article = parse_article(_page(site, site, _HEADLINE, "January 28, 2015"))
        assert article.headline == _HEADLINE
        assert site not in [c.body.text for c in article.captions]

    @pytest.mark.parametrize("byline", ["By Jane Doe", "Reuters"])
    def test_a_byline_printed_twice_is_no_caption(self, byline: str) -> None:
        assert byline not in _captions(_page(_HEADLINE, byline, byline))


class TestCaptionClosedByItsCredit:
    """A line closed by a photo's credit in brackets, over the story's prose, is a caption."""

    @pytest.mark.parametrize(
        "caption",
        [
            "The prime minister at a news conference on Oct. 1 (Jane Doe)",
            "Leaders pose before the meeting in the city, on May 21, 2023. (Asahi Shimbun via Getty Images)",
            "The prime minister at the summit, July 12, 2023. (Jane Doe/NurPhoto)",
        ],
    )
    def test_the_credited_line_over_the_story_is_a_caption(self, caption: str) -> None:
        article = parse_article(_page("THE DAILY HERALD", "October 2, 2024 at 18:00 JST", caption))
        # The credit may be read apart from the caption's words, or with them.
        assert any(caption.startswith(c.body.text) for c in article.captions)
        assert article.body.startswith(_STORY[0])

    def test_a_bracket_naming_no_person_or_photo_is_no_credit(self) -> None:
        line = "The prime minister at a news conference on Oct. 1 (the second this week)"
        article = parse_article(_page("THE DAILY HERALD", "October 2, 2024 at 18:00 JST", line))
        assert line not in [c.body.text for c in article.captions]


class TestCaptionNamingAPhotoOp:
    """A header line saying what the people shown do for the camera (vocabularies/caption_words.json)."""

    @pytest.mark.parametrize(
        "caption",
        [
            "The foreign minister shaking hands with the secretary general",
            "Alliance chief Jane Doe schudt de hand van de premier John Roe",
            "Jane Doe and John Roe pose for a photo before their talks",
            "Foreign Minister Jane Doe and Secretary General John Roe holding a meeting",
        ],
    )
    def test_a_photo_op_under_the_date_line_is_a_caption(self, caption: str) -> None:
        article = parse_article(_page(_HEADLINE, "June 24, 2025", caption))
        assert article.headline == _HEADLINE
        assert caption in [c.body.text for c in article.captions]

    def test_a_photo_op_over_the_headline_is_a_caption(self) -> None:
        caption = "Alliance chief Jane Doe schudt de hand van de premier John Roe"
        article = parse_article(_page(caption, _HEADLINE, "June 24, 2025"))
        assert article.headline == _HEADLINE
        assert caption in [c.body.text for c in article.captions]

    def test_a_headline_naming_a_handshake_stays_the_headline(self) -> None:
        headline = "Leaders shake hands on a new maritime security plan"
        article = parse_article(_page(headline, "June 24, 2025"))
        assert article.headline == headline
        assert not article.captions

    def test_a_phrase_inside_a_word_is_no_photo_op(self) -> None:
        line = "The ministers reshake handsets of the alliance at the meeting"
        article = parse_article(_page(_HEADLINE, "June 24, 2025", line))
        assert line not in [c.body.text for c in article.captions]


class TestCaptionOverItsCredit:
    """A line under the headline over its photo's credit alone, or closed by its copyright holder."""

    @pytest.mark.parametrize(
        "credit",
        [
            "|JMA",
            "| Jane Doe/AFP",
            "Credit: Reuters",
            "Foto: dpa",
            "(Photo: AFP)",
            "(Source: NATO)",
            "AFP via Getty Images",
            "Courtesy of Jane Doe",
        ],
    )
    def test_a_line_over_a_credit_line_is_a_caption(self, credit: str) -> None:
        caption = "Waves as tall as three metres could strike the coast"
        article = parse_article(
            _page(_HEADLINE, caption, credit, "Shaking could be felt as far away as the capital")
        )
        assert article.headline == _HEADLINE
        assert caption in [c.body.text for c in article.captions]

    def test_a_line_closed_by_its_copyright_holder_is_a_caption(self) -> None:
        caption = "Tsunami on the coast 2011 © US Navy"
        article = parse_article(_page(_HEADLINE, "07.12.2012 10:10", "Category: News", caption))
        assert article.headline == _HEADLINE
        assert caption in [c.body.text for c in article.captions]

    def test_a_page_notice_with_a_year_is_no_caption(self) -> None:
        notice = "All content © 2012 Harbour Media"
        article = parse_article(_page(_HEADLINE, "07.12.2012 10:10", notice))
        assert notice not in [c.body.text for c in article.captions]

    def test_a_line_over_a_bar_and_words_in_lower_case_is_no_caption(self) -> None:
        line = "Waves as tall as three metres could strike the coast"
        article = parse_article(_page(_HEADLINE, line, "| more on this story", "June 24, 2025"))
        assert line not in [c.body.text for c in article.captions]


def test_every_photo_op_phrase_of_the_vocabulary_is_read_as_written() -> None:
    vocabulary = json.loads(
        (Path(_zone.__file__).parents[1] / "vocabularies" / "caption_words.json").read_text()
    )
    phrases = [phrase for words in vocabulary["languages"].values() for phrase in words]
    assert phrases
    for phrase in phrases:
        assert phrase == phrase.casefold().strip()
        assert _zone._names_a_photo_op(f"Jane Doe and John Roe {phrase} in the capital")
        assert not _zone._names_a_photo_op(f"Jane Doe and John Roe x{phrase.replace(' ', '')} in the capital")


class TestCreditInSquareBrackets:
    """A caption closed by its photo's credit in square brackets (``[Photo/Xinhua]``, ``[Reuters]``)."""

    @pytest.mark.parametrize("credit", ["[Photo/Xinhua]", "[Photo/Agencies]", "[Reuters]"])
    def test_the_bracketed_credit_above_the_story_marks_a_caption(self, credit: str) -> None:
        caption = f"The prime minister speaks during a news conference in the capital on Tuesday. {credit}"
        found, at = _bylines.caption_line(caption, header=True)
        assert found
        assert at is not None
        assert caption[at[0] : at[1]] == credit[1:-1]

    def test_a_photo_and_its_source_mark_a_caption_in_the_body_too(self) -> None:
        assert _bylines.caption_line("Ships sail in the strait on Tuesday. [Photo/Xinhua]", header=False)[0]

    @pytest.mark.parametrize(
        "line", ["Ships sail in the strait on Tuesday. [Reuters]", "Ships sail in the strait. [1]"]
    )
    def test_an_agency_or_a_note_in_square_brackets_in_the_body_is_no_caption(self, line: str) -> None:
        assert not _bylines.caption_line(line, header=False)[0]

    def test_a_bracketed_word_that_is_no_agency_is_no_credit(self) -> None:
        assert not _bylines.caption_line("Ships sail in the strait on Tuesday. [Video]", header=True)[0]


class TestCreditLineUnderACaption:
    """The credit alone on the line under a caption the zone read over it is the photo's, not the story's."""

    @pytest.mark.parametrize("credit", ["AFP via Getty Images", "Courtesy of Jane Doe", "(Source: NATO)"])
    def test_the_credit_line_under_such_a_caption_is_no_paragraph(self, credit: str) -> None:
        caption = "Ships of the four navies sail together in the strait"
        article = parse_article(_page(_HEADLINE, "June 24, 2025", caption, credit))
        assert article.headline == _HEADLINE
        assert credit not in article.body
        assert article.body.startswith(_STORY[0])

    def test_a_long_labelled_line_under_a_line_is_no_credit(self) -> None:
        line = "Ships of the four navies sail together in the strait"
        below = (
            "Source: the ministry said on Tuesday that the four navies would sail together again next year"
        )
        article = parse_article(_page(_HEADLINE, "June 24, 2025", line, below))
        assert line not in [c.body.text for c in article.captions]
