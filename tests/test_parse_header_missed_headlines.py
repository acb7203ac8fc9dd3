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


class TestRecordTitleField:
    """A record's fields, each label over its value: the value under the title's label is the headline."""

    _STORY = (
        "Main text\n"
        "\n"
        "The appeal shall be dismissed. The costs of the appeal shall be borne by the appellant.\n"
        "\n"
        "The court held that the order was lawful and that the rights of the parties were weighed in full.\n"
    )

    def _page(self, label: str) -> str:
        return (
            "Records of the High Court\n\nSearch Results\n\n"
            "Date of the ruling (appeal)\n\n2003.04.09\n\nCase Number\n\n2001 (A) 77\n\n"
            f"{label}\n\nRuling upon the lawfulness of an order against the printing of a pamphlet\n\n"
            "Result\n\nRuling of the Full Bench, dismissed\n\n" + self._STORY
        )

    def test_the_value_under_the_title_label_is_the_headline(self) -> None:
        article = parse_article(self._page("Title"), id="t")
        assert article.headline == "Ruling upon the lawfulness of an order against the printing of a pamphlet"
        assert article.authors == ()

    def test_the_date_under_its_label_stays_the_page_s_date(self) -> None:
        article = parse_article(self._page("Titel"), id="t")
        assert article.published is not None
        assert str(article.published) == "2003-04-09"

    def test_a_label_of_another_field_marks_no_headline(self) -> None:
        article = parse_article(self._page("Summary"), id="t")
        assert article.headline != "Ruling upon the lawfulness of an order against the printing of a pamphlet"


class TestEllipsisClosedHeadline:
    """One phrase trailing off in an ellipsis, alone on the page's first line, is shaped as a headline."""

    _BODY = (
        "The cabinet approved a record defence budget on Friday, the tenth rise in a row. The budget will pay"
        " for new ships and for missiles that can strike from afar.\n"
        "Critics said the rise went too far. The government said the region had grown less safe.\n"
    )

    def test_the_phrase_is_the_headline(self) -> None:
        head = "Worried by its neighbour, this country has now done something like this…"
        article = parse_article(f"{head}\n{self._BODY}", id="t")
        assert article.headline == head

    def test_two_sentences_trailing_off_stay_prose(self) -> None:
        lede = "The cabinet met on Friday. It approved a record budget for the forces and for new ships…"
        article = parse_article(f"{lede}\n{self._BODY}", id="t")
        assert article.headline is None


class TestReadOnTeaserOverHeadline:
    """Another story's title, its date and a prompt to read on, over the page's headline, are a teaser."""

    _UNDER = (
        "Norway and Japan deepen their ties in defence and security\n"
        "\n"
        "By Jane Doe 12.3.2023 14:01\n"
        "\n"
        "Norway and Japan have agreed to train together and to share what they learn at sea. The deal"
        " was signed in Oslo on Sunday by both ministers.\n"
        "\n"
        "The ministers said the deal would help both countries meet a harder world.\n"
    )

    def test_the_line_under_the_teaser_is_the_headline(self) -> None:
        page = "Survey: Many workplaces bring new limits on working from home\n\n26.2.2026 8:04\n" + (
            "Read more\n\n" + self._UNDER
        )
        article = parse_article(page, id="t")
        assert article.headline == "Norway and Japan deepen their ties in defence and security"
        assert article.published is not None
        assert str(article.published) == "2023-03-12"

    def test_a_finnish_prompt_is_read_as_one(self) -> None:
        page = "Survey: Many workplaces bring new limits on working from home\n\n26.2.2026 8:04\n" + (
            "Lue lisää\n\n" + self._UNDER
        )
        article = parse_article(page, id="t")
        assert article.headline == "Norway and Japan deepen their ties in defence and security"


class TestUnmarkedCaptionOverHeadline:
    """One sentence under the date line, over the headline, the story never names is a photo's caption."""

    _CAPTION = "Cheaper prices for everyday services and shopping draw many tourists to the coastal cities."
    _UNDER = (
        "Will a new war break out between the neighbours this winter?\n"
        "A sudden diplomatic rift opened between Oslo and Stockholm after the prime minister said her forces"
        " would defend the islands. The remark angered the other side.\n"
        "Ships of both coast guards were seen near the disputed rocks on Sunday, officials said.\n"
    )

    def test_the_line_under_the_caption_is_the_headline(self) -> None:
        article = parse_article(f"date 2025-11-20\n{self._CAPTION}\n{self._UNDER}", id="t")
        assert article.headline == "Will a new war break out between the neighbours this winter?"
        assert [caption.body.text for caption in article.captions] == [self._CAPTION]

    def test_a_sentence_the_story_names_is_no_caption(self) -> None:
        lede = "Officials said ships of both coast guards were seen near the disputed rocks on Sunday."
        article = parse_article(f"date 2025-11-20\n{lede}\n{self._UNDER}", id="t")
        assert article.headline is None
        assert not article.captions
