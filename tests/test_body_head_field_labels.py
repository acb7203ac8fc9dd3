"""A record's field labels at the body's head ("Lesedauer:" / "5 MIN") are the page's, not the story's."""

from body_cases import ONE, THREE, TITLE, TWO
from japan_nato_corpus import parse_article


def _body(*blocks: str) -> list[str]:
    return [paragraph.text for paragraph in parse_article("\n\n".join(blocks)).paragraphs]


def test_a_field_label_and_its_value_over_the_story_are_not_body() -> None:
    fields = "Datum:\nOrt:\nHamburg\nLesedauer:\n5 MIN"
    assert _body(TITLE, fields, ONE, TWO, THREE) == [ONE, TWO, THREE]


def test_an_introduction_of_a_clause_over_a_list_stays() -> None:
    # A colon that closes a clause introduces the story's own text under it.
    intro = "The council listed the new services in its statement on Tuesday:"
    assert _body(TITLE, intro, ONE, TWO, THREE) == [intro, ONE, TWO, THREE]


def test_a_label_over_lines_of_a_sentence_length_is_a_lead_in_and_stays() -> None:
    # A word or two and a colon over longer lines leads into the story's list, not a field's value.
    item = "New cranes will be installed at the eastern docks by the spring"
    points = (
        "Harbour Authority:",
        item,
        "express concern over delays",
        "Shipping firms were told to plan for longer waiting times",
        "officials are monitoring the situation",
    )
    assert item in "\n\n".join(_body("date 2022-08-02", *points, ONE, TWO))
