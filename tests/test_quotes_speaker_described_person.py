"""find_quotes: a pronoun stands for a person the text describes by a title alone, when it names no one."""

import pytest

from quote_cases import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The coach, known for his temper, left early. “We played badly tonight,” he said.", "The coach"),
        ("The head coach walked out of the room. “We played badly tonight,” he said.", "The head coach"),
        (
            "The spokeswoman, who spoke from Geneva, was calm. “We will keep the border open,” she said.",
            "The spokeswoman",
        ),
        (
            "Le porte-parole, arrivé en retard, prit la parole. « Nous ne céderons pas », a-t-il dit.",
            "Le porte-parole",
        ),
        (
            "Der Sprecher, sichtlich verärgert, verließ den Saal. „Wir werden nicht nachgeben“, sagte er.",
            "Der Sprecher",
        ),
    ],
)
def test_the_description_that_opens_a_sentence_before_is_the_speaker(text, speaker):
    assert [words for _, words in speakers(text, ())] == [speaker]


def test_a_person_named_since_the_description_is_the_speaker():
    text = (
        "The coach, known for his temper, left early. Maria Lopez stayed on the pitch. "
        "“We played badly tonight,” she said."
    )
    assert [words for _, words in speakers(text, ())] == ["Maria Lopez"]


def test_a_description_that_ends_in_no_title_is_no_speaker():
    text = "The weather, cold and wet, kept many away. “We played badly tonight,” he said."
    assert [words for _, words in speakers(text, ())] != ["The weather"]


def test_he_after_a_described_speaker_keeps_that_speaker():
    text = (
        "The coach, known for his temper, left early. “We played badly,” the coach told reporters.\n\n"
        "He said the team was “tired after three games in a single week.”"
    )
    assert [words for _, words in speakers(text, ())] == ["the coach", "the coach"]


def test_one_of_an_unnamed_group_is_no_person_the_text_follows():
    text = (
        "The official, who spoke on condition of anonymity, was cautious. “We played badly tonight,” he said."
    )
    assert [words for _, words in speakers(text, ())] == [None]
