"""A kicker's topic before a colon ("Inflation: ...") is no dateline's place, by its noun's ending.

The lines and pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_LEDE = " US central bank raises interest rates to their highest level in over fifteen years, its chair said."


@pytest.mark.parametrize("topic", ["Inflation", "Employment", "Tourism", "Security", "INFLATION"])
def test_a_topic_before_a_colon_is_no_place(topic: str) -> None:
    line = topic + ":" + _LEDE
    assert _header.dateline(line, 0, len(line), first=True) is None


@pytest.mark.parametrize("place", ["Tokyo", "Washington", "TOKYO", "Kansas City"])
def test_a_place_before_a_colon_is_still_the_dateline(place: str) -> None:
    line = place + ":" + _LEDE
    found = _header.dateline(line, 0, len(line), first=True)
    assert found is not None
    assert place == line[found.place[0] : found.place[1]]


def test_a_kicker_headline_closed_by_a_full_stop_over_its_story() -> None:
    headline = "Inflation: US central bank raises interest rates to their highest level in over 15 years."
    story = (
        "In an effort to contain rising prices, the US central bank has raised interest rates to levels not"
        " seen in almost 15 years. The Federal Reserve said the key rate would rise again.\n"
        "Its chair said the policymakers had decided unanimously to raise the benchmark rate.\n"
    )
    article = parse_article(headline + "\n\n" + story)
    assert headline == article.headline
    assert article.dateline is None
