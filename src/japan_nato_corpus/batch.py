"""Parsing many pages at once: in parallel processes, in bounded memory, to Parquet.

:func:`parse_files` parses files in worker processes and yields one result per
file, in input order, holding only a bounded window of files in flight.
:func:`run` streams the results into a Parquet file (or a corpus directory in
:func:`~japan_nato_corpus.load` layout, for small sets), skipping the files a
stopped run already wrote, matched by the sha256 of their bytes.
:func:`dask_parse` does the same work on a Dask cluster.

pyarrow (the ``arrow`` extra), tqdm (``progress``) and Dask (``dask``) are
imported only by the functions that need them.

The Parquet table has one row per article, in the columns of :data:`COLUMNS`;
spans are ``{start, end, text}`` structs of half-open character offsets into
``text``, and repeated parts (paragraphs, credits, captions, mentions ...) are
lists of such structs. The file metadata records the package version, the
version of the bundled data whose actors the mentions were found with, and the
options of the run.
"""

import collections
import concurrent.futures
import contextlib
import datetime as dt
import enum
import fnmatch
import functools
import hashlib
import importlib
import importlib.util
import itertools
import multiprocessing
import os
import re
import shutil
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar

import attrs

from japan_nato_corpus import CORPUS_VERSION
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.errors import CorpusError, IntegrityError, ParseError
from japan_nato_corpus.mentions import find_mentions
from japan_nato_corpus.model import Actor, Article, Document, Manifest, Mention, Quote, Span
from japan_nato_corpus.parse import MAX_CHARS, parse_article
from japan_nato_corpus.quotes import find_quotes
from japan_nato_corpus.storage import load, save

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "COLUMNS",
    "PART_ROWS",
    "FailureKind",
    "Outcome",
    "ParseFailure",
    "Parsed",
    "Skipped",
    "Summary",
    "article_rows",
    "article_schema",
    "dask_parse",
    "describe",
    "expand_paths",
    "parse_files",
    "run",
]

COLUMNS = (
    "id",
    "publisher",
    "original_source",
    "title",
    "title_start",
    "title_end",
    "published",
    "published_earliest",
    "published_latest",
    "published_precision",
    "published_at",
    "dateline",
    "dateline_start",
    "dateline_end",
    "authors",
    "credits",
    "paragraphs",
    "captions",
    "footnotes",
    "comments",
    "boilerplate",
    "mentions",
    "actors",
    "actor_names",
    "text",
    "path",
    "sha256",
)
"""The columns of the article table, in order (see :func:`article_schema`)."""

PART_ROWS = 2048
"""Rows per Parquet row group, and per part file while a run is under way."""

_METADATA_PREFIX = "japan_nato_corpus."
T = TypeVar("T")


class FailureKind(enum.Enum):
    """Why a file gave no article."""

    UNREADABLE = "unreadable"
    """The file could not be read: missing, a directory, no permission."""
    ENCODING = "encoding"
    """The bytes are not UTF-8."""
    TOO_LARGE = "too-large"
    """The file is larger than the parser accepts."""
    PARSE = "parse"
    """The text is not an article: empty, binary, no title nor body, an unknown time zone."""
    INTERNAL = "internal"
    """The parser failed unexpectedly on this text; a bug worth reporting with the file."""


@attrs.frozen(kw_only=True)
class ParseFailure:
    """A file that gave no article, and why.

    Attributes:
        path: The file, as given.
        kind: What went wrong.
        message: What went wrong and where, in one line.
    """

    path: str
    kind: FailureKind = attrs.field(validator=attrs.validators.instance_of(FailureKind))
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.kind.value}: {self.message}"


@attrs.frozen(kw_only=True)
class Skipped:
    """A file not parsed, because an article with the same bytes is already done.

    Attributes:
        path: The file, as given.
        sha256: Hex digest of its bytes.
    """

    path: str
    sha256: str


@attrs.frozen(kw_only=True)
class Parsed:
    """A file parsed into an article.

    Attributes:
        path: The file, as given.
        sha256: Hex digest of its bytes; the article id holds its first 12 digits.
        article: The article.
        mentions: The actors it names, when mentions were asked for.
        quotes: The quotations :func:`~japan_nato_corpus.find_quotes` found, when quotes were asked for.
    """

    path: str
    sha256: str
    article: Article
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()


Result = Parsed | ParseFailure | Skipped


class Outcome(enum.Enum):
    """What :func:`run` did with one file."""

    PARSED = "parsed"
    """Parsed and written."""
    DONE = "done"
    """Skipped: the output already holds an article with its bytes."""
    DUPLICATE = "duplicate"
    """Parsed, not written: an earlier file of this run had the same bytes."""
    FAILED = "failed"
    """No article; see the :class:`ParseFailure`."""


@attrs.frozen(kw_only=True)
class Summary:
    """What a :func:`run` did.

    Attributes:
        parsed: Files parsed and written.
        done: Files skipped because the output already held them.
        duplicates: Files whose bytes equal an earlier file's, not written again.
        failures: The files that gave no article, and why.
    """

    parsed: int = 0
    done: int = 0
    duplicates: int = 0
    failures: tuple[ParseFailure, ...] = ()


