"""The records of the data the package ships, built without checking again what its tests check.

The package's tests read every file of its own data both through this module
and strictly, through :mod:`japan_nato_corpus.converter`, and find the records
equal (``tests/test_shipped.py``). So a first answer need not pay for the strict
path: the converter's generated hooks, cattrs itself, every record's validators.

Here each record is made through its pickling state (``__setstate__``, which
attrs writes for slotted classes), from a JSON object whose keys must be the
record's fields (every required one, no other) and whose values must be of the
JSON types the fields take. The record's own validators (ids, offsets, blank
text, the order of dates) are not run again. Data of any other shape raises
:class:`NotShipped`, and the caller reads it strictly, which says what is wrong.
"""

import enum
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from japan_nato_corpus.model import PartialDate

__all__ = ["NotShipped", "structure_shipped"]

T = TypeVar("T")

_Hook = Callable[[Any], Any]


class NotShipped(Exception):  # noqa: N818 - a signal to read strictly, not an error for users
    """The data is not of the shape the package ships: read it strictly to say why."""


# The JSON types a plain field takes, by its type.
_PLAIN: dict[object, tuple[type, ...]] = {
    str: (str,),
    int: (int,),
    bool: (bool,),
    str | None: (str, type(None)),
    int | None: (int, type(None)),
}

# Dates repeat across records and PartialDate is immutable, so one object per text serves all.
_date = functools.lru_cache(maxsize=4096)(PartialDate.from_iso)


def _structure_date(value: object) -> PartialDate:
    if type(value) is not str:
        raise NotShipped(value)
    return _date(value)


def _members(kind: type[enum.Enum]) -> _Hook:
    members = kind._value2member_map_

    def member(value: object) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):
            raise NotShipped(value) from None

    return member


def _tuple_of(item: _Hook | None, plain: tuple[type, ...] | None) -> _Hook:
    def structure_tuple(value: object) -> tuple[Any, ...]:
        if type(value) is not list:
            raise NotShipped(value)
        if item is None:
            if plain is not None and any(type(element) not in plain for element in value):
                raise NotShipped(value)
            return tuple(value)
        return tuple(map(item, value))

    return structure_tuple


def _optional(inner: _Hook) -> _Hook:
    def structure_optional(value: object) -> Any:  # noqa: ANN401
        return None if value is None else inner(value)

    return structure_optional


@functools.cache
def _hook(type_: Any) -> _Hook | None:  # noqa: ANN401 - any field type
    """How to build a value of ``type_`` from JSON; ``None`` where the JSON value is the value."""
    if type_ in _PLAIN:
        return None
    if type_ is PartialDate:
        return _structure_date
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return _members(type_)
    if attrs.has(type_):
        return _record(type_)
    origin, arguments = typing.get_origin(type_), typing.get_args(type_)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        return _tuple_of(_hook(arguments[0]), _PLAIN.get(arguments[0]))
    if origin in {types.UnionType, typing.Union} and len(arguments) == 2 and type(None) in arguments:
        (inner,) = (argument for argument in arguments if argument is not type(None))
        found = _hook(inner)
        if found is not None:
            return _optional(found)
    msg = f"no shipped form for {type_!r}"
    raise TypeError(msg)


def _record(cls: type[Any]) -> _Hook:
    """How to build the attrs record ``cls`` from a JSON object."""
    fields = attrs.fields(cls)
    hooks = {field.name: (_hook(field.type), _PLAIN.get(field.type)) for field in fields}
    required = frozenset(field.name for field in fields if field.default is attrs.NOTHING)
    factories = [(f.name, f.default) for f in fields if isinstance(f.default, attrs.Factory)]  # type: ignore[arg-type]
    defaults = {
        field.name: field.default
        for field in fields
        if field.default is not attrs.NOTHING and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
    }
    new = object.__new__

    def structure_record(value: object) -> Any:  # noqa: ANN401
        if type(value) is not dict or not required <= value.keys():
            raise NotShipped(value)
        state = defaults.copy()
        for name, item in value.items():
            try:
                hook, plain = hooks[name]
            except KeyError:
                raise NotShipped(name) from None
            if hook is not None:
                state[name] = hook(item)
            elif plain is not None and type(item) in plain:
                state[name] = item
            else:
                raise NotShipped(item)
        record = new(cls)
        record.__setstate__(state)
        for name, factory in factories:
            if name not in value:
                object.__setattr__(
                    record, name, factory.factory(record) if factory.takes_self else factory.factory()
                )
        return record

    return structure_record


def structure_shipped(obj: object, cls: type[T]) -> T:
    """A ``cls`` (a record, or ``tuple[Record, ...]``) from the plain JSON values of the package's data.

    Args:
        obj: What :func:`json.loads` returned for a file of the package's data.
        cls: The type to build.

    Returns:
        What :func:`japan_nato_corpus.converter.structure` returns for the same values.

    Raises:
        NotShipped: ``obj`` is not of the shape the package ships; read it strictly.
    """
    hook = _hook(typing.cast("Any", cls))
    if hook is None:
        raise NotShipped(cls)
    return hook(obj)  # type: ignore[no-any-return]
