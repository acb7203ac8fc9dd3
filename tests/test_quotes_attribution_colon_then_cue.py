"""find_quotes: a colon whose clause has no cue nor name leaves the quote to the cue right after it."""

import pytest

from quote_cases import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mood was tense on Monday: “We will not give in to these demands,” said Maria Lopez.",
            "Maria Lopez",
        ),
        (
            "El ambiente era tenso el lunes: “No vamos a ceder ante estas demandas”, dijo Ana Costa.",
            "Ana Costa",
        ),
        (
            "O clima era tenso na segunda-feira: “Não vamos ceder a essas exigências”, disse Pedro Alves.",
            "Pedro Alves",
        ),
        (
            "Il clima in sala era teso lunedì: «Non cederemo a queste richieste», ha detto Marco Bianchi.",
            "Marco Bianchi",
        ),
    ],
)
def test_the_cue_after_the_quote_names_its_speaker(text, speaker):
    assert [words for _, words in speakers(text, ())] == [speaker]


def test_a_colon_after_a_cue_keeps_its_own_subject():
    text = "Maria Lopez told reporters on Monday: “We will not give in to these demands,” she said firmly."
    assert [words for _, words in speakers(text, ())] == ["Maria Lopez"]
