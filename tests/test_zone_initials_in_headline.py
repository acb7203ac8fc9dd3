"""A name's initial (``P. Behrendt``) inside a headline ends no sentence: the line stays a headline.

A question headline that opens with an author's initial and surname, printed twice under a tag
page's kicker, is the headline, not two sentences of prose. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._zone import is_prose

_STORY = (
    "Niedawna wizyta prezydenta w Tokio tradycyjnie już zwróciła uwagę mediów, choć zawarte tam"
    " porozumienie o współpracy obronnej ma większe znaczenie dla obu krajów, niż się wydaje."
)


def test_question_headline_opening_with_an_initial_is_the_headline() -> None:
    headline = "P. Behrendt: Czy współpraca militarna z Japonią ma szanse?"
    page = "\n\n".join(["• Komentarz eksperta", headline, headline, _STORY, _STORY.replace("Tokio", "Osace")])
    assert parse_article(page).headline == headline


def test_question_run_on_to_a_second_sentence_is_prose_but_an_initial_is_no_end() -> None:
    assert is_prose("Will the ministry act. Officials in Tokyo say they will decide on it soon?")
    assert not is_prose("Will J. Smith of the ministry in Tokyo decide on the new plan soon?")
