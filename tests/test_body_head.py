"""What stands over the body's first prose: the paragraph with the dateline opens the story.

Each page is made up for the test from prose paragraphs long enough to be prose.
"""

from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import parse_article

_LEDE = (
    "TOKYO - A strong earthquake struck off the coast of northern Japan late on Monday, and the "
    "weather agency warned of waves of up to three metres along the Pacific coast."
)
_TWO = (
    "Officials said there were no immediate reports of damage, but trains were halted and "
    "residents of low-lying areas were told to move to higher ground until the warning was lifted."
)
_OVER = (
    (
        "1 Japan warns of a tsunami after the earthquake. (File photo) Photo: Jane Doe/Agency Off the "
        "coast of Japan a strong earthquake strikes. The authorities warn of waves of up to three metres."
    ),
    (
        "An aerial view shows a coast guard ship spraying water at fishing boats near the islands, in "
        "this photo taken by a news agency on Monday evening. (REUTERS)"
    ),
    "The quake struck at a depth of fifty kilometres, the agency said, and was felt across the region.",
)


@given(over=st.lists(st.sampled_from(_OVER), min_size=1, max_size=2, unique=True))
def test_what_stands_over_the_dateline_paragraph_is_not_body(over: list[str]) -> None:
    text = "\n\n".join(["Tsunami warning after strong quake", *over, _LEDE, _TWO])
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.text == "TOKYO"
    assert [paragraph.text for paragraph in article.paragraphs] == [_LEDE, _TWO]


def test_a_page_without_a_dateline_keeps_its_first_paragraph() -> None:
    first = _OVER[2]
    article = parse_article(f"Tsunami warning after strong quake\n\n{first}\n\n{_TWO}")
    assert [paragraph.text for paragraph in article.paragraphs] == [first, _TWO]


_PROSE = (
    (
        "The coast guard said the ships entered the zone early on Saturday and left it by the evening, "
        "after patrol boats had warned them off by radio several times."
    ),
    (
        "The ministry protested through diplomatic channels and said it would keep watching the waters "
        "around the islands closely in the coming days."
    ),
)


def test_a_standfirst_of_a_headline_length_that_ends_no_sentence_is_not_body() -> None:
    standfirst = (
        "Coast guard sends patrol boats to warn away four ships that entered the waters around the "
        "disputed islands early on Saturday morning"
    )
    assert 120 < len(standfirst) <= 200  # longer than a short line, as long as a headline
    article = parse_article("\n\n".join(["Ships enter disputed waters", standfirst, *_PROSE]))
    assert [paragraph.text for paragraph in article.paragraphs] == list(_PROSE)
    assert standfirst in [piece.span.text for piece in article.boilerplate]


def test_an_epigraph_closed_by_a_roman_note_mark_stays_in_the_body() -> None:
    epigraph = (
        "“What happens at sea near the islands matters for the whole region, and what happens in the "
        "region matters for the islands.”[i]"
    )
    article = parse_article("\n\n".join(["Ships enter disputed waters", epigraph, *_PROSE]))
    assert [paragraph.text for paragraph in article.paragraphs] == [epigraph, *_PROSE]


def test_a_line_in_lower_case_over_the_prose_goes_on_with_the_story() -> None:
    # A list of points, each a clause in lower case, under a headline: the story's own lines.
    points = ["express serious concern over the drills", "patrols are closely monitoring the situation"]
    article = parse_article("\n\n".join(["Ships enter disputed waters", *points, *_PROSE]))
    assert article.body.startswith(points[0])
    assert all(point in article.body for point in points)


def test_a_word_in_lower_case_over_the_prose_is_furniture() -> None:
    article = parse_article("\n\n".join(["Ships enter disputed waters", "hits", "2624", *_PROSE]))
    assert [paragraph.text for paragraph in article.paragraphs] == list(_PROSE)


def test_headings_in_the_copys_markup_opening_the_first_paragraph_are_its_head():
    standfirst = "The minister invited the partners to the summit in June, according to allied sources."
    story = _TWO.replace("Officials said", "The government said")
    text = f"<h6><strong>Jane Doe</strong></h6> <h4><strong>{standfirst}</strong></h4> {story}\n\n{_TWO}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [story, _TWO]
    assert any(standfirst in piece.span.text for piece in article.boilerplate)


def test_a_paragraph_that_is_only_a_heading_in_markup_is_kept_whole():
    text = f"<h2>Council backs a bigger transport budget for the city</h2>\n\n{_LEDE}\n\n{_TWO}"
    article = parse_article(text)
    assert article.paragraphs[-1].text == _TWO
    assert all(not p.text.startswith(_LEDE[:20]) or p.text == _LEDE for p in article.paragraphs)


_SUMMARY = "The prime minister of Japan cancelled his trip to the summit, as a meeting was dropped."
_RETOLD = (
    "The prime minister of Japan will not travel to the summit in The Hague, the agency reported, since "
    "the meeting of the alliance with its partners in the region is likely to be dropped this year."
)


def test_a_summary_that_the_longer_lede_under_it_tells_again_is_the_standfirst():
    text = f"Prime minister drops summit trip\n\n{_SUMMARY}\n\n{_RETOLD}\n\n{_TWO}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_RETOLD, _TWO]
    assert _SUMMARY in [piece.span.text for piece in article.boilerplate]


def test_a_lede_that_prints_its_first_sentence_again_whole_keeps_it():
    lede = f"{_SUMMARY} The partners said they would meet again in the autumn instead."
    text = f"Prime minister drops summit trip\n\n{_SUMMARY}\n\n{lede}\n\n{_TWO}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_SUMMARY, lede, _TWO]


