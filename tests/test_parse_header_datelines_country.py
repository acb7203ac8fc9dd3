"""A country after the dateline's place, before the agency, is part of the dateline in any script.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _header


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("TOKIO, Japón.(EFE).- Un terremoto de 7 grados se produjo este sábado en el mar.", "TOKIO"),
        ("TOKIO, Japan.(EFE).- Un terremoto de 7 grados se produjo este sábado en el mar.", "TOKIO"),
        ("BRUSELAS, Bélgica (EFE) - El gobierno anunció este lunes nuevas medidas.", "BRUSELAS"),
    ],
)
def test_a_country_between_place_and_agency(line: str, place: str) -> None:
    found = _header.dateline(line, 0, len(line), first=True)
    assert found is not None
    assert place == line[found.place[0] : found.place[1]]
