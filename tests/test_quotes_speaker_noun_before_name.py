"""find_quotes: after a cue, a lowercase noun of a person before a name (``said resident …``) leads to
the name: the body before that noun, or the noun alone, is no speaker."""

from quote_cases import speakers


def test_a_noun_of_a_person_right_after_the_cue_leads_to_the_name():
    text = "\u201cThe water came up to the porch in minutes,\u201d said resident Orla Fenwick."
    assert [words for _, words in speakers(text, ())] == ["Orla Fenwick"]


def test_a_body_before_the_noun_of_a_person_is_not_the_speaker():
    text = (
        "The Salvation Army opened a shelter on Sunday.\n\n"
        "\u201cWe have beds for forty more people,\u201d said Salvation Army coordinator Petra Lindqvist."
    )
    assert [words for _, words in speakers(text, ())] == ["Petra Lindqvist"]


def test_a_trade_before_a_name_after_the_cue_leads_to_the_name():
    text = "\u201cThe harvest is three weeks late,\u201d said Valley Growers farmer Tomas Reyes, 54."
    assert [words for _, words in speakers(text, ())] == ["Tomas Reyes"]


def test_the_scope_of_a_title_after_the_noun_is_no_name():
    text = (
        "\u201cNo hay planes de cambiarlo\u201d, dijo el ministro de Defensa, el general Aranda, en Madrid."
    )
    assert [words for _, words in speakers(text, ())] == ["Aranda"]
