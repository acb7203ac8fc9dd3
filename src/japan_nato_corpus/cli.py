"""The command line: ``japan-nato-corpus`` or ``python -m japan_nato_corpus``.

Exit codes: 0 success, 1 a corpus or data error (reported on stderr), 2 a usage
error. Output is plain text (never coloured), so it pipes well into ``grep`` or
``head``; every listing command takes ``--json`` for JSON Lines, one record per
line, for ``jq``. Every command answers through the public query API
(:class:`~japan_nato_corpus.corpus.Corpus` and its collections) and
:mod:`japan_nato_corpus.export`, so it prints what Python code gets.
"""

import argparse
import contextlib
import difflib
import functools
import io
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import japan_nato_corpus as jnc
from japan_nato_corpus import batch, converter, export
from japan_nato_corpus._json import MAX_BYTES
from japan_nato_corpus._paths import user_path
from japan_nato_corpus.storage import COLLECTIONS, problems_in

__all__ = ["main"]

_PROG = "japan-nato-corpus"
# Modules of the optional extras, whose absence a command reports rather than crashes on.
_EXTRAS = frozenset({"pyarrow", "pyarrow.parquet", "pandas", "matplotlib"})


def _corpus(arguments: argparse.Namespace) -> jnc.Corpus:
    return jnc.load(arguments.corpus)


# --- Listing commands ----------------------------------------------------------


class _UsageError(Exception):
    """Arguments that parse but do not fit together; exits 2 like argparse's own errors."""


def _overview(arguments: argparse.Namespace) -> int:
    corpus = _corpus(arguments)
    print(f"japan_nato_corpus: data version {corpus.version}")
    print(
        f"{len(corpus.articles)} articles, {len(corpus.actors)} actors, "
        f"{len(corpus.events)} events, {len(corpus.agreements)} agreements\n"
    )
    _print_articles(corpus)
    return 0


def _json_lines(records: Iterable[object]) -> None:
    sys.stdout.writelines(converter.dumps_lines([record]) for record in records)


def _articles(arguments: argparse.Namespace) -> int:
    corpus = _corpus(arguments)
    if arguments.json:
        _json_lines(corpus.articles)
    else:
        _print_articles(corpus)
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
    if arguments.json:
        _json_lines(actors)
        return 0
    for actor in actors:
        print(f"{actor.id:<32}  {actor.kind.value:<12}  {actor.name}")
    return 0


def _filtered_quotes(quotes: jnc.Quotes, arguments: argparse.Namespace) -> jnc.Quotes:
    """The quotes said in the dates given, by every speaker given (any of one --speaker's names)."""
    if arguments.start is not None or arguments.end is not None:
        quotes = quotes.between(arguments.start, arguments.end)
    for speaker in arguments.actor or ():
        quotes = quotes.by(speaker)
    return quotes.of_kind(*arguments.kind) if arguments.kind else quotes


def _quotes(arguments: argparse.Namespace) -> int:
    """Who said what: every curated quote, or those of the speakers given, as text or JSON Lines."""
    quotes = _corpus(arguments).quotes
    if arguments.speaker:
        quotes = quotes.by(*arguments.speaker)
    if arguments.json:
        _json_lines(quotes)
        return 0
    for quote in quotes:
        who = quote.speaker or (quote.speaker_words.text if quote.speaker_words else "unattributed")
        cue = f" {quote.cue.text}" if quote.cue else ""
        print(f"{who}{cue} ({quote.kind.value}, {quote.article}):")
        print(f"  \u201c{quote.text}\u201d")
    return 0


