"""A desk's or a section's marker line over the headline (``Market News``) makes it no standfirst.

A standfirst stands under a short label of the zone; a byline's or a desk's line is no such
label, so the headline under it stays the headline, over a section's heading further down. The
pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_HEADLINE = "Ueda Speech: BoJ Governor speaks on interest rate outlook after the expected hike"
_STANDFIRST = (
    "Bank of Japan (BoJ) Governor Kazuo Ueda is speaking at a press conference, explaining the reasons"
    " behind raising the policy rate to 0.75% from 0.5%."
)
_STORY = [
    "Will continue to raise policy rate if economy, prices move in line with the forecast.",
    "On the US economy and trade policies: uncertainties remain but have declined, the governor said.",
    "There is no special meaning to the 30-year high level in short-term rates, he told reporters.",
]


def test_headline_under_a_desk_line_is_the_headline_not_a_heading_below() -> None:
    page = "\n".join(
        [
            "TMGM",
            "Market News",
            _HEADLINE,
            _STANDFIRST,
            _STANDFIRST,
            "BoJ press conference key highlights",
            *_STORY,
        ]
    )
    article = parse_article(page + "\n", id="t")
    assert article.title is not None
    assert article.title.text == _HEADLINE
