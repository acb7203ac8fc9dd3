"""The reader leaves no reference cycles: a page and its records are freed as the parse returns.

Above ``LARGE_INPUT`` characters the cycle collector is paused while a page is read, so anything
the parse ties into a cycle outlives it: the page's working records (every note's number and
offsets, every paragraph's span) would wait for the collector's first pass after the parse, and
that pass would walk them all. With no cycles, reference counting frees them as the parse returns,
and the collector finds nothing left to collect.
"""

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _reader
from japan_nato_corpus.parse._limits import LARGE_INPUT
from japan_nato_corpus.parse._page import Page

_DATA = Path(__file__).parents[1] / "src" / "japan_nato_corpus" / "data"
_DOCUMENTS = sorted((_DATA / "documents").glob("*.txt"))

_NOTES = "Title line\n" + "2014/05/06 3:07pm EDT\n06.05.2014\n[12] 12. 1)\n" * 2000
_COMMENTS = (
    "Ministers agree on a new maritime plan\n\n"
    + "Ministers met on Tuesday to talk of ports.\n\n" * 4
    + "Comments (4)\nJane Doe wrote:\nMay 06, 2014 3:07pm EDT -- Report as abuse\n" * 1500
)
_LINES = (
    "Title line\n" + "By Jane Doe And John Roe\nBRUSSELS (Reuters) -\nTokyo Foundation Senior Fellow\n" * 1500
)


@pytest.fixture(name="collector_off")
def fixture_collector_off() -> Iterator[None]:
    """The cycle collector off, and the garbage of earlier tests collected, for one test."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_PACKAGE = str(Path(_reader.__file__).parents[1])


def _ours(thing: object) -> bool:
    """Whether ``thing`` is the package's: an instance of its classes, or a frame, function or
    generator running its code. Another thread's garbage (the test runner's) is none of these."""
    code = (
        getattr(thing, "f_code", None) or getattr(thing, "__code__", None) or getattr(thing, "gi_code", None)
    )
    if code is not None:
        return str(getattr(code, "co_filename", "")).startswith(_PACKAGE)
    return type(thing).__module__.startswith("japan_nato_corpus")


def _cycles_left_by_parsing(text: str) -> int:
    """How many of the package's objects in reference cycles a parse of ``text`` leaves, the
    collector off.

    A first parse, before the count, loads what the parser reads lazily (its vocabularies, the
    patterns it compiles on first use) and refills the pattern cache that other tests' patterns
    may have pushed them out of: their one-off cycles are no garbage of the parse itself. The
    count keeps only the package's objects: the test runner's own threads may leave garbage of
    theirs while the page is read.
    """
    parse_article(text)
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        parse_article(text)
        gc.collect()
        return sum(1 for thing in gc.garbage if _ours(thing))
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()


def test_a_cycle_of_the_packages_objects_is_counted() -> None:
    """The count sees a cycle the package's objects make, so that a zero above means something."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        page = Page("Title line\n\nA story.")
        holder: list[object] = [page]
        holder.append(holder)
        del page, holder
        gc.collect()
        assert any(_ours(thing) for thing in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


@pytest.mark.parametrize("path", _DOCUMENTS, ids=[path.stem for path in _DOCUMENTS])
def test_parsing_a_document_leaves_no_garbage_cycles(path: Path) -> None:
    assert _cycles_left_by_parsing(path.read_text(encoding="utf-8")) == 0


@pytest.mark.parametrize("text", [_NOTES, _COMMENTS, _LINES], ids=["notes", "comments", "lines"])
def test_parsing_a_large_page_leaves_no_garbage_cycles(text: str) -> None:
    assert len(text) > LARGE_INPUT  # the collector is paused while this page is read
    assert _cycles_left_by_parsing(text) == 0


@pytest.mark.usefixtures("collector_off")
def test_the_page_is_freed_once_read() -> None:
    page = Page(_NOTES)
    _reader._read_lines(page, _reader._lines(_NOTES))
    article = page.article(id="article-x", publisher=None, original_source=None)
    freed = weakref.ref(page)
    del page
    assert freed() is None
    assert len(article.footnotes) > 1000  # the notes outlive their page, in the article
