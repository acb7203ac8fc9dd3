"""find_quotes: a pronoun stands for the person named before it, not for a body or a place named as
the object of a preposition after that person."""

from quote_cases import speakers


def test_he_is_the_director_not_the_agency_he_directs():
    text = (
        "Mara Quill is the director of Harbor Rescue. She says the storm was the worst in years.\n\n"
        "\u201cWe pulled forty people off the pier,\u201d she says."
    )
    assert [words for _, words in speakers(text, ())] == ["Mara Quill"]


def test_a_place_after_at_is_not_whom_he_stands_for():
    text = (
        "Teodor Brask spoke to volunteers at Lindell Park on Sunday.\n\n"
        "\u201cThe river is still rising,\u201d he said."
    )
    assert [words for _, words in speakers(text, ())] == ["Teodor Brask"]


def test_a_body_that_opens_the_story_is_passed_over_for_the_person_named_after_it():
    text = (
        "Coast Watch and the county office are searching the bay.\n\n"
        "Ilse Marrow leads the search for Coast Watch.\n\n"
        "\u201cWe will keep going through the night,\u201d she said."
    )
    assert [words for _, words in speakers(text, ())] == ["Ilse Marrow"]