def test_two_paragraphs_that_open_with_other_words_both_stay():
    text = f"Prime minister drops summit trip\n\n{_SUMMARY}\n\n{_TWO}\n\n{_RETOLD}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_SUMMARY, _TWO, _RETOLD]


def test_a_pages_only_prose_over_a_credit_line_is_its_body_and_the_credit_its_caption():
    sentence = "The construction of twelve new submarines is the largest defence program in its history."
    credit = "Image Credit: Cabinet Public Relations Office"
    text = f"High stakes for Tokyo in the submarine deal\n{sentence}\n{credit}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [sentence]
    assert [c.body.text for c in article.captions] == [credit]


def test_a_caption_over_its_credit_beside_the_story_stays_a_caption():
    caption = "Soldiers of the ground forces take part in a drill near the coast on Monday."
    text = f"High stakes for Tokyo\n\n{_LEDE}\n\n{caption}\nImage Credit: Jane Doe\n\n{_TWO}"
    article = parse_article(text)
    assert caption not in [p.text for p in article.paragraphs]


_TURN = "MODERATOR:  Welcome, everyone, to the press centre. Today's briefing is on the record."
_REPLY = "Dr. Jane Doe is the senior director for East Asia and will take questions after her remarks."


def test_a_summary_and_place_line_over_a_transcripts_first_turn_are_its_head():
    summary = "  • The president will host the prime minister for an official visit, with a state dinner."
    text = f"Summary\n\n{summary}\n\nTHE PRESS CENTRE, WASHINGTON, D.C.\n\n{_TURN}\n\n{_REPLY}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_TURN, _REPLY]


def test_the_storys_prose_over_a_speakers_turn_stays():
    text = f"Council backs the budget\n\n{_TWO}\n\n{_TURN}\n\n{_REPLY}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_TWO, _TURN, _REPLY]


def test_a_headline_shaped_line_under_a_site_notice_over_the_prose_ends_the_head():
    notice = "Transport Today was a publication of the city's press office."
    text = f"{notice}\n\nCouncil Approves Bigger Transport Budget\n\n{_TWO}\n\n{_LEDE}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_TWO, _LEDE]


def test_a_headline_shaped_subheading_under_the_storys_prose_stays():
    text = f"{_LEDE}\n\nWhat The Agency Warned Of\n\n{_TWO}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_LEDE, "What The Agency Warned Of", _TWO]


_BRIEF = "The council's plan would add night buses and two tram lines by next spring."
_STORY = (
    (
        "The regional council approved a new budget for public transport on Tuesday, raising the number "
        "of night buses and extending two tram lines to the northern districts of the city, after a debate "
        "that ran late into the evening."
    ),
    (
        "Officials said the first of the new services would start in the spring, once the drivers have "
        "been trained and the timetables agreed with the neighbouring towns and their own councils."
    ),
    (
        "The opposition welcomed the plan but asked how it would be paid for after the national grant "
        "ends in three years, and called for a public hearing before the final vote."
    ),
)


@given(under=st.sampled_from(["By Jane Doe", "https://example.org/p/4swRJ"]))
def test_a_summary_over_a_byline_or_a_bare_link_is_the_head(under: str) -> None:
    # A sentence under the headline that head furniture (a byline, the story's short link)
    # sets apart from the prose is its summary, whatever words it shares with the lede.
    text = "\n\n".join(("Council backs a bigger transport budget", _BRIEF, under, *_STORY))
    article = parse_article(text)
    assert article.paragraphs[0].text == _STORY[0]
    assert _BRIEF not in article.body


def test_a_lede_over_a_bare_link_of_a_long_paragraphs_length_stays_in_the_body() -> None:
    # A first paragraph of a long paragraph's length is the story's lede, link under it or not.
    lede = " ".join((_BRIEF, _STORY[0].replace("council", "assembly"), _STORY[2].replace("plan", "budget")))
    text = "\n\n".join(
        ("Council backs a bigger transport budget", lede, "https://example.org/p/4swRJ", *_STORY)
    )
    article = parse_article(text)
    assert article.paragraphs[0].text == lede


def test_a_summary_over_an_advertisement_label_stays_in_the_body() -> None:
    # A label the page sets between paragraphs (an advertisement's) is no head furniture.
    text = "\n\n".join(("Council backs a bigger transport budget", _BRIEF, "Advertisement", *_STORY))
    article = parse_article(text)
    assert article.paragraphs[0].text == _BRIEF


_RETELLING = (
    "Councillors argued for hours before the vote. The new night buses and the two tram lines would "
    "start by next spring, the council's plan says, once the drivers have been hired and trained."
)


def test_a_short_summary_whose_words_a_later_paragraph_tells_again_is_the_standfirst() -> None:
    # The lede does not open with the summary's words, but it holds nearly all of them.
    brief = "The new night buses and two tram lines would start by next spring."
    text = "\n\n".join(("Council backs a bigger transport budget", brief, _RETELLING, *_STORY))
    article = parse_article(text)
    assert article.paragraphs[0].text == _RETELLING
    assert brief not in article.body


def test_a_short_lede_whose_words_the_story_spreads_over_stays_in_the_body() -> None:
    # A lede's words come back one here, one there: no one paragraph tells it again.
    lede = "The council voted for more night buses and longer tram lines on a stormy Tuesday."
    text = "\n\n".join(("Council backs a bigger transport budget", lede, _RETELLING, *_STORY))
    article = parse_article(text)
    assert article.paragraphs[0].text == lede
