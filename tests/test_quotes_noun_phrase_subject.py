"""An English subject taken up to its cue is the noun phrase that opens it."""

import japan_nato_corpus as jnc
from japan_nato_corpus.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    found = find_quotes(text, actors=tuple(jnc.load().actors))
    return [q.speaker_words.text if q.speaker_words else None for q in found]


def test_subject_ends_before_a_finite_verb_and_its_clause() -> None:
    text = (
        "Jens Stoltenberg visited Tokyo on Tuesday. A day earlier, the NATO chief was in South Korea and "
        "called for Seoul to \u201cstep up\u201d its support for Ukraine."
    )
    assert _speakers(text) == ["Jens Stoltenberg"]


def test_document_with_a_month_and_a_relative_that_speaks_is_the_document() -> None:
    text = (
        "NATO issued its new Strategic Concept Document last June that said China poses a "
        "\u201csystemic challenge to Euro-Atlantic security.\u201d"
    )
    assert _speakers(text) == ["its new Strategic Concept Document"]
