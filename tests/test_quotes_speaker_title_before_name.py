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
