"""Hard-wrapped prose: lines broken inside sentences are joined into their paragraphs.

A copy that keeps a fixed line width (a mail archive, a text export, a transcript) breaks each
paragraph into lines that end inside sentences. Read line by line, the short lines at the
body's edges would look like labels; joined, they are the paragraphs they were.
"""

import re
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from japan_nato_corpus import parse_article

_PROSE = (
    (
        "Nach dem Unmut der Gastgeber verzichtete der Verein aus der Domstadt auf einen Einspruch. Am "
        "Mittwochabend aber erhitzten wieder zwei Szenen die Gemüter der Verantwortlichen und Spieler, "
        "die lange mit dem Schiedsrichter stritten."
    ),
    (
        "The regional council approved a new budget for public transport on Tuesday, raising the number "
        "of night buses and extending two tram lines to the northern districts of the city."
    ),
    (
        "Officials said the first of the new services would start in the spring, once the drivers have "
        "been trained and the timetables agreed with the neighbouring towns and their own councils."
    ),
)
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


@settings(max_examples=60, deadline=None)
@given(width=st.integers(min_value=45, max_value=110), doubled=st.booleans())
def test_prose_wrapped_at_any_width_keeps_every_word_in_the_body(width: int, doubled: bool) -> None:  # noqa: FBT001
    # A line break inside a paragraph, a blank line between paragraphs; or, as some copies
    # do, every break doubled: then only a line that starts in lower case says it goes on.
    inner = "\n\n" if doubled else "\n"
    paragraphs = [inner.join(textwrap.wrap(paragraph, width)) for paragraph in _PROSE]
    text = "Rekord für den Verein\n\n" + "\n\n".join(paragraphs)
    article = parse_article(text)
    if not doubled:
        assert _words(article.body) == _words(" ".join(_PROSE))
    else:  # the lower-case continuations are kept; none of the prose is lost at the edges
        assert set(_words(" ".join(_PROSE))) >= set(_words(article.body))
        assert _words(article.body)[-3:] == _words(_PROSE[-1])[-3:]
    for paragraph in article.paragraphs:
        assert text[paragraph.start : paragraph.end] == paragraph.text


def test_a_wrapped_paragraph_is_one_paragraph_spanning_its_lines() -> None:
    lines = textwrap.wrap(_PROSE[1], 60)
    text = "Council backs a bigger budget\n\n" + "\n".join(lines)
    article = parse_article(text)
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].text == "\n".join(lines)


def test_a_line_that_goes_on_in_lower_case_is_joined_under_a_single_break() -> None:
    upper = "The minister said the two governments had agreed to widen their work on the"
    lower = "defence of the islands and would meet again in the autumn."
    text = "Ministers agree\n\n" + _PROSE[1] + "\n\n" + upper + "\n" + lower
    article = parse_article(text)
    assert article.paragraphs[-1].text == upper + "\n" + lower


def test_a_list_of_teaser_headlines_is_not_joined_into_prose() -> None:
    teasers = [
        "Islamic militants cheer dark times for the region, call the vote proof of their case",
        "Veteran sues the air force to have military honours at his funeral next month",
        "Mayor opens the new library on the harbour front with a concert",
    ]
    text = "Council backs a bigger budget\n\n" + "\n\n".join(_PROSE[1:]) + "\n\n" + "\n".join(teasers)
    article = parse_article(text)
    assert all(teaser not in article.body for teaser in teasers)


def test_a_heading_over_prose_is_not_joined_to_it() -> None:
    heading = "Weiter Ärger um den Video-Assistenten"
    text = "Rekord\n\n" + _PROSE[1] + "\n" + heading + "\n" + _PROSE[2]
    article = parse_article(text)
    assert heading in [paragraph.text for paragraph in article.paragraphs]


_DOUBLED_TAIL = (
    "Shares in the city's largest carmaker fell on Friday and\n\n"
    "the currency firmed after the central bank kept its rates\n\n"
    "steady, but in a split decision with two of the nine board\n\n"
    "members voting for a hike.\n\n"
    "The bank also said it would begin selling its holdings of\n\n"
    "exchange-traded funds and property trusts, amassed over a\n\n"
    "decade of stimulus.\n\n"
    "The main index lost 1% to 44,800.40 as of midday\n\n"
    "GMT, not long after the central bank's announcement.\n\n"
    "The ten-year bond yield added four basis points\n\n"
    "(bps) to 1.635%, just short of this month's high of\n\n"
    "1.64%, a level not seen since July 2008."
)


def test_a_copy_doubling_every_break_joins_lines_going_on_in_capitals_or_digits() -> None:
    # Once three lines go on in lower case across a blank line, the copy doubles every break:
    # a line that ends open and runs to the copy's width goes on across a blank line too,
    # though the line under it opens with a capital, a digit or a bracket ("GMT, not long …",
    # "(bps) to 1.635% …"), and the short paragraphs at the page's foot are prose, not teasers.
    text = "Carmaker shares slip after bank decision\n\n" + _DOUBLED_TAIL
    article = parse_article(text)
    assert _words(article.body) == _words(_DOUBLED_TAIL)
    assert article.paragraphs[-1].text.startswith("The ten-year bond yield added four basis points\n\n(bps)")


def test_a_copy_with_single_breaks_keeps_lines_a_blank_line_apart() -> None:
    # Where lines go on under one line break, a blank line ends a paragraph: a line that ends
    # open over a capitalised one a blank line under it is no wrapped line of it.
    lines = textwrap.wrap(_PROSE[1], 60)
    closing = "The vote on the plan is due in the autumn, with the mayors of"
    text = (
        "Council backs a bigger budget\n\n"
        + "\n".join(lines)
        + f"\n\n{closing}\n\nAll the towns are invited to it."
    )
    article = parse_article(text)
    assert closing in [p.text for p in article.paragraphs]
