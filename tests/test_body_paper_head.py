"""A paper as a journal's page prints it: its abstract and keywords over its text are the head's.

The abstract, a paragraph of prose, stands over a line of the paper's keywords (three short items
or more, set apart by semicolons or, after a label, by commas), and the fields of its record,
each under its label in brackets, follow; the paper's text starts under them. A line of
semicolons under a short line, or none under an abstract, leaves the body as it was. Each page
is made up for the test.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from body_cases import ONE, THREE, TITLE, TWO, body_texts, furniture, parse_blocks
from japan_nato_corpus.parse._boilerplate import is_keywords_line, is_record_field

ABSTRACT = (
    "This paper asks how regional councils pay for public transport once national grants end, "
    "and finds that most of them raise fares, cut night services or borrow against future taxes."
)


@pytest.mark.parametrize(
    "keywords",
    [
        "Keywords: public transport, regional budgets, night buses, tram lines",
        "transport; budgets; councils; grants",
        "〔关键词〕交通、预算、议会、补助",
        "关键词：交通；预算；议会；补助",
    ],
)
def test_the_abstract_and_keywords_over_the_papers_text_are_furniture(keywords):
    byline = "Jane Doe, Institute of Transport Studies"
    article = parse_blocks(TITLE, byline, ABSTRACT, keywords, ONE, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert ABSTRACT in furniture(article)
    assert keywords in furniture(article)


def test_the_records_fields_under_the_keywords_are_furniture_too():
    fields = [
        "〔作者简介〕张三，交通研究所研究员",
        "〔中图分类号〕D831.32",
        "〔文章编号〕0452 8832(2023)5期0117-21",
    ]
    article = parse_blocks(TITLE, ABSTRACT, "〔关键词〕交通、预算、议会、补助", *fields, ONE, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    # The writer's profile credits the writer; the record's other fields are furniture.
    assert article.authors == ("张三",)
    assert set(fields[1:]) <= set(furniture(article))


def test_a_list_of_semicolons_under_a_short_line_heads_nothing():
    article = parse_blocks(TITLE, "Jane Doe", "Trams; buses; trains", ONE, TWO, THREE)
    assert body_texts(article)[-3:] == [ONE, TWO, THREE]


def test_a_sentence_is_no_list_of_keywords():
    assert not is_keywords_line("Keywords matter; councils know it; so do their voters.")
    assert not is_keywords_line("The council, the mayor and the voters agreed on the plan")
    assert not is_keywords_line("transport; budgets")


def test_a_field_needs_its_label_in_brackets():
    assert is_record_field("【摘要】本文讨论交通预算")
    assert not is_record_field("The council met on Tuesday [in Tokyo].")


@given(st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=8), min_size=3, max_size=6))
def test_short_items_set_apart_by_semicolons_are_keywords(items):
    assert is_keywords_line("; ".join(items))
    assert not is_keywords_line("; ".join(items) + ".")
