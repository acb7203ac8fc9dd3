"""A headline opened by a place and a dash (``Taiwan – Japan backs …``) is no wire's lede.

A line that a place's name and a dash open reads as a dateline; when it ends no sentence and
runs shorter than a standfirst, it is a headline naming two parties or a place and its news,
as a tag page's teaser gives it over its summary. A lede with its dateline stays the story's
first paragraph. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import Article, parse_article


def _parse(*lines: str) -> Article:
    return parse_article("\n\n".join(lines) + "\n", id="t")


_CASES = [
    (
        "Taiwan – Japan geeft aan de VS te zullen steunen tegen China",
        (
            "Rond de politieke dreiging uit China die boven Taiwan hangt, heeft Japan een duit in het zakje"
            " gedaan. De premier zei dat het land de Verenigde Staten zal steunen bij een conflict."
        ),
    ),
    (
        "Manila – Tokyo pact opens bases to joint drills",
        (
            "The two governments signed the reciprocal access agreement on Monday after two years of talks."
            " It lets troops of each country train on the other's soil and eases the transport of equipment."
        ),
    ),
    (
        "Berlin – Tokio vereinbaren engere Zusammenarbeit bei Rüstung",
        (
            "Die beiden Regierungen haben am Montag ein Abkommen über die Lieferung von Rüstungsgütern"
            " unterzeichnet. Es erlaubt den Austausch von Technik und gemeinsame Entwicklungen."
        ),
    ),
]


@pytest.mark.parametrize(("headline", "summary"), _CASES)
def test_a_place_and_a_dash_open_a_headline(headline: str, summary: str) -> None:
    article = _parse(headline, summary)
    assert article.title is not None
    assert article.title.text == headline
    assert article.dateline is None


def test_a_lede_with_its_dateline_stays_the_story() -> None:
    lede = "TOKYO – Japan said on Tuesday it would double its defence budget within five years."
    article = _parse("Japan to double defence budget", lede, "The plan was approved by the cabinet.")
    assert article.title is not None
    assert article.title.text == "Japan to double defence budget"
    assert article.dateline is not None
    assert article.body.startswith("TOKYO")
