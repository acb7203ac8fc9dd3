"""find_quotes: a name after a description that opens its sentence is that sentence's subject."""

from quote_cases import speakers


def test_a_name_after_a_party_and_a_title_is_the_pronoun_s_antecedent():
    text = (
        'Akira Maeda, a professor, spoke first. "We are seeing systematic efforts," Maeda observed.\n'
        "Constitutional Democratic Party lawmaker Ichiro Ozawa launched scathing critiques. "
        '"Sophistry and lies maintain their grip on power," he wrote.'
    )
    assert [words for _, words in speakers(text, ())][-1] == "Ichiro Ozawa"


def test_a_name_after_capitalised_words_and_no_title_is_not_so_placed():
    text = (
        'Akira Maeda, a professor, spoke first. "We are seeing systematic efforts," Maeda observed.\n'
        "Tokyo Zokei University students Ichiro Ozawa and others met. "
        '"Sophistry and lies maintain their grip on power," he wrote.'
    )
    assert [words for _, words in speakers(text, ())][-1] != "Ichiro Ozawa"
