"""Validators and field metadata the records share."""

import re
import typing
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import validators as v

from japan_nato_corpus.errors import FieldValueError

_ID = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")


def _valid_id(_: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        msg = (
            f"{attribute.name!r} must be a non-empty id of lower-case letters, digits "
            f"and single '-', '_' or '.' between them (got {value!r})"
        )
        raise FieldValueError(msg, attribute)


def _valid_ids(instance: object, attribute: "attrs.Attribute[Any]", value: tuple[str, ...]) -> None:
    for item in value:
        _valid_id(instance, attribute, item)


def _not_blank(_: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if not value.strip():
        msg = f"{attribute.name!r} must not be empty or blank"
        raise FieldValueError(msg, attribute)


def _non_empty(_: object, attribute: "attrs.Attribute[Any]", value: tuple[Any, ...]) -> None:
    if not value:
        msg = f"{attribute.name!r} must hold at least one item"
        raise FieldValueError(msg, attribute)


def _offset_pair(start: int, end: int, quote: str) -> None:
    if start < 0 or end < start:
        msg = f"offsets must satisfy 0 <= start <= end (got start={start}, end={end})"
        raise ValueError(msg)
    if len(quote) != end - start:
        msg = f"quote has {len(quote)} characters but end - start is {end - start}"
        raise ValueError(msg)


# Documented where the package exports it, in ``japan_nato_corpus.model``.
REFERS_TO = "japan_nato_corpus.refers_to"


def _ref(collection: str) -> dict[str, str]:
    return {REFERS_TO: collection}


_str = v.instance_of(str)
_int = v.instance_of(int)
_opt_str = v.optional(_str)


def _as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """``value`` as a tuple: a list given for a tuple field is copied, so the record stays immutable."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, (str, bytes, bytearray, Mapping)) or not isinstance(value, Iterable):
        # A string is iterable too, but "japan" is no tuple of ids.
        msg = f"expected a tuple or list, got {type(value).__name__} {value!r:.40}"
        raise TypeError(msg)
    return tuple(value)


def tuple_fields(_: type, fields: list["attrs.Attribute[Any]"]) -> list["attrs.Attribute[Any]"]:
    """An attrs ``field_transformer``: every ``tuple[...]`` field converts what it is given to a tuple."""
    return [
        field.evolve(converter=_as_tuple)
        if typing.get_origin(field.type) is tuple and field.converter is None
        else field
        for field in fields
    ]
