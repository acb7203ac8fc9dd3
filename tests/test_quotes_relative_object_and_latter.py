"""A cue in a relative clause on the object, and a demonstrative standing for the one named last."""

from quote_cases import speakers


def test_relative_clause_on_the_object_takes_the_main_subject() -> None:
    text = (
        "O futuro secretário-geral da NATO, Mark Rutte, agradeceu a confiança nele depositada pelos "
        "32 países da organização, que considerou ser \u201ca pedra angular\u201d da segurança colectiva."
    )
    assert speakers(text) == [("a pedra angular", "Mark Rutte")]


def test_inverted_name_after_its_verb_stays_the_subject() -> None:
    text = (
        "\u00abDeben profundizar sus lazos\u00bb, añadió Kishida, que dijo que "
        "\u00abla seguridad de Europa es inseparable\u00bb."
    )
    assert speakers(text)[-1] == ("la seguridad de Europa es inseparable", "Kishida")


def test_latter_demonstrative_is_the_person_named_last_not_the_last_speaker() -> None:
    text = (
        "\u201cA Aliança continuará forte\u201d, disse Mark Rutte, que saudou Jens Stoltenberg.\n"
        "Por sua vez este afirmou: \u201cRutte é um líder forte.\u201d"
    )
    assert speakers(text) == [
        ("A Aliança continuará forte", "Mark Rutte"),
        ("Rutte é um líder forte.", "Jens Stoltenberg"),
    ]
