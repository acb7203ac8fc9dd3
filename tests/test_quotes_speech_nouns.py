"""find_quotes: an owned noun of speech whose *that* clause holds a quote with no cue attributes it
(``her November 7 comment to parliament that … a “…”``, ``Takaichi’s statement in parliament …
suggesting that … a “…”``): the noun is the cue and its owner the speaker."""

from quote_cases import speakers


def test_a_possessive_pronouns_comment_that_holds_the_quote_is_the_persons():
    text = (
        "Prime Minister Sanae Takaichi spoke on Friday. She did not withdraw her November 7 comment "
        "to parliament that an attack could constitute a “survival-threatening situation” for Japan.\n"
    )
    assert speakers(text, ()) == [("survival-threatening situation", "Prime Minister Sanae Takaichi")]


def test_a_names_statement_that_holds_the_quote_is_that_persons():
    text = (
        "The demand follows Takaichi’s statement in parliament last week suggesting that an attack "
        "could be considered a “survival-threatening situation” for Japan.\n"
    )
    assert speakers(text, ()) == [("survival-threatening situation", "Takaichi")]


def test_a_noun_of_speech_with_no_that_clause_attributes_nothing():
    text = (
        "The demand follows Takaichi’s statement in parliament on a “survival-threatening situation” "
        "for Japan.\n"
    )
    assert speakers(text, ()) == []
