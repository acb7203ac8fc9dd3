"""find_quotes: capitalised quoted words between a definite article and a lowercase noun name that
thing (``the “Kadiwa para sa Bagong Bayaning Mangingisda” program``), as a title does; words after
which a verb follows, or that end in a stop, stay a quote."""

from quote_cases import speakers


def test_capitalised_words_between_an_article_and_a_noun_are_a_name():
    text = (
        "He also said the “Kadiwa para sa Bagong Bayaning Mangingisda” program provides genuine "
        "support to fisherfolk.\n"
    )
    assert speakers(text, ()) == []


def test_a_quote_ended_by_a_stop_after_an_article_stays_a_quote():
    text = "Tarriela said the “Video evidence shows the ships chasing the Philippine vessel.” he added.\n"
    assert [quote for quote, _ in speakers(text, ())] == [
        "Video evidence shows the ships chasing the Philippine vessel."
    ]
