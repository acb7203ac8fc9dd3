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


def test_name_after_an_adjective_a_lowercase_body_and_a_title_after_the_cue_speaks() -> None:
    text = (
        "\u201cThe Asia-Pacific region does not need any military bloc,\u201d said Chinese foreign ministry "
        "spokesperson Lin Jian in a regular press briefing on Monday."
    )
    assert _speaker(text) == "Lin Jian"


def test_function_words_between_a_name_and_a_title_make_no_apposition() -> None:
    text = "\u201cWe will respond,\u201d said Japan as the minister Taro Kono arrived."
    assert _speaker(text) == "Japan"
