"""A headline and its date stamp run into the lede on one line; a read-on prompt and buttons run into the end.

"Council backs a bigger budget 2024/03/12 14:05 The regional council approved …": the story
starts after the date, and the head before it is furniture; a dateline's place before its date
("NORTHTOWN, March 12, 2024 — …") and a lede that opens with its date stay the story's. "… the
final vote. Read more Tweet Share Share" (a teaser card's prompt and the site's buttons after the
last sentence) is navigation. Each page is made up for the test.
"""

import pytest

from body_cases import ONE, THREE, TITLE, TWO, body_texts, parse_blocks
from japan_nato_corpus.parse._boilerplate import run_in_read_on


@pytest.mark.parametrize("stamp", ["12 March 2024 14:05", "2024/03/12 14:05", "2024-03-12"])
def test_the_story_starts_after_the_date_run_in_after_the_headline(stamp):
    article = parse_blocks(f"{TITLE} {stamp} {ONE}", TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert article.headline == TITLE  # the head is the headline, and its stamp the page's date
    assert str(article.published) == "2024-03-12"


def test_a_lede_of_ideographs_after_a_run_in_head_is_the_story():
    lede = "市議会は火曜日、公共交通の新たな予算を承認した。夜行バスを増やし、北部の二つの路面電車を延ばす。"
    article = parse_blocks(f"市議会、交通予算を承認 2024/03/12 14:05 {lede}", TWO, THREE)
    assert body_texts(article)[0] == lede


@pytest.mark.parametrize(
    "first",
    [
        # a dateline's place before the date opens the story
        f"NORTHTOWN, 12 March 2024 — {ONE}",
        # a sentence before the date: the date is the story's
        "The council met on Tuesday. On 12 March 2024 it approved a new budget for the buses.",
        # the words after the date go on in lower case: one sentence with its date
        "The council approved on 12 March 2024 a new budget for public transport and two tram lines.",
    ],
)
def test_a_line_that_is_the_storys_own_is_left_whole(first):
    article = parse_blocks(TITLE, first, TWO, THREE)
    assert body_texts(article)[0] == first


def test_a_read_on_prompt_and_the_sites_buttons_after_the_last_sentence_are_navigation():
    last = THREE + " Read more Tweet Share Share Email"
    article = parse_blocks(TITLE, ONE, TWO, last)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert run_in_read_on("本文の最後の文である。 もっと読む ツイート シェア") == len(
        "本文の最後の文である。"
    )


def test_words_after_a_sentence_that_are_no_prompt_stay():
    assert run_in_read_on(THREE + " Tweet Share Share Email") is None
    assert run_in_read_on("He asked them to read more. They read on.") is None
