"""A prompt that sends the reader to a channel, closing on its name, is furniture at the foot.

"Cek Berita dan Artikel yang lain di Google News" has a sentence's length and case, and ends in
a word as a copy cut off mid-sentence does; the channel it closes on sets it apart. Each page is
made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from body_cases import story_over as _story_over
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._boilerplate import is_channel_prompt


@pytest.mark.parametrize(
    "line",
    [
        "Cek Berita dan Artikel yang lain di Google News",
        "Watch the latest videos from the council on YouTube",
        "Folgen Sie uns auf Instagram",
    ],
)
def test_a_line_closing_on_a_channel_is_a_prompt(line):
    assert is_channel_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor posted the video on YouTube.",  # a sentence's end: the story's
        "YouTube",
        "The council will hold a hearing on the budget",
    ],
)
def test_a_sentence_or_a_name_alone_is_no_such_prompt(line):
    assert not is_channel_prompt(line)


def test_a_channel_prompt_under_the_last_prose_is_furniture():
    prompt = "Cek Berita dan Artikel yang lain di Google News"
    article = _story_over(prompt, between="\n")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert prompt in _furniture(article)


def test_a_copy_cut_off_mid_sentence_keeps_its_last_line():
    cut = "The opposition asked how the plan would be paid for after the national grant ends in"
    article = parse_article(f"{_TITLE}\n{_ONE}\n{_TWO}\n{cut}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, cut]
