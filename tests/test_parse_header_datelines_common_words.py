"""A dateline's place is a place: never an outlet's name of common words the story writes in lower
case, nor an organisation's initials the story writes in capitals again.

The lines are written for these tests.
"""

from japan_nato_corpus.parse import _header

_AFTER = (
    " The quake was not felt on the main islands, and the weather service said no damage was reported"
    " along the coast of the peninsula."
)


def _place(text: str) -> str | None:
    end = text.find("\n") if "\n" in text else len(text)
    found = _header.dateline(text, 0, end, first=True)
    return None if found is None else text[found.place[0] : found.place[1]]


def test_an_outlet_of_common_words_is_no_place() -> None:
    line = "Coast Weather - According to the agency, a small tsunami was detected near the island." + _AFTER
    assert _place(line) is None


def test_a_place_of_words_never_written_in_lower_case() -> None:
    line = "Port Moresby - According to the agency, a small tsunami was detected near the island." + _AFTER
    assert _place(line) == "Port Moresby"


def test_a_known_place_of_common_words_is_a_place() -> None:
    line = "New Zealand - According to the agency, the new zealand weather service issued a warning." + _AFTER
    assert _place(line) == "New Zealand"


def test_initials_written_again_in_capitals_are_no_place() -> None:
    text = (
        "ACME: il segretario generale della ACME ha detto che la cooperazione con il Giappone cresce.\n"
        "I ministri della ACME si sono riuniti a Bruxelles per discutere della sicurezza."
    )
    assert _place(text) is None


def test_a_place_in_capitals_named_again_in_title_case() -> None:
    text = (
        "OSAKA: il segretario generale ha detto che la cooperazione con il Giappone cresce.\n"
        "I ministri si sono riuniti a Osaka per discutere della sicurezza."
    )
    assert _place(text) == "OSAKA"
