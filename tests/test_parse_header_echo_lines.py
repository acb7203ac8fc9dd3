"""The headline scorer on a line made of fewer of the headline's own words, and a title's outlet suffix.

An image's title or a label often takes up the headline's words (``Haishen Typhoon`` over
``Typhoon Haishen: 200,000 ordered to evacuate ...``): of the two, the longer is the headline,
and the echo under it is the photo's title. A page's title closed by the outlet's name after a
dash (``... – BBC News``) is the headline less the name. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_HEADLINE = "Typhoon Haishen: 200,000 ordered to evacuate as the coast braces for the storm"
_STORY = [
    "As many as eight million people have been asked to evacuate areas threatened by an approaching storm.",
    "The typhoon is expected to intensify in the coming hours, bringing heavy rain and storm surges.",
]


def _page(*head: str) -> str:
    return "\n\n".join([*head, *_STORY])


def test_an_echo_over_the_headline_is_passed_over() -> None:
    assert parse_article(_page("Haishen Typhoon", _HEADLINE)).headline == _HEADLINE


def test_an_echo_under_the_headline_is_the_photos_title() -> None:
    headline = "Le Japon craint la croissance militaire chinoise"
    story = "Pour le livre blanc de la Défense japonaise publié en 2025, la Chine est le plus grand défi."
    article = parse_article("\n\n".join([headline, "Japon croissance militaire chinoise", story, _STORY[1]]))
    assert article.headline == headline
    assert "Japon croissance militaire chinoise" in [c.body.text for c in article.captions]
    assert "Japon croissance militaire chinoise" not in article.body


def test_a_line_sharing_only_some_of_the_headlines_words_is_no_echo() -> None:
    subtitle = "Storm surges threaten the coast as the typhoon nears land"
    article = parse_article(_page(_HEADLINE, subtitle, "March 3, 2024"))
    assert article.headline == _HEADLINE
    assert subtitle not in [c.body.text for c in article.captions]


@pytest.mark.parametrize("outlet", ["BBC News", "Reuters", "The Harbour Times"])
def test_an_outlets_name_after_a_dash_closes_the_headline(outlet: str) -> None:
    line = f"{_HEADLINE} – {outlet}"
    assert line[: _zone.title_end(line)] == _HEADLINE


@pytest.mark.parametrize("tail", ["Storm Warning", "the day after", "2024"])
def test_other_words_after_a_dash_stay_in_the_headline(tail: str) -> None:
    line = f"{_HEADLINE} – {tail}"
    assert _zone.title_end(line) == len(line)


def test_a_label_of_two_of_the_headlines_words_under_it_is_no_photo_title() -> None:
    headline = "Council backs a bigger transport budget for the city"
    article = parse_article("\n\n".join([headline, "Transport and budget", *_STORY]))
    assert "Transport and budget" not in [c.body.text for c in article.captions]


class TestNameShapedEcho:
    """A line shaped like a name under the headline, all of whose words the headline holds, is no byline."""

    _TOP = "Tsunami Advisory Issued After 6.8-Magnitude Earthquake Strikes Japan"

    def test_the_section_heading_made_of_the_headlines_words_is_no_author(self):
        text = "\n".join([self._TOP, "Tsunami Advisory Issued", *_STORY]) + "\n"
        assert () == parse_article(text).authors

    def test_a_name_the_headline_does_not_hold_is_the_byline(self):
        text = "\n".join([self._TOP, "Hiroshi Tanaka", *_STORY]) + "\n"
        assert ("Hiroshi Tanaka",) == parse_article(text).authors