# --- Parsing one file ------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Job:
    """What each worker needs to parse a file: the same for every file of a run."""

    publisher: str | None = None
    original_source: str | None = None
    actors: tuple[Actor, ...] = ()
    mentions: bool = False
    quotes: bool = False
    skip: frozenset[int] = frozenset()
    max_chars: int = MAX_CHARS


def _key(sha256: str) -> int:
    # 128 bits of the digest: a set of a million of these is a fraction of the size of the hex strings.
    return int(sha256[:32], 16)


def _parse_one(path: str, job: _Job) -> Result:  # noqa: PLR0911 - one return per way to fail
    try:
        with Path(path).open("rb") as file:
            # Four bytes a character at most: a longer file cannot be within max_chars.
            raw = file.read(4 * job.max_chars + 1)
    except OSError as error:
        return ParseFailure(path=path, kind=FailureKind.UNREADABLE, message=error.strerror or str(error))
    if len(raw) > 4 * job.max_chars:
        message = f"more than {4 * job.max_chars} bytes"
        return ParseFailure(path=path, kind=FailureKind.TOO_LARGE, message=message)
    sha256 = hashlib.sha256(raw).hexdigest()
    if job.skip and _key(sha256) in job.skip:
        return Skipped(path=path, sha256=sha256)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        message = f"not UTF-8 ({error.reason} at byte {error.start})"
        return ParseFailure(path=path, kind=FailureKind.ENCODING, message=message)
    try:
        article = parse_article(
            text, publisher=job.publisher, original_source=job.original_source, max_chars=job.max_chars
        )
    except CorpusError as error:
        return ParseFailure(path=path, kind=FailureKind.PARSE, message=str(error))
    except Exception as error:  # noqa: BLE001 - one bad page must not stop a million
        message = f"{type(error).__name__}: {error}"
        return ParseFailure(path=path, kind=FailureKind.INTERNAL, message=message)
    mentions = find_mentions(text, job.actors, document=article.id) if job.mentions else ()
    quotes = find_quotes(text, actors=job.actors, document=article.id) if job.quotes else ()
    return Parsed(path=path, sha256=sha256, article=article, mentions=mentions, quotes=quotes)


# --- Worker processes ------------------------------------------------------------

_WORKER_JOB: list[_Job] = []
_WORKER_NAMES: dict[str, str] = {}


def _start_worker(job: _Job) -> None:
    # Ctrl-C goes to the whole process group; the parent alone handles it, so that
    # the files already in flight are finished and written, not parsed again later.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _set_job(job)


def _set_job(job: _Job) -> None:
    _WORKER_JOB[:] = [job]
    _WORKER_NAMES.clear()
    _WORKER_NAMES.update({actor.id: actor.name for actor in job.actors})


def _parse_chunk(paths: Sequence[str]) -> list[Result]:
    job = _WORKER_JOB[0]
    return [_parse_one(path, job) for path in paths]


def _chunks(paths: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(paths)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _pooled(  # noqa: PLR0913 - the pieces of one pool
    work: Callable[[Sequence[str]], T],
    paths: Iterable[str],
    job: _Job,
    *,
    workers: int,
    chunksize: int,
    stop: Callable[[], bool] = lambda: False,
) -> Iterator[T]:
    """``work(chunk)`` for each chunk of ``paths``, in order, with a bounded window in flight.

    With one worker the chunks are worked in this process. Once ``stop()`` is
    true no more chunks are started, and those in flight are still yielded.
    """
    chunks = _chunks(paths, chunksize)
    if workers == 1:
        _set_job(job)
        for chunk in chunks:
            yield work(chunk)
            if stop():
                return
        return
    context = multiprocessing.get_context("spawn")
    window: collections.deque[concurrent.futures.Future[T]] = collections.deque()
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(job,)
    )
    try:
        for chunk in itertools.islice(chunks, 4 * workers):
            window.append(pool.submit(work, chunk))
        while window:
            result = window.popleft().result()
            if not stop():
                window.extend(pool.submit(work, chunk) for chunk in itertools.islice(chunks, 1))
            yield result
    finally:
        pool.shutdown(cancel_futures=True)


