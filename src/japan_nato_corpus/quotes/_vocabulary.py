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
