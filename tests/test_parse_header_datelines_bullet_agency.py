"""The dateline reader on a place and its agency set off by a bullet, alone under the headline.

A news agency's site prints ``Київ • УНН`` (the place, a bullet, the agency's initials) between the
headline and the standfirst. The place is the dateline in any cased script; words in capitals
after the bullet that are no initials, or a name, are not. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_STANDFIRST = (
    "Японія розглядає можливості підтримки України в питаннях гарантій безпеки, дотримуючись"
    " конституційних обмежень, заявив прем'єр-міністр."
)
_STORY = (
    "Японія розглядає, як вона може підтримати Україну в питаннях гарантій безпеки, водночас"
    " дотримуючись власних конституційних обмежень. Про це повідомляє агентство з посиланням на уряд."
)


def test_place_and_agency_after_a_bullet_is_the_dateline() -> None:
    head = " date 2025-08-19 Японія обмірковує свою роль у безпеці України"
    text = f"{head}\nКиїв • УНН\n{_STANDFIRST}\n{_STORY}\n"
    article = parse_article(text, id="bullet-dateline")
    assert article.dateline is not None
    assert article.dateline.text == "Київ"


@pytest.mark.parametrize(("line", "place"), [("Київ • УНН", "Київ"), ("Warszawa • PAP", "Warszawa")])
def test_bullet_dateline_reads_place_and_agency(line: str, place: str) -> None:
    found = _header.lone_dateline(line, 0, len(line))
    assert found is not None
    assert line[slice(*found.place)] == place
    assert found.agency == line.rsplit(" ", 1)[1]


@pytest.mark.parametrize("line", ["Київ • новини", "Jane Doe • AP", "Home • News"])
def test_bullet_line_without_initials_or_with_a_name_is_no_dateline(line: str) -> None:
    assert _header.lone_dateline(line, 0, len(line)) is None
