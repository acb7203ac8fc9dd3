"""A standfirst printed over its headline is not the headline.

A long summary in sentence case, right over a shorter headline that capitalises its words and
takes up one of the summary's, is the page's standfirst set first. The pages are written for these
tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_STANDFIRST = (
    "El Libro Blanco apuesta por reforzar la tradicional alianza japonesa con Estados Unidos y"
    " potenciar acuerdos con terceros países socios"
)
_HEADLINE = (
    "Prioridades estratégicas para Japón en su Libro Blanco de la Defensa 2022: China y el Indopacífico"
)
_STORY = (
    "A finales de agosto de 2022, el Ministerio de Defensa japonés publicó el Libro Blanco de la"
    " Defensa para este año, un documento que fija las prioridades del país.\n"
    "Se conocen como libros blancos aquellos documentos publicados por los gobiernos para informar a"
    " la opinión pública sobre su posición respecto a alguna materia.\n"
)


class TestStandfirstOverHeadline:
    """The headline under its standfirst is the headline; a headline in title case over a deck stays."""

    def test_the_line_under_a_standfirst_printed_first_is_the_headline(self) -> None:
        assert _HEADLINE == parse_article(_STANDFIRST + "\n\n" + _HEADLINE + "\n\n" + _STORY).headline

    def test_a_title_case_headline_with_numbers_over_a_shorter_title_is_kept(self) -> None:
        # Numbers and quoted words count for no sentence case: this is a headline in title case.
        upper = (
            "Tracking the Pathway to a ‘Quasi-alliance’: Japan’s Policy toward Australia from 2013 to 2022"
        )
        lower = "Japan’s Policy toward Australia in the Defensa Era"
        article = parse_article(upper + "\n" + lower + "\n" + _STORY)
        assert upper == article.headline

    def test_a_standfirst_printed_first_shares_a_word_and_ends_no_sentence(self) -> None:
        assert _zone._is_standfirst_over(_STANDFIRST, _HEADLINE)
        assert not _zone._is_standfirst_over(_STANDFIRST + ".", _HEADLINE)  # a lede's sentence
        assert not _zone._is_standfirst_over(_STANDFIRST, "Tokyo Olympics Open With Fireworks Over The Bay")
        assert not _zone._is_standfirst_over(_HEADLINE, _STANDFIRST)  # the shorter line under it