class _Interrupt:
    """Turns the first Ctrl-C into a request to stop after the files in flight; a second one stops at once."""

    def __init__(self) -> None:
        self.requested = False
        self.previous: Any = None

    def __enter__(self) -> Self:
        try:
            self.previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:
            # Not the main thread: signals cannot be handled here, and stop nothing.
            self.previous = None
        return self

    def _handle(self, _signal: int, _frame: object) -> None:
        self.requested = True
        signal.signal(signal.SIGINT, self.previous)

    def __exit__(self, *_: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def __call__(self) -> bool:
        return self.requested


def _job(  # noqa: PLR0913 - keyword options of one job
    *,
    mentions: bool,
    actors: Iterable[Actor] | None,
    quotes: bool,
    publisher: str | None,
    original_source: str | None,
    skip: frozenset[int] = frozenset(),
) -> _Job:
    chosen: tuple[Actor, ...] = ()
    if mentions or quotes:
        if actors is None:
            actors = load().actors
        chosen = tuple(actors)
    return _Job(
        publisher=publisher,
        original_source=original_source,
        actors=chosen,
        mentions=mentions,
        quotes=quotes,
        skip=skip,
    )


def _workers(workers: int | None) -> int:
    if workers is None:
        if hasattr(os, "sched_getaffinity"):
            return max(1, len(os.sched_getaffinity(0)))
        return os.cpu_count() or 1
    if workers < 1:
        msg = f"workers must be at least 1, got {workers}"
        raise ParseError(msg)
    return workers


def parse_files(  # noqa: PLR0913 - keyword options of one job
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    mentions: bool = False,
    actors: Iterable[Actor] | None = None,
    quotes: bool = False,
    publisher: str | None = None,
    original_source: str | None = None,
    skip: Iterable[str] = (),
    chunksize: int = 16,
) -> Iterator[Result]:
    """Parse files in parallel, yielding one result per file, in the order given.

    Each file is read as bytes and decoded as strict UTF-8; a file that cannot
    be read, decoded or parsed gives a :class:`ParseFailure` and the run goes on.
    Files are handed to worker processes ``chunksize`` at a time, and at most
    four chunks a worker are in flight, so memory does not grow with the number
    of files; ``paths`` is consumed lazily. Article ids are the parser's
    default, ``article-`` and the first 12 hex digits of the file's sha256.

    Args:
        paths: The files to parse; any iterable, consumed as needed.
        workers: Worker processes; ``None`` for one per available core, 1 to
            parse in this process.
        mentions: Also find the mentions of ``actors`` in each article.
        actors: The actors for mentions and quotes; the bundled corpus's by default.
        quotes: Also find each article's quotations
            (:func:`~japan_nato_corpus.find_quotes`, speakers among ``actors``).
        publisher: The publisher, for texts that name none.
        original_source: The original publisher, for reposts that name none.
        skip: sha256 hex digests of files not to parse; each gives a :class:`Skipped`.
        chunksize: Files per task sent to a worker.

    Yields:
        A :class:`Parsed`, :class:`ParseFailure` or :class:`Skipped` per file.

    Raises:
        ParseError: ``workers`` or ``chunksize`` is below 1.
    """
    if chunksize < 1:
        msg = f"chunksize must be at least 1, got {chunksize}"
        raise ParseError(msg)
    job = _job(
        mentions=mentions,
        actors=actors,
        quotes=quotes,
        publisher=publisher,
        original_source=original_source,
        skip=frozenset(map(_key, skip)),
    )
    names = (os.fspath(path) for path in paths)
    for chunk in _pooled(_parse_chunk, names, job, workers=_workers(workers), chunksize=chunksize):
        yield from chunk


def expand_paths(inputs: Iterable[str | os.PathLike[str]], *, pattern: str = "*.txt") -> Iterator[str]:
    """The files named by ``inputs``: each file as given, each directory's matching files.

    Directories are walked recursively in sorted order, hidden entries left
    out, so that every run sees the files in the same order.

    Args:
        inputs: Files and directories.
        pattern: The file names taken from directories: a shell-style pattern
            (``*``, ``?``, ``[seq]``), case-sensitive, matched against the
            name alone, as ``fnmatch.fnmatchcase`` does.

    Raises:
        ParseError: ``pattern`` holds a path separator (it is matched against names only).
    """
    if "/" in pattern or os.sep in pattern:
        msg = f"pattern {pattern!r} holds a path separator; it is matched against file names only"
        raise ParseError(msg)
    matches = re.compile(fnmatch.translate(pattern)).match
    return _expand(inputs, matches)


def _expand(inputs: Iterable[str | os.PathLike[str]], matches: Callable[[str], object]) -> Iterator[str]:
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, matches)
        else:
            yield os.fspath(given)


def _walk(directory: Path, matches: Callable[[str], object]) -> Iterator[str]:
    entries = sorted(
        (entry for entry in os.scandir(directory) if not entry.name.startswith(".")), key=lambda e: e.name
    )
    for entry in entries:
        if entry.is_dir():
            yield from _walk(Path(entry.path), matches)
        elif matches(entry.name):
            yield entry.path


# --- The article table -----------------------------------------------------------


def _require(module: str, extra: str) -> Any:  # noqa: ANN401 - a module
    try:
        return importlib.import_module(module)
    except ImportError:
        msg = f"{module} is needed for this: pip install 'japan-nato-corpus[{extra}]'"
        raise ImportError(msg, name=module) from None


