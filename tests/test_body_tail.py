"""What follows the body's last prose: a second copy, comment forms, clipped teaser excerpts.

Each page is made up for the test from prose paragraphs long enough to be prose.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from body_cases import story_over as _story_over
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _page

_MORE = tuple(
    f"Paragraph {n} of the story goes on with what the council decided and why it did so." for n in range(6)
)


def test_a_second_copy_of_the_story_after_a_blank_line_is_furniture():
    story = "\n".join((*_MORE, _ONE, _TWO, _THREE))
    text = f"{_TITLE}\n{story}\n\n{_ONE}\n{_TWO}\n{_THREE[:40]}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [*_MORE, _ONE, _TWO, _THREE]
    assert _THREE[:40] in _furniture(article)


def test_a_second_copy_with_no_blank_line_that_prints_the_story_again_in_order_is_furniture():
    story = (*_MORE, _ONE, _TWO, _THREE)
    text = "\n".join((_TITLE, *story, _ONE, _TWO, _THREE[:40]))
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == list(story)
    assert _furniture(article)[-3:] == [_ONE, _TWO, _THREE[:40]]


def test_a_second_copy_of_a_middle_run_of_the_story_is_furniture():
    # The copy takes up the story at its second paragraph, after teasers and a last paragraph
    # that it does not print again, and is cut off.
    # The teaser between is furniture of its own ("Read also: …" is a prompt to read on).
    teaser = "Read also: Council backs a bigger budget"
    story = (_ONE, _TWO, _THREE, *_MORE)
    text = "\n".join((_TITLE, *story[:3], teaser, *_MORE, _TWO, _THREE, "Read also: Council backs a"))
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == list(story)
    assert teaser in _furniture(article)


def test_paragraphs_repeated_out_of_their_order_stay_in_the_body():
    text = "\n".join((_TITLE, *_MORE, _ONE, _TWO, _THREE, _TWO, _ONE))
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [*_MORE, _ONE, _TWO, _THREE, _TWO, _ONE]


def test_a_line_printed_twice_is_no_repeat_of_the_story():
    text = f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}\n\n{_THREE}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE, _THREE]


def test_a_comment_form_ending_in_a_mark_is_no_prose_cut_off():
    lines = (
        "Lascia un commento",
        "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
    )
    article = parse_article("\n\n".join((_TITLE, _ONE, _TWO, *lines)))
    assert article.body.endswith(_TWO)
    assert set(lines) <= set(_furniture(article))


def test_a_clipped_teaser_excerpt_after_a_label_is_furniture():
    teaser = (
        "Residents of the coast report oil on the beaches after a spill, and the authorities have "
        "not yet said who is responsible for the damage to the respons..."
    )
    article = parse_article(f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}\n\nFeatured post\n\n{teaser}")
    assert article.body.endswith(_THREE)
    assert teaser in _furniture(article)


def test_a_last_paragraph_cut_off_mid_word_stays_in_the_body():
    cut = "The council will meet again in the"
    article = _story_over(cut)
    assert article.body.endswith(cut)


def test_the_notice_under_a_comment_prompt_after_the_body_is_furniture():
    notice = "You must be logged in to post a comment."
    article = parse_article(f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}\n\nLeave a Reply\n\n{notice}")
    assert article.body.endswith(_THREE)
    assert notice in _furniture(article)


def test_a_short_last_sentence_with_no_prompt_over_it_stays():
    last = "The council will vote on Friday."
    article = _story_over(last)
    assert article.body.endswith(last)


def test_a_date_stamp_after_the_body_is_no_prose_cut_off():
    stamp = "Updated: 7:08pm, 7 May, 2023"
    article = _story_over(stamp)
    assert article.body.endswith(_THREE)


def test_a_copyright_line_of_a_sentence_length_after_the_body_is_furniture():
    line = "Riproduzione riservata © 2017 Harbour Gazette"
    article = _story_over(line)
    assert article.body.endswith(_THREE)
    assert line in _furniture(article)


def test_a_developing_story_notice_is_furniture():
    notice = "— This is a developing story and will be updated."
    article = _story_over(notice)
    assert article.body.endswith(_THREE)


def test_list_items_that_go_on_with_a_list_above_stay_in_the_body():
    items = [
        (
            "- Further elevate defence cooperation, which the reciprocal access agreement will make easier "
            "for both forces in every domain of their work, from the sea and the air "
            "to space and the cyber field;"
        ),
        "- Increase cooperation in the area of space and cyber;",
        "- Strengthen our industrial bases through supply chains;",
        "- Enhance coordination of our activities with partners in the",
    ]
    article = parse_article("\n\n".join([_TITLE, _ONE, _TWO, _THREE, *items]))
    assert [p.text for p in article.paragraphs][-len(items) :] == items


@pytest.mark.parametrize(
    "tail",
    [
        ("© KYODO", "Related coverage:", "Japan to boost defense spending"),
        ("Reporting by Jane Doe; Editing by John Roe", "Our Standards: The Trust Principles."),
        ("Copyright 2024 The Harbour Gazette. All rights reserved.", "The talks continue on Friday."),
    ],
)
def test_short_lines_under_a_sign_off_after_the_body_are_furniture(tail):
    article = parse_article("\n\n".join([_TITLE, _ONE, _TWO, _THREE, *tail]))
    assert article.body.endswith(_THREE)
    assert not any(line in article.body for line in tail)


def test_a_box_about_the_topic_at_the_foot_is_furniture():
    box = (
        "About BOJ Interest Rate Decision",
        (
            "The rate decision is announced by the bank. If the bank is hawkish about the outlook and "
            "raises its rates, it is positive for the currency; if it is dovish, it is negative."
        ),
    )
    article = parse_article("\n\n".join([_TITLE, _ONE, _TWO, _THREE, *box]))
    assert article.body.endswith(_THREE)


def test_a_subheading_about_something_over_the_last_paragraphs_stays():
    article = parse_article(f"{_TITLE}\n\n{_ONE}\n\nAbout the New Lines\n\n{_TWO}\n\n{_THREE}\n\n{_ONE}")
    assert "About the New Lines" in article.body
    sentence = "About a hundred residents came to the hearing on Monday."
    article = _story_over(sentence)
    assert article.body.endswith(sentence)


def test_a_line_under_a_single_word_credit_at_the_foot_is_furniture():
    caption = "The islands known as one name in one country and another in the other, in the eastern sea"
    article = parse_article(f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}\n\nGetty\n\n{caption}")
    assert article.body.endswith(_THREE)
    assert {"Getty", caption} <= set(_furniture(article))


def test_a_line_cut_off_under_a_subheading_stays_in_the_body():
    cut = "The council will meet again on the matter once the drivers have been trained and the"
    article = parse_article(f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}\n\nWhat comes next\n\n{cut}")
    assert article.body.endswith(f"What comes next\n\n{cut}")


def test_a_short_label_over_a_list_of_sources_at_the_foot_is_furniture():
    sources = [
        "Ministry of Foreign Affairs: Telephone meeting between the Prime Minister and its chief. 1.12.2025",
        "Daily Report: The leader tells the alliance chief the security of both is inseparable 1.12.2025",
    ]
    text = "\n\n".join((_TITLE, _ONE, _TWO, _THREE, "Quellen:", *sources))
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert _furniture(article)[-3:] == ["Quellen:", *sources]


def test_a_sentence_that_introduces_a_list_at_the_foot_keeps_the_list():
    items = ["More night buses on the northern lines", "Two longer tram lines to the new districts"]
    text = "\n\n".join((_TITLE, _ONE, _TWO, "The plan has these two main parts:", *items))
    article = parse_article(text)
    assert [p.text for p in article.paragraphs][-2:] == items


@pytest.mark.parametrize(
    "foot",
    [
        ("More like this", "Would love your thoughts, please comment.x"),
        ("Loading comments...",),
        ("An Indo-Pacific security network is only now emerging | ORF (orfonline.org)",),
    ],
)
def test_a_teaser_heading_a_comment_prompt_or_a_titled_source_line_at_the_foot_is_furniture(foot):
    text = "\n\n".join((_TITLE, _ONE, _TWO, _THREE, *foot))
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]


_ENDS = ".!?…。:：])\"'”»,;-  \t"


@given(
    text=st.text(
        alphabet=st.sampled_from([*_ENDS, "a", "B", "é", "1", "[", "2", "x"]),
        max_size=30,
    )
    | st.builds(
        lambda words, end: " ".join(words) + end,
        st.lists(st.sampled_from(["the", "Council", "vote", "a", "Tram"]), max_size=8),
        st.sampled_from(
            ["", ".", "?", "!)", ".”", ":", " [2]", ". [12]", ". [iv]", ")", "”", ". (*)", ". (AP)", " (*)"]
        ),
    )
)
def test_a_line_ending_in_no_sentence_mark_is_a_fragment_as_the_pattern_says(text: str) -> None:
    # The test of the line's last character before the sentence-end pattern gives what the
    # pattern alone gives: a short line is a fragment when it opens in lower case, ends no
    # sentence or is of fewer words than a sentence's, unless it ends in a colon or in a
    # sentence and its bracketed sign-off.
    bare = _page._NOTE_MARK.sub("", text) if text.endswith("]") else text
    signed = _page._SIGN_OFF.search(bare) is not None
    expected = (
        not bare.endswith(":")
        and not signed
        and (
            bare[:1].islower()
            or _page._SENTENCE_END.search(bare) is None
            or len(bare.split()) < _page.FRAGMENT_WORDS
        )
    )
    assert _page._is_fragment(text) is expected


@pytest.mark.parametrize(
    "pointer",
    [
        "For further information, go to: www.example.gov.uk",
        "Original Article:https://example.org/news/2020/03/25/",
    ],
)
def test_a_short_line_holding_a_web_address_at_the_foot_is_furniture(pointer: str) -> None:
    text = f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}\n\n{pointer}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert pointer in _furniture(article)


def test_a_closing_paragraph_that_cites_a_web_address_stays_in_the_body() -> None:
    # A paragraph of a sentence's length and more that names an address is the story's.
    closing = f"{_THREE} The full plan is at https://example.org/plan for anyone who asks."
    text = f"{_TITLE}\n\n{_ONE}\n\n{_TWO}\n\n{closing}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, closing]


def test_lines_at_the_foot_in_a_script_the_story_does_not_use_are_furniture() -> None:
    # A story in Latin letters that ends in lines of Hangul (a casino's spam) ends at its prose.
    spam = ("온라인 카지노사이트 추천 정보안내", "개발 지원 대상")
    text = "\n\n".join((_TITLE, _ONE, _TWO, _THREE, *spam))
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert all(line in _furniture(article) for line in spam)


def test_a_closing_line_in_the_storys_own_script_stays_whatever_its_language() -> None:
    # A story in Japanese whose prose mixes kanji and kana keeps a closing line in kanji.
    prose = (
        "政府は火曜日、新しい交通予算を承認し、夜間バスの本数を増やすとともに、市の北部地区まで路面電車の二路線を延長することを決めた。"
        * 8
    )
    closing = "防衛省統合幕僚監部発表。"
    text = "\n\n".join(("交通予算を承認", prose, prose.replace("火曜日", "水曜日"), closing))
    article = parse_article(text)
    assert article.paragraphs[-1].text == closing


def test_a_closing_quote_signed_off_with_a_star_stays_over_the_teasers_under_it() -> None:
    # "… katanya. (*)" ends a sentence and the story: the teaser headlines under it go, it stays.
    closing = '"Do not believe the rumours, we will report every change on our site," she said. (*)'
    teasers = (
        "Heat grips the capital as the agency explains why",
        "Storm warning issued for the coast ahead of November",
        "Minor tsunami detected on the islands after the quake",
    )
    text = "\n\n".join((_TITLE, _ONE, _TWO, _THREE, closing, *teasers))
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE, closing]
