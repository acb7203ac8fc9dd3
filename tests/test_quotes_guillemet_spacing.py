"""find_quotes: the spaces inside a French guillemet are left off the quote, whichever of its two
marks is the guillemet (``« … "`` and ``" … »``)."""

from japan_nato_corpus.quotes import find_quotes


def test_the_space_before_a_closing_guillemet_is_not_quoted():
    text = 'Le Premier ministre a souligné sa volonté de "faire bloc contre la Russie », a-t-il dit.\n'
    [quote] = find_quotes(text)
    assert quote.evidence.quote == "faire bloc contre la Russie"


def test_the_space_after_an_opening_guillemet_is_not_quoted():
    text = "« Nous allons poursuivre nos actions conjointes », a déclaré le chef de l’État.\n"
    [quote] = find_quotes(text)
    assert quote.evidence.quote == "Nous allons poursuivre nos actions conjointes"
