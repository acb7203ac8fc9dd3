"""find_quotes: *accused* gives the quoted words after it to its subject, and none before it."""

from quote_cases import speakers


def test_accused_gives_the_words_after_it():
    text = (
        "Marcos made the remarks after the Philippines accused a Chinese ship of "
        "\u201cdangerous maneuvers\u201d.\n"
    )
    assert speakers(text, ()) == [("dangerous maneuvers", "Philippines")]


def test_accused_after_a_quote_is_not_its_cue():
    text = (
        "Tarriela said the ship was \u201clawfully conducting a maritime patrol\u201d in the zone, "
        "rejecting a Chinese state media report that accused the Philippines of intrusion.\n"
    )
    assert speakers(text, ()) == [("lawfully conducting a maritime patrol", "Tarriela")]
