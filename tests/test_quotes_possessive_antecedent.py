"""find_quotes: a name that owns a noun (``Ishiba’s foreign minister``) is no antecedent of *he*."""

from quote_cases import speakers


def test_a_possessive_name_is_passed_over_for_the_speaker_before():
    text = (
        "Foreign Minister Takeshi Iwaya spoke on Wednesday.\n"
        "\u201cIt is quite difficult to set up a framework now,\u201d he said in his first news "
        "conference as Ishiba\u2019s foreign minister.\n"
        "\u201cThe stability of East Asia contributes to global stability,\u201d he said."
    )
    found = [words for _, words in speakers(text, ())]
    assert found[-1] is not None
    assert "Ishiba" not in found[-1]