def article_schema() -> "pa.Schema":
    """The Arrow schema of the article table, one field per name of :data:`COLUMNS`.

    The columns of the flat article table of :mod:`japan_nato_corpus.export`,
    then ``path`` (the file as given) and ``sha256`` (of its bytes). ``published``
    is the ISO date at its precision (``2014``, ``2014-05``, ``2014-05-06``),
    ``published_earliest`` and ``published_latest`` the first and last day it may
    stand for, ``published_at`` the time in UTC when the page gives one; ``title``
    and ``dateline`` come with their offsets; the parts of the page are lists of
    structs with half-open offsets into ``text``.

    Raises:
        ImportError: pyarrow is not installed (the ``arrow`` extra).
    """
    # The export's article table, typed the same way; kept here too until the batch
    # output is built from ``export.arrow_schema("articles")`` itself.
    pa = _require("pyarrow", "arrow")
    offsets = [pa.field("start", pa.int64()), pa.field("end", pa.int64())]
    span = pa.struct([*offsets, pa.field("text", pa.string())])
    strings = pa.list_(pa.string())
    fields = {
        "title": pa.string(),
        "published_earliest": pa.date32(),
        "published_latest": pa.date32(),
        "published_at": pa.timestamp("us", tz="UTC"),
        "title_start": pa.int64(),
        "title_end": pa.int64(),
        "dateline_start": pa.int64(),
        "dateline_end": pa.int64(),
        "authors": strings,
        "credits": pa.list_(
            pa.struct([pa.field("name", pa.string()), pa.field("role", pa.string()), *offsets])
        ),
        "paragraphs": pa.list_(span),
        "captions": pa.list_(pa.struct([pa.field("body", span), pa.field("credit", span)])),
        "footnotes": pa.list_(
            pa.struct([pa.field("number", pa.int64()), *offsets, pa.field("text", pa.string())])
        ),
        "comments": pa.list_(
            pa.struct([pa.field("body", span), pa.field("author", span), pa.field("posted", pa.string())])
        ),
        "boilerplate": pa.list_(
            pa.struct([pa.field("kind", pa.string()), *offsets, pa.field("text", pa.string())])
        ),
        "mentions": pa.list_(
            pa.struct([pa.field("actor", pa.string()), *offsets, pa.field("text", pa.string())])
        ),
        "actors": strings,
        "actor_names": strings,
    }
    return pa.schema([pa.field(name, fields.get(name, pa.string())) for name in COLUMNS])


@functools.cache
def _schema() -> "pa.Schema":
    # Built once a process: a chunk's conversion would otherwise build its 70 types again.
    return article_schema()


def _span(span: Span | None) -> dict[str, object] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    return moment if moment is None or moment.tzinfo is None else moment.astimezone(dt.UTC)


def _row(parsed: Parsed, names: Mapping[str, str]) -> dict[str, object]:
    article = parsed.article
    published, title, dateline = article.published, article.title, article.dateline
    actors = list(dict.fromkeys(mention.actor for mention in parsed.mentions))
    return {
        "id": article.id,
        "publisher": article.publisher,
        "original_source": article.original_source,
        "title": None if title is None else title.text,
        "title_start": None if title is None else title.start,
        "title_end": None if title is None else title.end,
        "published": None if published is None else published.iso,
        "published_earliest": None if published is None else published.earliest,
        "published_latest": None if published is None else published.latest,
        "published_precision": None if published is None else published.precision.value,
        "published_at": _utc(article.published_at),
        "dateline": None if dateline is None else dateline.text,
        "dateline_start": None if dateline is None else dateline.start,
        "dateline_end": None if dateline is None else dateline.end,
        "authors": list(article.authors),
        "credits": [
            {"name": c.name.text, "role": c.role.value, "start": c.name.start, "end": c.name.end}
            for c in article.credits
        ],
        "paragraphs": [_span(paragraph) for paragraph in article.paragraphs],
        "captions": [{"body": _span(c.body), "credit": _span(c.credit)} for c in article.captions],
        "footnotes": [{"number": note.number, **_offsets(note.body)} for note in article.footnotes],
        "comments": [
            {
                "body": _span(c.body),
                "author": _span(c.author),
                "posted": None if c.posted is None else c.posted.isoformat(),
            }
            for c in article.comments
        ],
        "boilerplate": [{"kind": b.kind.value, **_offsets(b.span)} for b in article.boilerplate],
        "mentions": [{"actor": m.actor, **_offsets(m)} for m in parsed.mentions],
        "actors": actors,
        "actor_names": [names.get(actor) for actor in actors],
        "text": article.text,
        "path": parsed.path,
        "sha256": parsed.sha256,
    }


def _offsets(span: Span | Mention) -> dict[str, object]:
    return {"start": span.start, "end": span.end, "text": span.text}


def article_rows(results: Iterable[Result], *, actors: Iterable[Actor] | None = None) -> "pa.Table":
    """A :class:`pyarrow.Table` of the articles among ``results``, one row each, in order.

    Failures and skipped files have no row.

    Args:
        results: What :func:`parse_files` yields.
        actors: Where the ``actor_names`` come from; without them, names are ``null``.

    Raises:
        ImportError: pyarrow is not installed (the ``arrow`` extra).
    """
    pa = _require("pyarrow", "arrow")
    names = {actor.id: actor.name for actor in actors or ()}
    rows = [_row(result, names) for result in results if isinstance(result, Parsed)]
    return pa.Table.from_batches([_record_batch(rows)])


def _record_batch(rows: Sequence[dict[str, Any]]) -> "pa.RecordBatch":
    """The rows of :func:`_row` as one record batch of :func:`article_schema`."""
    pa = _require("pyarrow", "arrow")
    schema = _schema()
    columns = [_array(pa, [row[name] for row in rows], schema.field(name).type) for name in COLUMNS]
    return pa.RecordBatch.from_arrays(columns, schema=schema)


def _array(pa: Any, values: list[Any], kind: "pa.DataType") -> "pa.Array":  # noqa: ANN401 - the module
    # Column by column, nested lists flattened beside their offsets: four times faster than
    # ``RecordBatch.from_pylist``, which converts each row's dicts one by one.
    if pa.types.is_list(kind):
        offsets, flat = [0], []
        for items in values:
            flat.extend(items)
            offsets.append(len(flat))
        return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), _array(pa, flat, kind.value_type))
    if pa.types.is_struct(kind):
        missing = [value is None for value in values]
        children = [
            _array(pa, [None if value is None else value[field.name] for value in values], field.type)
            for field in kind
        ]
        mask = pa.array(missing, pa.bool_()) if any(missing) else None
        return pa.StructArray.from_arrays(children, fields=list(kind), mask=mask)
    return pa.array(values, kind)


