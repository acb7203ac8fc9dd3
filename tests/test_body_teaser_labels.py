"""A teaser under its label at the page's foot is furniture, though it ends in a word as a cut-off copy does.

"Te puede interesar: La OTAN sigue enviando ayuda a Ucrania y China pisa fuerte en el conflicto"
ends in a lower-case word, as prose cut off mid-sentence does; its label and colon tell a
teaser of another story. Each page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._boilerplate import is_teaser_line


@pytest.mark.parametrize(
    "line",
    [
        "Te puede interesar: La OTAN sigue enviando ayuda a Ucrania y China pisa fuerte en el conflicto",
        "Read also: Council backs a bigger budget for the trams",
        "Leia também: Zé Maria tem prisão decretada por falta de pagamento",
        "Читайте также: Brisbane airport evacuated",
    ],
)
def test_a_label_and_another_storys_headline_are_a_teaser(line):
    assert is_teaser_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "See also the council's report on the trams, published in May.",
        "Related costs rose by a third over the year",
        _THREE,
    ],
)
def test_prose_that_opens_with_such_words_is_no_teaser(line):
    assert not is_teaser_line(line)


def test_a_site_line_and_a_teaser_at_the_foot_are_furniture():
    teaser = "Te puede interesar: La OTAN sigue enviando ayuda a Ucrania y China pisa fuerte en el conflicto"
    article = parse_article(f"{_TITLE}\n{_ONE}\n{_TWO}\n{_THREE}\nNikkei Asia\n{teaser}")
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert teaser in _furniture(article)