def _quotes_command(
    command: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """The ``quotes`` command's parser, added by ``command``."""
    quotes = command("quotes", _quotes, "List the curated quotes: who said what, in which article.")
    quotes.add_argument(
        "--speaker",
        action="append",
        metavar="NAME",
        help="only quotes by this actor (id, name, alias or surname); repeat for any of several",
    )
    return quotes


def _filtered_events(corpus: jnc.Corpus, arguments: argparse.Namespace) -> jnc.Events:
    events = corpus.events
    if arguments.start is not None or arguments.end is not None:
        events = events.between(arguments.start, arguments.end)
    # One --actor after another narrows the events to those involving all of them.
    for actor in arguments.actor or ():
        events = events.involving(actor)
    if arguments.kind:
        events = events.of_kind(*arguments.kind)
    return events


def _events(arguments: argparse.Namespace) -> int:
    _print_events(_filtered_events(_corpus(arguments), arguments).timeline(), as_json=arguments.json)
    return 0


def _timeline(arguments: argparse.Namespace) -> int:
    _print_events(_corpus(arguments).timeline(), as_json=arguments.json)
    return 0


def _print_events(events: Iterable[jnc.Event], *, as_json: bool) -> None:
    if as_json:
        _json_lines(events)
        return
    for event in events:
        print(f"{event.date.iso:<10}  {event.kind.value:<16}  {event.id}: {event.summary}")


def _filtered_agreements(corpus: jnc.Corpus, arguments: argparse.Namespace) -> jnc.Agreements:
    agreements = corpus.agreements
    if arguments.start is not None or arguments.end is not None:
        agreements = agreements.between(arguments.start, arguments.end)
    for actor in arguments.actor or ():
        agreements = agreements.with_party(actor)
    if arguments.kind:
        agreements = agreements.of_kind(*arguments.kind)
    return agreements


def _agreements(arguments: argparse.Namespace) -> int:
    agreements = _filtered_agreements(_corpus(arguments), arguments)
    if arguments.json:
        _json_lines(agreements)
        return 0
    for agreement in agreements:
        date = agreement.date.iso if agreement.date else "undated"
        print(f"{date:<10}  {agreement.kind.value:<22}  {agreement.id}: {agreement.name}")
    return 0


def _search(arguments: argparse.Namespace) -> int:
    hits = _corpus(arguments).search(arguments.term, scope=arguments.scope, context=arguments.context)
    if arguments.json:
        _json_lines(hits)
    else:
        for hit in hits:
            print(f"{hit.document} [{hit.start}:{hit.end}]  {hit.line(width=arguments.context)}")
    return 0 if hits else 1


# --- show ----------------------------------------------------------------------


def _show(arguments: argparse.Namespace) -> int:
    corpus = _corpus(arguments)
    record = _record(corpus, arguments.name)
    if arguments.json:
        _json_lines([record])
    else:
        print("\n".join(_CARDS[_collection_of(record)](record)))
    return 0


def _record(corpus: jnc.Corpus, name: str) -> Any:  # noqa: ANN401 - any record type
    """The record with id ``name`` in any collection, else the actor of that name or alias."""
    for collection in _CARDS:
        record = getattr(corpus, collection).get(name)
        if record is not None:
            return record
    try:
        (actor,) = corpus.actors.resolve(name)
    except jnc.AmbiguousNameError:
        raise
    except jnc.UnknownIdError:
        known = [id_ for collection in _CARDS for id_ in getattr(corpus, collection).ids]
        known += [n for actor in corpus.actors for n in actor.names]
        suggestions = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
        raise jnc.UnknownIdError(name, kind="record", suggestions=suggestions) from None
    return corpus.actors[actor]


def _collection_of(record: object) -> str:
    kinds = {jnc.Article: "articles", jnc.Actor: "actors", jnc.Event: "events", jnc.Agreement: "agreements"}
    return kinds[type(record)]


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
    corpus = _corpus(arguments)
    if arguments.what == "all":
        if arguments.format != "parquet" or _filters_given(arguments):
            msg = "--what all writes every table: it needs --format parquet and takes no filters"
            raise _UsageError(msg)
        export.corpus_to_parquet(corpus, _output(arguments))
        return 0
    records = _filtered(corpus, arguments)
    if arguments.format == "json":
        sys.stdout.write(converter.dumps(records) + "\n")
    elif arguments.format == "jsonl":
        export.to_jsonl(records, sys.stdout)
    elif arguments.format == "csv":
        export.to_csv(records, sys.stdout)
    else:
        export.to_parquet(records, _output(arguments))
    return 0


def _filters_given(arguments: argparse.Namespace) -> bool:
    return any(
        value is not None for value in (arguments.start, arguments.end, arguments.actor, arguments.kind)
    )


def _output(arguments: argparse.Namespace) -> str:
    if arguments.output is None:
        msg = "--format parquet writes files, not standard output: give --output PATH"
        raise _UsageError(msg)
    return str(arguments.output)


def _check_kinds(what: str, given: Iterable[str]) -> None:
    """Raise unless every one of ``given`` is a kind of the records ``what``."""
    kinds = {
        "events": jnc.EventKind,
        "actors": jnc.ActorKind,
        "agreements": jnc.AgreementKind,
        "quotes": jnc.QuoteKind,
    }
    for kind in given:
        if what not in kinds:
            msg = f"--kind does not apply to {what}"
            raise _UsageError(msg)
        if kind not in {k.value for k in kinds[what]}:
            choices = ", ".join(k.value for k in kinds[what])
            msg = f"--kind {kind!r} is no kind of {what}; choose from {choices}"
            raise _UsageError(msg)


def _filtered(corpus: jnc.Corpus, arguments: argparse.Namespace) -> jnc.Records[Any]:
    what = arguments.what
    _check_kinds(what, arguments.kind or ())
    if what == "events":
        return _filtered_events(corpus, arguments)
    if what == "agreements":
        return _filtered_agreements(corpus, arguments)
    if what == "actors":
        if arguments.start is not None or arguments.end is not None or arguments.actor:
            msg = "actors have no dates and no actors: --from, --to and --actor do not apply"
            raise _UsageError(msg)
        return corpus.actors.of_kind(*arguments.kind) if arguments.kind else corpus.actors
    if what == "quotes":
        return _filtered_quotes(corpus.quotes, arguments)
    articles = corpus.articles
    if arguments.start is not None or arguments.end is not None:
        articles = articles.between(arguments.start, arguments.end)
    for actor in arguments.actor or ():
        articles = articles.mentioning(actor)
    return articles


def _read_source(name: str) -> tuple[str, str]:
    """The text of a file, or of standard input for ``-``, decoded as UTF-8; and its name.

    The bytes are decoded as they are, without newline translation, so offsets
    count the characters of the file itself.
    """
    source = "<stdin>" if name == "-" else name
    try:
        raw = sys.stdin.buffer.read() if name == "-" else _read_text_file(Path(name))
    except OSError as error:
        raise jnc.UnreadableFileError(source, [str(error)]) from None
    try:
        return raw.decode("utf-8"), source
    except UnicodeDecodeError as error:
        msg = f"not UTF-8 text ({error.reason} at byte {error.start})"
        raise jnc.ParseError(msg, source=source) from None


def _parse(arguments: argparse.Namespace) -> int:
    for name in arguments.file:
        if name != "-":
            user_path(name, argument="file")
    if arguments.out is not None or len(arguments.file) > 1 or Path(arguments.file[0]).is_dir():
        return _parse_many(arguments)
    text, _ = _read_source(arguments.file[0])
    article = jnc.parse_article(
        text, publisher=arguments.publisher, original_source=arguments.original_source
    )
    if not arguments.mentions:
        if arguments.json:
            _json_lines([article])
        else:
            print(converter.dumps(article))
        return 0
    actors = _corpus(arguments).actors
    mentions = jnc.find_mentions(article.text, actors)
    if arguments.json:
        _json_lines(mentions)
        return 0
    counts = Counter(mention.actor for mention in mentions)
    for actor, count in counts.items():
        print(f"{actor:<32}  {count:>3}  {actors[actor].name}")
    return 0


def _read_text_file(path: Path) -> bytes:
    """The bytes of the regular file ``path``, as they are: no newline translation, so offsets match it.

    Raises:
        MissingFileError: There is no such file.
        UnsafePathError: It is a directory, FIFO or device (``/dev/zero`` would never end).
        TooLargeError: It is past the readers' size limit.
        UnreadableFileError: The system refuses to read it.
    """
    name = str(path)
    try:
        # O_NONBLOCK: opening a FIFO would otherwise wait for a writer before it could be refused.
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                message = "not a regular file (a directory, FIFO or device)"
                raise jnc.UnsafePathError(name, [jnc.Problem(name, "", "unsafe-path", message)])
            if info.st_size > MAX_BYTES:
                message = f"{info.st_size:,} bytes is past the limit of {MAX_BYTES:,}"
                raise jnc.TooLargeError(name, [jnc.Problem(name, "", "too-large", message)])
            return file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise jnc.MissingFileError(name) from None
    except OSError as error:
        message = f"cannot be read: {error.strerror or type(error).__name__}"
        raise jnc.UnreadableFileError(name, [jnc.Problem(name, "", "unreadable-file", message)]) from None


def _parse_many(arguments: argparse.Namespace) -> int:
    """``parse FILES_OR_DIRS... --out OUT``: the batch run of :func:`japan_nato_corpus.batch.run`."""
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
    if arguments.json:
        _print_problems_as_json(problems)
        return 1 if problems else 0
    if not problems:
        print(f"{arguments.directory}: no problems")
        return 0
    noun = "problem" if len(problems) == 1 else "problems"
    print(f"{arguments.directory}: {len(problems)} {noun}", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return 1


def _print_problems_as_json(problems: Sequence[jnc.Problem]) -> None:
    """Each problem as one JSON Lines line on stdout: ``file``, ``path``, ``kind``, ``message``."""
    for problem in problems:
        print(converter.dumps(problem, indent=None))


# --- The parser ----------------------------------------------------------------


def _partial_date(value: str) -> jnc.PartialDate:
    try:
        return jnc.PartialDate.from_iso(value)
    except ValueError as error:
        msg = f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}"
        raise argparse.ArgumentTypeError(msg) from error


def _kinds(values: Iterable[str]) -> str:
    return ", ".join(values)


@functools.cache  # built once: building it is most of a short command's time, and parsing leaves it as it was
def _parser() -> argparse.ArgumentParser:  # noqa: PLR0915 - a few statements per command
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Japan–NATO relations 2007–2023: the bundled corpus, typed and sourced. "
        "With no command, show an overview of the corpus.",
        epilog="Exit codes: 0 success, 1 a corpus or data error (or no search hit), 2 a usage error. "
        "Listing commands take --json for JSON Lines, one record per line.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{_PROG} {jnc.__version__} (data {jnc.CORPUS_VERSION})",
        help="print the package and data versions and exit",
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

    def json_option(sub: argparse.ArgumentParser, what: str = "record") -> None:
        sub.add_argument("--json", action="store_true", help=f"JSON Lines: one {what} a line, for jq")

    def date_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--from", dest="start", type=_partial_date, metavar="DATE", help="from this date on")
        sub.add_argument("--to", dest="end", type=_partial_date, metavar="DATE", help="up to this date")

    def kind_option(sub: argparse.ArgumentParser, kinds: Iterable[str], what: str) -> None:
        values = list(kinds)
        sub.add_argument(
            "--kind",
            action="append",
            choices=values,
            metavar="KIND",
            help=f"only {what} of this kind; repeatable. KIND is one of: {_kinds(values)}",
        )

    json_option(command("articles", _articles, "List the articles: date, publisher, headline and id."))
    show = command(
        "show",
        _show,
        "Show an article, actor, event or agreement by id, or an actor by name or alias, with its evidence.",
    )
    show.add_argument("name", metavar="NAME", help="an id, or an actor's name or alias")
    json_option(show)
    actors = command("actors", _actors, "List the actors.")
    kind_option(actors, (kind.value for kind in jnc.ActorKind), "actors")
    json_option(actors)
    events = command("events", _events, "List events in date order, filtered by date, actor and kind.")
    date_options(events)
    events.add_argument(
        "--actor",
        action="append",
        help="involving this actor (id, name or alias) as participant or place; repeat to require all",
    )
    kind_option(events, (kind.value for kind in jnc.EventKind), "events")
    json_option(events)
    json_option(command("timeline", _timeline, "Every event in date order."))
    agreements = command("agreements", _agreements, "List the agreements, filtered by date, party and kind.")
    date_options(agreements)
    agreements.add_argument(
        "--actor",
        "--party",
        dest="actor",
        action="append",
        help="with this actor (id, name or alias) as a party; repeat to require all",
    )
    kind_option(agreements, (kind.value for kind in jnc.AgreementKind), "agreements")
    json_option(agreements)
    json_option(_quotes_command(command), "quote")
    search = command("search", _search, "Find whole words in the articles, case-insensitively.")
    search.add_argument("term", help="the words to find")
    search.add_argument(
        "--scope",
        choices=("body", "text"),
        default="body",
        help="body: the paragraphs (default); text: the whole raw text, headlines and comments too",
    )
    search.add_argument(
        "-C",
        "--context",
        type=_count,
        default=40,
        metavar="N",
        help="characters of context on each side (default: 40)",
    )
    json_option(search, "hit")
    _export_command(command)
    parse = command("parse", _parse, "Parse a raw text file into an article and print it as JSON.")
    parse.add_argument(
        "file",
        nargs="+",
        metavar="FILE",
        help="a UTF-8 text file, or - for standard input; with --out, files and directories",
    )
    parse.add_argument("--publisher", help="the publisher, when known")
    parse.add_argument("--original-source", help="the original publisher, for a repost")
    parse.add_argument(
        "--mentions",
        action="store_true",
        help="list the actors the text names (id, count, name), from the corpus's actor table",
    )
    json_option(parse, "article (or mention, with --mentions)")
    _batch_options(parse)
    validate = command("validate", _validate, "Check a corpus directory and list every problem found.")
    validate.add_argument("directory", help="a corpus directory (manifest.json, documents/, ...)")
    validate.add_argument(
        "--json", action="store_true", help="print each problem as one JSON object a line on stdout"
    )
    return parser


def _export_command(
    command: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
) -> None:
    export_ = command(
        "export",
        _export,
        "Write records as JSON, JSON Lines or CSV to standard output, or as Parquet to a file; "
        "tables (CSV, Parquet) follow the schemas of the Tables page.",
    )
    export_.add_argument(
        "--format", choices=("json", "jsonl", "csv", "parquet"), default="json", help="default: json"
    )
    export_.add_argument(
        "--what",
        choices=(*COLLECTIONS, "all"),
        default="events",
        help="default: events; all (with --format parquet) writes every table into the folder --output",
    )
    export_.add_argument(
        "--output", "-o", metavar="PATH", help="the Parquet file (or folder, for --what all)"
    )
    export_.add_argument("--from", dest="start", type=_partial_date, metavar="DATE", help="from this date on")
    export_.add_argument("--to", dest="end", type=_partial_date, metavar="DATE", help="up to this date")
    export_.add_argument(
        "--actor",
        action="append",
        help="involving (events), party to (agreements), mentioned in (articles) or speaking (quotes) "
        "this actor; repeat to require all",
    )
    export_.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help="of this kind (events, actors, agreements, quotes); repeatable",
    )


