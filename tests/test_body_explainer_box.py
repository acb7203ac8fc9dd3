"""A reference box at the page's foot: a heading naming a box and a topic, over the topic's definition."""

import pytest

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article

_DEFINITION = (
    "The Regional Council (RC) is the elected body that runs public transport in the province, "
    "and it sets the budget of the transport authority once a year after a public hearing."
)
_MORE = (
    "The council was founded in 1972 and has forty-five members, elected every five years by the "
    "voters of the province's towns and districts."
)


def _body(*blocks: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article("\n\n".join(blocks)).paragraphs]


@pytest.mark.parametrize(
    "heading", ["Regional Council FAQs", "What is the Regional Council?", "About the Regional Council"]
)
def test_a_box_heading_over_a_definition_of_its_topic_ends_the_story(heading: str) -> None:
    assert _body(TITLE, ONE, TWO, THREE, heading, _DEFINITION, _MORE)[-1] == THREE


def test_the_storys_subheading_over_a_definition_of_its_words_stays() -> None:
    heading = "The Regional Council"
    assert _body(TITLE, ONE, TWO, THREE, heading, _DEFINITION, _MORE)[-3:] == [heading, _DEFINITION, _MORE]


def test_a_box_heading_over_prose_that_defines_something_else_stays() -> None:
    heading = "Regional Council FAQs"
    other = (
        "In the meantime, the night buses are a matter for the towns, which pay for them from "
        "their own budgets."
    )
    assert _body(TITLE, ONE, TWO, THREE, heading, other, _MORE)[-3:] == [heading, other, _MORE]


def test_a_definition_whose_subject_adds_words_to_the_topic_is_the_storys() -> None:
    heading = "Regional Council FAQs"
    wider = _DEFINITION.replace("The Regional Council (RC)", "The new regional council")
    assert _body(TITLE, ONE, TWO, THREE, heading, wider, _MORE)[-3:] == [heading, wider, _MORE]
