"""The package's one cattrs converter, and JSON / JSON Lines on top of it.

Every public record goes to and from plain JSON through :data:`converter`:
dates and datetimes as ISO 8601 strings, :class:`~japan_nato_corpus.model.PartialDate`
as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, enums by value, tuples as lists,
fields equal to their default left out, unknown fields refused.
"""

import enum
import functools
import gc
import json
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote
from cattrs.gen import make_dict_unstructure_fn, override
from cattrs.preconf.json import JsonConverter
from cattrs.preconf.json import make_converter as _make_json_converter

from japan_nato_corpus._checked import builder
from japan_nato_corpus._json import KEYS, build_lines, decode, dump_line, lines, parse_json, refuse_oversize
from japan_nato_corpus.errors import (
    ArgumentTypeError,
    InvalidValueError,
    MissingFieldError,
    ParseError,
    Problem,
    SchemaError,
    UnknownFieldError,
    error_for,
)
from japan_nato_corpus.model import Event, PartialDate, Participant, ParticipantRole

__all__ = [
    "configure_converter",
    "converter",
    "dumps",
    "dumps_lines",
    "loads",
    "loads_lines",
    "make_converter",
    "structure",
    "unstructure",
]

T = TypeVar("T")


# Dates repeat across records and PartialDate is immutable, so one object per text serves all.
_partial_date = functools.lru_cache(maxsize=65536)(PartialDate.from_iso)


def _structure_partial_date(value: object, _: type) -> PartialDate:
    if not isinstance(value, str):
        msg = f"expected a date string YYYY, YYYY-MM or YYYY-MM-DD, got {type(value).__name__}"
        raise TypeError(msg)
    return _partial_date(value)


def _exactly(cls: type[Any]) -> Callable[[object, type], Any]:
    """A structure hook that accepts only JSON values of ``cls``: no ``int("3")``, no ``int(3.7)``."""

    def structure_exactly(value: object, _: type) -> Any:  # noqa: ANN401
        if type(value) is not cls:
            msg = f"expected {cls.__name__}, got {type(value).__name__} {value!r:.40}"
            raise TypeError(msg)
        return value

    return structure_exactly


def _is_collection(cls: Any) -> bool:  # noqa: ANN401
    return (
        isinstance(cls, type)
        and issubclass(cls, Sequence)
        and not issubclass(cls, (str, bytes, bytearray, list, tuple))
    )


def _is_homogeneous_tuple(type_: Any) -> bool:  # noqa: ANN401
    arguments = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(arguments) == 2 and arguments[1] is Ellipsis


_TupleHook = Callable[[object, Any], tuple[Any, ...]]


def _not_an_array(value: object) -> TypeError:
    return TypeError(f"expected a JSON array, got {type(value).__name__} {value!r:.40}")


def _tuples_from_arrays(converter: cattrs.Converter) -> Callable[[Any], _TupleHook]:
    """A hook factory for ``tuple[X, ...]`` that takes only a JSON array.

    cattrs builds a tuple from any iterable, so ``"japan"`` where a list of ids
    belongs would become ``("j", "a", "p", "a", "n")``. With detailed
    validation the items go through the converter's list hook, which keeps its
    error paths (``$.parties[2]``); without, straight through the item hook.
    """

    def factory(type_: Any) -> _TupleHook:  # noqa: ANN401
        item_type = typing.get_args(type_)[0]
        if not converter.detailed_validation:
            item = converter.get_structure_hook(item_type)

            def structure_tuple(value: object, _: Any) -> tuple[Any, ...]:  # noqa: ANN401
                if type(value) is not list:
                    raise _not_an_array(value)
                return tuple([item(element, item_type) for element in value])

            return structure_tuple

        as_list: Any = list.__class_getitem__(item_type)
        structure_list = converter.get_structure_hook(as_list)

        def structure_tuple_detailed(value: object, _: Any) -> tuple[Any, ...]:  # noqa: ANN401
            if type(value) is not list:
                raise _not_an_array(value)
            return tuple(structure_list(value, as_list))

        return structure_tuple_detailed

    return factory


