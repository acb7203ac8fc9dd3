"""find_quotes: a definite description of an official (``El máximo representante de la OTAN``,
``o responsável chinês``) stands for the person named before it, not for the body named inside it."""

from quote_cases import speakers


def test_adjective_and_representative_of_a_body_is_the_person_named_before():
    text = (
        "\u00abValoramos la asociaci\u00f3n con Jap\u00f3n\u00bb, dijo el secretario general de la "
        "organizaci\u00f3n, Jens Stoltenberg, tras el encuentro. El m\u00e1ximo representante de la OTAN "
        "declar\u00f3 que \u00abla seguridad no es regional, sino global\u00bb."
    )
    found = speakers(text, ())
    assert [words for _, words in found] == ["Jens Stoltenberg", "Jens Stoltenberg"]


def test_portuguese_official_after_according_to_is_the_person_named_before():
    text = (
        "Entretanto, o diretor do Gabinete da Comiss\u00e3o Central, "
        "Wang Yi, prop\u00f4s conversa\u00e7\u00f5es "
        "ao Jap\u00e3o.\n\nSegundo o respons\u00e1vel chin\u00eas, "
        "os tr\u00eas vizinhos devem \u201ccriar um "
        "ambiente para um recome\u00e7o antecipado das reuni\u00f5es\u201d."
    )
    [(_, words)] = speakers(text, ())
    assert words == "Wang Yi"


def test_conveyed_word_after_a_possessive_is_the_subjects_quote():
    text = (
        "Stoltenberg le transmitió a Kishida su «aprecio» por la asistencia del mandatario japonés a la "
        "cumbre de la OTAN."
    )
    [(quoted, words)] = speakers(text, ())
    assert (quoted, words) == ("aprecio", "Stoltenberg")
