"""The command line: ``japan-nato-corpus`` or ``python -m japan_nato_corpus``.

Exit codes: 0 success, 1 a corpus or data error (reported on stderr), 2 a usage
error. Output is plain text (never coloured), so it pipes well into ``grep`` or
``head``. Every command answers through the public query API
(:class:`~japan_nato_corpus.corpus.Corpus` and its collections) and
:mod:`japan_nato_corpus.export`, so it prints what Python code gets.
"""

import argparse
import contextlib
import difflib
import io
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import japan_nato_corpus as jnc
from japan_nato_corpus import converter, export
from japan_nato_corpus._validate import problems_in

__all__ = ["main"]

_PROG = "japan-nato-corpus"
_COLLECTIONS = ("events", "articles", "actors", "agreements")


def _corpus(arguments: argparse.Namespace) -> jnc.Corpus:
    return jnc.load(arguments.corpus)


# --- Listing commands ----------------------------------------------------------


def _overview(arguments: argparse.Namespace) -> int:
    corpus = _corpus(arguments)
    print(f"japan_nato_corpus: data version {corpus.version}")
    print(
        f"{len(corpus.articles)} articles, {len(corpus.actors)} actors, "
        f"{len(corpus.events)} events, {len(corpus.agreements)} agreements\n"
    )
    _print_articles(corpus)
    return 0


def _articles(arguments: argparse.Namespace) -> int:
    _print_articles(_corpus(arguments))
    return 0


def _print_articles(corpus: jnc.Corpus) -> None:
    documents = {document.id: document for document in corpus.manifest.documents}
    for article in corpus.articles:
        date = str(article.published) if article.published else "undated"
        publisher = article.publisher or documents[article.id].publisher or "unknown publisher"
        print(f"{date:<10}  {publisher}: {article.headline or documents[article.id].title}")
        print(f"{'':<10}  id {article.id}, {len(article.paragraphs)} paragraphs")


def _actors(arguments: argparse.Namespace) -> int:
    actors = _corpus(arguments).actors
    if arguments.kind:
        actors = actors.of_kind(*arguments.kind)
    for actor in actors:
        print(f"{actor.id:<32}  {actor.kind.value:<12}  {actor.name}")
    return 0


def _events(arguments: argparse.Namespace) -> int:
    events = _corpus(arguments).events
    if arguments.start is not None or arguments.end is not None:
        events = events.between(arguments.start, arguments.end)
    # One --actor after another narrows the events to those involving all of them.
    for actor in arguments.actor or ():
        events = events.involving(actor)
    if arguments.kind:
        events = events.of_kind(*arguments.kind)
    _print_events(events.timeline())
    return 0


def _timeline(arguments: argparse.Namespace) -> int:
    _print_events(_corpus(arguments).timeline())
    return 0


def _print_events(events: Iterable[jnc.Event]) -> None:
    for event in events:
        print(f"{event.date.iso:<10}  {event.kind.value:<16}  {event.id}: {event.summary}")


def _search(arguments: argparse.Namespace) -> int:
    hits = _corpus(arguments).search(arguments.term, scope=arguments.scope)
    for hit in hits:
        print(f"{hit.document} [{hit.start}:{hit.end}]  {hit.line(width=40)}")
    return 0 if hits else 1


# --- show ----------------------------------------------------------------------


def _show(arguments: argparse.Namespace) -> int:
    corpus = _corpus(arguments)
    for name, card in _CARDS.items():
        record = getattr(corpus, name).get(arguments.id)
        if record is not None:
            print("\n".join(card(record)))
            return 0
    known = [id_ for name in _CARDS for id_ in getattr(corpus, name).ids]
    suggestions = difflib.get_close_matches(arguments.id, known, n=3, cutoff=0.6)
    raise jnc.UnknownIdError(arguments.id, kind="record", suggestions=suggestions)


def _fields(*fields: tuple[str, object], width: int = 0) -> list[str]:
    """A ``  label: value`` line per field that has a value (no label, no ``label:``).

    Labels are padded to ``width`` characters with their colon, to line values up.
    """
    return [
        f"  {label + ':':<{width}} {value}" if label else f"  {value}" for label, value in fields if value
    ]


def _evidence_lines(evidence: Iterable[jnc.Evidence]) -> list[str]:
    return [f'  evidence {e.document} [{e.start}:{e.end}]: "{e.quote}"' for e in evidence]