def configure_converter(converter: cattrs.Converter) -> None:
    """Register the package's hooks on ``converter``.

    Use this to teach a converter of your own about the corpus types. Scalars
    are structured strictly: a string where a number belongs is an error, not
    a conversion.
    """
    for scalar in (int, str, bool):
        converter.register_structure_hook(scalar, _exactly(scalar))
    converter.register_unstructure_hook(PartialDate, lambda date: date.iso)
    converter.register_structure_hook(PartialDate, _structure_partial_date)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuples_from_arrays(converter))
    # An event's PLOVER category is a curated fact: written out even where it is the kind's default.
    # A factory, so that the hook is generated on the first write, not by every process that only reads.
    converter.register_unstructure_hook_factory(
        lambda type_: type_ is Event,
        lambda type_: make_dict_unstructure_fn(
            type_,
            converter,
            _cattrs_omit_if_default=getattr(converter, "omit_if_default", False),
            plover=override(omit_if_default=False),
        ),
    )
    # A collection (corpus.events, a query's result: any sequence that is no str, bytes, list
    # or tuple) goes out as a list of its records.
    converter.register_unstructure_hook_func(
        _is_collection, lambda records: [converter.unstructure(record) for record in records]
    )


def make_converter() -> JsonConverter:
    """A new converter configured like :data:`converter`."""
    new = _make_json_converter(forbid_extra_keys=True, omit_if_default=True)
    configure_converter(new)
    return new


converter = make_converter()
"""The converter every reader and writer in the package uses."""

# The same hooks without cattrs' error bookkeeping: bulk loads try it first and
# fall back to :data:`converter` only to report where a bad record went wrong.
_fast = _make_json_converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=False)
configure_converter(_fast)


def _enum_member(value: object, type_: type[enum.Enum]) -> enum.Enum:
    # A KeyError or TypeError sends the load to the detailed path, which says what is wrong.
    return type_._value2member_map_[value]


# A hook cattrs would build generically, written out for the fast path alone: same results,
# without the per-value bookkeeping that makes enums a large part of a load.
_fast.register_structure_hook_func(lambda type_: isinstance(type_, enum.EnumMeta), _enum_member)

# An actor plays the same role in many events: like dates, equal participants are one
# shared frozen object, built and validated once.
_shared_participant = functools.lru_cache(maxsize=65536)(
    lambda actor, role: Participant(actor=actor, role=ParticipantRole(role))
)
# The hook cattrs generates, for participants of other shapes: made on first need, not at import.
_generated_participant = functools.cache(lambda: _fast.gen_structure_attrs_fromdict(Participant))


_PARTICIPANT_FIELDS = frozenset({"actor", "role"})


def _participant(value: object) -> Participant:
    if type(value) is dict and value.keys() == _PARTICIPANT_FIELDS:
        return _shared_participant(value["actor"], value["role"])
    return _generated_participant()(value, Participant)  # type: ignore[arg-type] # cattrs checks the shape


def _counted_participant(value: object) -> Participant:
    if type(value) is dict and value.keys() == _PARTICIPANT_FIELDS:
        # Counted as the counting builders count keys, for the bulk reader's duplicate-key check.
        KEYS[0] += 2
        return _shared_participant(value["actor"], value["role"])
    return _generated_participant()(value, Participant)  # type: ignore[arg-type] # cattrs checks the shape


_fast.register_structure_hook(Participant, lambda value, _: _participant(value))


def _hook_of(type_: Any) -> Callable[[Any], Any]:  # noqa: ANN401 - any type
    """The fast converter's hook for ``type_``, as a function of the value alone."""
    hook = _fast.get_structure_hook(type_)
    return lambda value: hook(value, type_)


@functools.cache
def _built(cls: Any) -> Callable[[Any], Any]:  # noqa: ANN401 - a record class or tuple of them
    """The one-pass builder of ``cls`` (:mod:`japan_nato_corpus._checked`), made on first use."""
    return builder(cls, _hook_of, {Participant: _participant})


@functools.cache
def _counted(cls: Any) -> Callable[[Any], Any]:  # noqa: ANN401 - a record class or tuple of them
    """The one-pass builder of ``cls`` that counts the keys it meets, for :func:`_json.build_lines`."""
    return builder(cls, _hook_of, {Participant: _counted_participant}, count=True)


