"""find_quotes: a pronoun stands for a person named since the last quote as a sentence's subject
after a description of several words (``Chinese foreign ministry spokesman …``), not for the last
quote's speaker."""

from quote_cases import speakers


def test_he_is_the_spokesman_named_after_the_last_quote():
    text = (
        "\u201cThe talks have ended, I have nothing to share,\u201d said Arun Mehta, spokesman for the "
        "Indian Embassy.\n\n"
        "Chinese foreign ministry spokesman Wen Hao also gave no details of the talks.\n\n"
        "\u201cThe atmosphere for resolving the issue has improved,\u201d he told a briefing."
    )
    assert [words for _, words in speakers(text, ())] == ["Arun Mehta", "Wen Hao"]


def test_a_lowercase_trade_before_the_name_describes_the_subject_too():
    text = (
        "\u201cWe lost the barn,\u201d said Ivo Brandt.\n\n"
        "Dutch dairy farmer Kees Okkerse also lost his fences in the storm.\n\n"
        "\u201cThe water came in at night,\u201d he said."
    )
    assert [words for _, words in speakers(text, ())] == ["Ivo Brandt", "Kees Okkerse"]


def test_the_last_speaker_stays_when_no_one_is_named_since():
    text = (
        "\u201cWe lost the barn,\u201d said Ivo Brandt.\n\n"
        "Dutch dairy farms lost their fences in the storm.\n\n"
        "\u201cThe water came in at night,\u201d he said."
    )
    assert [words for _, words in speakers(text, ())] == ["Ivo Brandt", "Ivo Brandt"]
