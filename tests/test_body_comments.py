"""Reader comments under a post, and a release's own numbered items, at the foot of the body.

Each page is made up for the test from prose paragraphs long enough to be prose.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article

_REPLY = (
    "I take the night bus every week and it is always full, so this is good news for the people "
    "who work late in the city centre and live far from it."
)


def _page(*blocks: str, between: str = "\n\n") -> str:
    return between.join(blocks)


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in parse_article(text).paragraphs]


@pytest.mark.parametrize("heading", ["1 comment:", "3 Comments:", "12 responses :"])
def test_a_comment_count_heading_with_a_colon_ends_the_body(heading):
    text = _page(_TITLE, _ONE, _TWO, heading, "Heipel said...", _REPLY)
    assert _paragraphs(text) == [_ONE, _TWO]


def test_numbered_comment_heads_with_no_heading_are_comments():
    text = _page(_TITLE, _ONE, _TWO, "1. Anonymous says:", _REPLY, "2. Daniel says:", "Please vote!", _THREE)
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO]
    assert [c.author.text for c in article.comments if c.author is not None] == ["Anonymous", "Daniel"]
    assert article.comments[1].body.text == f"Please vote!\n\n{_THREE}"


def test_a_blog_comment_head_trailing_off_is_a_comment():
    text = _page(_TITLE, _ONE, _TWO, _THREE, "Heipel said...", _REPLY)
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert [c.body.text for c in article.comments] == [_REPLY]


def test_a_speaker_line_in_the_body_is_no_comment():
    text = _page(_TITLE, _ONE, "The mayor said:", _TWO, _THREE)
    assert _paragraphs(text) == [_ONE, "The mayor said:", _TWO, _THREE]


def test_a_release_s_numbered_items_under_its_prose_stay_in_the_body():
    items = [
        "1. Objectives (1) To improve the tactical capabilities of both forces (2) To work together",
        "2. Date May 15",
        "3. Exercise Area Sagami Bay",
        "4. Participating Units (1) SH-60K (2) MH-60R",
        "5. Type of Exercises Anti-Submarine Warfare Exercise",
    ]
    text = _page(_TITLE, _ONE, _TWO, "The forces held an exercise as described below.", *items, between="\n")
    assert _paragraphs(text)[-len(items) :] == items


def test_teasers_numbered_out_of_order_are_still_furniture():
    teasers = ["3. Storm closes the harbour", "1. Mayor opens the bridge", "2. Rail strike ends"]
    text = _page(_TITLE, _ONE, _TWO, _THREE, *teasers)
    assert _paragraphs(text) == [_ONE, _TWO, _THREE]


def test_teasers_after_a_bracketed_sign_off_are_furniture():
    signed = f"{_THREE} (I-2)"
    teaser = (
        "Water pumps from the province were installed at several flooded points in the city, where "
        "the water still stands between thirty and a hundred centimetres deep."
    )
    text = _page(_TITLE, _ONE, _TWO, _ONE + " " + _TWO, signed, teaser, _REPLY)
    assert _paragraphs(text) == [_ONE, _TWO, _ONE + " " + _TWO, signed]


def test_an_abbreviation_in_brackets_is_no_sign_off():
    text = _page(_TITLE, _ONE, f"{_TWO} The work falls to the Self-Defense Forces (SDF).", _THREE, _REPLY)
    assert len(_paragraphs(text)) == 4


def test_an_abstract_over_a_citation_block_is_no_body():
    abstract = (
        "This brief examines the council's transport plans in the context of a tenuous budget, and "
        "traces how the city's spending on buses has grown since the war."
    )
    citation = "Jane Doe, “Council Transport Plans,” Issue Brief No. 771, January 2025, Harbour Institute."
    text = _page(_TITLE, abstract, "Attribution:", citation, "Introduction", _ONE, _TWO, _THREE)
    assert _paragraphs(text) in ([_ONE, _TWO, _THREE], ["Introduction", _ONE, _TWO, _THREE])


def test_a_caption_printed_twice_under_an_author_s_office_is_no_body():
    standfirst = "Here are some suggestions for the council to lock in the benefits of better transport."
    caption = (
        "The mayor and the council's transport officials pose before the meeting on May 21, 2023, "
        "in the town hall. (Harbour Gazette v"
    )
    text = _page(_TITLE, standfirst, "Senior Fellow, Transport Chair", caption, caption, _ONE, _TWO, _THREE)
    assert _paragraphs(text) == [_ONE, _TWO, _THREE]


def test_a_genre_label_in_capitals_run_into_a_caption_starts_the_story():
    head = (
        "L-R: the mayor, the council's transport officer and the head of the bus company, who "
        "met in the town hall on Monday. MEDIA RELEASE "
    )
    text = _page(_TITLE, head + _ONE, _TWO, _THREE)
    assert _paragraphs(text) == [_ONE, _TWO, _THREE]


def test_capitals_in_the_first_paragraph_that_are_no_label_stay():
    first = f"{_ONE} NATO LEADERS Meet in the town hall today, as planned."
    text = _page(_TITLE, first, _TWO, _THREE)
    assert _paragraphs(text)[0] == first


def test_an_indented_numbered_list_set_apart_under_a_post_is_its_comments():
    comments = (
        f"  1. {_REPLY}\n\n    1. not at all, and thank you for reading.\n\n"
        "    2. The buses are always late anyway.\n\n  2. Looks like good news"
    )
    text = f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n\n{comments}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO]
    assert article.comments[0].body.text == _REPLY
    assert len(article.comments) == 4


def test_a_post_s_own_indented_list_under_one_blank_line_stays():
    items = "  1. The first new line opens in the spring.\n  2. The second opens in the autumn."
    text = f"{_TITLE}\n\n{_ONE}\n\nThe plan is as follows.\n\n{items}\n\n{_TWO}"
    body = [p.text for p in parse_article(text).paragraphs]
    assert _TWO in body
    assert any("The second opens" in p for p in body)


def test_comments_signed_posted_by_under_a_signed_post_are_comments():
    text = _page(
        _TITLE,
        _ONE,
        _TWO,
        "Posted by Harbour Notes at May 27, 2009 07:47 AM",
        _REPLY,
        "Posted by: Clayton Barnett [TypeKey Profile Page] at May 27, 2009 08:17 AM",
        _THREE,
        "Posted by: Chris Taylor at May 27, 2009 05:46 PM",
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO]
    assert [(c.author.text if c.author else None, c.body.text) for c in article.comments] == [
        ("Clayton Barnett", _REPLY),
        ("Chris Taylor", _THREE),
    ]
