"""find_quotes: the words of a title taken for a speaker are the person the text names after that title."""

from quote_cases import speakers


def test_an_abbreviated_title_is_read_on_to_the_name_after_it():
    text = "\u201cWe thank the government of Japan for the assistance,\u201d said Sec. Gilberto Teodoro, DND."
    assert [words for _, words in speakers(text, ())] == ["Gilberto Teodoro"]


def test_an_acronym_title_is_the_person_the_text_named_after_it_before():
    text = (
        "Earlier, EAM Jaishankar said the format is held with select partners. "
        "\u201cOur relationship has assumed the form of a partnership,\u201d the EAM said."
    )
    assert [words for _, words in speakers(text, ())] == ["Jaishankar"]


def test_a_name_with_a_full_stop_after_it_is_no_abbreviated_title():
    text = (
        "Spokesperson Mao Ning spoke on Monday.\n"
        "\u201cAsia-Pacific is no arena for geopolitical contests,\u201d said Mao.\n"
        "Mao Ning added more."
    )
    assert [words for _, words in speakers(text, ())] == ["Mao"]


def test_a_title_of_the_vocabulary_is_its_holder_past_the_acronym_of_his_office():
    text = (
        "Szef MON W\u0142adys\u0142aw Kosiniak-Kamysz poinformowa\u0142 o spotkaniu.\n"
        "Szef MON zwr\u00f3ci\u0142 uwag\u0119 na rozmow\u0119, kt\u00f3ra - jak zaznaczy\u0142 - "
        'odby\u0142a si\u0119 w "zupe\u0142nie innych emocjach" ni\u017c rok temu.'
    )
    [(_, words)] = speakers(text, ())
    assert words == "W\u0142adys\u0142aw Kosiniak-Kamysz"
