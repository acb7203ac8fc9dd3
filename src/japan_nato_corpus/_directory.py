"""Reading and writing a whole corpus directory through the converter, all or nothing."""

import json
from pathlib import Path
from typing import Any, TypeVar

from japan_nato_corpus import converter
from japan_nato_corpus._files import decode, read_bytes, verified
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import IntegrityError, SchemaError
from japan_nato_corpus.integrity import COLLECTIONS, check
from japan_nato_corpus.model import Actor, Agreement, Article, Event, Manifest

T = TypeVar("T")
_TYPES: dict[str, type[Any]] = {"actors": Actor, "events": Event, "agreements": Agreement}


def read_corpus(directory: Path) -> Corpus:
    """Every record of the corpus at ``directory``, checked; raises on the first bad file."""
    manifest = converter.loads(read_bytes(directory, "manifest.json"), Manifest, source="manifest.json")
    texts = {
        doc.id: decode(verified(directory, doc.path, doc.sha256), doc.path) for doc in manifest.documents
    }
    articles = _read_articles(directory, manifest, texts)
    records = {name: _read_records(directory, name, _TYPES[name]) for name in COLLECTIONS}
    corpus = Corpus(manifest=manifest, articles=articles, **records)
    problems = check(corpus)
    if problems:
        raise IntegrityError(str(directory), problems)
    return corpus


def _read_articles(directory: Path, manifest: Manifest, texts: dict[str, str]) -> tuple[Article, ...]:
    source = "articles.json"
    if not (directory / source).exists():
        from japan_nato_corpus.parse import parse_article  # noqa: PLC0415 - parsing is costly to import

        return tuple(
            parse_article(
                texts[doc.id], id=doc.id, publisher=doc.publisher, original_source=doc.original_source
            )
            for doc in manifest.documents
        )
    records = converter.loads(read_bytes(directory, source), list[dict[str, Any]], source=source)
    problems = []
    for index, record in enumerate(records):
        text = texts.get(str(record.get("id")))
        if text is None:
            problems.append(f"$[{index}].id: article {record.get('id')!r} has no document in manifest.json")
        record["text"] = text
    missing = texts.keys() - {record.get("id") for record in records}
    problems += [f"document {id_!r} has no article" for id_ in sorted(missing)]
    if problems:
        raise IntegrityError(source, problems)
    return converter.structure(records, tuple[Article, ...], source=source)


def _read_records(directory: Path, name: str, cls: type[T]) -> tuple[T, ...]:
    as_json, as_lines = f"{name}.json", f"{name}.jsonl"
    if (directory / as_json).exists() and (directory / as_lines).exists():
        raise SchemaError(as_json, [f"both {as_json} and {as_lines} exist; keep one"])
    if (directory / as_lines).exists():
        return converter.loads_lines(read_bytes(directory, as_lines), cls, source=as_lines)
    if (directory / as_json).exists():
        return converter.loads(read_bytes(directory, as_json), tuple[cls, ...], source=as_json)  # type: ignore[valid-type]
    return ()


def write_corpus(corpus: Corpus, directory: Path) -> None:
    """Write ``corpus`` in the corpus directory layout, replacing its files there."""
    (directory / "documents").mkdir(parents=True, exist_ok=True)
    for article in corpus.articles:
        (directory / "documents" / f"{article.id}.txt").write_bytes(article.text.encode("utf-8"))
    _write_json(directory / "manifest.json", converter.unstructure(corpus.manifest))
    snapshot = [{k: v for k, v in converter.unstructure(a).items() if k != "text"} for a in corpus.articles]
    _write_json(directory / "articles.json", snapshot)
    for name in COLLECTIONS:
        _write_json(directory / f"{name}.json", converter.unstructure(tuple(getattr(corpus, name))))


def _write_json(path: Path, value: object) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
