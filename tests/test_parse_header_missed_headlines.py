"""Headlines the header zone passed over, or read with a line that is none of theirs.

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article


class TestKickerColonHeadline:
    """A headline a one-word kicker and its colon open, with no sentence's end: no dateline, no standfirst."""

    _PAGE = (
        "Alliance: Ministers in Oslo praise the northern partner as a valued friend of the bloc\n"
        "Oslo Talks Put the Northern Partnership in the Spotlight\n"
        "OSLO (NORDPRESS) – The alliance's ministers met in Oslo on Tuesday to deepen their ties with the"
        " northern partner. They agreed on new drills and on a shared centre for cyber defence.\n"
        "The ministers said the partnership had grown in the past year. More talks are planned for"
        " the spring, when the partner's own ministers travel to the bloc's seat.\n"
    )

    def test_the_kicker_line_is_the_headline(self) -> None:
        article = parse_article(self._PAGE, id="t")
        assert article.headline == (
            "Alliance: Ministers in Oslo praise the northern partner as a valued friend of the bloc"
        )
        assert article.dateline is not None
        assert article.dateline.text.startswith("OSLO")

    def test_a_long_lede_after_the_colon_is_still_a_dateline(self) -> None:
        lede = (
            "Oslo: The alliance's ministers met in the city on Tuesday to deepen their ties with the northern"
            " partner and agreed on new drills, a shared centre for cyber defence and more talks in spring"
        )
        more = "The ministers said the partnership had grown. More talks are planned."
        article = parse_article(f"{lede}\n{more}\n", id="t")
        assert article.headline is None


class TestCutCopyOverHeadline:
    """A breadcrumb closing on the headline cut short by an ellipsis is furniture, not the story's prose."""

    _HEAD = "Minister Jane Doe and Minister John Roe Speak to the Press Before Their Talks in Oslo"
    _STORY = (
        "MINISTER DOE: Welcome to Oslo. I am glad to host these talks, the first face to face in two years.\n"
        "\n"
        "MINISTER ROE: Thank you. It is good to be here, and we have much to talk about today.\n"
    )

    def test_the_line_under_the_cut_copy_is_the_headline(self) -> None:
        crumb = "HomeNorwayMinister Jane Doe and Minister John Roe Speak to the Press Before..."
        article = parse_article(f"{crumb}\n\n{self._HEAD}\n\n{self._STORY}", id="t")
        assert article.headline == self._HEAD

    def test_a_line_cut_short_that_copies_no_line_under_it_stays_prose(self) -> None:
        lede = "The ministers met in Oslo on Tuesday and spoke to the press before their talks began, and..."
        article = parse_article(f"{lede}\n\n{self._STORY}", id="t")
        assert article.headline is None
        assert article.paragraphs[0].text == lede
