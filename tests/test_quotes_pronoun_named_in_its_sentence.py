"""find_quotes: a quote that opens its paragraph after a sentence whose cue's subject is a pronoun
(``… Selma Varga said that she had asked …``) goes to the person that sentence names before the
pronoun, not to the speaker quoted before it."""

from quote_cases import speakers


def test_the_pronoun_goes_back_to_the_name_in_its_own_sentence():
    text = (
        "Finance Minister Olaf Brenner spoke first at the meeting in Lund.\n"
        "\u201cWe agreed on the budget, and we will keep to it,\u201d he said.\n"
        "In her closing remarks, Trade Secretary Selma Varga revealed that she had asked for new "
        "talks on tariffs with the three partners after the vote on Monday.\n"
        "\u201cI called each of them and urged them to come back to the table this month.\u201d\n"
    )
    first, second = (said or "" for _, said in speakers(text, ()))
    assert first.endswith("Olaf Brenner")
    assert second.endswith("Selma Varga")
