"""find_quotes: one quoted word that ends the clause a cue after it reports (``is “regrettable”,
Lloyd Austin said``) is the speaker's; a quoted word with no cue, or quoted again, is a term."""

from quote_cases import speakers


def test_a_word_right_before_the_speaker_and_cue_is_quoted():
    text = "The decision to decline the meeting is \u201cregrettable\u201d, Lloyd Austin said in Tokyo.\n"
    assert speakers(text, ()) == [("regrettable", "Lloyd Austin")]


def test_a_word_quoted_again_elsewhere_stays_a_term():
    text = (
        "The decision is \u201cregrettable\u201d, Lloyd Austin said in Tokyo. "
        "Officials repeated the word \u201cregrettable\u201d later.\n"
    )
    assert speakers(text, ()) == []
