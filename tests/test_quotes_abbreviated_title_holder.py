"""find_quotes: a title written short (``the Japanese PM``) is the holder the text gave it in full."""

from quote_cases import speakers


def test_an_abbreviated_title_is_the_holder_of_the_full_title():
    text = (
        "Japanese Prime Minister Shigeru Ishiba on Friday met his Indian counterpart.\n\n"
        "\u201cWe share the responsibility to strengthen such an order,\u201d the Japanese PM said.\n\n"
        "\u201cJapan and India need to bring their strengths together,\u201d he added."
    )
    assert [words for _, words in speakers(text, ())] == ["Shigeru Ishiba", "Shigeru Ishiba"]


def test_an_abbreviation_alone_has_no_holder_to_look_for():
    text = "Ishiba spoke.\n\n\u201cWe share the responsibility,\u201d the PM said."
    [(_, words)] = speakers(text, ())
    assert words is not None
