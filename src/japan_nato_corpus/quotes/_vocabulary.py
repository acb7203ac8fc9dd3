"""The vocabularies the quote finder reads: each file read once, when first needed, never at import."""

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

_VOCABULARIES = Path(__file__).parents[1] / "vocabularies"
"""The folder of the vocabularies the quote finder reads, each when first needed."""


@functools.cache
def _speech_verbs() -> dict[str, Any]:
    """``speech_verbs.json``: the verbs of saying by language, and the cues of scripts with no capitals."""
    return _read_vocabulary("speech_verbs.json")


@functools.cache
def _function_words() -> dict[str, Any]:
    """``function_words.json``: function words by language (``tools/quote_function_words.py`` builds it)."""
    return _read_vocabulary("function_words.json")


@functools.cache
def _date_words() -> dict[str, Any]:
    """``date_words.json``: month and weekday names (from CLDR)."""
    return _read_vocabulary("date_words.json")


def _read_vocabulary(name: str) -> dict[str, Any]:
    """One vocabulary file, read as JSON."""
    loaded: dict[str, Any] = json.loads((_VOCABULARIES / name).read_text(encoding="utf-8"))
    return loaded


def _curated() -> dict[str, Any]:
    """The curated lists of ``function_words.json`` (``lists``), by name."""
    curated: dict[str, Any] = _function_words()["lists"]
    return curated


@functools.cache
def _word_lists() -> dict[str, frozenset[str]]:
    """Each curated list of words, with the words of the lists it names in ``with``, by name."""
    curated = {
        name: entry for name, entry in _curated().items() if "words" in entry or "by_language" in entry
    }

    def words(name: str) -> frozenset[str]:
        entry = curated[name]
        own = entry.get("words") or [w for found in entry["by_language"].values() for w in found]
        return frozenset(own).union(*(words(other) for other in entry.get("with", ())))

    return {name: words(name) for name in curated}


class _Words:
    """The curated word lists as attributes (``WORDS.determiners``), read from their file on first use.

    A list is set on the instance when the file is read, so that each later use is a plain attribute.
    """

    def __getattr__(self, name: str) -> frozenset[str]:
        lists = _word_lists()
        if name not in lists:
            msg = f"no word list {name!r} in function_words.json"
            raise AttributeError(msg)
        self.__dict__.update(lists)
        return lists[name]


WORDS = _Words()
"""The curated word lists of ``function_words.json``, by name: ``WORDS.determiners``."""


@functools.cache
def _openers_by_language() -> Mapping[str, frozenset[str]]:
    """The function words and sentence adverbs that open a sentence and never name a speaker, by language."""
    entry = _curated()["openers"]["by_language"]
    return MappingProxyType({language: frozenset(words) for language, words in entry.items()})


@functools.cache
def _same_title_nouns() -> tuple[frozenset[str], ...]:
    """Groups of title nouns that name one office across the languages of the cues."""
    return tuple(frozenset(group) for group in _curated()["same_title_nouns"]["groups"])


@functools.cache
def _title_abbreviations() -> Mapping[str, str]:
    """Titles written short (``PM``), to the title in full."""
    return MappingProxyType(dict(_curated()["title_abbreviations"]["names"]))


@functools.cache
def _function_word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The function words of the languages other than English, and those of English and of them alone."""
    data = _function_words()
    lists = {language: frozenset(words) for language, words in data["languages"].items()}
    english = lists.pop("en")
    others = frozenset().union(*lists.values())
    return others, english - others, others - english


@functools.cache
def _month_names() -> frozenset[str]:
    """The month names of ``date_words.json`` (from CLDR), folded."""
    return frozenset(_date_words()["months"])


@functools.cache
def _language_function_words() -> Mapping[str, frozenset[str]]:
    """The function words of each language, from the file of function words."""
    data = _function_words()["languages"]
    return MappingProxyType({str(language): frozenset(words) for language, words in data.items()})


@functools.cache
def _pronoun_genders() -> Mapping[str, str]:
    """The gender a pronoun gives whom it stands for: ``he`` ``m``, ``elle`` ``f``."""
    return MappingProxyType(dict(_curated()["pronoun_genders"]["names"]))
