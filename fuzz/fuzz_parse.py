"""Coverage-guided fuzzing of ``parse_article`` with atheris.

Any exception other than :class:`~japan_nato_corpus.CorpusError` is a bug, as is an
article whose spans do not slice its text (the model refuses to build one).

Run from the repository root (see CONTRIBUTING.md)::

    python fuzz/fuzz_parse.py /tmp/fuzz-parse fuzz/seeds/parse -max_total_time=300
"""

# ruff: noqa: INP001 - scripts run by path, not a package

import sys

import atheris

# Let the fuzzer see string comparisons. (The "RegEx" hook breaks compiling patterns on Python 3.11.)
atheris.enabled_hooks.add("str")

with atheris.instrument_imports():
    import japan_nato_corpus as jnc
    from japan_nato_corpus import parse  # noqa: F401 - instrument the parser and what it imports


def test_one_input(data: bytes) -> None:
    """Parse the fuzzer's bytes as text; only a ``CorpusError`` may come out."""
    # Plain UTF-8, so that the seeds (real documents) are read as the documents they are.
    text = data.decode("utf-8", errors="replace")
    try:
        article = jnc.parse_article(text)
    except jnc.CorpusError:
        return
    if article.text != text:
        msg = "the article's text is not the text it was parsed from"
        raise AssertionError(msg)


def main() -> None:
    """Run the fuzzer with the command line's libFuzzer options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
