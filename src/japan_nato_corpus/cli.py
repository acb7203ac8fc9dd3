"""The command line: ``japan-nato-corpus`` or ``python -m japan_nato_corpus``."""

import argparse
import sys
from collections.abc import Sequence

import japan_nato_corpus as jnc

__all__ = ["main"]


def _overview(_: argparse.Namespace) -> int:
    corpus = jnc.load()
    print(f"japan_nato_corpus: data version {corpus.version}")
    print(
        f"{len(corpus.articles)} articles, {len(corpus.actors)} actors, "
        f"{len(corpus.events)} events, {len(corpus.agreements)} agreements\n"
    )
    documents = {document.id: document for document in corpus.manifest.documents}
    for article in corpus.articles:
        date = str(article.published) if article.published else "undated"
        publisher = article.publisher or documents[article.id].publisher or "unknown publisher"
        print(f"{date:<10}  {publisher}: {article.headline or documents[article.id].title}")
        print(f"{'':<10}  id {article.id}, {len(article.paragraphs)} paragraphs")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="japan-nato-corpus",
        description="Japan–NATO relations 2007–2023: the bundled corpus, typed and sourced.",
    )
    parser.set_defaults(run=_overview)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit code.

    Exit codes: 0 success, 1 a corpus error (reported on stderr), 2 a usage error.
    """
    arguments = _parser().parse_args(argv)
    try:
        return int(arguments.run(arguments))
    except jnc.CorpusError as error:
        print(f"japan-nato-corpus: {error}", file=sys.stderr)
        return 1
