"""The search for a cut last word printed elsewhere: on an ASCII page, by its letters as they stand.

The search skips to the word's letters and checks each hit's start for a word's edge, in place
of a lookbehind and a case-folding pattern, which keep the engine from skipping; it must find
what they find.
"""

import re

from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus.parse._page import _opens_word

_ASCII = st.text(alphabet="abAB _-.\n1", max_size=40)
_WORDS = st.text(alphabet="abAB", min_size=1, max_size=3)


@given(_ASCII, _WORDS)
def test_a_whole_word_is_found_as_the_lookbehind_finds_it(text: str, word: str) -> None:
    expected = re.search(rf"(?<!\w){word}(?!\w)", text, re.IGNORECASE) is not None
    assert _opens_word(re.compile(rf"{word.lower()}(?!\w)"), text.lower()) is expected


@given(_ASCII, _WORDS)
def test_a_longer_word_it_opens_is_found_as_the_lookbehind_finds_it(text: str, word: str) -> None:
    expected = re.search(rf"(?<!\w){word}\w", text, re.IGNORECASE) is not None
    assert _opens_word(re.compile(rf"{word.lower()}\w"), text.lower()) is expected


def test_a_hit_inside_a_word_is_no_hit() -> None:
    assert not _opens_word(re.compile(r"seni(?!\w)"), "a xseni b")
    assert _opens_word(re.compile(r"seni(?!\w)"), "a xseni seni")
