"""The command line: ``japan-nato-corpus`` or ``python -m japan_nato_corpus``.

Exit codes: 0 success, 1 a corpus or data error (reported on stderr), 2 a usage
error. Output is plain text (never coloured), so it pipes well into ``grep`` or
``head``.
"""

import argparse
import csv
import io
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import japan_nato_corpus as jnc

if TYPE_CHECKING:
    from japan_nato_corpus.model import Actor, Agreement, Article, Event, Evidence, PartialDate

__all__ = ["main"]

_PROG = "japan-nato-corpus"
_COLLECTIONS = ("events", "articles", "actors", "agreements")


# --- The query API, each use behind one function ------------------------------
# Plain filters over the records; the query API (corpus.events.between, ...) answers the same.


def _events_between(
    corpus: jnc.Corpus, start: "PartialDate | None", end: "PartialDate | None"
) -> list["Event"]:
    """Events whose date range overlaps ``start``..``end`` (either bound may be open)."""
    return [
        event
        for event in corpus.events
        if (start is None or (event.end or event.date).latest >= start.earliest)
        and (end is None or event.date.earliest <= end.latest)
    ]


def _events_involving(corpus: jnc.Corpus, events: Iterable["Event"], actor: str) -> list["Event"]:
    """The ``events`` in which the actor named by id or alias takes part."""
    wanted = {a.id for a in _actors_named(corpus, actor)} or {actor}
    return [event for event in events if wanted & set(event.actors)]


def _events_of_kind(events: Iterable["Event"], kinds: Sequence[str]) -> list["Event"]:
    return [event for event in events if event.kind.value in kinds]


def _timeline(corpus: jnc.Corpus) -> list["Event"]:
    return sorted(corpus.events, key=lambda event: (event.date, event.id))


def _actors_named(corpus: jnc.Corpus, name: str) -> list["Actor"]:
    folded = name.casefold()
    return [actor for actor in corpus.actors if folded in {n.casefold() for n in (actor.id, *actor.names)}]


def _actors_of_kind(corpus: jnc.Corpus, kinds: Sequence[str]) -> list["Actor"]:
    return [actor for actor in corpus.actors if actor.kind.value in kinds]


def _search(corpus: jnc.Corpus, term: str, context: int = 40) -> list[tuple[str, int, int, str, str, str]]:
    """``(document, start, end, text, left, right)`` for each case-insensitive match."""
    folded = term.casefold()
    hits = []
    for article in corpus.articles:
        text = article.text
        lowered = text.casefold()
        start = lowered.find(folded)
        while start != -1 and folded:
            end = start + len(term)
            hits.append(
                (
                    article.id,
                    start,
                    end,
                    text[start:end],
                    text[max(0, start - context) : start],
                    text[end : end + context],
                )
            )
            start = lowered.find(folded, end)
    return hits


def _write_events_csv(events: Sequence["Event"], file: TextIO) -> None:
    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(["id", "date", "end", "kind", "modality", "summary", "actors", "evidence"])
    for event in events:
        writer.writerow(
            [
                event.id,
                event.date.iso,
                event.end.iso if event.end else "",
                event.kind.value,
                event.modality.value,
                event.summary,
                ";".join(event.actors),
                ";".join(f"{e.document}:{e.start}-{e.end}" for e in event.evidence),
            ]
        )


# --- Commands ----------------------------------------------------------------------


def _corpus(arguments: argparse.Namespace) -> jnc.Corpus:
    return jnc.load(arguments.corpus)


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


def _show(arguments: argparse.Namespace) -> int:
    corpus = _corpus(arguments)
    for name in ("articles", "actors", "events", "agreements"):
        record = getattr(corpus, name).get(arguments.id)
        if record is not None:
            print(_SHOW[name](corpus, record))
            return 0
    known = [i for name in _COLLECTIONS for i in getattr(corpus, name).ids]
    import difflib  # noqa: PLC0415 - only needed on a miss

    suggestions = difflib.get_close_matches(arguments.id, known, n=3, cutoff=0.6)
    raise jnc.UnknownIdError(arguments.id, kind="record", suggestions=suggestions)


def _show_article(_: jnc.Corpus, article: "Article") -> str:
    lines = [
        f"article {article.id}",
        f"  headline:  {article.headline or '-'}",
        f"  published: {article.published or 'undated'}",
        f"  publisher: {article.publisher or '-'}",
    ]
    if article.original_source:
        lines.append(f"  original source: {article.original_source}")
    if article.authors:
        lines.append(f"  authors:   {', '.join(article.authors)}")
    lines.append(f"  {len(article.paragraphs)} paragraphs, {len(article.text)} characters")
    lines += [f"\n  {paragraph.text}" for paragraph in article.paragraphs[:3]]
    return "\n".join(lines)


def _show_actor(_: jnc.Corpus, actor: "Actor") -> str:
    lines = [f"actor {actor.id} ({actor.kind.value})", f"  name: {actor.name}"]
    lines += [
        f"  alias: {alias.name}" + (f" (used by {', '.join(alias.used_by)})" if alias.used_by else "")
        for alias in actor.aliases
    ]
    for office in actor.offices:
        lines.append(
            f"  office: {office.title}" + (f", {office.organisation}" if office.organisation else "")
        )
        lines += _evidence_lines(office.evidence)
    if actor.wikidata:
        lines.append(f"  wikidata: {actor.wikidata}")
    if actor.description:
        lines.append(f"  {actor.description}")
    return "\n".join(lines)


def _show_event(_: jnc.Corpus, event: "Event") -> str:
    when = event.date.iso + (f" to {event.end.iso}" if event.end else "")
    lines = [
        f"event {event.id} ({event.kind.value}, {event.modality.value})",
        f"  date: {when}",
        f"  {event.summary}",
    ]
    if event.place:
        lines.append(f"  place: {event.place}")
    lines += [f"  {p.role.value}: {p.actor}" for p in event.participants]
    lines += _evidence_lines(event.evidence)
    return "\n".join(lines)


