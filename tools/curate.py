"""Build the shipped JSON of curated knowledge from the TOML files in ``curation/``.

Each curation file holds one collection as an array of tables (``[[actor]]``,
``[[event]]``, ...). Evidence is written as a document id and a quote copied
exactly from that document; ``occurrence`` (1 for the first) is given only
where the quote occurs more than once. The build finds each quote in the
shipped document, fills in half-open offsets, replaces conflict ids by the
conflicts of ``conflicts.toml``, builds the typed records (so every validator
runs), checks that every id a record refers to names a record, and writes
``src/japan_nato_corpus/data/<collection>.json``.

Run from the repository root::

    python -m tools.curate            # write the JSON files
    python -m tools.curate --check    # exit 1 if they differ from what the files give
"""

import argparse
import json
import sys
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from japan_nato_corpus import converter
from japan_nato_corpus.errors import CorpusError
from japan_nato_corpus.model import REFERS_TO, Actor, Agreement, Event, Manifest, Quote

__all__ = ["COLLECTIONS", "CURATION", "DATA", "Collection", "CurationError", "build", "main", "render"]

ROOT = Path(__file__).resolve().parent.parent
CURATION = ROOT / "curation"
"""The folder of curation files."""
DATA = ROOT / "src" / "japan_nato_corpus" / "data"
"""The package's data folder: the documents, the manifest and the generated JSON."""


class CurationError(CorpusError):
    """A curation file that does not match the documents or the other files.

    Its message names the file, the record and the field.
    """


@attrs.frozen
class Collection:
    """One curated collection: the file it is written in and the JSON it becomes.

    Attributes:
        file: The curation file's name in ``curation/``.
        table: The name of its array of tables (``actor`` for ``[[actor]]``).
        record: The record type each table becomes.
        output: The JSON file's path from the data folder. The reference list lies
            beside it (``../reference.json``): it is package data, not part of the
            corpus directory that ``load`` reads.
        reference: Whether the records are of the reference list: marked so,
            given no evidence, and given their ISO 3166 codes from pycountry.
        quotes: Whether the records are quotes, written with their evidence's
            ``document``, ``quote`` and ``occurrence`` at the top level, and
            ``speaker_words`` and ``cue`` as exact words of the same document.
        names: Files of more names for the records, by id and language
            (``[[actor]]`` tables with an ``id`` and an ``[actor.names]`` table),
            added as aliases in the files' order: ``names.toml`` is curated by
            hand, ``reference_names.toml`` written by ``python -m tools.state_names``.
    """

    file: str
    table: str
    record: type
    output: str
    reference: bool = False
    quotes: bool = False
    names: tuple[str, ...] = ()


COLLECTIONS = (
    Collection("actors.toml", "actor", Actor, "actors.json"),
    Collection("events.toml", "event", Event, "events.json"),
    Collection("agreements.toml", "agreement", Agreement, "agreements.json"),
    Collection(
        "reference.toml",
        "actor",
        Actor,
        "../reference.json",
        reference=True,
        names=("names.toml", "reference_names.toml"),
    ),
    Collection("quotes.toml", "quote", Quote, "quotes.json", quotes=True),
)
"""Every collection the build writes, in the order it writes them."""

_CONFLICTS = "conflicts.toml"


@attrs.frozen
class _Place:
    """Where in the curation files a value stands, for error messages."""

    file: str
    record: str
    field: str = ""

    def at(self, field: str | int) -> "_Place":
        step = f"[{field}]" if isinstance(field, int) else (f".{field}" if self.field else field)
        return _Place(self.file, self.record, self.field + step)

    def error(self, message: str) -> CurationError:
        where = f"{self.file}: {self.record}"
        if self.field:
            return CurationError(f"{where}, field {self.field}: {message}")
        return CurationError(f"{where}: {message}")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        msg = f"curation/{path.name}: not TOML: {error}"
        raise CurationError(msg) from error


def _records(curation: Path, file: str, table: str) -> list[tuple[_Place, dict[str, Any]]]:
    tables = _read_toml(curation / file).get(table, [])
    out = []
    for index, record in enumerate(tables):
        label = f"{table} {record['id']!r}" if isinstance(record.get("id"), str) else f"{table} #{index + 1}"
        out.append((_Place(f"curation/{file}", label), record))
    return out


def _documents(data: Path) -> dict[str, str]:
    manifest = converter.loads((data / "manifest.json").read_bytes(), Manifest, source="manifest.json")
    return {doc.id: (data / doc.path).read_bytes().decode("utf-8") for doc in manifest.documents}


