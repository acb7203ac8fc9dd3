"""Records out to JSON Lines, CSV, pandas and Arrow, and back from JSON Lines.

pandas and pyarrow are optional extras (``pip install japan-nato-corpus[pandas]``,
``[arrow]``), imported only when a function that needs them is called.
"""

import csv
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from japan_nato_corpus import converter as _converter

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    from cattrs.preconf.json import JsonConverter

    from japan_nato_corpus.model import Event

__all__ = [
    "EVENT_COLUMNS",
    "events_to_csv",
    "from_jsonl",
    "to_arrow",
    "to_csv",
    "to_jsonl",
    "to_pandas",
    "to_parquet",
]

T = TypeVar("T")
File = str | os.PathLike[str] | IO[str]

EVENT_COLUMNS = (
    "id",
    "date",
    "end",
    "precision",
    "kind",
    "modality",
    "actors",
    "place",
    "summary",
    "evidence",
)
"""The columns of :func:`events_to_csv`, in order."""


@contextmanager
def _opened(file: File, mode: str) -> Iterator[IO[str]]:
    if isinstance(file, (str, os.PathLike)):
        with Path(file).open(mode, encoding="utf-8", newline="") as opened:
            yield opened
    else:
        yield file


def to_jsonl(records: Iterable[Any], file: File) -> None:
    """Write ``records`` as JSON Lines, one compact object per line, to a path or open text file."""
    with _opened(file, "w") as out:
        out.writelines(_converter.dumps_lines([record]) for record in records)


def from_jsonl(file: File, cls: type[T]) -> tuple[T, ...]:
    """Read JSON Lines of ``cls`` (``Event``, ``Actor`` ...) from a path or open text file.

    Raises:
        SchemaError: A line is not JSON or not a ``cls``; names the line and JSON path.
    """
    source = os.fspath(file) if isinstance(file, (str, os.PathLike)) else getattr(file, "name", "<jsonl>")
    with _opened(file, "r") as lines:
        return _converter.loads_lines(lines.read(), cls, source=str(source))


def _event_row(event: "Event") -> list[str]:
    return [
        event.id,
        event.date.iso,
        event.end.iso if event.end is not None else "",
        event.date.precision.value,
        event.kind.value,
        event.modality.value,
        ";".join(event.actors),
        event.place or "",
        event.summary,
        ";".join(dict.fromkeys(evidence.document for evidence in event.evidence)),
    ]


def events_to_csv(events: Iterable["Event"], file: File) -> None:
    """Write a flat CSV of events, one row per event, with a header of :data:`EVENT_COLUMNS`.

    ``date`` and ``end`` are ISO dates at their own precision (``end`` empty when
    the event has none), ``precision`` that of ``date``, ``actors`` the
    participants' ids joined by ``;``, ``evidence`` the ids of the articles
    holding the evidence, joined by ``;`` without repeats.
    """
    with _opened(file, "w") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(EVENT_COLUMNS)
        writer.writerows(_event_row(event) for event in events)


def to_csv(records: Iterable[Any], file: File) -> None:
    """Write a CSV of any records: one row each, one column per field, in field order.

    Every field gets its column, defaults included, so all rows have the same
    columns. Strings, numbers and ``null`` stand as they are; nested values
    (aliases, evidence, participants) as compact JSON. No records give an empty
    file. For events, :func:`events_to_csv` gives flatter columns.
    """
    rows = _rows(records)
    with _opened(file, "w") as out:
        writer = csv.writer(out, lineterminator="\n")
        if rows:
            writer.writerow(rows[0])
        writer.writerows([_cell(value) for value in row.values()] for row in rows)


def _cell(value: object) -> object:
    if value is None or isinstance(value, str | int | float):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@cache
def _full_converter() -> "JsonConverter":
    # Tables want every column in every row, so defaults are written out here.
    from cattrs.preconf.json import make_converter  # noqa: PLC0415

    full = make_converter(omit_if_default=False)
    _converter.configure_converter(full)
    return full


def _rows(records: Iterable[Any]) -> list[dict[str, Any]]:
    unstructure = _full_converter().unstructure
    return [unstructure(record) for record in records]


def _require(module: str, extra: str, function: str) -> Any:  # noqa: ANN401
    import importlib  # noqa: PLC0415

    try:
        return importlib.import_module(module)
    except ImportError:
        msg = f"{function}() needs {module}: pip install 'japan-nato-corpus[{extra}]'"
        raise ImportError(msg, name=module) from None


def to_pandas(records: Iterable[Any]) -> "pd.DataFrame":
    """A :class:`pandas.DataFrame` of ``records``, one row each, one column per field.

    Nested values (evidence, participants, spans) stay as the lists and dicts of
    their JSON form; dates are ISO strings.

    Raises:
        ImportError: pandas is not installed (the ``pandas`` extra).
    """
    pandas = _require("pandas", "pandas", "to_pandas")
    return pandas.DataFrame(_rows(records))


def to_arrow(records: Iterable[Any]) -> "pa.Table":
    """A :class:`pyarrow.Table` of ``records``, one row each, nested values as structs and lists.

    Raises:
        ImportError: pyarrow is not installed (the ``arrow`` extra).
    """
    pyarrow = _require("pyarrow", "arrow", "to_arrow")
    return pyarrow.Table.from_pylist(_rows(records))


def to_parquet(records: Iterable[Any], path: str | os.PathLike[str]) -> None:
    """Write ``records`` to a Parquet file at ``path``, as :func:`to_arrow` shapes them.

    Raises:
        ImportError: pyarrow is not installed (the ``arrow`` extra).
    """
    table = to_arrow(records)
    parquet = _require("pyarrow.parquet", "arrow", "to_parquet")
    parquet.write_table(table, os.fspath(path))