def _show_agreement(_: jnc.Corpus, agreement: "Agreement") -> str:
    lines = [
        f"agreement {agreement.id} ({agreement.kind.value})",
        f"  name: {agreement.name}",
        f"  date: {agreement.date.iso if agreement.date else 'undated'}",
    ]
    if agreement.parties:
        lines.append(f"  parties: {', '.join(agreement.parties)}")
    if agreement.signatories:
        lines.append(f"  signatories: {', '.join(agreement.signatories)}")
    lines += [f"  area: {area}" for area in agreement.areas]
    lines += [f"  obligation: {obligation}" for obligation in agreement.obligations]
    lines += _evidence_lines(agreement.evidence)
    return "\n".join(lines)


def _evidence_lines(evidence: Iterable["Evidence"]) -> list[str]:
    return [f'  evidence {e.document} [{e.start}:{e.end}]: "{e.quote}"' for e in evidence]


_SHOW: dict[str, Callable[[jnc.Corpus, Any], str]] = {
    "articles": _show_article,
    "actors": _show_actor,
    "events": _show_event,
    "agreements": _show_agreement,
}


def _actors(arguments: argparse.Namespace) -> int:
    corpus = _corpus(arguments)
    actors = _actors_of_kind(corpus, arguments.kind) if arguments.kind else list(corpus.actors)
    for actor in actors:
        print(f"{actor.id:<32}  {actor.kind.value:<12}  {actor.name}")
    return 0


def _events(arguments: argparse.Namespace) -> int:
    corpus = _corpus(arguments)
    if arguments.start or arguments.end:
        events = _events_between(corpus, arguments.start, arguments.end)
    else:
        events = list(corpus.events)
    for actor in arguments.actor or ():
        events = _events_involving(corpus, events, actor)
    if arguments.kind:
        events = _events_of_kind(events, arguments.kind)
    _print_events(events)
    return 0


def _print_events(events: Iterable["Event"]) -> None:
    for event in events:
        print(f"{event.date.iso:<10}  {event.kind.value:<16}  {event.id}: {event.summary}")


def _timeline_command(arguments: argparse.Namespace) -> int:
    _print_events(_timeline(_corpus(arguments)))
    return 0


def _search_command(arguments: argparse.Namespace) -> int:
    hits = _search(_corpus(arguments), arguments.term)
    for document, start, end, text, left, right in hits:
        line = f"{left}[{text}]{right}".replace("\n", " ")
        print(f"{document} [{start}:{end}]  {line}")
    return 0 if hits else 1


def _export(arguments: argparse.Namespace) -> int:
    from japan_nato_corpus import converter  # noqa: PLC0415 - costly; only when exporting

    records = list(getattr(_corpus(arguments), arguments.what))
    if arguments.format == "json":
        sys.stdout.write(converter.dumps(records) + "\n")
    elif arguments.format == "jsonl":
        sys.stdout.write(converter.dumps_lines(records))
    elif arguments.what == "events":
        _write_events_csv(records, sys.stdout)
    else:
        _write_flat_csv([converter.unstructure(record) for record in records], sys.stdout)
    return 0


def _write_flat_csv(rows: Sequence[dict[str, Any]], file: TextIO) -> None:
    """Top-level fields as columns; nested values as compact JSON."""
    import json  # noqa: PLC0415

    columns = list(dict.fromkeys(key for row in rows for key in row))
    writer = csv.DictWriter(file, columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: v if isinstance(v, str | int | float) or v is None else json.dumps(v) for k, v in row.items()}
        )


def _parse(arguments: argparse.Namespace) -> int:
    from japan_nato_corpus import converter  # noqa: PLC0415 - costly; only when parsing

    path = Path(arguments.file)
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


def _validate(arguments: argparse.Namespace) -> int:
    from japan_nato_corpus._validate import problems_in  # noqa: PLC0415

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


def _partial_date(value: str) -> "PartialDate":
    try:
        return jnc.PartialDate.from_iso(value)
    except ValueError as error:
        msg = f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}"
        raise argparse.ArgumentTypeError(msg) from error


def _kinds(enum_name: str) -> list[str]:
    return [kind.value for kind in getattr(jnc, enum_name)]


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
        "--kind", action="append", choices=_kinds("ActorKind"), help="only actors of this kind"
    )
    events = command("events", _events, "List events, optionally filtered by date, actor and kind.")
    events.add_argument("--from", dest="start", type=_partial_date, metavar="DATE", help="from this date on")
    events.add_argument("--to", dest="end", type=_partial_date, metavar="DATE", help="up to this date")
    events.add_argument("--actor", action="append", help="involving this actor (id or alias); repeatable")
    events.add_argument(
        "--kind", action="append", choices=_kinds("EventKind"), help="of this kind; repeatable"
    )
    command("timeline", _timeline_command, "Every event in date order.")
    command("search", _search_command, "Find a term in the articles' text, case-insensitively.").add_argument(
        "term", help="the words to find"
    )
    export = command("export", _export, "Write records as JSON, JSON Lines or CSV to standard output.")
    export.add_argument("--format", choices=("json", "jsonl", "csv"), default="json", help="default: json")
    export.add_argument("--what", choices=_COLLECTIONS, default="events", help="default: events")
    parse = command("parse", _parse, "Parse a raw text file into an article and print it as JSON.")
    parse.add_argument("file", help="a UTF-8 text file")
    parse.add_argument("--publisher", help="the publisher, when known")
    parse.add_argument("--original-source", help="the original publisher, for a repost")
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