def _describe(error: BaseException, type_: type | None) -> str:
    if isinstance(error, ParseError):
        return error.reason
    if isinstance(error, KeyError) and not isinstance(error, cattrs.ForbiddenExtraKeysError):
        return "required field missing"
    if isinstance(error, AttributeError):
        # cattrs reads a record's fields with ``value[name]``; anything else than an object fails so.
        return "expected a JSON object"
    if isinstance(error, (ValueError, TypeError)) and error.args:
        # attrs validators put the message first and the attribute after it.
        return str(error.args[0])
    return cattrs.v.format_exception(error, type_)


def _kind(error: BaseException) -> str:
    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        return UnknownFieldError.kind
    if isinstance(error, KeyError):
        return MissingFieldError.kind
    return InvalidValueError.kind


def _note_validated_fields(error: BaseException) -> None:
    """Note the field on errors that a record's validators raised, so that their path names it.

    cattrs notes the field of errors raised while structuring a field's value, but
    not of errors raised by the record's ``__init__``, which runs the validators
    once every field is structured. attrs' own validators pass the field as the
    error's second argument; errors without it (cross-field checks) keep the
    record's path.
    """
    if isinstance(error, cattrs.ClassValidationError):
        for unnoted in error.group_exceptions()[1]:
            field = unnoted.args[1] if len(unnoted.args) > 1 else None
            if isinstance(field, attrs.Attribute):
                note = f"Validating class {error.cl.__name__} @ attribute {field.name}"
                unnoted.add_note(AttributeValidationNote(note, field.name, field.type))
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            _note_validated_fields(inner)


def _leaves(error: BaseException, path: str) -> Iterator[tuple[BaseException, str, type | None]]:
    """Every error a cattrs error holds, with its JSON path, as :func:`cattrs.transform_error` walks them."""
    if not isinstance(error, (cattrs.ClassValidationError, cattrs.IterableValidationError)):
        yield error, path, None
        return
    with_notes, without = error.group_exceptions()
    for inner, note in with_notes:
        here = (
            f"{path}.{note.name}" if isinstance(note, AttributeValidationNote) else f"{path}[{note.index!r}]"
        )
        if isinstance(inner, (cattrs.ClassValidationError, cattrs.IterableValidationError)):
            yield from _leaves(inner, here)
        else:
            yield inner, here, note.type
    for inner in without:
        yield inner, path, None


def _problems(error: Exception, source: str, path: str) -> list[Problem]:
    """Every problem in a cattrs error, each with its JSON path and kind."""
    _note_validated_fields(error)
    return [
        Problem(source, here, _kind(leaf), _describe(leaf, type_))
        for leaf, here, type_ in _leaves(error, path)
    ]


_FAILURES = (cattrs.BaseValidationError, ValueError, TypeError, KeyError, AttributeError)


def structure(obj: Any, cls: type[T], *, source: str = "<data>", path: str = "$") -> T:  # noqa: ANN401
    """Build a ``cls`` from plain JSON values.

    Args:
        obj: What :func:`json.loads` returned.
        cls: The type to build, e.g. ``Event`` or ``tuple[Event, ...]``.
        source: The file or label to name in errors.
        path: The JSON path of ``obj`` within its file.

    Raises:
        SchemaError: ``obj`` does not fit ``cls``; lists every problem with its JSON path.
            Problems all of one kind raise that kind's subclass (``MissingFieldError`` ...).
    """
    try:
        # The hooks without error bookkeeping accept exactly what the detailed ones do: most data is
        # good, so try them first, and structure again with :data:`converter` only to say what is wrong.
        return _built(typing.cast("Any", cls))(obj)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001, S110 - any failure is reported by the detailed path below
        pass
    try:
        return converter.structure(obj, cls)
    except _FAILURES as error:
        try:
            problems = _problems(error, source, path)
        except Exception:  # noqa: BLE001 - a value no JSON holds (a key that is no string) defeats the walk
            message = f"not plain JSON values of {getattr(cls, '__name__', cls)}: {error}"
            problems = [Problem(source, path, InvalidValueError.kind, message)]
        raise error_for(source, problems) from None


