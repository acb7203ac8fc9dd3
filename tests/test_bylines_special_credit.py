"""The byline reader on a writer's name over a credit line naming the outlet he wrote for.

"Jane Doe" over "Special to The Harbour Times" (or "Especial para DefesaNet") at the page's top:
the name is the byline, the credit line is no headline, and the dateline under them is read
(a place in title case with accented letters, "Brasília —"). The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_LEDE = (
    "Brasília — As forças armadas têm sérias restrições em buscar soluções fora de fornecedores"
    " tradicionais. Boas soluções de outros países são descartadas sem um exame mais atento."
)
_STORY = (
    "Com isto, continuamos presos a fornecedores tradicionais, que praticam preços mais altos que"
    " seus concorrentes, mesmo que atendam os padrões estabelecidos pela aliança."
)


@pytest.mark.parametrize("credit", ["Especial para DefesaNet", "Special to The Harbour Times"])
def test_name_over_a_special_credit_is_the_byline(credit: str) -> None:
    article = parse_article(f"Paulo Mena Barreto\n{credit}\n{_LEDE}\n{_STORY}\n", id="special-credit")
    assert article.authors == ("Paulo Mena Barreto",)
    assert article.headline is None
    assert article.dateline is not None
    assert article.dateline.text == "Brasília"


@pytest.mark.parametrize(
    "line", ["Especial para DefesaNet", "Special to The Japan Times", "Exclusive to Harbour Review"]
)
def test_special_credit_lines(line: str) -> None:
    assert _bylines.is_special_credit(line)


@pytest.mark.parametrize("line", ["Special forces for Japan are ready to deploy today", "Paulo Mena Barreto"])
def test_other_lines_are_no_special_credit(line: str) -> None:
    assert not _bylines.is_special_credit(line)
