"""The dateline reader on a place closed by a full stop (``Tokio. La Agencia ...``).

The Spanish press opens a story's first paragraph with its place and a full stop. The
pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_HEADLINE = "Japón declara alerta de tsunami en las islas del sur del país"
_LEDE = "La agencia meteorológica declaró este martes la alerta en las islas tras un fuerte sismo en la zona."
_MORE = "Las autoridades advierten de la posibilidad de que el tsunami alcance las costas pronto."


@pytest.mark.parametrize("place", ["Tokio", "San Sebastián", "Buenos Aires"])
def test_place_closed_by_a_full_stop_opens_the_first_paragraph(place: str) -> None:
    paragraph = f"{place}. {_LEDE}"
    found = _header.dateline(paragraph, 0, len(paragraph), first=True)
    assert found is not None
    assert paragraph[found.place[0] : found.place[1]] == place
    article = parse_article(f"{_HEADLINE}\n\n{paragraph}\n\n{_MORE}\n")
    assert article.dateline is not None
    assert article.dateline.text == place


@pytest.mark.parametrize("opener", ["Ayer", "Hoy", "Sí", "Indeed", "Además", "Sin Embargo", "Por Eso"])
def test_sentence_opener_closed_by_a_full_stop_is_no_place(opener: str) -> None:
    paragraph = f"{opener}. {_LEDE}"
    assert _header.dateline(paragraph, 0, len(paragraph), first=True) is None


def test_place_closed_by_a_full_stop_past_the_first_paragraph_is_no_dateline() -> None:
    paragraph = f"Tokio. {_LEDE}"
    assert _header.dateline(paragraph, 0, len(paragraph)) is None
    article = parse_article(f"{_HEADLINE}\n\n{_MORE}\n\n{paragraph}\n")
    assert article.dateline is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tokio. Breve.",  # no sentence of story prose after it
        "Tokio. la agencia declaró este martes la alerta en las islas tras un sismo.",  # no capital
        "Nueva York Ciudad Capital. La agencia declaró este martes la alerta en las islas tras un sismo.",
    ],
)
def test_full_stop_place_needs_a_short_name_and_a_sentence(paragraph: str) -> None:
    assert _header.dateline(paragraph, 0, len(paragraph), first=True) is None
