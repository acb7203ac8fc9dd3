"""The quote finder's curated word lists: data in ``vocabularies/function_words.json``, read on first use."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus.quotes import FUNCTION_WORDS_BY_LANGUAGE
from japan_nato_corpus.quotes._vocabulary import WORDS, _same_title_nouns, _title_abbreviations

FUNCTION_WORDS = Path(jnc.__file__).parent / "vocabularies" / "function_words.json"
LISTS = json.loads(FUNCTION_WORDS.read_text(encoding="utf-8"))["lists"]


class TestCuratedLists:
    """Each curated list says what its words do and names only lists that exist."""

    @pytest.mark.parametrize("name", sorted(LISTS))
    def test_each_list_says_what_its_words_do(self, name: str) -> None:
        assert LISTS[name]["about"].strip()

    @pytest.mark.parametrize("name", sorted(n for n, entry in LISTS.items() if "with" in entry))
    def test_a_list_with_another_holds_all_its_words(self, name: str) -> None:
        for other in LISTS[name]["with"]:
            assert getattr(WORDS, other) <= getattr(WORDS, name)

    @pytest.mark.parametrize("name", sorted(n for n, entry in LISTS.items() if "words" in entry))
    def test_the_words_are_lowercase_and_sorted(self, name: str) -> None:
        words = LISTS[name]["words"]
        assert sorted(words) == words
        assert [w.lower() for w in words] == words

    def test_an_unknown_list_is_an_attribute_error(self) -> None:
        with pytest.raises(AttributeError, match="no word list 'nonesuch'"):
            _ = WORDS.nonesuch


class TestShapedLists:
    """The lists that are no set of words keep their shape: groups, short forms, words by language."""

    def test_the_openers_by_language_are_the_public_mapping(self) -> None:
        expected = {language: frozenset(words) for language, words in LISTS["openers"]["by_language"].items()}
        assert expected == dict(FUNCTION_WORDS_BY_LANGUAGE)
        assert WORDS.openers == frozenset().union(*expected.values())

    def test_a_group_of_title_nouns_names_one_office_in_many_languages(self) -> None:
        (group,) = _same_title_nouns()
        assert {"spokesperson", "portavoz", "rzecznik"} <= group

    def test_a_short_title_stands_for_the_title_in_full(self) -> None:
        assert "Prime Minister" == _title_abbreviations()["PM"]


def test_importing_the_quote_finder_reads_no_vocabulary() -> None:
    code = (
        "import japan_nato_corpus.quotes as q\n"
        "from japan_nato_corpus.quotes import _vocabulary as v\n"
        "assert not vars(v.WORDS)\n"
        "read = (v._speech_verbs, v._function_words, v._date_words)\n"
        "assert all(f.cache_info().currsize == 0 for f in read)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert 0 == result.returncode, result.stderr