def _count(value: str) -> int:
    if not value.isdigit():
        msg = f"not a whole number of characters: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(value)


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one exit code per way a run ends
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
        with _escaped_output(
            shown=arguments.run not in _DATA_COMMANDS and not getattr(arguments, "json", False)
        ):
            code = int(arguments.run(arguments))
            if sys.stdout is not None:
                sys.stdout.flush()  # inside the try: a closed pipe shows up here, not at exit
    except _UsageError as error:
        print(f"{_PROG}: error: {_printable(str(error))}", file=sys.stderr)
        return 2
    except jnc.CorpusError as error:
        print(f"{_PROG}: {_printable(str(error))}", file=sys.stderr)
        return 1
    except ImportError as error:
        if error.name not in _EXTRAS:
            raise
        # An optional extra the command needs (pyarrow for Parquet); the message says how to install it.
        print(f"{_PROG}: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as error:
        # A full disk or a closed standard output: say so, without a traceback.
        _silence_stdout()
        print(f"{_PROG}: cannot write the output: {error.strerror or error}", file=sys.stderr)
        return 1
    return code


# Characters that make a terminal do something (ESC starts a sequence, C1 controls, a lone CR
# overwrites the line), escaped in text meant to be read; data commands write bytes as they are.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
_DATA_COMMANDS = {_export, _parse}


def _printable(text: str) -> str:
    r"""``text`` with terminal control characters written as escapes (``\x1b``)."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


class _Escaping(io.TextIOBase):
    """A text stream that writes to another with terminal control characters escaped."""

    def __init__(self, stream: Any) -> None:  # noqa: ANN401 - any text stream
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(_printable(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return int(self._stream.fileno())


@contextlib.contextmanager
def _escaped_output(*, shown: bool) -> Iterator[None]:
    """While the block runs, escape control characters on stdout if ``shown`` (text for people)."""
    stream = sys.stdout
    if not shown or stream is None:
        yield
        return
    sys.stdout = _Escaping(stream)
    try:
        yield
    finally:
        sys.stdout = stream


def _silence_stdout() -> None:
    """After the reader of a pipe (``| head``) went away, let nothing more be written."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        # Not a real file descriptor (captured output): there is nothing to silence.
        return
