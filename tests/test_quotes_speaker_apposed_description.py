"""find_quotes: a description set off by commas after a name describes that name; the name speaks."""

from quote_cases import speakers


def test_a_lowercase_title_after_a_name_keeps_the_name_over_the_region_in_it():
    text = (
        "Marta Oyelaran, assistant commissioner for West and Central Africa, told the panel that "
        "the ports were \u201cnowhere near ready for the season.\u201d"
    )
    assert [words for _, words in speakers(text, ())] == ["Marta Oyelaran"]


def test_a_spanish_title_after_a_name_keeps_the_name_over_the_body_in_it():
    text = (
        "Por su parte, Ignacio Velarde, secretario general del consejo de aguas de Tarragona, "
        "afirm\u00f3: \u201cNo habr\u00e1 cortes este verano\u201d."
    )
    assert [words for _, words in speakers(text, ())] == ["Ignacio Velarde"]


def test_a_french_title_after_a_name_keeps_the_name():
    text = (
        "Hugo Lemaire, porte-parole du minist\u00e8re de la Mer, a d\u00e9clar\u00e9 : "
        "\u00ab Les quotas seront revus en juin \u00bb."
    )
    assert [words for _, words in speakers(text, ())] == ["Hugo Lemaire"]


def test_a_feminine_spanish_title_with_its_body_stands_for_its_holder_named_before():
    text = (
        "Marta Quiroga habl\u00f3 ayer en Santiago. La presidenta del Banco Austral insisti\u00f3 en que "
        "\u00abno hemos completado el trabajo\u00bb."
    )
    assert [words for _, words in speakers(text, ())] == ["Marta Quiroga"]
