"""find_quotes: a quote that opens its paragraph with no cue goes on with what the last sentence of
the paragraph before said, when that sentence has a cue whose subject is a personal pronoun
(``She further said …`` / ``“They’re not telling us …”``)."""

from quote_cases import speakers


def test_a_quote_paragraph_after_a_pronouns_cue_is_that_persons():
    text = (
        "New Zealand Defence Minister Judith Collins warned of the ships on Monday.\n\n"
        "She further said China has not communicated on the activity of the warships.\n\n"
        "“They’re not telling us what they’re planning, but we are monitoring it closely.”\n"
    )
    assert speakers(text, ()) == [
        (
            "They’re not telling us what they’re planning, but we are monitoring it closely.",
            "New Zealand Defence Minister Judith Collins",
        )
    ]