def _metadata(job: _Job) -> dict[str, str]:
    from importlib.metadata import version  # noqa: PLC0415 - costly; only when writing

    return {
        f"{_METADATA_PREFIX}package_version": version("japan-nato-corpus"),
        f"{_METADATA_PREFIX}corpus_version": CORPUS_VERSION,
        f"{_METADATA_PREFIX}table": "articles",
        **{f"{_METADATA_PREFIX}{name}": value for name, value in _options(job).items()},
    }


def _options(job: _Job) -> dict[str, str]:
    """The options that shape the rows: a run may only resume with the same ones."""
    actors = ",".join(actor.id for actor in job.actors) if job.mentions else ""
    return {
        "mentions": "yes" if job.mentions else "no",
        "actors_sha256": hashlib.sha256(actors.encode()).hexdigest(),
        "publisher": job.publisher or "",
        "original_source": job.original_source or "",
    }


def _rows_chunk(paths: Sequence[str]) -> "_Rows":
    """Parse ``paths`` into a record batch of their articles; the rest as results without articles.

    The conversion to Arrow is the costliest step after parsing itself, so it is
    done here, in the worker, and the parent receives one compact record batch
    a chunk (pickled as its Arrow buffers) instead of a dictionary a row.
    """
    results = _parse_chunk(paths)
    parsed = [result for result in results if isinstance(result, Parsed)]
    batch = _record_batch([_row(result, _WORKER_NAMES) for result in parsed])
    files = [(result.path, result.sha256) for result in parsed]
    return batch, files, [result for result in results if not isinstance(result, Parsed)]


_Rows = tuple["pa.RecordBatch", list[tuple[str, str]], list[ParseFailure | Skipped]]
"""What a worker sends back for a chunk: the rows, the (path, sha256) of each row, the other results."""


# --- Runs ------------------------------------------------------------------------


@attrs.frozen
class _Plan:
    """How a run hands out its files: how many workers, how many files a task, when to stop."""

    workers: int
    chunksize: int
    stop: Callable[[], bool]

    def map(self, work: Callable[[Sequence[str]], T], paths: Iterable[str], job: _Job) -> Iterator[T]:
        return _pooled(work, paths, job, workers=self.workers, chunksize=self.chunksize, stop=self.stop)


class _Tally:
    """Counts what a run does, and tells the caller about each file."""

    def __init__(
        self,
        report: Callable[[str, Outcome], None] | None,
        on_failure: Callable[[ParseFailure], None] | None,
    ) -> None:
        self.counts = collections.Counter[Outcome]()
        self.failures: list[ParseFailure] = []
        self.report = report
        self.on_failure = on_failure

    def add(self, path: str, outcome: Outcome) -> None:
        self.counts[outcome] += 1
        if self.report is not None:
            self.report(path, outcome)

    def failed(self, failure: ParseFailure) -> None:
        self.failures.append(failure)
        if self.on_failure is not None:
            self.on_failure(failure)
        self.add(failure.path, Outcome.FAILED)

    def summary(self) -> Summary:
        return Summary(
            parsed=self.counts[Outcome.PARSED],
            done=self.counts[Outcome.DONE],
            duplicates=self.counts[Outcome.DUPLICATE],
            failures=tuple(self.failures),
        )


