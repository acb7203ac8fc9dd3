"""Consistency checks of a corpus: unique ids, references that resolve, quotes that match."""

from collections.abc import Iterator, Sequence

import attrs
from attrs import AttrsInstance

from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.model import REFERS_TO, Evidence

__all__ = ["COLLECTIONS", "check"]

COLLECTIONS = ("actors", "events", "agreements")
"""The curated collections, each stored as ``<name>.json`` or ``<name>.jsonl``."""


def check(corpus: Corpus) -> list[str]:
    """Every problem that makes ``corpus`` inconsistent, one line each; empty if none.

    Checks that ids are unique in each collection, that every reference names a
    record that exists, and that every evidence quote is exactly the article
    text at its offsets. Each line names the file and JSON path.
    """
    ids = {name: getattr(corpus, name).ids for name in ("articles", *COLLECTIONS)}
    problems = [
        f"{name}.json $[{index}].id: duplicate id {id_!r}"
        for name, values in ids.items()
        for index, id_ in _duplicates(values)
    ]
    known = {name: set(values) for name, values in ids.items()}
    texts = {article.id: article.text for article in corpus.articles}
    for name in COLLECTIONS:
        for index, record in enumerate(getattr(corpus, name)):
            for path, part in _walk(record, f"$[{index}]"):
                problems += [f"{name}.json {path}{p}" for p in _record_problems(part, known, texts)]
    return problems


def _duplicates(values: Sequence[str]) -> Iterator[tuple[int, str]]:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            yield index, value
        seen.add(value)


def _walk(record: AttrsInstance, path: str) -> Iterator[tuple[str, AttrsInstance]]:
    """``record`` and every record nested in it, each with its JSON path."""
    yield path, record
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        here = f"{path}.{field.name}"
        if isinstance(value, tuple):
            for position, item in enumerate(value):
                if attrs.has(type(item)):
                    yield from _walk(item, f"{here}[{position}]")
        elif attrs.has(type(value)):
            yield from _walk(value, here)


def _record_problems(
    record: AttrsInstance, known: dict[str, set[str]], texts: dict[str, str]
) -> Iterator[str]:
    for field in attrs.fields(type(record)):
        target = field.metadata.get(REFERS_TO)
        if target is None:
            continue
        value = getattr(record, field.name)
        for ref in value if isinstance(value, tuple) else (value,):
            if ref is not None and ref not in known[target]:
                yield f".{field.name}: no {target.removesuffix('s')} with id {ref!r}"
    if isinstance(record, Evidence) and record.document in texts:
        text = texts[record.document]
        if record.end > len(text):
            yield f": evidence ends at {record.end}, past the end of {record.document} ({len(text)} chars)"
        elif text[record.start : record.end] != record.quote:
            found = text[record.start : record.end]
            yield f": evidence quote {record.quote[:40]!r} is not the text there ({found[:40]!r})"
