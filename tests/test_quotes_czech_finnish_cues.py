"""find_quotes: Czech and Finnish verbs of saying are cues, and a Czech cue may drop its subject."""

from quote_cases import speakers


def test_a_finnish_cue_after_the_quote_gives_its_subject():
    text = "\u201dSuomea ja Japania yhdistävät arvot ja intressit.\u201d, presidentti Stubb sanoo.\n"
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert "Stubb" in words


def test_a_czech_cue_before_a_colon_gives_its_subject():
    text = "Kallasová zdůraznila: \u201ePolitika Číny se v posledních letech změnila.\u201c\n"
    assert speakers(text, ()) == [("Politika Číny se v posledních letech změnila.", "Kallasová")]
