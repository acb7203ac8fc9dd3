"""The story's dateline is looked for under its first paragraphs only, at a bounded cost per line.

A page of many short stamp lines ("Posted 2014-05-06 10:30 UTC, …") reads each line as a loose
paragraph; how many of the paragraphs so far are prose is counted only while fewer than the
dateline's reach have been read, so the work per line does not grow with the page.
"""

import pytest

from japan_nato_corpus.parse import _reader, parse_article

STAMP_LINE = "Posted 2014-05-06 10:30 UTC, 12/03/2021 and 3.11.12 - Tokyo 2023\n"


def _label_checks(lines: int, monkeypatch: pytest.MonkeyPatch) -> int:
    calls = 0
    loose_label = _reader._loose_label

    def counted(text: str) -> bool:
        nonlocal calls
        calls += 1
        return loose_label(text)

    monkeypatch.setattr(_reader, "_loose_label", counted)
    parse_article("Title line\n" + STAMP_LINE * lines)
    return calls


def test_paragraph_checks_grow_with_the_lines_not_their_square(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _label_checks(200, monkeypatch)
    large = _label_checks(2000, monkeypatch)
    # Ten times the lines: about ten times the checks (a square would give a hundred).
    assert large <= 12 * max(small, 1)


def test_a_dateline_under_the_first_paragraphs_is_still_found() -> None:
    text = (
        "Japan and NATO sign a pact\n"
        "TOKYO (Reuters) - Japan and NATO signed a pact on Tuesday, officials said.\n"
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.text == "TOKYO"
