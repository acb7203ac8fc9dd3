"""find_quotes: a definite title stands for the last person the text gives that title anywhere before."""

from quote_cases import speakers

STORY = (
    "On 23 October, the Minister of Foreign Affairs of Lithuania, K\u0119stutis Budrys, met with "
    "Japan's newly appointed Foreign Minister Toshimitsu Motegi in Tokyo.\n"
    "During the meeting, Budrys emphasized the importance of the strategic partnership.\n"
)


def test_the_title_is_the_later_subject_the_text_titled_so_in_another_sentence():
    text = STORY + '"Our partnership needs concrete cooperation projects," said the Minister.'
    assert [words for _, words in speakers(text, ())] == ["Budrys"]


def test_a_title_noun_in_a_clause_before_a_name_does_not_title_it():
    text = (
        "Senate President Francis Escudero spoke on Monday.\n"
        "The Senate leader on Monday promised that the pact will be scrutinized by the Upper Chamber.\n"
        "\u201cI personally welcome this agreement,\u201d the Senate leader stressed."
    )
    assert [words for _, words in speakers(text, ())] != ["Chamber"]


def test_a_plural_of_the_title_holds_no_one_of_its_holders():
    text = (
        STORY
        + "Lithuanian and Japanese Ministers discussed the security situation in Europe.\n"
        + '"Russia\'s aggression has global consequences," the Minister said.'
    )
    assert [words for _, words in speakers(text, ())] == ["Budrys"]
