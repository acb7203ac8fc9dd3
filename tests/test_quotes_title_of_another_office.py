"""A definite title is not the person named before when the actors' offices give them another office."""

import japan_nato_corpus as jnc
from japan_nato_corpus.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, actors=tuple(jnc.load().actors))]


def test_title_goes_to_the_holder_of_its_office_named_after_the_quote() -> None:
    text = (
        '"Nous présumons qu\'il est tombé dans notre zone", a dit Itsunori Onodera à la presse.\n'
        'Le Premier ministre japonais a qualifié "d\'acte violent" le tir de missile.\n'
        '"Nous ne céderons jamais à aucun acte de provocation", a déclaré Shinzo Abe à la presse.'
    )
    assert _speakers(text) == ["itsunori-onodera", "shinzo-abe", "shinzo-abe"]


def test_title_of_the_office_of_the_person_named_before_stays_theirs() -> None:
    text = (
        '"Nous présumons qu\'il est tombé dans notre zone", a dit Itsunori Onodera à la presse.\n'
        'Le ministre de la Défense a qualifié "d\'acte violent" le tir de missile.\n'
        '"Nous ne céderons jamais à aucun acte de provocation", a déclaré Shinzo Abe à la presse.'
    )
    assert _speakers(text)[1] == "itsunori-onodera"


def test_indonesian_bare_stem_before_a_name_is_a_cue() -> None:
    text = (
        "PM Takaichi dalam pernyataan terakhirnya menegaskan pemerintah akan membuat penilaian.\n"
        '"Pihak Jepang harus mengartikulasikan secara jujur apa posisi konsisten itu," tambah Mao Ning.'
    )
    (quote,) = find_quotes(text, actors=())
    assert quote.speaker_words is not None
    assert quote.speaker_words.text == "Mao Ning"
