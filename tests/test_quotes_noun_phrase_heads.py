"""A capitalised word speaks only where it can head a subject: not after a preposition, not as a modifier."""

from japan_nato_corpus.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_words.text if q.speaker_words else None for q in find_quotes(text, actors=())]


def test_capitalised_preposition_and_noun_are_not_the_one_a_pronoun_stands_for() -> None:
    text = (
        "Außenministerin Annalena Baerbock sprach am Montag in Tokio.\n\n"
        "Mit Blick auf Chinas Ansprüche ergänzte sie: «Immer wieder wird demonstriert, dass Regeln "
        "nicht gelten.»"
    )
    assert _speakers(text) == ["Au\u00dfenministerin Annalena Baerbock"]


def test_capitalised_modifier_after_an_article_is_not_the_one_a_pronoun_stands_for() -> None:
    text = (
        "Wang said China must act, the ministry said. The ministry did not say when Wang made the "
        "comments, saying only that they came after his trip to the Central Asian states.\n"
        "\u201cChina must resolutely respond,\u201d he was quoted as saying."
    )
    assert _speakers(text) == ["Wang"]


def test_name_after_a_verb_in_french_stays_the_speaker() -> None:
    text = (
        "Le Japon doit assumer les conséquences, a déclaré jeudi Lin Jian, porte-parole du ministère.\n"
        '"Si le Japon insiste, il en paiera le prix", a-t-il ajouté.'
    )
    assert _speakers(text) == ["Lin Jian"]


def test_definite_compound_headed_by_a_title_stands_for_the_person_named_before() -> None:
    text = (
        "Außenministerin Annalena Baerbock sieht in China eine Herausforderung. Das robuste Auftreten "
        "Chinas \u00abist eine globale Herausforderung\u00bb, sagte die Grünen-Politikerin am Montag."
    )
    assert _speakers(text) == ["Au\u00dfenministerin Annalena Baerbock"]