def _article_card(article: jnc.Article) -> list[str]:
    return [
        f"article {article.id}",
        *_fields(
            ("headline", article.headline or "-"),
            ("published", article.published or "undated"),
            ("publisher", article.publisher or "-"),
            ("original source", article.original_source),
            ("authors", ", ".join(article.authors)),
            width=len("published:"),
        ),
        f"  {len(article.paragraphs)} paragraphs, {len(article.text)} characters",
        *(f"\n  {paragraph.text}" for paragraph in article.paragraphs[:3]),
    ]


def _actor_card(actor: jnc.Actor) -> list[str]:
    lines = [f"actor {actor.id} ({actor.kind.value})", *_fields(("name", actor.name))]
    for alias in actor.aliases:
        used_by = f" (used by {', '.join(alias.used_by)})" if alias.used_by else ""
        lines += _fields(("alias", alias.name + used_by))
    for office in actor.offices:
        organisation = f", {office.organisation}" if office.organisation else ""
        lines += _fields(("office", office.title + organisation))
        lines += _evidence_lines(office.evidence)
    return lines + _fields(("wikidata", actor.wikidata), ("", actor.description))


def _event_card(event: jnc.Event) -> list[str]:
    return [
        f"event {event.id} ({event.kind.value}, {event.modality.value})",
        *_fields(
            ("date", event.date.iso + (f" to {event.end.iso}" if event.end else "")),
            ("", event.summary),
            ("place", event.place),
            *((participant.role.value, participant.actor) for participant in event.participants),
        ),
        *_evidence_lines(event.evidence),
    ]


def _agreement_card(agreement: jnc.Agreement) -> list[str]:
    return [
        f"agreement {agreement.id} ({agreement.kind.value})",
        *_fields(
            ("name", agreement.name),
            ("date", agreement.date.iso if agreement.date else "undated"),
            ("parties", ", ".join(agreement.parties)),
            ("signatories", ", ".join(agreement.signatories)),
            *(("area", area) for area in agreement.areas),
            *(("obligation", obligation) for obligation in agreement.obligations),
        ),
        *_evidence_lines(agreement.evidence),
    ]


# Looked up in this order by ``show``.
_CARDS: dict[str, Callable[[Any], list[str]]] = {
    "articles": _article_card,
    "actors": _actor_card,
    "events": _event_card,
    "agreements": _agreement_card,
}


# --- Files in and out ----------------------------------------------------------


def _export(arguments: argparse.Namespace) -> int:
    records = getattr(_corpus(arguments), arguments.what)
    if arguments.format == "json":
        sys.stdout.write(converter.dumps(records) + "\n")
    elif arguments.format == "jsonl":
        export.to_jsonl(records, sys.stdout)
    elif arguments.what == "events":
        export.events_to_csv(records, sys.stdout)
    else:
        export.to_csv(records, sys.stdout)
    return 0


def _parse(arguments: argparse.Namespace) -> int:
    if arguments.out is not None or len(arguments.file) > 1 or Path(arguments.file[0]).is_dir():
        return _parse_many(arguments)
    path = Path(arguments.file[0])
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise jnc.MissingFileError(str(path)) from None
    except UnicodeDecodeError as error:
        msg = f"not UTF-8 text ({error.reason})"
        raise jnc.ParseError(msg, source=str(path)) from None
    article = jnc.parse_article(
        text, publisher=arguments.publisher, original_source=arguments.original_source
    )
    print(converter.dumps(article))
    return 0


def _parse_many(arguments: argparse.Namespace) -> int:
    """``parse FILES_OR_DIRS... --out OUT``: the batch run of :func:`japan_nato_corpus.batch.run`."""
    from japan_nato_corpus import batch  # noqa: PLC0415 - the batch machinery only when asked for

    if arguments.out is None:
        msg = "several files or a directory need --out OUT.parquet or --out CORPUS_DIR"
        raise jnc.ParseError(msg)
    try:
        summary = batch.run(
            arguments.file,
            arguments.out,
            workers=arguments.jobs,
            mentions=arguments.mentions,
            actors=None if arguments.corpus is None else _corpus(arguments).actors,
            publisher=arguments.publisher,
            original_source=arguments.original_source,
            on_failure=lambda failure: print(f"{_PROG}: {failure}", file=sys.stderr),
        )
    except KeyboardInterrupt:
        print(f"{_PROG}: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    print(batch.describe(summary, arguments.out), file=sys.stderr)
    return 1 if summary.failures else 0


def _batch_options(parse: argparse.ArgumentParser) -> None:
    parse.add_argument(
        "--out",
        metavar="OUT",
        help="parse every file (directories: their *.txt files) into OUT.parquet, or into the corpus "
        "directory OUT; files already in OUT are skipped, so a stopped run resumes",
    )
    parse.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: one per core)")
    with contextlib.suppress(argparse.ArgumentError):  # the single-file parse may have it already
        parse.add_argument("--mentions", action="store_true", help="with --out: also find the actors named")


