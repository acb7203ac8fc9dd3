"""The first word after a cue is read alone, as the whole run of words would read it.

``_inverted_object`` needs only the word right after a cue; reading every word to the line's end
for it made a long line of quotes cost the square of its length.
"""

from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus.quotes._text import _first_token, _tokens

WORDS = st.sampled_from(
    ["El", "secretario", "Lo", "ha", "detto", "Tokyo", "der", "Minister", ",", "“", "  ", "\n"]
)


@given(st.lists(WORDS, max_size=30), st.integers(0, 40), st.integers(0, 400))
def test_the_first_word_is_the_first_of_all_the_words(parts: list[str], start: int, end: int) -> None:
    text = " ".join(parts)
    words = _tokens(text, start, end)
    assert _first_token(text, start, end) == (words[0] if words else None)


def test_a_capitalised_function_word_before_a_lowercase_word_is_read_in_lowercase() -> None:
    text = "Además, el ministro dijo que El secretario habló."
    at = text.index("El secretario")
    assert _first_token(text, at, len(text)) == (at, at + 2, "el")
