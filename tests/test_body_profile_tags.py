"""An author's box that strings its tags as sentences under the story is furniture at the foot.

"Web pioneer. Typical pop culture geek. Certified communicator." ends in a full stop as prose
does; its sentences of a few words each set it apart. Each page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from body_cases import story_over as _story_over
from japan_nato_corpus.parse import _page


@pytest.mark.parametrize(
    "line",
    [
        "Web pioneer. Typical pop culture geek. Certified communicator. Professional internet fanatic.",
        "“Prone to fits of apathy. Introvert. Award-winning internet evangelist. Extreme beer expert.”",
    ],
)
def test_a_run_of_short_sentences_is_a_profiles_tags(line):
    assert _page._profile_tags(line)


@pytest.mark.parametrize(
    "line",
    [
        _THREE,
        "The vote was close. The council will meet again on Friday to settle the final budget.",
        "Web pioneer and typical pop culture geek",  # no sentence: loose by its end already
    ],
)
def test_prose_and_a_lone_label_are_no_tags(line):
    assert not _page._profile_tags(line)


def test_tags_under_the_last_prose_are_furniture():
    tags = "Web pioneer. Typical pop culture geek. Certified communicator. Professional internet fanatic."
    article = _story_over(tags, between="\n")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert tags in _furniture(article)


def test_a_short_closing_paragraph_of_longer_sentences_stays():
    last = "The vote was close. The council will meet again on Friday to settle it."
    article = _story_over(last, between="\n")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE, last]
