"""Write ``src/japan_nato_corpus/data/articles.json``: the bundled documents, parsed.

The snapshot holds every parsed article without its ``text`` (the loader adds
the raw document back), in the form ``save()`` writes. Run it after changing
the parser or a document::

    python tools/snapshot_articles.py
"""

import json
from pathlib import Path

from japan_nato_corpus import converter
from japan_nato_corpus._json import decode
from japan_nato_corpus.model import Manifest
from japan_nato_corpus.parse import parse_article

DATA = Path(__file__).resolve().parent.parent / "src" / "japan_nato_corpus" / "data"


def main() -> None:
    """Parse each document of the manifest and write the snapshot."""
    manifest = converter.loads((DATA / "manifest.json").read_bytes(), Manifest, source="manifest.json")
    snapshot = []
    for doc in manifest.documents:
        text = decode((DATA / doc.path).read_bytes(), doc.path)
        article = parse_article(text, id=doc.id, publisher=doc.publisher, original_source=doc.original_source)
        snapshot.append({k: v for k, v in converter.unstructure(article).items() if k != "text"})
    target = DATA / "articles.json"
    target.write_text(json.dumps(snapshot, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(snapshot)} articles to {target}")  # noqa: T201 - a script reports what it wrote


if __name__ == "__main__":
    main()
