"""find_quotes: a one-word partial quote in reported speech after an aside set off by two commas,
and partial quotes after a cue of shouting."""

from japan_nato_corpus.quotes import find_quotes


def test_an_aside_between_commas_does_not_end_the_reported_clause():
    text = (
        "At the talks, Tanaka noted that the partnership between Japan and Norway, now a close partner, "
        "has deepened amid the “difficult” state of the region.\n"
    )
    [quote] = find_quotes(text)
    assert quote.text == "difficult"
    assert quote.speaker_words is not None
    assert quote.speaker_words.text == "Tanaka"


def test_one_comma_still_ends_the_reported_clause():
    text = "Tanaka noted that the partnership had deepened, and the region is now “difficult” for many.\n"
    assert find_quotes(text) == ()


def test_a_shouted_partial_quote_is_the_shouters():
    text = 'On the boat, Ruiz shouts over the wind that the navy is a "loyal ally" of the islanders.\n'
    [quote] = find_quotes(text)
    assert quote.text == "loyal ally"
    assert quote.speaker_words is not None
    assert quote.speaker_words.text == "Ruiz"
