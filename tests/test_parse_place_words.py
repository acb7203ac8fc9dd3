"""The place names the dateline reader knows, and the file they ship in."""

import json
import pathlib

from japan_nato_corpus.parse import _header

VOCABULARY = (
    pathlib.Path(__file__).parent.parent / "src" / "japan_nato_corpus" / "vocabularies" / "place_words.json"
)


class TestShippedFile:
    """The shipped place names are what Babel's CLDR data gives."""

    def test_the_file_is_what_babel_gives(self) -> None:
        from tools.place_words import PATH, build  # Babel is a test dependency: no skip without it

        assert PATH.read_text(encoding="utf-8") == build()

    def test_names_are_case_folded_and_of_three_letters_or_more(self) -> None:
        places = json.loads(VOCABULARY.read_text(encoding="utf-8"))["places"]
        assert all(name == name.casefold() and len(name) >= 3 for name in places)
        assert places == sorted(places)


class TestKnownPlace:
    """A city or a country in another language or another case is known; a common word is not."""

    def test_cities_and_countries_in_several_languages(self) -> None:
        for name in ("Tokio", "Bruxelles", "Japón", "Vereinigte Staaten", "United states", "SEOUL"):
            assert _header.is_known_place(name), name

    def test_words_that_name_no_place(self) -> None:
        for name in ("Weather", "Details", "NATO", "Island"):
            assert not _header.is_known_place(name), name
