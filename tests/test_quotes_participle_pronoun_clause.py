"""find_quotes: a participle after a *that* clause opened by a pronoun speaks for the subject before."""

from quote_cases import speakers


def test_a_pronoun_after_that_keeps_the_participle_with_the_main_subject():
    text = (
        "Lin Chia-lung confirmed that he visited Japan last month, adding that China's "
        '"backlash" over the trip will not matter.'
    )
    assert speakers(text, ()) == [("backlash", "Lin Chia-lung")]
