"""Short partial quotes that a cue gives though it stands apart from them: the clause's end, the sentence."""

from japan_nato_corpus.quotes import find_quotes


def _quoted(text: str) -> list[str]:
    return [q.evidence.quote for q in find_quotes(text)]


def test_one_word_quote_ends_the_clause_a_cue_after_it_reports() -> None:
    text = "Prioritou EU zůstává „vítězství“ Ukrajiny ve válce proti Rusku, vysvětlila Kallasová.\n"
    assert "vítězství" in _quoted(text)


def test_one_word_quote_before_an_as_clause_and_its_cue() -> None:
    text = (
        "Una cooperazione in un’area sempre più «strategica» quale l’Indo Pacifico, "
        "come sottolinea la premier.\n"
    )
    assert "strategica" in _quoted(text)


def test_one_word_quote_a_full_stop_parts_from_the_cue_is_a_term() -> None:
    text = "Die Lage bleibt „angespannt“ im Osten. Danach reiste er ab, sagte Scholz.\n"
    assert "angespannt" not in _quoted(text)


def test_short_quotes_later_in_the_sentence_of_an_attributed_quote() -> None:
    text = (
        "He said he was worried by the recent “provocative interceptions” of aircraft, and by the "
        "possibility of an “incident” that “could get out of hand.”\n"
    )
    quoted = _quoted(text)
    assert "incident" in quoted
    assert "could get out of hand." in quoted


def test_short_quote_after_an_attributed_quote_that_ends_its_sentence_is_not_carried_on() -> None:
    text = (
        "The paper said the phrase is “a cover for a military power.” [11] Abe’s doctrine seeks to "
        "turn the forces into “ordinary armed forces.” In reality they are not.\n"
    )
    assert "ordinary armed forces." not in _quoted(text)


def test_short_quote_a_proper_adjective_modifies_is_the_narrators_noun() -> None:
    text = (
        'On Tuesday, NATO Secretary General Jens Stoltenberg said that Japan and NATO must "remain united '
        "and firm\" in the face of security Chinese, Democratic People's Republic of Korea (DPRK), and "
        'Russian "threats", especially given the situation.\n'
    )
    quoted = _quoted(text)
    assert "remain united and firm" in quoted
    assert "threats" not in quoted
