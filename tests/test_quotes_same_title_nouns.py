"""find_quotes: a title written with one noun of an office stands for a person written with another
noun of it (``el portavoz chino, Lin Jian`` … ``advirtió el vocero``), before a person of another
title named since; and a cue joined by *y*, *and* to a cue after the quote before has that cue's
subject, not words inside that quote (``“…”, puntualizó Lin y añadió que “…”``)."""

from quote_cases import speakers


def test_a_title_of_the_same_office_in_other_words_stands_for_its_holder():
    text = (
        "Japón debe retirar sus comentarios, manifestó hoy el portavoz chino, Lin Jian.\n"
        "La primera ministra Sanae Takaichi había hablado de Taiwán el lunes.\n"
        "«Advertimos firmemente a Japón que debe reflexionar profundamente», advirtió el vocero.\n"
    )
    assert speakers(text, ()) == [
        ("Advertimos firmemente a Japón que debe reflexionar profundamente", "Lin Jian")
    ]


def test_a_cue_joined_to_a_cue_after_the_quote_before_has_its_inverted_subject():
    text = (
        "“China se opone firmemente a esto y nunca lo tolerará”, puntualizó Lin y añadió que "
        "“si Japón se atreviera a intervenir, eso constituiría un acto de agresión”.\n"
    )
    assert [speaker for _, speaker in speakers(text, ())] == ["Lin", "Lin"]
