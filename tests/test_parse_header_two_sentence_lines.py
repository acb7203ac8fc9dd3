"""A long line of two sentences over the story is its standfirst, no headline; a short one may be one.

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_STORY = [
    "Firefighters were still battling the blaze on Tuesday evening, the civil protection agency said.",
    "About 150 people from four villages were moved from their homes as a precaution, the mayor said.",
    "The agency said more than 600 firefighters and 12 aircraft were working to bring the fires down.",
]


def test_long_line_of_two_sentences_is_prose() -> None:
    line = (
        "Several fires are burning across the north of the country, in the hills near the border and "
        "along the coast. Follow the latest news live"
    )
    assert _zone.is_prose(line)


def test_short_headline_of_two_sentences_stays_a_headline() -> None:
    assert not _zone.is_prose("Fires rage in the north. Villages evacuated as winds pick up")


def test_standfirst_of_two_sentences_over_the_story_is_not_the_headline() -> None:
    standfirst = (
        "Several fires are burning across the north of the country, in the hills near the border and "
        "along the coast. Follow the latest news live"
    )
    article = parse_article("\n".join([standfirst, *_STORY]) + "\n", id="t")
    assert article.headline is None
