"""find_quotes: a coach's, a judge's, a mayor's, a governor's or a director's title in the languages
other than English (``o treinador``, ``l’entraîneur``, ``la jueza``, ``el alcalde``) is a definite
title: it stands for the person named before it, and, opening the sentence before a quote with no
cue after a quote with no speaker (``À la fin du match, l’entraîneur … « … »``), it is the speaker."""

from quote_cases import speakers


def test_a_coachs_title_after_the_cue_stands_for_the_person_named_before():
    text = (
        "Carlos Mendes comandou o último treino da equipa antes da final.\n"
        "\u201cEstamos prontos para a final de domingo e vamos lutar até ao fim\u201d, disse o treinador.\n"
    )
    assert [s for _, s in speakers(text, ())] == ["Carlos Mendes"]


def test_a_title_after_an_opening_phrase_speaks_the_quote_after_its_sentence():
    text = (
        "\u00ab Nous avons très mal commencé, mais nous avons réagi ensemble. \u00bb\n\n"
        "À la fin du match, l\u2019entraîneur principal ne cachait pas sa joie. "
        "\u00ab Nous avons gagné avec le cœur, et c\u2019est ce qui compte. \u00bb\n"
    )
    assert [s for _, s in speakers(text, ())] == [None, "l\u2019entraîneur"]
