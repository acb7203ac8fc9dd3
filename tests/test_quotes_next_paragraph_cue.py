"""find_quotes: a quote that ends its paragraph is said by whom the next paragraph's opening cue
names (``“…”.`` / ``Об этом сообщил … Йосимаса Хаяси``); a quote inside a sentence that ends the
paragraph is not given so."""

from japan_nato_corpus.quotes import NEXT_SENTENCE_CUES_BY_LANGUAGE
from quote_cases import speakers


def test_russian_next_sentence_cues_are_listed():
    assert "об этом сообщил" in NEXT_SENTENCE_CUES_BY_LANGUAGE["ru"]


def test_cue_opening_the_next_paragraph_names_the_speaker():
    text = (
        "Япония ведет переговоры об открытии офиса связи НАТО, поскольку "
        "\u201cвторжение РФ в Украину сделало мир менее стабильным\u201d.\n"
        "Об этом сообщил глава МИД Японии Йосимаса Хаяси в интервью CNN."
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Йосимаса Хаяси")


def test_term_inside_a_sentence_ending_the_paragraph_is_not_given_to_the_next():
    text = (
        "Il Giappone vede nella creazione di una \u201cNATO "
        "asiatica\u201d una delle possibili opzioni per il "
        "futuro.\nLo ha affermato il nuovo capo del ministero degli Esteri giapponese, Takeshi Iwaya."
    )
    assert speakers(text, ()) == []
