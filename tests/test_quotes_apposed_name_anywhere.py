"""A name apposed to the title or the body taken as a quote's speaker speaks, wherever the clause stands."""

from japan_nato_corpus.quotes import find_quotes


def _speaker(text: str) -> str | None:
    (quote,) = find_quotes(text, actors=(), document="x")
    return quote.speaker_words.text if quote.speaker_words else None


def test_name_after_comma_of_a_title_before_the_quote_speaks() -> None:
    text = (
        "Beijing espera que Japón se abstenga de provocaciones, declaró el portavoz del Ministerio de "
        'Relaciones Exteriores de China, Mao Ning.\n\n"Esperamos que los países en cuestión no '
        'respondan de esa manera", dijo.'
    )
    assert _speaker(text) == "Mao Ning"


def test_name_after_a_body_and_a_lowercase_title_speaks() -> None:
    text = (
        "Politburo member Wang Yi has joined the war of words over the comments, saying her remarks "
        "\u201ccrossed a red line\u201d."
    )
    assert _speaker(text) == "Wang Yi"


def test_title_with_no_name_after_it_stays_the_speaker() -> None:
    text = '"We oppose any such move," said the spokesperson of the ministry, speaking on Monday.'
    assert _speaker(text) == "the spokesperson of the ministry"
