"""find_quotes: a crosshead among a story's paragraphs (a short line of its own that an unstopped
quote ends, with no verb of saying outside its marks) is no quote, as a headline is none; a line
with a cue, or a quote that ends its sentence, stays a quote."""

from quote_cases import speakers

_BEFORE = "The ministry said in a statement that 62 aircraft were detected around the island.\n\n"
_AFTER = "\n\nThe Chinese Defense Ministry accused Taiwan President Lai of pushing the island towards war.\n"


def test_a_crosshead_that_a_quote_ends_is_no_quote():
    text = _BEFORE + "China: “President Lai pushes Taiwan towards war”" + _AFTER
    assert speakers(text, ()) == []


def test_a_crosshead_of_two_quotes_is_no_quote():
    text = _BEFORE + '"Un acte violent" qui "ne peut pas être toléré"' + _AFTER
    assert speakers(text, ()) == []


def test_a_short_line_with_a_cue_stays_a_quote():
    text = _BEFORE + "Kishida said: “We will never accept that at all”" + _AFTER
    assert speakers(text, ()) == [("We will never accept that at all", "Kishida")]


def test_a_crosshead_in_single_marks_is_no_quote():
    text = _BEFORE + "\u2018Golden chapter in Indo-Japan ties\u2019" + _AFTER
    assert speakers(text, ()) == []