def run(  # noqa: PLR0913 - keyword options of one job
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    workers: int | None = None,
    mentions: bool = False,
    actors: Iterable[Actor] | None = None,
    publisher: str | None = None,
    original_source: str | None = None,
    pattern: str = "*.txt",
    part_rows: int = PART_ROWS,
    chunksize: int = 64,
    report: Callable[[str, Outcome], None] | None = None,
    on_failure: Callable[[ParseFailure], None] | None = None,
    progress: bool | None = None,
) -> Summary:
    """Parse files and directories into a Parquet file, or into a corpus directory.

    ``out`` ending in ``.parquet`` gets the article table (see
    :func:`article_schema`), streamed: rows go to part files of ``part_rows``
    rows in ``OUT.parquet.parts/`` as they come, and at the same time to
    ``OUT.parquet.tmp``, which becomes ``out`` at the end (the parts are then
    removed), so memory does not grow with the number of files. Any
    other ``out`` is a corpus directory in :func:`~japan_nato_corpus.load`
    layout, built in memory, for small sets.

    A run is resumable: a file whose bytes an article in the output (or in the
    parts of a stopped run) already has is skipped, not parsed; a file whose
    bytes equal an earlier file's of the same run is written once. On an
    interrupt (``KeyboardInterrupt``) the files in flight are finished and
    written first. The finished output is the same as an uninterrupted run's.

    Args:
        inputs: Files and directories (walked for ``pattern``, in sorted order).
        out: ``*.parquet``, or a corpus directory.
        workers: Worker processes; ``None`` for one per core, 1 for this process.
        mentions: Also find the mentions of ``actors`` (a ``mentions`` column).
        actors: The actors for mentions; the bundled corpus's by default.
        publisher: The publisher, for texts that name none.
        original_source: The original publisher, for reposts that name none.
        pattern: The file names taken from directories.
        part_rows: Rows per row group and per part file.
        chunksize: Files per task sent to a worker.
        report: Called with each file and what became of it.
        on_failure: Called with each file that gave no article, as it happens.
        progress: Show a progress bar on standard error (tqdm, the ``progress``
            extra); ``None``: when standard error is a terminal and tqdm is installed.

    Returns:
        How many files were parsed, skipped, duplicates, and every failure.

    Raises:
        IntegrityError: The output was made with other options (mentions,
            actors, publisher); resuming would mix rows of two kinds.
        ParseError: ``workers``, ``chunksize`` or ``part_rows`` is below 1.
        ImportError: pyarrow is missing, for a Parquet ``out``.
    """
    if part_rows < 1:
        msg = f"part_rows must be at least 1, got {part_rows}"
        raise ParseError(msg)
    job = _job(
        mentions=mentions, actors=actors, quotes=False, publisher=publisher, original_source=original_source
    )
    inputs = [os.fspath(given) for given in inputs]  # walked twice when a progress bar counts them
    paths = expand_paths(inputs, pattern=pattern)
    target = Path(out)
    count = _workers(workers)
    with _Interrupt() as interrupt, _progress_bar(inputs, pattern, wanted=progress) as bar:
        tally = _Tally(_both(report, bar.report), bar.failure(on_failure))
        plan = _Plan(workers=count, chunksize=chunksize, stop=interrupt)
        if target.suffix == ".parquet":
            _ParquetRun(target, job, part_rows).run(paths, plan, tally)
        else:
            _corpus_run(target, job, paths, plan, tally)
    if interrupt.requested:
        raise KeyboardInterrupt
    return tally.summary()


def _both(
    first: Callable[[str, Outcome], None] | None, second: Callable[[str, Outcome], None] | None
) -> Callable[[str, Outcome], None] | None:
    if first is None or second is None:
        return first or second

    def both(path: str, outcome: Outcome) -> None:
        first(path, outcome)
        second(path, outcome)

    return both


class _Bar:
    """A tqdm progress bar over files, or nothing."""

    def __init__(self, bar: Any = None) -> None:  # noqa: ANN401 - a tqdm bar
        self.bar = bar
        self.report = None if bar is None else self._advance

    def _advance(self, _path: str, _outcome: Outcome) -> None:
        self.bar.update()

    def failure(
        self, on_failure: Callable[[ParseFailure], None] | None
    ) -> Callable[[ParseFailure], None] | None:
        if self.bar is None or on_failure is None:
            return on_failure
        tqdm = type(self.bar)

        def written_above(failure: ParseFailure) -> None:
            # Printed above the bar, not through it.
            with tqdm.external_write_mode():
                on_failure(failure)

        return written_above


@contextlib.contextmanager
def _progress_bar(
    inputs: Iterable[str | os.PathLike[str]], pattern: str, *, wanted: bool | None
) -> Iterator[_Bar]:
    if wanted is None:
        wanted = sys.stderr.isatty() and importlib.util.find_spec("tqdm") is not None
    if not wanted:
        yield _Bar()
        return
    tqdm = _require("tqdm", "progress").tqdm
    # Counting first costs a walk of the directories, and gives the bar its end.
    total = sum(1 for _ in expand_paths(inputs, pattern=pattern))
    with tqdm(total=total, unit="file", file=sys.stderr) as bar:
        yield _Bar(bar)


def describe(summary: Summary, out: str | os.PathLike[str]) -> str:
    """One line saying what a :func:`run` into ``out`` did, for people."""
    parts = [f"{summary.parsed} parsed"]
    if summary.done:
        parts.append(f"{summary.done} already done")
    if summary.duplicates:
        parts.append(f"{summary.duplicates} duplicates of others")
    parts.append(f"{len(summary.failures)} failed")
    return f"{os.fspath(out)}: " + ", ".join(parts)


class _RowGroups:
    """A Parquet file written as rows come, in row groups of exactly ``rows`` rows (the last may be short)."""

    def __init__(self, pa: Any, pq: Any, path: Path, schema: "pa.Schema", rows: int) -> None:  # noqa: ANN401
        self.pa = pa
        self.path = path
        self.rows = rows
        self.writer = pq.ParquetWriter(path, schema, compression="zstd")
        self.schema = schema
        self.pending: list[pa.Table] = []
        self.count = 0
        self.written = 0

    def add(self, table: "pa.Table") -> None:
        self.pending.append(table)
        self.count += table.num_rows
        while self.count >= self.rows:
            whole = self.pa.concat_tables(self.pending)
            self.writer.write_table(whole.slice(0, self.rows), row_group_size=self.rows)
            self.pending = [whole.slice(self.rows)]
            self.count -= self.rows
            self.written += self.rows
            _release(self.pa)

    def close(self) -> None:
        """Write what is pending (an empty file still gets its one empty row group) and the footer."""
        if self.count or not self.written:
            rest = self.pa.concat_tables(self.pending) if self.pending else self.schema.empty_table()
            self.writer.write_table(rest)
        self.writer.close()


