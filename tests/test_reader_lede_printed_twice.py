"""A sentence of prose printed twice under the headline is the story's lede, not the site's name.

A line printed twice at the top of a page is read as the site's name; a lede printed as the
standfirst and again as the story's first paragraph is no name. The pages are written for these
tests.
"""

from japan_nato_corpus import parse_article

_HEADLINE = "Ueda Speech: BoJ Governor speaks on interest rate outlook after the expected hike"
_LEDE = (
    "Bank of Japan Governor Kazuo Ueda is speaking at a press conference, explaining the reasons behind"
    " raising the key interest rate by 25 basis points to 0.5%."
)
_REST = [
    "Will continue to raise policy rate if economy, prices move in line with forecast.",
    "Still some distance to lower end of range of neutral rate, the governor told reporters.",
]


class TestLedePrintedTwice:
    """Both copies of a lede printed twice under the headline are the story's; a masthead's are not."""

    def test_a_lede_printed_twice_under_the_headline_is_kept(self) -> None:
        page = "\n\n".join(["TMGM", "Market News", _HEADLINE, _LEDE, _LEDE, *_REST]) + "\n"
        article = parse_article(page)
        assert _HEADLINE == article.headline
        assert [_LEDE, _LEDE] == [p.text for p in article.paragraphs[:2]]

    def test_a_masthead_printed_twice_is_still_the_site_name(self) -> None:
        page = "\n\n".join(["Harbour Times", "Market News", "Harbour Times", _HEADLINE, _LEDE, *_REST]) + "\n"
        article = parse_article(page)
        assert [_LEDE, *_REST] == [p.text for p in article.paragraphs]
        assert all("Harbour Times" != p.text for p in article.paragraphs)
