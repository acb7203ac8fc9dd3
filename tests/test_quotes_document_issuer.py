"""find_quotes: a statement's words are its issuer's. A definite statement with no owner named
(``reza el comunicado``) speaks for the government or ministry named last before the quote; a quote
no cue attributes, in a sentence whose subject is such a body, is the body's."""

from quote_cases import speakers

_MINISTRY = "el Ministerio de Exteriores japonés"


def test_a_statement_with_no_owner_named_speaks_for_the_ministry_named_before():
    text = (
        "En su respuesta, el Ministerio de Exteriores japonés ha condenado los comentarios.\n\n"
        '"Dado que las afirmaciones de China son incorrectas, el Gobierno reitera su postura", '
        "reza el comunicado.\n"
    )
    assert speakers(text, ()) == [
        ("Dado que las afirmaciones de China son incorrectas, el Gobierno reitera su postura", _MINISTRY)
    ]


def test_a_statement_with_no_body_named_before_keeps_its_own_words():
    text = (
        '"Dado que las afirmaciones de China son incorrectas, se reitera la postura", reza el comunicado.\n'
    )
    assert speakers(text, ()) == [
        ("Dado que las afirmaciones de China son incorrectas, se reitera la postura", "el comunicado")
    ]


def test_a_quote_with_no_cue_is_the_words_of_the_body_its_sentence_opens_with():
    text = (
        "Fumio Kishida viajó a Múnich.\n\n"
        "En su respuesta, el Ministerio de Exteriores japonés (que se refiere al ministro como "
        '"un participante chino en la Conferencia") ha condenado los comentarios y confirmado la '
        'presentación de una "enérgica protesta contra la parte china a través de los canales '
        'diplomáticos apropiados".\n'
    )
    assert speakers(text)[-1] == (
        "enérgica protesta contra la parte china a través de los canales diplomáticos apropiados",
        _MINISTRY,
    )


def test_a_place_named_like_a_body_is_no_speaker():
    text = (
        "Kishida arrived.\n\nThe four nations held drills in the South China Sea to show the "
        '"collective commitment to strengthen regional and international cooperation in the region."\n'
    )
    [(_, words)] = speakers(text, ())
    assert words != "the South China Sea"
