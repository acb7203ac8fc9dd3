"""A byline's credit line (``Especial para DefesaNet``) is no headline, and the name over it a byline.

A page with no headline may open with its author's name over the line naming the outlet the
author wrote for; neither line is the headline. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_STORY = [
    (
        "Brasília — As forças armadas têm sérias restrições em buscar soluções fora de fornecedores"
        " tradicionais, e boas soluções de outros países acabam descartadas por razões políticas."
    ),
    "Com isto, continuamos presos a fornecedores europeus e norte-americanos, que cobram mais.",
]


@pytest.mark.parametrize(
    "credit", ["Especial para DefesaNet", "Special to The Harbour Times", "Exclusivo para Folha"]
)
def test_name_over_a_credit_line_gives_no_headline(credit: str) -> None:
    page = "\n".join(["Paulo Mena Barreto", credit, *_STORY])
    assert parse_article(page).headline is None


def test_headline_over_a_name_and_its_credit_line_stays_the_headline() -> None:
    headline = "A hora do Japão na indústria de defesa brasileira"
    page = "\n".join([headline, "Paulo Mena Barreto", "Especial para DefesaNet", *_STORY])
    assert parse_article(page).headline == headline
