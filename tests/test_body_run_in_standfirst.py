"""A standfirst run into the lede with no stop between them is the header's.

The story opens where a capitalised function word of the text's own use ("The") follows a word
that is none, in lower case or a number, with no sentence's end before it ("… to open in 2027
The regional council approved …"). A name that opens with one after a preposition ("in The
Hague") or a capitalised word after a name ("South China Sea") runs the phrase on. Each page is
made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_SUMMARY = "City hails plan as a turning point for commuters in the north with tram lines due to open in 2027"


def test_a_standfirst_run_into_the_lede_is_cut_off_at_the_capitalised_article():
    article = parse_article(f"{_TITLE}\n{_SUMMARY} {_ONE}\n{_TWO}\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert _SUMMARY in [piece.span.text for piece in article.boilerplate]


def test_a_name_opening_with_an_article_after_a_preposition_runs_on():
    lede = (
        "Leaders of the member states gathered for the summit in The Hague on Wednesday, where "
        "they agreed to raise their spending on the defence of the alliance over ten years."
    )
    article = parse_article(f"{_TITLE}\n{lede}\n{_TWO}\n{_THREE}")
    assert article.paragraphs[0].text == lede


def test_a_capitalised_word_after_a_name_runs_on():
    lede = (
        "The coast guard of the country sent new patrol boats to the South China Sea this week, and "
        "the ministry said the boats would stay in the area for the whole of the summer season."
    )
    article = parse_article(f"{_TITLE}\n{lede}\n{_TWO}\n{_THREE}")
    assert article.paragraphs[0].text == lede


def test_a_word_the_text_never_uses_in_lower_case_runs_on():
    lede = (
        "Shares in the region closed higher for a tenth day on 28 May 2015, and traders said the "
        "weak currency kept exporters in demand through the whole of the session."
    )
    article = parse_article(f"{_TITLE}\n{lede}\n{_TWO}\n{_THREE}")
    assert article.paragraphs[0].text == lede
