"""A page copied as one line: its kicker, headline and story run together, still read as an article.

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_HEAD = "Japan faces hurdles in acquiring counterstrike options against attacks"
_STANDFIRST = (
    "New capability might allow Tokyo to play a bigger role in the alliance, but its efficacy is uncertain"
)
_STORY = (
    " Japan is working to finalize revisions to its national defense strategies this year as it faces an"
    " array of security challenges. One proposed change has called for the military to pursue the ability"
    " to strike back against enemies in the case of attack."
)


def test_headline_glued_to_its_standfirst_is_split_off_as_the_title() -> None:
    article = parse_article(f"Analysis {_HEAD}{_STANDFIRST}{_STORY}\n", id="t")
    assert article.title is not None
    assert article.title.text == _HEAD
    assert article.paragraphs


def test_section_label_opening_the_run_is_its_kicker() -> None:
    run = _zone.run_together_head(f"Analysis {_HEAD}{_STANDFIRST}{_STORY}")
    assert run == (len("Analysis "), len("Analysis ") + len(_HEAD))


def test_glue_after_a_sentence_end_is_no_headline_end() -> None:
    text = f"Japan is working on it. The plan faces hurdles in acquiring optionsNew capability{_STORY}"
    assert _zone.run_together_head(text) is None


def test_line_of_prose_closed_by_a_footer_bar_is_the_story_not_a_menu() -> None:
    article = parse_article(f"{_STORY.strip()} © Example Risk Group. All rights reserved. |\n", id="t")
    assert article.paragraphs
