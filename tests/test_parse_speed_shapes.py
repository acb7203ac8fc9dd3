"""The parser's bulk paths read every page as its line-by-line steps do.

The reader takes three shortcuts for speed: a settled body line that no reader may claim by its
shape, a run of notes (read off the text to the line that ends it), and the reader comments (read
to the end of the page in one loop). With ``bulk=False`` every line goes through the reader's steps
instead; the articles must be equal, on the labelled pages and on pages made of lines that switch
the reader from one mode to another.
"""

import functools
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.model import Article
from japan_nato_corpus.parse import _reader, parse_article

PAGES = sorted((Path(__file__).parent / "pages").rglob("*.txt"))

LINES = (
    "Title line",
    "Japan and NATO agreed on Tuesday to deepen their cooperation on cyber defence and space.",
    "The ministers met in Brussels, where they spoke for an hour.",
    "By Jane Doe And John Roe",
    "BRUSSELS (Reuters) -",
    "Tokyo Foundation Senior Fellow",
    "Notes",
    "References:",
    "[1] A note on the first source.",
    "[12] 12. 1)",
    "2. A numbered note",
    "06.05.2014",
    "2014/05/06 3:07pm EDT",
    "a note's second line",
    "Comments (4)",
    "Jane Doe wrote:",
    "May 06, 2014 3:33pm EDT -- Report as abuse",
    "Related articles",
    "• Jane Doe",
    "Photo: Kyodo",
    "The ship at sea. (AP Photo/John Roe)",
    "Share this article",
    "Read more:",
    "https://example.org/news",
    "Copyright 2024 Example News. All rights reserved.",
    "Short teaser line",
)


_read_lines = _reader._read_lines


def _read(text: str, *, bulk: bool) -> Article | str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_reader, "_read_lines", functools.partial(_read_lines, bulk=bulk))
        try:
            return parse_article(text)
        except ParseError as error:
            return str(error)


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem)
def test_labelled_pages_read_alike(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _read(text, bulk=True) == _read(text, bulk=False)


_FIELD = st.integers(0, 99).map(str)
_YEAR = st.integers(1990, 2030).map(str)
VARIED = st.one_of(
    st.builds("May {}, {} {}:{}pm EDT -- Report as abuse".format, _FIELD, _YEAR, _FIELD, _FIELD),
    st.builds("Comments ({})".format, _FIELD),
    st.builds("[{}] {}. {})".format, _FIELD, _FIELD, _FIELD),
    st.builds("{}.{}.{}".format, _FIELD, _FIELD, _YEAR),
    st.builds("{}/{}/{} {}:{}pm EDT".format, _YEAR, _FIELD, _FIELD, _FIELD, _FIELD),
)
"""Lines of the kinds above with their numbers drawn afresh, so that no reading is remembered."""


@given(
    lines=st.lists(st.sampled_from(LINES) | VARIED, min_size=1, max_size=90),
    gaps=st.lists(st.sampled_from(("\n", "\n\n", "\r\n", "\u2028", " \n \n")), min_size=90, max_size=90),
)
def test_mixed_lines_read_alike(lines: list[str], gaps: list[str]) -> None:
    text = "".join(line + gap for line, gap in zip(lines, gaps, strict=False))
    assert _read(text, bulk=True) == _read(text, bulk=False)


@pytest.mark.parametrize("tail", ["body", "notes", "comments"])
def test_runs_past_the_header_zone_read_alike(tail: str) -> None:
    # A page long enough that its settled body, notes and comments stand past the header zone,
    # where notes and comments are read straight off the text; the runs are broken by blank
    # lines and by lines of other kinds, so that the reader leaves them and comes back.
    prose = LINES[1] + "\n" + LINES[2] + "\n"
    runs = {
        "body": "A ship at sea in the bay\nPhoto: Kyodo\n" + prose + "Share this article\n"
        "By Jane Doe And John Roe\n" + prose + "The ship at sea. (AP Photo/John Roe)\n",
        "notes": "Notes\n[1] A note.\ncontinued\n2. Another\n\nA paragraph after the notes.\n"
        "[3] Back.\n\n\n4) x\n",
        "comments": "Comments (4)\nJane Doe wrote:\nA reader's word.\n"
        "May 06, 2014 3:07pm EDT -- Report as abuse\n",
    }
    text = "Title line\n\n" + prose * 20 + runs[tail] * 30 + "The end of the page."
    calls: list[str] = []
    spied = {name: getattr(_reader, name) for name in ("_read_notes", "_read_comments")}
    with pytest.MonkeyPatch.context() as patch:
        for name, read in spied.items():
            patch.setattr(_reader, name, functools.partial(_spy, calls, name, read))
        bulk = _read(text, bulk=True)
    assert bulk == _read(text, bulk=False)
    loop = {"notes": "_read_notes", "comments": "_read_comments"}.get(tail)  # the body has none
    assert loop is None or loop in calls


def _spy(calls: list[str], name: str, read: Callable[..., object], *args: object) -> object:
    calls.append(name)
    return read(*args)


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\r\n\u2028\u2029\x85\x1c\u3000\xa0 "])
def test_a_blank_text_is_refused(text: str) -> None:
    # The input check asks str.isspace (a 10 MB page is not copied): every kind of space is blank.
    with pytest.raises(ParseError, match="empty or blank"):
        parse_article(text)