def _release(pa: Any) -> None:  # noqa: ANN401 - the module
    # mimalloc, pyarrow's default allocator, keeps freed pages for reuse; at a row group's
    # worth of text each time, that would be a hundred megabytes held for nothing.
    pa.default_memory_pool().release_unused()


class _ParquetRun:
    """One run into a Parquet file, by way of part files that survive an interruption.

    The part files are what a stopped run leaves to resume from. While they are
    written, the same rows go to ``OUT.parquet.tmp``, which replaces ``out`` when
    the run finishes; a stopped run's ``.tmp`` is removed, never read.
    """

    def __init__(self, out: Path, job: _Job, part_rows: int) -> None:
        self.out = out
        self.parts = out.with_name(out.name + ".parts")
        self.temporary = out.with_name(out.name + ".tmp")
        self.part_rows = part_rows
        self.metadata = _metadata(job)
        self.job = job
        self.pa = _require("pyarrow", "arrow")
        self.pq = _require("pyarrow.parquet", "arrow")
        self.schema = article_schema().with_metadata(self.metadata)
        self.seen: set[int] = set()
        self.pending: list[pa.RecordBatch] = []
        self.pending_rows = 0
        self.next_part = 0
        self.final: _RowGroups | None = None

    def run(self, paths: Iterable[str], plan: "_Plan", tally: _Tally) -> None:
        self._resume()
        job = attrs.evolve(self.job, skip=frozenset(self.seen))
        try:
            try:
                for batch, files, others in plan.map(_rows_chunk, paths, job):
                    self._take(batch, files, others, tally)
            finally:
                self._flush(whole_only=False)
        except BaseException:
            self._discard()
            raise
        if plan.stop():
            self._discard()
        else:
            self._finish()

    def _sources(self) -> list[Path]:
        parts = sorted(self.parts.glob("part-*.parquet")) if self.parts.is_dir() else []
        return ([self.out] if self.out.exists() else []) + parts

    def _resume(self) -> None:
        if self.parts.is_dir():
            for stale in self.parts.glob("*.tmp"):
                stale.unlink()
        self.temporary.unlink(missing_ok=True)
        for source in self._sources():
            self._check_options(source)
            digests = self.pq.read_table(source, columns=["sha256"]).column("sha256").to_pylist()
            self.seen.update(map(_key, digests))
        parts = sorted(self.parts.glob("part-*.parquet")) if self.parts.is_dir() else []
        self.next_part = int(parts[-1].stem.removeprefix("part-")) + 1 if parts else 0

    def _check_options(self, source: Path) -> None:
        found = self.pq.read_schema(source).metadata or {}
        problems = [
            f"{key}: the file has {found.get(key.encode(), b'').decode()!r}, this run {value!r}"
            for key, value in self.metadata.items()
            if key.removeprefix(_METADATA_PREFIX) in _options(self.job)
            and found.get(key.encode(), b"").decode() != value
        ]
        if problems:
            where = f"{source} (made by a run with other options)"
            raise IntegrityError(where, problems)

    def _take(
        self,
        batch: "pa.RecordBatch",
        files: list[tuple[str, str]],
        others: list[ParseFailure | Skipped],
        tally: _Tally,
    ) -> None:
        keep = []
        for path, sha256 in files:
            key = _key(sha256)
            fresh = key not in self.seen
            self.seen.add(key)
            keep.append(fresh)
            tally.add(path, Outcome.PARSED if fresh else Outcome.DUPLICATE)
        for result in others:
            if isinstance(result, ParseFailure):
                tally.failed(result)
            elif isinstance(result, Skipped):
                tally.add(result.path, Outcome.DONE)
        if not all(keep):
            batch = batch.filter(self.pa.array(keep, self.pa.bool_()))
        if batch.num_rows:
            self.pending.append(batch)
            self.pending_rows += batch.num_rows
        if self.pending_rows >= self.part_rows:
            self._flush(whole_only=True)

    def _flush(self, *, whole_only: bool) -> None:
        """Write the pending rows as part files: only whole parts, or all that is pending."""
        if not self.pending_rows:
            return
        table = self.pa.Table.from_batches(self.pending, schema=self.schema)
        start = 0
        while table.num_rows - start >= self.part_rows or (not whole_only and start < table.num_rows):
            self._write_part(table.slice(start, self.part_rows))
            start += self.part_rows
        rest = table.slice(start)
        self.pending = rest.to_batches()
        self.pending_rows = rest.num_rows

    def _write_part(self, table: "pa.Table") -> None:
        final = self._final()
        self.parts.mkdir(parents=True, exist_ok=True)
        part = self.parts / f"part-{self.next_part:06d}.parquet"
        temporary = part.with_name(part.name + ".tmp")
        self.pq.write_table(table, temporary, row_group_size=self.part_rows, compression="zstd")
        temporary.replace(part)
        self.next_part += 1
        final.add(table)
        _release(self.pa)

    def _final(self) -> _RowGroups:
        """The file that becomes ``out``, opened on first use with the earlier output and parts in it."""
        if self.final is None:
            self.final = _RowGroups(self.pa, self.pq, self.temporary, self.schema, self.part_rows)
            seen: set[int] = set()
            for source in self._sources():
                for batch in self.pq.ParquetFile(source).iter_batches(batch_size=self.part_rows):
                    # A crash between replacing ``out`` and removing the parts leaves rows in both.
                    keys = [_key(digest) for digest in batch.column("sha256").to_pylist()]
                    keep = [key not in seen for key in keys]
                    seen.update(keys)
                    table = self.pa.Table.from_batches([batch]).filter(self.pa.array(keep, self.pa.bool_()))
                    self.final.add(table.cast(self.schema))
        return self.final

    def _finish(self) -> None:
        """Make ``out`` whole: the new rows after the earlier ones, and no parts left."""
        if self.final is None and self._sources() == [self.out]:
            return  # nothing new, and nothing left by a stopped run
        self._final().close()
        self.temporary.replace(self.out)
        shutil.rmtree(self.parts, ignore_errors=True)

    def _discard(self) -> None:
        """A stopped run: its parts stay to resume from; the unfinished ``out`` goes."""
        if self.final is not None:
            self.final.writer.close()
            self.final = None
        self.temporary.unlink(missing_ok=True)