def _evidence(place: _Place, item: Mapping[str, Any], texts: Mapping[str, str]) -> dict[str, Any]:
    """The evidence record (with offsets) for one ``{document, quote[, occurrence]}`` table."""
    unknown = set(item) - {"document", "quote", "occurrence"}
    if unknown or "document" not in item or "quote" not in item:
        msg = f"evidence needs a document and a quote, and only an occurrence besides; got {sorted(item)}"
        raise place.error(msg)
    document, quote, occurrence = item["document"], item["quote"], item.get("occurrence")
    if document not in texts:
        msg = f"unknown document {document!r}"
        raise place.error(msg)
    text = texts[document]
    starts = list(_find_all(text, quote)) if quote else []
    if not starts:
        msg = f"quote not found in {document}: {quote!r}"
        raise place.error(msg)
    if occurrence is None:
        if len(starts) > 1:
            msg = f"quote occurs {len(starts)} times in {document}; give an occurrence: {quote!r}"
            raise place.error(msg)
        occurrence = 1
    elif len(starts) == 1:
        msg = f"occurrence given for a quote found once in {document}: {quote!r}"
        raise place.error(msg)
    elif not (isinstance(occurrence, int) and 1 <= occurrence <= len(starts)):
        msg = f"occurrence {occurrence!r} of a quote found {len(starts)} times in {document}"
        raise place.error(msg)
    start = starts[occurrence - 1]
    return {"document": document, "start": start, "end": start + len(quote), "quote": quote}


def _find_all(text: str, quote: str) -> Iterator[int]:
    start = text.find(quote)
    while start != -1:
        yield start
        start = text.find(quote, start + 1)


def _resolve(place: _Place, value: Any, texts: Mapping[str, str], conflicts: Mapping[str, Any]) -> Any:  # noqa: ANN401
    """``value`` in JSON form: evidence with offsets, conflicts for their ids, aliases as tables."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            here = place.at(key)
            if key == "evidence" and isinstance(item, list):
                out[key] = [_evidence(here.at(i), e, texts) for i, e in enumerate(item)]
            elif key == "aliases" and isinstance(item, list):
                # A plain string is an alias with nothing but its name.
                out[key] = [{"name": a} if isinstance(a, str) else a for a in item]
            elif key == "conflicts" and isinstance(item, list):
                out[key] = [_conflict(here.at(i), name, conflicts) for i, name in enumerate(item)]
            else:
                out[key] = _resolve(here, item, texts, conflicts)
        return out
    if isinstance(value, list):
        return [_resolve(place.at(i), item, texts, conflicts) for i, item in enumerate(value)]
    return value


def _conflict(place: _Place, name: object, conflicts: Mapping[str, Any]) -> Any:  # noqa: ANN401
    if not isinstance(name, str) or name not in conflicts:
        msg = f"unknown conflict {name!r} (not in curation/{_CONFLICTS})"
        raise place.error(msg)
    return conflicts[name]


def _load_conflicts(curation: Path, texts: Mapping[str, str]) -> dict[str, Any]:
    conflicts: dict[str, Any] = {}
    for place, record in _records(curation, _CONFLICTS, "conflict"):
        body = {key: value for key, value in record.items() if key != "id"}
        conflicts[record["id"]] = _resolve(place, body, texts, {})
    return conflicts


def _as_reference(place: _Place, plain: dict[str, Any]) -> dict[str, Any]:
    """A reference record's JSON form: marked as such, and a state's ``iso`` code made its codes.

    The codes come from pycountry's copy of ISO 3166-1, so none is typed by hand.
    """
    import pycountry  # noqa: PLC0415 - needed only to build the reference list

    record = {key: value for key, value in plain.items() if key != "iso"}
    if "evidence" in repr(plain):
        raise place.error("a reference record has no evidence in the documents")
    if "iso" in plain:
        country = pycountry.countries.get(alpha_2=plain["iso"])
        if country is None:
            msg = f"no ISO 3166-1 country has the code {plain['iso']!r}"
            raise place.at("iso").error(msg)
        record["codes"] = [country.alpha_2, country.alpha_3]
    record["reference"] = True
    return record


def _as_quote(place: _Place, plain: Mapping[str, Any], texts: Mapping[str, str]) -> dict[str, Any]:
    """A quote's JSON form: its evidence found, its speaker's words and cue found nearest it.

    ``speaker_words`` and ``cue`` are exact words of the quote's document; of their
    occurrences outside the quoted words, the one nearest the quote is taken (the
    one before it on a tie).
    """
    evidence_keys = ("document", "quote", "occurrence")
    evidence = _evidence(place.at("quote"), {k: plain[k] for k in evidence_keys if k in plain}, texts)
    record = {key: value for key, value in plain.items() if key not in evidence_keys}
    record["evidence"] = evidence
    text = texts[evidence["document"]]
    for key in ("speaker_words", "cue"):
        if key in record:
            record[key] = _near(place.at(key), record[key], text, evidence)
    return record


def _near(place: _Place, words: object, text: str, evidence: Mapping[str, Any]) -> dict[str, Any]:
    """The span of the occurrence of ``words`` outside the quoted words nearest them."""
    if not isinstance(words, str) or not words.strip():
        msg = f"needs the exact words of the document, got {words!r}"
        raise place.error(msg)
    start, end = evidence["start"], evidence["end"]

    def distance(at: int) -> tuple[int, int]:
        if at + len(words) <= start:
            return (start - at - len(words), 0)
        return (at - end, 1)

    places = [at for at in _find_all(text, words) if at + len(words) <= start or at >= end]
    if not places:
        msg = f"not found outside the quote in {evidence['document']}: {words!r}"
        raise place.error(msg)
    at = min(places, key=distance)
    return {"start": at, "end": at + len(words), "text": words}


def _more_names(curation: Path, collection: Collection, ids: set[str]) -> dict[str, list[str]]:
    """The names of ``collection.names`` by record id, in the files' order of languages."""
    out: dict[str, list[str]] = {}
    tables = [table for file in collection.names for table in _records(curation, file, collection.table)]
    for place, record in tables:
        if record.get("id") not in ids:
            msg = f"unknown actor {record.get('id')!r} (not in curation/{collection.file})"
            raise place.at("id").error(msg)
        names = record.get("names", {})
        for language, written in names.items():
            if not (isinstance(written, list) and all(isinstance(n, str) for n in written)):
                msg = "a list of names expected"
                raise place.at("names").at(language).error(msg)
            out.setdefault(record["id"], []).extend(written)
    return out


