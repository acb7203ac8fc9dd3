"""The body's steps test every paragraph at once, with cheap tests first: each gives the answer of
its paragraph-by-paragraph reading on arbitrary lines.

Each reference below is the reading one paragraph at a time that the pass over all of them
stands for.
"""

import collections
import itertools

from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus.parse import _page

# Lines drawn from pieces that the steps look for (sentence ends, note marks, sign-offs, comment
# heads, signatures, list marks), in any order, so that every branch of each test is reached.
_PIECES = st.sampled_from(
    [
        "a", "B", " ", ".", ":", "]", ")", "[1]", "[iv]", "(AP)", "(*)", "Posted by", "posted BY",
        "POSTED BY ", " at May 5 2009", "1. ", "1) ", "2. ", "Anonymous", " says", " said", " wrote",
        " commented", ":", "...", "…", "Heipel", "x" * 40, "word " * 6, "İ", "ſ", "K", "\u212a",
    ]
)  # fmt: skip
_LINE = st.lists(_PIECES, max_size=12).map("".join).map(str.strip)
_LINES = st.lists(_LINE, min_size=1, max_size=12)
_REPEATED = st.lists(
    st.sampled_from(["One.", "Two", "Three is a longer line than twenty", "Three is"]), min_size=3
)


@given(_LINES)
def test_a_run_of_fragments_is_counted_as_is_fragment_counts_it(lines):
    expected = sum(1 for _ in itertools.takewhile(_page._is_fragment, reversed(lines)))
    assert _page._fragment_run(lines) == expected


@given(st.lists(st.text(max_size=8), min_size=1, max_size=10))
def test_a_run_of_fragments_of_any_characters_is_counted_as_is_fragment_counts_it(lines):
    expected = sum(1 for _ in itertools.takewhile(_page._is_fragment, reversed(lines)))
    assert _page._fragment_run(lines) == expected


def _repeat_end_one_by_one(texts: list[str]) -> int:
    # The reading from the end, a paragraph at a time, with a count of each text left.
    seen = collections.Counter(texts)
    end = len(texts)
    last = texts[-1]
    if (
        seen[last] == 1
        and len(last) >= _page.REPEAT_CHARS
        and _page._SENTENCE_END.search(last) is None
        and any(other.startswith(last) for other in texts[:-1])
    ):
        end -= 1
        seen[last] -= 1
    while end > 1 and seen[texts[end - 1]] > 1:
        seen[texts[end - 1]] -= 1
        end -= 1
    return end


@given(_REPEATED)
def test_the_repeat_at_the_end_starts_where_a_paragraph_by_paragraph_count_has_it(texts):
    assert _page._repeat_end(texts) == _repeat_end_one_by_one(texts)


@given(st.lists(_LINE, min_size=3, max_size=10))
def test_the_repeat_of_any_lines_starts_where_a_paragraph_by_paragraph_count_has_it(texts):
    assert _page._repeat_end(texts) == _repeat_end_one_by_one(texts)


@given(_LINES)
def test_signature_lines_are_those_each_line_s_test_finds(lines):
    expected = [
        i
        for i, line in enumerate(lines)
        if i
        and len(line) <= _page._HEAD_LINE_CHARS
        and line[:9].lower() == "posted by"
        and _page._POSTED_BY.fullmatch(line) is not None
    ]
    assert _page._signature_lines(lines, [line[:1] for line in lines]) == expected


def test_only_p_in_either_case_is_a_p_in_lower_case():
    # What the signatures' opening test stands on: no other character lowers to "p".
    assert {chr(c) for c in range(0x110000) if chr(c).lower() == "p"} == _page._SIGNATURE_OPENINGS


@given(_LINES)
def test_comment_heads_are_those_each_line_s_test_finds(lines):
    expected = [
        i
        for i, line in enumerate(lines)
        if i
        and len(line) <= _page._HEAD_LINE_CHARS
        and line.endswith(_page._HEAD_ENDS)
        and _page._comment_author(line) is not None
    ]
    assert _page._comment_heads(lines) == expected


@given(_LINES)
def test_first_items_are_the_lines_that_open_with_one_and_its_mark(lines):
    expected = [i for i, line in enumerate(lines) if i and line[:2] in _page._FIRST_ITEM]
    assert list(_page._first_items(lines, [line[:1] for line in lines])) == expected


@given(st.lists(st.text(max_size=3), min_size=1, max_size=8))
def test_first_items_of_any_characters_are_the_lines_that_open_with_one_and_its_mark(lines):
    expected = [i for i, line in enumerate(lines) if i and line[:2] in _page._FIRST_ITEM]
    assert list(_page._first_items(lines, [line[:1] for line in lines])) == expected
