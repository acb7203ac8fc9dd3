"""A title, its body and a name that run on to the cue with no mark between: the name speaks."""

from japan_nato_corpus.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_words.text if q.speaker_words else None for q in find_quotes(text, actors=())]


def test_name_ending_a_title_clause_before_the_cue_speaks() -> None:
    text = (
        "As tensões voltaram a aumentar após declarações da primeira-ministra japonesa, Sanae Takaichi.\n\n"
        "O porta-voz do Ministério das Relações Exteriores chinês Lin Jian afirmou que Takaichi "
        '"fez declarações errôneas sobre Taiwan".'
    )
    assert _speakers(text) == ["Lin Jian"]


def test_one_capitalised_noun_before_the_cue_is_no_holder() -> None:
    text = (
        "Japans Verteidigungsminister hat auf einer asiatischen Sicherheitskonferenz erklärt, sein Land "
        "sei \u201eentschlossen, die Ordnung zu stärken\u201c im Indo-Pazifik-Raum."
    )
    assert _speakers(text) == ["Japans Verteidigungsminister"]