def _with_names(plain: dict[str, Any], more: Sequence[str]) -> dict[str, Any]:
    """``plain`` with the names of ``more`` it lacks added as aliases."""
    aliases = list(plain.get("aliases", []))
    have = {plain.get("name")} | {a["name"] for a in aliases}
    aliases += [{"name": name} for name in dict.fromkeys(more) if name not in have]
    return {**plain, "aliases": aliases} if aliases else plain


def _structure(place: _Place, plain: Mapping[str, Any], record: type) -> Any:  # noqa: ANN401
    try:
        return converter.structure(plain, record, source=f"{place.file}: {place.record}")
    except CorpusError as error:
        raise CurationError(str(error)) from error


def _references(place: _Place, record: "attrs.AttrsInstance") -> Iterator[tuple[_Place, str, str]]:
    """Every ``(place, collection, id)`` a record refers to, found from its fields' metadata."""
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        here = place.at(field.name)
        target = field.metadata.get(REFERS_TO)
        items = value if isinstance(value, tuple) else (value,)
        for index, item in enumerate(items):
            at = here.at(index) if isinstance(value, tuple) else here
            if target is not None and isinstance(item, str):
                yield at, target, item
            elif attrs.has(type(item)):
                yield from _references(at, item)


def render(records: Sequence[Any]) -> str:
    """The JSON text the package ships for ``records``."""
    return json.dumps(converter.unstructure(tuple(records)), indent=2, ensure_ascii=False) + "\n"


def build(*, curation: Path = CURATION, data: Path = DATA) -> dict[str, str]:
    """The JSON text of every collection, built from the curation files.

    Args:
        curation: The folder of curation files.
        data: The data folder whose manifest and documents the evidence quotes.

    Returns:
        The text of each output file, by file name.

    Raises:
        CurationError: A quote is not found or is ambiguous, a record refers to an
            unknown id, or a record is not valid; the message names file, record and field.
    """
    texts = _documents(data)
    conflicts = _load_conflicts(curation, texts)
    built: dict[str, list[tuple[_Place, Any]]] = {}
    for collection in COLLECTIONS:
        records = []
        tables = _records(curation, collection.file, collection.table)
        more = _more_names(curation, collection, {plain.get("id") for _, plain in tables})
        for place, plain in tables:
            resolved = _resolve(place, plain, texts, conflicts)
            if collection.reference:
                resolved = _as_reference(place, resolved)
            if collection.quotes:
                resolved = _as_quote(place, resolved, texts)
            resolved = _with_names(resolved, more.get(plain.get("id"), ()))
            records.append((place, _structure(place, resolved, collection.record)))
        built[collection.output] = records
    ids = {Path(name).stem: {r.id for _, r in records} for name, records in built.items()}
    ids["articles"] = set(texts)
    for collection in COLLECTIONS:
        # A reference record may name a corpus actor or another reference record.
        known = {**ids, "actors": ids["actors"] | ids["reference"]} if collection.reference else ids
        for place, record in built[collection.output]:
            for at, target, id_ in _references(place, record):
                if id_ not in known.get(target, ()):
                    msg = f"unknown {target.removesuffix('s')} {id_!r}"
                    raise at.error(msg)
    return {name: render([r for _, r in records]) for name, records in built.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or, with ``--check``, compare) the generated JSON files; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m tools.curate", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped files, write nothing")
    arguments = parser.parse_args(argv)
    try:
        outputs = build()
    except CurationError as error:
        print(error, file=sys.stderr)  # noqa: T201 - a script reports on its terminal
        return 2
    differ = [
        name
        for name, text in outputs.items()
        if not (DATA / name).is_file() or (DATA / name).read_bytes() != text.encode()
    ]
    if arguments.check:
        for name in differ:
            print(f"{name} differs from what the curation files give", file=sys.stderr)  # noqa: T201
        return 1 if differ else 0
    for name, text in outputs.items():
        (DATA / name).write_bytes(text.encode())
        print(f"{name}: {text.count(chr(10) + '  {')} records{' (changed)' if name in differ else ''}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
