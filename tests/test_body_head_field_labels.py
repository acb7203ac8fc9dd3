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


_CAPTION = (
    "FILE - Council members vote on the transport budget during a meeting on June 2, 2024, in the "
    "city hall, as the opposition asks for a public hearing before the final vote. (Photo/Jane Roe)"
)
_STANDFIRST = (
    "The council doubles the number of night buses. It is the largest rise in the transport budget "
    "in a decade, and the opposition wants a hearing before the final vote."
)


def test_a_field_under_the_heads_prose_lines_closes_the_head() -> None:
    # A caption, a headline, a standfirst and a byline over "Temps de lecture :" / "3 min".
    page = (_CAPTION, TITLE, _STANDFIRST, "Jane Doe", "Temps de lecture :", "3 min", ONE, TWO, THREE)
    assert _body(*page) == [ONE, TWO, THREE]


def test_labels_of_lost_values_under_a_heads_field_are_not_body() -> None:
    lost = ("Publié le", "Mis à jour le")
    page = (_CAPTION, TITLE, _STANDFIRST, "Jane Doe", "Temps de lecture :", "3 min", *lost, ONE, TWO)
    assert _body(*page) == [ONE, TWO]


def test_a_heads_field_leaves_the_story_two_paragraphs_at_least() -> None:
    page = (TITLE, _STANDFIRST, "Temps de lecture :", "3 min", "Publié le", ONE)
    assert ONE in _body(*page)


def test_a_field_under_prose_is_not_the_heads() -> None:
    page = (TITLE, ONE, TWO, "Temps de lecture :", "3 min", THREE)
    assert _body(*page)[:2] == [ONE, TWO]
