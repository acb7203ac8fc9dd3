"""find_quotes: every word that opens a clause of its own ends the clause before a cue's subject."""

import pytest

from quote_cases import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The talks stalled once the foreign minister said “we will not sign this agreement today.”",
            "the foreign minister",
        ),
        ("The talks resumed whereas Ana Costa said “we are ready to go back to the table.”", "Ana Costa"),
        (
            "Markets fell before the central bank governor said “rates will stay where they are.”",
            "the central bank governor",
        ),
        ("Nothing moves unless Pedro Alves said “the port opens again on Monday morning.”", "Pedro Alves"),
    ],
)
def test_the_subject_is_the_words_after_the_clause_opener(text, speaker):
    assert [words for _, words in speakers(text, ())] == [speaker]
