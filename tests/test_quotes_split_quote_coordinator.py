"""find_quotes: a cue set off by a comma and *but* between two quotes goes with the one before."""

from quote_cases import speakers


def test_a_cue_before_a_comma_and_but_is_the_first_quotes_cue():
    text = (
        "The idea is \u201ccertainly one idea for the future,\u201d the 67-year-old Iwaya said, but "
        "\u201cone that should be carefully considered.\u201d"
    )
    assert [words for _, words in speakers(text, ())] == ["Iwaya", "Iwaya"]
