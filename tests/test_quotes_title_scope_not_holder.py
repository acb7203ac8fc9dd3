"""A definite title after a cue, with an adverb of time and the place it is of: it stands for its holder."""

from quote_cases import speakers


def test_still_in_office_title_of_a_country_stands_for_the_person_named_before() -> None:
    text = (
        "O futuro secretário-geral da NATO, Mark Rutte, agradeceu aos aliados.\n"
        "\u201cA Aliança é e continuará a ser a pedra angular da nossa segurança\u201d, escreveu o ainda "
        "primeiro-ministro dos Países Baixos nas redes sociais."
    )
    assert speakers(text)[-1] == (
        "A Aliança é e continuará a ser a pedra angular da nossa segurança",
        "Mark Rutte",
    )


def test_holder_named_after_the_title_scope_is_kept() -> None:
    text = "\u201cVogliamo la pace\u201d, ha detto il segretario generale della Nato Mark Rutte."
    assert speakers(text) == [("Vogliamo la pace", "il segretario generale della Nato Mark Rutte")]
