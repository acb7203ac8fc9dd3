"""Build ``src/japan_nato_corpus/vocabularies/function_words.json`` from the stop-words package.

The quote finder reads a capitalised function word that opens a sentence (``El secretario
general``, ``Lo ha detto``, ``Ha sottolineato``) as the function word it is, never as a speaker's
name, and tells English text from other text by how many of each list's words it holds. The
lists are the stop-word lists of the ``stop-words`` package (its articles, pronouns, auxiliaries,
prepositions and conjunctions, with some common nouns and adjectives among them), kept as the
package gives them, lowercased, one word each, sorted. The package is needed only to build the
file: the library reads the file.

The file's ``lists`` are curated, not generated: the word lists the quote finder reads by the role
of their words (determiners, auxiliaries, prepositions, titles … of the languages of the cues; see
``lists_about`` in the file), which no library gives. They are edited in the file; a build keeps
them as written there, each list's words sorted.

Run from the repository root::

    python -m tools.quote_function_words           # write the file
    python -m tools.quote_function_words --check   # exit 1 if the file is not what the package gives

``tests/test_quotes.py`` runs the check when the package is installed (the ``curate`` and ``test``
extras pin it).
"""

import json
import re
import sys
from importlib.metadata import version
from pathlib import Path

from tools.generated import write_or_check

PATH = Path(__file__).parents[1] / "src" / "japan_nato_corpus" / "vocabularies" / "function_words.json"
LANGUAGES = ("en", "de", "es", "fr", "it", "nl", "pl", "pt")
"""The languages whose cues the quote finder knows, less Indonesian (whose list the finder does
not need: Indonesian capitalises no function word before a name)."""
_ONE_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def build() -> str:
    """The file's text, from the installed ``stop-words`` package."""
    from stop_words import get_stop_words  # noqa: PLC0415 - needed only to build the file

    lists = {
        language: sorted({w.casefold() for w in get_stop_words(language) if _ONE_WORD.fullmatch(w)})
        for language in LANGUAGES
    }
    data = {"source": f"stop-words {version('stop-words')}", "languages": lists, **_curated()}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _curated() -> dict[str, object]:
    """The curated ``lists`` of the file as it stands, each list's words sorted, and their note."""
    current = json.loads(PATH.read_text(encoding="utf-8"))
    lists = {name: _sorted(entry) for name, entry in sorted(current["lists"].items())}
    return {"lists_about": current["lists_about"], "lists": lists}


def _sorted(entry: dict[str, object]) -> dict[str, object]:
    """A curated list with its words, or each language's words, in order."""
    entry = dict(entry)
    if isinstance(entry.get("words"), list):
        entry["words"] = sorted(entry["words"])
    if isinstance(entry.get("by_language"), dict):
        entry["by_language"] = {language: sorted(words) for language, words in entry["by_language"].items()}
    return entry


def main(argv: list[str] | None = None) -> int:
    """Write the file, or with ``--check`` say whether it is up to date."""
    return write_or_check(PATH, build, "tools.quote_function_words", argv)


if __name__ == "__main__":
    sys.exit(main())
