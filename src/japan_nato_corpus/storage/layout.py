"""The corpus directory layout: which files a corpus directory holds, and what each holds.

A corpus directory holds::

    manifest.json              what documents there are, with sha256 and sources
    documents/<id>.txt         the raw texts, UTF-8
    articles.json              the parsed articles, without their text (optional:
                               documents are parsed when it is absent)
    actors.json  events.json  agreements.json  quotes.json
                               curated records, as JSON arrays (or ``.jsonl``
                               files with one record a line); each optional
"""

from typing import Any

from japan_nato_corpus import model

__all__ = ["ARTICLES", "ARTICLE_LINES", "COLLECTIONS", "CURATED", "DOCUMENTS", "MANIFEST", "record_type"]

MANIFEST = "manifest.json"
"""The file naming every document, with its sha256 and source."""

DOCUMENTS = "documents"
"""The folder of raw texts, one ``<id>.txt`` per document."""

ARTICLES = "articles.json"
"""The parsed articles, without their text (which is read from ``documents/``)."""

CURATED = ("actors", "events", "agreements", "quotes")
"""The curated collections, each stored as ``<name>.json`` or ``<name>.jsonl``."""

COLLECTIONS = ("articles", *CURATED)
"""Every collection of a corpus, by its attribute name on :class:`~japan_nato_corpus.Corpus`."""

_RECORD_TYPES = {"actors": "Actor", "events": "Event", "agreements": "Agreement", "quotes": "Quote"}


def record_type(name: str) -> type[Any]:
    """The record type of the curated collection ``name`` (``Event`` for ``"events"``).

    Read from :mod:`japan_nato_corpus.model` when asked, which imports a record's
    module on its first use: a first answer about events makes no quote class.

    Raises:
        KeyError: ``name`` is none of :data:`CURATED`.
    """
    found: type[Any] = getattr(model, _RECORD_TYPES[name])
    return found


ARTICLE_LINES = "articles.jsonl"
"""The parsed articles as JSON Lines, one a line: read in place of ``articles.json``."""