def _text(text: object, source: str) -> str:
    """``text`` as one string: bytes are decoded strictly; anything else is refused.

    Raises:
        ArgumentTypeError: ``text`` is neither ``str`` nor bytes.
        EncodingError: The bytes are not UTF-8.
    """
    if isinstance(text, bytes | bytearray | memoryview):
        return decode(bytes(text), source)
    if not isinstance(text, str):
        message = f"text: expected str or bytes of JSON, got {type(text).__name__} {text!r:.40}"
        raise ArgumentTypeError("text", text, message=message)
    return text


def unstructure(obj: Any) -> Any:  # noqa: ANN401
    """Plain JSON values (dicts, lists, strings, numbers) for any corpus record or collection."""
    return converter.unstructure(obj)


def loads(text: str | bytes, cls: type[T], *, source: str = "<json>") -> T:
    """Read one JSON document as a ``cls``, with the strict reader :func:`~japan_nato_corpus.load` uses.

    Raises:
        SchemaError: The text is not UTF-8 or not JSON (nested too deeply, a key
            twice, ``NaN``, a number too long), or not a ``cls``; says where.
        TooLargeError: The text is past the readers' size limit.
    """
    return structure(parse_json(_text(text, source), source), cls, source=source)


def dumps(obj: Any, *, indent: int | None = 2) -> str:  # noqa: ANN401
    """One JSON document for any record or collection, keys in field order, UTF-8 kept as is.

    Raises:
        ArgumentTypeError: ``obj`` is no record, collection or plain JSON value.
    """
    try:
        return json.dumps(unstructure(obj), indent=indent, ensure_ascii=False)
    except (TypeError, ValueError) as error:
        raise _not_records(obj, error) from None


def _not_records(obj: object, error: Exception) -> ArgumentTypeError:
    message = f"expected corpus records or plain JSON values, got {type(obj).__name__} {obj!r:.40} ({error})"
    return ArgumentTypeError("obj", obj, message=message)


def loads_lines(text: str | bytes, cls: type[T], *, source: str = "<jsonl>") -> tuple[T, ...]:
    r"""Read JSON Lines, one ``cls`` per non-blank line, with the strict reader.

    Lines are split on ``\n`` alone, so a string holding U+2028 or U+0085 stays
    one line, and line numbers are those of the file.

    Raises:
        SchemaError: A line is not JSON or not a ``cls``; names the line and JSON path.
        TooLargeError: The text is past the readers' size limit.
    """
    if not isinstance(text, str):
        text = _text(text, source)
    else:
        # The limit a file or bytes meet when read, on text given as it is: many short lines
        # would pass the check each line meets, whatever their number.
        refuse_oversize(len(text), source, unit="characters")
    fast = _fast_lines(text, cls)
    if fast is not None:
        return fast
    problems: list[Problem] = []
    records: list[T] = []
    for number, line in lines(text):
        try:
            records.append(
                structure(parse_json(line, source, line=number), cls, source=source, path=f"line {number}: $")
            )
        except SchemaError as error:
            problems += error.problems
    if problems:
        raise error_for(source, problems)
    return tuple(records)


def _fast_lines(text: str, cls: type[T]) -> tuple[T, ...] | None:
    """Every line's record, or ``None`` if any line fails (the caller then says where)."""
    structure = _counted(typing.cast("Any", cls))
    enabled = gc.isenabled()
    # Bulk building allocates only live objects; pausing the cycle collector saves its passes.
    gc.disable()
    try:
        built = tuple(build_lines(text, structure))
    except Exception:  # noqa: BLE001 - any failure is reported by the detailed path
        return None
    finally:
        if enabled:
            gc.enable()
    return built


def dumps_lines(records: Iterable[Any]) -> str:
    """JSON Lines for any iterable of records: one compact JSON object per line.

    Raises:
        ArgumentTypeError: ``records`` is not iterable, or holds what is no record or JSON value.
    """
    try:
        return "".join(_lines(records))
    except (TypeError, ValueError) as error:
        raise _not_records(records, error) from None


def _lines(records: Iterable[Any]) -> Iterator[str]:
    for record in records:
        yield dump_line(unstructure(record))
