"""Reading a text of many dates looks at each date's neighbourhood only, never at all the text before it.

The time itself is measured in ``benchmarks/bench_parse.py``; these tests check the mechanisms
that keep it linear: the year carried along to the dates without one, the bounded look for the
word ``date`` before a date that needs a label, and the gate of the labels' search.
"""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import dates
from japan_nato_corpus.dates import find_dates
from japan_nato_corpus.model import PartialDate


def test_a_date_without_a_year_takes_the_last_year_given_before_it() -> None:
    text = "Signed on May 5, 2014. Met on June 6 and on July 7. In 2016 met on 3 March 2015, and on 4 April."
    found = find_dates(text, bare_years=False)
    assert [(match.text, match.date, match.year_from) for match in found] == [
        ("May 5, 2014", PartialDate(year=2014, month=5, day=5), "text"),
        ("June 6", PartialDate(year=2014, month=6, day=6), "context"),
        ("July 7", PartialDate(year=2014, month=7, day=7), "context"),
        ("3 March 2015", PartialDate(year=2015, month=3, day=3), "text"),
        ("4 April", PartialDate(year=2015, month=4, day=4), "context"),
    ]


def test_a_carried_year_is_never_carried_on() -> None:
    # The first yearless date takes the year of the date after it; the next takes none from it.
    text = "On June 6 and July 7, 2014.\n" + "Then on May 5 and on " * 10 + "the end."
    found = find_dates(text)
    assert [(match.text, match.year_from) for match in found] == [
        ("June 6", "context"),
        ("July 7, 2014", "text"),
        *[("May 5", "context")] * 10,
    ]
    assert all(match.date.year == 2014 for match in found)


@given(st.integers(1, 300))
def test_the_word_date_is_looked_for_only_right_before_a_date(count: int) -> None:
    seen: list[tuple[int, int]] = []
    searched = dates._DATE_WORD

    def recording(text: str, start: int, end: int):
        seen.append((start, end))
        return searched(text, start, end)

    text = "date 2015-06 " + "and 2015-07 " * count
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_DATE_WORD", recording)
        found = find_dates(text)
    assert [match.text for match in found] == ["2015-06"]
    assert len(seen) == count + 1  # each date looks, the first finds the word
    assert all(end - start <= dates._DATE_WORD_CHARS for start, end in seen)


def _labels() -> list[str]:
    shipped = json.loads(dates._WORDS.read_text(encoding="utf-8"))
    words = {
        word for languages in shipped["labels"].values() for group in languages.values() for word in group
    }
    return sorted(words | {"Published", "Last updated on", "Posted at", "First published"})


@pytest.mark.parametrize("gap", [" ", ": ", ":", "  ", " : "])
def test_every_label_passes_the_labels_gate(gap: str) -> None:
    # Wherever the labels' search finds a label ending a text, the gate lets the search run.
    found = 0
    for label in _labels():
        text = f"{label}{gap}"
        if dates._words().label.search(text) is None:
            continue  # an English word the label search leaves to parse_date ("date")
        found += 1
        assert dates._LABEL_TAIL(text, max(0, len(text) - dates._LABEL_TAIL_CHARS), len(text)) is not None, (
            text
        )
    assert found >= len(_labels()) - 5


@pytest.mark.parametrize("before", ["(", "12 ", "--- ", "[3] ", "» "])
def test_a_date_with_no_letter_before_it_has_no_label(before: str) -> None:
    found = find_dates(f"{before}2014-05-06")
    assert [(match.text, match.label) for match in found] == [("2014-05-06", "")]