def _corpus_run(directory: Path, job: _Job, paths: Iterable[str], plan: _Plan, tally: _Tally) -> None:

    earlier = load(directory) if (directory / "manifest.json").exists() else None
    documents = list(earlier.manifest.documents) if earlier else []
    articles = list(earlier.articles) if earlier else []
    seen = {_key(document.sha256) for document in documents}
    version = earlier.manifest.corpus_version if earlier else "1"
    job = attrs.evolve(job, skip=frozenset(seen))
    try:
        for chunk in plan.map(_parse_chunk, paths, job):
            for result in chunk:
                if isinstance(result, ParseFailure):
                    tally.failed(result)
                elif isinstance(result, Skipped):
                    tally.add(result.path, Outcome.DONE)
                elif _key(result.sha256) in seen:
                    tally.add(result.path, Outcome.DUPLICATE)
                else:
                    seen.add(_key(result.sha256))
                    documents.append(_document(result))
                    articles.append(result.article)
                    tally.add(result.path, Outcome.PARSED)
    finally:
        manifest = Manifest(corpus_version=version, documents=tuple(documents))
        corpus = Corpus(
            manifest=manifest,
            articles=articles,
            actors=earlier.actors if earlier else (),
            events=earlier.events if earlier else (),
            agreements=earlier.agreements if earlier else (),
        )
        save(corpus, directory)


def _document(parsed: Parsed) -> Document:
    article = parsed.article
    return Document(
        id=article.id,
        sha256=parsed.sha256,
        publisher=article.publisher,
        title=article.headline or "",
        original_name=Path(parsed.path).name,
        original_source=article.original_source,
    )


# --- Dask ------------------------------------------------------------------------


def _dask_part(
    numbered: tuple[int, Sequence[str]], out_dir: str, job: _Job
) -> tuple[str, int, list[ParseFailure]]:
    pq = _require("pyarrow.parquet", "arrow")
    index, paths = numbered
    results = [_parse_one(path, job) for path in paths]
    table = article_rows(results, actors=job.actors).replace_schema_metadata(_metadata(job))
    name = os.path.join(out_dir, f"part-{index:06d}.parquet")  # noqa: PTH118 - a plain string for Dask
    pq.write_table(table, name, compression="zstd")
    return name, table.num_rows, [result for result in results if isinstance(result, ParseFailure)]


def dask_parse(  # noqa: PLR0913 - keyword options of one job
    paths: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    files_per_part: int = 1000,
    mentions: bool = False,
    actors: Iterable[Actor] | None = None,
    publisher: str | None = None,
    original_source: str | None = None,
) -> tuple[ParseFailure, ...]:
    """Parse files on the current Dask scheduler into a directory of Parquet parts.

    A ``dask.bag`` of numbered groups of ``files_per_part`` files; each task
    parses its group and writes ``part-NNNNNN.parquet`` with the article table
    of :func:`article_schema`, so the directory reads as one dataset in DuckDB,
    Spark, Polars or :func:`pyarrow.dataset.dataset`, rows in the order of
    ``paths``. Every file gives a row or a failure: unlike :func:`run`, files
    with equal bytes each get their row. Runs on a ``distributed.Client`` when
    one is active, else on Dask's default scheduler.

    Args:
        paths: The files to parse, as every worker sees them (a shared file system).
        out_dir: The directory for the parts; created if needed.
        files_per_part: Files per task and per part file.
        mentions: Also find the mentions of ``actors``.
        actors: The actors for mentions; the bundled corpus's by default.
        publisher: The publisher, for texts that name none.
        original_source: The original publisher, for reposts that name none.

    Returns:
        The files that gave no article, and why.

    Raises:
        ImportError: Dask or pyarrow is not installed (the ``dask`` and ``arrow`` extras).
    """
    bag = _require("dask.bag", "dask")
    job = _job(
        mentions=mentions, actors=actors, quotes=False, publisher=publisher, original_source=original_source
    )
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    names = [os.fspath(path) for path in paths]
    groups = list(enumerate(_chunks(names, files_per_part)))
    if not groups:
        return ()
    parts = bag.from_sequence(groups, npartitions=len(groups)).map(_dask_part, os.fspath(out_dir), job)
    written: list[tuple[str, int, list[ParseFailure]]] = parts.compute()
    return tuple(failure for _, _, failures in written for failure in failures)
