"""A title, its scope and its holder's name before a cue: the name is the speaker."""

from quote_cases import speakers


def test_name_after_title_and_its_scope_is_the_speaker() -> None:
    text = (
        "\u201cIs that our game plan here? Obviously not,\u201d"
        " PCG Spokesperson for the West Philippine Sea Jay Tarriela said."
    )
    assert speakers(text) == [("Is that our game plan here? Obviously not,", "Jay Tarriela")]


def test_scope_word_before_name_is_not_part_of_it() -> None:
    text = "\u201cWe will keep talking to our partners,\u201d Minister for Foreign Affairs Penny Wong said."
    assert speakers(text) == [("We will keep talking to our partners,", "Penny Wong")]
