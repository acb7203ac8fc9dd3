"""A news site's address in brackets signs off a story it supplied, at its end or on a line alone.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus.parse import _bylines


@pytest.mark.parametrize(
    ("paragraph", "signer"),
    [
        ("Waves of up to six metres could reach the coast near Miyagi. (detik.com)", "detik.com"),
        ("(detik.com)", "detik.com"),
        ("(AFP)", "AFP"),
        ("The quake was felt as far away as Tokyo, officials said. (dpa)", "dpa"),
    ],
)
def test_a_bracketed_agency_or_site_signs_off(paragraph: str, signer: str) -> None:
    found = _bylines.sign_off(paragraph, 0)
    assert found is not None
    assert signer == paragraph[found[0] : found[1]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ministry published its figures on its website. (see below)",
        "(Jane Doe)",
        "(www.example)",
    ],
)
def test_a_bracket_of_no_agency_or_site_signs_nothing(paragraph: str) -> None:
    assert _bylines.sign_off(paragraph, 0) is None
