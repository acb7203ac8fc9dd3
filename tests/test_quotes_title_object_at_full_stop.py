"""A definite title after a cue: kept whole, ended by the full stop that ends its sentence."""

from quote_cases import speakers


def test_title_after_cue_ends_at_sentence_stop_and_stands_for_holder() -> None:
    text = (
        "Emmanuel Macron spoke in Singapore on Friday. "
        "\u201cWe will destroy the institutions we created after the war,\u201d"
        " mentioned the French President.\n"
        "The unpredictability of tariffs was raised next."
    )
    assert speakers(text) == [
        ("We will destroy the institutions we created after the war,", "Emmanuel Macron")
    ]


def test_abbreviated_title_stop_does_not_end_the_speaker() -> None:
    text = "\u201cThe alliance will stay strong and united,\u201d said Mr. Rutte.\nHe left for Brussels."
    assert speakers(text) == [("The alliance will stay strong and united,", "Mr. Rutte")]
