"""find_quotes: in a language that puts the subject after the verb, an indefinite article right after
the cue opens an unnamed source (``denunció una vecina del barrio``); the quote is that source's,
never the place or the person named before it."""

from quote_cases import speakers


def test_an_unnamed_source_after_the_cue_keeps_its_description():
    text = (
        "El barrio más afectado es Villa Rosario, donde las familias sacan el agua con baldes. "
        "\u201cNadie viene a ayudarnos y ya estamos cansados de esperar\u201d, "
        "denunció un vecino del barrio.\n"
    )
    assert speakers(text, ()) == [
        ("Nadie viene a ayudarnos y ya estamos cansados de esperar", "un vecino del barrio")
    ]


def test_an_article_before_the_quote_is_no_source():
    text = (
        "El gobierno envió una carta al secretario general, Pedro Almada, y denunció una "
        "\u201cgrave violación de los acuerdos firmados\u201d por parte del país vecino.\n"
    )
    assert [s for _, s in speakers(text, ())] != ["una"]
