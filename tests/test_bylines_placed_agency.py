"""An agency's byline and where it files from on one line (``Associated Press in Beijing``).

The agency is the author and the place the dateline. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_HEADLINE = "China's coastguard confronts Japanese ships near disputed islands"
_STORY = [
    "China says ships from its newly formed coastguard confronted Japanese vessels on Friday.",
    "The administration that oversees the service says four of its ships declared the country's sovereignty.",
]


def test_agency_and_its_place_give_the_author_and_the_dateline() -> None:
    page = "\n".join([_HEADLINE, "Associated Press in Beijing", "Fri 26 Jul 2013 03.55 EDT", *_STORY])
    article = parse_article(page + "\n", id="t")
    assert set(article.authors) == {"Associated Press"}
    assert article.dateline is not None
    assert article.dateline.text == "Beijing"


@pytest.mark.parametrize("line", ["Trade Talks in Beijing", "Jane Doe in Beijing"])
def test_no_agency_before_in_files_from_nowhere(line: str) -> None:
    assert _bylines.filed_from(line) is None
