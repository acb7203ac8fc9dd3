"""find_quotes: in a list of quotes, each a paragraph of its own, the name after each quote signs it
(``“…” – Hawks coach Dana Reyes, after the game``, ``“…” Lions QB Sam Ortiz talking about …``),
not a phrase of the heading over the list."""

from quote_cases import speakers

LIST = (
    "Here are the best Cup Final reactions from the weekend below.\n"
    "\u201cWe played for each other tonight, and the fans carried us through the last ten minutes.\u201d "
    "\u2013 Hawks coach Dana Reyes, praising the home crowd after the win.\n"
    "\u201cI saw the gap and I just ran. Nobody touched me until the line.\u201d "
    "Lions QB Sam Ortiz talking about his late touchdown run.\n"
    "\u201cHe reads the game better than anyone I have coached in twenty years.\u201d "
    "\u2013 Bears S J.T.Mills, on his teammate.\n"
)


def test_each_quote_goes_to_the_name_signed_after_it():
    assert [s for _, s in speakers(LIST, ())] == ["Dana Reyes", "Sam Ortiz", "J.T.Mills"]


def test_a_sentence_after_a_quote_is_no_signature():
    text = (
        "The mayor spoke first.\n"
        "\u201cWe will rebuild every house that the water took from us this spring.\u201d "
        "The next morning, crews began clearing the roads.\n"
    )
    assert [s for _, s in speakers(text, ())] != ["The next morning"]