def _validate(arguments: argparse.Namespace) -> int:
    problems = problems_in(Path(arguments.directory))
    if not problems:
        print(f"{arguments.directory}: no problems")
        return 0
    noun = "problem" if len(problems) == 1 else "problems"
    print(f"{arguments.directory}: {len(problems)} {noun}", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return 1


# --- The parser ----------------------------------------------------------------


def _partial_date(value: str) -> jnc.PartialDate:
    try:
        return jnc.PartialDate.from_iso(value)
    except ValueError as error:
        msg = f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}"
        raise argparse.ArgumentTypeError(msg) from error


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Japan–NATO relations 2007–2023: the bundled corpus, typed and sourced. "
        "With no command, show an overview of the corpus.",
        epilog="Exit codes: 0 success, 1 a corpus or data error (or no search hit), 2 a usage error.",
    )
    parser.add_argument(
        "--corpus", metavar="DIR", help="use the corpus directory DIR instead of the bundled one"
    )
    parser.set_defaults(run=_overview)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(run=run)
        return sub

    command("articles", _articles, "List the articles: date, publisher, headline and id.")
    command(
        "show", _show, "Show an article, actor, event or agreement by id, with its evidence."
    ).add_argument("id", help="the id of an article, actor, event or agreement")
    actors = command("actors", _actors, "List the actors.")
    actors.add_argument(
        "--kind",
        action="append",
        choices=[kind.value for kind in jnc.ActorKind],
        help="only actors of this kind",
    )
    events = command("events", _events, "List events in date order, filtered by date, actor and kind.")
    events.add_argument("--from", dest="start", type=_partial_date, metavar="DATE", help="from this date on")
    events.add_argument("--to", dest="end", type=_partial_date, metavar="DATE", help="up to this date")
    events.add_argument(
        "--actor",
        action="append",
        help="involving this actor (id, name or alias) as participant or place; repeat to require all",
    )
    events.add_argument(
        "--kind",
        action="append",
        choices=[kind.value for kind in jnc.EventKind],
        help="of this kind; repeatable",
    )
    command("timeline", _timeline, "Every event in date order.")
    search = command("search", _search, "Find whole words in the articles, case-insensitively.")
    search.add_argument("term", help="the words to find")
    search.add_argument(
        "--scope",
        choices=("body", "text"),
        default="body",
        help="body: the paragraphs (default); text: the whole raw text, headlines and comments too",
    )
    export_ = command("export", _export, "Write records as JSON, JSON Lines or CSV to standard output.")
    export_.add_argument("--format", choices=("json", "jsonl", "csv"), default="json", help="default: json")
    export_.add_argument("--what", choices=_COLLECTIONS, default="events", help="default: events")
    parse = command("parse", _parse, "Parse a raw text file into an article and print it as JSON.")
    parse.add_argument("file", nargs="+", help="a UTF-8 text file; with --out, files and directories")
    parse.add_argument("--publisher", help="the publisher, when known")
    parse.add_argument("--original-source", help="the original publisher, for a repost")
    _batch_options(parse)
    command("validate", _validate, "Check a corpus directory and list every problem found.").add_argument(
        "directory", help="a corpus directory (manifest.json, documents/, ...)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``).

    Args:
        argv: The arguments after the program name.

    Returns:
        The exit code, 0 on success, 1 after a corpus or data error (reported on
        stderr), 2 after a usage error (``--help`` returns 0).
    """
    try:
        arguments = _parser().parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        code = int(arguments.run(arguments))
        sys.stdout.flush()  # inside the try: a closed pipe shows up here, not at exit
    except jnc.CorpusError as error:
        print(f"{_PROG}: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        _silence_stdout()
        return 0
    return code


def _silence_stdout() -> None:
    """After the reader of a pipe (``| head``) went away, let nothing more be written."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        # Not a real file descriptor (captured output): there is nothing to silence.
        return
