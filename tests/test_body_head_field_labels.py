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
