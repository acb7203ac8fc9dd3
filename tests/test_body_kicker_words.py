"""A lone short line over the body's first prose is its kicker only with more words than a label's.

"Transport and budget" over the story may be its kicker or first subheading; a word or two alone
("Source", "Introduction", "Writer’s Note", "0 221") is a label's, a name's or a counter's. Each
page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article


@pytest.mark.parametrize("line", ["Source", "Introduction", "Writer’s Note", "0 221"])
def test_a_word_or_two_alone_over_the_body_is_furniture(line):
    article = parse_article(f"{_TITLE}\n\n{line}\n\n{_ONE}\n\n{_TWO}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO]
    assert line in _furniture(article)


@pytest.mark.parametrize("line", ["Transport and budget", "Plans for the north"])
def test_a_phrase_of_a_few_words_over_the_body_is_its_kicker(line):
    article = parse_article(f"{_TITLE}\n\n{line}\n\n{_ONE}\n\n{_TWO}")
    assert [p.text for p in article.paragraphs] == [line, _ONE, _TWO]


@pytest.mark.parametrize("line", ["Київ • УНН", "Tokyo | AFP", "Berlin · dpa"])
def test_two_words_set_apart_by_a_mark_over_the_body_are_furniture(line):
    # The mark between a place and an agency is no word: the line is two words, a label's.
    article = parse_article(f"{_TITLE}\n\n{line}\n\n{_ONE}\n\n{_TWO}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO]
