"""The dateline reader on a photo caption run into the dateline (``... (AP Photo/Jane Doe)LOS ANGELES —``).

The line break between the caption and the story's paragraph was lost: the caption is a
caption, and the dateline opens the paragraph after the credit's bracket. The pages are written
for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_HEADLINE = "Ministers agree on a new maritime security plan for the region"
_CAPTION = "The foreign minister speaks to reporters after the talks in the capital on Tuesday."
_LEDE = "The foreign ministers of the two countries met on Tuesday to discuss security in the region."
_MORE = "The talks will continue next month in the capital, officials said after the meeting ended."


@pytest.mark.parametrize(
    "credit", ["(AP Photo/Jane Doe)", "(Reuters photo)", "(Photo courtesy of the ministry)"]
)
def test_caption_glued_to_the_dateline_is_split_from_the_story(credit: str) -> None:
    line = f"{_CAPTION} {credit}TOKYO — {_LEDE}"
    found = _header.captioned_dateline(line, 0, len(line), first=True)
    assert found is not None
    assert line[found.caption[0] : found.caption[1]] == f"{_CAPTION} {credit}"
    assert line[found.dateline.place[0] : found.dateline.place[1]] == "TOKYO"
    article = parse_article(f"{_HEADLINE}\n\n{line}\n\n{_MORE}\n")
    assert article.dateline is not None
    assert article.dateline.text == "TOKYO"
    assert [caption.body.text for caption in article.captions] == [f"{_CAPTION} {credit}"]
    assert article.body.startswith("TOKYO — ")


@pytest.mark.parametrize(
    "line",
    [
        f"The ministers (who met on Tuesday)TOKYO — {_LEDE}",  # a bracket of prose, no photo credit
        f"{_CAPTION} (AP Photo/Jane Doe) TOKYO — {_LEDE}",  # a space after the bracket: not glued here
        f"{_CAPTION} (AP Photo/Jane Doe)The ministers met on Tuesday to talk.",  # no dateline after it
    ],
)
def test_bracket_that_closes_no_caption_before_a_dateline_is_no_split(line: str) -> None:
    assert _header.captioned_dateline(line, 0, len(line), first=True) is None
