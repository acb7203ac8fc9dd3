"""Build the curated ``actors.json``, ``events.json`` and ``agreements.json`` from compact sources.

The sources under ``tools/curation/`` give every piece of evidence as a quote copied
from a document (``E("R", "quote")``, or ``E("R", "quote", 2)`` for the third
occurrence). This script finds each quote in the shipped raw text, fills in exact
half-open offsets, builds the typed records (so every validator runs) and writes the
JSON files the package loads. It fails loudly when a quote is missing or ambiguous.

Run from the repository root: ``python tools/curate.py``.
"""

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from japan_nato_corpus import converter  # noqa: E402
from japan_nato_corpus.model import Actor, Agreement, Event  # noqa: E402

DATA = ROOT / "src" / "japan_nato_corpus" / "data"
DOCUMENTS = {
    "R": "reuters-2014-05-06-japan-nato-partnership",
    "G": "global-research-2013-01-14-abe-letter-to-nato",
    "J": "japan-news-2023-04-06-hayashi-nato-cooperation",
    "B": "blog-undated-abe-2007-nato-visit",
    "T": "tokyo-foundation-2015-01-28-nato-asia-partnership",
}
TEXTS = {key: (DATA / "documents" / f"{id_}.txt").read_bytes().decode("utf-8") for key, id_ in DOCUMENTS.items()}


class CurationError(Exception):
    """A source entry does not match the documents."""


def _occurrences(text: str, quote: str) -> list[int]:
    found, start = [], text.find(quote)
    while start != -1:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def evidence(doc: str, quote: str, nth: int | None = None) -> dict[str, Any]:
    """The evidence record for ``quote`` in document ``doc`` (a one-letter key)."""
    starts = _occurrences(TEXTS[doc], quote)
    if not starts:
        msg = f"quote not found in {DOCUMENTS[doc]}: {quote!r}"
        raise CurationError(msg)
    if nth is None and len(starts) > 1:
        msg = f"quote occurs {len(starts)} times in {DOCUMENTS[doc]}; give an index: {quote!r}"
        raise CurationError(msg)
    start = starts[nth or 0]
    return {"document": DOCUMENTS[doc], "start": start, "end": start + len(quote), "quote": quote}


def _resolve(value: Any) -> Any:  # noqa: ANN401
    """Replace every ``("§", doc, quote, nth)`` marker by its evidence record, recursively."""
    if isinstance(value, tuple) and value and value[0] == "§":
        return evidence(*value[1:])
    if isinstance(value, dict):
        return {k: _resolve(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_resolve(v) for v in value]
    return value


def build(name: str, cls: type) -> list[Any]:
    """The records of ``tools/curation/<name>.py``'s ``RECORDS``, resolved and validated."""
    module = __import__(f"curation.{name}", fromlist=["RECORDS"])
    plain = _resolve(module.RECORDS)
    records = converter.structure(plain, tuple[cls, ...], source=f"tools/curation/{name}.py")
    return list(records)


def main() -> None:
    """Write the three curated JSON files."""
    for name, cls in (("actors", Actor), ("events", Event), ("agreements", Agreement)):
        records = build(name, cls)
        text = json.dumps(converter.unstructure(tuple(records)), indent=2, ensure_ascii=False) + "\n"
        (DATA / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"{name}: {len(records)} records")  # noqa: T201


if __name__ == "__main__":
    main()
