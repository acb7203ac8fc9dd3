"""find_quotes: short lowercase quoted words between an article in a phrase of time and the noun
they modify (``during a “two plus two” meeting``) are a term, not words said."""

from quote_cases import speakers


def test_a_quoted_modifier_in_a_phrase_of_time_is_a_term():
    text = (
        "The partnership was among the items discussed during a \u201ctwo plus two\u201d meeting "
        "on Wednesday, the minister said."
    )
    assert speakers(text) == []


def test_a_quoted_modifier_after_the_cue_in_a_phrase_of_time_is_a_term():
    text = (
        "\u201cWe will strengthen defense cooperation,\u201d the minister told reporters after the first "
        "\u201ctwo plus two\u201d security talks concluded."
    )
    assert [q for q, _ in speakers(text)] == ["We will strengthen defense cooperation,"]


def test_a_quoted_adjective_the_cue_governs_stays_a_quote():
    text = "The ministry warned that Japan would suffer a \u201ccatastrophic\u201d military defeat."
    assert [q for q, _ in speakers(text)] == ["catastrophic"]
