"""find_quotes: a cue after the quote with *and* alone between (``ja``, ``og``, ``и`` too) shares the
sentence's subject, a family name alone that opens it included."""

from quote_cases import speakers


def test_estonian_ja_before_the_cue_shares_the_opening_family_name():
    text = (
        "Rutte keeldus kommenteerimast USA relvarahuplaani teostatavust, kuid kirjeldas seda kui "
        "„väga tarka plaani“ ja ütles, et on arenguga rahul."
    )
    assert [w for _, w in speakers(text, ())] == ["Rutte"]


def test_a_function_word_that_opens_the_sentence_is_no_subject():
    text = "The minister refused to comment but called it “a very wise plan” and said he was pleased."
    assert [w for _, w in speakers(text, ())] == [None]
