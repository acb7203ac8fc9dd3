"""The body's edges: short lines before its first prose and after its last are furniture.

Each page here is made up for the test: prose paragraphs long enough to be prose, with the
kind of lines a copied page carries above and below them.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article


def _page(*lines: str) -> str:
    return "\n\n".join((_TITLE, *lines))


def test_teasers_after_the_body_are_furniture_even_when_the_copy_cuts_the_last():
    teasers = [
        "(Visited 12 times, 1 visits today)",
        "Mayor opens the new library on the harbour front",
        "Memorable speeches of Martin Luther King Jr.",
        "Local choir wins the regional contest in",
    ]
    article = parse_article(_page(_ONE, _TWO, _THREE, *teasers))
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert teasers == _furniture(article)[-len(teasers) :]


def test_a_copy_cut_off_mid_sentence_keeps_its_last_subheading_and_words():
    article = parse_article(_page(_ONE, _TWO, "What comes next", "The council will meet again in"))
    assert [p.text for p in article.paragraphs][-2:] == ["What comes next", "The council will meet again in"]


@pytest.mark.parametrize("tail", ["Source link", "Kommentar schreiben", "© 2024 Harbour Gazette"])
def test_a_short_line_that_ends_no_sentence_after_the_body_is_furniture(tail):
    article = parse_article(_page(_ONE, _TWO, _THREE, tail))
    assert article.body.endswith(_THREE)
    assert tail in _furniture(article)


def test_a_prompt_and_the_notice_under_it_go_together():
    notice = "Ihre E-Mail-Adresse wird nicht veröffentlicht."
    article = parse_article(_page(_ONE, _TWO, "Kommentar schreiben", notice))
    assert article.body.endswith(_TWO)
    assert notice in _furniture(article)


def test_a_closing_sentence_without_its_full_stop_stays():
    article = parse_article(_page(_ONE, _TWO, "Figures were provided by the council"))
    assert article.body.endswith("Figures were provided by the council")


def test_a_short_closing_sentence_stays():
    article = parse_article(_page(_ONE, _TWO, "The vote is due in May."))
    assert article.body.endswith("The vote is due in May.")


def test_a_list_that_a_colon_introduces_stays_at_the_end():
    items = ["1. Night buses", "2. Tram lines", "3. Park and ride"]
    article = parse_article(_page(_ONE, _TWO, "The plan has three parts:", *items))
    assert [p.text for p in article.paragraphs][-3:] == items


def test_a_run_of_labels_over_the_body_is_furniture():
    article = parse_article(_page("Local news", "Transport", "Listen", _ONE, _TWO))
    assert article.body.startswith(_ONE)
    assert {"Local news", "Transport", "Listen"} <= set(_furniture(article))


def test_a_single_short_kicker_over_the_body_stays():
    article = parse_article(_page("Transport and budget", _ONE, _TWO))
    assert article.paragraphs[0].text == "Transport and budget"


def test_a_salutation_over_a_speech_stays():
    article = parse_article(_page("Ladies and gentlemen,", "Good evening.", _ONE, _TWO))
    assert article.body.startswith("Ladies and gentlemen,")


def test_a_page_of_short_lines_alone_keeps_them():
    lines = ["Night buses start in May", "Two tram lines extended", "Public hearing in June"]
    article = parse_article(_page(*lines))
    assert [p.text for p in article.paragraphs] == lines


def test_every_dropped_line_is_kept_as_furniture_with_its_exact_span():
    text = _page("Local news", "Transport", _ONE, _TWO, "Source link", "Share on social media")
    article = parse_article(text)
    for piece in article.boilerplate:
        assert text[piece.span.start : piece.span.end] == piece.span.text
    assert {"Local news", "Transport", "Source link"} <= set(_furniture(article))


def test_a_note_wholly_in_brackets_after_the_body_is_furniture_at_any_length():
    note = (
        "(This report was produced by the city desk from council papers and interviews. The views "
        "of the people quoted are their own and not those of the paper.)"
    )
    article = parse_article(_page(_ONE, _TWO, _THREE, note))
    assert article.body.endswith(_THREE)
    assert note in _furniture(article)
