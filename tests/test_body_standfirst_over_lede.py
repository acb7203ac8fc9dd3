"""A summary that the longer lede under it tells again from its first words is the standfirst.

So it is whether or not the header found a headline over it ("Prime Ministers Jane Doe and John
Roe signed the agreement today, …" / "Prime Ministers Jane Doe and John Roe have signed the
agreement in a meeting today, …"); a lede that prints the summary again whole keeps it. Each
page is made up for the test.
"""

import pytest

from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_SUMMARY = (
    "Mayors Jane Doe and John Roe signed the transport pact today, ensuring the two cities can run "
    "buses together."
)
_LEDE = (
    "Mayors Jane Doe and John Roe have signed the transport pact in a joint meeting today, with the "
    "pact set to deepen the ties between the two cities through shared night buses and tram lines."
)


@pytest.mark.parametrize("head", [f"{_TITLE}\n", ""])
def test_a_summary_the_lede_tells_again_is_the_standfirst(head):
    article = parse_article(f"{head}{_SUMMARY}\n{_LEDE}\n{_TWO}\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_LEDE, _TWO, _THREE]


def test_a_lede_that_prints_the_summary_again_keeps_it():
    lede = f"{_SUMMARY} The pact was years in the making and ends a long dispute over the routes."
    article = parse_article(f"{_SUMMARY}\n{lede}\n{_TWO}\n{_THREE}")
    assert article.paragraphs[0].text == _SUMMARY
