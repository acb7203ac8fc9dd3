"""find_quotes: a capitalised common noun that opens a label before a colon (``Match analysis:``) is
no speaker; the person the passage named after a noun of a person (``by striker Oyelaran``) is."""

from quote_cases import speakers


def test_a_label_before_the_colon_is_no_speaker():
    text = "Match analysis: \u00ab We knew it was going to be hard, they press a lot. We stayed calm. \u00bb"
    assert [words for _, words in speakers(text, ())] == [None]


def test_a_label_gives_the_quote_to_the_person_named_after_a_noun_of_a_person():
    text = (
        "Words to the local radio from striker Oyelaran after the win at Port Vale.\n\n"
        "Match analysis: \u00ab We knew it was going to be hard, they press a lot. We stayed calm. \u00bb"
    )
    assert [words for _, words in speakers(text, ())] == ["Oyelaran"]


def test_a_name_before_the_colon_and_a_preposition_is_still_the_speaker():
    text = "Oyelaran in his column: \u00ab We knew it was going to be hard, they press a lot. \u00bb"
    assert [words for _, words in speakers(text, ())] == ["Oyelaran"]
